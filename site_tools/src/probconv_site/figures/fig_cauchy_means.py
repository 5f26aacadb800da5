"""Means of n Cauchy variables stay Cauchy; means of n normals narrow like 1/sqrt(n)."""

from __future__ import annotations

import math

import numpy as np
from matplotlib.figure import Figure
from numpy.typing import NDArray

from probconv import Density, normal_pdf

from .style import Theme, new_figure

#: The Cauchy density is cut off at +-CUT (it has no mean to centre a finite grid on)...
CUT = 400.0
#: ...and sampled with this step.
DX = 0.05
NS = (1, 2, 8)
Z = np.linspace(-6.0, 6.0, 481)


def cauchy_pdf(x: NDArray[np.float64]) -> NDArray[np.float64]:
    """The standard Cauchy density 1 / (pi (1 + x^2))."""
    return 1.0 / (math.pi * (1.0 + x * x))


def _renormalised(d: Density) -> Density:
    return Density(d.values / d.mass(), d.x0, d.dx)


def sums_by_doubling(base: Density, ns: tuple[int, ...]) -> dict[int, Density]:
    """The density of the sum of n copies for n = 1, 2, 4, 8..., each by one probconv convolution."""
    out, current, n = {1: base}, base, 1
    while n < max(ns):
        current, n = current + current, 2 * n
        out[n] = current
    return {n: out[n] for n in ns}


def mean_density(total: Density, n: int, z: NDArray[np.float64]) -> NDArray[np.float64]:
    """Density of S / n at z from the density of S: n f_S(n z)."""
    return n * np.interp(n * z, total.x, total.values, left=0.0, right=0.0)


def draw(theme: Theme) -> Figure:
    """Two stacked panels: means of n Cauchy variables, means of n normals."""
    cauchy = _renormalised(Density.from_function(cauchy_pdf, -CUT, CUT, DX))
    normal = Density.normal(0.0, 1.0, DX)
    colours = (theme.x, theme.y, theme.total)
    widths = (4.5, 3.0, 1.8)
    fig = new_figure(theme, height=6.4)
    ax_c, ax_n = fig.subplots(2, 1, sharex=True)
    for ax, base, name in ((ax_c, cauchy, "Cauchy"), (ax_n, normal, "normal")):
        for (n, total), colour, lw in zip(sums_by_doubling(base, NS).items(), colours, widths, strict=True):
            ax.plot(Z, mean_density(total, n, Z), color=colour, linewidth=lw, label=f"n = {n}")
        ax.set_title(f"mean of n standard {name} variables", loc="left", fontsize=13)
        ax.set_ylabel("density")
        ax.set_ylim(0, None)
    ax_c.plot(Z, cauchy_pdf(Z), color=theme.fg, linewidth=1.2, linestyle=(0, (4, 3)), label="Cauchy, exact")
    ax_n.plot(Z, normal_pdf(Z), color=theme.fg, linewidth=1.2, linestyle=(0, (4, 3)), label="N(0, 1), exact")
    ax_c.set_ylim(0, 0.45)
    ax_c.set_yticks([0, 0.1, 0.2, 0.3, 0.4])
    ax_c.legend(loc="upper right", handlelength=1.6, borderaxespad=0.0)
    ax_n.legend(loc="upper right", handlelength=1.6, borderaxespad=0.0)
    ax_n.set_xlim(Z[0], Z[-1])
    ax_n.set_xlabel("value of the mean")
    return fig
