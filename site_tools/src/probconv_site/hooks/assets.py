"""MkDocs hook: what each page loads, and when.

Registered in mkdocs.yml through ``hooks/site_assets.py``. Changes to every written page:

* each page loads the widget scripts and styles it uses, not every one of them (``trimmed``);
* Material's bundle starts once the page has loaded, not as the body's last parser-blocking
  script (``bundle_after_load``);
* code blocks arrive with their copy buttons, and without spans that change nothing
  (:mod:`probconv_site.hooks.code_blocks`).

mkdocs.yml's ``extra_javascript`` and ``extra_css`` go on every page, and mkdocstrings adds its
stylesheet to every page too. Most pages hold no interactive piece and no API reference, yet
each stylesheet blocks their first paint and each script is fetched and run. ``on_post_page``
takes out the tags of the assets a page does not use: a widget's files stay on the pages whose
HTML mounts that widget (``data-pc-NAME``), the shared helpers on any page with a widget, and
mkdocstrings' stylesheet on the pages it rendered.

The bundle: as the body's last script, Chromium ran it before it painted anything, and in
Lighthouse's runs the first frame then reached the screen 1.0 to 2.3 s after navigation, although
the page had loaded by 0.3 s; the whole time counted into LCP (the clt page: performance 84-86).
Started once the page is parsed, it still came before the largest paint of pages whose first
figure is that paint, and Lighthouse's model of a slow phone then counted the bundle's download
and run into LCP too. So the loader asks for it once the page has loaded *and* its first frame is
on the screen (the ``first-contentful-paint`` entry, reported when that frame is presented; a
second after the load event at the latest). At the load event alone the first frame was often
still on its way: the bundle's long task then kept the page from answering the compositor, which
in headless Chromium held back the frame by up to a second (Lighthouse issue 17148), and
Lighthouse counted that second and the bundle into FCP and LCP (dice: LCP 2.7-2.8 s in about
half the runs, 1.8 s in the others; 1.8 to 1.9 s since, the median of every audit). Search, copy
buttons and the table of contents work from some 0.1 s after that (tests/browser/test_theme_start.py);
the palette toggle is not Material's but the page's own (overrides/partials/javascripts/palette.html):
the scheme is there at the first paint and the toggle works once the page is parsed.
Material starts from the document's ``DOMContentLoaded``, which has passed when its bundle runs, so
the loader fires that event once more; the site's own scripts are idempotent under it. It fires it
from a task of its own: running the bundle and mounting the page were one task of 420 to 460 ms on the
reference pages with the CPU slowed four times, and are two of at most 230 ms now.

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

from .code_blocks import with_copy_buttons, without_plain_name_spans

#: Asset path (as the site serves it) -> text whose presence in a page's HTML means it is used.
USED_WHEN = {
    "javascripts/widgets.js": "data-pc-",
    "stylesheets/widgets.css": "data-pc-",
    **{f"{kind}/{name}.{ext}": f"data-pc-{name}"
       for name in ("explorer", "scrubber", "continuous", "playground")
       for kind, ext in (("javascripts", "js"), ("stylesheets", "css"))},
    "assets/_mkdocstrings.css": 'class="doc doc-',
}

_BUNDLE = re.compile(r'<script src="(?P<src>[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')

#: Inserts Material's bundle once the page has loaded and its first frame is on the screen; the
#: bundle's address goes in for SRC.
BUNDLE_LOADER = (
    "<script>(function (src) {"
    " var asked = false;"
    " function load() {"
    " if (asked) return; asked = true;"
    ' var script = document.createElement("script"); script.src = src;'
    # Material's document$ waits for this event, which fired before its bundle ran. Fired from a
    # task of its own, so that running the bundle and mounting the page are two shorter tasks.
    ' script.onload = function () { setTimeout(function () {'
    ' document.dispatchEvent(new Event("DOMContentLoaded")); }, 0); };'
    " document.body.appendChild(script); }"
    # The first contentful paint is reported once that frame has been presented. A browser
    # without paint timing, or a page that does not paint (a hidden tab), waits a second at most.
    " function afterFirstPaint() {"
    " setTimeout(load, 1000);"
    " try { new PerformanceObserver(function (list) {"
    ' if (list.getEntriesByName("first-contentful-paint").length) load();'
    ' }).observe({ type: "paint", buffered: true }); } catch (error) { load(); } }'
    ' if (document.readyState !== "complete") addEventListener("load", afterFirstPaint, { once: true });'
    " else afterFirstPaint();"
    ' })("SRC");</script>'
)

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


def bundle_after_load(html: str) -> str:
    """Return ``html`` with Material's bundle inserted by ``BUNDLE_LOADER`` instead of its script tag.

    Examples
    --------
    >>> page = bundle_after_load('<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>')
    >>> "<script src=" in page, '("../assets/javascripts/bundle.a5f9d56c.min.js")' in page
    (False, True)
    """
    return _BUNDLE.sub(lambda match: BUNDLE_LOADER.replace("SRC", match.group("src")), html, count=1)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Trim the page's assets, start Material's bundle after loading, and write the code blocks' copy
    buttons and plain names."""
    return without_plain_name_spans(with_copy_buttons(bundle_after_load(trimmed(output))))
