"""Render figures to files, in parallel, skipping those whose inputs have not changed.

A figure's cache key is a hash of everything its pixels depend on: its own
module's source, the shared modules (:mod:`.style`, :mod:`.helpers`, the
procedural test image, this module's saving code), every source file of the
probconv library, and the versions of matplotlib, numpy, scipy and Pillow.
Rendered files are kept in the cache directory under that key, and copied
into the output directory only when their bytes differ, so a build with
nothing changed writes nothing (``mkdocs serve`` watches the docs directory
and would otherwise rebuild forever).

Examples
--------
>>> from probconv_site.figures.registry import FIGURES
>>> key = figure_key(FIGURES["two_dice"])
>>> len(key), key == figure_key(FIGURES["two_dice"])
(64, True)
>>> key == figure_key(FIGURES["two_dice"], salt="edited")
False
"""

from __future__ import annotations

import hashlib
import importlib
import io
import multiprocessing
import os
import shutil
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TYPE_CHECKING

import probconv

from ..digest import add_sources, add_versions
from ..paths import CACHE, DOCS
from .registry import FIGURES, VARIANTS, FigureSpec

if TYPE_CHECKING:
    from matplotlib.figure import Figure

HERE = Path(__file__).resolve().parent
#: The library's sources: a change to any of them may change a figure.
LIBRARY = Path(probconv.__file__).resolve().parent
DEFAULT_OUT = DOCS / "figures"
DEFAULT_CACHE = CACHE / "figures"
#: Distributions whose version can change a figure's bytes.
RENDERING_DISTRIBUTIONS = ("matplotlib", "numpy", "scipy", "pillow")
#: Bump to invalidate every cached figure at once.
CACHE_VERSION = "1"
#: Third-party modules the render workers' server process imports once (see :func:`_context`).
PRELOAD = ("numpy", "scipy.fft", "scipy.signal", "scipy.ndimage", "matplotlib.figure", "PIL.Image")


# -- cache keys ----------------------------------------------------------------------


def shared_modules() -> list[str]:
    """Modules every figure may depend on besides its own.

    All but the figures and the registry (whose captions do not change pixels; a figure's
    format is in its key).
    """
    return sorted(p.name for p in HERE.glob("*.py") if not p.name.startswith("fig_") and p.name != "registry.py")


def shared_digest() -> str:
    """Hash the inputs common to all figures, read afresh (``mkdocs serve`` builds many times in one process)."""
    h = hashlib.sha256(CACHE_VERSION.encode())
    add_sources(h, HERE, shared_modules())
    add_sources(h, LIBRARY)
    add_versions(h, RENDERING_DISTRIBUTIONS)
    return h.hexdigest()


def figure_key(
    spec: FigureSpec, salt: str = "", read: Callable[[Path], bytes] = Path.read_bytes, shared: str | None = None
) -> str:
    """The cache key of one figure: its module's source plus the shared inputs.

    Parameters
    ----------
    spec : FigureSpec
        The registry entry.
    salt : str
        Extra key material (tests use it to simulate an edit).
    read : callable
        Reads a source file; tests substitute it to simulate an edited module.
    shared : str, optional
        :func:`shared_digest`, when the caller has it already.
    """
    h = hashlib.sha256((shared or shared_digest()).encode())
    h.update(f"{spec.name}\0{spec.fmt}\0{salt}\0".encode())
    h.update(read(spec.source_path))
    return h.hexdigest()


# -- drawing and saving --------------------------------------------------------------


def draw(name: str, variant: str) -> Figure:
    """Draw figure ``name`` in theme ``variant`` ("light" or "dark") and return the Figure."""
    from .style import THEMES, themed

    spec = FIGURES[name]
    module = importlib.import_module(f"{__package__}.{spec.module}")
    theme = THEMES[variant]
    with themed(theme):
        fig: Figure = module.draw(theme)
    return fig


def save(fig: Figure, path: Path, fmt: str) -> None:
    """Write ``fig`` to ``path`` byte-for-byte reproducibly (no dates, no software tag)."""
    import matplotlib as mpl

    from .style import PNG_DPI

    if fmt == "svg":
        # With a fixed salt, SVG element ids are hashes of their content.
        with mpl.rc_context({"svg.hashsalt": "probconv", "svg.fonttype": "path"}):
            fig.savefig(path, format="svg", metadata={"Date": None, "Creator": None})
    elif fmt == "png":
        # A 256-colour palette (no dithering, so it stays deterministic) cuts the
        # heatmaps to about 40 % of their RGBA size: the page-weight budget is per page.
        from PIL import Image

        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=PNG_DPI, metadata={"Software": None})
        image = Image.open(buffer).convert("RGB")
        image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            path, format="PNG", optimize=True
        )
    else:  # pragma: no cover - the registry only allows svg and png
        raise ValueError(f"unknown figure format {fmt!r}")


def render_to(name: str, variant: str, directory: str) -> float:
    """Draw one variant of ``name`` into ``directory``; return the seconds taken."""
    start = time.perf_counter()
    spec = FIGURES[name]
    target = Path(directory) / spec.files()[variant]
    target.parent.mkdir(parents=True, exist_ok=True)
    # Write aside, then rename: a build running alongside never reads half a file.
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    save(draw(name, variant), partial, spec.fmt)
    os.replace(partial, target)
    return time.perf_counter() - start


def _render_job(name: str, variant: str, directory: str) -> tuple[str, float, str]:
    try:
        return name, render_to(name, variant, directory), ""
    except Exception:  # every failure is reported by name; none stops the others
        return name, 0.0, f"[{variant}] " + traceback.format_exc()


# -- the build -------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """What happened to one figure: ``status`` is "rendered", "cached" or "failed"."""

    name: str
    status: str
    seconds: float = 0.0
    error: str = ""


def _copy_if_changed(src: Path, dst: Path) -> None:
    if dst.exists() and dst.read_bytes() == src.read_bytes():
        return
    tmp = dst.with_name(dst.name + ".tmp")
    shutil.copyfile(src, tmp)
    os.replace(tmp, dst)


def _publish(spec: FigureSpec, cached: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for file_name in spec.files().values():
        _copy_if_changed(cached / file_name, out / file_name)


def _prune(entry_dir: Path, keep: str) -> None:
    """Drop older renderings of one figure from the cache."""
    for old in entry_dir.iterdir():
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)


def build(
    names: Iterable[str] | None = None,
    out: Path = DEFAULT_OUT,
    cache_dir: Path = DEFAULT_CACHE,
    force: bool = False,
    jobs: int | None = None,
    salt: Mapping[str, str] | None = None,
    report: Callable[[str], None] | None = print,
) -> list[Result]:
    """Render the named figures (default all) into ``out``, reusing the cache.

    Parameters
    ----------
    names : iterable of str, optional
        Figures to build; unknown names raise ``KeyError`` before any work. When all are built,
        files in ``out`` that belong to no figure are removed.
    out : Path
        Output directory for ``NAME-light.EXT`` and ``NAME-dark.EXT``.
    cache_dir : Path
        Where renderings are kept under their keys.
    force : bool
        Render even when the cache holds the current key.
    jobs : int, optional
        Worker processes; default ``os.cpu_count()``.
    salt : mapping name -> str, optional
        Extra cache-key material per figure (simulates an edit in tests).
    report : callable, optional
        Receives one progress line per figure, ``[7/18] joint_grid ... 0.4 s``.

    Returns
    -------
    list of Result
        One per figure, in registry order.
    """
    selected = list(FIGURES) if names is None else list(dict.fromkeys(names))
    unknown = [n for n in selected if n not in FIGURES]
    if unknown:
        raise KeyError(f"unknown figure(s): {', '.join(unknown)}; known: {', '.join(FIGURES)}")
    salt = salt or {}
    out, cache_dir = Path(out), Path(cache_dir)
    total = len(selected)
    done = 0
    results: dict[str, Result] = {}

    def say(name: str, what: str) -> None:
        nonlocal done
        done += 1
        if report is not None:
            report(f"[{done}/{total}] {name} ... {what}")

    todo: dict[str, Path] = {}
    shared = shared_digest()
    for name in selected:
        spec = FIGURES[name]
        key = figure_key(spec, salt.get(name, ""), shared=shared)
        entry = cache_dir / name / key[:20]
        if not force and all((entry / f).is_file() for f in spec.files().values()):
            _publish(spec, entry, out)
            results[name] = Result(name, "cached")
            say(name, "cached")
        else:
            todo[name] = entry

    # Both variants of a figure are separate jobs; a figure is done when both are.
    pending = {name: len(VARIANTS) for name in todo}
    seconds = dict.fromkeys(todo, 0.0)
    errors: dict[str, list[str]] = {name: [] for name in todo}
    for name, took, error in _run(todo, jobs):
        seconds[name] += took
        if error:
            errors[name].append(error)
        pending[name] -= 1
        if pending[name]:
            continue
        spec, entry = FIGURES[name], todo[name]
        if errors[name]:
            shutil.rmtree(entry, ignore_errors=True)
            results[name] = Result(name, "failed", seconds[name], "\n".join(errors[name]))
            say(name, "FAILED")
            continue
        _prune(entry.parent, entry.name)
        _publish(spec, entry, out)
        results[name] = Result(name, "rendered", seconds[name])
        say(name, f"{seconds[name]:.1f} s")
    if names is None and out.is_dir():
        # A figure taken out of the registry must not live on in the site.
        expected = {f for spec in FIGURES.values() for f in spec.files().values()}
        for stale in out.iterdir():
            if stale.is_file() and stale.name not in expected:
                stale.unlink()
    return [results[n] for n in selected]


def _context() -> BaseContext:
    """How render workers start.

    They are forked from a server process that has imported the heavy third-party modules once
    (:data:`PRELOAD`) but never probconv or this package: each worker reads those from disk, so a
    long-lived process (mkdocs serve) never renders with code from before an edit.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover - no fork here
        return multiprocessing.get_context("spawn")
    forkserver = multiprocessing.get_context("forkserver")
    forkserver.set_forkserver_preload(list(PRELOAD))
    return forkserver


def start_workers_server() -> None:
    """Start the render workers' server now, so that the first figure edit does not wait for it."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        _context()
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _run(todo: Mapping[str, Path], jobs: int | None) -> Iterable[tuple[str, float, str]]:
    """Render every variant of ``todo`` in worker processes (in this one only if ``jobs == 1``)."""
    tasks = [(name, variant, str(entry)) for name, entry in todo.items() for variant in VARIANTS]
    if not tasks:
        return
    if jobs == 1:
        for task in tasks:
            yield _render_job(*task)
        return
    workers = max(1, min(jobs or os.cpu_count() or 1, len(tasks)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        futures = [pool.submit(_render_job, *task) for task in tasks]
        for future in as_completed(futures):
            yield future.result()
