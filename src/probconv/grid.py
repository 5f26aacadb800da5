"""The joint grid of two independent variables and its anti-diagonal sums.

This is the chapter's central picture in code: lay out every pair of outcomes
``(x, y)`` with probability ``P(X = x) P(Y = y)``; the cells with ``x + y = z``
form an anti-diagonal, and summing each anti-diagonal gives the distribution
of ``X + Y``. :func:`antidiagonal_sums` does that sum cell by cell, separately
from the convolution engine, so that tests can check one against the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ._validate import as_float_array, check_size
from .memory import check_memory, int_bytes
from .pmf import Pmf, check_range


@dataclass(frozen=True, eq=False)
class JointGrid:
    """Joint probabilities of two independent variables.

    Attributes
    ----------
    probs : ndarray
        ``probs[i, j] = P(X = xs[i]) P(Y = ys[j])``; float64, or an object
        array of Fractions when both inputs are exact.
    xs, ys : ndarray of int
        The values of X (rows) and Y (columns), consecutive integers.

    Examples
    --------
    >>> X, Y = Pmf.die([1, 1], exact=True), Pmf.die([1, 3], exact=True)
    >>> g = joint_grid(X, Y)
    >>> g.probs
    array([[Fraction(1, 8), Fraction(3, 8)],
           [Fraction(1, 8), Fraction(3, 8)]], dtype=object)
    >>> g.xs.tolist(), g.ys.tolist()
    ([1, 2], [1, 2])
    """

    probs: NDArray[Any]
    xs: NDArray[np.int64]
    ys: NDArray[np.int64]

    def __post_init__(self) -> None:
        """Check the grid, and keep its values as int64 arrays; a grid built by hand is checked too."""
        probs = np.asarray(self.probs)
        if probs.dtype != object:
            probs = as_float_array(probs, "probs", 2)
        if probs.ndim != 2 or probs.size == 0:
            raise ValueError(f"probs must be a non-empty 2-D array, got shape {probs.shape}.")
        if np.any(probs < 0):
            raise ValueError("probs must be non-negative: they are probabilities.")
        axes = []
        for name, values, size in (("xs", self.xs, probs.shape[0]), ("ys", self.ys, probs.shape[1])):
            arr = np.asarray(values)
            if arr.dtype.kind not in "iu" or arr.shape != (size,):
                raise ValueError(f"{name} must be {size} integers, one per {'row' if name == 'xs' else 'column'} "
                                 f"of probs, got {values!r:.80}.")
            if size > 1 and not np.all(np.diff(arr) == 1):
                raise ValueError(f"{name} must be consecutive integers, so that cell (i, j) has total "
                                 f"xs[0] + ys[0] + i + j; got {arr.tolist()[:8]}.")
            axes.append(arr.astype(np.int64))
        object.__setattr__(self, "probs", probs)  # frozen: set once, here
        object.__setattr__(self, "xs", axes[0])
        object.__setattr__(self, "ys", axes[1])

    @property
    def exact(self) -> bool:
        """True when the cells hold Fractions: both variables were exact.

        Examples
        --------
        >>> X = Pmf.die([1, 1], exact=True)
        >>> joint_grid(X, X).exact, joint_grid(X.to_float(), X).exact
        (True, False)
        """
        return self.probs.dtype == object

    __hash__ = None  # type: ignore[assignment]  # unhashable, as __eq__ compares values; typeshed wants a method

    def __eq__(self, other: object) -> bool:
        """Return True when both grids hold the same values and the same probabilities.

        Examples
        --------
        >>> X, Y = Pmf.die([1, 1], exact=True), Pmf.die([1, 3], exact=True)
        >>> joint_grid(X, Y) == joint_grid(X, Y), joint_grid(X, Y) == joint_grid(Y, X)
        (True, False)
        """
        if not isinstance(other, JointGrid):
            return NotImplemented
        return (
            np.array_equal(self.xs, other.xs)
            and np.array_equal(self.ys, other.ys)
            and self.probs.shape == other.probs.shape
            and bool((self.probs == other.probs).all())
        )

    def totals(self) -> NDArray[np.int64]:
        """Return ``totals[i, j] = xs[i] + ys[j]``: which anti-diagonal, which value of X + Y, each cell is on.

        Examples
        --------
        >>> joint_grid(Pmf.die([1, 1]), Pmf.die([1, 1, 1])).totals()
        array([[2, 3, 4],
               [3, 4, 5]])
        """
        # checked in Python ints first: int64 addition would wrap around silently
        check_range(int(self.xs.min()) + int(self.ys.min()), 1)
        check_range(int(self.xs.max()) + int(self.ys.max()), 1)
        return self.xs[:, None] + self.ys[None, :]


def joint_grid(x: Pmf, y: Pmf) -> JointGrid:
    """Return the outer-product grid of joint probabilities of independent ``x`` and ``y``.

    Examples
    --------
    >>> X = Pmf.from_weights([1, 3], start=1, exact=True)
    >>> Y = Pmf.from_weights([1, 1], start=1, exact=True)
    >>> g = joint_grid(X, Y)
    >>> g.probs[1, 0], g.xs.tolist(), g.ys.tolist()
    (Fraction(3, 8), [1, 2], [1, 2])
    """
    if not isinstance(x, Pmf) or not isinstance(y, Pmf):
        raise ValueError("joint_grid takes two Pmf objects.")
    # the totals x + y must be 64-bit integers too
    check_range(x.start + y.start, len(x) + len(y) - 1)
    cells = len(x) * len(y)
    if x.exact and y.exact:
        (cx, dx), (cy, dy) = x.counts, y.counts
        bits = max(cx).bit_length() + max(cy).bit_length() + dx.bit_length() + dy.bit_length()
        # a Fraction object, its two ints and the array's pointer to it
        check_memory(
            cells * (64 + 2 * int_bytes(1, bits)),
            f"the exact joint grid of {cells:,} cells",
            "use floats (exact=False) or fewer values",
        )
    else:
        check_size(cells, "the joint grid")
    if x.exact and y.exact:
        px = np.array(x.probs, dtype=object)
        py = np.array(y.probs, dtype=object)
    else:
        px = np.asarray(x.to_float().probs)
        py = np.asarray(y.to_float().probs)
    return JointGrid(np.multiply.outer(px, py), x.support, y.support)


def antidiagonal_sums(grid: JointGrid) -> Pmf:
    """Sum the grid's anti-diagonals: the distribution of ``X + Y``.

    Each total ``z`` collects the cells ``(x, z - x)``; the cells are disjoint
    events, so their probabilities add.

    Examples
    --------
    >>> die = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
    >>> total = antidiagonal_sums(joint_grid(die, die))
    >>> total[7], total == die + die
    (Fraction(1, 6), True)
    """
    if not isinstance(grid, JointGrid):
        raise ValueError("antidiagonal_sums takes the JointGrid returned by joint_grid(X, Y).")
    rows, cols = grid.probs.shape
    flipped = grid.probs[:, ::-1]
    # In the column-flipped grid, anti-diagonal z = i + j is the diagonal with offset (cols - 1) - z.
    sums = [flipped.diagonal(cols - 1 - z).sum() for z in range(rows + cols - 1)]
    start = int(grid.xs[0]) + int(grid.ys[0])  # Python ints: no int64 wraparound
    if grid.exact:
        return Pmf([Fraction(s) for s in sums], start=start, exact=True)
    # no renormalising: a grid whose cells do not add up to 1 is refused by Pmf, with the sum
    return Pmf(np.array(sums, dtype=np.float64), start=start)
