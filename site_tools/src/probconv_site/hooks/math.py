"""MkDocs hook: typeset every formula at build time, and keep TeX out of the TOC and the search index.

Registered in mkdocs.yml through ``hooks/site_math.py``.

* ``on_files`` adds the subset math font (:mod:`probconv_site.math.font`), and Temml's stylesheet
  and its small prime font (from the npm package), to the site;
* ``on_page_content`` replaces each formula with MathML, fails the build naming the page and the
  formula when Temml rejects one (or uses a character the font lacks), and writes the table of
  contents with plain-text readings of the formulas in headings;
* ``on_page_context`` hands the search plugin the page with plain-text formulas, then puts the
  MathML back before the page is written;
* ``on_post_build`` saves the formula cache (pruned to this build's formulas on ``mkdocs build``).

One Node process does the typesetting for the whole build, and for every rebuild of ``mkdocs serve``.
"""

from __future__ import annotations

import hashlib
import logging
import time
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from ..math import font
from ..math.pages import TypesetPage, typeset_html, typeset_title
from ..math.renderer import MathSetupError, TexError, Typesetter
from ..paths import ROOT
from .command import serving

log = logging.getLogger("mkdocs.hooks.math")

#: Temml's stylesheet as npm installs it, and where the site serves it (mkdocs.yml's extra_css);
#: beside it, the small font it draws primes (and script capitals) with.
TEMML_DIST = ROOT / "node_modules" / "temml" / "dist"
TEMML_FILES = {"assets/stylesheets/temml.css": TEMML_DIST / "Temml-Local.css",
               "assets/stylesheets/Temml.woff2": TEMML_DIST / "Temml.woff2"}

_typesetter: Typesetter | None = None
_font_codepoints = font.font_codepoints()
#: Page source path -> its HTML with MathML, while the search plugin reads the plain version.
_rich: dict[str, str] = {}
_seconds = 0.0
#: page -> (digest of its HTML, its typeset result): under ``mkdocs serve`` a save rebuilds every
#: page, and only the pages whose HTML changed need their formulas typeset again.
_done: dict[str, tuple[str, TypesetPage]] = {}


def _typeset() -> Typesetter:
    global _typesetter
    if _typesetter is None:
        try:
            _typesetter = Typesetter()
        except MathSetupError as error:
            raise PluginError(str(error)) from None
    return _typesetter


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Serve the math font and Temml's stylesheet from the site itself."""
    try:
        font_file = font.subset_font()
    except FileNotFoundError as error:
        raise PluginError(str(error)) from None
    for uri, path in {font.SITE_PATH: font_file, **TEMML_FILES}.items():
        if not path.is_file():
            raise PluginError(f"{path} is missing: run `make install`, which runs `npm ci`.")
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


def _plain_toc(items: list[AnchorLink], page: Page) -> None:
    for item in items:
        try:
            item.title = typeset_title(item.title, _typeset())
        except TexError as error:
            raise PluginError(f"{page.file.src_uri}: heading {item.title!r}: {error}") from None
        _plain_toc(item.children, page)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Replace the page's formulas with MathML; fail the build on a formula Temml rejects."""
    global _seconds
    started = time.perf_counter()
    src = page.file.src_uri
    digest = hashlib.blake2b(html.encode(), digest_size=16).hexdigest()
    if src in _done and _done[src][0] == digest:
        result = _done[src][1]
    else:
        try:
            result = typeset_html(html, _typeset(), notebook=src.endswith(".ipynb"))
        except MathSetupError as error:
            raise PluginError(str(error)) from None
        if result.errors:
            raise PluginError(f"{src}: {len(result.errors)} formula(s) could not be typeset:\n  "
                              + "\n  ".join(result.errors))
        missing = font.missing_characters(result.html, _font_codepoints)
        if missing:
            raise PluginError(f"{src}: the math font has no {', '.join(missing)}; "
                              "add it to FONT_SYMBOLS (or FONT_RANGES) in probconv_site/math/font.py")
        _done[src] = (digest, result)
    _plain_toc(list(page.toc), page)
    if page.title:
        page.title = typeset_title(page.title, _typeset())
    _rich[src] = result.html
    _seconds += time.perf_counter() - started
    return result.plain


@event_priority(-100)  # after the search plugin has indexed the plain version
def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    """Give the page its MathML back, now that search has read the plain text."""
    rich = _rich.pop(page.file.src_uri, None)
    if rich is not None:
        page.content = rich
    return context


def on_post_build(config: MkDocsConfig) -> None:
    """Save the formula cache; report the time spent."""
    global _seconds
    if _typesetter is not None:
        _typesetter.save(prune=not serving())
    log.info(f"math: formulas typeset in {_seconds:.2f} s")
    _seconds = 0.0


def on_shutdown() -> None:
    """Stop the Node process."""
    global _typesetter
    if _typesetter is not None:
        _typesetter.close()
        _typesetter = None
