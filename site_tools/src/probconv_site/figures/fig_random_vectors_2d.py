"""Two independent random vectors in the plane and the density of their sum."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from probconv import Density2D

from .style import Theme, fade_cmap, new_figure

D = 0.02
COV = ((0.04, 0.03), (0.03, 0.09))
XLIM = (-1.0, 2.0)
YLIM = (-1.3, 2.3)


def densities() -> tuple[Density2D, Density2D, Density2D]:
    """X uniform on the unit square, Y a correlated normal at 0, and X + Y by probconv."""
    square = Density2D.uniform((0.0, 1.0), (0.0, 1.0), D)
    blob = Density2D.normal((0.0, 0.0), COV, D)
    return square, blob, square + blob


def show_density(density: Density2D, ax: Axes, theme: Theme, title: str, gid: str) -> Axes:
    """A 2-D density as an image at its true position (x across, y up), scaled to its own maximum."""
    x0, y0 = density.x0 - density.dx / 2, density.y0 - density.dy / 2
    extent = (x0, x0 + density.values.shape[0] * density.dx, y0, y0 + density.values.shape[1] * density.dy)
    im = ax.imshow(density.values.T, origin="lower", extent=extent, cmap=fade_cmap(theme), interpolation="bilinear",
                   vmin=0.0, vmax=float(density.values.max()))
    im.set_gid(gid)
    ax.set_xlim(*XLIM)
    ax.set_ylim(*YLIM)
    ax.set_aspect("equal")
    ax.set_title(title)
    ax.set_xticks([0, 1])
    ax.set_yticks([0, 1])
    ax.grid(True, color=theme.muted, linewidth=0.5, alpha=0.5)
    return ax


def draw(theme: Theme) -> Figure:
    """Three panels on the same axes: X, Y, X + Y."""
    square, blob, total = densities()
    fig = new_figure(theme, height=2.9)
    axes = fig.subplots(1, 3, sharex=True, sharey=True)
    for ax, dens, title, gid in zip(
        axes, (square, blob, total), ("X", "Y", "X + Y"), ("X", "Y", "X+Y"), strict=True
    ):
        show_density(dens, ax, theme, title, gid)
    return fig
