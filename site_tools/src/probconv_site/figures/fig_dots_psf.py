"""The four isolated dots of the sample image and their blurs: each dot becomes a copy of the kernel.

Every panel, the kernels included, shows one image pixel as a square of one size
(:data:`SCALE` inches), :data:`TIMES_JITTER` times the size of a pixel in the whole image
of ``kernels_as_jitter``; a kernel is not magnified relative to the image. The axes are
placed by hand, because a layout engine would size each panel on its own.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from numpy.typing import NDArray

from probconv import convolve2d, kernels

from .helpers import show_image
from .images import sample_image
from .style import FONT_MIN, WIDTH, Theme, placed_figure

#: The dots of :func:`sample_image`, (row, column).
DOTS = ((42, 40), (50, 48), (44, 55), (56, 58))
#: The region drawn, rows and columns 37 to 62: the dots and their blurs (all of the box's, 99.8 % of the
#: Gaussian's), nothing else of the image.
CROP = (slice(37, 63), slice(37, 63))
BOX = 5
SIGMA = 1.5
#: The whole 64 x 64 image of kernels_as_jitter spans 2.22 in (as its layout engine sets it); here a
#: pixel is this many times larger.
TIMES_JITTER = 2.5
#: Inches per image pixel, in every panel.
SCALE = TIMES_JITTER * 2.22 / 64
#: Inches: the gap between the two columns, the room for a two-line title, the bottom margin.
GAP = 0.3
TITLE = 0.52
BOTTOM = 0.08
#: Pixels of zeros drawn around each kernel.
FRAME = 1


def blur_kernels() -> dict[str, NDArray[np.float64]]:
    """Name -> kernel; both are distributions of a random displacement."""
    return {"box": kernels.box(BOX), "gaussian": kernels.gaussian(SIGMA)}


def gain(k: NDArray[np.float64]) -> str:
    """How much a panel scaled to the kernel's maximum brightens: 25 for the 5 x 5 box."""
    return f"{1 / float(k.max()):.3g}"


def framed(k: NDArray[np.float64]) -> NDArray[np.float64]:
    """``k`` inside a FRAME-pixel border of zeros: a flat kernel drawn white needs black around it to show."""
    return np.pad(k, FRAME)


def _place(fig: Figure, left: float, top: float, size: tuple[float, float]) -> Axes:
    """An Axes ``size`` (width, height) inches, its top-left corner ``left``, ``top`` inches from the figure's."""
    fw, fh = fig.get_size_inches()
    w, h = size
    return fig.add_axes((left / fw, 1 - (top + h) / fh, w / fw, h / fh))


def draw(theme: Theme) -> Figure:
    """Top: the dots, and their box blur. Bottom: both kernels at the image's scale, and the Gaussian blur."""
    img = sample_image()
    ks = blur_kernels()
    box, gauss = ks["box"], ks["gaussian"]
    crop = img[CROP]
    # Blur the whole image ("same" mode, zeros beyond its border), then cut the region out.
    blurred = {name: convolve2d(img, k, mode="same")[CROP] for name, k in ks.items()}
    panel = (crop.shape[1] * SCALE, crop.shape[0] * SCALE)
    left = (WIDTH - 2 * panel[0] - GAP) / 2
    right = left + panel[0] + GAP
    lower = 2 * TITLE + panel[1]
    fig = placed_figure(theme, height=lower + panel[1] + BOTTOM)

    show_image(crop, _place(fig, left, TITLE, panel), theme=theme, vmin=0, vmax=1,
               title="image: four dots", gid="image")
    # A dot of brightness 1 spreads into the kernel's weights (1/25 each for the box): each blur
    # and its kernel are drawn with the kernel's largest weight as white, and say so.
    show_image(blurred["box"], _place(fig, right, TITLE, panel), theme=theme, vmin=0, vmax=float(box.max()),
               title=f"box {BOX}×{BOX} blur\nbrightness × {gain(box)}", gid="blurred-box")
    show_image(blurred["gaussian"], _place(fig, right, lower, panel), theme=theme, vmin=0,
               vmax=float(gauss.max()), title=f"Gaussian σ = {SIGMA} blur\nbrightness × {gain(gauss)}",
               gid="blurred-gaussian")
    # The kernels under the image, centred on the row; the box near the left edge and the Gaussian
    # at the right edge of the column, so that their titles do not meet.
    kb, kg = (framed(k).shape[0] * SCALE for k in (box, gauss))
    for k, name, x, side in ((box, "box", left + 0.1, kb), (gauss, "Gaussian", left + panel[0] - kg, kg)):
        ax = _place(fig, x, lower + (panel[1] - side) / 2, (side, side))
        show_image(framed(k), ax, theme=theme, vmin=0, vmax=float(k.max()), title=f"{name} kernel\n× {gain(k)}",
                   gid=f"kernel-{name.lower()}")
        ax.title.set_fontsize(FONT_MIN)
    return fig
