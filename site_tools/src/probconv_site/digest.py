"""Hash what a build product depends on: source files and package versions.

The figure cache and the notebook cache both key their entries this way.

Examples
--------
>>> import hashlib
>>> h = hashlib.sha256()
>>> add_versions(h, ["numpy"])
>>> len(h.hexdigest())
64
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def add_sources(h: Any, folder: Path, names: Iterable[str] | None = None) -> None:
    """Feed the Python files of ``folder`` (all of them, below it, or just ``names``) into ``h``.

    Each file adds its path relative to ``folder`` and its bytes, in a stable order, so that a
    renamed, added, removed or edited file changes the hash.
    """
    paths = sorted(folder.rglob("*.py")) if names is None else [folder / name for name in sorted(names)]
    for path in paths:
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")


def add_versions(h: Any, distributions: Iterable[str]) -> None:
    """Feed ``name==version`` of each installed distribution into ``h``."""
    for dist in distributions:
        h.update(f"{dist}=={importlib.metadata.version(dist)}\0".encode())
