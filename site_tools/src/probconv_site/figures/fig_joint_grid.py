"""The 6 x 6 grid of joint probabilities P(X = i) P(Y = j), every cell labelled; X across, Y up."""

from __future__ import annotations

from matplotlib.figure import Figure

from probconv import joint_grid
from probconv.examples import loaded_dice

from .helpers import cell_grid, probs_of
from .style import Theme, new_figure, percent, percent_exact


def draw(theme: Theme) -> Figure:
    """The outer product as a heat map, with the marginals in the tick labels."""
    X, Y = loaded_dice()
    grid = joint_grid(X, Y)
    probs = grid.probs.astype(float)
    px, py = probs_of(X), probs_of(Y)
    fig = new_figure(theme, height=5.0)
    ax = fig.subplots()
    cell_grid(
        probs, ax, theme=theme, labels=lambda i, j, v: percent_exact(v), gid="joint", outcomes=True,
        # Each column and row says which face it is and how likely that face is.
        row_ticks=[f"{x}\n{percent(p, 0)}" for x, p in zip(grid.xs, px, strict=True)],
        col_ticks=[f"{y}  {percent(p, 0):>3}" for y, p in zip(grid.ys, py, strict=True)],
        fontsize=12.5,
    )
    ax.set_xlabel("X = i,  P(X = i)")
    ax.set_ylabel("Y = j,  P(Y = j)")
    return fig
