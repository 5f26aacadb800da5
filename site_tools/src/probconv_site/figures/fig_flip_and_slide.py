"""Flip and slide on paper: three large frames, for the totals 4, 7 and 10, and the output growing."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from probconv import joint_grid
from probconv.examples import loaded_dice

from .helpers import percent_axis, probs_of
from .style import Theme, mix, new_figure, percent_exact

#: The totals shown, one frame each: low, middle and high.
FRAMES = (4, 7, 10)
#: The window of i in every frame: wide enough for Y flipped to the left (k = 4) and the right (k = 10).
I_RANGE = (-2, 9)


def draw(theme: Theme) -> Figure:
    """Each frame: P(X = i) up, P(Y = k - i) down with Y's faces named, the products solid; beside it,
    the distribution of X + Y with the bars found so far."""
    X, Y = loaded_dice()
    total = X + Y
    grid = joint_grid(X, Y)
    cells = grid.probs.astype(float)
    px, py = probs_of(X), probs_of(Y)
    xs, ys = grid.xs, grid.ys
    sums = probs_of(total)
    pale = mix(theme.x, theme.bg, 0.55)
    faint = mix(theme.total, theme.bg, 0.65)

    fig = new_figure(theme, height=8.4)
    axes = fig.subplots(len(FRAMES), 2, width_ratios=[3.2, 1])
    for (ax, ax_out), k in zip(axes, FRAMES, strict=True):
        ax.bar(xs, px, width=0.8, color=pale, label=f"X, k={k}")
        # Y flipped and slid: its face j stands at i = k - j, drawn downwards and named.
        ax.bar(k - ys, -py, width=0.8, color=theme.y, label=f"flipped Y, k={k}")
        for j, p in zip(ys, py, strict=True):
            ax.text(k - j, -p - 0.015, f"{j}", ha="center", va="top", color=theme.y, fontsize=12.5)
        # The products are the grid cells on anti-diagonal k: one term of the sum per face i.
        rows_i, cols_j = np.nonzero(grid.totals() == k)
        products = cells[rows_i, cols_j]
        ax.bar(xs[rows_i], products, width=0.8, color=theme.total, label=f"products, k={k}")
        for i, p in zip(xs[rows_i], products, strict=True):  # each product written above its bar, upright
            ax.text(i, px[i - xs[0]] + 0.012, percent_exact(p).rstrip("%"), rotation=90, ha="center",
                    va="bottom", color=theme.total, fontsize=12.5, fontweight="bold").set_gid(f"product-{k}-{i}")
        ax.axhline(0, color=theme.muted, linewidth=0.8)
        terms = " + ".join(percent_exact(p).rstrip("%") for p in products)
        ax.set_title(f"k = {k}:  {terms} = {percent_exact(float(total[k]))}", fontsize=12.5, loc="left")
        ax.title.set_gid(f"value-{k}")
        ax.set_xlim(I_RANGE[0] - 0.6, I_RANGE[1] + 0.6)
        ax.set_ylim(-0.42, 0.52)
        # every i numbered; a hyphen for the minus sign keeps "-2 -1 0" apart on a phone
        ax.set_xticks(range(I_RANGE[0], I_RANGE[1] + 1), labels=[str(i) for i in range(I_RANGE[0], I_RANGE[1] + 1)])
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        ax.spines["bottom"].set_visible(False)
        ax.tick_params(axis="x", length=0, pad=2)

        # The output so far: the totals before k in a pale shade, k itself in full.
        done = total.support <= k
        ax_out.bar(total.support[done], sums[done], width=0.8, label=f"sum so far, k={k}",
                   color=[theme.total if t == k else faint for t in total.support[done]])
        ax_out.bar(total.support[~done], sums[~done], width=0.8, fill=False, edgecolor=faint, linewidth=0.8)
        ax_out.set_xticks([2, 7, 12])
        ax_out.set_ylim(0, 0.22)
        ax_out.set_yticks([0, 0.1, 0.2])
        percent_axis(ax_out)
        ax_out.tick_params(axis="both", length=0)
    fig.legend(
        handles=[
            Patch(color=pale, label="P(X = i)"),
            Patch(color=theme.y, label="P(Y = k − i)"),
            Patch(color=theme.total, label="product, in %"),
        ],
        loc="outside upper center", ncol=3, handlelength=1.0, columnspacing=1.2,
    )
    axes[0][1].set_title("X + Y so far", fontsize=12.5)
    axes[-1][0].set_xlabel("i (face of X)")
    axes[-1][1].set_xlabel("k")
    return fig
