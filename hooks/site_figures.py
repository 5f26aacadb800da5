"""MkDocs hook file: the figures (rendering and ``{{ figure("NAME") }}``); see probconv_site.hooks.figures."""

from probconv_site.hooks.figures import on_page_markdown, on_pre_build, on_startup

__all__ = ["on_page_markdown", "on_pre_build", "on_startup"]
