"""The code shown in the pages runs, prints what the pages say it prints, and is all shown.

Every example on the site is a script in docs_src/, pulled into a page with
``--8<-- "docs_src/NAME.py"`` (pymdownx.snippets). After each ``print(...)``
the script carries one ``#> line`` comment per line it prints; this module
runs every script in this process, as ``python docs_src/NAME.py`` would run it,
and compares what it printed with those lines, in order.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DOCS_SRC = ROOT / "docs_src"
SCRIPTS = sorted(DOCS_SRC.glob("*.py"))

# `#> text` (or a bare `#>` for an empty printed line), possibly indented.
_EXPECTED = re.compile(r"^\s*#>(?: (?P<text>.*))?$")
# `--8<-- "path"` on one line; a leading ';' escapes it (snippets then shows it literally).
_INLINE_INCLUDE = re.compile(r"""^\s*(?P<escape>;?)-{1,}8<-{1,}\s+(?P<q>["'])(?P<path>[^"']+)(?P=q)\s*$""")
# A block include: a line `--8<--`, then one path per line, then `--8<--` again.
_BLOCK_FENCE = re.compile(r"^\s*-{1,}8<-{1,}\s*$")


def expected_output(source: str) -> list[str]:
    """The printed lines a script declares with its ``#>`` comments, in order.

    >>> expected_output('print(1)\\n#> 1\\nprint()\\n#>\\n')
    ['1', '']
    """
    lines = []
    for line in source.splitlines():
        match = _EXPECTED.match(line)
        if match:
            lines.append((match.group("text") or "").rstrip())
    return lines


def snippet_includes(markdown: str) -> list[str]:
    """The file paths a page includes with pymdownx.snippets (line ranges and sections dropped).

    >>> snippet_includes('a\\n--8<-- "docs_src/x.py"\\n;--8<-- "not/this.py"\\n--8<--\\ny.py:2:4\\n--8<--\\n')
    ['docs_src/x.py', 'y.py']
    """
    paths: list[str] = []
    in_block = False
    for line in markdown.splitlines():
        if _BLOCK_FENCE.match(line):
            in_block = not in_block
            continue
        if in_block:
            if line.strip() and not line.strip().startswith(";"):
                paths.append(line.strip().split(":")[0])
            continue
        match = _INLINE_INCLUDE.match(line)
        if match and not match.group("escape"):
            paths.append(match.group("path").split(":")[0])
    return paths


def all_includes() -> dict[str, list[str]]:
    """Page (relative to docs/) -> the files it includes."""
    return {
        page.relative_to(DOCS).as_posix(): snippet_includes(page.read_text(encoding="utf-8"))
        for page in sorted(DOCS.rglob("*.md"))
    }


def test_there_are_examples_to_check() -> None:
    assert SCRIPTS, "docs_src/ holds no scripts: the pages' examples are not being tested"


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_docs_src_script_prints_its_expected_lines(script: Path) -> None:
    source = script.read_text(encoding="utf-8")
    out = io.StringIO()
    # Run as a script (__name__ == "__main__"), in a namespace of its own; numpy's print
    # options are restored afterwards, so that no example changes how the next one prints.
    with np.printoptions(), contextlib.redirect_stdout(out):
        exec(compile(source, str(script), "exec"), {"__name__": "__main__", "__file__": str(script)})
    printed = [line.rstrip() for line in out.getvalue().splitlines()]
    expected = expected_output(source)
    assert printed == expected, (
        f"{script.name}: printed output differs from its #> lines\n"
        f"printed:  {printed}\nexpected: {expected}"
    )


def test_every_docs_src_script_is_included_by_some_page() -> None:
    included = {path for paths in all_includes().values() for path in paths}
    orphans = [p.name for p in SCRIPTS if f"docs_src/{p.name}" not in included]
    assert not orphans, f"scripts in docs_src/ that no page shows: {orphans}"


def test_every_snippet_include_names_an_existing_file() -> None:
    missing = [
        f"{page}: {path}"
        for page, paths in all_includes().items()
        for path in paths
        if not (ROOT / path).is_file()
    ]
    assert not missing, f"pages include files that do not exist: {missing}"
