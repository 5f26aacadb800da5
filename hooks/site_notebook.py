"""MkDocs hook file: the notebook page, executed and normalised; see probconv_site.hooks.notebook."""

from probconv_site.hooks.notebook import on_post_page, on_pre_page

__all__ = ["on_post_page", "on_pre_page"]
