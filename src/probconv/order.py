"""Comparisons and order statistics of independent integer variables.

None of these is a convolution; each needs only running totals:

* ``P(X > Y) = sum_j P(X = j) P(Y <= j - 1)``, a sum of products with no
  subtraction, so that small float probabilities keep their digits;
* ``P(X = Y) = sum_j P(X = j) P(Y = j)``;
* ``max(X, Y)`` has the cumulative distribution ``F_X(k) F_Y(k)``, because the
  larger is at most ``k`` exactly when both are.

The functions take the storage of a :class:`~probconv.Pmf` and its first value
(``start``), and keep exact inputs exact: they work on integer numerators over
a common denominator. A float input makes the result float.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ._validate import check_size
from .storage import ExactProbs, FloatProbs, Number, Probs

__all__ = ["law_of_max", "prob_equal", "prob_greater"]


def _same_kind(a: Probs, b: Probs) -> tuple[Probs, Probs]:
    return (a, b) if a.exact and b.exact else (a.to_float(), b.to_float())


def _totals(store: Probs, first: int, n: int) -> tuple[NDArray[Any], int | float]:
    """Return the running totals at offsets ``first .. first + n - 1``: 0 before the support, the total after it."""
    totals, den = store.cumulative()
    out = np.empty(n, dtype=totals.dtype)
    # Python ints throughout: ``first`` may be far outside the int64 range of offsets' differences
    below = min(max(-first, 0), n)  # positions whose offset is negative
    beyond = min(max(len(store) - first, 0), n)  # the first position past the support
    out[:below] = 0
    out[below:beyond] = totals[first + below : first + beyond]
    out[beyond:] = totals[-1]
    return out, den


def _ratio(numerator: Any, den: int | float) -> Number:
    if isinstance(den, int):
        return Fraction(int(numerator), den)
    return float(numerator) / den


def prob_greater(a: Probs, a_start: int, b: Probs, b_start: int) -> Number:
    """Return ``P(A > B)`` for independent A and B.

    Examples
    --------
    >>> coin = ExactProbs([1, 1], 2)         # 0 or 1, half each
    >>> prob_greater(coin, 0, coin, 0)       # only (1, 0) of the four pairs
    Fraction(1, 4)
    """
    a, b = _same_kind(a, b)
    pa, da = a.numerators()
    below, db = _totals(b, a_start - 1 - b_start, len(a))  # P(B <= j - 1) at each value j of A
    return _ratio(np.dot(pa, below), da * db)


def prob_equal(a: Probs, a_start: int, b: Probs, b_start: int) -> Number:
    """Return ``P(A = B)`` for independent A and B.

    Examples
    --------
    >>> coin = ExactProbs([1, 1], 2)
    >>> prob_equal(coin, 0, coin, 1)         # A = B = 1 only
    Fraction(1, 4)
    """
    a, b = _same_kind(a, b)
    (pa, da), (pb, db) = a.numerators(), b.numerators()
    lo, hi = max(a_start, b_start), min(a_start + len(a), b_start + len(b))
    if lo >= hi:  # no value in common
        return _ratio(0, da * db)
    return _ratio(np.dot(pa[lo - a_start : hi - a_start], pb[lo - b_start : hi - b_start]), da * db)


def law_of_max(a: Probs, a_start: int, b: Probs, b_start: int) -> tuple[Probs, int]:
    """Return the probabilities of ``max(A, B)`` for independent A and B, and its first value.

    Examples
    --------
    >>> coin = ExactProbs([1, 1], 2)
    >>> store, start = law_of_max(coin, 0, coin, 0)
    >>> store.fractions(), start             # the larger is 0 only when both are
    ([Fraction(1, 4), Fraction(3, 4)], 0)
    """
    a, b = _same_kind(a, b)
    lo = max(a_start, b_start)  # the max is at least the larger of the smallest values
    n = max(a_start + len(a), b_start + len(b)) - lo
    check_size(n, "the law of the maximum", copies=4)
    (fa, da), (fb, db) = _totals(a, lo - a_start, n), _totals(b, lo - b_start, n)
    both = fa * fb  # P(A <= k and B <= k)
    probs = np.diff(both, prepend=both[:1] * 0)
    if isinstance(da, int) and isinstance(db, int):
        return ExactProbs([int(c) for c in probs], da * db), lo
    # products and running sums of non-negative floats round monotonically: no difference is negative
    return FloatProbs(probs / both[-1]), lo
