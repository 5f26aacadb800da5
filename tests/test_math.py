"""Formulas are typeset at build time: MathML in the page, plain text in the TOC, clear errors.

These run the math hook on small pages, without a site build; Node and Temml come from
``make install``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.toc import AnchorLink

from probconv_site.hooks import math as math_hook
from probconv_site.math import font
from probconv_site.math.pages import typeset_html
from probconv_site.math.plain import plain_text
from probconv_site.math.renderer import Formula, Typesetter


@pytest.fixture(scope="module", autouse=True)
def stop_the_hooks_node_process() -> Any:
    yield
    math_hook.on_shutdown()


@pytest.fixture(scope="module")
def typeset() -> Any:
    with Typesetter(cache_file=None) as typesetter:
        yield typesetter


def fake_page(src: str, toc: list[AnchorLink] | None = None, title: str = "A page") -> Any:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src), toc=toc or [], title=title)


def arithmatex(tex: str, display: bool = False) -> str:
    return f'<div class="arithmatex">\\[{tex}\\]</div>' if display else f'<span class="arithmatex">\\({tex}\\)</span>'


def top_rows(mathml: str) -> list[str]:
    """The tags of the <math> element's children."""
    return [child.tag for child in ET.fromstring(mathml)]


def test_a_tex_error_fails_the_build_naming_the_page_and_the_formula() -> None:
    html = "<p>Fine " + arithmatex("x + 1") + " and broken " + arithmatex(r"\frac{1}{") + "</p>"
    with pytest.raises(PluginError) as caught:
        math_hook.on_page_content(html, page=fake_page("dice.md"), config=None, files=None)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "dice.md" in message and r"\frac{1}{" in message
    assert "x + 1" not in message, "only the broken formula is named"


def test_a_character_outside_the_math_font_fails_the_build_naming_it() -> None:
    with pytest.raises(PluginError, match=r"exercises\.md.*ℵ \(U\+2135\)"):
        math_hook.on_page_content(arithmatex(r"\aleph_0"), page=fake_page("exercises.md"),  # type: ignore[arg-type]
                                  config=None, files=None)


def test_headings_get_plain_toc_labels_and_the_search_gets_plain_formulas() -> None:
    toc = [AnchorLink(r"Why no \(\sqrt{2}\) appears", "why", 2)]
    toc[0].children = [AnchorLink(r"The line \(x + y = z\)", "line", 3)]
    page = fake_page("continuous.md", toc=toc)
    html = "<h2>Why no " + arithmatex(r"\sqrt{2}") + " appears</h2><p>" + arithmatex("f * g", display=True) + "</p>"
    for_search = math_hook.on_page_content(html, page=page, config=None, files=None)  # type: ignore[arg-type]
    assert [toc[0].title, toc[0].children[0].title] == ["Why no √2 appears", "The line x + y = z"]
    assert "√2" in for_search and "<math" not in for_search and "\\" not in for_search
    math_hook.on_page_context({}, page=page, config=None, nav=None)  # type: ignore[arg-type]
    assert page.content.count("<math") == 2 and '<div class="formula">' in page.content


def test_notebook_math_is_typeset_only_in_markdown_cells(typeset: Any) -> None:
    html = ('<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput"><p>For $X$:</p>'
            '<p>$$\nP(X = k)\n$$</p></div>'
            '<div class="jp-OutputArea-output"><pre>costs $5 and $6</pre></div>')
    page = typeset_html(html, typeset, notebook=True)
    assert page.html.count("<math") == 2 and 'display="block"' in page.html
    assert "costs $5 and $6" in page.html, "a dollar sign in an output is not mathematics"
    assert "For X:" in page.plain and "<p>P(X = k)</p>" in page.plain


def test_inline_formulas_may_break_after_an_operator(typeset: Any) -> None:
    mathml = typeset(Formula("P(X + Y = k) = \\sum_i p_i q_{k-i}", display=False))
    assert 'class="tml-wrap"' in mathml and top_rows(mathml) == ["mrow", "mrow"]


def test_no_break_leaves_an_operator_alone_or_splits_an_operator_name_from_its_argument(typeset: Any) -> None:
    for tex in (r"X_1 + X_2 + \cdots + X_n", r"k = 1, \dots, 6", r"\operatorname{Var}[Y] = 223/80"):
        rows = ET.fromstring(typeset(Formula(tex, display=False)))
        for row in rows:
            tags = [child.tag for child in row if child.tag != "mspace"]
            assert set(tags) != {"mo"}, f"{tex}: a row of operators only: {ET.tostring(row, encoding='unicode')}"
            assert not (row[-1].tag == "mo" and row[-1].text in ("\u2061", ",")), f"{tex}: a break after Var or a comma"


def test_punctuation_written_against_a_formula_stays_on_its_line(typeset: Any) -> None:
    page = typeset_html("<p>(" + arithmatex("x") + "). Then " + arithmatex("a = b") + ".</p>", typeset)
    assert '<span class="math-glue">(<math><mi>x</mi></math>).</span>' in page.html
    assert '<mtext class="math-tail">.</mtext></mrow></math></p>' in page.html
    assert page.plain == "<p>(x). Then a = b.</p>"


def test_display_formulas_may_break_before_each_equals_after_the_first(typeset: Any) -> None:
    mathml = typeset(Formula("a = b + c = d = e", display=True))
    assert "tml-wrap" in mathml and top_rows(mathml) == ["mrow", "mrow", "mrow"]
    assert "tml-wrap" not in typeset(Formula("a = b + c", display=True))


@pytest.mark.parametrize(
    ("tex", "plain"),
    [
        ("x + y = z", "x + y = z"),
        (r"\sqrt{2}", "√2"),
        (r"N(\mu_1 + \mu_2, \sigma_1^2 + \sigma_2^2)", "N(μ₁ + μ₂, σ₁² + σ₂²)"),
        (r"\tfrac{1}{6}", "1/6"),
        (r"6 \times 6", "6 × 6"),
        (r"f_{X+Y}(z)", "f_(X+Y)(z)"),
        (r"-x", "−x"),
    ],
)
def test_plain_readings_of_formulas(typeset: Any, tex: str, plain: str) -> None:
    assert plain_text(typeset(Formula(tex, display=False))) == plain


def test_the_cache_answers_without_node(tmp_path: Path) -> None:
    cache = tmp_path / "formulas.json"
    formula = Formula(r"\int f(t)\, g(x - t)\, dt", display=True)
    with Typesetter(cache_file=cache) as first:
        mathml = first(formula)
        first.save(prune=True)
    with Typesetter(cache_file=cache) as second:
        assert second(formula) == mathml
        assert second._process is None, "a cached formula must not start Node"


def test_the_math_font_keeps_its_math_table_and_every_character_it_promises() -> None:
    from fontTools.ttLib import TTFont

    with TTFont(str(font.subset_font())) as subset, TTFont(str(font.SOURCE)) as original:
        assert "MATH" in subset, "without the MATH table, fractions and big operators fall apart"
        missing = font.font_codepoints() - set(subset.getBestCmap())
        source = set(original.getBestCmap())
    lost = sorted(missing & source)
    assert not lost, f"characters the source font has but the subset lost: {lost[:10]}"
