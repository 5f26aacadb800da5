"""The pages of the site, read from mkdocs.yml's nav: no build needed.

Examples
--------
>>> page_url("dice.md"), page_url("index.md"), page_url("reference/grids.md")
('dice/', '', 'reference/grids/')
>>> chapter_pages()[:2]
['', 'dice/']
"""

from __future__ import annotations

from typing import Any

import yaml  # type: ignore[import-untyped]  # PyYAML (it comes with MkDocs) ships no stubs

from .paths import ROOT


def nav_sources(nav: Any) -> list[str]:
    """Return every source file named in an mkdocs nav, in order (links to other hosts left out)."""
    if isinstance(nav, str):
        return [nav] if not nav.startswith(("http://", "https://")) else []
    if isinstance(nav, list):
        return [src for entry in nav for src in nav_sources(entry)]
    if isinstance(nav, dict):
        return [src for value in nav.values() for src in nav_sources(value)]
    return []


def page_url(source: str) -> str:
    """Return the site path MkDocs gives a source file (``dice.md`` -> ``dice/``, ``index.md`` -> ``""``)."""
    stem = source.rsplit(".", 1)[0]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def chapter_pages() -> list[str]:
    """Return the site paths of the pages in mkdocs.yml's nav, in its order."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return [page_url(src) for src in nav_sources(config.get("nav", []))]
