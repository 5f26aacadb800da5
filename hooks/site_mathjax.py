"""MkDocs hook file: MathJax 3 served from the site; see probconv_site.hooks.mathjax."""

from probconv_site.hooks.mathjax import on_files

__all__ = ["on_files"]
