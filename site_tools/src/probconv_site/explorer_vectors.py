"""Write the test vectors of the dice explorer and the flip-and-slide scrubber, computed by probconv.

The dice page's explorer and the formula page's scrubber recompute, in
JavaScript, what probconv computes in Python: two dice from their weights
(2 to 20 faces each), the joint grid, the distribution of X + Y, the
products along each anti-diagonal with their running sums, and the sum of
two fair dice of the same sizes that the explorer outlines. This module asks
the library for those numbers, for a handful of weight pairs, so that the
browser tests can hold the pages to them. Each vector stores every
probability as an exact fraction (``str(Fraction)``, e.g. ``"17/200"``); the
dice, the grid and the sum also as the float that probconv's float path returns.

The output is a build artefact (``docs/assets/generated/`` is gitignored)::

    python -m probconv_site.explorer_vectors                 # every vector
    python -m probconv_site.explorer_vectors --list          # the vector names
    python -m probconv_site.explorer_vectors chapter fair    # only these
    python -m probconv_site.explorer_vectors --out /tmp/v.json
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from itertools import accumulate
from pathlib import Path
from typing import Any

import numpy as np

from probconv import JointGrid, Pmf, antidiagonal_sums, joint_grid
from probconv.examples import X_WEIGHTS, Y_WEIGHTS

from .paths import DOCS
from .vector_files import run, write_json

DEFAULT_OUT = DOCS / "assets" / "generated" / "explorer_vectors.json"
#: The explorer's sliders run over the integer weights 0..MAX_WEIGHT.
MAX_WEIGHT = 20
#: A die has MIN_FACES to MAX_FACES faces.
MIN_FACES, MAX_FACES = 2, 20
#: Seed of the random weight pairs, fixed so that the file is reproducible.
SEED = 20261202
N_RANDOM = 6

Weights = tuple[int, ...]


def _random_pairs() -> dict[str, tuple[Weights, Weights]]:
    """Random weights on dice of random, mostly unequal, sizes."""
    rng = np.random.default_rng(SEED)
    pairs: dict[str, tuple[Weights, Weights]] = {}
    while len(pairs) < N_RANDOM:
        x, y = (
            tuple(int(v) for v in rng.integers(0, MAX_WEIGHT + 1, size=int(rng.integers(MIN_FACES, MAX_FACES + 1))))
            for _ in range(2)
        )
        if sum(x) and sum(y):  # a die needs one positive weight; redraw otherwise
            pairs[f"random_{len(pairs) + 1}"] = (x, y)
    return pairs


def weight_pairs() -> dict[str, tuple[Weights, Weights]]:
    """The named weight pairs ``(x_weights, y_weights)``, in a fixed order.

    Examples
    --------
    >>> pairs = weight_pairs()
    >>> pairs["chapter"]
    ((2, 2, 3, 3, 4, 6), (6, 5, 3, 2, 2, 2))
    >>> list(pairs)[:4]
    ['chapter', 'fair', 'zero_faces', 'point_and_max']
    >>> pairs["d4_and_chapter_y"]
    ((1, 2, 3, 4), (6, 5, 3, 2, 2, 2))
    """
    pairs: dict[str, tuple[Weights, Weights]] = {
        "chapter": (X_WEIGHTS, Y_WEIGHTS),
        "fair": ((1,) * 6, (1,) * 6),
        # Faces with weight zero keep their place: the grid stays 6 x 6 and
        # the sum keeps all eleven totals, some of them impossible.
        "zero_faces": ((0, 3, 0, 5, 0, 2), Y_WEIGHTS),
        # A die that always shows 6 against one with every slider at the top.
        "point_and_max": ((0, 0, 0, 0, 0, 7), (MAX_WEIGHT,) * 6),
        # Dice of different sizes, the scrubber's pairs among them.
        "fair_d4_d6": ((1,) * 4, (1,) * 6),
        "d4_and_chapter_y": ((1, 2, 3, 4), Y_WEIGHTS),
        "d2_and_d20": ((1, 3), tuple(range(1, MAX_FACES + 1))),
        "fair_d20_d20": ((1,) * MAX_FACES, (1,) * MAX_FACES),
    }
    pairs.update(_random_pairs())
    return pairs


def _exact(values: Iterable[Any]) -> list[str]:
    return [str(Fraction(v)) for v in values]


def _floats(values: Any) -> list[float]:
    return [float(v) for v in values]


def antidiagonals(grid: JointGrid) -> list[dict[str, Any]]:
    """For each total z, the cells with i + j = z (i increasing), their products and running sums.

    Examples
    --------
    >>> grid = joint_grid(Pmf.die([1, 1], exact=True), Pmf.die([1, 2, 1], exact=True))
    >>> [(d["total"], d["pairs"], d["products"], d["partial"]) for d in antidiagonals(grid)][1]
    (3, [[1, 2], [2, 1]], ['1/4', '1/8'], ['1/4', '3/8'])
    """
    out = []
    totals = grid.totals()
    for z in range(int(totals.min()), int(totals.max()) + 1):
        on = totals == z
        # Row-major order walks i upwards, and each i has at most one j on an anti-diagonal.
        cells = [(int(grid.xs[i]), int(grid.ys[j])) for i, j in zip(*np.nonzero(on), strict=True)]
        products = [Fraction(p) for p in grid.probs[on]]
        out.append({
            "total": z,
            "pairs": [list(c) for c in cells],
            "products": _exact(products),
            "partial": _exact(accumulate(products)),
        })
    return out


def vector(name: str, x_weights: Weights, y_weights: Weights) -> dict[str, Any]:
    """One test vector: both dice, the joint grid and the sum (exact and float), the products along
    each anti-diagonal with their running sums, and the sum of two fair dice of the same sizes.

    Examples
    --------
    >>> v = vector("chapter", X_WEIGHTS, Y_WEIGHTS)
    >>> v["sum"]["start"], v["sum"]["exact"][4 - 2], round(v["sum"]["float"][4 - 2], 12)
    (2, '17/200', 0.085)
    >>> v["grid"]["exact"][0][2]    # P(X = 1) P(Y = 3) = 2/20 * 3/20
    '3/200'
    >>> v["antidiagonals"][4 - 2]["products"], v["antidiagonals"][4 - 2]["partial"]
    (['3/200', '1/40', '9/200'], ['3/200', '1/25', '17/200'])
    >>> v["fair_sum"]["exact"][7 - 2]
    '1/6'
    """
    x, y = Pmf.die(x_weights, exact=True), Pmf.die(y_weights, exact=True)
    xf, yf = Pmf.die(x_weights), Pmf.die(y_weights)
    grid, grid_f = joint_grid(x, y), joint_grid(xf, yf)
    total, total_f = x + y, xf + yf
    # The two routes to the sum (cell-by-cell anti-diagonals and the
    # convolution engine) must agree before either is used as a reference.
    if antidiagonal_sums(grid) != total:
        raise AssertionError(f"{name}: anti-diagonal sums differ from X + Y")
    diagonals = antidiagonals(grid)
    if [d["partial"][-1] for d in diagonals] != _exact(total.probs):
        raise AssertionError(f"{name}: running sums do not end at P(X + Y = z)")
    fair = Pmf.die([1] * len(x_weights), exact=True) + Pmf.die([1] * len(y_weights), exact=True)
    return {
        "name": name,
        "x_weights": list(x_weights),
        "y_weights": list(y_weights),
        "x": {"start": x.start, "exact": _exact(x.probs), "float": _floats(xf.probs)},
        "y": {"start": y.start, "exact": _exact(y.probs), "float": _floats(yf.probs)},
        "grid": {
            "xs": [int(v) for v in grid.xs],
            "ys": [int(v) for v in grid.ys],
            "exact": [_exact(row) for row in grid.probs],
            "float": [_floats(row) for row in grid_f.probs],
        },
        "sum": {"start": total.start, "exact": _exact(total.probs), "float": _floats(total_f.probs)},
        "antidiagonals": diagonals,
        "fair_sum": {"start": fair.start, "exact": _exact(fair.probs)},
    }


def build(names: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The vectors called ``names`` (all of them when ``None``), in registry order."""
    pairs = weight_pairs()
    wanted = list(pairs) if not names else list(names)
    unknown = [n for n in wanted if n not in pairs]
    if unknown:
        raise KeyError(f"unknown vector(s) {unknown}; known: {', '.join(pairs)}")
    return [vector(n, *pairs[n]) for n in wanted]


def write(vectors: list[dict[str, Any]], out: Path) -> Path:
    """Write ``vectors`` as JSON to ``out`` (parents created) and return the path."""
    return write_json({"max_weight": MAX_WEIGHT, "seed": SEED, "vectors": vectors}, out)


def main(argv: Sequence[str] | None = None, echo: Callable[[str], None] = print) -> int:
    return run(
        argv, echo, tool="explorer_vectors", description=__doc__.splitlines()[0], default_out=DEFAULT_OUT,
        listing=lambda: [f"{name:14s} X {xw}  Y {yw}" for name, (xw, yw) in weight_pairs().items()],
        build=build, write=write,
    )


if __name__ == "__main__":
    sys.exit(main())
