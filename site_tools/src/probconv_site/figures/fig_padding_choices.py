"""Padding as its own choice: one blur in "same" mode with each of the four boundaries.

The test image sits on a grey background and is shifted so that the ring and
the bar touch the left edge and the stripes the top edge; then zeros darken a
frame, a mirror or the edge pixel keeps the background level, and wrapping
brings features in from the opposite edge.
"""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from numpy.typing import NDArray

from probconv import convolve2d, kernels

from .helpers import show_image
from .images import sample_image
from .style import FONT_MIN, Theme, placed_figure

#: Level of the background, so that a darkened border shows.
BACKGROUND = 0.3
#: Rows and columns the image is rolled by: the rows and columns that cross the edge are background.
SHIFT = (-6, -8)
#: Width of the box blur: odd, so it has a centre; not a multiple of the stripes' period 4, so they survive it
#: and show where wrapping carries them.
BOX = 7
#: Boundary -> a few words on what lies beyond the border.
BOUNDARIES = {
    "fill": "zeros beyond the border",
    "reflect": "mirrored",
    "nearest": "edge pixel repeated",
    "wrap": "image repeated",
}


def image() -> NDArray[np.float64]:
    """The test image on a grey background, rolled so that its features touch the top and left edges."""
    img = BACKGROUND + (1 - BACKGROUND) * sample_image()
    return np.roll(img, SHIFT, axis=(0, 1))


def kernel() -> NDArray[np.float64]:
    """The blur: uniform jitter over a BOX x BOX square."""
    return kernels.box(BOX)


#: The panels' boxes (left, bottom, width, height) in figure fractions: the input and the kernel,
#: then the four paddings in the order of BOUNDARIES, two to a row.
POSITIONS: tuple[tuple[float, float, float, float], ...] = (
    (0.008, 0.6932, 0.484, 0.2729), (0.508, 0.6932, 0.484, 0.2729),
    (0.008, 0.3482, 0.484, 0.2729), (0.508, 0.3482, 0.484, 0.2729),
    (0.008, 0.0053, 0.484, 0.2729), (0.508, 0.0053, 0.484, 0.2729),
)


def draw(theme: Theme) -> Figure:
    """Top: the input and the kernel. Below: the blurred image for each boundary, 2 x 2."""
    img, k = image(), kernel()
    fig = placed_figure(theme, height=7.9)  # at the positions constrained layout chose
    show_image(img, fig.add_axes(POSITIONS[0]), theme=theme, vmin=0, vmax=1, title="input", gid="input")
    # The kernel drawn at the image's scale: how far beyond the border it reaches.
    side = img.shape[0]
    canvas = np.zeros((side, side))
    r0 = (side - k.shape[0]) // 2
    canvas[r0 : r0 + k.shape[0], r0 : r0 + k.shape[1]] = k
    show_image(canvas, fig.add_axes(POSITIONS[1]), theme=theme, vmin=0, vmax=float(k.max()),
               title=f"kernel: box {BOX}×{BOX}", gid="kernel")
    for n, (boundary, words) in enumerate(BOUNDARIES.items()):
        ax = fig.add_axes(POSITIONS[2 + n])
        show_image(convolve2d(img, k, mode="same", boundary=boundary), ax, theme=theme, vmin=0, vmax=1,
                   gid=boundary)
        ax.set_title(f"{boundary}\n{words}", fontsize=FONT_MIN, linespacing=1.3)
    return fig
