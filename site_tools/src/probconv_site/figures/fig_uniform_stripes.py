"""U(0,1) + U(0,1) by stripes: the chord of x + y = z across the unit square traces the triangle.

Top: the unit square (x across, y up, equal aspect) crossed by the segments of x + y = z for seven
totals, each continued faintly down to the x-axis, where it lands at x = z. Each segment is
labelled with its x-extent, the length of the overlap of [0, 1] and [z - 1, z]; its true length is
√2 times that (the √2 of the page's "Why no √2 appears"). Bottom, on the same horizontal scale:
the density of X + Y computed by probconv, the closed form on top of it, and the seven x-extents
marked at their totals: they lie on the triangle.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure

from probconv import Density, irwin_hall_pdf

from .style import Theme, new_figure

DX = 0.01
#: The totals whose segments are drawn.
ZS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75)
#: The total whose √2 is spelled out.
SHOWN = 1.5
#: The horizontal window, shared by both panels so that a segment's total sits above its mark.
XLIM = (-0.12, 2.12)


def sum_density() -> Density:
    """The density of X + Y for independent uniforms, by probconv's convolution."""
    return Density.uniform(0, 1, DX) + Density.uniform(0, 1, DX)


def chord(z: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """The end points of the part of x + y = z inside the unit square (upper left, lower right)."""
    lo, hi = max(0.0, z - 1.0), min(1.0, z)
    return (lo, z - lo), (hi, z - hi)


def x_extent(z: float) -> float:
    """The overlap of [0, 1] with [z - 1, z]: the segment's extent in x (z up to 1, then 2 - z)."""
    return max(0.0, min(1.0, z) - max(0.0, z - 1.0))


def number(v: float) -> str:
    """``0.5 -> '0.5'``, ``1.0 -> '1'``."""
    return f"{v:g}"


def colours(theme: Theme) -> list[tuple[float, float, float, float]]:
    """One colour per total, from the theme's blue through its pink to its orange."""
    cmap = LinearSegmentedColormap.from_list("stripes", [theme.x, theme.accent, theme.y])
    return [cmap(i / (len(ZS) - 1)) for i in range(len(ZS))]


def draw(theme: Theme) -> Figure:
    """Top: the square with its seven chords and their x-extents. Bottom: the triangle with the marks."""
    total = sum_density()
    fig = new_figure(theme, height=6.9)
    ax, ax_sum = fig.subplots(2, 1, height_ratios=[1.15, 1])
    box = np.array([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], dtype=float)
    ax.fill(box[:, 0], box[:, 1], color=theme.faint, zorder=0, gid="unit-square")
    ax.plot(box[:, 0], box[:, 1], color=theme.muted, linewidth=1.0, zorder=1)
    cols = colours(theme)
    for z, c in zip(ZS, cols, strict=True):
        (x1, y1), (x2, y2) = chord(z)
        if y2 > 0:  # the line goes on, outside the square, to the x-axis at x = z
            ax.plot([x2, z], [y2, 0.0], color=c, linewidth=1.2, linestyle=(0, (2, 2)), zorder=1)
        ax.plot([x1, x2], [y1, y2], color=c, linewidth=3.0, solid_capstyle="butt", label=f"x + y = {number(z)}",
                zorder=2)
        # the x-extent, written at the chord's midpoint, which is on the diagonal y = x
        t = ax.text(z / 2, z / 2, number(x_extent(z)), ha="center", va="center", fontsize=12.5, color=c,
                    fontweight="bold", zorder=4,
                    bbox={"facecolor": theme.faint, "edgecolor": "none", "alpha": 0.9, "pad": 0.6})
        t.set_gid(f"extent-{number(z)}")
    # spell out the √2 once: the x-extent of the chord for SHOWN, as a bracket above the square
    (a, _), (b, _) = chord(SHOWN)
    bracket_y = 1.06
    ax.plot([a, a, b, b], [1.0, bracket_y, bracket_y, 1.0], color=cols[ZS.index(SHOWN)], linewidth=1.5,
            label="x-extent bracket")
    length = math.sqrt(2.0) * x_extent(SHOWN)
    ext = number(x_extent(SHOWN))
    note = ax.text(1.1, 1.08, f"z = {number(SHOWN)}: x-extent {ext},\nlength √2 × {ext}\n≈ {length:.2f}",
                   ha="left", va="top", fontsize=12.5, color=theme.fg, linespacing=1.15)
    note.set_gid("sqrt2-note")
    ax.set_title("Chords of x + y = z, numbered by x-extent;\ntheir true length is √2 × x-extent", loc="left")
    ax.set_xlim(*XLIM)
    ax.set_ylim(-0.06, 1.1)
    ax.set_aspect("equal")
    ax.set_xticks([0, 0.5, 1, 1.5, 2], labels=["0", "0.5", "1", "1.5", "2"])
    ax.set_yticks([0, 0.5, 1], labels=["0", "0.5", "1"])
    ax.set_xlabel("x", labelpad=1)
    ax.set_ylabel("y", rotation=0, labelpad=8)
    ax.spines["left"].set_bounds(0, 1)

    # bottom: the density of X + Y, with each chord's x-extent marked at its total
    zs = np.linspace(-0.1, 2.1, 441)
    ax_sum.plot(total.x, total.values, color=theme.total, linewidth=3.0, label="U + U (probconv)")
    ax_sum.plot(zs, irwin_hall_pdf(zs, 2), color=theme.fg, linewidth=1.3, linestyle=(0, (4, 3)),
                label="closed form")
    heights = [x_extent(z) for z in ZS]
    ax_sum.vlines(ZS, 0, heights, colors=cols, linewidth=1.6, zorder=3)
    marks = ax_sum.scatter(ZS, heights, s=46, c=cols, zorder=4, edgecolors=theme.bg, linewidths=0.8)
    marks.set_gid("x-extents")
    ax_sum.set_xlim(*XLIM)
    ax_sum.set_ylim(0, 1.12)
    ax_sum.set_xticks([0, 0.5, 1, 1.5, 2], labels=["0", "0.5", "1", "1.5", "2"])
    ax_sum.set_yticks([0, 0.25, 0.5, 0.75, 1], labels=["0", "0.25", "0.5", "0.75", "1"])
    ax_sum.set_xlabel("z")
    ax_sum.set_ylabel("density of X + Y")
    ax_sum.legend(loc="upper left", handlelength=1.6, borderaxespad=0.2)
    ax_sum.set_title("Density of X + Y; dot heights = x-extents", loc="left")
    return fig


__all__ = ["ZS", "chord", "draw", "sum_density", "x_extent"]
