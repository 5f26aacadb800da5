"""U + U, N + N and Exp + Exp, each computed on a grid by probconv and checked by its closed form."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from numpy.typing import NDArray

from probconv import Density, gamma_pdf, irwin_hall_pdf, normal_pdf

from .style import Theme, new_figure

DX = 0.01

Exact = Callable[[NDArray[np.float64]], NDArray[np.float64]]


def cases() -> list[tuple[str, Density, Density, Exact, tuple[float, float]]]:
    """(title, f, g, closed form of f * g, x-range) for each row."""
    return [
        ("U(0,1) + U(0,1): triangle", Density.uniform(0, 1, DX), Density.uniform(0, 1, DX),
         lambda z: irwin_hall_pdf(z, 2), (-0.5, 2.5)),
        ("N(0,1) + N(0,1) = N(0,2)", Density.normal(0, 1, DX), Density.normal(0, 1, DX),
         lambda z: normal_pdf(z, 0.0, np.sqrt(2.0)), (-5.0, 5.0)),
        ("Exp(1) + Exp(1) = Gamma(2,1)", Density.exponential(1.0, DX), Density.exponential(1.0, DX),
         lambda z: gamma_pdf(z, 2, 1.0), (-0.5, 7.0)),
    ]


def _panel(ax: Axes, theme: Theme, title: str, f: Density, g: Density, exact: Exact, xlim: tuple[float, float]) -> Axes:
    total = f + g
    z = np.linspace(*xlim, 600)
    # Close the input's curve with zeros one step beyond its grid: the uniform's jumps show.
    fx = np.concatenate([[f.x[0] - f.dx], f.x, [f.x[-1] + f.dx]])
    fv = np.concatenate([[0.0], f.values, [0.0]])
    ax.plot(fx, fv, color=theme.x, linewidth=1.5, label="input, f = g")
    ax.plot(total.x, total.values, color=theme.total, linewidth=3.0, label="f * g (probconv)")
    ax.plot(z, exact(z), color=theme.fg, linewidth=1.5, linestyle=(0, (4, 3)), label="closed form")
    ax.set_xlim(*xlim)
    ax.set_ylim(0, None)
    ax.set_title(title, loc="left")
    return ax


def draw(theme: Theme) -> Figure:
    """Three stacked panels, one per pair, sharing a legend."""
    fig = new_figure(theme, height=7.8)
    axes = fig.subplots(3, 1)
    for ax, (title, f, g, exact, xlim) in zip(axes, cases(), strict=True):
        _panel(ax, theme, title, f, g, exact, xlim)
        ax.set_ylabel("density")
    # The Gamma panel has room at the top right, where no curve goes.
    axes[2].legend(loc="upper right", handlelength=1.6)
    axes[-1].set_xlabel("z")
    return fig
