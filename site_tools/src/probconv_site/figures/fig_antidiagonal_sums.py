"""The grid's products, and each bar of X + Y stacked from the products on its anti-diagonal."""

from __future__ import annotations

import matplotlib as mpl
import numpy as np
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from probconv import antidiagonal_sums, joint_grid
from probconv.examples import loaded_dice

from .helpers import cell_grid, percent_axis
from .style import Theme, new_figure, percent_exact

#: The total whose anti-diagonal is outlined and written out as a sum.
SHOWN = 7


def face_colours(n: int) -> ListedColormap:
    """One colour per face of X, from viridis: ordered, and distinct under colour blindness."""
    base = mpl.colormaps["viridis"]
    # from 0.2: viridis's darkest purple would vanish on the dark page
    return ListedColormap([base(t) for t in np.linspace(0.2, 1.0, n)])


def draw(theme: Theme) -> Figure:
    """Top: each cell's product, coloured by X's face. Bottom: each bar stacks its anti-diagonal's cells."""
    X, Y = loaded_dice()
    grid = joint_grid(X, Y)
    probs = grid.probs.astype(float)
    totals = grid.totals()
    total_pmf = antidiagonal_sums(grid)
    ks = total_pmf.support
    cmap = face_colours(len(grid.xs))
    norm = BoundaryNorm(np.arange(len(grid.xs) + 1) - 0.5, cmap.N)
    columns = np.repeat(np.arange(len(grid.xs))[:, None], len(grid.ys), axis=1).astype(float)

    fig = new_figure(theme, height=8.2)
    ax_grid, ax_bars = fig.subplots(2, 1, height_ratios=[1.25, 1])
    cell_grid(
        columns, ax_grid, theme=theme, cmap=cmap, norm=norm, outcomes=True, gid="products",
        labels=lambda i, j, v: percent_exact(probs[i, j]).rstrip("%"),
        row_ticks=grid.xs, col_ticks=grid.ys, fontsize=12.5,
    )
    for i, j in np.argwhere(totals == SHOWN):
        ax_grid.add_patch(Rectangle(
            (i - 0.46, j - 0.46), 0.92, 0.92, fill=False, edgecolor=theme.accent, linewidth=3.0, zorder=3,
        ))
    ax_grid.set_xlabel("X = i")
    ax_grid.set_ylabel("Y = j")
    ax_grid.set_title(f"P(X = i) P(Y = j), in %; outlined: X + Y = {SHOWN}", fontsize=12.5)

    # One bar series per face i of X: its segment at total k is the cell (i, k - i).
    bottom = np.zeros(ks.size)
    for col, x in enumerate(grid.xs):
        heights = np.array([probs[col, k - x - grid.ys[0]] if 0 <= k - x - grid.ys[0] < len(grid.ys) else 0.0
                            for k in ks])
        ax_bars.bar(ks, heights, bottom=bottom, width=0.8, color=cmap(col), edgecolor=theme.bg, linewidth=0.6,
                    label=f"X = {x}")
        bottom += heights
    ax_bars.set_xticks(ks)
    ax_bars.set_xlim(ks[0] - 0.6, ks[-1] + 0.6)
    ax_bars.set_ylim(0, 0.25)
    percent_axis(ax_bars)
    ax_bars.grid(axis="y")
    ax_bars.set_axisbelow(True)
    ax_bars.set_xlabel("total k = X + Y")
    ax_bars.set_ylabel("P(X + Y = k)")
    terms = [percent_exact(probs[i, j]).rstrip("%") for i, j in np.argwhere(totals == SHOWN)]
    ax_bars.set_title(
        f"P(X + Y = {SHOWN}), from the bottom of its bar up:\n"
        f"{' + '.join(terms)} = {percent_exact(float(total_pmf[SHOWN]))}",
        fontsize=12.5, loc="left", linespacing=1.4,
    )
    ax_bars.title.set_gid("equation")
    return fig
