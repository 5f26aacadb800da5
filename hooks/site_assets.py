"""MkDocs hook file: what each page loads, and when; see probconv_site.hooks.assets."""

from probconv_site.hooks.assets import on_post_page

__all__ = ["on_post_page"]
