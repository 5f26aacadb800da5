"""Normal plus normal is normal, by symmetry: turn the plane 45° and the line x + y = z stands up.

Left, the joint density of two independent standard normals, x across and y
up, crossed by the line x + y = Z at distance Z/√2 from the origin. Right, the
same density in the turned coordinates u = (x + y)/√2, v = (y − x)/√2: it has
not changed, and the line is now u = Z/√2. Bottom, the density of X + Y by
probconv's convolution against N(0, 2), with P(X + Y ≤ Z) shaded.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Polygon

from probconv import Density, Density2D, normal_pdf

from .style import Theme, fade_cmap, new_figure

#: The total whose line is drawn.
Z = 1.5
#: Its distance from the origin, and where it crosses the u axis after the turn.
DIST = Z / math.sqrt(2.0)
#: Cell side of the 2-D grids, and step of the 1-D densities.
D = 0.15
DX = 0.01
#: Both planes show [-LIM, LIM]².
LIM = 3.0
#: Radii of the drawn circles of equal density.
RADII = (0.5, 1.0, 1.5, 2.0, 2.5)
SQRT2 = math.sqrt(2.0)
#: Space between two steps, in lines.
GAP = 0.45

#: The steps written on the figure, one tuple of lines per step (broken by hand to fit 360 px).
STEPS = (
    (r"$\varphi(x)\varphi(y) = e^{-(x^2+y^2)/2}\,/\,2\pi$ depends",
     "only on x² + y²: its contours are circles."),
    (f"The line x + y = z (here z = {Z}) lies at",
     f"distance z/√2 = {DIST:.2f} from the origin."),
    ("Turn 45°: u = (x + y)/√2, v = (y − x)/√2.",
     "Same density; the line is now u = z/√2."),
    ("So P(X + Y ≤ z) = P(U ≤ z/√2) for every z:",
     "X + Y = √2·U, U ~ N(0, 1), so X + Y ~ N(0, 2)."),
)


def joint() -> Density2D:
    """φ(x) φ(y) on the square: independence makes the joint density a product."""
    return Density2D.from_function(lambda x, y: normal_pdf(x) * normal_pdf(y), (-LIM, LIM), (-LIM, LIM), D)


def turned() -> Density2D:
    """The density of (U, V) = ((X + Y)/√2, (Y − X)/√2): φ(x)φ(y) at x = (u − v)/√2, y = (u + v)/√2.

    The turn has Jacobian 1, so this is the density itself, evaluated at the
    turned point; it equals :func:`joint` to round-off, which is the symmetry.
    """
    return Density2D.from_function(
        lambda u, v: normal_pdf((u - v) / SQRT2) * normal_pdf((u + v) / SQRT2), (-LIM, LIM), (-LIM, LIM), D
    )


def sum_density() -> Density:
    """The density of X + Y by probconv's convolution of two N(0, 1) densities."""
    return Density.normal(0.0, 1.0, DX) + Density.normal(0.0, 1.0, DX)


def below_z(total: Density) -> float:
    """P(X + Y ≤ Z) from the grid: the cell masses up to Z, the cell around Z cut at Z.

    Each sample stands for the cell of width ``dx`` centred on it, so the
    running sum of cell masses is the distribution function at the cells'
    right edges; interpolating it at Z is exact for a density constant on cells.
    """
    edges = total.x + total.dx / 2
    cdf = np.cumsum(total.values) * total.dx
    return float(np.interp(Z, edges, cdf))


def _levels() -> list[float]:
    """Density values on the circles of radius RADII, increasing (outer circle first)."""
    return [float(np.exp(-r * r / 2) / (2 * math.pi)) for r in sorted(RADII, reverse=True)]


def _plane(ax: Axes, theme: Theme, density: Density2D, gid: str) -> None:
    """Filled circular contours of ``density`` (vector shapes, not pixels), x across and y up."""
    n = density.values.shape
    a = density.x0 + density.dx * np.arange(n[0])
    b = density.y0 + density.dy * np.arange(n[1])
    levels = _levels()
    peak = float(density.values.max())
    filled = ax.contourf(a, b, density.values.T, levels=[*levels, peak * 1.001], cmap=fade_cmap(theme),
                         vmin=0.0, vmax=peak, extend="neither", zorder=0.5)
    filled.set_gid(f"{gid}-filled")
    lines = ax.contour(a, b, density.values.T, levels=levels, colors=theme.muted, linewidths=0.6, zorder=1)
    lines.set_gid(f"{gid}-circles")
    ax.set_xlim(-LIM, LIM)
    ax.set_ylim(-LIM, LIM)
    ax.set_aspect("equal")
    ax.set_xticks([-2, 0, 2])
    ax.set_yticks([-2, 0, 2])


def _dim(ax: Axes, theme: Theme, corners: list[tuple[float, float]]) -> None:
    """Fade the half-plane beyond the line, so that the event X + Y ≤ z stands out."""
    ax.add_patch(Polygon(corners, closed=True, facecolor=theme.bg, edgecolor="none", alpha=0.72, zorder=2))


def _distance(ax: Axes, theme: Theme, end: tuple[float, float], label: str, text_at: tuple[float, float]) -> None:
    """The perpendicular from the origin to the line, with a right-angle mark at its foot."""
    halo = [patheffects.withStroke(linewidth=4.5, foreground=theme.bg)]  # readable on light and dark bands
    ax.plot([0.0, end[0]], [0.0, end[1]], color=theme.fg, linewidth=2.2, label=label, zorder=5,
            solid_capstyle="butt", path_effects=halo)
    ax.plot([0.0], [0.0], "o", color=theme.fg, markersize=4, zorder=5, label="_origin", path_effects=halo)
    ax.text(*text_at, "z/√2", color=theme.fg, ha="center", va="center", zorder=6,
            bbox={"facecolor": theme.bg, "edgecolor": "none", "alpha": 0.8, "pad": 1.0})


def _right_angle(ax: Axes, theme: Theme, foot: tuple[float, float], along: tuple[float, float],
                 back: tuple[float, float], size: float = 0.22) -> None:
    """A small square at ``foot`` with sides along unit vectors ``along`` (the line) and ``back`` (to 0)."""
    fx, fy = foot
    p1 = (fx + size * along[0], fy + size * along[1])
    p2 = (p1[0] + size * back[0], p1[1] + size * back[1])
    p3 = (fx + size * back[0], fy + size * back[1])
    ax.plot([p1[0], p2[0], p3[0]], [p1[1], p2[1], p3[1]], color=theme.fg, linewidth=1.2, zorder=5,
            label="_right angle", path_effects=[patheffects.withStroke(linewidth=3.2, foreground=theme.bg)])


def _axis_ghost(ax: Axes, theme: Theme, direction: tuple[float, float], name: str) -> None:
    """A faint dashed line through 0 along ``direction``, named at its far end: the other frame's axis."""
    dx, dy = direction
    t = LIM * 1.5
    ax.plot([-t * dx, t * dx], [-t * dy, t * dy], color=theme.muted, linewidth=0.9,
            linestyle=(0, (3, 3)), zorder=3, label=f"_{name} axis")
    s = 2.55
    ax.text(s * dx, s * dy, name, color=theme.muted, ha="center", va="center", zorder=4, fontstyle="italic",
            bbox={"facecolor": theme.bg, "edgecolor": "none", "alpha": 0.8, "pad": 0.5})


def _before(ax: Axes, theme: Theme) -> None:
    _plane(ax, theme, joint(), "joint")
    # u and v of the other panel: the diagonals.
    r = 1 / SQRT2
    _axis_ghost(ax, theme, (r, r), "u")
    _axis_ghost(ax, theme, (-r, r), "v")
    _dim(ax, theme, [(Z - LIM, LIM), (LIM, Z - LIM), (LIM, LIM)])
    ax.plot([Z - LIM, LIM], [LIM, Z - LIM], color=theme.accent, linewidth=2.8, label="x + y = z", zorder=4)
    foot = (Z / 2, Z / 2)
    _distance(ax, theme, foot, "distance z/√2", (-0.35, 0.8))
    _right_angle(ax, theme, foot, (r, -r), (-r, -r))
    # Named below the line's lower end, in the faded half-plane, clear of the circles and the u axis.
    ax.text(2.9, -2.55, f"x + y = {Z}", color=theme.accent, ha="right", va="center", zorder=6,
            bbox={"facecolor": theme.bg, "edgecolor": "none", "alpha": 0.85, "pad": 1.5})
    ax.set_xlabel("x")
    ax.set_ylabel("y", rotation=0, labelpad=8)
    ax.set_title("Steps 1, 2: x and y", loc="left")


def _after(ax: Axes, theme: Theme) -> None:
    _plane(ax, theme, turned(), "turned")
    # x and y of the other panel: x = (u − v)/√2 runs down the diagonal v = −u, y up v = u.
    r = 1 / SQRT2
    _axis_ghost(ax, theme, (r, -r), "x")
    _axis_ghost(ax, theme, (r, r), "y")
    _dim(ax, theme, [(DIST, -LIM), (LIM, -LIM), (LIM, LIM), (DIST, LIM)])
    ax.plot([DIST, DIST], [-LIM, LIM], color=theme.accent, linewidth=2.8, label="u = z/√2", zorder=4)
    _distance(ax, theme, (DIST, 0.0), "distance z/√2 (turned)", (DIST / 2, -0.6))
    _right_angle(ax, theme, (DIST, 0.0), (0.0, 1.0), (-1.0, 0.0), size=0.16)
    ax.text(DIST - 0.12, -2.6, f"u = {DIST:.2f}", color=theme.accent, ha="right", va="center", zorder=6,
            bbox={"facecolor": theme.bg, "edgecolor": "none", "alpha": 0.85, "pad": 1.5})
    ax.set_xlabel("u = (x + y)/√2")
    ax.set_ylabel("v", rotation=0, labelpad=8)
    ax.set_title("Step 3: turned 45°", loc="left")


def _steps(ax: Axes, theme: Theme) -> None:
    """The numbered steps, one text per line, on baselines spaced evenly from the top."""
    ax.set_axis_off()
    rows = sum(len(lines) for lines in STEPS) + GAP * (len(STEPS) - 1)
    pitch, row = 1.0 / rows, 0.0
    for number, lines in enumerate(STEPS, start=1):
        for k, text in enumerate(lines):
            y = 1.0 - (row + 0.75) * pitch
            if k == 0:
                ax.text(-0.11, y, f"{number}.", ha="left", va="baseline", fontweight="bold", transform=ax.transAxes,
                        in_layout=False)
            ax.text(-0.055, y, text, ha="left", va="baseline", transform=ax.transAxes, gid=f"step-{number}-{k}",
                    in_layout=False)
            row += 1
        row += GAP


def _sum(ax: Axes, theme: Theme) -> None:
    total = sum_density()
    keep = (total.x >= -6.0) & (total.x <= 6.0)
    x, values = total.x[keep], total.values[keep]
    area = below_z(total)
    # The shading needs no fine grid: every 5th sample (a step of 0.05), closed at Z exactly.
    below = x < Z
    edge_x = np.append(x[below][::5], Z)
    edge_v = np.append(values[below][::5], np.interp(Z, total.x, total.values))
    shade = ax.fill_between(edge_x, 0, edge_v, color=theme.total, alpha=0.25, linewidth=0,
                            label=f"P(X + Y ≤ {Z})")
    shade.set_gid("p-below-z")
    ax.plot(x, values, color=theme.total, linewidth=3.0, label="X + Y (probconv)")
    grid = np.linspace(-6.0, 6.0, 481)
    ax.plot(grid, normal_pdf(grid, 0.0, SQRT2), color=theme.fg, linewidth=1.5, linestyle=(0, (4, 3)),
            label="N(0, 2)")
    ax.axvline(Z, color=theme.accent, linewidth=1.5, label="_z")
    ax.text(-0.9, 0.07, f"{100 * area:.1f}%", color=theme.fg, ha="center", va="center", gid="p-below-z-text")
    ax.set_xlim(-6.0, 6.0)
    ax.set_ylim(0, 0.4)
    ax.set_yticks([0, 0.1, 0.2, 0.3])
    ax.set_xlabel("z")
    ax.set_ylabel("density")
    ax.set_title("X + Y by probconv, against N(0, 2)", loc="left")
    ax.legend(loc="upper left", handlelength=1.6, borderaxespad=0.1)


def draw(theme: Theme) -> Figure:
    """Two planes side by side (before and after the turn), the steps in words, then X + Y."""
    fig = new_figure(theme, height=8.2)
    grid = fig.add_gridspec(3, 2, height_ratios=[1.35, 1.0, 1.0], wspace=0.12)
    before, after = fig.add_subplot(grid[0, 0]), fig.add_subplot(grid[0, 1])
    steps = fig.add_subplot(grid[1, :])
    bottom = fig.add_subplot(grid[2, :])
    _before(before, theme)
    _after(after, theme)
    _steps(steps, theme)
    _sum(bottom, theme)
    return fig
