"""One output pixel of a convolution: the kernel turned 180° over the patch, nine products, their sum."""

from __future__ import annotations

import re

import numpy as np
import pytest
import scipy.signal
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from probconv import convolve2d, correlate2d
from probconv_site.figures.fig_kernel_over_patch import KERNEL, TARGET, image
from probconv_site.figures.registry import VARIANTS
from tests.test_figures import drawn

NAME = "kernel_over_patch"


def panel(fig: Figure, gid: str) -> Axes:
    found = [ax for ax in fig.axes for im in ax.images if im.get_gid() == gid]
    assert len(found) == 1, f"expected one panel with an image {gid!r}"
    return found[0]


def cells(ax: Axes) -> dict[tuple[int, int], str]:
    """Cell labels by (row, column): cell_grid writes the label of row i, column j at x = j, y = i."""
    return {(int(y), int(x)): t.get_text() for t in ax.texts for x, y in [t.get_position()]}


def frame(ax: Axes, gid: str) -> tuple[float, float, float, float]:
    """(first row, first column, rows, columns) of the outline ``gid``, in cells."""
    rect = next(p for p in ax.patches if p.get_gid() == gid)
    assert isinstance(rect, Rectangle)
    x, y = rect.get_xy()
    return y + 0.5, x + 0.5, rect.get_height(), rect.get_width()


def overlay_pairs(variant: str = "light") -> tuple[np.ndarray, np.ndarray]:
    """(pixels, weights) as the overlay's cells write them, "pixel×weight"."""
    labels = cells(panel(drawn(NAME, variant), "overlay"))
    assert sorted(labels) == [(i, j) for i in range(3) for j in range(3)]
    pixels, weights = np.zeros((3, 3)), np.zeros((3, 3))
    for (i, j), text in labels.items():
        match = re.fullmatch(r"(\d+)×(\d+)", text)
        assert match, f"cell ({i}, {j}) reads {text!r}, not pixel×weight"
        pixels[i, j], weights[i, j] = float(match[1]), float(match[2])
    return pixels, weights


def test_the_kernel_is_asymmetric_so_that_the_turn_shows() -> None:
    assert not np.array_equal(KERNEL, np.rot90(KERNEL, 2))
    assert not np.array_equal(KERNEL, KERNEL[::-1]) and not np.array_equal(KERNEL, KERNEL[:, ::-1])


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_overlay_is_the_kernel_turned_180_degrees(variant: str) -> None:
    fig = drawn(NAME, variant)
    shown_kernel = np.asarray(panel(fig, "kernel").images[0].get_array())
    assert np.array_equal(shown_kernel, KERNEL)
    assert {k: float(v) for k, v in cells(panel(fig, "kernel")).items()} == {
        (i, j): float(KERNEL[i, j]) for i in range(3) for j in range(3)
    }
    overlay = np.asarray(panel(fig, "overlay").images[0].get_array())
    assert np.array_equal(overlay, KERNEL[::-1, ::-1]), "flipped on both axes"
    _, weights = overlay_pairs(variant)
    assert np.array_equal(weights, KERNEL[::-1, ::-1]), "each cell writes the weight it is coloured by"
    assert weights[0, 0] == KERNEL[2, 2], "the pixel above-left pairs with the bottom-right weight"


def test_the_overlay_pixels_are_the_patch_around_the_output_pixel() -> None:
    fig = drawn(NAME)
    a = image()
    assert {k: float(v) for k, v in cells(panel(fig, "image-patch")).items()} == {
        (i, j): float(a[i, j]) for i in range(a.shape[0]) for j in range(a.shape[1])
    }
    m, n = TARGET
    pixels, _ = overlay_pairs()
    assert np.array_equal(pixels, a[m - 1 : m + 2, n - 1 : n + 2])
    ax = panel(fig, "image-patch")
    assert frame(ax, "patch") == (m - 1, n - 1, 3, 3), "the outline is the patch"
    assert frame(ax, "patch-centre")[:2] == pytest.approx((m, n), abs=0.11), "its centre is the output pixel"
    assert frame(panel(fig, "kernel"), "kernel-centre")[:2] == pytest.approx((1, 1), abs=0.11)


def test_the_sum_of_the_products_is_the_convolution_at_the_output_pixel() -> None:
    fig = drawn(NAME)
    a = image()
    pixels, weights = overlay_pairs()
    products = pixels * weights
    total = float(products.sum())
    out = convolve2d(a, KERNEL, mode="same")
    assert out.shape == a.shape, "same mode"
    assert total == pytest.approx(out[TARGET], abs=1e-9)  # fft or direct: integers up to rounding
    assert total == pytest.approx(scipy.signal.convolve2d(a, KERNEL, mode="same", boundary="fill")[TARGET])
    # straight from the definition, out[m, n] = Σ a[i, j] k[m - i, n - j], k indexed from its centre
    m, n = TARGET
    assert total == sum(a[i, j] * KERNEL[m - i + 1, n - j + 1]
                        for i in range(m - 1, m + 2) for j in range(n - 1, n + 2))
    text = next(t for ax in fig.axes for t in ax.texts if t.get_gid() == "sum").get_text()
    terms, result = text.splitlines()[-1].split(" = ")
    assert [float(v) for v in terms.split(" + ")] == products.ravel().tolist(), "products in reading order"
    assert float(result) == total
    output_cells = cells(panel(fig, "output-pixel"))
    assert {k for k, v in output_cells.items() if v} == {TARGET}
    assert output_cells[TARGET] == f"{out[TARGET]:.0f}", "the output panel shows convolve2d's value"
    assert frame(panel(fig, "output-pixel"), "target") == (m, n, 1, 1)


def test_correlation_with_the_turned_kernel_is_the_convolution() -> None:
    """Sliding the turned kernel as it is (what CNN layers do) gives the convolution; the kernel as given does not."""
    a = image()
    pixels, weights = overlay_pairs()
    total = float((pixels * weights).sum())
    assert correlate2d(a, weights, mode="same")[TARGET] == pytest.approx(total, abs=1e-9)
    assert np.allclose(correlate2d(a, weights, mode="same"), convolve2d(a, KERNEL, mode="same"))
    assert abs(correlate2d(a, KERNEL, mode="same")[TARGET] - total) > 1, "without the turn the number differs"
