"""Sums of n copies of die X against the normal curve N(n mu, n sigma^2)."""

from __future__ import annotations

import math

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from probconv import normal_pdf
from probconv.examples import loaded_dice

from .helpers import percent_axis, pmf_bars
from .style import Theme, new_figure

NS = (1, 2, 5, 20)


def draw(theme: Theme) -> Figure:
    """A 2 x 2 grid of panels; bars from probconv's n-fold sum, a line from the normal density."""
    X, _ = loaded_dice()
    mu, var = float(X.mean()), float(X.var())
    fig = new_figure(theme, height=5.6)
    axes = fig.subplots(2, 2).ravel()
    for ax, n in zip(axes, NS, strict=True):
        total = X.nfold(n)
        # Narrow bars for many values, so that the curve stays visible between them.
        pmf_bars(total, ax, theme=theme, color=theme.x, label=f"n = {n}", width=0.8 if n < 5 else 0.7)
        lo, hi = int(total.support[0]), int(total.support[-1])
        if n == NS[-1]:
            # Twenty dice reach 20..120, but almost all mass sits within 4 sd of the mean.
            sd = math.sqrt(n * var)
            lo, hi = int(n * mu - 4 * sd), int(n * mu + 4 * sd) + 1
        z = np.linspace(lo - 0.5, hi + 0.5, 400)
        ax.plot(z, normal_pdf(z, n * mu, math.sqrt(n * var)), color=theme.y, linewidth=2.2, label=f"normal, n = {n}")
        ax.set_xlim(lo - 0.7, hi + 0.7)
        ax.set_title(f"n = {n}")
        ax.set_ylim(0, None)
        ax.xaxis.set_major_locator(MaxNLocator(5, integer=True))
        ax.yaxis.set_major_locator(MaxNLocator(3))
        percent_axis(ax, digits=0)
    fig.supxlabel("sum of n rolls of X", fontsize=13.5)
    return fig
