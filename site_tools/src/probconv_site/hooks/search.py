"""Keep each page's search entries between the rebuilds of ``mkdocs serve``.

Registered in mkdocs.yml through ``hooks/site_search.py``.

Material's search plugin cuts the HTML of every page into sections on every build: about half
a second of each rebuild, almost all of it for pages that did not change. While serving, this
hook remembers the entries that each page gave the index, keyed on everything the plugin reads
from the page (its HTML, URL, title, table of contents and ``search``/``tags`` metadata), and
hands them back when the key repeats. ``mkdocs build`` indexes every page afresh.

Examples
--------
>>> from types import SimpleNamespace
>>> from material.plugins.search.plugin import SearchIndex
>>> page = SimpleNamespace(content='<h1 id="t">T</h1><p>text</p>', url="p/", title="T", toc=[], meta={},
...                        file=SimpleNamespace(src_uri="p.md"))
>>> index = SearchIndex()
>>> keep_entries(index)
>>> index.add_entry_from_context(page); index.add_entry_from_context(page)  # the second from the cache
>>> index.entries[0] == index.entries[1], index.entries[1]["text"]
(True, '<p>text</p>')
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from .command import serving

#: Page source path -> (key, the entries it added), while serving.
_kept: dict[str, tuple[str, list[dict[str, Any]]]] = {}


def _toc_text(items: Any) -> str:
    return "".join(f"{item.title}\0{item.url}\0[{_toc_text(item.children)}]" for item in items)


def entry_key(page: Any) -> str:
    """Return a hash of everything the search plugin reads from ``page``."""
    meta = page.meta or {}
    parts = (page.url, page.title, page.content, _toc_text(page.toc), repr(meta.get("search")),
             repr(meta.get("tags")), repr(meta.get("title")))
    return hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()


def keep_entries(index: Any) -> None:
    """Make ``index.add_entry_from_context`` reuse a page's entries while the page's key repeats."""
    index_page = index.add_entry_from_context

    def add_entry_from_context(page: Any) -> None:
        src, key = page.file.src_uri, entry_key(page)
        kept = _kept.get(src)
        if kept is not None and kept[0] == key:
            index.entries.extend(copy.deepcopy(kept[1]))
            return
        first = len(index.entries)
        index_page(page)
        _kept[src] = (key, copy.deepcopy(index.entries[first:]))

    index.add_entry_from_context = add_entry_from_context
    index.probconv_keeps_entries = True


@event_priority(50)  # before the search plugin indexes the page
def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    """While serving, give this build's search index (a new one each build) the cache."""
    plugin = config.plugins.get("material/search")
    index = getattr(plugin, "search_index", None)
    if serving() and index is not None and not getattr(index, "probconv_keeps_entries", False):
        keep_entries(index)
    return context
