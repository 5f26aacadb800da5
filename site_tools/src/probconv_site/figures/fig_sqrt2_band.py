"""Why no √2 appears: the band between x + y = z and x + y = z + dz, cut two ways, to scale.

Top: a piece of the band measured along the line, a rectangle of length √2·dx (the hypotenuse of a
right triangle with legs dx and dx) and width dz/√2 (at right angles to the lines). Bottom: the
same band cut into vertical pieces, each a parallelogram of base dx and vertical height dz. Both
pieces have area dx·dz. Both panels are drawn at equal aspect with the same window, so every
labelled length is its true length in data units; ``dz`` and ``dx`` are exaggerated to be seen.

This figure is pure geometry: it draws no density, so it uses no probconv computation.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Polygon
from numpy.typing import NDArray

from .style import Theme, mix, new_figure

#: The total of the lower line, the (exaggerated) width of the band in z, and the slice width in x.
Z = 1.5
DZ = 0.4
DX = 0.5
#: Where the highlighted piece starts: x runs over [X0, X0 + DX].
X0 = 0.75
XLIM = (-0.08, 2.06)
YLIM = (-0.06, 1.47)
#: Unit vector at right angles to the lines, pointing from x + y = z towards x + y = z + dz.
NORMAL = np.array([1.0, 1.0]) / math.sqrt(2.0)

Points = NDArray[np.float64]


def on_line(x: float, total: float = Z) -> Points:
    """The point of the line x + y = total above x."""
    return np.array([x, total - x])


def slanted_piece() -> Points:
    """The piece along the line: a rectangle with one side on x + y = z of length √2·dx and width dz/√2."""
    p, q = on_line(X0), on_line(X0 + DX)
    w = DZ / math.sqrt(2.0) * NORMAL
    return np.array([p, q, q + w, p + w])


def vertical_piece() -> Points:
    """The piece by x: for x in [X0, X0 + dx], y runs from z - x to z - x + dz (a parallelogram)."""
    return np.array([on_line(X0), on_line(X0 + DX), on_line(X0 + DX, Z + DZ), on_line(X0, Z + DZ)])


def band() -> Points:
    """The band between the two lines, clipped generously beyond the window (the axes clip it)."""
    lo, hi = -1.0, 3.0
    return np.array([on_line(lo), on_line(hi), on_line(hi, Z + DZ), on_line(lo, Z + DZ)])


def _label(ax: Axes, x: float, y: float, text: str, theme: Theme, colour: str | None = None,
           rotation: float = 0.0, gid: str = "") -> None:
    t = ax.text(x, y, text, ha="center", va="center", color=colour or theme.fg, rotation=rotation,
                rotation_mode="anchor", fontsize=13.5,
                bbox={"facecolor": theme.bg, "edgecolor": "none", "alpha": 0.85, "pad": 1.0})
    if gid:
        t.set_gid(gid)


def _backdrop(ax: Axes, theme: Theme, cuts: list[tuple[Points, Points]], names_at: tuple[float, float]) -> None:
    """The shaded band, its two edge lines, faint cuts into pieces, and the axes of a square plane."""
    fill = mix(theme.accent, theme.bg, 0.78)
    ax.add_patch(Polygon(band(), closed=True, facecolor=fill, edgecolor="none", gid="band", zorder=0))
    for a, b in cuts:
        ax.plot([a[0], b[0]], [a[1], b[1]], color=mix(theme.accent, theme.bg, 0.35), linewidth=0.9, zorder=1)
    xs = np.array([XLIM[0] - 1, XLIM[1] + 1])
    ax.plot(xs, Z - xs, color=theme.accent, linewidth=2.2, label="x + y = z", zorder=2)
    ax.plot(xs, Z + DZ - xs, color=theme.accent, linewidth=2.2, label="x + y = z + dz", zorder=2)
    # the line names sit just outside the band, parallel to the lines, above the given x
    below = on_line(names_at[0]) - 0.13 * NORMAL
    above = on_line(names_at[1], Z + DZ) + 0.13 * NORMAL
    _label(ax, below[0], below[1], "x + y = z", theme, theme.accent, rotation=-45, gid="name-z")
    _label(ax, above[0], above[1], "x + y = z + dz", theme, theme.accent, rotation=-45, gid="name-z+dz")
    ax.set_xlim(*XLIM)
    ax.set_ylim(*YLIM)
    ax.set_aspect("equal")
    ax.set_xticks([0, 0.5, 1, 1.5, 2], labels=["0", "0.5", "1", "1.5", "2"])
    ax.set_yticks([0, 0.5, 1, 1.5], labels=["0", "0.5", "1", "1.5"])
    ax.set_xlabel("x", labelpad=1)
    ax.set_ylabel("y", rotation=0, labelpad=8)


def _piece_fill(theme: Theme) -> tuple[float, float, float]:
    """The highlighted piece: darker than the band, but not so bright that the dark theme's lines vanish in it."""
    return mix(theme.accent, theme.bg, 0.55 if theme.dark else 0.35)


def _segment(ax: Axes, a: Points, b: Points, colour: str, label: str, width: float = 3.0) -> None:
    ax.plot([a[0], b[0]], [a[1], b[1]], color=colour, linewidth=width, solid_capstyle="butt", label=label, zorder=4)


def _right_angle(ax: Axes, corner: Points, u: Points, v: Points, size: float, theme: Theme) -> None:
    """A small square at ``corner`` between the unit directions ``u`` and ``v``."""
    pts = np.array([corner + size * u, corner + size * (u + v), corner + size * v])
    ax.plot(pts[:, 0], pts[:, 1], color=theme.fg, linewidth=1.0, zorder=5)


def _along_the_line(ax: Axes, theme: Theme) -> None:
    # faint cuts at right angles to the lines, every √2·dx along them
    cuts = [(on_line(x), on_line(x) + DZ / math.sqrt(2.0) * NORMAL) for x in np.arange(-0.5, 2.6, DX)]
    _backdrop(ax, theme, cuts, (0.3, 1.0))
    piece = slanted_piece()
    ax.add_patch(Polygon(piece, closed=True, facecolor=_piece_fill(theme), edgecolor="none",
                         gid="piece-along-line", zorder=3))
    p, q, q_up = piece[0], piece[1], piece[2]
    # the right triangle under the slice: legs dx across and dx down
    corner = np.array([X0, Z - X0 - DX])
    _segment(ax, p, corner, theme.x, "leg dx (down)", 2.0)
    _segment(ax, corner, q, theme.x, "leg dx (across)", 2.0)
    _right_angle(ax, corner, np.array([1.0, 0.0]), np.array([0.0, 1.0]), 0.06, theme)
    _label(ax, X0 - 0.09, corner[1] + DX / 2, "dx", theme, theme.x)
    _label(ax, X0 + DX / 2, corner[1] - 0.09, "dx", theme, theme.x)
    # the slice along the line, and the width of the band at right angles to it
    _segment(ax, p, q, theme.fg, "slice along the line")
    _segment(ax, q, q_up, theme.y, "band width at right angles")
    _right_angle(ax, q, (p - q) / np.linalg.norm(p - q), NORMAL, 0.05, theme)
    mid = (p + q) / 2 - 0.12 * NORMAL
    _label(ax, mid[0], mid[1], "√2·dx", theme, theme.fg, rotation=-45, gid="label-sqrt2-dx")
    side = (q + q_up) / 2 + 0.15 * np.array([1.0, -1.0]) / math.sqrt(2.0)
    _label(ax, side[0] + 0.08, side[1] - 0.04, "dz/√2", theme, theme.y, gid="label-dz-over-sqrt2")
    ax.set_title("Along the line: √2·dx × dz/√2 = dx·dz", loc="left")


def _by_x(ax: Axes, theme: Theme) -> None:
    cuts = [(on_line(x), on_line(x, Z + DZ)) for x in np.arange(-0.5, 2.6, DX)]
    _backdrop(ax, theme, cuts, (0.3, 1.0))
    piece = vertical_piece()
    ax.add_patch(Polygon(piece, closed=True, facecolor=_piece_fill(theme), edgecolor="none",
                         gid="piece-by-x", zorder=3))
    # base dx: the x-interval under the piece, drawn on the x-axis with guides up to the piece
    base_y = 0.0
    for x in (X0, X0 + DX):
        ax.plot([x, x], [base_y, Z - x], color=theme.muted, linewidth=0.9, linestyle=(0, (3, 2)), zorder=1)
    _segment(ax, np.array([X0, base_y]), np.array([X0 + DX, base_y]), theme.x, "base dx")
    _label(ax, X0 + DX / 2, base_y + 0.11, "dx", theme, theme.x)
    # height dz: the right side of the piece, vertical, named from the empty corner above the band
    right = X0 + DX
    _segment(ax, on_line(right), on_line(right, Z + DZ), theme.y, "height dz")
    note = ax.annotate("dz\n(exaggerated)", (right + 0.01, Z - right + DZ / 2), xytext=(1.72, 0.95),
                       ha="center", va="center", color=theme.y, fontsize=13.5, linespacing=1.0,
                       arrowprops={"arrowstyle": "-", "color": theme.y, "linewidth": 1.0, "shrinkA": 2, "shrinkB": 0})
    note.set_gid("label-dz")
    centre = piece.mean(axis=0)
    _label(ax, centre[0] + 0.02, centre[1], "dx·dz", theme, theme.fg, gid="label-area")
    ax.set_title("By x: base dx × height dz = dx·dz", loc="left")


def draw(theme: Theme) -> Figure:
    """Two panels, the same band and window: a piece along the line (top), a vertical piece (bottom)."""
    fig = new_figure(theme, height=7.8)
    top, bottom = fig.subplots(2, 1)
    _along_the_line(top, theme)
    _by_x(bottom, theme)
    return fig
