"""Keep the theme's compiled Jinja templates between the rebuilds of ``mkdocs serve``.

MkDocs makes a new Jinja environment for every build, so every rebuild compiles Material's
templates again: about half a second of each rebuild. While serving, a bytecode cache in
``.cache/jinja`` keeps the compiled templates; Jinja checks each template's source against
the cached code, so an edited template (in ``overrides/``) is compiled again.
``mkdocs build`` compiles afresh, as it always has.
"""

from __future__ import annotations

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from ..paths import CACHE
from .command import serving

#: Where compiled templates are kept while serving.
JINJA_CACHE = CACHE / "jinja"


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Give the theme's environment a bytecode cache while serving."""
    if serving():
        JINJA_CACHE.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = FileSystemBytecodeCache(str(JINJA_CACHE))
    return env
