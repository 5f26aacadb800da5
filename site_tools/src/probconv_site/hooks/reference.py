"""MkDocs hook: the API reference pages, kept between the rebuilds of ``mkdocs serve``, and their links.

Registered in mkdocs.yml through ``hooks/site_reference.py``.

* :func:`on_pre_page` makes a page with ``::: identifier`` lines (the reference, docs/reference/)
  reuse its last render while ``mkdocs serve`` runs, until something it is made from changes: the
  page, probconv's source, the Griffe extension :mod:`probconv_site.reference`, the mkdocstrings
  and Markdown settings, the set of pages, or a package version (:func:`render_key`). mkdocstrings
  would otherwise load probconv with Griffe, compile its templates and format every signature
  again on each save of any page: most of a second. The cross-reference anchors that the render
  registers with mkdocs-autorefs are recorded and registered again when the render is reused.
  ``mkdocs build`` always renders afresh.
* :func:`on_page_context`: mkdocstrings writes each cross-reference (a parameter's type, a role in
  a docstring) as an ``<autoref>`` tag, and mkdocs-autorefs turns the tags into links in
  ``on_env``, once every page is rendered. The math hook (:mod:`probconv_site.hooks.math`) then
  gives each page back the HTML it typeset in ``on_page_content``, from before ``on_env``: the
  tags come back with it. After the math hook, this resolves them again.

Examples
--------
>>> links = {"probconv.pmf.Pmf": ("reference/distributions/#probconv.Pmf", None)}
>>> def url(identifier, from_url=None):
...     return links[identifier]
>>> print(resolve_autorefs('<autoref identifier="probconv.pmf.Pmf" optional><code>Pmf</code></autoref>', url))
<a class="autorefs autorefs-internal" href="reference/distributions/#probconv.Pmf"><code>Pmf</code></a>
>>> print(resolve_autorefs('<autoref identifier="float" optional>float</autoref>', url))
<span title="float">float</span>
>>> bool(AUTODOC.search("# Title\\n\\n::: probconv.Pmf\\n")), bool(AUTODOC.search("Write `::: name`."))
(True, False)
"""

from __future__ import annotations

import copy
import functools
import hashlib
import logging
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents
from mkdocs_autorefs import fix_refs

import probconv

from .. import reference
from ..digest import add_sources, add_versions
from .command import serving

log = logging.getLogger("mkdocs.hooks.reference")

#: An mkdocstrings instruction, alone on its line: the page is rendered from docstrings.
AUTODOC = re.compile(r"^(?:#{1,6} *)?::: ?\S", re.MULTILINE)
#: Distributions whose versions change what a reference page renders to.
RENDER_DISTRIBUTIONS = ("mkdocstrings", "mkdocstrings-python", "griffelib", "mkdocs-autorefs", "markdown",
                        "pymdown-extensions", "pygments", "ruff")


def resolve_autorefs(html: str, url_of: Callable[..., tuple[str, str | None]]) -> str:
    """Turn the ``<autoref>`` tags of ``html`` into links, or plain text where the target is unknown.

    Links within the site get no tooltip: the link text already names the target. A tag without
    ``optional`` whose target is unknown stays as it is: mkdocs-autorefs has already warned about
    it (and ``--strict`` failed the build) in its own pass.
    """
    fixed, _unmapped = fix_refs(html, url_of, link_titles="external")
    return fixed


def render_key(page: Page, config: MkDocsConfig, files: Files) -> str:
    """Return a hash of everything a reference page's render depends on.

    The page's Markdown, probconv's source files, the Griffe extension, the mkdocstrings and
    Markdown settings, the pages of the site (the prose links to them) and the versions of the
    packages that render it.
    """
    h = hashlib.sha256(f"{page.file.src_uri}\0{page.markdown}\0".encode())
    add_sources(h, Path(probconv.__file__).parent)
    h.update(Path(reference.__file__).read_bytes())
    plugin = config.plugins.get("mkdocstrings")
    settings = (sorted(plugin.config.items()) if plugin is not None else None,
                config["markdown_extensions"], config["mdx_configs"], sorted(f.src_uri for f in files))
    # mkdocstrings adds its Markdown extension as an object: its address changes on every build
    h.update(re.sub(r" at 0x[0-9a-f]+", "", repr(settings)).encode())
    add_versions(h, RENDER_DISTRIBUTIONS)
    return h.hexdigest()


@dataclass
class _Render:
    """What ``Page.render`` left on a reference page, and the anchors it registered."""

    key: str
    content: str | None
    toc: TableOfContents
    title: str | None
    anchor_ids: set[str] | None
    #: Links from this page to anchors of other pages, by the linked page's source path.
    links: dict[str, dict[str, str]] | None
    #: (method name, positional arguments after the page, keyword arguments) for mkdocs-autorefs.
    registered: list[tuple[str, tuple[Any, ...], dict[str, Any]]]


#: Page source path -> its last render, while serving.
_renders: dict[str, _Render] = {}


@contextmanager
def _recording(autorefs: Any, into: list[tuple[str, tuple[Any, ...], dict[str, Any]]]) -> Iterator[None]:
    """Record the anchors and URLs registered with mkdocs-autorefs inside the block (and register them)."""
    if autorefs is None:
        yield
        return
    originals = {name: getattr(autorefs, name) for name in ("register_anchor", "register_url")}

    def recorder(name: str) -> Callable[..., None]:
        def record(*args: Any, **kwargs: Any) -> None:
            # register_anchor's first argument is the page: replayed with the page of the next build
            into.append((name, args[1:] if name == "register_anchor" else args, kwargs))
            originals[name](*args, **kwargs)
        return record

    for name in originals:
        setattr(autorefs, name, recorder(name))
    try:
        yield
    finally:
        for name in originals:
            delattr(autorefs, name)  # the instance attribute goes; the method shows again


def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> Page:
    """Make a page rendered from docstrings reuse its last render while serving, if nothing changed."""
    render_page = page.render

    def render(config: MkDocsConfig, files: Files) -> None:
        # The Markdown is read after on_pre_page: only now does the page say what it is made from.
        if page.markdown is None or not AUTODOC.search(page.markdown):
            render_page(config, files)
            return
        started = time.perf_counter()
        src = page.file.src_uri
        key = render_key(page, config, files) if serving() else ""
        autorefs = config.plugins.get("autorefs")
        kept = _renders.get(src)
        if kept is not None and kept.key == key and serving():
            page.content, page.toc, page.title = kept.content, copy.deepcopy(kept.toc), kept.title
            page.present_anchor_ids = set(kept.anchor_ids or ())
            if kept.links is not None:
                page.links_to_anchors = {file: links for uri, links in kept.links.items()
                                         if (file := files.get_file_from_path(uri)) is not None}
            for name, args, kwargs in kept.registered:
                if name == "register_anchor":
                    autorefs.register_anchor(page, *args, **kwargs)  # type: ignore[union-attr]
                else:
                    autorefs.register_url(*args, **kwargs)  # type: ignore[union-attr]
            plugin = config.plugins.get("mkdocstrings")
            if plugin is not None:
                # mkdocstrings writes the stylesheets of the handlers it used this build: the Python one
                plugin.get_handler("python")
            log.info(f"reference: {src} from the last render (nothing it is made from changed)")
            return
        registered: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        with _recording(autorefs, registered):
            render_page(config, files)
        if serving():
            links = page.links_to_anchors
            _renders[src] = _Render(
                key, page.content, copy.deepcopy(page.toc), page.title,
                set(page.present_anchor_ids or ()),
                None if links is None else {file.src_uri: dict(anchors) for file, anchors in links.items()},
                registered,
            )
        log.info(f"reference: {src} rendered in {time.perf_counter() - started:.2f} s")

    page.render = render  # type: ignore[method-assign]  # the same wrapping the notebook hook does
    return page


@event_priority(-110)  # after the math hook (-100) has put each page's MathML back
def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    """Resolve the cross-references that the math hook's restored HTML brought back."""
    autorefs = config.plugins.get("autorefs")
    if autorefs is not None and page.content and "<autoref " in page.content:
        url_of = functools.partial(autorefs.get_item_url, from_url=page.url)
        page.content = resolve_autorefs(page.content, url_of)
    return context
