"""MkDocs hook file: the API reference pages (kept while serving, links resolved); see probconv_site.hooks.reference."""

from probconv_site.hooks.reference import on_page_context, on_pre_page

__all__ = ["on_page_context", "on_pre_page"]
