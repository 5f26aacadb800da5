"""The kernel playground on the images page shows what probconv's convolve2d and correlate2d give.

The reference numbers are the vectors that probconv_site.playground_vectors writes from the
library: every preset kernel and a typed one, convolution and correlation, under every padding,
in "same" mode. The page is driven the way a reader drives it: the menus, the nine weights typed
in, the output picture clicked, and the keyboard alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from probconv_site import playground_vectors as pv
from tests.browser.widget_checks import OVERFLOW, RESERVATION, assert_reserved, named, open_widget

PAGE = "dimensions/"
PLAYGROUND = "[data-pc-playground]"
TOL = 1e-12

_READ = """(root) => {
  const grid = (role) => {
    const cells = [...root.querySelectorAll(`svg[data-role=${role}] .pc-play__cell`)];
    const rows = Math.max(...cells.map((c) => +c.dataset.row)) + 1;
    const out = Array.from({length: rows}, () => []);
    for (const c of cells) out[+c.dataset.row][+c.dataset.col] = Number(c.dataset.v);
    return out;
  };
  return {
    input: grid('input'), output: grid('output'), state: root.dataset.state, pin: root.dataset.pin,
    preset: root.dataset.preset, boundary: root.dataset.boundary, operation: root.dataset.operation,
    scale: root.querySelector('svg[data-role=output]').dataset.scale,
    products: [...root.querySelectorAll('.pc-play__product')].map((p) => Number(p.dataset.product)),
    productTexts: [...root.querySelectorAll('.pc-play__product')].map((p) => p.textContent),
    sum: Number(root.querySelector('[data-role=sum]').dataset.value),
    sumText: root.querySelector('[data-role=sum]').textContent,
    overlay: [...root.querySelectorAll('[data-role=overlay]')].map((t) => Number(t.dataset.weight)),
    note: root.querySelector('[data-role=kernel-note]').textContent,
  };
}"""


def _playground(open_page: Any, width: int = 1280, height: int = 900, **kw: Any) -> Any:
    return open_widget(open_page, PAGE, f"{PLAYGROUND}[data-pin]", width=width, height=height, **kw)


def _read(page: Any) -> dict[str, Any]:
    shown: dict[str, Any] = page.eval_on_selector(PLAYGROUND, _READ)
    return shown


def _type_kernel(page: Any, k: list[list[str]]) -> None:
    for i, row in enumerate(k):
        for j, w in enumerate(row):
            page.locator(f'{PLAYGROUND} input[data-i="{i}"][data-j="{j}"]').fill(w)


def _assert_close(got: list[list[float]], want: list[list[float]], what: str) -> None:
    assert len(got) == len(want), what
    for m, (grow, wrow) in enumerate(zip(got, want, strict=True)):
        for n, (g, w) in enumerate(zip(grow, wrow, strict=True)):
            assert abs(g - w) <= TOL, f"{what}: ({m}, {n}) {g} != {w}"


def test_starts_with_the_box_blur_on_the_pages_image(open_page: Any, playground_vectors: dict[str, Any]) -> None:
    watch = _playground(open_page)
    page = watch.page
    shown = _read(page)
    assert [shown[key] for key in ("preset", "operation", "boundary", "state")] == ["box", "convolution", "fill", "ok"]
    assert shown["input"] == playground_vectors["image"]
    _assert_close(shown["output"], named(playground_vectors["vectors"], "box")["convolution"]["fill"], "box")
    presets = page.evaluate("window.probconvPlayground.presets")
    assert {p["name"]: [tuple(r) for r in p["k"]] for p in presets} == {n: list(k) for n, k in pv.PRESETS.items()}
    assert page.evaluate("window.probconvPlayground.boundaries") == playground_vectors["boundaries"]
    watch.assert_clean()


def test_every_kernel_operation_and_padding_matches_the_library(
    open_page: Any, playground_vectors: dict[str, Any]
) -> None:
    watch = _playground(open_page)
    page = watch.page
    for v in playground_vectors["vectors"]:
        if v["name"] in pv.PRESETS:
            page.select_option(f"{PLAYGROUND} select[data-role=preset]", v["name"])
        else:
            _type_kernel(page, v["kernel"])
            assert _read(page)["preset"] == "custom"
        for operation in ("convolution", "correlation"):
            page.select_option(f"{PLAYGROUND} select[data-role=operation]", operation)
            for boundary in playground_vectors["boundaries"]:
                page.select_option(f"{PLAYGROUND} select[data-role=boundary]", boundary)
                shown = _read(page)
                _assert_close(shown["output"], v[operation][boundary], f"{v['name']} {operation} {boundary}")
                # The pinned pixel's products add up to the output there.
                m, n = (int(x) for x in shown["pin"].split(","))
                assert abs(sum(shown["products"]) - shown["sum"]) <= TOL
                assert abs(shown["sum"] - v[operation][boundary][m][n]) <= TOL
    watch.assert_clean()


def test_the_keyboard_alone_picks_everything_and_moves_the_pin(
    open_page: Any, playground_vectors: dict[str, Any]
) -> None:
    watch = _playground(open_page)
    page = watch.page
    page.locator(f"{PLAYGROUND} select[data-role=preset]").focus()
    page.keyboard.press("ArrowDown")  # box -> gaussian
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # convolution -> correlation
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # fill -> reflect
    shown = _read(page)
    assert (shown["preset"], shown["operation"], shown["boundary"]) == ("gaussian", "correlation", "reflect")
    # Nine weights, each reached by Tab; then the output picture, where the arrows move the pin.
    for _ in range(9):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.classList.contains('pc-play__weight')")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.role") == "output"
    page.keyboard.press("Home")
    page.keyboard.press("ArrowLeft")  # stays inside the image
    assert _read(page)["pin"] == "0,0"
    for key in ("ArrowDown", "ArrowDown", "ArrowRight"):
        page.keyboard.press(key)
    shown = _read(page)
    assert shown["pin"] == "2,1"
    want = named(playground_vectors["vectors"], "gaussian")["correlation"]["reflect"]
    assert abs(shown["sum"] - want[2][1]) <= TOL
    # A correlation lays the kernel on the patch as it is; a convolution turns it.
    k = pv.weights(pv.PRESETS["gaussian"])
    assert shown["overlay"] == pytest.approx(k.ravel().tolist())
    page.select_option(f"{PLAYGROUND} select[data-role=preset]", "sobel")
    page.select_option(f"{PLAYGROUND} select[data-role=operation]", "convolution")
    sobel = pv.weights(pv.PRESETS["sobel"])
    assert _read(page)["overlay"] == pytest.approx(sobel[::-1, ::-1].ravel().tolist())
    page.keyboard.press("End")
    assert _read(page)["pin"] == "11,11"
    watch.assert_clean()


def test_shift_moves_right_by_convolution_and_left_by_correlation(open_page: Any) -> None:
    watch = _playground(open_page)
    page = watch.page
    page.select_option(f"{PLAYGROUND} select[data-role=preset]", "shift")
    img = _read(page)["input"]
    out = _read(page)["output"]
    assert img[2][8] == 1 and out[2][9] == 1 and out[2][8] == 0
    page.select_option(f"{PLAYGROUND} select[data-role=operation]", "correlation")
    assert _read(page)["output"][2][7] == 1
    watch.assert_clean()


def test_signed_outputs_are_centred_at_zero_and_never_clamped(open_page: Any) -> None:
    watch = _playground(open_page)
    page = watch.page
    page.select_option(f"{PLAYGROUND} select[data-role=preset]", "sobel")
    shown = _read(page)
    low = min(min(row) for row in shown["output"])
    high = max(max(row) for row in shown["output"])
    kind, top = shown["scale"].split(":")
    assert kind == "signed" and float(top) == pytest.approx(max(-low, high))
    assert low < -1 and high > 1  # outside the input's range, drawn as they are
    page.select_option(f"{PLAYGROUND} select[data-role=preset]", "box")
    assert _read(page)["scale"].startswith("image:")
    watch.assert_clean()


def test_a_bad_weight_is_named_and_fixed(open_page: Any, playground_vectors: dict[str, Any]) -> None:
    watch = _playground(open_page)
    page = watch.page
    before = _read(page)["output"]
    weight = page.locator(f'{PLAYGROUND} input[data-i="0"][data-j="2"]')
    weight.fill("1/")
    shown = _read(page)
    assert shown["state"] == "error"
    assert "row 1, column 3" in shown["note"]
    assert weight.get_attribute("aria-invalid") == "true"
    assert shown["output"] == before  # the pictures keep the last good kernel
    # Moving the pin meanwhile lists the weights in use, not the text being typed.
    page.evaluate("window.probconvPlayground.instances[0].setPin(1, 1)")
    texts = _read(page)["productTexts"]
    assert all("1/9" in t for t in texts) and not any("1/ " in t or t.endswith("1/") for t in texts), texts
    weight.fill("1/9")
    assert _read(page)["state"] == "ok"
    watch.assert_clean()


def test_clicking_a_pixel_pins_it_and_lists_its_nine_products(open_page: Any) -> None:
    watch = _playground(open_page, width=360, height=740)
    page = watch.page
    assert page.eval_on_selector(PLAYGROUND, OVERFLOW) == []
    cell = page.locator(f'{PLAYGROUND} svg[data-role=output] .pc-play__cell[data-row="0"][data-col="11"]')
    cell.scroll_into_view_if_needed()
    cell.click()
    shown = _read(page)
    assert shown["pin"] == "0,11"
    assert len(shown["products"]) == 9
    # Five of its nine pixels lie beyond the corner; with zeros there, their products are 0.
    assert sum(1 for t in shown["productTexts"] if t.startswith("0 ×")) >= 5
    watch.assert_clean()


@pytest.mark.parametrize("width", [360, 480, 768, 1280])
def test_playground_fits_the_space_the_static_page_reserves(open_page: Any, width: int) -> None:
    watch = _playground(open_page, width=width)
    assert_reserved(watch.page.eval_on_selector(PLAYGROUND, RESERVATION), width)
    watch.assert_clean()


def test_every_control_is_labelled(open_page: Any) -> None:
    watch = _playground(open_page)
    names = watch.page.eval_on_selector_all(
        f"{PLAYGROUND} input, {PLAYGROUND} select",
        "es => es.map(e => e.getAttribute('aria-label') || document.querySelector(`label[for='${e.id}']`).textContent)",
    )
    assert names[:3] == ["Kernel", "Operation", "Beyond the border"]
    assert names[3] == "weight in row 1, column 1" and names[7] == "weight in row 2, column 2 (the centre)"
    watch.assert_clean()
