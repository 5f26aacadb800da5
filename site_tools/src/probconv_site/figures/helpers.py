"""Plot helpers shared by the figures: each takes ``ax=None`` and returns the Axes.

Artists that carry data get a ``label`` (bars, lines) or a ``gid`` (images,
cell grids), so that tests can find them and check the numbers they show
against probconv instead of comparing pixels.

Examples
--------
>>> from probconv.examples import loaded_dice
>>> X, _ = loaded_dice()
>>> ax = pmf_bars(X, theme=THEMES["light"], label="X")
>>> [round(float(b.get_height()), 2) for b in ax.containers[0]]
[0.1, 0.1, 0.15, 0.15, 0.2, 0.3]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import matplotlib as mpl
import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import Colormap, Normalize
from matplotlib.ticker import MaxNLocator, PercentFormatter
from numpy.typing import NDArray

from probconv import Pmf

from .style import THEMES, Theme, new_figure, percent, text_on, themed


def _axes(ax: Axes | None, theme: Theme, height: float = 3.0) -> Axes:
    if ax is not None:
        return ax
    return new_figure(theme, height).subplots()


def probs_of(pmf: Pmf) -> NDArray[np.float64]:
    """A Pmf's probabilities as floats (exact Pmfs hold Fractions)."""
    return np.asarray(pmf.to_float().probs, dtype=np.float64)


def percent_axis(ax: Axes, axis: str = "y", digits: int = 0) -> Axes:
    """Label an axis in percent: probabilities read better as 10% than as 0.10.

    Ticks step by 1, 2 or 5 (times a power of ten), never 2.5, so that whole
    percentages label them exactly; pass ``digits`` for finer axes.
    """
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 5, 10]))
    target.set_major_formatter(PercentFormatter(1.0, decimals=digits))
    return ax


def pmf_bars(
    pmf: Pmf,
    ax: Axes | None = None,
    *,
    theme: Theme,
    color: str | Sequence[Any] | None = None,
    label: str = "",
    values_on_bars: bool = False,
    digits: int = 0,
    unit: str = "%",
    width: float = 0.8,
    **kwargs: Any,
) -> Axes:
    """Draw a distribution as one bar per value, optionally with its percentage on top.

    Parameters
    ----------
    pmf : Pmf
        The distribution; bars at ``pmf.support`` with heights ``P(X = k)``.
    ax : Axes, optional
        Where to draw; a new themed figure if omitted.
    theme : Theme
        Colours.
    color : colour or list of colours, optional
        Bar colours, default the theme's colour for a total.
    label : str
        Label of the bar container (legends and tests find the bars by it).
    values_on_bars : bool
        Write each probability above its bar.
    digits : int
        Decimals of those percentages.
    unit : str
        Appended to each bar's number ("" when the bars are too narrow for "%").
    width : float
        Bar width.
    **kwargs
        Passed to :meth:`Axes.bar`.
    """
    ax = _axes(ax, theme)
    heights = probs_of(pmf)
    with themed(theme):
        bars = ax.bar(pmf.support, heights, width=width, color=color or theme.total, label=label, **kwargs)
        if values_on_bars:
            ax.bar_label(
                bars,
                labels=[percent(h, digits).replace("%", unit) for h in heights],
                padding=2,
                fontsize=mpl.rcParams["font.size"] - 1,
            )
    ax.set_xticks(pmf.support)
    percent_axis(ax)
    return ax


def cell_grid(
    values: NDArray[np.float64],
    ax: Axes | None = None,
    *,
    theme: Theme,
    cmap: str | Colormap | None = None,
    norm: Normalize | None = None,
    labels: Callable[[int, int, float], str] | None = None,
    row_ticks: Sequence[Any] | NDArray[Any] | None = None,
    col_ticks: Sequence[Any] | NDArray[Any] | None = None,
    gid: str = "cells",
    fontsize: float | None = None,
    outcomes: bool = False,
) -> Axes:
    """A matrix drawn as square cells, each optionally labelled.

    Two layouts. A matrix (an image, a kernel) keeps row 0 at the top. A grid
    of outcomes (``outcomes=True``), ``values[i, j]`` for ``X = i`` and
    ``Y = j``, is drawn as every picture of two variables in the chapter is:
    X across, Y up, the smallest outcomes at the bottom left, so that the
    anti-diagonal ``i + j = k`` runs like the line ``x + y = z`` in a plane.

    Parameters
    ----------
    values : 2-D array
        ``values[i, j]`` fills row ``i``, column ``j`` (or, for outcomes, the
        column of ``X = i`` and the row of ``Y = j``).
    ax : Axes, optional
        Where to draw.
    theme : Theme
        Colours; the text colour of each label is picked for contrast with its cell.
    cmap, norm : optional
        Colour map (default the theme's sequential map) and normalisation.
    labels : callable ``(i, j, value) -> str``, optional
        Text for each cell; empty strings are skipped.
    row_ticks, col_ticks : sequences, optional
        Tick labels for axis 0 of ``values`` (the rows, on the left; for
        outcomes, X along the bottom) and axis 1 (the columns, on top; for
        outcomes, Y on the left).
    gid : str
        Group id of the image, for tests. For outcomes the image holds the
        transpose, row ``j`` for ``Y = j``, as it is drawn.
    fontsize : float, optional
        Size of the cell labels.
    outcomes : bool
        Draw a grid of outcomes, X across and Y up, instead of a matrix.
    """
    ax = _axes(ax, theme)
    values = np.asarray(values, dtype=np.float64)
    cmap_obj = cmap if isinstance(cmap, Colormap) else mpl.colormaps[cmap or theme.seq]
    norm = norm or Normalize(vmin=float(values.min()), vmax=float(values.max()))
    with themed(theme):
        shown = values.T if outcomes else values
        im = ax.imshow(shown, cmap=cmap_obj, norm=norm, aspect="equal", origin="lower" if outcomes else "upper")
        im.set_gid(gid)
        if labels is not None:
            for (i, j), v in np.ndenumerate(values):
                text = labels(i, j, float(v))
                if text:
                    ax.text(
                        *((i, j) if outcomes else (j, i)), text, ha="center", va="center",
                        fontsize=fontsize or mpl.rcParams["font.size"] - 1, color=text_on(cmap_obj(norm(v)), theme),
                    )
    rows, cols = values.shape
    axis0 = list(row_ticks) if row_ticks is not None else [""] * rows
    axis1 = list(col_ticks) if col_ticks is not None else [""] * cols
    if outcomes:
        ax.set_xticks(range(rows), labels=axis0)
        ax.set_yticks(range(cols), labels=axis1)
    else:
        ax.set_xticks(range(cols), labels=axis1)
        ax.set_yticks(range(rows), labels=axis0)
        ax.xaxis.tick_top()
        ax.xaxis.set_label_position("top")
    ax.tick_params(length=0)
    # Thin separators in the page colour make the cells countable.
    width, height = (rows, cols) if outcomes else (cols, rows)
    ax.set_xticks(np.arange(-0.5, width, 1.0), minor=True)
    ax.set_yticks(np.arange(-0.5, height, 1.0), minor=True)
    ax.grid(which="minor", color=theme.bg, linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return ax


def show_image(
    img: NDArray[np.float64],
    ax: Axes | None = None,
    *,
    theme: Theme,
    cmap: str | Colormap | None = None,
    vmin: float | None = None,
    vmax: float | None = None,
    title: str = "",
    gid: str = "image",
) -> Axes:
    """Show a 2-D array as an image without ticks (grey by default: 0 is the page colour)."""
    ax = _axes(ax, theme)
    with themed(theme):
        im = ax.imshow(img, cmap=cmap or theme.gray, vmin=vmin, vmax=vmax, interpolation="nearest")
    im.set_gid(gid)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(True)
        spine.set_color(theme.muted)
    if title:
        ax.set_title(title)
    return ax


__all__ = ["THEMES", "cell_grid", "percent_axis", "pmf_bars", "probs_of", "show_image"]
