"""U(0,1) + U(0,1) by stripes: each chord's x-extent is the height of the triangle at its total."""

from __future__ import annotations

import math

import numpy as np
import pytest

from probconv import Density, irwin_hall_pdf
from probconv_site.figures.fig_uniform_stripes import DX, SHOWN, ZS
from probconv_site.figures.registry import VARIANTS
from tests.test_figures import drawn, line

NAME = "uniform_stripes"
SQUARE, DENSITY = 0, 1  # the figure's two axes


def overlap(z: float) -> float:
    """Length of [0, 1] ∩ [z - 1, z], straight from the page: z up to 1, then 2 - z."""
    return z if z <= 1 else 2 - z


def uniform_sum() -> Density:
    return Density.uniform(0, 1, DX) + Density.uniform(0, 1, DX)


def test_square_is_drawn_at_equal_aspect_on_the_same_horizontal_scale_as_the_density() -> None:
    square, density = drawn(NAME).axes
    assert square.get_aspect() == 1.0
    assert square.get_xlim() == density.get_xlim(), "a chord's total sits above its mark"


@pytest.mark.parametrize("variant", VARIANTS)
def test_each_chord_is_the_part_of_its_line_inside_the_unit_square(variant: str) -> None:
    for z in ZS:
        x, y = line(drawn(NAME, variant), f"x + y = {z:g}", ax_index=SQUARE)
        assert np.allclose(x + y, z), "the chord lies on x + y = z"
        assert np.all((x >= 0) & (x <= 1) & (y >= 0) & (y <= 1)), "inside the square"
        for px, py in zip(x, y, strict=True):  # both ends on the square's boundary
            assert min(px, 1 - px, py, 1 - py) == pytest.approx(0.0, abs=1e-12)
        extent = float(np.ptp(x))
        assert extent == pytest.approx(overlap(z))
        # the true length is √2 times the x-extent: the figure must not confuse the two
        assert math.hypot(np.ptp(x), np.ptp(y)) == pytest.approx(math.sqrt(2.0) * extent)


def test_each_chord_is_labelled_with_its_x_extent_at_its_midpoint() -> None:
    square = drawn(NAME).axes[SQUARE]
    for z in ZS:
        text = next(t for t in square.texts if t.get_gid() == f"extent-{z:g}")
        assert float(text.get_text()) == pytest.approx(overlap(z))
        x, y = line(drawn(NAME), f"x + y = {z:g}", ax_index=SQUARE)
        assert text.get_position() == pytest.approx((x.mean(), y.mean()))


def test_every_line_reaches_the_x_axis_at_its_total() -> None:
    square = drawn(NAME).axes[SQUARE]
    ends = {
        (round(float(x), 9), round(float(y), 9)) for ln in square.lines for x, y in zip(*ln.get_data(), strict=True)
    }
    for z in ZS:
        assert (round(z, 9), 0.0) in ends


def test_sqrt2_is_spelled_out_for_one_chord() -> None:
    square = drawn(NAME).axes[SQUARE]
    note = next(t for t in square.texts if t.get_gid() == "sqrt2-note").get_text()
    e = overlap(SHOWN)
    assert f"x-extent {e:g}" in note and f"√2 × {e:g}" in note and f"{math.sqrt(2) * e:.2f}" in note
    bx, _ = line(drawn(NAME), "x-extent bracket", ax_index=SQUARE)
    assert np.ptp(bx) == pytest.approx(e)
    assert "√2 × x-extent" in square.get_title(loc="left")


def test_marked_heights_are_the_x_extents_and_lie_on_the_probconv_triangle() -> None:
    density = drawn(NAME).axes[DENSITY]
    marks = next(c for c in density.collections if c.get_gid() == "x-extents")
    zs, heights = np.asarray(marks.get_offsets(), dtype=float).T
    assert zs == pytest.approx(ZS)
    assert heights == pytest.approx([overlap(z) for z in ZS])
    total = uniform_sum()
    # grid error: the sampled triangle is exact at grid points, and linear between them
    assert heights == pytest.approx(np.interp(zs, total.x, total.values), abs=2 * DX)
    assert heights == pytest.approx(irwin_hall_pdf(zs, 2), abs=1e-12)


def test_curves_are_probconvs_convolution_and_the_closed_form() -> None:
    total = uniform_sum()
    x, y = line(drawn(NAME), "U + U (probconv)", ax_index=DENSITY)
    assert np.array_equal(x, total.x) and np.array_equal(y, total.values)
    assert total.mass() == pytest.approx(1.0)
    assert float(total.values.max()) == pytest.approx(1.0, abs=DX), "peak 1"
    assert total.x[total.values.argmax()] == pytest.approx(1.0), "at z = 1"
    z, closed = line(drawn(NAME), "closed form", ax_index=DENSITY)
    assert np.allclose(closed, np.clip(1 - np.abs(z - 1), 0, None))
    assert np.allclose(np.interp(z, total.x, total.values, left=0, right=0), closed, atol=2 * DX)
