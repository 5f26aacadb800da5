"""A brute-force oracle for sums of small independent variables.

It enumerates every combination of outcomes with :func:`itertools.product`
and adds up the probability of each total, one pair at a time. It shares no
code with the convolution engine, the exact polynomial backends or
``antidiagonal_sums``, so agreeing with it is evidence and not an echo. It is
slow on purpose: keep its inputs small.

Examples
--------
>>> from probconv import Pmf
>>> die = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
>>> oracle_sum_table([die, die])[7]
Fraction(1, 6)
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from fractions import Fraction

from probconv import Pmf

Number = float | Fraction


def outcomes(x: Pmf) -> list[tuple[int, Number]]:
    """Every value of ``x`` with its probability, zero probabilities included."""
    return [(int(v), x[int(v)]) for v in x.support]


def oracle_sum_table(
    pmfs: Sequence[Pmf], combine: Callable[[tuple[int, ...]], int] = sum
) -> dict[int, Number]:
    """``P(combine(values) = z)`` for independent variables, by enumeration.

    Parameters
    ----------
    pmfs : sequence of Pmf
        The independent variables; exact ones give exact sums.
    combine : callable, default sum
        How a tuple of outcomes becomes a total (``sum`` for X + Y + ...).

    Examples
    --------
    >>> from probconv import Pmf
    >>> coin = Pmf.from_weights([1, 1], exact=True)
    >>> sorted(oracle_sum_table([coin, coin], lambda v: v[0] - v[1]).items())
    [(-1, Fraction(1, 4)), (0, Fraction(1, 2)), (1, Fraction(1, 4))]
    """
    exact = all(p.exact for p in pmfs)
    table: dict[int, Number] = defaultdict(Fraction if exact else float)
    for combo in itertools.product(*(outcomes(p) for p in pmfs)):
        values = tuple(v for v, _ in combo)
        # independence: the probability of a combination is the product of its parts
        prob = math.prod((p for _, p in combo), start=Fraction(1) if exact else 1.0)
        table[combine(values)] += prob
    return dict(table)


def oracle_pmf(pmfs: Sequence[Pmf], combine: Callable[[tuple[int, ...]], int] = sum) -> Pmf:
    """The oracle's table as a Pmf on the full range of totals (zeros kept).

    Examples
    --------
    >>> from probconv import Pmf
    >>> X = Pmf.from_weights([1, 0, 1], start=-1, exact=True)
    >>> oracle_pmf([X, X]).probs
    (Fraction(1, 4), Fraction(0, 1), Fraction(1, 2), Fraction(0, 1), Fraction(1, 4))
    """
    table = oracle_sum_table(pmfs, combine)
    lo, hi = min(table), max(table)
    exact = all(p.exact for p in pmfs)
    zero: Number = Fraction(0) if exact else 0.0
    probs = [table.get(z, zero) for z in range(lo, hi + 1)]
    if exact:
        return Pmf(probs, start=lo, exact=True)
    return Pmf.from_weights(probs, start=lo)


def oracle_difference(x: Pmf, y: Pmf) -> Pmf:
    """The distribution of ``X - Y`` for independent X and Y, by enumeration."""
    return oracle_pmf([x, y], lambda v: v[0] - v[1])
