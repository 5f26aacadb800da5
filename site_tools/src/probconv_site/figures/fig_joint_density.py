"""The joint density of independent X ~ N(0, 1) and Y ~ Exp(1), with the line x + y = z."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from probconv import Density, Density2D, normal_pdf

from .style import Theme, new_figure

Z = 1.5
D = 0.02
XLIM = (-3.0, 3.0)
YLIM = (0.0, 4.0)


def joint() -> Density2D:
    """f(x) g(y) on the plotted box: independence makes the joint density a product."""
    return Density2D.from_function(lambda x, y: normal_pdf(x) * np.exp(-y), XLIM, YLIM, D)


def sum_density() -> Density:
    """The density of X + Y, by probconv's convolution of the two 1-D densities."""
    return Density.normal(0.0, 1.0, D) + Density.exponential(1.0, D)


def draw(theme: Theme) -> Figure:
    """Top: the joint density as a heat map crossed by x + y = Z. Bottom: f_{X+Y} with Z marked."""
    grid = joint()
    total = sum_density()
    fig = new_figure(theme, height=6.6)
    ax, ax_sum = fig.subplots(2, 1, height_ratios=[1.3, 1])
    # Density2D puts x on axis 0; an image wants rows = y, so transpose, and put y = 0 at the bottom.
    im = ax.imshow(
        # Equal aspect: one unit of x is as long as one unit of y, so the line x + y = z is at 45 degrees.
        grid.values.T, origin="lower", cmap=theme.seq, aspect="equal",
        # "none": the SVG keeps the 300 x 200 cells and the browser scales them; 27 KB with gzip,
        # where a PNG of the whole figure took 66 KB.
        extent=(XLIM[0], XLIM[1], YLIM[0], YLIM[1]), interpolation="none",
    )
    im.set_gid("joint-density")
    xs = np.array([Z - YLIM[1], Z - YLIM[0]])
    ax.plot(xs, Z - xs, color=theme.accent, linewidth=3.0, label=f"x + y = {Z}")
    ax.set_xlim(*XLIM)
    ax.set_ylim(*YLIM)
    ax.set_xlabel("x  (X ~ N(0, 1))")
    ax.set_ylabel("y  (Y ~ Exp(1))")
    # The label runs along the line, just above it, so that it never covers it.
    ax.text(-1.0, 2.5 + 0.32, f"x + y = {Z}", color=theme.accent, fontsize=13.5, rotation=-45,
            rotation_mode="anchor", ha="center", va="bottom",
            bbox={"facecolor": theme.bg, "edgecolor": "none", "alpha": 0.85, "pad": 2})
    cbar = fig.colorbar(im, ax=ax, pad=0.02, fraction=0.06, shrink=0.66)
    cbar.set_label("f(x) g(y)")
    cbar.outline.set_visible(False)

    ax_sum.plot(total.x, total.values, color=theme.total, linewidth=2.5, label="f_{X+Y}")
    value = float(np.interp(Z, total.x, total.values))
    ax_sum.plot([Z], [value], "o", color=theme.accent, markersize=9)
    ax_sum.vlines(Z, 0, value, color=theme.accent, linewidth=1.5, linestyles=(0, (3, 2)))
    note = ax_sum.annotate(f"{value:.3f} at z = {Z}", (Z, value), xytext=(12, 6), textcoords="offset points",
                           color=theme.fg)
    note.set_gid("value-at-z")
    ax_sum.set_xlim(-3.5, 7.0)
    ax_sum.set_ylim(0, 0.4)
    ax_sum.set_xlabel("z")
    ax_sum.set_ylabel("density of X + Y")
    return fig
