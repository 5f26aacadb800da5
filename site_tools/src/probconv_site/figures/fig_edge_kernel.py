"""A kernel with negative weights (Sobel) and its output, on a colour map centred at 0."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import Normalize
from matplotlib.figure import Figure

from probconv import convolve2d, kernels

from .helpers import cell_grid, show_image
from .images import sample_image
from .style import Theme, new_figure


def draw(theme: Theme) -> Figure:
    """Top: the Sobel kernel with its weights, and the image. Bottom: the signed output."""
    img = sample_image()
    k = kernels.sobel("x")
    out = convolve2d(img, k, mode="same")
    fig = new_figure(theme, height=7.4)
    gs = fig.add_gridspec(2, 2, height_ratios=[1, 1.55])
    ax_k = fig.add_subplot(gs[0, 0])
    # Symmetric limits put 0 at the centre of the diverging map.
    kmax = float(np.abs(k).max())
    cell_grid(k, ax_k, theme=theme, cmap=theme.div, norm=Normalize(-kmax, kmax),
              labels=lambda i, j, v: f"{v:+.0f}".replace("-", "−") if v else "0", gid="kernel", fontsize=15)
    ax_k.set_title("Sobel (sum 0)")
    show_image(img, fig.add_subplot(gs[0, 1]), theme=theme, vmin=0, vmax=1, title="image", gid="image")
    ax_out = fig.add_subplot(gs[1, :])
    omax = float(np.abs(out).max())
    show_image(out, ax_out, theme=theme, cmap=theme.div, vmin=-omax, vmax=omax, title="output", gid="output")
    cbar = fig.colorbar(ax_out.images[0], ax=ax_out, shrink=0.85, pad=0.02)
    cbar.outline.set_visible(False)
    cbar.set_ticks([-4, -2, 0, 2, 4])
    return fig
