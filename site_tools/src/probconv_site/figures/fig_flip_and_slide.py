"""Flip and slide, one small panel per total k = 2 .. 12, for the chapter's dice."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from probconv import joint_grid
from probconv.examples import loaded_dice

from .helpers import probs_of
from .style import Theme, mix, new_figure, percent_exact

COLS = 3
#: The window of i shown in every panel: wide enough for Y flipped to the far left and right.
I_RANGE = (-4, 11)


def draw(theme: Theme) -> Figure:
    """Each panel: P(X = i) up, P(Y = k - i) down, their products solid, the sum in the title."""
    X, Y = loaded_dice()
    total = X + Y
    grid = joint_grid(X, Y)
    cells = grid.probs.astype(float)
    px, py = probs_of(X), probs_of(Y)
    xs, ys = grid.xs, grid.ys
    ks = total.support
    rows = -(-(len(ks) + 1) // COLS)
    fig = new_figure(theme, height=1.75 * rows)
    axes = fig.subplots(rows, COLS, sharex=True, sharey=True).ravel()
    pale = mix(theme.x, theme.bg, 0.6)
    for ax, k in zip(axes, ks, strict=False):  # more panels than totals: the spare ones stay blank
        ax.bar(xs, px, width=0.8, color=pale, label=f"X, k={k}")
        # Y flipped (face j sits at i = k - j) and shifted by k, drawn downwards.
        ax.bar(k - ys, -py, width=0.8, color=theme.y, label=f"flipped Y, k={k}")
        # The products are the grid cells on anti-diagonal k: one term of the sum per face i.
        on_diag = grid.totals() == k
        rows_i, cols_j = np.nonzero(on_diag)
        ax.bar(xs[rows_i], cells[rows_i, cols_j], width=0.8, color=theme.total, label=f"products, k={k}")
        ax.axhline(0, color=theme.muted, linewidth=0.8)
        ax.set_title(f"k = {k}: {percent_exact(float(total[k]))}", fontsize=12.5)
        ax.title.set_gid(f"value-{k}")
    for ax in axes:
        ax.set_xlim(I_RANGE[0] - 0.6, I_RANGE[1] + 0.6)
        ax.set_ylim(-0.33, 0.33)
        ax.set_yticks([])
        ax.set_xticks([0, 5, 10])
        # The zero line is the axis; a frame under every small panel would only add clutter.
        ax.spines["left"].set_visible(False)
        ax.spines["bottom"].set_visible(False)
        ax.tick_params(axis="x", length=0)
    for ax in axes[len(ks):]:
        ax.set_axis_off()
    legend_ax = axes[-1]
    legend_ax.legend(
        handles=[
            Patch(color=pale, label="P(X = i)"),
            Patch(color=theme.total, label="product"),
            Patch(color=theme.y, label="P(Y = k − i)"),
        ],
        loc="center", handlelength=1.0, borderaxespad=0.0,
    )
    fig.supxlabel("i (face of X)", fontsize=12.5)
    return fig
