"""The flip-and-slide scrubber on the formula page shows probconv's products, running sums and sums.

For each pair of dice it offers and each total k, the products P(X = i) P(Y = k - i)
it writes, their running sums and the bars of X + Y built so far are held to the
vectors that probconv_site.explorer_vectors writes from the library. The reader's
ways in are tested too: the slider, the step buttons, the keyboard, a 360 px screen.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.widget_checks import (
    HEADER_PX,
    LABELS,
    OVERFLOW,
    RESERVATION,
    assert_reserved,
    named,
    on_screen,
    open_widget,
    scrubber_numbers,
)

FORMULA_PAGE = "formula/"
SCRUBBER = "[data-pc-scrubber]"
SLIDER = f"{SCRUBBER} input[data-role=total]"


def _scrubber(open_page: Any, width: int = 1280, height: int = 900, **kw: Any) -> Any:
    # Reduced motion by default: the reversed die then moves at once, and positions can be read.
    kw.setdefault("reduced_motion", True)
    return open_widget(open_page, FORMULA_PAGE, f"{SCRUBBER}[data-total]", width=width, height=height, **kw)


_READ = """(root) => {
  const boxes = (sel) => [...root.querySelectorAll(sel)].map((g) => {
    const b = g.querySelector('rect').getBoundingClientRect();
    return {face: +g.dataset.face, centre: b.x + b.width / 2, on: g.classList.length > 1};
  });
  return {
    total: +root.dataset.total, pair: root.dataset.pair,
    products: [...root.querySelectorAll('.pc-scrubber__product[data-product]')].map((t) => ({
      i: +t.dataset.i, j: +t.dataset.j, product: t.dataset.product, partial: t.dataset.partial, text: t.textContent})),
    blank: [...root.querySelectorAll('.pc-scrubber__product:not([data-product])')].map((t) => t.textContent),
    bars: [...root.querySelectorAll('svg[data-role=output] .pc-bar')].map((b) => ({
      value: +b.dataset.value, p: b.dataset.p, on: b.classList.contains('pc-bar--on')})),
    cells: [...root.querySelectorAll('svg[data-role=grid] .pc-cell--on')].map((c) => [+c.dataset.x, +c.dataset.y]),
    x: boxes('.pc-scrubber__xbar'), y: boxes('.pc-scrubber__ybar'),
    sumLine: root.querySelector('[data-role=sum-line]').textContent,
    slider: root.querySelector('input[data-role=total]').value,
  };
}"""


def _assert_shows(display: dict[str, Any], v: dict[str, Any], k: int) -> None:
    where = f"{v['name']}, k = {k}"
    diagonal = v["antidiagonals"][k - 2]
    assert diagonal["total"] == k and display["total"] == k and display["slider"] == str(k), where
    assert display["pair"] == v["name"], where
    # Each overlapping pair shows its product, and the running sum ends at P(X + Y = k).
    assert [[p["i"], p["j"]] for p in display["products"]] == diagonal["pairs"], where
    assert [p["product"] for p in display["products"]] == diagonal["products"], where
    assert [p["partial"] for p in display["products"]] == diagonal["partial"], where
    # Products, running totals and the sum share one format, so that they add up as written.
    n = len(diagonal["products"])
    sum_exact = v["sum"]["exact"][k - 2]
    texts = scrubber_numbers(diagonal["products"] + diagonal["partial"] + [sum_exact])
    terms, running, total = texts[:n], texts[n : 2 * n], texts[-1]
    assert [p["text"] for p in display["products"]] == terms, where
    assert all(text == "" for text in display["blank"]), where
    written = "= " + (" + ".join(terms) + " = " if n > 1 else "") + total
    written += "" if total == sum_exact else f" ({sum_exact})"
    assert written in display["sumLine"], where
    assert "Running total: " + " → ".join(running) in display["sumLine"], where
    # The output is built bar by bar: the totals up to k, and none after.
    nx, ny = len(v["x_weights"]), len(v["y_weights"])
    bars = display["bars"]
    assert [b["value"] for b in bars] == list(range(2, nx + ny + 1)), where
    assert [b["p"] for b in bars[: k - 1]] == v["sum"]["exact"][: k - 1], where
    assert all(b["p"] == "" for b in bars[k - 1 :]), where
    assert [b["value"] for b in bars if b["on"]] == [k], where
    # The small grid lights the same anti-diagonal.
    assert sorted(display["cells"]) == diagonal["pairs"], where
    # The slide: face j of the reversed Y sits under face k - j of X, and those bars are the solid ones.
    x = {b["face"]: b for b in display["x"]}
    y = {b["face"]: b for b in display["y"]}
    for i, j in diagonal["pairs"]:
        assert y[j]["centre"] == pytest.approx(x[i]["centre"], abs=0.5), (where, i, j)
    assert sorted(f for f, b in x.items() if b["on"]) == [i for i, _ in diagonal["pairs"]], where
    assert sorted(f for f, b in y.items() if b["on"]) == sorted(j for _, j in diagonal["pairs"]), where


def test_scrubber_starts_at_four_with_the_chapters_dice(open_page: Any, vectors: list[dict[str, Any]]) -> None:
    watch = _scrubber(open_page)
    display = watch.page.eval_on_selector(SCRUBBER, _READ)
    _assert_shows(display, named(vectors, "chapter"), 4)
    assert "= 0.015 + 0.025 + 0.045 = 0.085 (17/200)" in display["sumLine"]
    assert "Running total: 0.015 → 0.040 → 0.085" in display["sumLine"]
    live = watch.page.locator(f"{SCRUBBER} [role=status]")
    assert live.get_attribute("aria-live") == "polite"
    assert live.text_content() == "k = 4: 3 products, P(X + Y = 4) = 0.085."
    watch.assert_clean()


def test_every_total_of_every_pair_matches_the_library(open_page: Any, vectors: list[dict[str, Any]]) -> None:
    watch = _scrubber(open_page)
    page = watch.page
    pairs = page.evaluate("window.probconvScrubber.pairs")
    assert [p["name"] for p in pairs] == ["chapter", "d4_and_chapter_y", "fair_d4_d6"]
    for pair in pairs:
        v = named(vectors, pair["name"])
        assert (pair["x"], pair["y"]) == (v["x_weights"], v["y_weights"])
        page.select_option(f"{SCRUBBER} select[data-role=pair]", pair["name"])
        nx, ny = len(pair["x"]), len(pair["y"])
        assert page.locator(SLIDER).get_attribute("max") == str(nx + ny)
        for k in range(2, nx + ny + 1):
            page.locator(SLIDER).fill(str(k))
            _assert_shows(page.eval_on_selector(SCRUBBER, _READ), v, k)
    watch.assert_clean()


def test_keyboard_alone_moves_k_with_the_slider_and_the_step_buttons(
    open_page: Any, vectors: list[dict[str, Any]]
) -> None:
    watch = _scrubber(open_page)
    page = watch.page
    chapter = named(vectors, "chapter")
    read = lambda: page.eval_on_selector(SCRUBBER, _READ)  # noqa: E731
    page.locator(f"{SCRUBBER} select[data-role=pair]").focus()
    page.keyboard.press("Tab")  # the previous-total button
    assert page.evaluate("document.activeElement.dataset.action") == "previous"
    page.keyboard.press("Enter")
    _assert_shows(read(), chapter, 3)
    page.keyboard.press("Space")
    _assert_shows(read(), chapter, 2)
    # At the first total the button can do no more, but it keeps the focus, and pressing it changes nothing.
    assert page.locator(f"{SCRUBBER} button[data-action=previous]").get_attribute("aria-disabled") == "true"
    assert page.evaluate("document.activeElement.dataset.action") == "previous"
    page.keyboard.press("Enter")
    _assert_shows(read(), chapter, 2)
    page.locator(SLIDER).focus()
    page.keyboard.press("ArrowRight")
    _assert_shows(read(), chapter, 3)
    page.keyboard.press("End")
    _assert_shows(read(), chapter, 12)
    assert page.locator(f"{SCRUBBER} button[data-action=next]").get_attribute("aria-disabled") == "true"
    page.keyboard.press("Home")
    page.keyboard.press("Tab")  # the next-total button
    assert page.evaluate("document.activeElement.dataset.action") == "next"
    page.keyboard.press("Enter")
    _assert_shows(read(), chapter, 3)
    # The pair of dice is a select: the arrow keys change it, and k stays where it can.
    page.locator(f"{SCRUBBER} select[data-role=pair]").focus()
    page.keyboard.press("ArrowDown")
    _assert_shows(read(), named(vectors, "d4_and_chapter_y"), 3)
    # The slider speaks its value: the total and its probability.
    assert page.locator(SLIDER).get_attribute("aria-valuetext") == "k = 3, P(X + Y = 3) = 0.085"
    page.wait_for_function(
        "() => document.querySelector('[data-pc-scrubber] [role=status]').textContent.startsWith('k = 3: 2 products')"
    )
    watch.assert_clean()


def test_the_mouse_moves_k_with_buttons_bars_and_cells(open_page: Any, vectors: list[dict[str, Any]]) -> None:
    watch = _scrubber(open_page)
    page = watch.page
    chapter = named(vectors, "chapter")
    page.locator(f"{SCRUBBER} button[data-action=next]").click()
    _assert_shows(page.eval_on_selector(SCRUBBER, _READ), chapter, 5)
    page.locator(f'{SCRUBBER} svg[data-role=output] .pc-bar[data-value="3"]').click()
    _assert_shows(page.eval_on_selector(SCRUBBER, _READ), chapter, 3)
    page.locator(f'{SCRUBBER} .pc-cell[data-x="6"][data-y="4"]').click()
    _assert_shows(page.eval_on_selector(SCRUBBER, _READ), chapter, 10)
    watch.assert_clean()


def test_every_control_is_labelled(open_page: Any) -> None:
    watch = _scrubber(open_page, width=360)
    labels = watch.page.eval_on_selector(SCRUBBER, LABELS)
    assert [entry["text"] for entry in labels] == ["Dice", "Total k"]
    assert all(entry["visible"] for entry in labels), labels
    names = watch.page.eval_on_selector_all(f"{SCRUBBER} button", "bs => bs.map(b => b.getAttribute('aria-label'))")
    # Each accessible name starts with the visible text, for people who speak to their browser.
    assert names == ["k − 1, the previous total", "k + 1, the next total"]
    visible = watch.page.eval_on_selector_all(f"{SCRUBBER} button", "bs => bs.map(b => b.textContent)")
    assert [text.strip("←→ ") for text in visible] == ["k − 1", "k + 1"]
    watch.assert_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_at_360px_the_slide_and_the_output_share_the_screen_with_the_slider(open_page: Any, scheme: str) -> None:
    watch = _scrubber(open_page, width=360, height=640, scheme=scheme)
    page = watch.page
    assert page.eval_on_selector(SCRUBBER, OVERFLOW) == []
    # A reader who scrolls the scrubber to the top of the screen sees the slider, the slide and the output.
    page.eval_on_selector(SCRUBBER, f"(r) => window.scrollBy(0, r.getBoundingClientRect().top - {HEADER_PX})")
    page.locator(SLIDER).focus()
    page.keyboard.press("ArrowRight")
    viewport = page.viewport_size
    for part in (SLIDER, f"{SCRUBBER} svg[data-role=slide]", f"{SCRUBBER} svg[data-role=output]"):
        assert on_screen(page.locator(part).bounding_box(), viewport, top=HEADER_PX), part
    assert page.locator(f"{SCRUBBER} svg[data-role=slide]").bounding_box()["width"] > 280
    # Products in neighbouring columns never overlap.
    boxes = page.eval_on_selector_all(
        f"{SCRUBBER} .pc-scrubber__product[data-product]", "ts => ts.map(t => t.getBoundingClientRect().toJSON())"
    )
    for a, b in zip(boxes, boxes[1:], strict=False):
        apart = a["x"] + a["width"] <= b["x"] or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"]
        assert apart, (a, b)
    watch.assert_clean()


@pytest.mark.parametrize("width", [360, 480, 768, 1280])
def test_scrubber_fits_the_space_the_static_page_reserves(open_page: Any, width: int) -> None:
    watch = _scrubber(open_page, width=width)
    assert_reserved(watch.page.eval_on_selector(SCRUBBER, RESERVATION), width)
    watch.assert_clean()


def test_the_reversed_die_slides_unless_the_reader_prefers_less_motion(open_page: Any) -> None:
    watch = _scrubber(open_page, reduced_motion=False)
    group = f"{SCRUBBER} .pc-scrubber__ygroup"
    assert watch.page.eval_on_selector(group, "g => getComputedStyle(g).transitionDuration") != "0s"
    watch = _scrubber(open_page)
    assert watch.page.eval_on_selector(group, "g => getComputedStyle(g).transitionDuration") == "0s"
    watch.assert_clean()


def test_scrubber_initialises_once(open_page: Any) -> None:
    watch = _scrubber(open_page)
    page = watch.page
    page.evaluate("() => { window.probconvScrubber.init(); window.probconvScrubber.init(); }")
    assert page.evaluate("window.probconvScrubber.instances.length") == 1
    assert page.locator(f"{SCRUBBER} svg[data-role=slide]").count() == 1
    watch.assert_clean()
