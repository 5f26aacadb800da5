"""The continuous explorer draws probconv's densities, slices and sums as the reader moves z.

The reference numbers are the vectors that probconv_site.continuous_vectors writes from the
library: both densities on the plane's grid, the density of X + Y at every quarter of z, and
whole slices at three totals. They agree with the page to the tolerance the file states (a
billionth of the peak: the same samples, added in another order). The page is driven the way a
reader drives it: the menus, the parameter sliders and the slider of z set by value, by the
keyboard alone, and by pointing at the pictures.
"""

from __future__ import annotations

from typing import Any

import pytest

from probconv_site import continuous_vectors
from tests.browser.widget_checks import (
    HEADER_PX,
    LABELS,
    OVERFLOW,
    RESERVATION,
    assert_reserved,
    js_fixed,
    named,
    on_screen,
    open_widget,
)

PAGE = "continuous/"
EXPLORER = "[data-pc-continuous]"
Z_SLIDER = f"{EXPLORER} input[data-role=z]"


def _explorer(open_page: Any, width: int = 1280, height: int = 900, **kw: Any) -> Any:
    # Reduced motion by default: a sweep then traces the curve at once.
    kw.setdefault("reduced_motion", True)
    return open_widget(open_page, PAGE, f"{EXPLORER}[data-density]", width=width, height=height, **kw)


def _choose(page: Any, var: str, family: str, value: float) -> None:
    page.select_option(f'{EXPLORER} select[data-role=family][data-var="{var}"]', family)
    page.locator(f'{EXPLORER} input[data-role=param][data-var="{var}"]').fill(f"{value:g}")


def _set_z(page: Any, z: float) -> None:
    page.locator(Z_SLIDER).fill(f"{z:g}")


_SNAPSHOT = "(root) => window.probconvContinuous.instances.find((i) => i.root === root).snapshot()"

_DRAWN = """(root) => {
  const svg = (role) => root.querySelector(`svg[data-role=${role}]`);
  const points = (d) => [...d.matchAll(/[ML]([-\\d.]+) ([-\\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const marker = root.querySelector('[data-role=marker]');
  return {
    z: root.dataset.z, density: Number(root.dataset.density), trace: root.dataset.trace,
    x: root.dataset.x, y: root.dataset.y,
    slicePlot: svg('slice').dataset.plot.split(' ').map(Number), sliceScale: Number(svg('slice').dataset.scale),
    slice: points(root.querySelector('[data-role=product]').getAttribute('d')),
    sumPlot: svg('sum').dataset.plot.split(' ').map(Number), sumScale: Number(svg('sum').dataset.scale),
    trace_points: points(root.querySelector('[data-role=trace]').getAttribute('d') || ''),
    marker: [Number(marker.getAttribute('cx')), Number(marker.getAttribute('cy'))],
    markerLabel: root.querySelector('[data-role=marker-label]').textContent,
    areaLabel: root.querySelector('[data-role=area-label]').textContent,
    value: root.querySelector('[data-role=value]').textContent,
    valuetext: root.querySelector('input[data-role=z]').getAttribute('aria-valuetext'),
    line: ['x1', 'y1', 'x2', 'y2'].map((a) => Number(root.querySelector('[data-role=line]').getAttribute(a))),
    planePlot: svg('plane').dataset.plot.split(' ').map(Number),
  };
}"""


def _drawn(page: Any) -> dict[str, Any]:
    drawn: dict[str, Any] = page.eval_on_selector(EXPLORER, _DRAWN)
    return drawn


def _snapshot(page: Any) -> dict[str, Any]:
    snap: dict[str, Any] = page.eval_on_selector(EXPLORER, _SNAPSHOT)
    return snap


def _close(got: float, want: float, v: dict[str, Any], tolerance: float) -> bool:
    return abs(got - want) <= tolerance * v["peak"] + 1e-15


def _value_of(y: float, plot: list[float], scale: float) -> float:
    """The value that a drawn y position stands for, in a plot box (left, top, width, height)."""
    _, top, _, height = plot
    return (top + height - y) / height * scale


def _three(value: float) -> str:
    """A density as the explorer writes it: "0" off the support, else JavaScript's toFixed(3)."""
    return "0" if value == 0 else js_fixed(repr(value), 3)


def _two(z: float) -> str:
    """A total as the explorer writes it: two decimals and a true minus sign."""
    return f"{z:.2f}".replace("-", "\u2212")


def _assert_shows(page: Any, v: dict[str, Any], z: float, tolerance: float) -> None:
    """The explorer shows vector v's density of X + Y at z: the number, the marker and the words."""
    name = v["name"]
    want = v["density"][v["z"].index(z)]
    drawn = _drawn(page)
    assert drawn["z"] == f"{z:.2f}", name
    assert _close(drawn["density"], want, v, tolerance), (name, z, drawn["density"], want)
    # The marker stands at the value on the chart's scale, to a hundredth of a unit of the viewBox.
    scale = drawn["sumScale"]
    step = 0.01 / drawn["sumPlot"][3] * scale
    assert abs(_value_of(drawn["marker"][1], drawn["sumPlot"], scale) - want) <= step + 1e-12
    assert drawn["markerLabel"] == _three(drawn["density"]), name
    assert drawn["areaLabel"] == f"area = {_three(drawn['density'])}", name
    assert drawn["value"] == f"fX+Y({_two(z)}) = {_three(drawn['density'])}", name
    assert drawn["valuetext"] == f"z = {_two(z)}, density of X + Y {_three(drawn['density'])}", name


def test_starts_with_the_pages_pair_and_grid(open_page: Any, continuous_vectors: dict[str, Any]) -> None:
    watch = _explorer(open_page)
    page = watch.page
    drawn = _drawn(page)
    assert (drawn["x"], drawn["y"], drawn["z"]) == ("normal:1", "exponential:1", "1.50")
    v = named(continuous_vectors["vectors"], "normal_exponential")
    _assert_shows(page, v, 1.5, continuous_vectors["tolerance"])
    # The page's own number for this total (the slices figure says 0.254).
    assert drawn["markerLabel"] == "0.254"
    # The menu, the grid and the ranges are the library's.
    got = page.evaluate("window.probconvContinuous")
    assert got["families"] == continuous_vectors["families"]
    for key in ("DX", "VIEW", "Z_RANGE", "Z_STEP"):
        assert got[key] == continuous_vectors[key.lower()], key
    watch.assert_clean()


def test_every_vector_matches_the_library(open_page: Any, continuous_vectors: dict[str, Any]) -> None:
    """Densities, the density of the sum at every quarter, and three whole slices, for every pair."""
    tolerance = continuous_vectors["tolerance"]
    vectors = continuous_vectors["vectors"]
    assert len(vectors) >= 12
    watch = _explorer(open_page)
    page = watch.page
    for v in vectors:
        name = v["name"]
        _choose(page, "x", v["x"]["family"], v["x"]["value"])
        _choose(page, "y", v["y"]["family"], v["y"]["value"])
        snap = _snapshot(page)
        assert (snap["x"]["family"], snap["x"]["value"]) == (v["x"]["family"], v["x"]["value"]), name
        assert (snap["y"]["family"], snap["y"]["value"]) == (v["y"]["family"], v["y"]["value"]), name
        assert snap["xs"] == pytest.approx(v["xs"], abs=1e-12), name
        for got, want in ((snap["fx"], v["fx"]), (snap["fy"], v["fy"])):
            assert max(abs(a - b) for a, b in zip(got, want, strict=True)) <= tolerance * max(want), name
        total = snap["sum"]
        for z, want in zip(v["z"], v["density"], strict=True):
            k = round((z - total["z0"]) / total["dz"])
            assert _close(total["values"][k], want, v, tolerance), (name, z, total["values"][k], want)
        for cut in v["slices"]:
            _set_z(page, cut["z"])
            _assert_shows(page, v, cut["z"], tolerance)
            snap = _snapshot(page)
            top = max(max(cut["product"]), 1e-300)
            worst = max(abs(a - b) for a, b in zip(snap["product"], cut["product"], strict=True))
            assert worst <= tolerance * top, name
            assert _close(snap["density"], cut["area"], v, tolerance), name
            # The drawn slice passes through the products, on the slice chart's fixed scale.
            drawn = _drawn(page)
            assert len(drawn["slice"]) == len(cut["product"]), name
            step = 0.01 / drawn["slicePlot"][3] * drawn["sliceScale"]
            for (_, y), want in zip(drawn["slice"][::16], cut["product"][::16], strict=True):
                assert abs(_value_of(y, drawn["slicePlot"], drawn["sliceScale"]) - want) <= step + 1e-12, name
            # The slice's scale fits the slice: from 1, 2, 5 times a power of ten, the first that holds it,
            # and never below 0.001, so that a slice of almost nothing is drawn flat, not blown up.
            if top > 1e-300:
                assert top <= drawn["sliceScale"] < max(2.5 * top, 0.001) + 1e-12, name
            assert drawn["sliceScale"] >= 0.001, name
    watch.assert_clean()


def test_the_line_is_x_plus_y_equals_z_at_equal_aspect(open_page: Any) -> None:
    watch = _explorer(open_page)
    page = watch.page
    for z in (-4.0, 0.0, 1.5, 6.25, 9.0):
        _set_z(page, z)
        drawn = _drawn(page)
        left, top, width, height = drawn["planePlot"]
        assert width == height  # one unit of x as long as one unit of y
        lo, hi = page.evaluate("window.probconvContinuous.VIEW")
        x1, y1, x2, y2 = drawn["line"]
        for px, py in ((x1, y1), (x2, y2)):
            x = lo + (px - left) / width * (hi - lo)
            y = lo + (top + height - py) / height * (hi - lo)
            assert x + y == pytest.approx(z, abs=1e-6), (z, x, y)
        assert x1 < x2 and y1 < y2  # from the upper left down to the lower right (SVG's y grows down)
    watch.assert_clean()


def test_the_keyboard_alone_picks_densities_and_moves_z(open_page: Any, continuous_vectors: dict[str, Any]) -> None:
    tolerance = continuous_vectors["tolerance"]
    watch = _explorer(open_page)
    page = watch.page
    page.locator(f'{EXPLORER} select[data-role=family][data-var="x"]').focus()
    page.keyboard.press("ArrowDown")  # normal -> triangular
    page.keyboard.press("Tab")
    for _ in range(2):
        page.keyboard.press("ArrowRight")  # peak c: 1.0 -> 1.2
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowUp")  # exponential -> uniform
    page.keyboard.press("Tab")
    page.keyboard.press("End")  # width b: 3.0
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.role") == "z"
    for _ in range(5):
        page.keyboard.press("ArrowRight")  # z: 1.50 -> 1.75
    drawn = _drawn(page)
    assert (drawn["x"], drawn["y"], drawn["trace"]) == ("triangular:1.2", "uniform:3", "1.50:1.75")
    v = continuous_vectors_vector("keyboard", ("triangular", 1.2), ("uniform", 3.0))
    _assert_shows(page, v, 1.75, tolerance)
    page.keyboard.press("Home")
    # A jump leaves a gap in the trace: the totals between were never shown.
    assert _drawn(page)["trace"] == "-4.00:-4.00,1.50:1.75"
    _assert_shows(page, v, -4.0, tolerance)
    page.keyboard.press("End")
    _assert_shows(page, v, 9.0, tolerance)
    assert _drawn(page)["trace"] == "-4.00:-4.00,1.50:1.75,9.00:9.00"
    # The buttons: a sweep traces the whole curve (at once, as this reader prefers less motion), and
    # the trace can be cleared.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.action") == "sweep"
    page.keyboard.press("Enter")
    drawn = _drawn(page)
    assert (drawn["trace"], drawn["z"]) == ("-4.00:9.00", "9.00")
    assert len(drawn["trace_points"]) == round(13 / continuous_vectors["dx"]) + 1
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.action") == "clear"
    page.keyboard.press("Space")
    assert _drawn(page)["trace"] == "9.00:9.00"
    watch.assert_clean()


def continuous_vectors_vector(name: str, x: tuple[str, float], y: tuple[str, float]) -> dict[str, Any]:
    """A fresh vector from the library for a pair that the reader picks in a test."""
    return continuous_vectors.vector(name, x, y)


def test_pointing_at_the_plane_or_the_sum_moves_z(open_page: Any) -> None:
    watch = _explorer(open_page)
    page = watch.page
    lo, hi = page.evaluate("window.probconvContinuous.VIEW")
    z_lo, z_hi = page.evaluate("window.probconvContinuous.Z_RANGE")

    def click(role: str, fx: float, fy: float) -> None:
        """Click at fractions (fx across, fy up) of a chart's plot box."""
        svg = page.locator(f"{EXPLORER} svg[data-role={role}]")
        svg.scroll_into_view_if_needed()
        box = svg.bounding_box()
        left, top, width, height = (float(n) for n in svg.get_attribute("data-plot").split())
        vb = [float(n) for n in svg.get_attribute("viewBox").split()]
        scale = box["width"] / vb[2]
        page.mouse.click(box["x"] + (left + fx * width) * scale, box["y"] + (top + (1 - fy) * height) * scale)

    # The point (x, y) = (1, 2) of the plane lies on the line x + y = 3: the click lands on a whole
    # pixel, so z is 3 to within a step of the slider.
    click("plane", (1 - lo) / (hi - lo), (2 - lo) / (hi - lo))
    assert float(_drawn(page)["z"]) == pytest.approx(3.0, abs=0.05 + 1e-9)
    click("sum", (5 - z_lo) / (z_hi - z_lo), 0.5)
    drawn = _drawn(page)
    z = drawn["z"]
    assert float(z) == pytest.approx(5.0, abs=0.05 + 1e-9)
    # Clicks far apart are jumps: three lone totals, drawn as dots, not a stretch of curve.
    runs = drawn["trace"].split(",")
    assert len(runs) == 3 and runs[0] == "1.50:1.50" and runs[-1] == f"{z}:{z}", runs
    assert page.eval_on_selector(f"{EXPLORER} [data-role=trace]", "p => getComputedStyle(p).strokeLinecap") == "round"
    # A drag traces every total it passes over, however fast the pointer moves.
    svg = page.locator(f"{EXPLORER} svg[data-role=sum]")
    box = svg.bounding_box()
    left, _, width, _ = (float(n) for n in svg.get_attribute("data-plot").split())
    scale = box["width"] / float(svg.get_attribute("viewBox").split()[2])
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + (left + 0.2 * width) * scale, y)
    page.mouse.down()
    page.mouse.move(box["x"] + (left + 0.5 * width) * scale, y)
    page.mouse.move(box["x"] + (left + 0.8 * width) * scale, y)
    page.mouse.up()
    lo, hi = (z_lo + f * (z_hi - z_lo) for f in (0.2, 0.8))
    runs = [tuple(float(v) for v in r.split(":")) for r in _drawn(page)["trace"].split(",")]
    assert any(a <= lo + 0.05 and b >= hi - 0.05 for a, b in runs), runs
    # Dragging selects no text on the page.
    assert page.evaluate("String(window.getSelection())") == ""
    watch.assert_clean()


_TOUCH = """([svg, moves]) => {
  const box = svg.getBoundingClientRect();
  const at = ([dx, dy]) => ({pointerType: 'touch', pointerId: 7, isPrimary: true, bubbles: true,
                             clientX: box.left + box.width / 2 + dx, clientY: box.top + box.height / 2 + dy});
  svg.dispatchEvent(new PointerEvent('pointerdown', at(moves[0])));
  for (const m of moves.slice(1)) svg.dispatchEvent(new PointerEvent('pointermove', at(m)));
  svg.dispatchEvent(new PointerEvent('pointerup', at(moves[moves.length - 1])));
  return svg.closest('[data-pc-continuous]').dataset.z;
}"""


def test_a_finger_scrolls_past_the_pictures_and_drags_only_sideways(open_page: Any) -> None:
    watch = _explorer(open_page, width=360, height=640)
    page = watch.page
    for role in ("plane", "sum"):
        svg = page.locator(f"{EXPLORER} svg[data-role={role}]").element_handle()
        before = _drawn(page)["z"]
        # A vertical swipe is the page's: z stays.
        assert page.evaluate(_TOUCH, [svg, [[0, 0], [2, -10], [3, -40], [3, -80]]]) == before, role
        # A sideways drag moves z, and so does a tap.
        dragged = page.evaluate(_TOUCH, [svg, [[0, 0], [12, 2], [40, 3]]])
        assert dragged != before, role
        tapped = page.evaluate(_TOUCH, [svg, [[-60, 0]]])
        assert tapped not in (before, dragged), role
    watch.assert_clean()


def test_a_sweep_moves_z_across_and_can_be_stopped(open_page: Any) -> None:
    watch = _explorer(open_page, reduced_motion=False)
    page = watch.page
    sweep = page.locator(f"{EXPLORER} button[data-action=sweep]")
    sweep.click()
    page.wait_for_function(f"document.querySelector('{EXPLORER}').dataset.z !== '1.50'")
    assert page.eval_on_selector(EXPLORER, "r => r.dataset.sweeping") == "true"
    assert sweep.text_content() == "Stop the sweep"
    sweep.click()
    assert page.eval_on_selector(EXPLORER, "r => r.dataset.sweeping") is None
    assert sweep.text_content() == "Sweep z across"
    stopped = _drawn(page)
    z = float(stopped["z"])
    # The trace covers the way the sweep went, up to where it stopped; the stop is announced.
    assert any(float(a) <= z <= float(b) for a, b in (r.split(":") for r in stopped["trace"].split(","))), stopped
    assert page.eval_on_selector(f"{EXPLORER} [data-role=live]", "n => n.textContent").startswith("Sweep stopped.")
    # A whole sweep goes once around, traces every total, and comes back to where it started.
    page.locator(Z_SLIDER).fill("1.5")
    sweep.click()
    page.wait_for_function(f"!document.querySelector('{EXPLORER}').dataset.sweeping", timeout=60_000)
    drawn = _drawn(page)
    assert (drawn["z"], drawn["trace"]) == ("1.50", "-4.00:9.00")
    watch.assert_clean()


def test_arrows_mark_the_part_of_a_slice_beyond_the_chart(open_page: Any) -> None:
    watch = _explorer(open_page)
    page = watch.page

    def arrows() -> list[str]:
        return [page.locator(f"{EXPLORER} [data-role=more-{side}]").text_content() or "" for side in ("left", "right")]

    assert arrows() == ["", ""]  # the opening slice lies within the chart
    # Two exponentials with rate 1/2 at z = 6: the slice is flat on [0, 6], and the chart ends at x = 5.
    _choose(page, "x", "exponential", 0.5)
    _choose(page, "y", "exponential", 0.5)
    _set_z(page, 6)
    assert arrows() == ["", "17% →"]
    assert "17% lies beyond the chart" in page.locator(f"{EXPLORER} svg[data-role=slice] desc").text_content()
    watch.assert_clean()


def test_every_control_is_labelled(open_page: Any) -> None:
    watch = _explorer(open_page, width=360)
    labels = watch.page.eval_on_selector(EXPLORER, LABELS)
    assert [entry["text"] for entry in labels] == [
        "Density of X", "Spread σ of X", "Density of Y", "Rate λ of Y", "Total z"
    ]
    assert all(entry["visible"] for entry in labels), labels
    _choose(watch.page, "x", "two_bumps", 2.5)
    labels = watch.page.eval_on_selector(EXPLORER, LABELS)
    assert labels[1]["text"] == "Gap s of X"
    watch.assert_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_at_360px_the_moving_parts_share_the_screen(open_page: Any, scheme: str) -> None:
    watch = _explorer(open_page, width=360, height=640, scheme=scheme)
    page = watch.page
    assert page.eval_on_selector(EXPLORER, OVERFLOW) == []
    # A reader who scrolls the slider of z to the top of the screen sees every moving part.
    page.eval_on_selector(Z_SLIDER, f"(s) => window.scrollBy(0, s.getBoundingClientRect().top - {HEADER_PX} - 8)")
    page.locator(Z_SLIDER).focus()
    page.keyboard.press("ArrowRight")
    viewport = page.viewport_size
    parts = [Z_SLIDER] + [f"{EXPLORER} svg[data-role={role}]" for role in ("plane", "slice", "sum")]
    parts.append(f"{EXPLORER} [data-role=value]")
    for part in parts:
        assert on_screen(page.locator(part).bounding_box(), viewport, top=HEADER_PX), part
    assert page.locator(f"{EXPLORER} svg[data-role=plane]").bounding_box()["width"] >= 170
    assert page.locator(f"{EXPLORER} svg[data-role=sum]").bounding_box()["width"] >= 300
    watch.assert_clean()


@pytest.mark.parametrize("width", [360, 480, 768, 1280])
def test_explorer_fits_the_space_the_static_page_reserves(open_page: Any, width: int) -> None:
    watch = _explorer(open_page, width=width)
    assert_reserved(watch.page.eval_on_selector(EXPLORER, RESERVATION), width)
    watch.assert_clean()


def test_descriptions_follow_the_densities_and_z(open_page: Any) -> None:
    watch = _explorer(open_page)
    page = watch.page
    _choose(page, "x", "uniform", 2)
    _set_z(page, 2.5)
    desc = page.eval_on_selector_all(f"{EXPLORER} svg desc", "ds => ds.map(d => d.textContent)")
    text = " ".join(desc)
    assert "X is uniform on [0, 2.0]" in text
    assert "uniform on [0, 2.0] and Y exponential with rate 1.0" in text
    assert "x + y = 2.50" in text
    watch.assert_clean()


def test_explorer_initialises_once(open_page: Any) -> None:
    watch = _explorer(open_page)
    page = watch.page
    page.evaluate("() => { window.probconvContinuous.init(); window.probconvContinuous.init(); }")
    assert page.evaluate("window.probconvContinuous.instances.length") == 1
    assert page.locator(f"{EXPLORER} svg[data-role=plane]").count() == 1
    watch.assert_clean()
