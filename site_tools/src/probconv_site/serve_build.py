"""Build the site the way ``mkdocs serve`` rebuilds it: several builds in one process, caches kept.

``python -m probconv_site.serve_build SITE_DIR`` builds the site twice into ``SITE_DIR`` with
every hook told that ``mkdocs serve`` is running, so the second build reuses what the first left
behind: rendered figures, the executed notebook, typeset formulas, compiled templates, the API
reference pages and the search entries. A test compares the result with a fresh
``mkdocs build``: the caches of the edit loop may save time, never change a byte.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from .paths import ROOT


def serve_builds(site_dir: Path, builds: int = 2) -> None:
    """Build the site ``builds`` times into ``site_dir``, as the rebuilds of ``mkdocs serve`` do."""
    os.chdir(ROOT)
    first = None
    for _ in range(builds):
        # serve loads the configuration, and so the plugins, afresh for every build, and runs
        # on_startup and on_shutdown on the first one only (it sets site_url too, left out here)
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
        if first is None:
            first = config
            first.plugins.on_startup(command="serve", dirty=False)
        build(config)
    if first is not None:
        first.plugins.on_shutdown()


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path, help="where to build")
    parser.add_argument("--builds", type=int, default=2, help="builds in one process (default: 2)")
    args = parser.parse_args(argv)
    # the hooks' INFO lines say what each build reused, as they do under mkdocs serve
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    serve_builds(args.site_dir.resolve(), args.builds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
