"""Signed kernels as differences of jitters: Sobel = 4 × (P − Q) and sharpen = 5 × δ − 4 × N.

A kernel with negative weights is not a distribution, but it is a weighted
difference of distributions, so the probability reading survives as
bookkeeping with signs. Each row draws a kernel of probconv next to the
non-negative, sum-to-one kernels (jitters) that it is made of.
"""

from __future__ import annotations

from fractions import Fraction
from typing import NamedTuple

import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import Colormap, Normalize
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from numpy.typing import NDArray

from probconv import convolve, kernels

from .helpers import cell_grid
from .style import FONT, FONT_MIN, Theme, mix, placed_figure

#: Side of one 3 x 3 grid, and the figure's height, in inches.
GRID = 1.08
HEIGHT = 5.1


def binomial_jitter() -> NDArray[np.float64]:
    """B: the sum of two fair coin flips (Binomial(2, 1/2)), less 1: a step of −1, 0 or +1 (rows: up, stay, down)."""
    coin = np.array([0.5, 0.5])
    return convolve(coin, coin)


def step(column: int) -> NDArray[np.float64]:
    """A sure move along the row: column 0 of a 3-wide kernel is one step left, column 2 one step right."""
    out = np.zeros(3)
    out[column] = 1.0
    return out


def sobel_parts() -> tuple[float, NDArray[np.float64], NDArray[np.float64]]:
    """``(4, P, Q)`` with ``sobel("x") = 4 (P − Q)``.

    P moves a grain up or down by B and then one step left, Q by B and then one
    step right: kernel entry ``[p, q]`` is the chance of landing ``(p − 1, q − 1)``
    away, so the left column is the step left.
    """
    b = binomial_jitter()
    return 4.0, np.outer(b, step(0)), np.outer(b, step(2))


def sharpen_parts() -> tuple[float, NDArray[np.float64], float, NDArray[np.float64]]:
    """``(5, δ, 4, N)`` with ``sharpen() = 5 δ − 4 N``: δ stays put, N moves to one of the 4 neighbours."""
    delta = np.zeros((3, 3))
    delta[1, 1] = 1.0
    neighbours = np.zeros((3, 3))
    neighbours[[0, 1, 1, 2], [1, 0, 2, 1]] = 0.25
    return 5.0, delta, 4.0, neighbours


def fraction(v: float) -> str:
    """A weight as the reader writes it: ``0.25 -> '1/4'``, ``-2.0 -> '−2'`` (a true minus sign)."""
    return str(Fraction(v).limit_denominator(64)).replace("-", "−")


def _grid(fig: Figure, left: float, bottom: float, values: NDArray[np.float64], *, theme: Theme,
          cmap: str | Colormap, norm: Normalize, gid: str, title: str) -> Axes:
    """One labelled 3 x 3 grid, ``GRID`` inches square, its lower left corner at (left, bottom) inches."""
    w, h = fig.get_size_inches()
    ax = fig.add_axes((left / w, bottom / h, GRID / w, GRID / h))
    cell_grid(values, ax, theme=theme, cmap=cmap, norm=norm, gid=gid, fontsize=FONT_MIN,
              labels=lambda i, j, v: fraction(v))
    ax.set_xticks([])
    # Outline every cell: a zero of the jitter's map is the page colour and would vanish.
    edge = mix(theme.muted, theme.bg, 0.35)
    for (i, j), _v in np.ndenumerate(values):
        ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor=edge, linewidth=0.9, zorder=3))
    ax.set_title(title, fontsize=FONT, pad=4)
    return ax


class Cells(NamedTuple):
    """A grid in an equation."""

    values: NDArray[np.float64]
    cmap: str | Colormap
    norm: Normalize
    gid: str
    title: str


class Op(NamedTuple):
    """A sign or weight between grids, ``width`` inches wide."""

    text: str
    width: float


def _equation(fig: Figure, bottom: float, items: list[Cells | Op], theme: Theme, gid: str) -> None:
    """Grids and operators in one row, centred across the figure, the grids' bottoms at ``bottom`` inches."""
    w, h = fig.get_size_inches()
    widths = [GRID if isinstance(item, Cells) else item.width for item in items]
    x = (w - sum(widths)) / 2
    for n, (item, width) in enumerate(zip(items, widths, strict=True)):
        if isinstance(item, Cells):
            _grid(fig, x, bottom, item.values, theme=theme, cmap=item.cmap, norm=item.norm, gid=item.gid,
                  title=item.title)
        else:
            fig.text((x + width / 2) / w, (bottom + GRID / 2) / h, item.text, ha="center", va="center",
                     fontsize=FONT + 3, color=theme.fg, gid=f"{gid}-op-{n}")
        x += width


def _note(fig: Figure, y: float, text: str, gid: str, theme: Theme) -> None:
    w, h = fig.get_size_inches()
    fig.text(0.12 / w, y / h, text, ha="left", va="top", fontsize=FONT_MIN, color=theme.fg, gid=gid, linespacing=1.35)


def _heading(fig: Figure, y: float, text: str, gid: str, theme: Theme) -> None:
    w, h = fig.get_size_inches()
    fig.text(0.12 / w, y / h, text, ha="left", va="top", fontsize=FONT + 0.5, fontweight="bold", color=theme.fg,
             gid=gid)


def draw(theme: Theme) -> Figure:
    """Two rows, each an equation of labelled grids with a note on what each jitter does."""
    # Placed by hand, in inches: the equations must keep their order and spacing at any text size.
    fig = placed_figure(theme, height=HEIGHT)
    # The distributions on the same diverging map as the signed kernels, from -1 to 1: every positive
    # weight on the same side, so that a colour means one sign throughout the figure.
    fade, unit = theme.div, Normalize(-1.0, 1.0)

    def signed(k: NDArray[np.float64]) -> Normalize:
        kmax = float(np.abs(k).max())  # symmetric limits put 0 at the centre of the diverging map
        return Normalize(-kmax, kmax)

    top = HEIGHT - 0.1
    _heading(fig, top, "Sobel: 4 × (a jitter − another jitter)", "heading-sobel", theme)
    k = kernels.sobel("x")
    four, p, q = sobel_parts()
    y0 = top - 0.62 - GRID
    _equation(fig, y0, [
        Cells(k, theme.div, signed(k), "sobel", "Sobel x"), Op("=", 0.34), Op(f"{four:g} × (", 0.62),
        Cells(p, fade, unit, "P", "P"), Op("−", 0.3), Cells(q, fade, unit, "Q", "Q"), Op(")", 0.2),
    ], theme, "sobel")
    b = [fraction(v) for v in binomial_jitter()]
    _note(fig, y0 - 0.1,
          f"P: up {b[0]}, stay {b[1]} or down {b[2]} (two coin flips),\n"
          "then one step left. Q: the same, then one step right.", "note-sobel", theme)

    top = y0 - 0.85
    _heading(fig, top, "Sharpen: 5 × staying − 4 × a jitter", "heading-sharpen", theme)
    s = kernels.sharpen()
    five, delta, four_n, n = sharpen_parts()
    y1 = top - 0.62 - GRID
    _equation(fig, y1, [
        Cells(s, theme.div, signed(s), "sharpen", "sharpen"), Op("=", 0.34), Op(f"{five:g} ×", 0.5),
        Cells(delta, fade, unit, "delta", "δ"), Op(f"− {four_n:g} ×", 0.72), Cells(n, fade, unit, "N", "N"),
    ], theme, "sharpen")
    _note(fig, y1 - 0.1,
          "δ: stay put. N: hop to one of 4 neighbours, 1/4 each.\n"
          "out(z) = 5 a(z) − 4 E[a(z − D)], D drawn from N.", "note-sharpen", theme)
    return fig
