"""One output pixel of a true convolution: the kernel turned 180° over the patch, nine products, their sum.

A reader who knows CNN layers or a photo editor slides the kernel as it is. Convolution
(``convolve2d``, "same" mode, zeros beyond the border) pairs the pixel above-left of the
output with the kernel's bottom-right weight: the weight of the jump that carries that pixel
onto the output. Laid over the patch, the kernel is turned by 180°.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import BoundaryNorm, ListedColormap, Normalize, to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from numpy.typing import NDArray

from probconv import convolve2d

from .helpers import cell_grid
from .style import Theme, mix, placed_figure, text_on

#: Weights 1 to 9 in reading order: every weight names its cell, so the turn is visible.
KERNEL = np.arange(1.0, 10.0).reshape(3, 3)
#: A small image of integers, fixed by a seed so every build draws the same one.
SEED = 20240611
SIZE = 5
#: The output pixel explained, (row, column) in the "same"-mode output.
TARGET = (1, 2)
#: Cells of the 5 x 5 grids and of the 3 x 3 ones have one size: the patch and the overlay match.
WINDOW = 5
CELL_FONT = 15.0


def image() -> NDArray[np.float64]:
    """The SIZE x SIZE input, integers 1 to 4 (no zeros, so that every product is worth reading)."""
    return np.random.default_rng(SEED).integers(1, 5, size=(SIZE, SIZE)).astype(np.float64)


def patch(a: NDArray[np.float64], target: tuple[int, int] = TARGET) -> NDArray[np.float64]:
    """The 3 x 3 pixels centred on ``target`` (inside the image here, so zero fill plays no part)."""
    r, c = target
    return a[r - 1 : r + 2, c - 1 : c + 2]


def turned(k: NDArray[np.float64]) -> NDArray[np.float64]:
    """``k`` rotated by 180° (flipped on both axes)."""
    return np.rot90(k, 2)


def _window(ax: Axes, rows: int, cols: int) -> None:
    """Show a ``rows x cols`` grid in a WINDOW x WINDOW frame, so that every panel has one cell size."""
    pad_r, pad_c = (WINDOW - rows) / 2, (WINDOW - cols) / 2
    ax.set_xlim(-0.5 - pad_c, cols - 0.5 + pad_c)
    ax.set_ylim(rows - 0.5 + pad_r, -0.5 - pad_r)


def _outline(ax: Axes, row: float, col: float, size: int, colour: str, gid: str, width: float = 3.0,
             inset: float = 0.0) -> None:
    """Frame ``size x size`` cells from (row, col); ``inset`` pulls the frame inside the cells."""
    ax.add_patch(Rectangle((col - 0.5 + inset, row - 0.5 + inset), size - 2 * inset, size - 2 * inset, fill=False,
                           edgecolor=colour, linewidth=width, clip_on=False, gid=gid, zorder=3))


#: Each panel's box (left, bottom, width, height) in figure fractions.
POSITIONS: dict[str, tuple[float, float, float, float]] = {
    "image": (0.0677, 0.5861, 0.4243, 0.4077),
    "kernel": (0.508, 0.5861, 0.4243, 0.4077),
    "overlay": (0.0677, 0.1084, 0.4243, 0.4485),
    "output": (0.508, 0.1084, 0.4243, 0.4485),
    "sum": (0.0677, 0.0062, 0.8646, 0.0897),
}


def draw(theme: Theme) -> Figure:
    """Top: image with the patch outlined, and the kernel. Bottom: the turned kernel over the patch, the output."""
    a, k = image(), KERNEL
    out = convolve2d(a, k, mode="same")  # boundary "fill": zeros beyond the border
    p, w = patch(a), turned(k)
    products = p * w
    m, n = TARGET
    weights = Normalize(0.0, float(k.max()))
    kcmap = theme.gray  # larger weights lighter, as images are drawn, in both themes
    # Image and output are plain numbers on light cells, the patch and the output pixel tinted.
    plain = ListedColormap([theme.faint, to_hex(mix(theme.accent, theme.bg, 0.55))])
    two = BoundaryNorm([-0.5, 0.5, 1.5], 2)
    in_patch = np.zeros_like(a)
    in_patch[m - 1 : m + 2, n - 1 : n + 2] = 1
    at_target = np.zeros_like(out)
    at_target[TARGET] = 1

    fig = placed_figure(theme, height=6.7)  # at the positions constrained layout chose

    ax_a = fig.add_axes(POSITIONS["image"])
    cell_grid(in_patch, ax_a, theme=theme, cmap=plain, norm=two, gid="image-patch", fontsize=CELL_FONT,
              labels=lambda i, j, v: f"{a[i, j]:.0f}")
    _outline(ax_a, m - 1, n - 1, 3, theme.accent, "patch")
    _outline(ax_a, m, n, 1, theme.fg, "patch-centre", width=1.5, inset=0.1)
    ax_a.set_title("image a")

    ax_k = fig.add_axes(POSITIONS["kernel"])
    cell_grid(k, ax_k, theme=theme, cmap=kcmap, norm=weights, gid="kernel", fontsize=CELL_FONT,
              labels=lambda i, j, v: f"{v:.0f}")
    centre_edge = text_on(kcmap(weights(k[1, 1])), theme)  # the colour of the centre's label
    _outline(ax_k, 1, 1, 1, centre_edge, "kernel-centre", width=1.5, inset=0.1)
    _window(ax_k, 3, 3)
    ax_k.set_title("kernel k")

    ax_w = fig.add_axes(POSITIONS["overlay"])
    cell_grid(w, ax_w, theme=theme, cmap=kcmap, norm=weights, gid="overlay", fontsize=CELL_FONT,
              labels=lambda i, j, v: f"{p[i, j]:.0f}×{v:.0f}")
    _outline(ax_w, 0, 0, 3, theme.accent, "overlay-patch")
    _outline(ax_w, 1, 1, 1, centre_edge, "overlay-centre", width=1.5, inset=0.06)
    ax_w.set_title("k turned 180°,\nover the patch")

    ax_o = fig.add_axes(POSITIONS["output"])
    cell_grid(at_target, ax_o, theme=theme, cmap=plain, norm=two, gid="output-pixel", fontsize=CELL_FONT,
              labels=lambda i, j, v: f"{out[i, j]:.0f}" if v else "")
    _outline(ax_o, m, n, 1, theme.accent, "target")
    ax_o.set_title("output a * k")

    ax_s = fig.add_axes(POSITIONS["sum"])
    ax_s.set_axis_off()
    terms = " + ".join(f"{v:.0f}" for v in products.ravel())
    ax_s.text(0.5, 0.5, f"sum of the nine products, pixel × weight:\n{terms} = {products.sum():.0f}",
              ha="center", va="center", fontsize=CELL_FONT, color=theme.fg, gid="sum")
    return fig
