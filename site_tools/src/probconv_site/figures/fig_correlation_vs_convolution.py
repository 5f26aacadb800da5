"""The same asymmetric kernel applied to a single 1 by convolution and by correlation."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from numpy.typing import NDArray

from probconv import convolve2d, correlate2d

from .helpers import cell_grid
from .style import Theme, mix, new_figure

#: An L-shaped kernel: any flip or turn of it is easy to spot.
KERNEL = np.array([[1.0, 0.0, 0.0], [2.0, 0.0, 0.0], [3.0, 4.0, 5.0]])
SIZE = 5


def impulse() -> NDArray[np.float64]:
    """A SIZE x SIZE image of zeros with a single 1 in the middle."""
    img = np.zeros((SIZE, SIZE))
    img[SIZE // 2, SIZE // 2] = 1.0
    return img


def draw(theme: Theme) -> Figure:
    """Input and kernel on top; convolution and correlation ("same" mode) below."""
    img = impulse()
    panels = [
        ("input: a single 1", img, "input"),
        ("kernel", KERNEL, "kernel"),
        ("convolution", convolve2d(img, KERNEL, mode="same"), "convolution"),
        ("correlation", correlate2d(img, KERNEL, mode="same"), "correlation"),
    ]
    fig = new_figure(theme, height=5.6)
    gs = fig.add_gridspec(2, 2, width_ratios=[SIZE, SIZE])
    norm = Normalize(0.0, float(KERNEL.max()))
    cmap = theme.gray  # drawn as images: 0 black, larger values lighter, in both themes
    edge = mix(theme.muted, theme.bg, 0.45)
    for slot, (title, values, gid) in zip(((0, 0), (0, 1), (1, 0), (1, 1)), panels, strict=True):
        ax = fig.add_subplot(gs[slot])
        cell_grid(values, ax, theme=theme, cmap=cmap, norm=norm, gid=gid,
                  labels=lambda i, j, v: f"{v:.0f}" if v else "")
        ax.set_title(title, fontsize=13.5)
        # Outline every cell, so that the extent of each array shows, empty cells included.
        rows, cols = values.shape
        for (i, j), _v in np.ndenumerate(values):
            ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor=edge, linewidth=1.0, clip_on=False))
        # Same cell size in every panel: the 3 x 3 kernel sits in a 5 x 5 window.
        pad_r, pad_c = (SIZE - rows) / 2, (SIZE - cols) / 2
        ax.set_xlim(-0.5 - pad_c, cols - 0.5 + pad_c)
        ax.set_ylim(rows - 0.5 + pad_r, -0.5 - pad_r)
    return fig
