"""The three cells of the joint grid where X + Y = 4, each with its product."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure

from probconv import joint_grid
from probconv.examples import loaded_dice

from .helpers import cell_grid, probs_of
from .style import Theme, new_figure, percent

TOTAL = 4


def draw(theme: Theme) -> Figure:
    """The 6 x 6 grid of outcomes; the three ways to four are filled and carry their products."""
    X, Y = loaded_dice()
    grid = joint_grid(X, Y)
    probs = grid.probs.astype(float)
    on_line = grid.totals() == TOTAL
    px, py = probs_of(X), probs_of(Y)

    fig = new_figure(theme, height=5.6)
    ax = fig.subplots()
    cmap = ListedColormap([theme.faint, theme.accent])

    def label(i: int, j: int, _v: float) -> str:
        # Highlighted cells show their probability; the others get their total below, muted.
        return percent(probs[i, j]) if on_line[i, j] else ""

    cell_grid(
        on_line.astype(float), ax, theme=theme, cmap=cmap, norm=BoundaryNorm([-0.5, 0.5, 1.5], 2),
        labels=label, row_ticks=grid.xs, col_ticks=grid.ys, gid="ways", outcomes=True,
    )
    for (i, j), cell_total in np.ndenumerate(grid.totals()):
        if not on_line[i, j]:
            ax.text(i, j, f"{cell_total}", ha="center", va="center", color=theme.muted, fontsize=12.5)
    ax.set_xlabel("X (first die)")
    ax.set_ylabel("Y (second die)")
    ax.set_title("grey: each cell's total i + j", fontsize=12.5, color=theme.muted)
    cells = np.argwhere(on_line)
    products = " + ".join(f"{percent(px[i], 0)}×{percent(py[j], 0)}" for i, j in cells)
    partials = " + ".join(percent(probs[i, j]) for i, j in cells)
    total = float((X + Y)[TOTAL])  # the sum of those cells, by probconv
    text = ax.text(
        0.0, -0.14, f"P(X + Y = {TOTAL})\n= {products}\n= {partials} = {percent(total)}",
        transform=ax.transAxes, ha="left", va="top", linespacing=1.5,
    )
    text.set_gid("equation")
    return fig
