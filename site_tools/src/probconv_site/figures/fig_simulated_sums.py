"""Ten thousand seeded throws of the two dice, drawn over the exact distribution of X + Y."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from probconv.examples import loaded_dice

from .helpers import pmf_bars, probs_of
from .style import Theme, mix, new_figure

#: Throws simulated, and the seed that fixes them.
THROWS = 10_000
SEED = 2024


def simulated_frequencies() -> tuple[np.ndarray, np.ndarray]:
    """Return the totals 2 .. 12 and how often each came up in ``THROWS`` seeded throws."""
    X, Y = loaded_dice()
    rng = np.random.default_rng(SEED)
    totals = X.sample(THROWS, rng) + Y.sample(THROWS, rng)
    ks = np.arange(2, 13)
    return ks, np.bincount(totals - 2, minlength=ks.size) / THROWS


def draw(theme: Theme) -> Figure:
    """Top: exact bars and simulated dots. Bottom: each gap, in percentage points, against two standard errors."""
    X, Y = loaded_dice()
    total = X + Y
    p = probs_of(total)
    stderr = np.sqrt(p * (1 - p) / THROWS)
    ks, freq = simulated_frequencies()

    fig = new_figure(theme, height=6.0)
    ax, ax_gap = fig.subplots(2, 1, sharex=True, height_ratios=[1.5, 1])
    # pale bars, so that the dots read on them
    pmf_bars(total, ax, theme=theme, label="exact", color=mix(theme.total, theme.bg, 0.5))
    ax.plot(ks, freq, "o", color=theme.accent, markersize=6, markeredgecolor=theme.bg, label=f"{THROWS:,} throws")
    ax.set_ylabel("P(X + Y = k)")
    ax.grid(axis="y")
    ax.set_axisbelow(True)

    # The gaps, magnified: a frequency lands within two standard errors of p about 95 times in 100.
    band = 100 * 2 * stderr
    ax_gap.bar(ks, 2 * band, bottom=-band, width=0.8, color=mix(theme.muted, theme.bg, 0.7),
               label="± 2 standard errors")
    ax_gap.axhline(0, color=theme.muted, linewidth=0.8)
    ax_gap.plot(ks, 100 * (freq - p), "o", color=theme.accent, markersize=6, markeredgecolor=theme.bg,
                label="frequency − probability")
    ax_gap.set_ylim(-1.2, 1.2)
    ax_gap.set_yticks([-1, -0.5, 0, 0.5, 1])
    ax_gap.set_ylabel("gap, points")
    ax_gap.set_xlabel("total k = X + Y")
    handles = [ax.containers[0], ax.lines[0], ax_gap.containers[0]]
    labels = ["exact", f"{THROWS:,} throws; below, their gaps", "± 2 standard errors"]
    fig.legend(handles, labels, loc="outside upper center", ncol=1, handlelength=1.0)
    return fig
