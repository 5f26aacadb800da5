"""Serve MathJax 3 from the site itself, taken from the installed Python package.

The pinned ``django-static-mathjax`` distribution ships MathJax 3.2.2 under
``mathjax/static/mathjax/es5``. This hook adds the part of it the pages use to
the site's files as ``assets/mathjax/...``, so that ``mkdocs build`` copies it
into the output and ``mkdocs serve`` serves it, and no page ever asks another
host for a script or a font. Nothing from MathJax is copied into the repository.

What is copied, and why:

* ``startup.js``: the loader; ``docs/javascripts/mathjax.js`` configures it to
  load the three components below (the loader adds ``core.js`` itself);
* ``input/tex.js``: TeX input with the usual packages (ams, newcommand, ...);
* ``output/chtml.js`` and ``output/chtml/fonts``: CommonHTML output, its TeX
  font data and the woff fonts it asks for;
* ``a11y/assistive-mml.js``: hidden MathML next to each formula, which is what
  screen readers read;
* ``input/tex/extensions``: the TeX packages ``autoload`` fetches when a page
  uses a macro outside the bundle (``\\cancel``, ``\\bbox``, ...).

The all-in-one ``tex-chtml.js`` would be simpler, but it carries MathJax's
right-click menu: 1.2 MB instead of about 0.75 MB on every first page view,
and the menu's accessibility options would pull in several MB more.

Only the asset folders are taken: the package's README and licence files would
otherwise become pages and show up in search.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

log = logging.getLogger("mkdocs.hooks.mathjax")

#: Where the files land in the built site; docs/javascripts/mathjax.js assumes it.
SITE_DIR = "assets/mathjax"

#: The entry script, named in mkdocs.yml's extra_javascript.
ENTRY = "startup.js"
#: The components mathjax.js asks the loader for, and the core they all need.
COMPONENTS = ("core.js", "input/tex.js", "output/chtml.js", "a11y/assistive-mml.js")
#: Folders loaded on demand: fonts, font data, TeX packages for autoload.
FOLDERS = (
    "output/chtml/fonts",
    "input/tex/extensions",
)


def mathjax_root() -> Path:
    """Return the ``es5`` folder of the installed MathJax 3 package.

    The package has no importable API worth importing; ask the import system
    where it lives instead, which works for any install layout.

    Examples
    --------
    >>> (mathjax_root() / "startup.js").is_file()
    True
    """
    spec = importlib.util.find_spec("mathjax")
    if spec is None or not spec.submodule_search_locations:
        raise PluginError(
            "MathJax 3 is not installed; install django-static-mathjax (see requirements.txt)."
        )
    for location in spec.submodule_search_locations:
        root = Path(location) / "static" / "mathjax" / "es5"
        if (root / ENTRY).is_file():
            return root
    raise PluginError(f"the mathjax package has no static/mathjax/es5/{ENTRY}; is it MathJax 3?")


def mathjax_files(root: Path) -> list[Path]:
    """List the files to serve, relative to ``root``, in a stable order.

    Examples
    --------
    >>> files = mathjax_files(mathjax_root())
    >>> Path("startup.js") in files, Path("input/tex.js") in files
    (True, True)
    >>> any(p.suffix == ".woff" for p in files), any(p.parts[0] == "ui" for p in files)
    (True, False)
    """
    paths = [Path(ENTRY)] + [Path(c) for c in COMPONENTS]
    missing = [str(p) for p in paths if not (root / p).is_file()]
    if missing:
        raise PluginError(f"MathJax files missing under {root}: {missing}")
    for folder in FOLDERS:
        base = root / folder
        if not base.is_dir():
            raise PluginError(f"MathJax folder {folder!r} is missing under {root}.")
        paths += sorted(p.relative_to(root) for p in base.rglob("*") if p.is_file())
    return paths


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the MathJax files to the site, so build copies them and serve serves them."""
    root = mathjax_root()
    paths = mathjax_files(root)
    for rel in paths:
        uri = f"{SITE_DIR}/{rel.as_posix()}"
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, abs_src_path=str(root / rel)))
    log.debug("MathJax: serving %d files from %s", len(paths), root)
    return files
