"""Write the test vectors of the continuous explorer, computed by probconv.

The continuous page's explorer lets the reader pick the densities of X and Y
from five families, each with one parameter, and drag the total z. In
JavaScript it samples both densities at the midpoints of cells of width
:data:`DX` and computes the density of X + Y as probconv's :class:`~probconv.Density`
does: the discrete convolution of the samples, times ``DX``. This module asks
the library for the same numbers, for a sample of families and parameters,
so that the browser tests can hold the page to them:

* the density of X + Y at every quarter between :data:`Z_RANGE`'s ends;
* the slice ``x -> f_X(x) f_Y(z - x)`` at a few totals, at the grid points of the plane;
* both densities at the same points.

The output is a build artefact (``docs/assets/generated/`` is gitignored)::

    python -m probconv_site.continuous_vectors                 # every vector
    python -m probconv_site.continuous_vectors --list          # the vector names
    python -m probconv_site.continuous_vectors --out /tmp/v.json
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from probconv import Density, normal_pdf

from .paths import DOCS
from .vector_files import run, write_json

DEFAULT_OUT = DOCS / "assets" / "generated" / "continuous_vectors.json"
#: The width of the cells at whose midpoints the explorer samples every density.
DX = 0.025
#: The plane shows x and y over this range, at equal aspect; the slice is drawn over the same x.
VIEW = (-3.0, 5.0)
#: The slider moves z over this range, in steps of Z_STEP (a whole number of cells).
Z_RANGE = (-4.0, 9.0)
Z_STEP = 0.05
#: The standard deviation of each bump of the two-bump mixture.
BUMP_SD = 0.25
#: The explorer's numbers agree with these vectors to this fraction of the largest value:
#: the same samples, added in another order.
TOLERANCE = 1e-9


def triangular_pdf(c: float) -> Callable[[NDArray[np.float64]], NDArray[np.float64]]:
    """The triangular density on [0, 2] with its peak, of height 1, at ``c``.

    Examples
    --------
    >>> triangular_pdf(0.5)(np.array([0.25, 0.5, 1.25, 2.5])).tolist()
    [0.5, 1.0, 0.5, 0.0]
    """

    def pdf(x: NDArray[np.float64]) -> NDArray[np.float64]:
        rise = np.divide(x, c, out=np.zeros_like(x), where=(x < c))
        fall = np.divide(2.0 - x, 2.0 - c, out=np.zeros_like(x), where=(x >= c))
        return np.where((x < 0) | (x > 2), 0.0, rise + fall)

    return pdf


def two_bumps_pdf(s: float) -> Callable[[NDArray[np.float64]], NDArray[np.float64]]:
    """The mixture, half and half, of N(0, BUMP_SD^2) and N(s, BUMP_SD^2): a mixture, not a sum.

    Examples
    --------
    >>> f = two_bumps_pdf(2.0)
    >>> bool(np.isclose(f(np.array([0.0]))[0], f(np.array([2.0]))[0]))
    True
    """
    return lambda x: 0.5 * normal_pdf(x, 0.0, BUMP_SD) + 0.5 * normal_pdf(x, s, BUMP_SD)


@dataclass(frozen=True)
class Family:
    """One family of densities in the explorer's menu, with its one parameter.

    The parameter runs from ``lo`` to ``hi`` in steps of ``step`` and starts at ``default``.
    ``make(value, dx)`` samples the density with probconv at the midpoints of cells of width ``dx``.
    """

    name: str
    parameter: str
    lo: float
    hi: float
    step: float
    default: float
    make: Callable[[float, float], Density]


#: The menu, in the explorer's order. Every parameter step is a whole number of cells of DX,
#: so that every edge falls on a cell boundary.
FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family("uniform", "b", 0.5, 3.0, 0.1, 1.0, lambda b, dx: Density.uniform(0.0, b, dx)),
        Family("exponential", "lambda", 0.5, 3.0, 0.1, 1.0, lambda lam, dx: Density.exponential(lam, dx)),
        Family("normal", "sigma", 0.3, 1.5, 0.1, 1.0, lambda sigma, dx: Density.normal(0.0, sigma, dx)),
        Family("triangular", "c", 0.0, 2.0, 0.1, 1.0,
               lambda c, dx: Density.from_function(triangular_pdf(c), 0.0, 2.0, dx)),
        Family("two_bumps", "s", 0.5, 3.0, 0.1, 2.0,
               lambda s, dx: Density.from_function(two_bumps_pdf(s), -8 * BUMP_SD, s + 8 * BUMP_SD, dx)),
    )
}

Choice = tuple[str, float]

#: The sampled pairs: the page's opening pair, both ends of every parameter, and mixed families.
CASES: dict[str, tuple[Choice, Choice]] = {
    "normal_exponential": (("normal", 1.0), ("exponential", 1.0)),
    "uniform_uniform": (("uniform", 1.0), ("uniform", 1.0)),
    "narrow_and_wide_uniform": (("uniform", 0.5), ("uniform", 3.0)),
    "slow_and_fast_exponential": (("exponential", 0.5), ("exponential", 3.0)),
    "narrow_and_wide_normal": (("normal", 0.3), ("normal", 1.5)),
    "triangles_leaning_apart": (("triangular", 0.0), ("triangular", 2.0)),
    "triangle_and_bumps": (("triangular", 1.3), ("two_bumps", 2.0)),
    "bumps_and_bumps": (("two_bumps", 2.0), ("two_bumps", 2.0)),
    "uniform_and_exponential": (("uniform", 2.2), ("exponential", 1.7)),
    "normal_and_close_bumps": (("normal", 0.7), ("two_bumps", 0.5)),
    "exponential_and_triangle": (("exponential", 2.4), ("triangular", 0.4)),
    "far_bumps_and_normal": (("two_bumps", 3.0), ("normal", 0.5)),
}

#: The totals at which each vector records the whole slice.
SLICE_TOTALS = (-1.0, 1.5, 4.0)


def density(choice: Choice, dx: float = DX) -> Density:
    """probconv's samples of the density ``(family name, parameter)``.

    Examples
    --------
    >>> d = density(("uniform", 2.0), dx=0.5)
    >>> d.x.tolist(), d.values.tolist()
    ([0.25, 0.75, 1.25, 1.75], [0.5, 0.5, 0.5, 0.5])
    """
    name, value = choice
    family = FAMILIES[name]
    if not family.lo - 1e-9 <= value <= family.hi + 1e-9:
        raise ValueError(f"{name}: {family.parameter}={value} is outside [{family.lo}, {family.hi}].")
    return family.make(value, dx)


def at(d: Density, points: NDArray[np.float64]) -> NDArray[np.float64]:
    """The samples of ``d`` at grid points (midpoints of its cells), 0 off its grid.

    Examples
    --------
    >>> at(density(("uniform", 1.0), dx=0.25), np.array([-0.125, 0.375, 1.125])).tolist()
    [0.0, 1.0, 0.0]
    """
    index = np.rint((points - d.x0) / d.dx).astype(np.int64)
    inside = (index >= 0) & (index < len(d))
    return np.where(inside, d.values[np.clip(index, 0, len(d) - 1)], 0.0)


def grid_points(lo: float, hi: float, step: float) -> NDArray[np.float64]:
    """``lo, lo + step, ..., hi``, rounded to 12 places so that the JSON is stable."""
    n = round((hi - lo) / step)
    return np.round(lo + step * np.arange(n + 1), 12)


def vector(name: str, x: Choice, y: Choice) -> dict[str, Any]:
    """One test vector: the two choices, the density of X + Y at the quarter totals, and three slices.

    Examples
    --------
    >>> v = vector("uniform_uniform", ("uniform", 1.0), ("uniform", 1.0))
    >>> i = v["z"].index(1.0)
    >>> round(v["density"][i], 12), round(v["density"][v["z"].index(0.5)], 12)   # the triangle's peak and its slope
    (1.0, 0.5)
    """
    fx, fy = density(x), density(y)
    total = fx + fy
    zs = grid_points(*Z_RANGE, 0.25)
    # The plane's x: the midpoints of the cells between VIEW's ends.
    xs = np.round(VIEW[0] + DX / 2 + DX * np.arange(round((VIEW[1] - VIEW[0]) / DX)), 12)
    slices = [
        {
            "z": z,
            "product": (at(fx, xs) * at(fy, np.round(z - xs, 12))).tolist(),
            "area": float(at(total, np.array([z]))[0]),
        }
        for z in SLICE_TOTALS
    ]
    return {
        "name": name,
        "x": {"family": x[0], "value": x[1]},
        "y": {"family": y[0], "value": y[1]},
        "z": zs.tolist(),
        "density": at(total, zs).tolist(),
        "peak": float(total.values.max()),
        "mean": total.mean(),
        "xs": xs.tolist(),
        "fx": at(fx, xs).tolist(),
        "fy": at(fy, xs).tolist(),
        "slices": slices,
    }


def build(names: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The vectors called ``names`` (all of them when ``None``), in the order of :data:`CASES`."""
    wanted = list(CASES) if not names else list(names)
    unknown = [n for n in wanted if n not in CASES]
    if unknown:
        raise KeyError(f"unknown vector(s) {unknown}; known: {', '.join(CASES)}")
    return [vector(n, *CASES[n]) for n in wanted]


def families() -> list[dict[str, Any]]:
    """The menu as the explorer must offer it: names, parameters and their ranges."""
    return [
        {"name": f.name, "parameter": f.parameter, "lo": f.lo, "hi": f.hi, "step": f.step, "default": f.default}
        for f in FAMILIES.values()
    ]


def write(vectors: list[dict[str, Any]], out: Path) -> Path:
    """Write ``vectors`` with the grid and the menu as JSON to ``out`` (parents created); return the path."""
    return write_json({
        "dx": DX, "view": list(VIEW), "z_range": list(Z_RANGE), "z_step": Z_STEP, "tolerance": TOLERANCE,
        "families": families(), "vectors": vectors,
    }, out)


def main(argv: Sequence[str] | None = None, echo: Callable[[str], None] = print) -> int:
    return run(
        argv, echo, tool="continuous_vectors", description=__doc__.splitlines()[0], default_out=DEFAULT_OUT,
        listing=lambda: [f"{name:26s} X {x[0]}({x[1]:g})  Y {y[0]}({y[1]:g})" for name, (x, y) in CASES.items()],
        build=build, write=write,
    )


if __name__ == "__main__":
    sys.exit(main())
