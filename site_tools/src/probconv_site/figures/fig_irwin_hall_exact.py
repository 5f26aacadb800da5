"""The exact densities of U1 + ... + Un for n = 1 to 4: one polynomial piece per unit interval.

Every curve is :class:`probconv.piecewise.PiecewisePoly` evaluated piece by
piece: the sums are computed exactly (rational breakpoints, Fraction
coefficients), not on a grid. The pieces alternate in shade so that each
polynomial can be told from the next; dots mark the joins at the integers.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from probconv import normal_pdf
from probconv.piecewise import PiecewisePoly

from .style import FONT_MIN, Theme, mix, placed_figure

NS = (1, 2, 3, 4)
#: The point labelled on the n = 3 curve: its density is exactly 3/4.
MARKED = Fraction(3, 2)
#: The row whose curve is drawn over the normal of the same mean and variance.
NORMAL_ROW = 4
XLIM = (-0.35, 4.35)
YLIM = (0.0, 1.22)
SAMPLES_PER_PIECE = 60

#: The boxes (left, bottom, width, height) in figure fractions of the four rows, top to bottom, at the
#: positions constrained layout chose (fixed here so that the file does not depend on text extents).
ROWS: tuple[tuple[float, float, float, float], ...] = (
    (0.1186, 0.7911, 0.8734, 0.1675),
    (0.1186, 0.5616, 0.8734, 0.1675),
    (0.1186, 0.3320, 0.8734, 0.1675),
    (0.1186, 0.1025, 0.8734, 0.1675),
)


def sums() -> dict[int, PiecewisePoly]:
    """n -> the exact density of U1 + ... + Un, for independent U(0, 1) variables."""
    U = PiecewisePoly.uniform(0, 1)
    return {n: U.nfold(n) for n in NS}


def title(n: int, S: PiecewisePoly) -> str:
    """``U_1 + U_2 + U_3: 3 pieces of degree 2``, with the count and the degree read off the pieces."""
    pieces = S.pieces()
    degree = max(p.degree for p in pieces)
    terms = {1: "$U_1$", 2: "$U_1 + U_2$", 3: "$U_1 + U_2 + U_3$"}.get(n, f"$U_1 + \\cdots + U_{{{n}}}$")
    return f"{terms}: {len(pieces)} piece{'s' if len(pieces) > 1 else ''} of degree {degree}"


def _shades(theme: Theme) -> tuple[str, tuple[float, float, float]]:
    """Two shades of the sum's colour, alternated from piece to piece."""
    other = "#ffffff" if theme.dark else "#000000"
    return theme.total, mix(theme.total, other, 0.45)


def _row(ax: Axes, theme: Theme, n: int, S: PiecewisePoly) -> None:
    for k in range(math.floor(XLIM[0]) + 1, math.ceil(XLIM[1])):
        ax.axvline(k, color=theme.faint, linewidth=1.0, zorder=0)
    shades = _shades(theme)
    for i, piece in enumerate(S.pieces()):
        xs = np.linspace(float(piece.lo), float(piece.hi), SAMPLES_PER_PIECE)
        ax.plot(xs, S(xs), color=shades[i % 2], linewidth=2.6, solid_capstyle="butt",
                label=f"n = {n}, piece [{piece.lo}, {piece.hi}]")
    knots = np.array([float(t) for t in S.breakpoints])
    heights = np.array([float(S(t)) for t in S.breakpoints])
    if n == 1:  # the box jumps at both ends: show the jumps as thin dotted edges
        ax.vlines(knots, 0, heights, colors=theme.muted, linewidth=1.0, linestyles=(0, (1.5, 2)))
    ax.plot(knots, heights, "o", color=theme.fg, markersize=4.5, zorder=5, label=f"n = {n}: joins")
    ax.set_title(title(n, S), loc="left", fontsize=FONT_MIN)


def _mark_three_quarters(ax: Axes, theme: Theme, S: PiecewisePoly) -> None:
    value = S(MARKED)
    ax.plot([float(MARKED)], [float(value)], "o", color=theme.accent, markersize=7, zorder=6,
            label="marked point")
    ax.annotate(f"density {value} at x = {MARKED}", xy=(float(MARKED), float(value)), xytext=(2.2, 0.86),
                color=theme.fg, fontsize=FONT_MIN, va="center", gid="three-quarters",
                arrowprops={"arrowstyle": "-", "color": theme.accent, "linewidth": 1.0, "shrinkB": 4})


def _normal(ax: Axes, theme: Theme, S: PiecewisePoly) -> None:
    mean, var = S.mean(), S.var()
    z = np.linspace(*XLIM, 400)
    label = f"normal, mean {mean}, variance {var}"
    (curve,) = ax.plot(z, normal_pdf(z, float(mean), math.sqrt(var)), color=theme.y, linewidth=1.1,
                       linestyle=(0, (4, 3)), label=label, zorder=4)
    ax.legend(handles=[curve], loc="upper right", handlelength=2.2, fontsize=FONT_MIN, borderaxespad=0.1)


def draw(theme: Theme) -> Figure:
    """Four stacked rows sharing the x-axis, n = 1 at the top."""
    fig = placed_figure(theme, height=6.2)
    first: Axes | None = None
    for box, (n, S) in zip(ROWS, sums().items(), strict=True):
        ax = fig.add_axes(box, sharex=first, sharey=first)
        first = first or ax
        _row(ax, theme, n, S)
        if n == 3:
            _mark_three_quarters(ax, theme, S)
        if n == NORMAL_ROW:
            _normal(ax, theme, S)
        ax.set_yticks([0, 0.5, 1], labels=["0", "0.5", "1"])
        ax.tick_params(axis="x", labelbottom=n == NS[-1])
    assert first is not None
    first.set_xlim(*XLIM)
    first.set_ylim(*YLIM)
    first.set_xticks(range(5))
    fig.axes[-1].set_xlabel("x")
    fig.text(0.012, 0.53, "density", rotation=90, va="center", ha="left", fontsize=FONT_MIN, color=theme.fg)
    return fig
