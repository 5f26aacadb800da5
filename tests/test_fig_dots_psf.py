"""Isolated dots blurred: each becomes a copy of the kernel, every panel at one pixel scale."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.signal
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from probconv import convolve2d, kernels
from probconv_site.figures.fig_dots_psf import BOX, CROP, DOTS, FRAME, SCALE, SIGMA, TIMES_JITTER
from probconv_site.figures.images import sample_image
from probconv_site.figures.registry import VARIANTS
from tests.test_figures import drawn, image

NAME = "dots_psf"
KERNELS = {"box": kernels.box(BOX), "gaussian": kernels.gaussian(SIGMA)}
ORIGIN = (CROP[0].start, CROP[1].start)


def shown(gid: str, variant: str = "light") -> np.ndarray:
    return np.asarray(image(drawn(NAME, variant), gid).get_array(), dtype=float)


def stamped(k: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """The crop as the dots alone make it: each dot's value times ``k``, centred on the dot, cut at the crop."""
    img = sample_image()
    out = np.zeros(shape)
    r = k.shape[0] // 2
    for dr, dc in np.ndindex(k.shape):
        for row, col in DOTS:
            i, j = row - ORIGIN[0] + dr - r, col - ORIGIN[1] + dc - r
            if 0 <= i < shape[0] and 0 <= j < shape[1]:
                out[i, j] += img[row, col] * k[dr, dc]
    return out


def pixel_size(ax: Axes) -> tuple[float, float]:
    """Inches per image pixel across and down, as the axes box and its image's extent give them."""
    ax.apply_aspect()
    fig = ax.get_figure()
    assert isinstance(fig, Figure)
    box = ax.get_position()
    width, height = box.width * fig.get_figwidth(), box.height * fig.get_figheight()
    left, right, bottom, top = ax.images[0].get_extent()
    assert ax.get_xlim() == (left, right) and ax.get_ylim() == (bottom, top), "the image fills its axes"
    return width / abs(right - left), height / abs(top - bottom)


def test_the_crop_holds_the_four_dots_and_nothing_else() -> None:
    crop = shown("image")
    assert np.array_equal(crop, sample_image()[CROP])
    rows, cols = np.nonzero(crop)
    assert sorted(zip((rows + ORIGIN[0]).tolist(), (cols + ORIGIN[1]).tolist(), strict=True)) == sorted(DOTS)
    assert crop[rows, cols].tolist() == [1.0] * 4
    # every dot's box blur lies wholly inside the crop
    r = BOX // 2
    for row, col in DOTS:
        assert CROP[0].start <= row - r and row + r < CROP[0].stop
        assert CROP[1].start <= col - r and col + r < CROP[1].stop


@pytest.mark.parametrize("name", list(KERNELS))
def test_blurs_are_convolve2d_of_the_whole_image_then_cropped(name: str) -> None:
    img, k = sample_image(), KERNELS[name]
    blurred = shown(f"blurred-{name}")
    assert np.array_equal(blurred, convolve2d(img, k, mode="same")[CROP])
    assert np.allclose(blurred, scipy.signal.convolve2d(img, k, mode="same", boundary="fill")[CROP], atol=1e-15)


def test_each_dot_blurs_into_its_value_times_the_box_kernel() -> None:
    img, k = sample_image(), KERNELS["box"]
    blurred = shown("blurred-box")
    r = BOX // 2
    for row, col in DOTS:
        i, j = row - ORIGIN[0], col - ORIGIN[1]
        assert np.allclose(blurred[i - r : i + r + 1, j - r : j + r + 1], img[row, col] * k, rtol=0, atol=1e-12)
    assert float(k[0, 0]) == pytest.approx(1 / 25)
    # the copies do not touch, and outside them the crop stays black
    assert np.allclose(blurred, stamped(k, blurred.shape), rtol=0, atol=1e-12)


def test_the_gaussian_blur_is_the_sum_of_one_kernel_copy_per_dot() -> None:
    # Two of the Gaussian copies overlap a little (11 x 11 kernels 6 rows and 7 columns apart): they add.
    blurred = shown("blurred-gaussian")
    assert np.allclose(blurred, stamped(KERNELS["gaussian"], blurred.shape), rtol=0, atol=1e-12)


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_panel_shows_a_pixel_at_one_size(variant: str) -> None:
    fig = drawn(NAME, variant)
    sizes = [pixel_size(ax) for ax in fig.axes]
    assert len(sizes) == 5, "image, two blurs, two kernels"
    for across, down in sizes:
        assert across == pytest.approx(SCALE, rel=1e-9) and down == pytest.approx(SCALE, rel=1e-9)


def test_the_stated_magnification_over_kernels_as_jitter_holds() -> None:
    jitter = drawn("kernels_as_jitter")
    jitter.draw_without_rendering()  # runs its constrained layout
    whole = image(jitter, "image")
    across, down = pixel_size(whole.axes)
    assert SCALE / across == pytest.approx(TIMES_JITTER, rel=0.02)
    assert SCALE / down == pytest.approx(TIMES_JITTER, rel=0.02)


@pytest.mark.parametrize("name", list(KERNELS))
def test_kernels_are_drawn_unmagnified_with_the_brightness_of_their_blur(name: str) -> None:
    fig, k = drawn(NAME), KERNELS[name]
    drawn_kernel = image(fig, f"kernel-{name}")
    values = np.asarray(drawn_kernel.get_array(), dtype=float)
    inner = values[FRAME:-FRAME, FRAME:-FRAME]
    assert np.array_equal(inner, k) and values.sum() == pytest.approx(1.0), "the kernel, in a frame of zeros"
    blurred = image(fig, f"blurred-{name}")
    gain = f"× {1 / float(k.max()):.3g}"
    for im in (drawn_kernel, blurred):
        assert im.norm.vmin == 0 and im.norm.vmax == float(k.max()), "white is the kernel's largest weight"
        assert gain in im.axes.get_title(), "the title says how much brighter the panel is drawn"
    assert "brightness" in blurred.axes.get_title()
    assert image(fig, "image").norm.vmax == 1.0


def test_the_box_blur_is_brightened_twenty_five_times() -> None:
    assert "brightness × 25" in image(drawn(NAME), "blurred-box").axes.get_title()
