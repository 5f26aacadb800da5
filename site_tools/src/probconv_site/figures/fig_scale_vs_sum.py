"""Scaling is not adding copies: 2X (one throw, doubled) next to the sum of two independent throws."""

from __future__ import annotations

from matplotlib.figure import Figure

from probconv.examples import loaded_dice

from .helpers import percent_axis, pmf_bars
from .style import Theme, new_figure


def draw(theme: Theme) -> Figure:
    """Two bar charts on one axis, each with its mean and a bar one standard deviation to either side."""
    X, _ = loaded_dice()
    panels = [
        ("2X: one throw, doubled", 2 * X, theme.accent),
        ("X₁ + X₂: two independent throws, added", X.nfold(2), theme.total),
    ]
    fig = new_figure(theme, height=5.4)
    axes = fig.subplots(2, 1, sharex=True, sharey=True)
    for ax, (title, pmf, colour) in zip(axes, panels, strict=True):
        pmf_bars(pmf, ax, theme=theme, color=colour, label=title.split(":")[0])
        mean, sd = float(pmf.mean()), pmf.std()
        ax.axvline(mean, color=theme.fg, linewidth=1.5, linestyle=(0, (4, 3)))
        # the spread as a bracket at a fixed height: the eye compares the two widths
        ax.annotate("", (mean - sd, 0.34), (mean + sd, 0.34),
                    arrowprops={"arrowstyle": "|-|", "color": theme.fg, "linewidth": 1.3, "shrinkA": 0, "shrinkB": 0})
        ax.text(mean - sd - 0.2, 0.34, f"sd {sd:.2f}", color=theme.fg, ha="right", va="center", gid="sd")
        ax.set_title(title, loc="left", fontsize=13)
        ax.set_xticks(range(2, 13))
        ax.set_yticks([0, 0.1, 0.2, 0.3])
        percent_axis(ax, digits=0)
        ax.tick_params(labelbottom=True)
    ax.set_xlim(1.2, 12.8)
    ax.set_ylim(0, 0.38)
    axes[-1].set_xlabel("value (both have mean 8.3)")
    return fig
