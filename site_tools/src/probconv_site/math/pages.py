r"""Find the formulas in a page's HTML and replace them with MathML, or with plain text.

Two kinds of pages hold TeX:

* Markdown pages: pymdownx.arithmatex (generic mode) leaves ``<span class="arithmatex">\(…\)</span>``
  for inline formulas and ``<div class="arithmatex">\[…\]</div>`` for display ones;
* the notebook page: nbconvert leaves the raw ``$…$`` and ``$$…$$`` of the Markdown cells in
  plain paragraphs inside ``.jp-RenderedMarkdown``. Only those blocks are searched, so that a
  dollar sign in code or in an output is never taken for mathematics.

Each page gets two versions: the one readers see, with MathML, and one for the search index,
where each formula is its plain-text reading (:func:`probconv_site.math.plain.plain_text`).

Examples
--------
>>> from probconv_site.math.renderer import Typesetter
>>> with Typesetter(cache_file=None) as typeset:
...     page = typeset_html('<p>Sum <span class="arithmatex">\\(x + y\\)</span> and more.</p>', typeset)
>>> page.html
'<p>Sum <math class="tml-wrap"><mrow><mi>x</mi><mo>+</mo></mrow><mrow><mi>y</mi></mrow></math> and more.</p>'
>>> page.plain, page.errors
('<p>Sum x + y and more.</p>', [])
>>> with Typesetter(cache_file=None) as typeset:
...     typeset_title('Why no \\(\\sqrt{2}\\) appears', typeset)
'Why no √2 appears'
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .plain import plain_text
from .renderer import Formula, TexError

#: What pymdownx.arithmatex (generic mode) writes around a formula.
ARITHMATEX = re.compile(r'<(?P<tag>span|div) class="arithmatex">(?P<body>.*?)</(?P=tag)>', re.DOTALL)
#: The TeX delimiters arithmatex keeps inside that element.
DELIMITED = re.compile(r"^\s*(?:\\\((?P<inline>.*)\\\)|\\\[(?P<display>.*)\\\])\s*$", re.DOTALL)
#: A rendered Markdown cell of a notebook (nbconvert's lab template).
NOTEBOOK_MARKDOWN = re.compile(r'(<div class="[^"]*\bjp-RenderedMarkdown\b[^"]*"[^>]*>)(.*?)(</div>)', re.DOTALL)
#: Notebook TeX: a display formula alone in its paragraph, or an inline one (not an escaped \$).
NOTEBOOK_TEX = re.compile(r"<p>\s*\$\$(?P<display>.+?)\$\$\s*</p>"
                          r"|(?<![\\$])\$(?!\$)(?P<inline>[^$<]+?)(?<!\\)\$", re.DOTALL)
#: TeX in a heading's text, as the table of contents receives it.
TITLE_TEX = re.compile(r"\\\((?P<a>.+?)\\\)|(?<![\\$])\$(?P<b>[^$]+?)\$")
#: What search would show as text on a notebook page: the pilcrow nbconvert links each heading
#: with, and each code cell's copy button (its "Copied!" notice and the hidden copy of the code).
NOTEBOOK_CHROME = re.compile(r'<a class="anchor-link" href="[^"]*">¶</a>|<span class="notice" hidden="">Copied!</span>'
                             r'|<div class="clipboard-copy-txt"[^>]*>.*?</div>', re.DOTALL)

Typeset = Callable[[Formula], str]


@dataclass
class TypesetPage:
    """A page's HTML with MathML (``html``), with plain text for search (``plain``), and what failed."""

    html: str
    plain: str
    errors: list[str] = field(default_factory=list)


#: An inline formula and the text written against it: "(" before, "." or "-fold" after.
GLUED = re.compile(r'(?P<head>[^\s>]{1,3})?'
                   r'(?P<math><math(?![^>]*display="block")[^>]*>.*?</math>)'
                   r'(?P<tail>[^\s<]{1,20})?', re.DOTALL)


def glue_inline(page_html: str) -> str:
    """Keep each inline formula on one line with the punctuation or letters written against it.

    A browser may break a line on either side of an inline formula, even before the full stop
    that ends the sentence. A ``span.math-glue`` (``white-space: nowrap`` in extra.css) holds a
    formula and its neighbours together. A formula that may break between its rows
    (``math.tml-wrap``) would still break after its last row, whatever the span says, so the text
    after it moves into that row, set in the body font (``mtext.math-tail``).

    Examples
    --------
    >>> glue_inline("is (<math><mi>x</mi></math>). Then <math><mi>y</mi></math> and")
    'is <span class="math-glue">(<math><mi>x</mi></math>).</span> Then <math><mi>y</mi></math> and'
    >>> glue_inline('so <math class="tml-wrap"><mrow><mi>a</mi></mrow><mrow><mi>b</mi></mrow></math>.')
    'so <math class="tml-wrap"><mrow><mi>a</mi></mrow><mrow><mi>b</mi><mtext class="math-tail">.</mtext></mrow></math>'
    """
    end = "</mrow></math>"

    def glue(match: re.Match[str]) -> str:
        head, math, tail = match.group("head") or "", match.group("math"), match.group("tail") or ""
        if tail and math.startswith('<math class="tml-wrap">') and math.endswith(end):
            math, tail = f'{math[:-len(end)]}<mtext class="math-tail">{tail}</mtext>{end}', ""
        return f'<span class="math-glue">{head}{math}{tail}</span>' if head or tail else math

    return GLUED.sub(glue, page_html)


def display_block(mathml: str) -> str:
    """The box around a display formula: it scrolls sideways when the formula is wider than the column."""
    return f'<div class="formula">{mathml}</div>'


class _Replacer:
    """Typeset formulas, collect errors, and write each replacement in both versions."""

    def __init__(self, typeset: Typeset) -> None:
        self.typeset = typeset
        self.errors: list[str] = []

    def both(self, tex: str, display: bool) -> tuple[str, str]:
        formula = Formula(html.unescape(tex).strip(), display)
        try:
            mathml = self.typeset(formula)
        except TexError as error:
            self.errors.append(str(error))
            return "", ""
        plain = html.escape(plain_text(mathml), quote=False)
        if display:
            return display_block(mathml), f"<p>{plain}</p>"
        return mathml, plain


def _substitute(pattern: re.Pattern[str], text: str, replace: Callable[[re.Match[str]], tuple[str, str]]
                ) -> tuple[str, str]:
    """Apply ``replace`` (which gives the MathML and the plain replacement) to every match of ``pattern``."""
    rich: list[str] = []
    plain: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        rich.append(text[last:match.start()])
        plain.append(text[last:match.start()])
        a, b = replace(match)
        rich.append(a)
        plain.append(b)
        last = match.end()
    rich.append(text[last:])
    plain.append(text[last:])
    return "".join(rich), "".join(plain)


def typeset_html(page_html: str, typeset: Typeset, notebook: bool = False) -> TypesetPage:
    """Replace every formula of a Markdown page (or, with ``notebook``, of a notebook page)."""
    replacer = _Replacer(typeset)

    def arithmatex(match: re.Match[str]) -> tuple[str, str]:
        body = DELIMITED.match(match.group("body"))
        if body is None:
            replacer.errors.append(f"{match.group(0)}: not a \\( \\) or \\[ \\] formula")
            return match.group(0), match.group(0)
        display = body.group("display") is not None
        return replacer.both(body.group("display") if display else body.group("inline"), display)

    def notebook_formula(match: re.Match[str]) -> tuple[str, str]:
        display = match.group("display") is not None
        return replacer.both(match.group("display") if display else match.group("inline"), display)

    def notebook_cell(match: re.Match[str]) -> tuple[str, str]:
        rich, plain = _substitute(NOTEBOOK_TEX, match.group(2), notebook_formula)
        return match.group(1) + rich + match.group(3), match.group(1) + plain + match.group(3)

    if notebook:
        rich, plain = _substitute(NOTEBOOK_MARKDOWN, page_html, notebook_cell)
        plain = NOTEBOOK_CHROME.sub("", plain)
    else:
        rich, plain = _substitute(ARITHMATEX, page_html, arithmatex)
    return TypesetPage(glue_inline(rich), plain, replacer.errors)


def typeset_title(title: str, typeset: Typeset) -> str:
    """``title`` with each formula (``\\(…\\)`` or ``$…$``) replaced by its plain-text reading.

    A formula Temml rejects raises :class:`~probconv_site.math.renderer.TexError`.
    """
    def plain(match: re.Match[str]) -> str:
        tex = html.unescape(match.group("a") or match.group("b") or "")
        return plain_text(typeset(Formula(tex.strip(), display=False)))

    return TITLE_TEX.sub(plain, title)
