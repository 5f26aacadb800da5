"""MkDocs hook file: search entries kept while serving; see probconv_site.hooks.search."""

from probconv_site.hooks.search import on_page_context

__all__ = ["on_page_context"]
