"""Code blocks as the browser gets them: a copy button written into each, and fewer elements.

Copy buttons (``with_copy_buttons``).

``content.code.copy`` has Material's bundle add a button to each code block as it starts: it
inserts the button, then reads the block's width to know whether it scrolls, block after block.
Each insertion invalidates the layout that the next read needs, so the browser lays the page out
once per block. The API reference has over a hundred blocks: Lighthouse counted 650-940 ms of
blocking time on its longest page, most of it these layouts. Written into the HTML here, the
buttons cost nothing at start-up; the block's ``no-copy`` class tells Material to add none of its
own, and Material's clipboard handler, which listens on the whole document for
``[data-clipboard-target]``, serves them as it serves its own.

The markup is Material's (``md-code__nav``, ``md-code__button``, ``data-md-type="copy"``), so its
styles, its tooltip and its "Copied to clipboard" notice apply unchanged. Each button names its
block through an id on the block's ``div``: Material gives the ``pre`` an id of its own.

Plain names (``without_plain_name_spans``). Pygments wraps each name in ``<span class="n">``, and
Material colours that class with the code's own colour (``--md-code-hl-name-color`` is
``var(--md-code-fg-color)``), so the span changes nothing a reader can see: screenshots of the API
reference, the library tour and the notebook, light and dark, differ only in the anti-aliasing of
scattered glyph pixels (by at most 51 of 255 levels), as text is shaped in runs that end at each
element. These spans are 6 to 17 % of those pages' elements, and every element costs time in each
restyle and layout (style recalculation on the longest reference page: about 15 % less).

Examples
--------
>>> block = '<div class="language-python highlight"><pre><span></span><code>x = 1\\n</code></pre></div>'
>>> print(with_copy_buttons(block))  # doctest: +NORMALIZE_WHITESPACE
<div class="language-python highlight no-copy" id="pc-code-1"><pre><span></span><nav class="md-code__nav"><button
class="md-code__button" title="Copy to clipboard" data-clipboard-target="#pc-code-1 code"
data-md-type="copy"></button></nav><code>x = 1
</code></pre></div>
"""

from __future__ import annotations

import itertools
import re

#: A code block as pymdownx.highlight writes it.
_BLOCK = re.compile(r'<div class="(?P<classes>[\w -]*\bhighlight)"><pre><span></span><code')
#: Material's words for the button (theme language "en").
COPY_TITLE = "Copy to clipboard"


def with_copy_buttons(html: str) -> str:
    """Return ``html`` with a copy button written into each code block, numbered in page order."""
    numbers = itertools.count(1)

    def furnish(match: re.Match[str]) -> str:
        block = f"pc-code-{next(numbers)}"
        return (
            f'<div class="{match.group("classes")} no-copy" id="{block}"><pre><span></span>'
            f'<nav class="md-code__nav"><button class="md-code__button" title="{COPY_TITLE}" '
            f'data-clipboard-target="#{block} code" data-md-type="copy"></button></nav><code'
        )

    return _BLOCK.sub(furnish, html)


#: A name as Pygments marks it, text only (no element inside).
_PLAIN_NAME = re.compile(r'<span class="n">([^<]*)</span>')


def without_plain_name_spans(html: str) -> str:
    """Return ``html`` with each Pygments name span replaced by its text.

    Examples
    --------
    >>> without_plain_name_spans('<span class="n">X</span><span class="o">+</span><span class="n">Y</span>')
    'X<span class="o">+</span>Y'
    """
    return _PLAIN_NAME.sub(r"\1", html)
