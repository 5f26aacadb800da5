"""MkDocs hook file: formulas typeset at build time; see probconv_site.hooks.math."""

from probconv_site.hooks.math import (
    on_files,
    on_page_content,
    on_page_context,
    on_post_build,
    on_shutdown,
)

__all__ = ["on_files", "on_page_content", "on_page_context", "on_post_build", "on_shutdown"]
