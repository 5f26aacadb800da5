"""Shared checks for the numbers and figures that the chapter's prose states.

The two tables of stated numbers (``test_numbers_core.py`` and
``test_numbers_beyond.py``) recompute each value with probconv, format it the
way the page writes it, and check the page still says exactly that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from probconv_site.hooks.figures import figure_names

DOCS = Path(__file__).resolve().parents[1] / "docs"


def short(p: Any, digits: int = 6) -> str:
    """Shortest decimal with no trailing zeros; zero as 0.

    >>> short(0.085), short(4.15), short(0.0)
    ('0.085', '4.15', '0')
    """
    s = f"{float(p):.{digits}f}".rstrip("0").rstrip(".")
    return s or "0"


def normalise(text: str) -> str:
    """Collapse runs of whitespace, so that line wrapping and admonition indents do not matter."""
    return re.sub(r"\s+", " ", text)


def assert_page_states(page: str, stated: str, compute: Callable[[], str]) -> None:
    """The library still gives ``stated``, and ``docs/page`` still states it."""
    assert normalise(compute()) == normalise(stated), "the library no longer gives the number the page states"
    text = (DOCS / page).read_text(encoding="utf-8")
    assert normalise(stated) in normalise(text), f"{page} no longer states {stated!r}"


def placements(name: str, pages: Iterable[str]) -> int:
    """How many times ``{{ figure("name") }}`` stands on its own line in ``pages``."""
    return sum(figure_names((DOCS / p).read_text(encoding="utf-8")).count(name) for p in pages)
