"""The figure "normal + normal is normal, by symmetry" shows the numbers the argument needs.

Checked against closed forms (the distance from a point to a line, the
rotation u = (x + y)/√2, Φ from scipy) and probconv's convolution, never pixels.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.contour import ContourSet
from matplotlib.figure import Figure
from scipy.stats import norm

from probconv import Density, normal_pdf
from probconv_site.figures import fig_normal_rotation as fig_mod
from probconv_site.figures.style import THEMES
from tests.test_figures import drawn, line, texts

NAME = "normal_rotation"
Z = fig_mod.Z
SQRT2 = math.sqrt(2.0)
#: Cell side of the 2-D grid: a contour traced on it is off by a fraction of a cell at most.
GRID = fig_mod.D


@pytest.fixture(scope="module", params=["light", "dark"])
def fig(request: pytest.FixtureRequest) -> Figure:
    return drawn(NAME, request.param)


def _panels(fig: Figure) -> tuple[Axes, Axes, Axes]:
    before, after, _steps, bottom = fig.axes
    return before, after, bottom


def _circles(ax: Axes, gid: str) -> ContourSet:
    found = [c for c in ax.collections if isinstance(c, ContourSet) and c.get_gid() == gid]
    assert len(found) == 1, f"expected one contour set {gid!r}"
    return found[0]


def test_the_value_shown_is_z_over_root_two() -> None:
    assert fig_mod.DIST == pytest.approx(1.5 / SQRT2)
    assert f"{fig_mod.DIST:.2f}" == "1.06"


def test_planes_are_drawn_at_equal_aspect_x_across_y_up(fig: Figure) -> None:
    before, after, _ = _panels(fig)
    for ax in (before, after):
        assert ax.get_aspect() == 1.0
        assert ax.get_xlim() == ax.get_ylim() == (-fig_mod.LIM, fig_mod.LIM)
    assert before.get_xlabel() == "x" and before.get_ylabel() == "y"
    assert after.get_xlabel().startswith("u") and after.get_ylabel() == "v"


@pytest.mark.parametrize("gid", ["joint-circles", "turned-circles"])
def test_contours_of_the_density_are_circles_of_the_stated_radii(fig: Figure, gid: str) -> None:
    ax = fig.axes[0] if gid.startswith("joint") else fig.axes[1]
    contours = _circles(ax, gid)
    radii = sorted(fig_mod.RADII, reverse=True)  # levels increase, so radii decrease
    assert len(contours.allsegs) == len(radii)
    for segs, r in zip(contours.allsegs, radii, strict=True):
        points = np.concatenate(segs)
        distance = np.hypot(points[:, 0], points[:, 1])
        # exp(-r²/2)/2π on the whole circle: the density depends on the radius only
        assert np.abs(distance - r).max() < GRID / 4, (gid, r)


def test_rotation_leaves_the_density_unchanged() -> None:
    # the turned panel evaluates φ(x)φ(y) at x = (u − v)/√2, y = (u + v)/√2: the same numbers
    np.testing.assert_allclose(fig_mod.turned().values, fig_mod.joint().values, rtol=1e-12, atol=1e-15)


def test_line_x_plus_y_equals_z(fig: Figure) -> None:
    x, y = line(fig, "x + y = z", ax_index=0)
    np.testing.assert_allclose(x + y, Z, atol=1e-12)
    # it crosses the whole square
    assert x.min() <= -fig_mod.LIM + Z + 1e-12 and x.max() >= fig_mod.LIM - 1e-12


def test_drawn_distance_is_the_perpendicular_of_length_z_over_root_two(fig: Figure) -> None:
    x, y = line(fig, "distance z/√2", ax_index=0)
    assert (x[0], y[0]) == (0.0, 0.0)
    foot = np.array([x[-1], y[-1]])
    assert foot.sum() == pytest.approx(Z)  # it ends on the line
    assert float(np.hypot(*foot)) == pytest.approx(Z / SQRT2, abs=1e-12)
    lx, ly = line(fig, "x + y = z", ax_index=0)
    along = np.array([lx[-1] - lx[0], ly[-1] - ly[0]])
    assert float(foot @ along) == pytest.approx(0.0, abs=1e-12)  # perpendicular
    # and the distance from the origin to x + y = z by the point-to-line formula
    assert abs(0 + 0 - Z) / math.hypot(1, 1) == pytest.approx(Z / SQRT2)


def test_rotated_line_is_vertical_at_u_equals_z_over_root_two(fig: Figure) -> None:
    u, v = line(fig, "u = z/√2", ax_index=1)
    np.testing.assert_allclose(u, Z / SQRT2, atol=1e-12)
    assert v.min() <= -fig_mod.LIM and v.max() >= fig_mod.LIM
    # the turn u = (x + y)/√2 maps every point of x + y = z there
    x, y = line(fig, "x + y = z", ax_index=0)
    np.testing.assert_allclose((x + y) / SQRT2, Z / SQRT2, atol=1e-12)
    du, dv = line(fig, "distance z/√2 (turned)", ax_index=1)
    np.testing.assert_allclose(du, [0.0, Z / SQRT2], atol=1e-12)
    np.testing.assert_allclose(dv, [0.0, 0.0], atol=1e-12)
    # the turn keeps lengths: the foot (z/2, z/2) goes to (z/√2, 0)
    fx, fy = line(fig, "distance z/√2", ax_index=0)
    np.testing.assert_allclose([(fx[-1] + fy[-1]) / SQRT2, (fy[-1] - fx[-1]) / SQRT2], [Z / SQRT2, 0.0], atol=1e-12)


def test_density_of_the_sum_is_probconvs_and_matches_n_0_2(fig: Figure) -> None:
    _, _, bottom = _panels(fig)
    x, y = line(fig, "X + Y (probconv)")
    total = Density.normal(0, 1, fig_mod.DX) + Density.normal(0, 1, fig_mod.DX)
    np.testing.assert_allclose(y, np.interp(x, total.x, total.values), rtol=0, atol=1e-15)
    assert x.min() <= bottom.get_xlim()[0] + fig_mod.DX and x.max() >= bottom.get_xlim()[1] - fig_mod.DX
    # within grid error of the closed form (midpoint sampling of two normals: far below 1e-6 at dx = 0.01)
    assert np.abs(y - normal_pdf(x, 0.0, SQRT2)).max() < 1e-6
    gx, gy = line(fig, "N(0, 2)")
    np.testing.assert_allclose(gy, norm.pdf(gx, 0.0, SQRT2), rtol=1e-12)


def test_shaded_probability_is_phi_of_z_over_root_two(fig: Figure) -> None:
    total = fig_mod.sum_density()
    p = fig_mod.below_z(total)
    assert p == pytest.approx(norm.cdf(Z / SQRT2), abs=1e-5)
    shown = [t.get_text() for t in fig.axes[3].texts if t.get_gid() == "p-below-z-text"]
    assert shown == [f"{100 * norm.cdf(Z / SQRT2):.1f}%"] == ["85.6%"]


def test_steps_are_numbered_and_state_the_distance(fig: Figure) -> None:
    steps = fig.axes[2]
    numbers = [t.get_text() for t in steps.texts if t.get_gid() is None]
    assert numbers == ["1.", "2.", "3.", "4."]
    words = " ".join(texts(fig))
    assert "z/√2 = 1.06" in words
    assert "u = (x + y)/√2" in words and "v = (y − x)/√2" in words
    assert "N(0, 2)" in words


@pytest.mark.parametrize("variant", ["light", "dark"])
def test_no_text_sticks_out_of_the_figure(variant: str) -> None:
    # a fresh figure: the Agg canvas attached here must not leak into the shared, cached one
    fig = fig_mod.draw(THEMES[variant])
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw_without_rendering()
    width, height = fig.bbox.width, fig.bbox.height
    for ax in fig.axes:
        for t in ax.texts:
            box = t.get_window_extent(renderer)
            assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= width and box.y1 <= height, t.get_text()
