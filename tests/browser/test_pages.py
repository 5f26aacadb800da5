"""Every page of the built site, as a reader's browser sees it.

Pages come from mkdocs.yml's nav (so collection needs no build); the first
test checks that the built site holds exactly those pages, so none escapes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from probconv_site.pages import chapter_pages
from tests.rawtex import RAW_TEX

from .conftest import PAGE_WEIGHTS, built_pages

PAGES = chapter_pages()
NOTEBOOK_PAGES = {p for p in PAGES if p.startswith("notebook")}
#: No chapter page may transfer more than this, scripts, styles and figures included.
BUDGET_BYTES = int(1.5 * 2**20)

# The page text with code, scripts and formulas taken out; what is left is prose.
_PROSE_TEXT = """() => {
  const root = document.querySelector('.md-content');
  if (!root) return '';
  const clone = root.cloneNode(true);
  clone.querySelectorAll('pre, code, script, style, textarea, math, .highlight').forEach((e) => e.remove());
  return clone.textContent;
}"""
#: axe-core's rule tags for WCAG 2.0, 2.1 and 2.2, levels A and AA.
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
PHONE = 360


def _static_html(built_site: Path, path: str) -> str:
    return (built_site / path / "index.html").read_text(encoding="utf-8")


def test_built_site_has_exactly_the_nav_pages(built_site: Path) -> None:
    assert sorted(built_pages(built_site)) == sorted(PAGES)


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_only_from_this_site_quietly_and_within_budget(
    open_page: Any, path: str, record_property: Any
) -> None:
    watch = open_page(path)
    watch.goto(path)
    watch.scroll_to_bottom()
    watch.page.wait_for_load_state("networkidle")
    weight = watch.transferred_bytes()
    record_property("page_weight_bytes", weight)
    PAGE_WEIGHTS[path] = weight
    watch.assert_clean()
    if path not in NOTEBOOK_PAGES:
        assert weight <= BUDGET_BYTES, f"/{path} transfers {weight / 2**20:.2f} MiB, over the 1.5 MiB budget"


_IMAGES = """async () => {
  const out = [];
  for (const img of document.querySelectorAll('.md-content img')) {
    const shown = getComputedStyle(img).display !== 'none';
    const rendered = shown && img.getClientRects().length > 0;
    if (rendered) {
      img.scrollIntoView({block: 'center'});
      if (!img.complete) {
        await new Promise((ok) => {
          img.addEventListener('load', ok);
          img.addEventListener('error', ok);
          setTimeout(ok, 10000);
        });
      }
    }
    let fetched = null;
    try {
      const r = await fetch(img.src);
      fetched = {status: r.status, type: r.headers.get('content-type') || '', size: (await r.arrayBuffer()).byteLength};
    } catch (e) { fetched = {status: 0, type: String(e), size: 0}; }
    out.push({src: img.getAttribute('src'), alt: (img.getAttribute('alt') || '').trim(), shown, rendered,
              width: img.naturalWidth, fetched});
  }
  return out;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_content_images_load_with_alt_text_and_the_themes_variant(open_page: Any, path: str, scheme: str) -> None:
    watch = open_page(path, scheme=scheme)
    watch.goto(path)
    images = watch.page.evaluate(_IMAGES)
    for img in images:
        where = f"/{path} {img['src'][:80]}"
        assert img["alt"], f"{where}: empty alt text"
        assert img["fetched"]["status"] == 200 and img["fetched"]["size"] > 0, f"{where}: {img['fetched']}"
        assert img["fetched"]["type"].startswith("image/"), f"{where}: {img['fetched']}"
        if img["rendered"]:
            assert img["width"] > 0, f"{where}: shown but did not load"
        if img["src"].endswith("#only-dark"):
            assert img["shown"] == (scheme == "dark"), (
                f"{where}: dark variant shown={img['shown']} in the {scheme} theme"
            )
        if img["src"].endswith("#only-light"):
            assert img["shown"] == (scheme == "light"), (
                f"{where}: light variant shown={img['shown']} in the {scheme} theme"
            )
    light = sum(img["src"].endswith("#only-light") for img in images)
    dark = sum(img["src"].endswith("#only-dark") for img in images)
    assert light == dark, f"/{path}: {light} light variants but {dark} dark ones"
    watch.assert_clean()


@pytest.mark.parametrize("path", PAGES)
def test_formulas_are_mathml_with_no_script_and_no_raw_tex(open_page: Any, built_site: Path, path: str) -> None:
    watch = open_page(path)
    watch.goto(path)
    page = watch.page
    prose = page.evaluate(_PROSE_TEXT)
    leftovers = [prose[max(m.start() - 30, 0) : m.end() + 30] for m in RAW_TEX.finditer(prose)]
    assert not leftovers, f"/{path}: raw TeX visible: {leftovers[:5]}"
    assert page.evaluate("typeof window.MathJax === 'undefined' && typeof window.katex === 'undefined'")
    shown = page.locator(".md-content math").count()
    assert shown == _static_html(built_site, path).count("<math"), f"/{path}: formulas lost between build and browser"
    watch.assert_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_wcag_a_or_aa_violation(open_page: Any, path: str, scheme: str) -> None:
    """The whole page, Material's header, navigation, search and footer included."""
    from axe_playwright_python.sync_playwright import Axe

    watch = open_page(path, scheme=scheme)
    watch.goto(path)
    watch.settle()
    results = Axe().run(watch.page, options={"runOnly": {"type": "tag", "values": WCAG_AA},
                                             "resultTypes": ["violations"]})
    violations = results.response["violations"]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> " + "; ".join(str(n["target"][0]) for n in v["nodes"][:4])
        for v in violations
    )
    assert not violations, f"/{path} ({scheme}):\n{report}"
    watch.assert_clean()


def test_search_dialog_has_a_name(open_page: Any) -> None:
    watch = open_page("")
    watch.goto("")
    dialog = watch.page.locator('[data-md-component="search"][role="dialog"]')
    assert dialog.get_attribute("aria-label"), "Material's search dialog lost the name overrides/main.html gives it"


# Elements that extend past the screen's edges and are not inside a box that scrolls or clips.
_OFF_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  const insideScrollBox = (el) => {
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
      if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(box).overflowX)) {
        const r = box.getBoundingClientRect();
        if (r.left >= -1 && r.right <= width + 1) return true;
      }
    }
    return false;
  };
  const out = [];
  for (const el of document.querySelectorAll(".md-header *, .md-main *, .md-footer *")) {
    // The navigation drawer and the search overlay wait off-screen until opened.
    if (el.closest(".md-sidebar, .md-search, [hidden], .md-top, .md-tooltip, .md-tooltip2")) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
    if ((r.right > width + 1 || r.left < -1) && !insideScrollBox(el)) {
      out.push(`<${el.tagName.toLowerCase()} class="${el.className.baseVal ?? el.className}"> ` +
               `[${Math.round(r.left)}, ${Math.round(r.right)}] ${el.textContent.trim().slice(0, 40)}`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, out};
}"""
# Shown boxes that scroll sideways: each must be focusable and named, so the keyboard reaches it. A box in
# a closed <details> is neither shown nor reachable; it is measured when the details opens.
_SCROLL_BOXES = """() => [...document.querySelectorAll(
    '.md-typeset .formula, .md-typeset .md-typeset__scrollwrap, .md-typeset pre > code')]
  .filter((b) => !b.closest('details:not([open])') && b.scrollWidth > b.clientWidth + 1)
  .map((b) => ({html: b.outerHTML.slice(0, 80), tabindex: b.getAttribute('tabindex'),
                label: b.getAttribute('aria-label'), inDetails: b.closest('details') !== null}))"""
# Font sizes of the body text and of math in table headers.
_SIZES = """() => {
  const size = (el) => parseFloat(getComputedStyle(el).fontSize);
  const p = document.querySelector('.md-typeset p');
  return {body: p ? size(p) : 0, headers: [...document.querySelectorAll('.md-typeset th math')].map(size)};
}"""


@pytest.mark.parametrize("path", PAGES)
def test_nothing_runs_off_a_phone_screen(open_page: Any, path: str) -> None:
    watch = open_page(path, width=PHONE, height=740)
    watch.goto(path)
    page = watch.page
    watch.settle()
    found = page.evaluate(_OFF_SCREEN)
    assert found["scrollWidth"] <= found["width"], f"/{path} scrolls sideways at {PHONE} px: {found}"
    assert not found["out"], f"/{path} at {PHONE} px, off the screen:\n" + "\n".join(found["out"][:8])
    for box in page.evaluate(_SCROLL_BOXES):
        assert box["tabindex"] == "0" and box["label"], f"/{path}: the keyboard cannot reach a scrolling box: {box}"
    sizes = page.evaluate(_SIZES)
    assert all(size >= sizes["body"] for size in sizes["headers"]), f"/{path}: math in a table header is small: {sizes}"
    watch.assert_clean()


def test_a_formula_that_scrolls_in_an_opened_solution_is_reachable(open_page: Any) -> None:
    """The exercises' solutions are closed <details>; one holds a formula wider than a phone, marked once opened.

    Material makes a code block that scrolls focusable, without a name, once it is on the screen, which may
    be before this site's script measures it: the code blocks start out so here, and must end up named."""
    watch = open_page("exercises/", width=PHONE, height=740)
    watch.goto("exercises/")
    page = watch.page
    page.locator("details pre > code").evaluate_all("(codes) => codes.forEach((c) => c.setAttribute('tabindex', '0'))")
    summaries = page.locator("details > summary")
    for index in range(summaries.count()):
        summaries.nth(index).click()
    assert page.evaluate("document.querySelectorAll('details:not([open])').length") == 0
    page.evaluate("document.fonts.ready")
    found = page.evaluate(_SCROLL_BOXES)
    assert any(box["inDetails"] and box["html"].startswith('<div class="formula') for box in found), found
    assert any(box["inDetails"] and box["html"].startswith("<code") for box in found), found
    # Marked when each details' toggle event comes, a task after its click: wait for it, not for a fixed time.
    page.wait_for_function(f"({_SCROLL_BOXES})().every((box) => box.tabindex === '0' && box.label)")
    watch.assert_clean()
