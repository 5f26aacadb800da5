"""The grid coloured by total, and the distribution of X + Y in the same colours."""

from __future__ import annotations

import matplotlib as mpl
import numpy as np
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure

from probconv import antidiagonal_sums, joint_grid
from probconv.examples import loaded_dice

from .helpers import cell_grid, pmf_bars
from .style import Theme, new_figure


def total_colours(totals: np.ndarray) -> ListedColormap:
    """One colour per total from viridis, which stays ordered and distinct under colour blindness.

    Neighbouring totals get similar colours, so every cell also carries its total as a number.
    """
    base = mpl.colormaps["viridis"]
    return ListedColormap([base(t) for t in np.linspace(0.05, 0.95, totals.size)])


def draw(theme: Theme) -> Figure:
    """Top: cells numbered and coloured by their total. Bottom: each total's anti-diagonal sum."""
    X, Y = loaded_dice()
    grid = joint_grid(X, Y)
    totals = grid.totals()
    total_pmf = antidiagonal_sums(grid)
    ks = total_pmf.support
    cmap = total_colours(ks)
    norm = BoundaryNorm(np.arange(ks[0] - 0.5, ks[-1] + 1.0), cmap.N)

    fig = new_figure(theme, height=7.6)
    ax_grid, ax_bars = fig.subplots(2, 1, height_ratios=[1.25, 1])
    cell_grid(
        totals.astype(float), ax_grid, theme=theme, cmap=cmap, norm=norm,
        labels=lambda i, j, v: f"{int(v)}", row_ticks=grid.xs, col_ticks=grid.ys, gid="totals",
    )
    ax_grid.set_ylabel("X")
    ax_grid.set_xlabel("Y")
    pmf_bars(
        total_pmf, ax_bars, theme=theme, color=[cmap(norm(k)) for k in ks], label="X + Y",
        edgecolor=theme.bg, linewidth=0.5,
    )
    ax_bars.set_xlabel("total k = X + Y")
    ax_bars.set_ylabel("P(X + Y = k)")
    ax_bars.set_xlim(ks[0] - 0.6, ks[-1] + 0.6)
    ax_bars.grid(axis="y")
    ax_bars.set_axisbelow(True)
    return fig
