"""Import ``scripts/explorer_vectors.py`` for the tests: it is a script, not part of a package."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "explorer_vectors.py"


def load_explorer_vectors() -> ModuleType:
    """Execute the script as a module named ``explorer_vectors`` and return it."""
    spec = importlib.util.spec_from_file_location("explorer_vectors", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
