"""The chapter's two loaded dice, side by side: X leans high, Y leans low."""

from __future__ import annotations

from matplotlib.figure import Figure

from probconv.examples import loaded_dice

from .helpers import pmf_bars
from .style import Theme, new_figure


def draw(theme: Theme) -> Figure:
    """Two bar charts sharing a probability axis, each bar labelled in percent."""
    X, Y = loaded_dice()
    fig = new_figure(theme, height=3.1)
    ax_x, ax_y = fig.subplots(1, 2, sharey=True)
    pmf_bars(X, ax_x, theme=theme, color=theme.x, label="X", values_on_bars=True, unit="")
    pmf_bars(Y, ax_y, theme=theme, color=theme.y, label="Y", values_on_bars=True, unit="")
    ax_x.set_title("X: leans high")
    ax_y.set_title("Y: leans low")
    for ax in (ax_x, ax_y):
        ax.set_xlabel("face")
        ax.set_ylim(0, 0.35)
        ax.set_yticks([0, 0.1, 0.2, 0.3])
    ax_x.set_ylabel("probability")
    # Bar labels are in percent without the sign, which would not fit over six narrow bars.
    ax_y.tick_params(labelleft=False)
    return fig
