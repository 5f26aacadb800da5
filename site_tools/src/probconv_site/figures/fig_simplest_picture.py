"""The simplest picture: the joint grid turned 45 degrees, each anti-diagonal a column over its bar."""

from __future__ import annotations

import matplotlib as mpl
import numpy as np
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.patches import Polygon

from probconv import antidiagonal_sums, joint_grid
from probconv.examples import loaded_dice

from .helpers import percent_axis, pmf_bars
from .style import Theme, new_figure, percent_exact, text_on


def diamond(u: float, v: float) -> np.ndarray:
    """Corners of the cell centred at (u, v) once the grid is turned: half-diagonals of 1."""
    return np.array([(u - 1, v), (u, v + 1), (u + 1, v), (u, v - 1)])


def draw(theme: Theme) -> Figure:
    """Top: cell (x, y) drawn at u = x + y, v = y - x, so total k is the column u = k. Bottom: the sums."""
    X, Y = loaded_dice()
    grid = joint_grid(X, Y)
    probs = grid.probs.astype(float)
    total = antidiagonal_sums(grid)
    cmap = mpl.colormaps[theme.seq]
    norm = Normalize(0.0, float(probs.max()))

    fig = new_figure(theme, height=7.6)
    ax, ax_bars = fig.subplots(2, 1, sharex=True, height_ratios=[12.4, 6.2])
    # The grid as drawn everywhere (X across, Y up) turned 45 degrees clockwise: x + y runs
    # across, so each anti-diagonal stands upright above its total.
    for (i, j), p in np.ndenumerate(probs):
        x, y = int(grid.xs[i]), int(grid.ys[j])
        colour = cmap(norm(p))
        cell = Polygon(diamond(x + y, y - x), closed=True, facecolor=colour, edgecolor=theme.bg, linewidth=1.2)
        cell.set_gid(f"cell-{x}-{y}")
        ax.add_patch(cell)
        ax.text(x + y, y - x, percent_exact(p).rstrip("%"), ha="center", va="center", fontsize=12.5,
                color=text_on(colour, theme))
    # Faces along the two outer edges: X on the lower left (y = 1), Y on the upper left (x = 1).
    for face in grid.xs:
        ax.text(face + 1 - 0.95, 1 - face - 0.95, f"{face}", color=theme.x, ha="center", va="center", fontsize=12.5)
    for face in grid.ys:
        ax.text(1 + face - 0.95, face - 1 + 0.95, f"{face}", color=theme.y, ha="center", va="center", fontsize=12.5)
    ax.text(2.6, -4.7, "X", color=theme.x, fontsize=15, ha="center", va="center", fontweight="bold")
    ax.text(2.6, 4.7, "Y", color=theme.y, fontsize=15, ha="center", va="center", fontweight="bold")
    for k in total.support:
        ax.axvline(k, color=theme.muted, linewidth=0.6, linestyle=(0, (2, 3)), zorder=0)
    ax.set_ylim(-6.2, 6.2)
    ax.set_aspect("equal", adjustable="box")
    ax.set_yticks([])
    ax.tick_params(labelbottom=False, length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title("each column: the cells with x + y = k, in %", fontsize=12.5)

    pmf_bars(total, ax_bars, theme=theme, color=theme.total, label="X + Y")
    heights = np.asarray(total.to_float().probs)
    for k, h in zip(total.support, heights, strict=True):
        ax_bars.axvline(k, color=theme.muted, linewidth=0.6, linestyle=(0, (2, 3)), zorder=0)
        # upright, so that eleven sums fit side by side on a phone
        ax_bars.text(k, h + 0.006, percent_exact(h).rstrip("%"), rotation=90, ha="center", va="bottom",
                     fontsize=12.5).set_gid(f"sum-{k}")
    ax_bars.set_xlim(0.8, 13.2)
    ax_bars.set_ylim(0, 0.32)
    ax_bars.set_yticks([0, 0.1, 0.2, 0.3])
    percent_axis(ax_bars, digits=0)
    ax_bars.grid(axis="y")
    ax_bars.set_axisbelow(True)
    ax_bars.set_xlabel("k")
    ax_bars.set_ylabel("P(X + Y = k)")
    return fig
