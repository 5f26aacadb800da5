"""Grids for densities: whole cells, sampling a function, and moments from offsets."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ._validate import check_positive_real, check_size

__all__ = ["CELL_RTOL", "centred_midpoints", "check_step", "cover", "offset_moments", "sample", "whole_cells"]

#: How far ``(hi - lo) / d`` may be from a whole number and still count as whole cells.
CELL_RTOL = 1e-9


def whole_cells(lo: float, hi: float, d: float, name: str) -> int:
    """Return the number of cells of width ``d`` that tile ``[lo, hi]``, or raise ValueError.

    Examples
    --------
    >>> whole_cells(0.0, 1.0, 0.25, "dx"), whole_cells(0.0, 1.0, 1 / 3, "dx")
    (4, 3)
    >>> whole_cells(0.0, 1.0, 0.3, "dx")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: dx=0.3 does not tile [0, 1] in whole cells: ... (hi - lo) / 3 = 0.333333 or (hi - lo) / 4 = 0.25.
    """
    cells = (hi - lo) / d
    if not math.isfinite(cells):
        raise ValueError(f"[{lo:g}, {hi:g}] holds more cells of width {name}={d:g} than a float can count.")
    n = round(cells)
    if n < 1:
        raise ValueError(
            f"{name}={d:g} is wider than the interval [{lo:g}, {hi:g}]; use a {name} smaller than hi - lo."
        )
    if abs(cells - n) > CELL_RTOL * cells:
        fewer, more = max(1, math.floor(cells)), math.ceil(cells)
        raise ValueError(
            f"{name}={d:g} does not tile [{lo:g}, {hi:g}] in whole cells: (hi - lo) / {name} = {cells:.4g}. "
            "The last cell would stick out of the interval and add mass, or stop short and lose it; "
            f"use {name} = (hi - lo) / n for a whole number n, such as (hi - lo) / {fewer} = {(hi - lo) / fewer:.6g} "
            f"or (hi - lo) / {more} = {(hi - lo) / more:.6g}."
        )
    return int(n)


def cover(length: float, d: float, what: str) -> float:
    """Return ``length`` rounded up to whole cells of width ``d``: for ranges that the library chooses.

    A normal or exponential density has no edge, so its grid may reach a little
    further than asked for; a uniform one has edges, and :func:`whole_cells`
    refuses a ``d`` that does not fit them.

    Examples
    --------
    >>> cover(1.0, 0.3, "a range")
    1.2
    """
    if not math.isfinite(length / d):
        raise ValueError(f"{what}, {length:g}, holds more cells of width {d:g} than a float can count.")
    if d > length:
        raise ValueError(f"the cell width {d:g} is wider than {what}, {length:g}; use a smaller one.")
    n = max(1, math.ceil(length / d * (1 - CELL_RTOL)))
    return n * d


def check_step(d: Any, scale: float, scale_name: str, name: str = "dx") -> float:
    """Return the step ``d`` if it is positive and at most ``scale``, the width over which a density changes.

    Examples
    --------
    >>> check_step(0.5, 1.0, "sigma")
    0.5
    >>> check_step(5, 1.0, "sigma")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: dx=5 is coarser than sigma = 1, the scale on which the density changes; ...
    """
    step = check_positive_real(d, name)
    if step > scale:
        raise ValueError(
            f"{name}={step:g} is coarser than {scale_name} = {scale:g}, the scale on which the density changes; "
            f"its cell midpoints would miss much of the mass. Use {name} at most {scale:g}, ideally a tenth of it."
        )
    return step


def centred_midpoints(length: float, d: float, what: str) -> NDArray[np.float64]:
    """Return the midpoints of whole cells of width ``d`` covering ``length``, symmetric about 0.

    For densities without edges, sampled at offsets from their centre.

    Examples
    --------
    >>> centred_midpoints(1.0, 0.3, "a range").round(12).tolist()
    [-0.45, -0.15, 0.15, 0.45]
    """
    n = round(cover(length, d, what) / d)
    check_size(n, "the density grid", copies=4)
    offsets: NDArray[np.float64] = (np.arange(n, dtype=np.float64) - (n - 1) / 2) * d
    return offsets


def sample(pdf: Callable[..., Any], coords: tuple[NDArray[Any], ...], name: str) -> NDArray[Any]:
    """Call ``pdf(*coords)`` and check that it returned one value per point.

    Examples
    --------
    >>> sample(lambda x: 1.0, (np.zeros(3),), "pdf")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: pdf must return one value per point: ... returned shape (); for a constant use np.full_like(x, c).
    """
    returned = pdf(*coords)
    if isinstance(returned, np.ma.MaskedArray):
        raise TypeError(f"{name} returned a masked array, whose mask would be dropped; return plain values.")
    out = np.asarray(returned)
    if out.shape != coords[0].shape:
        raise ValueError(
            f"{name} must return one value per point: it got an array of shape {coords[0].shape} "
            f"and returned shape {out.shape}; for a constant use np.full_like(x, c)."
        )
    return out


def offset_moments(weights: NDArray[np.float64]) -> tuple[float, float]:
    """Return the mean and the variance of the offsets ``0, 1, 2, ...`` weighted by ``weights``.

    Offsets are small whole numbers, so the moments keep every digit however
    far from 0 the grid lies; the caller adds its origin and scales by its step.

    Examples
    --------
    >>> offset_moments(np.array([1.0, 2.0, 1.0]))
    (1.0, 0.5)
    """
    weights = weights / weights.max()  # huge samples (1e308) must not overflow the sums
    total = float(weights.sum())
    offsets = np.arange(weights.size, dtype=np.float64)
    mean = float(np.dot(offsets, weights)) / total
    return mean, float(np.dot((offsets - mean) ** 2, weights)) / total
