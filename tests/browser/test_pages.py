"""Every page of the built site, as a reader's browser sees it.

Pages come from mkdocs.yml's nav (so collection needs no build); the first
test checks that the built site holds exactly those pages, so none escapes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import PAGE_WEIGHTS, built_pages, chapter_pages

PAGES = chapter_pages()
NOTEBOOK_PAGES = {p for p in PAGES if p.startswith("notebook")}
#: No chapter page may transfer more than this, scripts, styles and figures included.
BUDGET_BYTES = int(1.5 * 2**20)
SERIOUS = {"serious", "critical"}

# Raw TeX a reader must never see: \( \) and \[ \] delimiters, $$, $...$ and common commands.
RAW_TEX = re.compile(
    r"\\\(|\\\)|\\\[|\\\]|\$\$|\\(?:frac|sum|int|begin|mathbb|mathrm|cdot|sqrt|left|right)\b"
    r"|(?<![\\$\w])\$(?=\S)[^$\n]{1,200}?(?<=[^\s\\])\$(?![\w$])"
)
# The page text with code, scripts and typeset maths taken out; what is left is prose.
_PROSE_TEXT = """() => {
  const root = document.querySelector('.md-content');
  if (!root) return '';
  const clone = root.cloneNode(true);
  clone.querySelectorAll('pre, code, script, style, textarea, mjx-container, .highlight').forEach((e) => e.remove());
  return clone.textContent;
}"""
_MATH_DONE = """() => {
  const pending = [...document.querySelectorAll('.arithmatex')].some((e) => !e.querySelector('mjx-container'));
  return !pending && (!window.MathJax || !MathJax.startup || !!MathJax.startup.document);
}"""


def _static_html(built_site: Path, path: str) -> str:
    return (built_site / path / "index.html").read_text(encoding="utf-8")


def _has_math(html: str) -> bool:
    """True when the page, as built, holds maths for MathJax (arithmatex or notebook markdown)."""
    if 'class="arithmatex"' in html:
        return True
    cells = re.findall(r'jp-RenderedMarkdown.*?</div>\s*</div>', html, flags=re.S)
    return any(RAW_TEX.search(re.sub(r"<[^>]+>", "", cell)) for cell in cells)


def _wait_for_math(watch: Any) -> None:
    try:
        watch.page.wait_for_function(_MATH_DONE, timeout=20_000)
    except Exception:  # the assertions below say what is missing
        pass


def test_built_site_has_exactly_the_nav_pages(built_site: Path) -> None:
    assert sorted(built_pages(built_site)) == sorted(PAGES)


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_only_from_this_site_quietly_and_within_budget(
    open_page: Any, path: str, record_property: Any
) -> None:
    watch = open_page(path)
    watch.goto(path)
    watch.scroll_to_bottom()
    _wait_for_math(watch)
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
def test_math_is_typeset_and_no_raw_tex_is_left(open_page: Any, built_site: Path, path: str) -> None:
    watch = open_page(path)
    watch.goto(path)
    _wait_for_math(watch)
    page = watch.page
    prose = page.evaluate(_PROSE_TEXT)
    leftovers = [prose[max(m.start() - 30, 0) : m.end() + 30] for m in RAW_TEX.finditer(prose)]
    assert not leftovers, f"/{path}: raw TeX visible: {leftovers[:5]}"
    typeset = page.locator(".md-content mjx-container").count()
    if _has_math(_static_html(built_site, path)):
        assert typeset > 0, f"/{path} has maths but MathJax typeset none of it"
    watch.assert_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_content_has_no_serious_accessibility_violation(open_page: Any, path: str, scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    watch = open_page(path, scheme=scheme)
    watch.goto(path)
    _wait_for_math(watch)
    # Material's own header, search and navigation have known findings; the chapter is .md-content.
    results = Axe().run(watch.page, context=".md-content", options={"resultTypes": ["violations"]})
    serious = [v for v in results.response["violations"] if v.get("impact") in SERIOUS]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> " + "; ".join(n["target"][0] for n in v["nodes"][:4])
        for v in serious
    )
    assert not serious, f"/{path} ({scheme}):\n{report}"
    watch.assert_clean()
