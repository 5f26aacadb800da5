"""MkDocs hook: each page loads the widget scripts and styles it uses, not every one of them.

Registered in mkdocs.yml through ``hooks/site_assets.py``.

mkdocs.yml's ``extra_javascript`` and ``extra_css`` go on every page, and mkdocstrings adds its
stylesheet to every page too. Most pages hold no interactive piece and no API reference, yet
each stylesheet blocks their first paint and each script is fetched and run. ``on_post_page``
takes out the tags of the assets a page does not use: a widget's files stay on the pages whose
HTML mounts that widget (``data-pc-NAME``), the shared helpers on any page with a widget, and
mkdocstrings' stylesheet on the pages it rendered.

Examples
--------
>>> html = ('<link rel="stylesheet" href="../stylesheets/explorer.css">'
...         '<script src="../javascripts/explorer.js"></script><p>no widget here</p>')
>>> trimmed(html)
'<p>no widget here</p>'
>>> trimmed('<div data-pc-explorer></div><script src="../javascripts/explorer.js"></script>') == (
...     '<div data-pc-explorer></div><script src="../javascripts/explorer.js"></script>')
True
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

#: Asset path (as the site serves it) -> text whose presence in a page's HTML means it is used.
USED_WHEN = {
    "javascripts/widgets.js": "data-pc-",
    "stylesheets/widgets.css": "data-pc-",
    **{f"{kind}/{name}.{ext}": f"data-pc-{name}"
       for name in ("explorer", "scrubber", "continuous", "playground")
       for kind, ext in (("javascripts", "js"), ("stylesheets", "css"))},
    "assets/_mkdocstrings.css": 'class="doc doc-',
}

_TAG = re.compile(r'<script src="(?P<js>[^"]+)"[^>]*></script>|<link rel="stylesheet" href="(?P<css>[^"]+)"[^>]*>')


def trimmed(html: str) -> str:
    """Return ``html`` without the script and stylesheet tags of assets it does not use."""

    def keep(match: re.Match[str]) -> str:
        url = match.group("js") or match.group("css")
        for asset, marker in USED_WHEN.items():
            if url.endswith(asset) and marker not in html:
                return ""
        return match.group(0)

    return _TAG.sub(keep, html)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Take out of the written page the tags of assets it does not use."""
    return trimmed(output)
