"""Remove what nbconvert's page template leaves behind on notebook pages.

mkdocs-jupyter renders a notebook with nbconvert's template, which adds

* a ``<script src="...">`` for MathJax 2 (empty here, since no URL is
  configured) and an inline ``text/x-mathjax-config`` block that calls
  ``MathJax.Hub``, an API MathJax 3 does not have. The site loads MathJax 3
  itself (docs/javascripts/mathjax.js), so both are dead weight at best and a
  script error at worst;
* a Mermaid loader that imports mermaid.js from a CDN when the page has a
  diagram. The notebook has none, and no page may load code from another host.

This hook strips all three from every notebook page.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

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


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Clean notebook pages; leave every other page untouched."""
    if page.file.src_uri.endswith(".ipynb"):
        return strip_leftovers(output)
    return output
