"""The density_slices figure: each shaded slice area is the density of X + Y at its total.

X ~ N(0, 1) and Y ~ Exp(1), so f_{X+Y}(z) = e^{-z} e^{1/2} Phi(z - 1) (completing the square in
the convolution integral). The figure's numbers are checked against probconv and that closed form,
never by pixels: the artists are found by the labels and gids the drawing code gives them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from matplotlib.figure import Figure
from scipy.stats import norm

from probconv import normal_pdf
from probconv_site.figures.fig_density_slices import XLIM, YLIM, ZS, densities, slice_area, slice_curve, sum_index
from tests.test_figures import drawn, line

NAME = "density_slices"


def exact_sum_density(z: float) -> float:
    """f_{X+Y}(z) for X ~ N(0, 1), Y ~ Exp(1): integral of phi(x) e^{-(z - x)} over x < z."""
    return float(np.exp(-z) * np.exp(0.5) * norm.cdf(z - 1.0))


def patch(fig: Figure, label: str) -> Any:
    found = [p for ax in fig.axes for p in ax.patches if p.get_label() == label]
    assert len(found) == 1, f"expected one patch labelled {label!r}, found {len(found)}"
    return found[0]


def axes_with_line(fig: Figure, label: str) -> Any:
    return next(ax for ax in fig.axes for ln in ax.lines if ln.get_label() == label)


@pytest.mark.parametrize("z", ZS)
def test_slice_area_is_probconvs_density_of_the_sum(z: float) -> None:
    _, _, total = densities()
    # The Riemann sum of the slice is exactly probconv's convolution sample at z ...
    assert slice_area(z) == pytest.approx(float(total.values[sum_index(total, z)]), rel=1e-9)
    # ... and both are the closed form, to the grid's accuracy.
    assert slice_area(z) == pytest.approx(exact_sum_density(z), abs=1e-4)


def test_the_middle_slice_is_the_joint_density_figures_value() -> None:
    assert f"{slice_area(1.5):.3f}" == f"{exact_sum_density(1.5):.3f}" == "0.254"


@pytest.mark.parametrize("z", ZS)
def test_slice_curve_is_the_joint_density_along_the_line(z: float) -> None:
    x, values = slice_curve(z)
    inside = x < z - 0.01  # away from the jump of f_Y at 0
    expected = normal_pdf(x[inside]) * np.exp(-(z - x[inside]))
    assert np.allclose(values[inside], expected, rtol=1e-6, atol=1e-14)
    assert np.all(values[x > z] == 0.0)  # f_Y(z - x) = 0 once z - x < 0


@pytest.mark.parametrize("variant", ["light", "dark"])
@pytest.mark.parametrize("z", ZS)
def test_shaded_area_and_its_label_show_the_density_of_the_sum(z: float, variant: str) -> None:
    fig = drawn(NAME, variant)
    shown = f"{exact_sum_density(z):.3f}"
    # The drawn curve is the slice of probconv's grids, and the shaded polygon lies under it.
    x, y = line(fig, f"slice z={z:g}")
    grid_x, grid_values = slice_curve(z)
    assert np.allclose(y, np.interp(x, grid_x, grid_values), atol=1e-12)
    assert x.min() >= XLIM[0] and x.max() <= XLIM[1]
    vertices = patch(fig, f"area z={z:g}").get_path().vertices
    assert vertices[:, 1].min() == 0.0
    assert vertices[:, 1].max() == pytest.approx(y.max())
    # The area written over the panel.
    ax = axes_with_line(fig, f"slice z={z:g}")
    assert ax.get_title("left") == f"area = {shown}"
    # The point on the density of the sum: at height = area, labelled with the same number.
    px, py = line(fig, f"height z={z:g}")
    assert px.tolist() == [z]
    assert py[0] == pytest.approx(slice_area(z), rel=1e-9)
    labels = [t for ax in fig.axes for t in ax.texts if t.get_gid() == f"height-label z={z:g}"]
    assert [t.get_text() for t in labels] == [shown]
    # And the point sits on the plotted curve of f_{X+Y}.
    sx, sy = line(fig, "f_{X+Y}")
    assert float(np.interp(z, sx, sy)) == pytest.approx(py[0], rel=1e-3)


@pytest.mark.parametrize("z", ZS)
def test_heat_maps_are_at_equal_aspect_with_the_line_x_plus_y_equals_z(z: float) -> None:
    fig = drawn(NAME)
    lx, ly = line(fig, f"x + y = {z:g}")
    assert np.allclose(lx + ly, z)
    ax = axes_with_line(fig, f"x + y = {z:g}")
    assert ax.get_aspect() == 1.0
    assert ax.get_xlim() == XLIM and ax.get_ylim() == YLIM
    assert ax.get_title("left") == f"x + y = {z:g}"
    images = [im for im in ax.images if im.get_gid() == f"joint-density z={z:g}"]
    assert len(images) == 1
    shown = np.asarray(images[0].get_array())
    # rows are y (from 0 up), columns are x; the peak is f_X(0) f_Y(0+) = phi(0).
    assert shown.max() == pytest.approx(float(normal_pdf(0.0)), rel=0.02)
    row, col = np.unravel_index(np.argmax(shown), shown.shape)
    assert row == 0 and abs(col - (shown.shape[1] - 1) / 2) <= 1


def test_sum_density_is_probconvs_convolution() -> None:
    fig = drawn(NAME)
    sx, sy = line(fig, "f_{X+Y}")
    expected = np.exp(-sx) * np.exp(0.5) * norm.cdf(sx - 1.0)
    assert np.allclose(sy, expected, atol=2e-4)
