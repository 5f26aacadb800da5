"""One output pixel of a 2-D convolution and the nine (pixel, weight) pairs that feed it."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from numpy.typing import NDArray

from probconv import convolve2d

from .helpers import cell_grid
from .style import Theme, new_figure

#: A small image of integers, fixed by a seed so every build draws the same one.
SEED = 19680801
#: An asymmetric kernel, so that the pairing (pixel i pairs with weight m - i) is visible.
KERNEL = np.array([[1.0, 2.0, 1.0], [0.0, 1.0, 3.0], [1.0, 0.0, 2.0]])
#: The output pixel explained, (row, column) in the full output.
TARGET = (3, 3)


def image() -> NDArray[np.float64]:
    """The 5 x 5 input, integers 0 to 3."""
    return np.random.default_rng(SEED).integers(0, 4, size=(5, 5)).astype(np.float64)


def pairs(a: NDArray[np.float64], k: NDArray[np.float64], target: tuple[int, int]) -> list[tuple[int, int, int, int]]:
    """Every ``(i, j, p, q)`` with pixel ``(i, j)`` + offset ``(p, q)`` = ``target``, both inside their arrays."""
    m, n = target
    return [
        (i, j, m - i, n - j)
        for i in range(a.shape[0]) for j in range(a.shape[1])
        if 0 <= m - i < k.shape[0] and 0 <= n - j < k.shape[1]
    ]


def draw(theme: Theme) -> Figure:
    """Image with the feeding pixels marked (each shows pixel × weight), the kernel, and the output."""
    a, k = image(), KERNEL
    out = convolve2d(a, k, mode="full")
    feeding = pairs(a, k, TARGET)
    weight_at = {(i, j): k[p, q] for i, j, p, q in feeding}
    two = ListedColormap([theme.faint, theme.accent])
    norm = BoundaryNorm([-0.5, 0.5, 1.5], 2)

    fig = new_figure(theme, height=7.4)
    gs = fig.add_gridspec(2, 2, width_ratios=[5, 3], height_ratios=[5, 7])
    ax_a = fig.add_subplot(gs[0, 0])
    marked = np.zeros_like(a)
    for i, j, _p, _q in feeding:
        marked[i, j] = 1
    cell_grid(
        marked, ax_a, theme=theme, cmap=two, norm=norm, gid="image-pairs",
        labels=lambda i, j, v: f"{a[i, j]:.0f}×{weight_at[i, j]:.0f}" if v else f"{a[i, j]:.0f}",
        row_ticks=range(5), col_ticks=range(5),
    )
    ax_a.set_title("image a (pixel × weight)", fontsize=12.5)

    ax_k = fig.add_subplot(gs[0, 1])
    cell_grid(np.zeros_like(k), ax_k, theme=theme, cmap=two, norm=norm, gid="kernel",
              labels=lambda i, j, v: f"{k[i, j]:.0f}", row_ticks=range(3), col_ticks=range(3))
    ax_k.set_title("kernel k", fontsize=12.5)

    ax_o = fig.add_subplot(gs[1, :])
    target = np.zeros_like(out)
    target[TARGET] = 1
    cell_grid(target, ax_o, theme=theme, cmap=two, norm=norm, gid="output",
              labels=lambda i, j, v: f"{out[i, j]:.0f}", row_ticks=range(out.shape[0]), col_ticks=range(out.shape[1]))
    m, n = TARGET
    ax_o.set_title(f"a * k, full mode: out[{m}, {n}] = Σ a[i, j] k[{m} − i, {n} − j]", fontsize=12.5)
    return fig
