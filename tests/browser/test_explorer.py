"""The live dice explorer computes and shows exactly what probconv computes.

The reference numbers are the test vectors that probconv_site.explorer_vectors
writes from the library; the page is driven the way a reader drives it
(sliders set by value and by keyboard, the total picked from the select).
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

import pytest

from probconv_site import explorer_vectors

DICE_PAGE = "dice/"
EXPLORER = "[data-pc-explorer]"
REL_TOL = 1e-12


def js_fixed(exact: str, digits: int) -> str:
    """What JavaScript's ``(num / den).toFixed(digits)`` shows for an exact fraction.

    toFixed rounds the double's exact decimal expansion and breaks ties upwards,
    so a tie such as 1/16 = 0.0625 shows as 0.063 (Python's format would say 0.062).
    """
    value = Decimal(float(Fraction(exact)))
    return str(value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def short_decimal(exact: str) -> str:
    """The cell label: three places, or four when that makes it exact.

    >>> short_decimal("3/80"), short_decimal("1/10"), short_decimal("1/7")
    ('0.0375', '0.100', '0.143')
    """
    value = Fraction(exact) * 10**4
    needs_fourth = value == round(value) and round(value) % 10 != 0
    return js_fixed(exact, 4 if needs_fourth else 3)


@pytest.fixture(scope="module")
def vectors(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """The vectors as ``python -m probconv_site.explorer_vectors`` writes them (a build artefact, never committed)."""
    out = tmp_path_factory.mktemp("explorer") / "explorer_vectors.json"
    subprocess.run([sys.executable, "-m", "probconv_site.explorer_vectors", "--out", str(out)], check=True)
    return json.loads(out.read_text(encoding="utf-8"))["vectors"]


def _explorer(open_page: Any, scheme: str = "light", width: int = 1280) -> Any:
    watch = open_page(DICE_PAGE, scheme=scheme, width=width)
    watch.goto(DICE_PAGE)
    watch.page.wait_for_selector(f"{EXPLORER}[data-state]")
    return watch


def _set_weights(page: Any, x: list[int], y: list[int]) -> None:
    """Set the twelve sliders the way a reader could: by value, one input event each."""
    for die, weights in (("x", x), ("y", y)):
        for face, w in enumerate(weights, start=1):
            page.locator(f'{EXPLORER} input[data-die="{die}"][data-face="{face}"]').fill(str(w))


_READ_DISPLAY = """(root) => {
  const attrs = (sel) => [...root.querySelectorAll(sel)].map((e) => ({
    p: e.getAttribute('data-p'), pf: e.getAttribute('data-pf'), total: e.getAttribute('data-total'),
    text: (e.querySelector('text') || e).textContent }));
  return {
    state: root.getAttribute('data-state'),
    cells: attrs('svg[data-role=grid] .pc-cell'),
    bars: attrs('svg[data-role=sum] .pc-bar'),
    table: [...root.querySelectorAll('[data-role=sum-table] tbody tr')]
      .map((tr) => [...tr.children].map((c) => c.textContent)),
    x: [...root.querySelectorAll('input[data-die=x]')].map((e) => e.getAttribute('data-p')),
    y: [...root.querySelectorAll('input[data-die=y]')].map((e) => e.getAttribute('data-p')),
    callout: root.querySelector('[data-role=callout]').textContent,
  };
}"""


def _assert_display_matches(display: dict[str, Any], v: dict[str, Any]) -> None:
    name = v["name"]
    assert display["state"] == "ok", name
    assert display["x"] == v["x"]["exact"], name
    assert display["y"] == v["y"]["exact"], name
    cells = display["cells"]
    assert len(cells) == 36, name
    for k, cell in enumerate(cells):
        i, j = divmod(k, 6)
        assert cell["p"] == v["grid"]["exact"][i][j], f"{name}: cell ({i + 1}, {j + 1})"
        assert float(cell["pf"]) == pytest.approx(v["grid"]["float"][i][j], rel=REL_TOL, abs=0), name
        # The visible label is the library's float, rounded.
        want = "0" if v["grid"]["exact"][i][j] == "0" else short_decimal(v["grid"]["exact"][i][j])
        assert cell["text"] == want, f"{name}: cell ({i + 1}, {j + 1}) shows {cell['text']!r}"
    assert [int(b["total"]) for b in display["bars"]] == list(range(v["sum"]["start"], v["sum"]["start"] + 11))
    assert [b["p"] for b in display["bars"]] == v["sum"]["exact"], name
    for bar, want in zip(display["bars"], v["sum"]["float"], strict=True):
        assert float(bar["pf"]) == pytest.approx(want, rel=REL_TOL, abs=0), name
    # The table the reader can open shows the same distribution, exactly and rounded.
    assert [row[2] for row in display["table"]] == v["sum"]["exact"], name
    assert [row[1] for row in display["table"]] == [js_fixed(p, 4) for p in v["sum"]["exact"]], name
    assert display["callout"].startswith(f"P(X + Y = 4) = {v['sum']['exact'][2]}"), display["callout"]


def test_explorer_starts_with_the_chapters_dice(open_page: Any, vectors: list[dict[str, Any]]) -> None:
    watch = _explorer(open_page)
    chapter = next(v for v in vectors if v["name"] == "chapter")
    display = watch.page.eval_on_selector(EXPLORER, _READ_DISPLAY)
    _assert_display_matches(display, chapter)
    callout = display["callout"]
    assert "P(X + Y = 4) = 17/200 = 0.085" in callout
    assert "0.10 × 0.15 + 0.10 × 0.25 + 0.15 × 0.30 = 0.085" in callout
    live = watch.page.locator(f"{EXPLORER} [role=status]")
    assert live.get_attribute("aria-live") == "polite"
    assert "17/200" in live.text_content()
    watch.assert_clean()


def test_explorer_compute_matches_the_library_on_every_vector(open_page: Any, vectors: list[dict[str, Any]]) -> None:
    """The pure function, evaluated in the page, against every vector."""
    watch = _explorer(open_page)
    got = watch.page.evaluate(
        """(vectors) => vectors.map((v) => {
             const r = window.probconvExplorer.compute(v.x_weights, v.y_weights);
             const t = (ps) => ps.map((p) => p.text), f = (ps) => ps.map((p) => p.value);
             return {x: t(r.x.probs), y: t(r.y.probs), grid: r.grid.probs.map(t), gridf: r.grid.probs.map(f),
                     sum: t(r.sum.probs), sumf: f(r.sum.probs), start: r.sum.start, xs: r.grid.xs, ys: r.grid.ys};
           })""",
        vectors,
    )
    assert len(got) == len(vectors) >= 9
    for v, r in zip(vectors, got, strict=True):
        name = v["name"]
        assert r["x"] == v["x"]["exact"] and r["y"] == v["y"]["exact"], name
        assert r["xs"] == v["grid"]["xs"] and r["ys"] == v["grid"]["ys"], name
        assert r["grid"] == v["grid"]["exact"], name
        assert r["sum"] == v["sum"]["exact"] and r["start"] == v["sum"]["start"], name
        assert r["sumf"] == pytest.approx(v["sum"]["float"], rel=REL_TOL, abs=0), name
        for row, want in zip(r["gridf"], v["grid"]["float"], strict=True):
            assert row == pytest.approx(want, rel=REL_TOL, abs=0), name
    watch.assert_clean()


def test_explorer_rejects_weights_the_library_rejects(open_page: Any) -> None:
    watch = _explorer(open_page)
    errors = watch.page.evaluate(
        """() => [[[0,0,0,0,0,0],[1,1,1,1,1,1]], [[1,1,1,1,1,1],[1,-1,1,1,1,1]], [[1,1,1],[1,1,1,1,1,1]],
                  [[1.5,1,1,1,1,1],[1,1,1,1,1,1]]].map(([x, y]) => {
             try { window.probconvExplorer.compute(x, y); return null; } catch (e) { return e.name + ': ' + e.message; }
           })"""
    )
    assert all(e and e.startswith("RangeError") for e in errors), errors
    assert "Die X has no positive weight" in errors[0]
    watch.assert_clean()


def test_sliders_set_to_each_vector_show_the_librarys_grid_and_sum(
    open_page: Any, vectors: list[dict[str, Any]]
) -> None:
    watch = _explorer(open_page)
    for v in vectors:
        _set_weights(watch.page, v["x_weights"], v["y_weights"])
        display = watch.page.eval_on_selector(EXPLORER, _READ_DISPLAY)
        _assert_display_matches(display, v)
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
    _assert_display_matches(page.eval_on_selector(EXPLORER, _READ_DISPLAY), want)
    # Left from the other die's first face lowers it, and the page follows.
    other = page.locator(f'{EXPLORER} input[data-die="y"][data-face="1"]')
    other.focus()
    page.keyboard.press("ArrowLeft")
    y[0] -= 1
    want = explorer_vectors.vector("keyboard", tuple(x), tuple(y))
    _assert_display_matches(page.eval_on_selector(EXPLORER, _READ_DISPLAY), want)
    # After a pause the live region announces the new P(X + Y = 4).
    live = page.locator(f"{EXPLORER} [role=status]")
    page.wait_for_function(
        "(want) => document.querySelector('[data-pc-explorer] [role=status]').textContent.includes(want)",
        arg=want["sum"]["exact"][2],
    )
    assert want["sum"]["exact"][2] in live.text_content()
    watch.assert_clean()


def test_every_slider_has_a_visible_label(open_page: Any) -> None:
    watch = _explorer(open_page, width=360)
    labels = watch.page.evaluate(
        """() => [...document.querySelectorAll('[data-pc-explorer] input, [data-pc-explorer] select')]
           .map((input) => {
             const label = document.querySelector(`label[for="${input.id}"]`);
             const box = label && label.getBoundingClientRect();
             return {id: input.id, text: label ? label.textContent.trim() : '',
                     visible: !!box && box.width > 0 && box.height > 0};
           })"""
    )
    assert len(labels) == 13  # six faces per die and the total
    assert all(entry["text"] and entry["visible"] for entry in labels), labels
    watch.assert_clean()


def test_picking_a_total_highlights_its_antidiagonal_and_bar(open_page: Any, vectors: list[dict[str, Any]]) -> None:
    watch = _explorer(open_page)
    page = watch.page
    page.select_option(f"{EXPLORER} select[data-role=total]", "7")
    on_cells = page.eval_on_selector_all(".pc-cell.pc-cell--on", "cs => cs.map(c => [+c.dataset.x, +c.dataset.y])")
    assert sorted(on_cells) == [[i, 7 - i] for i in range(1, 7)]
    assert page.eval_on_selector_all(".pc-bar.pc-bar--on", "bs => bs.map(b => +b.dataset.total)") == [7]
    chapter = next(v for v in vectors if v["name"] == "chapter")
    assert page.locator("[data-role=headline]").text_content().startswith(
        f"P(X + Y = 7) = {chapter['sum']['exact'][5]}"
    )
    # Clicking a cell picks the total of its anti-diagonal.
    page.locator('.pc-cell[data-x="2"][data-y="1"]').click()
    assert page.locator(f"{EXPLORER} select[data-role=total]").input_value() == "3"
    watch.assert_clean()


def test_a_die_with_no_weight_is_reported_and_recovers(open_page: Any) -> None:
    watch = _explorer(open_page)
    page = watch.page
    _set_weights(page, [0] * 6, [6, 5, 3, 2, 2, 2])
    root = page.locator(EXPLORER)
    assert root.get_attribute("data-state") == "invalid"
    assert "Die X has no positive weight" in page.locator("[data-role=callout]").text_content()
    assert page.eval_on_selector_all(".pc-cell", "cs => cs.every(c => c.dataset.p === '')")
    page.locator(f"{EXPLORER} button[data-action=reset]").click()
    assert root.get_attribute("data-state") == "ok"
    assert page.locator("[data-role=headline]").text_content() == "P(X + Y = 4) = 17/200 = 0.085"
    watch.assert_clean()


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
def test_explorer_fits_a_360px_screen(open_page: Any, scheme: str) -> None:
    watch = _explorer(open_page, scheme=scheme, width=360)
    page = watch.page
    overflow = page.eval_on_selector(
        EXPLORER,
        """(root) => {
             const box = root.getBoundingClientRect();
             return [...root.querySelectorAll('svg, fieldset, input, select, button, p')]
               .map((e) => [
                 e.tagName + '.' + (e.getAttribute('class') || e.getAttribute('data-role') || ''),
                 e.getBoundingClientRect()
               ])
               .filter(([, r]) => r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
               .map(([name, r]) => name + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
           }""",
    )
    assert overflow == []
    width = page.eval_on_selector(EXPLORER, "(r) => r.getBoundingClientRect().width")
    assert width <= 360
    grid = page.locator(f"{EXPLORER} svg[data-role=grid]")
    assert grid.get_attribute("role") == "img" and grid.get_attribute("aria-labelledby")
    assert grid.bounding_box()["width"] > 200  # scaled down to fit, not collapsed
    watch.assert_clean()


# The explorer's box as built, its reserved height, and where its content ends.
_RESERVATION = """(root) => {
  const box = root.getBoundingClientRect();
  const bottom = Math.max(...[...root.children].map((c) => c.getBoundingClientRect().bottom));
  return {height: box.height, reserved: parseFloat(getComputedStyle(root).minHeight), content: bottom - box.top};
}"""


@pytest.mark.parametrize("width", [360, 480, 768, 1280])
def test_explorer_fits_the_space_the_static_page_reserves(open_page: Any, width: int) -> None:
    """The page is laid out before the script builds the explorer: nothing below it may move then."""
    watch = open_page(DICE_PAGE, width=width)
    watch.goto(DICE_PAGE)
    watch.page.wait_for_selector(f"{EXPLORER}[data-state=ok]")
    box = watch.page.eval_on_selector(EXPLORER, _RESERVATION)
    assert box["height"] <= box["reserved"] + 1, f"at {width} px the explorer outgrows its reservation: {box}"
    assert box["reserved"] - box["content"] < 140, f"at {width} px the reservation leaves a large gap: {box}"
    watch.assert_clean()


def test_the_grid_is_drawn_with_x_across_and_y_up(open_page: Any) -> None:
    # The chapter's rule for every picture of two variables: X left to right, Y bottom to top,
    # (1, 1) at the bottom left, so that the anti-diagonal of 7 runs from the top left down.
    watch = _explorer(open_page)
    boxes = watch.page.eval_on_selector_all(
        f"{EXPLORER} .pc-cell",
        "cs => cs.map(c => { const b = c.getBoundingClientRect(); return [+c.dataset.x, +c.dataset.y, b.x, b.y]; })",
    )
    where = {(x, y): (left, top) for x, y, left, top in boxes}
    for face in range(1, 6):
        assert where[(face + 1, 1)][0] > where[(face, 1)][0], "X runs left to right"
        assert where[(1, face + 1)][1] < where[(1, face)][1], "Y runs bottom to top"
    assert where[(1, 1)][1] == max(top for _, top in where.values()), "(1, 1) is in the bottom row"
    assert where[(1, 1)][0] == min(left for left, _ in where.values()), "(1, 1) is in the left column"
    watch.assert_clean()
