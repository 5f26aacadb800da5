"""The live dice explorer computes and shows exactly what probconv computes, on a scale that holds still.

The reference numbers are the test vectors that probconv_site.explorer_vectors
writes from the library; the page is driven the way a reader drives it (face
counts picked from a select, sliders set by value and by keyboard, the total
picked from the select, the preset buttons clicked).
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

import pytest

from probconv_site import explorer_vectors
from tests.browser.widget_checks import (
    HEADER_PX,
    LABELS,
    OVERFLOW,
    REL_TOL,
    RESERVATION,
    assert_reserved,
    js_fixed,
    named,
    on_screen,
    open_widget,
    short_decimal,
)

DICE_PAGE = "dice/"
EXPLORER = "[data-pc-explorer]"
SUM = f"{EXPLORER} svg[data-role=sum]"


def _explorer(open_page: Any, scheme: str = "light", width: int = 1280, height: int = 900, **kw: Any) -> Any:
    return open_widget(open_page, DICE_PAGE, f"{EXPLORER}[data-state]", scheme=scheme, width=width, height=height, **kw)


def _wait_for_stage_measured(page: Any) -> None:
    """Wait until the stage's height is on the explorer: a ResizeObserver measures it for a frame after the start."""
    page.wait_for_function(f"document.querySelector('{EXPLORER}').style.getPropertyValue('--pc-stage-height') !== ''")


def _set_weights(page: Any, x: list[int], y: list[int]) -> None:
    """Pick each die's number of faces, then set its sliders the way a reader could: by value, one input each."""
    for die, weights in (("x", x), ("y", y)):
        page.select_option(f'{EXPLORER} select[data-role=faces][data-die="{die}"]', str(len(weights)))
        for face, w in enumerate(weights, start=1):
            page.locator(f'{EXPLORER} input[data-die="{die}"][data-face="{face}"]').fill(str(w))


_READ_DISPLAY = """(root) => {
  const attrs = (sel) => [...root.querySelectorAll(sel)].map((e) => ({
    p: e.getAttribute('data-p'), pf: e.getAttribute('data-pf'), x: e.getAttribute('data-x'),
    y: e.getAttribute('data-y'), value: e.getAttribute('data-value'),
    height: parseFloat(e.getAttribute('data-height')),
    text: (e.querySelector('text') || e).textContent }));
  return {
    state: root.getAttribute('data-state'),
    faces: root.getAttribute('data-faces'),
    scale: root.querySelector('svg[data-role=sum]').getAttribute('data-scale'),
    cells: attrs('svg[data-role=grid] .pc-cell'),
    bars: attrs('svg[data-role=sum] .pc-bar'),
    table: [...root.querySelectorAll('[data-role=sum-table] tbody tr')]
      .map((tr) => [...tr.children].map((c) => c.textContent)),
    x: [...root.querySelectorAll('input[data-die=x]')].map((e) => e.getAttribute('data-p')),
    y: [...root.querySelectorAll('input[data-die=y]')].map((e) => e.getAttribute('data-p')),
    headline: root.querySelector('[data-role=headline]').textContent,
    callout: root.querySelector('[data-role=callout]').textContent,
    legend: root.querySelector('[data-role=legend]').textContent,
  };
}"""


def _display(page: Any) -> dict[str, Any]:
    display: dict[str, Any] = page.eval_on_selector(EXPLORER, _READ_DISPLAY)
    return display


def _assert_display_matches(display: dict[str, Any], v: dict[str, Any], total: int = 4) -> None:
    name = v["name"]
    nx, ny = len(v["x_weights"]), len(v["y_weights"])
    assert display["state"] == "ok", name
    assert display["faces"] == f"{nx},{ny}", name
    assert display["x"] == v["x"]["exact"], name
    assert display["y"] == v["y"]["exact"], name
    cells = display["cells"]
    assert len(cells) == nx * ny, name
    for cell in cells:
        i, j = int(cell["x"]) - 1, int(cell["y"]) - 1
        assert cell["p"] == v["grid"]["exact"][i][j], f"{name}: cell ({i + 1}, {j + 1})"
        assert float(cell["pf"]) == pytest.approx(v["grid"]["float"][i][j], rel=REL_TOL, abs=0), name
        # Cells large enough to read carry the library's value, rounded; small ones only their shade.
        if max(nx, ny) <= 7:
            assert cell["text"] == short_decimal(v["grid"]["exact"][i][j]), f"{name}: cell ({i + 1}, {j + 1})"
    assert [int(b["value"]) for b in display["bars"]] == list(range(2, nx + ny + 1)), name
    assert [b["p"] for b in display["bars"]] == v["sum"]["exact"], name
    for bar, want in zip(display["bars"], v["sum"]["float"], strict=True):
        assert float(bar["pf"]) == pytest.approx(want, rel=REL_TOL, abs=0), name
    # The table the reader can open shows the same distribution, exactly and rounded, beside fair dice.
    assert [row[0] for row in display["table"]] == [str(z) for z in range(2, nx + ny + 1)], name
    assert [row[2] for row in display["table"]] == v["sum"]["exact"], name
    assert [row[1] for row in display["table"]] == [js_fixed(p, 4) for p in v["sum"]["exact"]], name
    assert [row[3] for row in display["table"]] == [js_fixed(p, 4) for p in v["fair_sum"]["exact"]], name
    want = f"P(X + Y = {total}) = {v['sum']['exact'][total - 2]}"
    assert display["headline"].startswith(want), display["headline"]
    assert display["callout"].startswith(want), display["callout"]
    assert f"d{nx} + d{ny}" in display["legend"], display["legend"]


def _bar_scale(display: dict[str, Any]) -> list[float]:
    """Height per unit of probability of every non-empty bar: one number when the scale holds still."""
    return [b["height"] / float(b["pf"]) for b in display["bars"] if b["pf"] and float(b["pf"]) > 0]


def test_explorer_starts_with_the_chapters_dice(open_page: Any, vectors: list[dict[str, Any]]) -> None:
    watch = _explorer(open_page)
    display = _display(watch.page)
    _assert_display_matches(display, named(vectors, "chapter"))
    assert display["headline"] == "P(X + Y = 4) = 17/200 = 0.085"
    assert "0.10 × 0.15 + 0.10 × 0.25 + 0.15 × 0.30 = 0.085" in display["callout"]
    assert display["scale"] == "0.25"
    live = watch.page.locator(f"{EXPLORER} [role=status]")
    assert live.get_attribute("aria-live") == "polite"
    assert "17/200" in live.text_content()
    watch.assert_clean()


def test_explorer_compute_matches_the_library_on_every_vector(open_page: Any, vectors: list[dict[str, Any]]) -> None:
    """The pure function, evaluated in the page, against every vector, fair references included."""
    watch = _explorer(open_page)
    got = watch.page.evaluate(
        """(vectors) => vectors.map((v) => {
             const W = window.probconvWidgets;
             const r = window.probconvExplorer.compute(v.x_weights, v.y_weights);
             const fair = W.compute(W.fairWeights(v.x_weights.length), W.fairWeights(v.y_weights.length));
             const t = (ps) => ps.map((p) => p.text), f = (ps) => ps.map((p) => p.value);
             return {x: t(r.x.probs), y: t(r.y.probs), grid: r.grid.probs.map(t), gridf: r.grid.probs.map(f),
                     sum: t(r.sum.probs), sumf: f(r.sum.probs), start: r.sum.start, xs: r.grid.xs, ys: r.grid.ys,
                     fair: t(fair.sum.probs)};
           })""",
        vectors,
    )
    assert len(got) == len(vectors) >= 14
    for v, r in zip(vectors, got, strict=True):
        name = v["name"]
        assert r["x"] == v["x"]["exact"] and r["y"] == v["y"]["exact"], name
        assert r["xs"] == v["grid"]["xs"] and r["ys"] == v["grid"]["ys"], name
        assert r["grid"] == v["grid"]["exact"], name
        assert r["sum"] == v["sum"]["exact"] and r["start"] == v["sum"]["start"], name
        assert r["sumf"] == pytest.approx(v["sum"]["float"], rel=REL_TOL, abs=0), name
        for row, want in zip(r["gridf"], v["grid"]["float"], strict=True):
            assert row == pytest.approx(want, rel=REL_TOL, abs=0), name
        assert r["fair"] == v["fair_sum"]["exact"], name
    watch.assert_clean()


def test_explorer_rejects_weights_the_library_rejects(open_page: Any) -> None:
    watch = _explorer(open_page)
    errors = watch.page.evaluate(
        """() => [[[0,0,0,0,0,0],[1,1,1,1,1,1]], [[1,1,1,1,1,1],[1,-1,1,1,1,1]], [[1],[1,1,1,1,1,1]],
                  [[1.5,1,1,1,1,1],[1,1,1,1,1,1]], [new Array(21).fill(1), [1, 1]]].map(([x, y]) => {
             try { window.probconvExplorer.compute(x, y); return null; } catch (e) { return e.name + ': ' + e.message; }
           })"""
    )
    assert all(e and e.startswith("RangeError") for e in errors), errors
    assert "Die X has no positive weight" in errors[0]
    assert "2 to 20 weights" in errors[2] and "2 to 20 weights" in errors[4]
    watch.assert_clean()


def test_sliders_set_to_each_vector_show_the_librarys_grid_and_sum(
    open_page: Any, vectors: list[dict[str, Any]]
) -> None:
    watch = _explorer(open_page)
    for v in vectors:
        _set_weights(watch.page, v["x_weights"], v["y_weights"])
        _assert_display_matches(_display(watch.page), v)
    watch.assert_clean()


def test_unequal_dice_from_the_preset_and_from_the_keyboard(open_page: Any, vectors: list[dict[str, Any]]) -> None:
    watch = _explorer(open_page)
    page = watch.page
    page.locator(f"{EXPLORER} button[data-action=d4d6]").click()
    _assert_display_matches(_display(page), named(vectors, "fair_d4_d6"))
    # The grid is 4 columns (X) by 6 rows (Y); the anti-diagonal of 7 has four cells.
    page.select_option(f"{EXPLORER} select[data-role=total]", "7")
    on = page.eval_on_selector_all(".pc-cell.pc-cell--on", "cs => cs.map(c => [+c.dataset.x, +c.dataset.y])")
    assert sorted(on) == [[1, 6], [2, 5], [3, 4], [4, 3]]
    # Keyboard only: X's face count goes up from 4 to 5 with an arrow key; the new face gets weight 1.
    faces = page.locator(f'{EXPLORER} select[data-role=faces][data-die="x"]')
    faces.focus()
    page.keyboard.press("ArrowDown")
    assert faces.input_value() == "5"
    want = explorer_vectors.vector("keyboard", (1,) * 5, (1,) * 6)
    _assert_display_matches(_display(page), want, total=7)
    assert page.locator(f"{EXPLORER} input[data-die=x]").count() == 5
    watch.assert_clean()


def test_arrow_key_on_a_slider_updates_grid_and_sum(open_page: Any) -> None:
    watch = _explorer(open_page)
    page = watch.page
    slider = page.locator(f'{EXPLORER} input[data-die="x"][data-face="6"]')
    slider.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert slider.input_value() == "8"
    x = [2, 2, 3, 3, 4, 8]
    y = [6, 5, 3, 2, 2, 2]
    want = explorer_vectors.vector("keyboard", tuple(x), tuple(y))
    _assert_display_matches(_display(page), want)
    # Left from the other die's first face lowers it, and the page follows.
    other = page.locator(f'{EXPLORER} input[data-die="y"][data-face="1"]')
    other.focus()
    page.keyboard.press("ArrowLeft")
    y[0] -= 1
    want = explorer_vectors.vector("keyboard", tuple(x), tuple(y))
    _assert_display_matches(_display(page), want)
    # After a pause the live region announces the new P(X + Y = 4).
    page.wait_for_function(
        "(want) => document.querySelector('[data-pc-explorer] [role=status]').textContent.includes(want)",
        arg=want["sum"]["exact"][2],
    )
    watch.assert_clean()


def test_a_bars_height_means_the_same_probability_before_and_after_a_change(
    open_page: Any, vectors: list[dict[str, Any]]
) -> None:
    watch = _explorer(open_page)
    page = watch.page
    loaded = _display(page)
    page.locator(f"{EXPLORER} button[data-action=fair]").click()
    fair = _display(page)
    _assert_display_matches(fair, named(vectors, "fair"))
    # The chapter's dice and fair dice share one scale: 0.1975 stands taller than 1/6.
    assert loaded["scale"] == fair["scale"] == "0.25"
    ratios = _bar_scale(loaded) + _bar_scale(fair)
    assert max(ratios) == pytest.approx(min(ratios), rel=1e-9)
    assert loaded["bars"][5]["height"] > fair["bars"][5]["height"]
    # Back to the chapter's dice; raising X's face 6 raises P(7), and its bar grows with it.
    page.locator(f"{EXPLORER} button[data-action=reset]").click()
    page.locator(f'{EXPLORER} input[data-die="x"][data-face="6"]').fill("10")
    raised = _display(page)
    assert float(raised["bars"][5]["pf"]) > float(loaded["bars"][5]["pf"])
    assert raised["bars"][5]["height"] > loaded["bars"][5]["height"]
    assert raised["scale"] == "0.25"
    assert _bar_scale(raised) == pytest.approx([min(ratios)] * len(_bar_scale(raised)), rel=1e-9)
    # The axis is labelled: ticks 0, 0.05, ..., 0.25 with gridlines.
    ticks = page.eval_on_selector_all(f"{SUM} .pc-bars__tick", "ts => ts.map(t => t.textContent)")
    assert ticks == ["0.00", "0.05", "0.10", "0.15", "0.20", "0.25"]
    assert page.locator(f"{SUM} .pc-bars__grid").count() == 5
    watch.assert_clean()


def test_the_scale_grows_only_when_a_bar_would_leave_it_and_says_so(open_page: Any) -> None:
    watch = _explorer(open_page)
    page = watch.page
    note = page.locator(f"{EXPLORER} [data-role=scale-note]")
    live = page.locator(f"{EXPLORER} [role=status]")
    fit = page.locator(f"{EXPLORER} button[data-action=fit-scale]")
    assert note.text_content() == "" and fit.get_attribute("aria-disabled") == "true"
    # X shows 5 or 6, Y shows 1 with chance 3/8: the tallest bar is exactly 0.25, which still fits.
    page.evaluate("window.probconvExplorer.instances[0].setDice([0, 0, 0, 0, 20, 20], [3, 1, 1, 1, 1, 1])")
    assert _display(page)["scale"] == "0.25" and note.text_content() == ""
    # One key makes X always 6: P(7) = 3/8 would leave the chart, so the scale moves up one step.
    page.locator(f'{EXPLORER} input[data-die="x"][data-face="5"]').focus()
    page.keyboard.press("Home")
    display = _display(page)
    assert display["scale"] == "0.5"
    assert display["bars"][5]["p"] == "3/8"
    assert note.text_content() == "Scale grew to 0 to 0.5 to fit every bar"
    # Announced at once, not after the usual pause.
    assert live.text_content().startswith("Scale grew to 0 to 0.5 to fit every bar. P(X + Y = 4) is now")
    tops = [b["height"] for b in display["bars"]]
    plot = page.eval_on_selector(
        SUM, "s => Math.min(...[...s.querySelectorAll('.pc-bars__grid')].map(l => l.y1.baseVal.value))"
    )
    base = page.eval_on_selector(SUM, "s => s.querySelector('.pc-bars__zero').y1.baseVal.value")
    assert max(tops) <= base - plot + 1e-6, "no bar leaves the chart"
    ticks = page.eval_on_selector_all(f"{SUM} .pc-bars__tick", "ts => ts.map(t => t.textContent)")
    assert ticks == ["0.00", "0.10", "0.20", "0.30", "0.40", "0.50"]
    # The same slider back up: every bar fits 0 to 0.25 again, but the scale holds still (and says why
    # it grew) until the reader asks to fit it.
    page.keyboard.press("End")
    assert _display(page)["scale"] == "0.5"
    assert note.text_content() == "Scale grew to 0 to 0.5 to fit every bar"
    assert fit.get_attribute("aria-disabled") == "false"
    fit.focus()
    page.keyboard.press("Enter")
    assert _display(page)["scale"] == "0.25"
    assert note.text_content() == "Scale now 0 to 0.25"
    assert live.text_content().startswith("Scale now 0 to 0.25.")
    # The button has nothing more to do, but keeps the keyboard's focus; pressing it again changes nothing.
    assert fit.get_attribute("aria-disabled") == "true"
    assert page.evaluate("document.activeElement.dataset.action") == "fit-scale"
    page.keyboard.press("Enter")
    assert _display(page)["scale"] == "0.25"
    # A preset starts a new comparison: it fits the scale to its own dice.
    page.evaluate("window.probconvExplorer.instances[0].setDice([0, 0, 0, 0, 0, 1], [1, 0, 0, 0, 0, 0])")
    assert _display(page)["scale"] == "1"
    page.locator(f"{EXPLORER} button[data-action=reset]").click()
    assert _display(page)["scale"] == "0.25" and note.text_content() == "Scale now 0 to 0.25"
    page.locator(f"{EXPLORER} button[data-action=fair]").click()
    assert _display(page)["scale"] == "0.25" and note.text_content() == ""
    # So does a new number of faces: two d20s fit 0 to 0.1.
    _set_weights(page, [1] * 20, [1] * 20)
    assert _display(page)["scale"] == "0.1"
    watch.assert_clean()


def test_the_fair_outline_is_drawn_at_the_fair_probabilities(open_page: Any, vectors: list[dict[str, Any]]) -> None:
    watch = _explorer(open_page)
    page = watch.page
    for name in ("chapter", "d4_and_chapter_y", "d2_and_d20"):
        v = named(vectors, name)
        _set_weights(page, v["x_weights"], v["y_weights"])
        drawn = page.eval_on_selector(
            SUM,
            """(svg) => {
                 const top = Math.min(...[...svg.querySelectorAll('.pc-bars__grid')].map(l => l.y1.baseVal.value));
                 const base = svg.querySelector('.pc-bars__zero').y1.baseVal.value;
                 const scale = parseFloat(svg.getAttribute('data-scale'));
                 const d = svg.querySelector('[data-role=reference]').getAttribute('d');
                 const ys = [...d.matchAll(/M[\\d.]+ ([\\d.]+)H/g)].map(m => parseFloat(m[1]));
                 return ys.map(y => (base - y) / (base - top) * scale);
               }""",
        )
        want = [float(Fraction(p)) for p in v["fair_sum"]["exact"]]
        # The outline's ends are written to 0.1 of a unit: a few ten-thousandths of probability.
        assert drawn == pytest.approx(want, abs=1e-3), name
    watch.assert_clean()


def test_every_control_has_a_visible_label_and_is_reached_by_tab(open_page: Any) -> None:
    watch = _explorer(open_page, width=360)
    page = watch.page
    labels = page.eval_on_selector(EXPLORER, LABELS)
    assert len(labels) == 15  # six faces per die, two face counts and the total
    assert all(entry["text"] and entry["visible"] for entry in labels), labels
    buttons = page.eval_on_selector_all(f"{EXPLORER} button", "bs => bs.map(b => b.textContent.trim())")
    assert buttons == ["Chapter's dice", "Fair dice", "A d4 and a d6", "Fit the scale"]
    # Tab from the first control walks through every enabled control of the explorer, in reading order.
    page.locator(f"{EXPLORER} select[data-role=total]").focus()
    seen = []
    for _ in range(40):
        seen.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
        page.keyboard.press("Tab")
        if not page.evaluate("!!document.activeElement.closest('[data-pc-explorer]')"):
            break
    controls = page.eval_on_selector_all(
        f"{EXPLORER} select, {EXPLORER} input, {EXPLORER} button, {EXPLORER} summary",
        "es => es.map(e => e.id || e.textContent.trim())",
    )
    assert seen == controls
    watch.assert_clean()


def test_picking_a_total_highlights_its_antidiagonal_and_bar(open_page: Any, vectors: list[dict[str, Any]]) -> None:
    watch = _explorer(open_page)
    page = watch.page
    page.select_option(f"{EXPLORER} select[data-role=total]", "7")
    on_cells = page.eval_on_selector_all(".pc-cell.pc-cell--on", "cs => cs.map(c => [+c.dataset.x, +c.dataset.y])")
    assert sorted(on_cells) == [[i, 7 - i] for i in range(1, 7)]
    assert page.eval_on_selector_all(".pc-bar.pc-bar--on", "bs => bs.map(b => +b.dataset.value)") == [7]
    chapter = named(vectors, "chapter")
    headline = page.locator("[data-role=headline]").text_content()
    assert headline.startswith(f"P(X + Y = 7) = {chapter['sum']['exact'][5]}")
    # Clicking a cell picks the total of its anti-diagonal, and so does clicking a bar.
    page.locator('.pc-cell[data-x="2"][data-y="1"]').click()
    assert page.locator(f"{EXPLORER} select[data-role=total]").input_value() == "3"
    page.locator(f'{SUM} .pc-bar[data-value="9"]').click()
    assert page.locator(f"{EXPLORER} select[data-role=total]").input_value() == "9"
    # Fewer faces clamp the total: a d2 and a d2 have no total above 4.
    _set_weights(page, [1, 1], [1, 1])
    assert page.locator(f"{EXPLORER} select[data-role=total]").input_value() == "4"
    assert page.eval_on_selector_all(f"{EXPLORER} select[data-role=total] option", "os => os.map(o => o.value)") == [
        "2", "3", "4"
    ]
    watch.assert_clean()


def test_a_die_with_no_weight_is_reported_and_recovers(open_page: Any) -> None:
    watch = _explorer(open_page)
    page = watch.page
    _set_weights(page, [0] * 6, [6, 5, 3, 2, 2, 2])
    root = page.locator(EXPLORER)
    assert root.get_attribute("data-state") == "invalid"
    assert "Die X has no positive weight" in page.locator("[data-role=callout]").text_content()
    assert "Die X has no positive weight" in page.locator("[data-role=headline]").text_content()
    assert page.eval_on_selector_all(".pc-cell", "cs => cs.every(c => c.dataset.p === '')")
    page.locator(f"{EXPLORER} button[data-action=reset]").click()
    assert root.get_attribute("data-state") == "ok"
    assert page.locator("[data-role=headline]").text_content() == "P(X + Y = 4) = 17/200 = 0.085"
    # An impossible total reads 0, once.
    _set_weights(page, [0, 0, 0, 0, 0, 1], [1] * 6)
    assert page.locator("[data-role=headline]").text_content() == "P(X + Y = 4) = 0"
    # Y's readouts stay while X has no weight: only X is invalid.
    _set_weights(page, [0] * 6, [1] * 6)
    assert page.eval_on_selector_all(f"{EXPLORER} input[data-die=y]", "es => es.map(e => e.dataset.p)") == ["1/6"] * 6
    watch.assert_clean()


def test_on_a_short_screen_the_chart_scrolls_with_the_page(open_page: Any) -> None:
    """A phone on its side (640 x 360): a sticky chart would cover the sliders, so it does not stick."""
    watch = _explorer(open_page, width=640, height=360)
    page = watch.page
    _wait_for_stage_measured(page)
    assert "pc-stage--sticky" not in (page.locator(EXPLORER).get_attribute("class") or "")
    viewport = page.viewport_size
    for face in (1, 6):
        slider = page.locator(f'{EXPLORER} input[data-die="y"][data-face="{face}"]')
        slider.focus()
        page.keyboard.press("ArrowRight")
        assert on_screen(slider.bounding_box(), viewport, top=HEADER_PX), face
    watch.assert_clean()
    # Upright, the same phone keeps the chart in view.
    watch = _explorer(open_page, width=360, height=640)
    _wait_for_stage_measured(watch.page)
    assert "pc-stage--sticky" in (watch.page.locator(EXPLORER).get_attribute("class") or "")


def test_explorer_initialises_once(open_page: Any) -> None:
    """DOMContentLoaded and Material's document$ may both call init: one explorer, one set of sliders."""
    watch = _explorer(open_page)
    page = watch.page
    page.evaluate("() => { window.probconvExplorer.init(); window.probconvExplorer.init(); }")
    assert page.evaluate("window.probconvExplorer.instances.length") == 1
    assert page.locator(f"{EXPLORER} input[type=range]").count() == 12
    assert page.locator(f"{EXPLORER} svg[data-role=grid]").count() == 1
    watch.assert_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("faces", [6, 20])
def test_explorer_fits_a_360px_screen(open_page: Any, scheme: str, faces: int) -> None:
    watch = _explorer(open_page, scheme=scheme, width=360)
    page = watch.page
    _set_weights(page, [1] * faces, list(range(1, faces + 1)))
    assert page.eval_on_selector(EXPLORER, OVERFLOW) == []
    width = page.eval_on_selector(EXPLORER, "(r) => r.getBoundingClientRect().width")
    assert width <= 360
    grid = page.locator(f"{EXPLORER} svg[data-role=grid]")
    assert grid.get_attribute("role") == "img" and grid.get_attribute("aria-labelledby")
    assert grid.bounding_box()["width"] > 200  # scaled down to fit, not collapsed
    watch.assert_clean()


@pytest.mark.parametrize("faces", [6, 20])
def test_the_sum_stays_on_screen_at_360px_while_any_slider_is_used(open_page: Any, faces: int) -> None:
    """The stage (headline, chart and scale) sticks below the header; the slider in use shows below it."""
    watch = _explorer(open_page, width=360, height=640)
    page = watch.page
    if faces != 6:
        _set_weights(page, [1] * faces, [1] * faces)
    viewport = page.viewport_size
    for die in ("x", "y"):
        for face in sorted({1, faces // 2, faces}):
            slider = page.locator(f'{EXPLORER} input[data-die="{die}"][data-face="{face}"]')
            slider.focus()  # as Tab would: the browser scrolls the slider into view
            page.keyboard.press("ArrowRight")
            stage = page.locator(f"{EXPLORER} [data-role=stage]").bounding_box()
            chart = page.locator(SUM).bounding_box()
            box = slider.bounding_box()
            assert on_screen(chart, viewport, top=HEADER_PX), f"{die}{face}: chart at {chart}"
            assert on_screen(box, viewport), f"{die}{face}: slider at {box}"
            assert box is not None and stage is not None and box["y"] >= stage["y"] + stage["height"] - 0.5, (
                f"{die}{face}: the slider hides under the chart"
            )
        # Dragging with the mouse works on the same screen: the chart moves with the weight.
    before = page.locator(f'{SUM} .pc-bar[data-value="3"]').get_attribute("data-p")
    slider = page.locator(f'{EXPLORER} input[data-die="x"][data-face="1"]')
    slider.scroll_into_view_if_needed()
    box = slider.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 2, box["y"] + box["height"] / 2)
    assert page.locator(f'{SUM} .pc-bar[data-value="3"]').get_attribute("data-p") != before
    assert on_screen(page.locator(SUM).bounding_box(), viewport, top=HEADER_PX)
    watch.assert_clean()


@pytest.mark.parametrize("width", [360, 480, 768, 1280])
def test_explorer_fits_the_space_the_static_page_reserves(open_page: Any, width: int) -> None:
    """The page is laid out before the script builds the explorer: nothing below it may move then."""
    watch = _explorer(open_page, width=width)
    watch.page.wait_for_selector(f"{EXPLORER}[data-state=ok]")
    assert_reserved(watch.page.eval_on_selector(EXPLORER, RESERVATION), width)
    watch.assert_clean()


def test_reduced_motion_turns_off_every_transition_and_animation(open_page: Any) -> None:
    watch = _explorer(open_page, reduced_motion=True)
    page = watch.page
    _set_weights(page, [0, 0, 0, 0, 1, 20], [20, 0, 0, 0, 0, 1])  # the scale grows: no flash either
    motion = page.eval_on_selector(
        EXPLORER,
        """(root) => [...root.querySelectorAll('*')].map(e => getComputedStyle(e))
             .filter(s => parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none').length""",
    )
    assert motion == 0
    watch.assert_clean()
    # Without the preference the bars do move, and a scale change flashes the axis.
    watch = _explorer(open_page)
    _set_weights(watch.page, [0, 0, 0, 0, 1, 20], [20, 0, 0, 0, 0, 1])
    assert watch.page.eval_on_selector(f"{SUM} .pc-bar__box", "e => getComputedStyle(e).transitionDuration") != "0s"
    assert "pc-bars--rescaled" in (watch.page.locator(SUM).get_attribute("class") or "")


def test_the_grid_is_drawn_with_x_across_and_y_up(open_page: Any) -> None:
    # The chapter's rule for every picture of two variables: X left to right, Y bottom to top,
    # (1, 1) at the bottom left, so that the anti-diagonal of 7 runs from the top left down.
    watch = _explorer(open_page)
    for nx, ny in ((6, 6), (4, 9)):
        _set_weights(watch.page, [1] * nx, [1] * ny)
        boxes = watch.page.eval_on_selector_all(
            f"{EXPLORER} .pc-cell",
            "cs => cs.map(c => { const b = c.getBoundingClientRect(); "
            "return [+c.dataset.x, +c.dataset.y, b.x, b.y]; })",
        )
        where = {(x, y): (left, top) for x, y, left, top in boxes}
        assert len(where) == nx * ny
        for face in range(1, nx):
            assert where[(face + 1, 1)][0] > where[(face, 1)][0], "X runs left to right"
        for face in range(1, ny):
            assert where[(1, face + 1)][1] < where[(1, face)][1], "Y runs bottom to top"
        assert where[(1, 1)][1] == max(top for _, top in where.values()), "(1, 1) is in the bottom row"
        assert where[(1, 1)][0] == min(left for left, _ in where.values()), "(1, 1) is in the left column"
    watch.assert_clean()


def test_descriptions_follow_the_dice(open_page: Any) -> None:
    """Screen readers get the same picture: the charts' descriptions name the sizes, the scale and the values."""
    watch = _explorer(open_page)
    page = watch.page
    _set_weights(page, [1, 2, 3, 4], [1] * 6)
    desc = page.eval_on_selector(f"{SUM} desc", "d => d.textContent")
    assert re.search(r"z from 2 to 10, on a scale from 0 to 0.25, with two fair dice \(d4 \+ d6\) outlined", desc)
    grid = page.eval_on_selector(f"{EXPLORER} svg[data-role=grid] desc", "d => d.textContent")
    assert grid.startswith("4 by 6 grid, X across and Y up")
    watch.assert_clean()
