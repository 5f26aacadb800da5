"""The notebook runner: it fails on a failing cell, normalises outputs, and reuses an execution only when asked."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient.exceptions import CellExecutionError
from nbformat.v4 import new_code_cell, new_notebook

from probconv_site import notebook


def _write(path: Path, *sources: str) -> Path:
    nb = new_notebook(cells=[new_code_cell(source) for source in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def test_a_failing_cell_raises_and_names_the_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.ipynb", "x = 1", "1 / 0")
    with pytest.raises(CellExecutionError, match="ZeroDivisionError"):
        notebook.executed(path, reuse=False, cache_dir=tmp_path / "cache")
    assert not list((tmp_path / "cache").glob("*.ipynb")), "a failed execution must not be cached"


def test_execution_is_normalised_and_reused_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cells = ("import sys, time\nprint('a'); sys.stdout.flush(); time.sleep(0.05); print('b')",)
    path = _write(tmp_path / "nb.ipynb", *cells)
    cache = tmp_path / "cache"
    runs: list[Path] = []
    execute = notebook.execute

    def counting_execute(path: Path, kernel_name: str = "python3") -> object:
        runs.append(path)
        return execute(path, kernel_name)

    monkeypatch.setattr(notebook, "execute", counting_execute)
    first = notebook.executed(path, reuse=True, cache_dir=cache)
    outputs = nbformat.read(first, as_version=4).cells[0].outputs
    assert [(o["output_type"], o["text"]) for o in outputs] == [("stream", "a\nb\n")]
    assert notebook.executed(path, reuse=True, cache_dir=cache) == first
    assert len(runs) == 1, "reuse=True with an unchanged key must not execute again"
    notebook.executed(path, reuse=False, cache_dir=cache)
    assert len(runs) == 2, "reuse=False (mkdocs build) always executes"
    _write(path, "print('changed')")
    changed = notebook.executed(path, reuse=True, cache_dir=cache)
    assert len(runs) == 3 and changed != first and not first.exists(), "an edited notebook runs under a new key"
