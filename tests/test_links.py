"""No broken internal link or #anchor anywhere in the built site, checked in-process.

Every page of the build is parsed once. Every URL a page links to or loads (``<a href>``,
``<link href>``, ``<script src>``, ``<img src>`` and ``srcset``, ...) that stays on the site must
name a file of the build, and every ``#fragment`` must name an element ``id`` (or an ``<a name>``)
on the page it points to. Stylesheets' ``url(...)`` references and the search index's locations
are held to the same rule. Links to other hosts are not followed (other tests forbid loading
anything from another host).
"""

from __future__ import annotations

import functools
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

#: Attributes that hold one URL, by tag; ``srcset`` holds several.
URL_ATTRIBUTES = {"href", "src", "poster", "data"}
SITE = "http://site.invalid/"


class _Page(HTMLParser):
    """The URLs a page refers to and the fragment targets it defines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.targets: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.targets.add(value)
            elif name in URL_ATTRIBUTES and not (tag == "meta" or (tag == "link" and _is_hint(attrs))):
                self.urls.append(value)
            elif name == "srcset":
                self.urls += [part.strip().split()[0] for part in value.split(",") if part.strip()]


def _is_hint(attrs: list[tuple[str, str | None]]) -> bool:
    """A ``<link rel=canonical|alternate ...>`` names the page itself, not a file to check."""
    return dict(attrs).get("rel") in {"canonical", "alternate"}


@functools.cache
def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _target_file(site: Path, url: str) -> Path:
    """The file a site URL (``http://site.invalid/...``) is served from."""
    path = site / unquote(urlsplit(url).path).lstrip("/")
    return path / "index.html" if url.split("#")[0].endswith("/") or path.is_dir() else path


def _check(site: Path, base: str, url: str) -> str | None:
    """Return what is wrong with ``url`` on the page at ``base``, or None when it resolves."""
    if url.startswith(("data:", "mailto:", "javascript:", "blob:")):
        return None
    absolute = urljoin(base, url)
    if not absolute.startswith(SITE):
        return None  # another host: never fetched, see test_site_build
    target = _target_file(site, absolute)
    if not target.is_file():
        return f"{url} -> missing {target.relative_to(site)}"
    fragment = unquote(urlsplit(absolute).fragment)
    if fragment and target.suffix == ".html" and fragment not in _parse(target).targets:
        return f"{url} -> no id {fragment!r} in {target.relative_to(site)}"
    return None


def _page_url(site: Path, html: Path) -> str:
    rel = html.relative_to(site).as_posix()
    return SITE + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def test_every_internal_link_and_anchor_resolves(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) >= 14
    broken, checked = [], 0
    for html in pages:
        base = _page_url(built_site, html)
        for url in _parse(html).urls:
            checked += 1
            problem = _check(built_site, base, url)
            if problem:
                broken.append(f"{html.relative_to(built_site)}: {problem}")
    assert checked > 500, f"only {checked} links found: is the parser reading the pages?"
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_every_stylesheet_reference_resolves(built_site: Path) -> None:
    broken = []
    for css in sorted(built_site.rglob("*.css")):
        base = SITE + css.relative_to(built_site).as_posix()
        text = re.sub(r"/\*.*?\*/", "", css.read_text(encoding="utf-8"), flags=re.DOTALL)
        # A quoted data: URL is the file itself; an SVG inside it may hold url(#id) of its own.
        text = re.sub(r"""url\(\s*(["'])data:.*?\1\s*\)""", "url(data:)", text, flags=re.DOTALL)
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", text):
            problem = _check(built_site, base, url.strip())
            if problem:
                broken.append(f"{css.relative_to(built_site)}: {problem}")
    assert not broken, "broken stylesheet references:\n" + "\n".join(broken)


def test_every_search_result_points_at_a_page_and_anchor(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    broken = [doc["location"] for doc in index["docs"] if _check(built_site, SITE, doc["location"])]
    assert not broken, f"search results that lead nowhere: {broken}"


@pytest.mark.parametrize(
    ("url", "wrong"),
    [("missing/", "missing"), ("dice/#no-such-heading", "no id"), ("index.html#", None), ("https://x.org/", None)],
)
def test_the_checker_itself_finds_broken_links(tmp_path: Path, url: str, wrong: str | None) -> None:
    (tmp_path / "dice").mkdir()
    (tmp_path / "dice" / "index.html").write_text('<h2 id="the-grid">Grid</h2>', encoding="utf-8")
    (tmp_path / "index.html").write_text("<p>home</p>", encoding="utf-8")
    problem = _check(tmp_path, SITE, url)
    assert (problem is None) if wrong is None else (problem is not None and wrong in problem)
