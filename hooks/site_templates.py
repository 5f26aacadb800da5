"""MkDocs hook file: compiled templates kept while serving; see probconv_site.hooks.templates."""

from probconv_site.hooks.templates import on_env

__all__ = ["on_env"]
