"""Three slices of the joint density of X ~ N(0, 1) and Y ~ Exp(1): each slice's area is f_{X+Y}(z).

Each row takes one total z. Left: the joint density f_X(x) f_Y(y) (x across, y up, equal aspect)
crossed by the line x + y = z. Right, on the same x-axis: the values of the joint density along
that line, read by x, which is the integrand x -> f_X(x) f_Y(z - x) of the convolution; its shaded
area is written on the panel. Bottom: the density of X + Y with those three areas marked as its
heights at the three totals.

Every number comes from probconv's grids: the integrand is the anti-diagonal of the outer product
of the samples of f_X and f_Y, and its Riemann sum is exactly the sample of ``f_X + f_Y`` at z.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from numpy.typing import NDArray

from probconv import Density, Density2D, normal_pdf

from .style import Theme, placed_figure

#: The three totals, one row each.
ZS = (0.0, 1.5, 3.0)
#: Grid step of the 1-D densities (the convolution and the slice curves).
DX = 0.01
#: Grid step of the heat maps (coarser: only looked at, and it keeps the SVG small).
D_IMAGE = 0.03
XLIM = (-3.0, 3.0)
YLIM = (0.0, 3.0)
#: y-range shared by the three slice panels: one scale, so that the areas compare by eye.
SLICE_TOP = 0.45
SUM_XLIM = (-3.0, 6.0)
#: Curves are drawn through every STRIDE-th sample (still under 2 px apart), which keeps the SVG light.
STRIDE = 3
#: Roughly where f_{X+Y} peaks (near z = 0.7): labels of points left of it go on the left.
MODE = 0.7


#: Each panel's box (left, bottom, width, height) in figure fractions: the two columns, the header
#: row, three rows of slices and the density of the sum across the width (what constrained layout
#: chose for this figure, written down).
POSITIONS: dict[str, tuple[float, float, float, float]] = {
    "head0": (0.095, 0.9325, 0.400, 0.0436),
    "head1": (0.581, 0.9325, 0.400, 0.0436),
    "map0": (0.095, 0.7503, 0.400, 0.1454),
    "cut0": (0.581, 0.7503, 0.400, 0.1454),
    "map1": (0.095, 0.5553, 0.400, 0.1454),
    "cut1": (0.581, 0.5553, 0.400, 0.1454),
    "map2": (0.095, 0.3604, 0.400, 0.1454),
    "cut2": (0.581, 0.3604, 0.400, 0.1454),
    "sum": (0.095, 0.0661, 0.886, 0.1962),
}


@cache  # Density samples are read-only, so sharing one computation is safe
def densities() -> tuple[Density, Density, Density]:
    """f_X = N(0, 1) and f_Y = Exp(1) on grids of step DX, and f_{X+Y} = their convolution by probconv."""
    fx = Density.normal(0.0, 1.0, DX)
    fy = Density.exponential(1.0, DX)
    return fx, fy, fx + fy


def joint() -> Density2D:
    """f_X(x) f_Y(y) on the plotted box, for the heat maps: independence makes it a product."""
    return Density2D.from_function(lambda x, y: normal_pdf(x) * np.exp(-y), XLIM, YLIM, D_IMAGE)


def sum_index(total: Density, z: float) -> int:
    """The index of the sample of ``total`` at ``z`` (z must be a grid point)."""
    k = int(round((z - total.x0) / total.dx))
    if not np.isclose(total.x[k], z, atol=total.dx * 1e-6):
        raise ValueError(f"z = {z} is not on the grid of the sum")
    return k


def slice_curve(z: float) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """(x, f_X(x) f_Y(z - x)) on the grid of f_X: the terms of probconv's convolution sum at z.

    The grid of f_X + f_Y is the sum of the two grids, so the sample of the sum at z is
    ``sum_i fx[i] fy[k - i] dx``: the anti-diagonal ``k`` of the outer product of the samples.
    """
    fx, fy, total = densities()
    k = sum_index(total, z)
    i = np.arange(fx.values.size)
    j = k - i
    ok = (j >= 0) & (j < fy.values.size)
    values = np.zeros_like(fx.values)
    values[ok] = fx.values[ok] * fy.values[j[ok]]
    return fx.x, values


def slice_area(z: float) -> float:
    """The area under the slice curve at z (its Riemann sum on the grid of step DX)."""
    _, values = slice_curve(z)
    return float(values.sum() * DX)


def _heat_map(ax: Axes, theme: Theme, grid: Density2D, z: float, vmax: float) -> None:
    x0, y0 = grid.x0 - grid.dx / 2, grid.y0 - grid.dy / 2
    extent = (x0, x0 + grid.values.shape[0] * grid.dx, y0, y0 + grid.values.shape[1] * grid.dy)
    # Density2D puts x on axis 0; an image wants rows = y, so transpose, with y = 0 at the bottom.
    # "none": the SVG keeps the grid's own cells and the browser scales them, half the bytes of a
    # resampled image.
    im = ax.imshow(grid.values.T, origin="lower", extent=extent, cmap=theme.seq, vmin=0.0, vmax=vmax,
                   interpolation="none")
    im.set_gid(f"joint-density z={z:g}")
    xs = np.array([z - YLIM[1], z - YLIM[0]])
    ax.plot(xs, z - xs, color=theme.accent, linewidth=2.5, label=f"x + y = {z:g}", solid_capstyle="butt")
    ax.set_xlim(*XLIM)
    ax.set_ylim(*YLIM)
    ax.set_aspect("equal")
    ax.set_xticks([-2, 0, 2])
    ax.set_yticks([0, 1, 2, 3])
    ax.set_ylabel("y")
    ax.set_title(f"x + y = {z:g}", color=theme.fg, loc="left")


def _slice_panel(ax: Axes, theme: Theme, z: float) -> float:
    x, values = slice_curve(z)
    area = slice_area(z)
    shown = np.flatnonzero((x >= XLIM[0]) & (x <= XLIM[1]))[::STRIDE]
    # One polygon, the curve closed along the axis (lighter in the SVG than fill_between's).
    xs, ys = x[shown], values[shown]
    ax.fill(np.r_[xs, xs[-1], xs[0]], np.r_[ys, 0.0, 0.0], color=theme.accent, alpha=0.35, linewidth=0,
            label=f"area z={z:g}")
    ax.plot(xs, ys, color=theme.accent, linewidth=2.0, label=f"slice z={z:g}")
    ax.set_xlim(*XLIM)
    ax.set_ylim(0.0, SLICE_TOP)
    ax.set_xticks([-2, 0, 2])
    ax.set_yticks([0.0, 0.2, 0.4])
    ax.set_title(f"area = {area:.3f}", loc="left", color=theme.fg)
    ax.title.set_gid(f"area-title z={z:g}")
    return area


def draw(theme: Theme) -> Figure:
    """Three rows (heat map with the line, slice curve with its area), then f_{X+Y} with the areas."""
    grid = joint()
    _, _, total = densities()
    fig = placed_figure(theme, height=8.4)
    axes = {key: fig.add_axes(box, label=key) for key, box in POSITIONS.items()}
    # Column headers: what each panel of a row shows.
    # Plain text, not mathtext: mathtext extents can change with what was drawn before in the process,
    # and the headers take part in the layout, so the file would depend on the order of the build.
    headers = (("head0", "joint density\nof X and Y"),
               ("head1", "along the line,\nagainst x"))
    for key, text in headers:
        axes[key].axis("off")
        axes[key].text(0.5, 0.0, text, ha="center", va="bottom", transform=axes[key].transAxes,
                       color=theme.fg, linespacing=1.4)
    vmax = float(grid.values.max())
    areas = []
    for r, z in enumerate(ZS):
        _heat_map(axes[f"map{r}"], theme, grid, z, vmax)
        areas.append(_slice_panel(axes[f"cut{r}"], theme, z))
        if r < len(ZS) - 1:
            axes[f"map{r}"].set_xticklabels([])
            axes[f"cut{r}"].set_xticklabels([])
    axes["map2"].set_xlabel("x")
    axes["cut2"].set_xlabel("x")

    ax = axes["sum"]
    shown = np.flatnonzero((total.x >= SUM_XLIM[0]) & (total.x <= SUM_XLIM[1]))[::STRIDE]
    ax.plot(total.x[shown], total.values[shown], color=theme.total, linewidth=2.5, label="f_{X+Y}")
    for z, area in zip(ZS, areas, strict=True):
        height = float(total.values[sum_index(total, z)])
        ax.vlines(z, 0, height, color=theme.accent, linewidth=1.5, linestyles=(0, (3, 2)))
        ax.plot([z], [height], "o", color=theme.accent, markersize=8, label=f"height z={z:g}")
        # Left of the rising flank, right of the falling one: the label never sits on the curve.
        side = -1 if z < MODE else 1
        note = ax.annotate(f"{area:.3f}", (z, height), xytext=(7 * side, 4), textcoords="offset points",
                           ha="right" if side < 0 else "left", va="bottom", color=theme.fg)
        note.set_gid(f"height-label z={z:g}")
    ax.set_xlim(*SUM_XLIM)
    ax.set_ylim(0.0, 0.36)
    ticks = [SUM_XLIM[0], *ZS, SUM_XLIM[1]]
    ax.set_xticks(ticks, labels=[f"{t:g}".replace("-", "\u2212") for t in ticks])
    ax.set_yticks([0.0, 0.1, 0.2, 0.3])
    ax.set_xlabel("z")
    ax.set_title("density of X + Y: height at z = area of slice z", loc="left")
    return fig
