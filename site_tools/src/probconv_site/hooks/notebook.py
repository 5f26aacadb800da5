"""Notebook pages: render a normalised execution, cached while serving, and tidy nbconvert's HTML.

mkdocs-jupyter turns ``docs/notebook.ipynb`` into a page; mkdocs.yml tells it not to execute
anything (``execute: false``). Instead, :func:`on_pre_page` wraps the page's render so that it
renders the notebook that :func:`probconv_site.notebook.executed` ran and normalised. While
``mkdocs serve`` runs, both that execution and the rendered HTML are reused until the notebook,
probconv or this package changes; ``mkdocs build`` always executes afresh.

mkdocs-jupyter renders a notebook with nbconvert's template, which adds

* a ``<script src="...">`` for MathJax 2 (empty here, since no URL is
  configured) and an inline ``text/x-mathjax-config`` block that calls
  ``MathJax.Hub``. The site typesets its formulas at build time
  (:mod:`probconv_site.hooks.math`) and loads no MathJax, so both are dead
  weight at best and a script error at worst;
* a Mermaid loader that imports mermaid.js from a CDN when the page has a
  diagram. The notebook has none, and no page may load code from another host;
* images with the alt text "No description has been provided for this image".

:func:`on_post_page` strips the scripts from every notebook page, and the render gives each image
the alt text its cell lists in its ``alt`` metadata (:func:`add_alt_texts`).

nbconvert also writes each plot into the page as a ``data:`` URL. The page's HTML then carried
73 KB of pictures (with gzip) that the browser must receive before it can draw the first line,
and Lighthouse put the first paint at 2.1 s on its slow phone. :func:`images_as_files` writes
each one beside the page, named by its content, and lazy-loads it. Its HTML also carried all of
JupyterLab's stylesheet (89 KB with gzip); the render keeps only the rules the page can use
(:mod:`probconv_site.unused_css`), and the page fell from 104 to 56 KB.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import pickle
import re
import time
from html import escape
from pathlib import Path

import nbformat
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from nbclient.exceptions import CellExecutionError

from .. import notebook
from ..unused_css import without_unused_rules
from .command import serving

log = logging.getLogger("mkdocs.hooks.notebook")

# The script tag nbconvert's mathjax() macro emits right after "<!-- Load mathjax -->".
_LOADER = re.compile(r"<!-- Load mathjax -->\s*<script[^>]*>\s*</script>\s*", re.IGNORECASE)
# Its configuration block, between the macro's own start and end comments.
_CONFIG = re.compile(
    r"<!-- MathJax configuration -->.*?<!-- End of mathjax configuration -->\s*",
    re.IGNORECASE | re.DOTALL,
)
# nbconvert's Mermaid loader: an inline module script that imports mermaid.js from a CDN.
_MERMAID = re.compile(
    r"<script type=\"module\">(?:(?!</script>).)*?jp-Mermaid.*?</script>\s*",
    re.IGNORECASE | re.DOTALL,
)
# Any other empty-source script tag the template might leave.
_EMPTY_SRC = re.compile(r"<script[^>]*\bsrc=(\"\"|'')[^>]*>\s*</script>\s*", re.IGNORECASE)


def strip_leftovers(html: str) -> str:
    """Remove nbconvert's MathJax 2 loader and configuration, and its Mermaid loader.

    Examples
    --------
    >>> page = ('<p>a</p><!-- Load mathjax -->\\n<script src=""> </script>\\n'
    ...         '<!-- MathJax configuration -->\\n<script type="text/x-mathjax-config">'
    ...         'MathJax.Hub.Config({});</script>\\n<!-- End of mathjax configuration -->\\n<p>b</p>')
    >>> strip_leftovers(page)
    '<p>a</p><p>b</p>'
    >>> strip_leftovers('<script type="module">x(".jp-Mermaid > pre"); import("https://cdn")</script><p>c</p>')
    '<p>c</p>'
    """
    html = _MERMAID.sub("", html)
    html = _LOADER.sub("", html)
    html = _CONFIG.sub("", html)
    return _EMPTY_SRC.sub("", html)


#: The alt text nbconvert gives an image that has none.
NO_ALT = 'alt="No description has been provided for this image"'


def add_alt_texts(html: str, alts: list[str]) -> str:
    """Give nbconvert's images, in order, the alt texts of the cells that drew them.

    Examples
    --------
    >>> add_alt_texts(f'<img {NO_ALT} src="a"><img {NO_ALT} src="b">', ["A bar chart", 'A "curve"'])
    '<img alt="A bar chart" src="a"><img alt="A &quot;curve&quot;" src="b">'
    """
    if html.count(NO_ALT) != len(alts):
        raise ValueError(f"the page shows {html.count(NO_ALT)} image(s) without alt text, "
                         f"and the notebook gives {len(alts)} alt text(s)")
    texts = iter(alts)
    return re.sub(re.escape(NO_ALT), lambda _: f'alt="{escape(next(texts), quote=True)}"', html)


_DATA_PNG = re.compile(r'src="data:image/png;base64,(?P<data>[A-Za-z0-9+/=\s]+)"')


def images_as_files(html: str, directory: Path) -> str:
    """Write each PNG of ``html`` given as a ``data:`` URL into ``directory``; link and lazy-load it.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     page = images_as_files('<img alt="a plot" src="data:image/png;base64,iVBORw0K"/>', Path(tmp))
    ...     names = sorted(p.name for p in Path(tmp).iterdir())
    >>> page
    '<img alt="a plot" src="output-823ceb99fcef.png" loading="lazy"/>'
    >>> names
    ['output-823ceb99fcef.png']
    """

    def to_file(match: re.Match[str]) -> str:
        data = base64.b64decode(match.group("data"))
        name = f"output-{hashlib.sha256(data).hexdigest()[:12]}.png"
        target = directory / name
        if not target.is_file():
            directory.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return f'src="{name}" loading="lazy"'

    return _DATA_PNG.sub(to_file, html)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Clean notebook pages and move their plots into files; leave every other page untouched."""
    if page.file.src_uri.endswith(".ipynb"):
        return images_as_files(strip_leftovers(output), (Path(config.site_dir) / page.file.dest_uri).parent)
    return output


def _plugin_settings(config: MkDocsConfig) -> str:
    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is None:
        raise PluginError("the notebook hook needs the mkdocs-jupyter plugin in mkdocs.yml")
    if plugin.config["execute"]:
        raise PluginError("set `execute: false` for mkdocs-jupyter: probconv_site.notebook executes the notebook")
    return repr(sorted(plugin.config.items()))


@event_priority(-50)  # after mkdocs-jupyter's own on_pre_page has given the page its render
def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> Page:
    """Make a notebook page render the normalised execution, reusing cached HTML while serving."""
    if not page.file.src_uri.endswith(".ipynb"):
        return page
    render_notebook = page.render
    source = Path(str(page.file.abs_src_path))
    settings = _plugin_settings(config)

    def render(config: MkDocsConfig, files: Files) -> None:
        started = time.perf_counter()
        key = hashlib.sha256(f"{notebook.notebook_key(source)}\0{settings}".encode()).hexdigest()
        cached_html = notebook.CACHE_DIR / f"{source.stem}-{key[:20]}.html.pickle"
        if serving() and cached_html.is_file():
            page.content, page.toc, page.title = pickle.loads(cached_html.read_bytes())
            log.info(f"notebook: {page.file.src_uri} from cache (nothing it depends on changed)")
            return
        try:
            ran = notebook.executed(source, reuse=serving())
        except CellExecutionError as error:
            raise PluginError(f"{page.file.src_uri}: a cell failed\n{error}") from None
        # mkdocs-jupyter reads the notebook from the page's file; point it at the executed copy
        # for the render alone, so that the download next to the page stays the clean source.
        page.file.abs_src_path = str(ran)
        try:
            render_notebook(config, files)
        finally:
            page.file.abs_src_path = str(source)
        executed_nb = nbformat.read(ran, as_version=4)  # type: ignore[no-untyped-call]  # no annotations
        try:
            page.content = add_alt_texts(page.content or "", notebook.image_alt_texts(executed_nb))
        except ValueError as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from None
        page.content = without_unused_rules(page.content)
        partial = cached_html.with_name(f".{cached_html.name}.{os.getpid()}.part")
        partial.write_bytes(pickle.dumps((page.content, page.toc, page.title)))
        os.replace(partial, cached_html)
        for old in notebook.CACHE_DIR.glob(f"{source.stem}-*.html.pickle"):
            if old != cached_html:
                old.unlink(missing_ok=True)
        log.info(f"notebook: {page.file.src_uri} rendered in {time.perf_counter() - started:.1f} s")

    page.render = render  # type: ignore[method-assign]  # the same wrapping mkdocs-jupyter does
    return page
