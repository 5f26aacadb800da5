"""The padding figure: one box blur in "same" mode, one panel per boundary, each doing what its title says.

Each panel is probconv's convolve2d with that boundary, and shows the property the page
describes: zeros darken the border, a mirror or the edge pixel keeps a flat background flat,
wrapping keeps the total brightness and carries a feature to the opposite edge.
"""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.figure import Figure

from probconv import convolve2d
from probconv_site.figures.fig_padding_choices import BACKGROUND, BOUNDARIES, BOX, SHIFT, image, kernel
from probconv_site.figures.images import sample_image
from probconv_site.figures.registry import VARIANTS
from tests.test_figures import drawn
from tests.test_figures import image as image_by_gid

NAME = "padding_choices"
R = BOX // 2  # how far the kernel reaches beyond a pixel


@pytest.fixture(scope="module", params=VARIANTS)
def fig(request: pytest.FixtureRequest) -> Figure:
    return drawn(NAME, request.param)


def panel(fig: Figure, boundary: str) -> np.ndarray:
    return np.asarray(image_by_gid(fig, boundary).get_array(), dtype=float)


def frame(a: np.ndarray, width: int = R) -> np.ndarray:
    """The pixels within ``width`` of the border."""
    inner = np.ones(a.shape, dtype=bool)
    inner[width:-width, width:-width] = False
    return a[inner]


def interior(a: np.ndarray, width: int = R) -> np.ndarray:
    return a[width:-width, width:-width]


def bar_rows(img: np.ndarray) -> np.ndarray:
    """Rows whose whole box window over the first R columns is the bar (level 0.7 on the grey scale)."""
    bar = BACKGROUND + (1 - BACKGROUND) * 0.7
    return np.array([r for r in range(R, img.shape[0] - R) if np.all(img[r - R : r + R + 1, :R] == bar)])


#: Output pixels of the top-right corner: the box reads only background there (checked below).
CORNER = (slice(0, R + 1), slice(-(R + 1), None))


def test_the_input_is_the_sample_image_on_grey_shifted_without_splitting_a_feature(fig: Figure) -> None:
    img = image()
    assert np.array_equal(np.asarray(image_by_gid(fig, "input").get_array(), dtype=float), img)
    # np.roll moved only background across the edges: the shifted image is the original, cropped and padded
    up, left = -SHIFT[0], -SHIFT[1]
    assert up > 0 and left > 0
    assert np.array_equal(img[:-up, :-left], BACKGROUND + (1 - BACKGROUND) * sample_image()[up:, left:])
    assert np.all(img[-up:, :] == BACKGROUND) and np.all(img[:, -left:] == BACKGROUND)
    # features touch the edges: the bar and the ring the left one, the stripes the top one
    assert img[:, 0].max() > BACKGROUND and img[0, :].max() > BACKGROUND
    # every pixel the box reads from the CORNER is background
    assert np.all(img[: 2 * R + 1, -(2 * R + 1) :] == BACKGROUND)


def test_each_panel_is_probconvs_same_mode_convolution_with_its_boundary(fig: Figure) -> None:
    img, k = image(), kernel()
    for boundary in BOUNDARIES:
        assert np.array_equal(panel(fig, boundary), convolve2d(img, k, mode="same", boundary=boundary)), boundary
        assert panel(fig, boundary).shape == img.shape


def test_titles_name_the_boundary_and_what_lies_beyond(fig: Figure) -> None:
    titles = {ax.images[0].get_gid(): ax.get_title() for ax in fig.axes}
    for boundary, words in BOUNDARIES.items():
        assert titles[boundary] == f"{boundary}\n{words}"
    assert BOUNDARIES == {
        "fill": "zeros beyond the border",
        "reflect": "mirrored",
        "nearest": "edge pixel repeated",
        "wrap": "image repeated",
    }


def test_fill_darkens_a_frame_around_the_border(fig: Figure) -> None:
    img, out = image(), panel(fig, "fill")
    # the frame loses brightness that the interior keeps
    assert frame(img).mean() - frame(out).mean() > 0.05
    assert interior(out).mean() - frame(out).mean() > interior(img).mean() - frame(img).mean() + 0.05
    # on a flat corner, only the quarter of the box inside the image brings light: (R + 1)² of BOX² cells
    assert out[0, -1] == pytest.approx(BACKGROUND * (R + 1) ** 2 / BOX**2)
    assert out.sum() < img.sum()


@pytest.mark.parametrize("boundary", ["reflect", "nearest"])
def test_mirror_and_edge_pixel_keep_a_flat_background_at_the_border(fig: Figure, boundary: str) -> None:
    out = panel(fig, boundary)
    assert out[CORNER] == pytest.approx(np.full((R + 1, R + 1), BACKGROUND), abs=1e-12)
    # along the right edge beside the bar, where wrapping brings the bar in, the level stays
    assert out[bar_rows(image()), -1] == pytest.approx(BACKGROUND, abs=1e-12)


def test_wrap_keeps_the_total_and_brings_the_bar_in_from_the_opposite_edge(fig: Figure) -> None:
    img, out = image(), panel(fig, "wrap")
    assert out.sum() == pytest.approx(img.sum(), rel=1e-12)  # every grain lands somewhere in the image
    rows = bar_rows(img)
    assert rows.size >= 10
    assert np.all(img[rows, -(R + 1) :] == BACKGROUND), "the right edge is background beside the bar"
    # at the right edge, R of the box's BOX columns lie across the edge and read the bar's first R columns
    bar = img[rows, 0]
    assert out[rows, -1] == pytest.approx(BACKGROUND + (bar - BACKGROUND) * R / BOX, abs=1e-12)
    assert np.all(out[rows, -1] > panel(fig, "nearest")[rows, -1] + 0.15)
