"""MkDocs hook file: each page loads only the widget assets it uses; see probconv_site.hooks.assets."""

from probconv_site.hooks.assets import on_post_page

__all__ = ["on_post_page"]
