"""Where the chapter's sources and generated files live.

The package is installed in editable mode from the repository it builds, so the repository is the
nearest folder above this file that holds ``mkdocs.yml``.

Examples
--------
>>> (ROOT / "mkdocs.yml").is_file(), DOCS == ROOT / "docs"
(True, True)
"""

from __future__ import annotations

import os
from pathlib import Path


def _project_root() -> Path:
    here = Path(__file__).resolve()
    for folder in here.parents:
        if (folder / "mkdocs.yml").is_file():
            return folder
    raise RuntimeError(f"{here} is not inside the chapter's repository (no mkdocs.yml above it); "
                       "install probconv-site in editable mode from the repository: `make install`")


#: The repository: mkdocs.yml, docs/, the library and this package.
ROOT = _project_root()
#: The chapter's pages.
DOCS = ROOT / "docs"
#: The environment variable that moves the build caches elsewhere (a clean build uses an empty folder).
CACHE_ENV = "PROBCONV_SITE_CACHE"
#: Build caches (figures, the executed notebook); gitignored, safe to delete.
CACHE = Path(os.environ.get(CACHE_ENV) or ROOT / ".cache")
