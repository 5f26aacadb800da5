"""MkDocs hook file: remembers whether this is mkdocs serve; see probconv_site.hooks.command."""

from probconv_site.hooks.command import on_startup

__all__ = ["on_startup"]
