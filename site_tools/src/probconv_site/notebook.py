"""Execute the chapter's notebook, normalise what it printed, and keep the result in a cache.

mkdocs-jupyter can execute a notebook itself, but it hands nbconvert's outputs straight to the page,
and those depend on timing: the kernel flushes standard output whenever it likes, so the lines
that one cell prints arrive as one stream output on a quiet machine and as two on a busy one, and
two builds of the same sources differ. Here the notebook is executed with nbclient, its outputs are
normalised (:func:`normalise`), and the result is written to a cache file that mkdocs-jupyter
renders with ``execute: false`` (see :mod:`probconv_site.hooks.notebook`).

The cache key (:func:`notebook_key`) covers the notebook, every source file of probconv, every
source file of this package if the notebook imports it (the figure code: today it does not, so
editing a figure does not run the notebook again), and the versions of the packages that shape the
outputs. ``mkdocs build`` always executes;
only ``mkdocs serve`` reuses a cached execution, so that saving a page does not re-run the notebook.

Examples
--------
>>> from nbformat.v4 import new_code_cell, new_notebook, new_output
>>> cell = new_code_cell("print(1); print(2)", outputs=[
...     new_output("stream", name="stdout", text="1\\n"),
...     new_output("stream", name="stdout", text="2\\n")])
>>> cell.metadata["execution"] = {"iopub.execute_input": "2026-12-02T10:00:00Z"}
>>> nb = normalise(new_notebook(cells=[cell]))
>>> [(o["name"], o["text"]) for o in nb.cells[0].outputs], nb.cells[0].metadata
([('stdout', '1\\n2\\n')], {})
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

import probconv

from .digest import add_sources, add_versions
from .image_size import image_size
from .paths import CACHE

#: Where executed notebooks are kept, one file per key.
CACHE_DIR = CACHE / "notebook"
#: Packages whose version can change what the notebook shows.
OUTPUT_DISTRIBUTIONS = ("numpy", "scipy", "matplotlib", "python-flint", "ipykernel", "nbconvert", "mkdocs-jupyter")
#: Per-cell metadata that records when and how long a cell ran.
TIMING_METADATA = ("execution", "ExecuteTime")
#: Seconds one cell may run before the build fails.
CELL_TIMEOUT = 300


def notebook_key(path: Path) -> str:
    """Return a hash of everything the executed notebook depends on.

    Parameters
    ----------
    path : Path
        The notebook.

    Returns
    -------
    str
        64 hex digits; it changes when the notebook, probconv, a version or (if the notebook
        imports it) this package changes.
    """
    notebook = path.read_bytes()
    packages = [Path(probconv.__file__).parent]
    if __package__ is not None and __package__.encode() in notebook:
        packages.append(Path(__file__).parent)
    h = hashlib.sha256(notebook)
    for package_dir in packages:
        h.update(package_dir.name.encode() + b"\0")
        add_sources(h, package_dir)
    add_versions(h, OUTPUT_DISTRIBUTIONS)
    return h.hexdigest()


def png_size(data: str) -> tuple[int, int]:
    """The (width, height) in pixels of a base64-encoded PNG, read from its header.

    Examples
    --------
    >>> import base64, struct
    >>> header = b"\\x89PNG\\r\\n\\x1a\\n" + b"\\0\\0\\0\\rIHDR" + struct.pack(">II", 511, 300)
    >>> png_size(base64.b64encode(header).decode())
    (511, 300)
    """
    return image_size(base64.b64decode(data[:64]))


def normalise(nb: Any) -> Any:
    """Merge consecutive stream outputs of one kind in each cell, drop timing metadata, size images.

    Each PNG output gets its width and height in its metadata, which nbconvert writes on the
    ``<img>``, so that the page keeps its layout while the image loads.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        An executed notebook; changed in place.

    Returns
    -------
    nbformat.NotebookNode
        The same notebook.
    """
    for cell in nb.cells:
        for key in TIMING_METADATA:
            cell.metadata.pop(key, None)
        if cell.cell_type != "code":
            continue
        merged: list[Any] = []
        for output in cell.outputs:
            previous = merged[-1] if merged else None
            if (output.output_type == "stream" and previous is not None
                    and previous.output_type == "stream" and previous.name == output.name):
                previous.text += output.text
            else:
                merged.append(output)
            if "image/png" in output.get("data", {}):
                width, height = png_size(output.data["image/png"])
                output.metadata.setdefault("image/png", {}).update(width=width, height=height)
        cell.outputs = merged
    return nb


def image_alt_texts(nb: Any) -> list[str]:
    """The alt text of each image the notebook shows, in order, from its cell's ``alt`` metadata.

    A cell that draws images lists their alt texts in ``metadata["alt"]`` (a string for one image).
    Raises ValueError, naming the cell, when a cell has more images than alt texts.
    """
    texts: list[str] = []
    for number, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        images = sum("image/png" in output.get("data", {}) for output in cell.outputs)
        alts = cell.metadata.get("alt", [])
        alts = [alts] if isinstance(alts, str) else list(alts)
        if images > len(alts):
            raise ValueError(f"cell {number} shows {images} image(s) but its metadata has "
                             f"{len(alts)} alt text(s): add them as metadata['alt']")
        texts += alts[:images]
    return texts


def execute(path: Path, kernel_name: str = "python3") -> Any:
    """Run every cell of the notebook at ``path`` in its folder and return it, normalised.

    A failing cell raises nbclient's ``CellExecutionError``, which names the cell and the error.
    """
    nb = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]  # nbformat has no annotations
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name=kernel_name,
        allow_errors=False,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return normalise(nb)


def executed(path: Path, reuse: bool, cache_dir: Path = CACHE_DIR, kernel_name: str = "python3") -> Path:
    """Return the path of the executed, normalised notebook, executing it unless ``reuse`` finds it cached.

    Parameters
    ----------
    path : Path
        The notebook, stored without outputs.
    reuse : bool
        Take a cached execution with the current key if there is one (``mkdocs serve``); otherwise
        always execute (``mkdocs build``, CI).
    cache_dir : Path
        Where executed notebooks are kept; older executions of the same notebook are removed.
    kernel_name : str
        The Jupyter kernel to run.
    """
    key = notebook_key(path)
    target = cache_dir / f"{path.stem}-{key[:20]}.ipynb"
    if reuse and target.is_file():
        return target
    nb = execute(path, kernel_name)
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    nbformat.write(nb, partial)  # type: ignore[no-untyped-call]  # nbformat has no annotations
    os.replace(partial, target)
    for old in cache_dir.glob(f"{path.stem}-*.ipynb"):
        if old != target:
            old.unlink(missing_ok=True)
    return target
