"""How a :class:`~probconv.Pmf` stores its probabilities: one class per kind.

* :class:`ExactProbs`: integer counts over one common denominator, in lowest
  terms, so that a sum of independent variables is a product of integer
  polynomials (:mod:`probconv.exact`);
* :class:`FloatProbs`: a read-only float64 array, convolved by
  :mod:`probconv.engine`.

Both have one set of methods; a Pmf holds one of them and never asks which.
Positions are offsets ``0 .. len - 1`` from the Pmf's ``start``; zeros keep
their places (a face of weight zero is still a face).
"""

from __future__ import annotations

import abc
import decimal
import math
from collections.abc import Sequence
from fractions import Fraction
from functools import reduce
from typing import Any, TypeAlias

import numpy as np
from numpy.typing import NDArray

from ._validate import check_size
from .engine import convolve, convolve_power
from .exact import poly_mul, poly_pow
from .gridding import offset_moments
from .memory import check_memory, int_bytes

__all__ = ["ExactProbs", "FloatProbs", "Number", "Probs"]

Number: TypeAlias = float | Fraction

# Repr of exact values: fractions up to this many characters are shown as they are,
# longer ones as 4-digit decimals, which Decimal computes at any exponent.
_FRACTION_CHARS = 15
_APPROX = decimal.Context(prec=4, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


class Probs(abc.ABC):
    """The probabilities of a Pmf at the offsets ``0 .. len - 1``."""

    __slots__ = ()

    #: True for exact storage.
    exact: bool

    @abc.abstractmethod
    def __len__(self) -> int:
        """Return the number of stored probabilities."""

    @abc.abstractmethod
    def at(self, i: int) -> Number:
        """Return the probability at offset ``i``, which must be in range."""

    @abc.abstractmethod
    def zero(self) -> Number:
        """Return zero of this kind: the probability outside the support."""

    @abc.abstractmethod
    def public(self) -> NDArray[np.float64] | tuple[Fraction, ...]:
        """Return the probabilities as users see them (``Pmf.probs``)."""

    @abc.abstractmethod
    def floats(self) -> NDArray[np.float64]:
        """Return the probabilities as float64, each correctly rounded."""

    @abc.abstractmethod
    def fractions(self) -> list[Fraction]:
        """Return each probability as an exact Fraction (a float at its binary value)."""

    @abc.abstractmethod
    def reversed(self) -> Probs:
        """Return the probabilities in reverse order: the distribution of ``-X``."""

    @abc.abstractmethod
    def sliced(self, lo: int, hi: int) -> Probs:
        """Return the probabilities at offsets ``lo .. hi - 1`` (not renormalised)."""

    @abc.abstractmethod
    def nonzero_span(self) -> tuple[int, int]:
        """Return ``(lo, hi)``: the first nonzero offset and one past the last."""

    @abc.abstractmethod
    def moments(self) -> tuple[Number, Number]:
        """Return the mean and the variance of the offset."""

    @abc.abstractmethod
    def head(self, count: int) -> Number:
        """Return the total of the first ``count`` probabilities."""

    @abc.abstractmethod
    def tail(self, count: int) -> Number:
        """Return the total of the last ``count`` probabilities."""

    @abc.abstractmethod
    def numerators(self) -> tuple[NDArray[Any], int | float]:
        """Return numerators and their denominator: ``numerators[i] / den`` is the probability at offset ``i``.

        Exact storage gives Python integers (an object array) over the common
        denominator, so that sums and products of them stay exact; float
        storage gives the float64 probabilities over 1.0.
        """

    def cumulative(self) -> tuple[NDArray[Any], int | float]:
        """Return running totals over the same denominator: the mass of offsets ``0 .. i``."""
        numerators, den = self.numerators()
        return np.cumsum(numerators), den

    @abc.abstractmethod
    def spread(self, k: int) -> Probs:
        """Return the probabilities with ``k - 1`` zeros between neighbours: the law of ``k`` times the offset."""

    @abc.abstractmethod
    def convolve(self, other: Probs) -> Probs:
        """Return the probabilities of the sum of independent offsets; ``other`` is of the same kind."""

    @abc.abstractmethod
    def power(self, n: int) -> Probs:
        """Return the probabilities of the sum of ``n`` independent copies."""

    @abc.abstractmethod
    def texts(self, offsets: Sequence[int]) -> list[str]:
        """Return short texts of the probabilities at ``offsets``, for the repr."""

    @classmethod
    @abc.abstractmethod
    def mixed(cls, weights: Probs, parts: Sequence[tuple[int, Probs]], width: int) -> Probs:
        """Return ``sum_i weights[i] parts[i]``, each part placed at its offset, over ``width`` offsets."""

    def same_values(self, other: Probs) -> bool:
        """Return True when both hold exactly the same numbers, position by position."""
        return len(self) == len(other) and self.fractions() == other.fractions()

    def to_float(self) -> FloatProbs:
        """Return the same probabilities as float64."""
        return FloatProbs(self.floats())


class FloatProbs(Probs):
    """Probabilities as a read-only float64 array."""

    __slots__ = ("values",)
    exact = False

    def __init__(self, values: NDArray[np.float64]) -> None:
        values.flags.writeable = False
        self.values = values

    def __reduce__(self) -> tuple[type[FloatProbs], tuple[NDArray[np.float64]]]:
        """Pickle and copy through ``__init__``, so that the copy's array is read-only too."""
        return FloatProbs, (self.values.copy(),)

    def __len__(self) -> int:
        """Return the number of stored probabilities."""
        return int(self.values.size)

    def at(self, i: int) -> float:
        """Return the probability at offset ``i``."""
        return float(self.values[i])

    def zero(self) -> float:
        """Return 0.0."""
        return 0.0

    def public(self) -> NDArray[np.float64]:
        """Return the read-only array."""
        return self.values

    def floats(self) -> NDArray[np.float64]:
        """Return the read-only array."""
        return self.values

    def fractions(self) -> list[Fraction]:
        """Return each float's exact binary value."""
        return [Fraction(v) for v in self.values.tolist()]

    def reversed(self) -> FloatProbs:
        """Return the reversed array."""
        return FloatProbs(self.values[::-1].copy())

    def sliced(self, lo: int, hi: int) -> FloatProbs:
        """Return a view of offsets ``lo .. hi - 1``."""
        return FloatProbs(self.values[lo:hi])

    def nonzero_span(self) -> tuple[int, int]:
        """Return the first nonzero offset and one past the last."""
        nz = np.flatnonzero(self.values)
        return int(nz[0]), int(nz[-1]) + 1

    def moments(self) -> tuple[float, float]:
        """Return the mean and variance of the offset, by offsets so that no digit is lost."""
        return offset_moments(self.values)

    def head(self, count: int) -> float:
        """Return the total of the first ``count`` probabilities, at most 1."""
        return float(min(1.0, self.values[: max(count, 0)].sum()))

    def tail(self, count: int) -> float:
        """Return the total of the last ``count`` probabilities, at most 1."""
        count = min(max(count, 0), len(self))
        return float(min(1.0, self.values[len(self) - count :].sum()))

    def numerators(self) -> tuple[NDArray[np.float64], float]:
        """Return the probabilities over 1.0."""
        return self.values, 1.0

    def spread(self, k: int) -> FloatProbs:
        """Return the probabilities ``k`` offsets apart, zeros between."""
        check_size((len(self) - 1) * k + 1, f"{k} times the variable")
        out = np.zeros((len(self) - 1) * k + 1)
        out[::k] = self.values
        return FloatProbs(out)

    def convolve(self, other: Probs) -> FloatProbs:
        """Return the clipped, renormalised convolution."""
        return FloatProbs(_clean(convolve(self.values, other.floats())))

    def power(self, n: int) -> FloatProbs:
        """Return the ``n``-fold convolution, clipped and renormalised."""
        if n == 1 or len(self) == 1:
            return self
        return FloatProbs(_clean(convolve_power(self.values, n)))

    @classmethod
    def mixed(cls, weights: Probs, parts: Sequence[tuple[int, Probs]], width: int) -> FloatProbs:
        """Return the weighted sum of the parts in floats, renormalised."""
        check_size(width, "the mixture", copies=2)
        acc = np.zeros(width)
        for w, (offset, part) in zip(weights.floats().tolist(), parts, strict=True):
            acc[offset : offset + len(part)] += w * part.floats()
        return FloatProbs(_clean(acc))

    def texts(self, offsets: Sequence[int]) -> list[str]:
        """Return each probability with 6 significant digits."""
        return [f"{self.values[i] + 0.0:.6g}" for i in offsets]  # + 0.0 turns -0.0 into 0

    def same_values(self, other: Probs) -> bool:
        """Return True when both hold exactly the same numbers, position by position."""
        if isinstance(other, FloatProbs):
            return bool(np.array_equal(self.values, other.values))
        return super().same_values(other)


class ExactProbs(Probs):
    """Probabilities ``counts[i] / den`` with integer counts and a common denominator, in lowest terms."""

    __slots__ = ("counts", "den")
    exact = True

    def __init__(self, counts: list[int], den: int, reduced: bool = False) -> None:
        if not reduced:
            g = den
            for c in counts:
                g = math.gcd(g, c)
                if g == 1:  # the usual case; stop before touching every huge count
                    break
            if g > 1:
                counts = [c // g for c in counts]
                den //= g
        self.counts = counts
        self.den = den

    def __len__(self) -> int:
        """Return the number of stored probabilities."""
        return len(self.counts)

    def at(self, i: int) -> Fraction:
        """Return the probability at offset ``i``."""
        return Fraction(self.counts[i], self.den)

    def zero(self) -> Fraction:
        """Return Fraction(0)."""
        return Fraction(0)

    def public(self) -> tuple[Fraction, ...]:
        """Return a tuple of Fractions."""
        return tuple(self.fractions())

    def floats(self) -> NDArray[np.float64]:
        """Return correctly rounded floats (int / int true division)."""
        return np.array([c / self.den for c in self.counts], dtype=np.float64)

    def fractions(self) -> list[Fraction]:
        """Return the Fractions."""
        return [Fraction(c, self.den) for c in self.counts]

    def reversed(self) -> ExactProbs:
        """Return the reversed counts."""
        return ExactProbs(self.counts[::-1], self.den, reduced=True)

    def sliced(self, lo: int, hi: int) -> ExactProbs:
        """Return offsets ``lo .. hi - 1`` over the same denominator."""
        return ExactProbs(self.counts[lo:hi], self.den)

    def nonzero_span(self) -> tuple[int, int]:
        """Return the first nonzero offset and one past the last."""
        lo = next(i for i, c in enumerate(self.counts) if c)
        hi = len(self.counts) - next(i for i, c in enumerate(reversed(self.counts)) if c)
        return lo, hi

    def moments(self) -> tuple[Fraction, Fraction]:
        """Return the exact mean and variance of the offset."""
        m1 = Fraction(sum(i * c for i, c in enumerate(self.counts)), self.den)
        m2 = Fraction(sum(i * i * c for i, c in enumerate(self.counts)), self.den)
        return m1, m2 - m1 * m1

    def head(self, count: int) -> Fraction:
        """Return the exact total of the first ``count`` probabilities."""
        return Fraction(sum(self.counts[: max(count, 0)]), self.den)

    def tail(self, count: int) -> Fraction:
        """Return the exact total of the last ``count`` probabilities."""
        count = min(max(count, 0), len(self))
        return Fraction(sum(self.counts[len(self) - count :]), self.den)

    def numerators(self) -> tuple[NDArray[Any], int]:
        """Return the integer counts (an object array, so that numpy keeps them exact) over the denominator."""
        counts = np.empty(len(self), dtype=object)
        counts[:] = self.counts
        return counts, self.den

    def spread(self, k: int) -> ExactProbs:
        """Return the counts ``k`` offsets apart, zeros between."""
        width = (len(self) - 1) * k + 1
        # each zero is one shared small int: a pointer per value
        check_memory(8.0 * width, f"{k:,} times the variable, exactly", "work in floats (exact=False)")
        out = [0] * width
        out[::k] = self.counts
        return ExactProbs(out, self.den, reduced=True)

    def convolve(self, other: Probs) -> ExactProbs:
        """Return the product of the count polynomials over the product of the denominators."""
        assert isinstance(other, ExactProbs), "convolve exact storage with exact storage"
        what = f"the exact sum of variables with {len(self):,} and {len(other):,} values"
        return ExactProbs(poly_mul(self.counts, other.counts, what=what), self.den * other.den)

    def power(self, n: int) -> ExactProbs:
        """Return the ``n``-th power of the count polynomial over ``den ** n``."""
        if n == 1 or len(self) == 1:
            return self
        # Our counts and denominator share no factor, and by Gauss's lemma the
        # gcd of the power's coefficients is the n-th power of ours, so the
        # result is already in lowest terms: skip the gcd over huge integers.
        return ExactProbs(poly_pow(self.counts, n, what=f"the exact {n:,}-fold sum"), self.den**n, reduced=True)

    @classmethod
    def mixed(cls, weights: Probs, parts: Sequence[tuple[int, Probs]], width: int) -> ExactProbs:
        """Return the weighted sum of the parts, added as integers over one common denominator."""
        exact_parts = [p for _, p in parts if isinstance(p, ExactProbs)]
        if not isinstance(weights, ExactProbs) or len(exact_parts) != len(parts):
            raise TypeError("an exact mixture takes exact weights and exact distributions.")
        common = reduce(math.lcm, (p.den for p in exact_parts), 1)
        factors = [w * (common // p.den) for w, p in zip(weights.counts, exact_parts, strict=True)]
        bits = max(f.bit_length() for f in factors) + max(max(p.counts).bit_length() for p in exact_parts)
        # zeros between far-apart parts are one shared small int each: a pointer
        check_memory(
            8.0 * width + int_bytes(sum(map(len, exact_parts)), bits),
            f"the exact mixture over {width:,} values",
            "work in floats (exact=False)",
        )
        total = [0] * width
        for factor, (offset, _), part in zip(factors, parts, exact_parts, strict=True):
            for j, c in enumerate(part.counts):
                if c:
                    total[offset + j] += factor * c
        return ExactProbs(total, common * weights.den)

    def texts(self, offsets: Sequence[int]) -> list[str]:
        """Return fractions such as ``1/36``, or 4-digit decimals marked ``~`` when a fraction is long."""
        shown = [Fraction(self.counts[i], self.den) for i in offsets]
        exact = [str(f) for f in shown] if self.den.bit_length() < 64 else []
        if exact and max(map(len, exact)) <= _FRACTION_CHARS:
            return exact
        return [_approx(f) for f in shown]

    def same_values(self, other: Probs) -> bool:
        """Return True when both hold exactly the same numbers, position by position."""
        if isinstance(other, ExactProbs):
            return self.den == other.den and self.counts == other.counts
        return super().same_values(other)


def _approx(f: Fraction) -> str:
    if f == 0:
        return "0"
    q = _APPROX.divide(decimal.Decimal(f.numerator), decimal.Decimal(f.denominator))
    return "~" + format(q, ".4g")


def _clean(p: NDArray[np.float64]) -> NDArray[np.float64]:
    """Clip FFT round-off below zero and renormalise to unit mass."""
    np.maximum(p, 0.0, out=p)
    total: np.float64 = p.sum()
    return p / total
