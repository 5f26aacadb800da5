"""A mixture (f + g)/2 next to the sum f * g, for the chapter's two dice."""

from __future__ import annotations

from matplotlib.figure import Figure

from probconv import mixture
from probconv.examples import loaded_dice

from .helpers import percent_axis, pmf_bars
from .style import Theme, new_figure


def draw(theme: Theme) -> Figure:
    """Two bar charts on one horizontal axis, with each distribution's mean marked."""
    X, Y = loaded_dice()
    panels = [
        ("mixture (f + g)/2: roll one die, chosen by a coin", mixture([X, Y]), theme.accent),
        ("sum f * g: roll both, add", X + Y, theme.total),
    ]
    fig = new_figure(theme, height=5.4)
    axes = fig.subplots(2, 1, sharex=True, sharey=True)
    for ax, (title, pmf, colour) in zip(axes, panels, strict=True):
        pmf_bars(pmf, ax, theme=theme, color=colour, label=title.split(":")[0])
        mean = float(pmf.mean())
        ax.axvline(mean, color=theme.fg, linewidth=1.5, linestyle=(0, (4, 3)))
        ax.text(mean + 0.15, 0.215, f"mean {mean:g}", color=theme.fg, va="top")
        ax.set_title(title, loc="left", fontsize=13)
        ax.set_xticks(range(1, 13))
        ax.set_yticks([0, 0.1, 0.2])
        percent_axis(ax, digits=0)
        ax.tick_params(labelbottom=True)
    ax.set_ylim(0, 0.22)
    axes[-1].set_xlabel("value")
    return fig
