"""Distributions of integer-valued random variables: loaded dice and their sums.

A :class:`Pmf` holds ``P(X = start + i)`` for ``i = 0 .. len - 1``. With
``exact=True`` the probabilities are :class:`fractions.Fraction` and every
operation keeps them exact; otherwise they are float64.

Operators have one meaning each:

* ``X + Y``: the distribution of the sum of *independent* X and Y (convolution);
* ``X + k`` and ``k + X`` for an integer ``k``: a shift;
* ``-X``: the distribution of the negated variable;
* ``X - Y``: the distribution of X - Y for independent X and Y (cross-correlation);
* ``X.nfold(n)``: the sum of ``n`` independent copies of X.

A mixture of distributions is *not* a sum: it has its own function, :func:`mixture`.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Sequence
from fractions import Fraction
from functools import reduce
from typing import Any, TypeAlias

import numpy as np
from numpy.typing import NDArray

from ._validate import (
    MASS_TOL,
    as_float_array,
    as_fractions,
    check_nonnegative,
    check_nonnegative_real,
    check_positive_int,
    check_positive_real,
    check_size,
)
from .engine import _power_1d, convolve
from .exact import poly_mul, poly_pow

Number: TypeAlias = float | Fraction


def _is_int(k: Any) -> bool:
    return isinstance(k, numbers.Integral) and not isinstance(k, bool)


def _common_denominator(fracs: Sequence[Fraction]) -> tuple[list[int], int]:
    den = reduce(math.lcm, (f.denominator for f in fracs), 1)
    return [f.numerator * (den // f.denominator) for f in fracs], den


class Pmf:
    """The probability mass function of an integer-valued random variable.

    Parameters
    ----------
    probs : sequence of float, or of exact numbers when ``exact=True``
        ``probs[i]`` is ``P(X = start + i)``. Must be 1-D, non-empty, finite,
        non-negative and sum to 1 (within 1e-9 for floats, exactly when exact).
        To normalise weights instead, use :meth:`Pmf.from_weights`.
    start : int, default 0
        The value that ``probs[0]`` belongs to.
    exact : bool, default False
        Store probabilities as Fractions (ints, Fractions, Decimals and strings
        such as ``"1/6"`` are taken exactly; floats at their binary value).

    Notes
    -----
    Zero probabilities are kept where they stand: the sum of a Pmf of length
    ``n`` and one of length ``m`` has length ``n + m - 1`` and starts at the
    sum of the starts, the smallest possible total.

    Examples
    --------
    >>> die = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
    >>> (die + die)[7]
    Fraction(1, 6)
    >>> (die + die).support
    array([ 2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12])
    >>> coin = Pmf([0.5, 0.5])
    >>> (coin + coin).probs
    array([0.25, 0.5 , 0.25])
    """

    __slots__ = ("_start", "_float", "_counts", "_den")
    __hash__ = None  # type: ignore[assignment]  # unhashable, as __eq__ compares values; typeshed wants a method
    # numpy must not treat a Pmf as an array: with this, ``np.int64(3) + X``
    # hands over to ``X.__radd__`` (a shift) instead of converting X.
    __array_ufunc__ = None

    def __iter__(self) -> Any:
        """Refuse to iterate: a Pmf is not a sequence of its probabilities."""
        # Without this, Python would iterate X[0], X[1], ... through __getitem__,
        # which is 0 outside the support, and never stop.
        raise TypeError("a Pmf is not a sequence; iterate over X.support or X.probs instead.")

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        """Refuse conversion to a numpy array; ``X.probs`` and ``X.support`` hold the numbers."""
        raise TypeError("a Pmf is not an array; use X.probs (and X.support for the values).")

    def __init__(self, probs: Any, start: int = 0, exact: bool = False) -> None:
        if not _is_int(start):
            raise ValueError(f"start must be an integer, got {start!r}.")
        if exact:
            fracs = as_fractions(probs, "probs")
            if any(f < 0 for f in fracs):
                i = next(i for i, f in enumerate(fracs) if f < 0)
                raise ValueError(f"probabilities must be non-negative, but probs[{i}] = {fracs[i]}.")
            total = sum(fracs, Fraction(0))
            if total != 1:
                raise ValueError(
                    f"exact probabilities must sum to exactly 1, but they sum to {total}; "
                    "use Pmf.from_weights(weights, exact=True) to normalise weights."
                )
            counts, den = _common_denominator(fracs)
            self._set_exact(counts, den, int(start))
        else:
            arr = as_float_array(probs, "probs", 1)
            check_nonnegative(arr, "probs")
            mass = float(arr.sum())
            if abs(mass - 1.0) > MASS_TOL:
                raise ValueError(
                    f"probabilities must sum to 1 (within {MASS_TOL:g}), but they sum to {mass!r}; "
                    "use Pmf.from_weights(weights) to normalise weights."
                )
            self._set_float(arr.copy(), int(start))

    # -- construction -------------------------------------------------------------

    def _set_float(self, probs: NDArray[np.float64], start: int) -> None:
        probs.flags.writeable = False
        self._float: NDArray[np.float64] | None = probs
        self._counts: list[int] | None = None
        self._den = 1
        self._start = start

    def _set_exact(self, counts: list[int], den: int, start: int) -> None:
        g = den
        for c in counts:
            g = math.gcd(g, c)
            if g == 1:  # the usual case; stop before touching every huge count
                break
        if g > 1:
            counts = [c // g for c in counts]
            den //= g
        self._float = None
        self._counts = counts
        self._den = den
        self._start = start

    def _array(self) -> NDArray[np.float64]:
        """Return the stored float64 probabilities of a float Pmf (convert an exact one with to_float())."""
        assert self._float is not None, "an exact Pmf stores counts, not floats"
        return self._float

    @classmethod
    def _from_float(cls, probs: NDArray[np.float64], start: int) -> Pmf:
        new = cls.__new__(cls)
        new._set_float(probs, start)
        return new

    @classmethod
    def _from_counts(cls, counts: list[int], den: int, start: int) -> Pmf:
        new = cls.__new__(cls)
        new._set_exact(counts, den, start)
        return new

    @classmethod
    def from_weights(cls, weights: Any, start: int = 0, exact: bool = False) -> Pmf:
        """Build a distribution from non-negative weights, normalised to sum to 1.

        Parameters
        ----------
        weights : sequence of numbers
            Non-negative, not all zero. With ``exact=True`` they are taken
            exactly (ints, Fractions, strings like ``"1/3"``).
        start : int, default 0
            The value of the first weight.
        exact : bool, default False
            Keep Fractions instead of floats.

        Examples
        --------
        >>> Pmf.from_weights([1, 2, 1], exact=True).probs
        (Fraction(1, 4), Fraction(1, 2), Fraction(1, 4))
        >>> Pmf.from_weights([1, 3], start=5).mean()
        5.75
        """
        if not _is_int(start):
            raise ValueError(f"start must be an integer, got {start!r}.")
        if exact:
            fracs = as_fractions(weights, "weights")
            if any(f < 0 for f in fracs):
                raise ValueError("weights must be non-negative; a die cannot have negative weight on a face.")
            counts, _ = _common_denominator(fracs)
            total = sum(counts)
            if total == 0:
                raise ValueError("weights are all zero; at least one weight must be positive.")
            return cls._from_counts(counts, total, int(start))
        arr = as_float_array(weights, "weights", 1)
        check_nonnegative(arr, "weights")
        top = float(arr.max())
        if top <= 0:
            raise ValueError("weights are all zero; at least one weight must be positive.")
        # scale by the largest weight first, so that huge weights cannot overflow the sum
        arr = arr / top
        return cls._from_float(arr / arr.sum(), int(start))

    @classmethod
    def die(cls, weights: Any, exact: bool = False) -> Pmf:
        """Build a die whose faces ``1 .. len(weights)`` come up in proportion to ``weights``.

        Examples
        --------
        >>> d = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
        >>> d[1], d.mean()
        (Fraction(1, 6), Fraction(7, 2))
        """
        return cls.from_weights(weights, start=1, exact=exact)

    @classmethod
    def point(cls, value: int = 0, exact: bool = False) -> Pmf:
        """Build the distribution of a constant: all mass on ``value``.

        ``Pmf.point(0)`` is the identity of ``+``.

        Examples
        --------
        >>> X = Pmf.die([1, 2, 3], exact=True)
        >>> X + Pmf.point(0, exact=True) == X
        True
        """
        if not _is_int(value):
            raise ValueError(f"value must be an integer, got {value!r}.")
        return cls._from_counts([1], 1, int(value)) if exact else cls._from_float(np.ones(1), int(value))

    @classmethod
    def binomial(cls, n: int, p: Any, exact: bool = False) -> Pmf:
        """Build Binomial(n, p): the number of successes in ``n`` independent trials of probability ``p``.

        It is the sum of ``n`` independent Bernoulli(p) variables, so
        ``binomial(n, p) + binomial(m, p) == binomial(n + m, p)``.

        Parameters
        ----------
        n : int
            Number of trials, 0 or more.
        p : number in [0, 1]
            Success probability; with ``exact=True`` it is taken exactly
            (ints, Fractions, strings such as ``"1/3"``; floats at their binary value).
        exact : bool, default False
            Fractions instead of floats. Float results are computed in log space
            with a relative error of roughly ``n`` times 1e-16.

        Examples
        --------
        >>> Pmf.binomial(2, "1/2", exact=True).probs
        (Fraction(1, 4), Fraction(1, 2), Fraction(1, 4))
        >>> Pmf.binomial(3, "1/3", exact=True)[1]
        Fraction(4, 9)
        """
        if not _is_int(n) or n < 0:
            raise ValueError(f"n must be a whole number of trials (0 or more), got {n!r}.")
        n = int(n)
        check_size(n + 1, f"binomial({n}, p)")
        if exact:
            q = as_fractions([p], "p")[0]
            if not 0 <= q <= 1:
                raise ValueError(f"p must be a probability between 0 and 1, got {q}.")
            a, b = q.numerator, q.denominator
            # P(K = k) = C(n, k) a^k (b - a)^(n - k) / b^n: integer weights over b^n
            return cls.from_weights([math.comb(n, k) * a**k * (b - a) ** (n - k) for k in range(n + 1)], exact=True)
        pf = check_nonnegative_real(p, "p")
        if pf > 1:
            raise ValueError(f"p must be a probability between 0 and 1, got {p!r}.")
        w = np.zeros(n + 1)
        if pf in (0.0, 1.0):
            w[0 if pf == 0.0 else n] = 1.0
        else:
            # log P(K = k) as a running sum of log P(k) / P(k - 1) = log((n - k + 1) / k * p / (1 - p)):
            # no factorials, so nothing overflows for large n.
            k = np.arange(1, n + 1)
            logp = np.concatenate(([0.0], np.cumsum(np.log((n - k + 1) / k) + (math.log(pf) - math.log1p(-pf)))))
            w = np.exp(logp - logp.max())
        return cls.from_weights(w)

    @classmethod
    def poisson(cls, lam: float, tail: float = 1e-12) -> Pmf:
        """Poisson(lam), cut to the values that carry all but at most ``tail`` of the mass.

        A Poisson variable takes every value 0, 1, 2, ... and its probabilities
        ``e^(-lam) lam^k / k!`` are irrational, so the result is always float
        and truncated: the two tails cut off hold at most ``tail`` together, and
        the kept probabilities are renormalised, so each is within a relative
        ``tail / (1 - tail)`` (plus round-off, about 1e-13) of the true value.

        Parameters
        ----------
        lam : float
            The mean, positive.
        tail : float, default 1e-12
            Largest total mass that may be cut off, in (0, 1).

        Examples
        --------
        >>> X = Pmf.poisson(2.0)
        >>> round(X[0], 12), round(X.mean(), 9)
        (0.135335283237, 2.0)
        """
        lam = check_positive_real(lam, "lam")
        tail = check_positive_real(tail, "tail")
        if tail >= 1:
            raise ValueError(f"tail is the mass allowed to be cut off and must be below 1, got {tail!r}.")
        hi = int(lam + 10 * math.sqrt(lam)) + 10
        while True:
            check_size(hi + 2, f"poisson({lam})")
            k = np.arange(1, hi + 2)
            # log P(K = k) = -lam + sum_{j <= k} log(lam / j): a running sum, no factorials
            p = np.exp(-lam + np.concatenate(([0.0], np.cumsum(np.log(lam / k)))))
            # Past hi each ratio P(j + 1) / P(j) = lam / (j + 1) is at most r, so the
            # mass above hi is at most P(hi + 1) / (1 - r): a geometric series.
            r = lam / (hi + 2)
            beyond = p[-1] / (1 - r) if r < 1 else math.inf
            if beyond <= tail / 2:
                break
            hi *= 2
        p = p[:-1]
        lo = int(np.searchsorted(np.cumsum(p), tail / 2, side="right"))
        drop = int(np.searchsorted(np.cumsum(p[::-1]) + beyond, tail / 2, side="right"))
        kept = p[lo : p.size - drop]
        return cls._from_float(kept / kept.sum(), lo)

    # -- views --------------------------------------------------------------------

    @property
    def exact(self) -> bool:
        """True when probabilities are stored as Fractions."""
        return self._counts is not None

    @property
    def start(self) -> int:
        """The value that ``probs[0]`` belongs to."""
        return self._start

    @property
    def probs(self) -> NDArray[np.float64] | tuple[Fraction, ...]:
        """``P(X = start + i)``: a read-only float array, or a tuple of Fractions when exact."""
        if self._counts is None:
            return self._array()
        return tuple(Fraction(c, self._den) for c in self._counts)

    @property
    def counts(self) -> tuple[tuple[int, ...], int]:
        """For an exact Pmf, integer numerators and their common denominator.

        Examples
        --------
        >>> Pmf.die([1, 2, 3], exact=True).counts
        ((1, 2, 3), 6)
        """
        if self._counts is None:
            raise ValueError("counts are only defined for an exact Pmf; build it with exact=True.")
        return tuple(self._counts), self._den

    @property
    def support(self) -> NDArray[np.int64]:
        """The values ``start .. start + len - 1`` as an integer array."""
        return np.arange(self._start, self._start + len(self), dtype=np.int64)

    def __len__(self) -> int:
        """Return the number of probabilities stored, the length of the support."""
        return len(self._counts) if self._counts is not None else int(self._array().size)

    def __getitem__(self, k: int) -> Number:
        """``P(X = k)``; zero for any integer outside the support."""
        if not _is_int(k):
            raise ValueError(f"index with an integer value, got {k!r}.")
        i = int(k) - self._start
        if self._counts is not None:
            return Fraction(self._counts[i], self._den) if 0 <= i < len(self._counts) else Fraction(0)
        arr = self._array()
        return float(arr[i]) if 0 <= i < arr.size else 0.0

    def to_float(self) -> Pmf:
        """Return the same distribution with float64 probabilities."""
        if self._counts is None:
            return self
        return Pmf._from_float(_counts_to_float(self._counts, self._den), self._start)

    def to_exact(self) -> Pmf:
        """Return the same distribution with exact probabilities.

        Each float is taken at its exact binary value and the results are
        rescaled to sum to exactly 1. Floats such as 0.1 are not tenths in
        binary, so the result is usually *not* ``==`` to the float Pmf (``==``
        compares value for value) though it is :meth:`isclose` to it.

        Examples
        --------
        >>> Pmf([0.25, 0.75]).to_exact().probs        # dyadic values survive exactly
        (Fraction(1, 4), Fraction(3, 4))
        >>> X = Pmf([0.1, 0.9])
        >>> X.to_exact() == X, X.to_exact().isclose(X)
        (False, True)
        """
        if self._counts is not None:
            return self
        return Pmf.from_weights(self._array().tolist(), self._start, exact=True)

    # -- summaries ----------------------------------------------------------------

    def mean(self) -> Number:
        """E[X]: a Fraction when exact, else a float.

        Examples
        --------
        >>> Pmf.die([1, 1, 1, 1, 1, 1], exact=True).mean()
        Fraction(7, 2)
        """
        if self._counts is not None:
            return self._start + Fraction(sum(i * c for i, c in enumerate(self._counts)), self._den)
        # offsets from start, not the values: exact for any start, and no int64 overflow
        offsets = np.arange(len(self), dtype=np.float64)
        return self._start + float(np.dot(offsets, self._array()))

    def var(self) -> Number:
        """Var[X]: a Fraction when exact, else a float.

        Examples
        --------
        >>> Pmf.die([1, 1, 1, 1, 1, 1], exact=True).var()
        Fraction(35, 12)
        """
        if self._counts is not None:
            m1 = Fraction(sum(i * c for i, c in enumerate(self._counts)), self._den)
            m2 = Fraction(sum(i * i * c for i, c in enumerate(self._counts)), self._den)
            return m2 - m1 * m1
        offsets = np.arange(len(self), dtype=np.float64)
        arr = self._array()
        mu = float(np.dot(offsets, arr))
        return float(np.dot((offsets - mu) ** 2, arr))

    def std(self) -> float:
        """Return the standard deviation, always a float."""
        return math.sqrt(self.var())

    def cdf(self, k: int) -> Number:
        """P(X <= k).

        Examples
        --------
        >>> Pmf.die([1, 1, 1, 1, 1, 1], exact=True).cdf(2)
        Fraction(1, 3)
        """
        if not _is_int(k):
            raise ValueError(f"cdf takes an integer value, got {k!r}.")
        i = int(k) - self._start + 1
        if self._counts is not None:
            return Fraction(sum(self._counts[: max(i, 0)]), self._den)
        return float(min(1.0, self._array()[: max(i, 0)].sum()))

    def sample(self, size: int, rng: np.random.Generator) -> NDArray[np.int64]:
        """Draw ``size`` independent values using the generator ``rng`` (seed it yourself).

        Examples
        --------
        >>> Pmf.point(4).sample(3, np.random.default_rng(0))
        array([4, 4, 4])
        """
        size = check_positive_int(size, "size")
        if not isinstance(rng, np.random.Generator):
            raise ValueError("rng must be a numpy Generator, e.g. np.random.default_rng(2024).")
        p = self.to_float()._array()
        total: np.float64 = p.sum()
        return self._start + rng.choice(len(self), size=size, p=p / total)

    # -- arithmetic ---------------------------------------------------------------

    def __add__(self, other: Any) -> Pmf:
        """Return the distribution of the sum of independent variables, or a shift by an integer."""
        if isinstance(other, Pmf):
            return _sum_independent(self, other)
        if _is_int(other):
            return self._shifted(int(other))
        _reject_real(other)
        return NotImplemented

    def __radd__(self, other: Any) -> Pmf:
        """Return ``k + X`` for an integer ``k``: a shift."""
        if _is_int(other):
            return self._shifted(int(other))
        _reject_real(other)
        return NotImplemented

    def __neg__(self) -> Pmf:
        """Return the distribution of the negated variable, ``-X``."""
        start = -(self._start + len(self) - 1)
        if self._counts is not None:
            return Pmf._from_counts(self._counts[::-1], self._den, start)
        return Pmf._from_float(self._array()[::-1].copy(), start)

    def __sub__(self, other: Any) -> Pmf:
        """Return the distribution of ``X - Y`` for independent variables, or a shift by ``-k`` for an integer."""
        if isinstance(other, Pmf):
            return _sum_independent(self, -other)
        if _is_int(other):
            return self._shifted(-int(other))
        _reject_real(other)
        return NotImplemented

    def __rsub__(self, other: Any) -> Pmf:
        """Return the distribution of ``k - X`` for an integer ``k``."""
        if _is_int(other):
            return (-self)._shifted(int(other))
        _reject_real(other)
        return NotImplemented

    def _shifted(self, k: int) -> Pmf:
        if self._counts is not None:
            return Pmf._from_counts(self._counts, self._den, self._start + k)
        return Pmf._from_float(self._array(), self._start + k)

    def nfold(self, n: int) -> Pmf:
        """Return the distribution of the sum of ``n`` independent copies of X.

        Exact results raise the integer polynomial of counts to the n-th
        power (python-flint, else Kronecker substitution); float results raise
        the spectrum to the n-th power a few squarings at a time, with the
        round-off clipped (no negative probabilities) and the mass renormalised.

        Parameters
        ----------
        n : int
            A positive integer.

        Examples
        --------
        >>> die = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
        >>> die.nfold(3)[10]
        Fraction(1, 8)
        >>> die.nfold(3) == die + die + die
        True
        """
        n = check_positive_int(n, "n")
        check_size(n * (len(self) - 1) + 1, f"nfold({n})")
        start = self._start * n
        if self._counts is not None:
            # Our counts and denominator share no factor, and by Gauss's lemma
            # the gcd of the power's coefficients is the n-th power of ours,
            # so the result is already in lowest terms: skip _set_exact's gcd
            # over huge integers (most of the time of a large exact nfold).
            new = Pmf.__new__(Pmf)
            new._float = None
            new._counts = poly_pow(self._counts, n)
            new._den = self._den**n
            new._start = start
            return new
        return Pmf._from_float(_float_power(self._array(), n), start)

    # -- comparison and display ---------------------------------------------------

    def __eq__(self, other: object) -> bool:
        """Exact equality: same support and the same probabilities, value for value.

        A float Pmf equals an exact one only when every float is exactly the
        Fraction (0.25 is 1/4, but 0.1 is not 1/10); use :meth:`isclose` to
        compare within a tolerance.

        Examples
        --------
        >>> Pmf([0.25, 0.75]) == Pmf(["1/4", "3/4"], exact=True)
        True
        >>> Pmf([0.1, 0.9]) == Pmf(["1/10", "9/10"], exact=True)
        False
        """
        if not isinstance(other, Pmf):
            return NotImplemented
        if self._start != other._start or len(self) != len(other):
            return False
        if self._counts is not None and other._counts is not None:
            return self._den == other._den and self._counts == other._counts
        if self._counts is None and other._counts is None:
            return bool(np.array_equal(self._array(), other._array()))
        # One float, one exact: compare each float at its exact binary value,
        # without normalising (to_exact would rescale and hide a difference).
        floats, exact = (self, other) if self._counts is None else (other, self)
        return [Fraction(float(v)) for v in floats._array()] == list(exact.probs)

    def isclose(self, other: Pmf, atol: float = 1e-12) -> bool:
        """Test whether both have the same support and probabilities within ``atol``.

        Examples
        --------
        >>> Pmf([0.1, 0.2, 0.7]).isclose(Pmf.from_weights([1, 2, 7], exact=True))
        True
        """
        if not isinstance(other, Pmf):
            raise ValueError(f"isclose compares two Pmf objects, got {type(other).__name__}.")
        atol = check_nonnegative_real(atol, "atol")
        if self._start != other._start or len(self) != len(other):
            return False
        return bool(np.allclose(self.to_float()._array(), other.to_float()._array(), rtol=0, atol=atol))

    def __repr__(self) -> str:
        """Return ``Pmf([...], start=...)`` with at most the first 8 probabilities."""
        if self._counts is not None:
            body = ", ".join(str(Fraction(c, self._den)) for c in self._counts[:8])
        else:
            body = ", ".join(f"{p:.6g}" for p in self._array()[:8])
        more = ", ..." if len(self) > 8 else ""
        kind = ", exact=True" if self.exact else ""
        return f"Pmf([{body}{more}], start={self._start}{kind})"


def _reject_real(other: Any) -> None:
    """Explain why ``X + 0.5`` fails, instead of Python's bare TypeError."""
    if not isinstance(other, bool) and isinstance(other, numbers.Real):
        raise ValueError(
            f"a Pmf can only be shifted by an integer, got {other!r}; a Pmf lives on the "
            "integers. For real-valued variables use probconv.Density."
        )


def _counts_to_float(counts: Sequence[int], den: int) -> NDArray[np.float64]:
    """Correctly rounded floats of ``counts[i] / den`` (int / int true division)."""
    return np.array([c / den for c in counts], dtype=np.float64)


def _sum_independent(x: Pmf, y: Pmf) -> Pmf:
    start = x.start + y.start
    if x._counts is not None and y._counts is not None:  # both exact
        return Pmf._from_counts(poly_mul(x._counts, y._counts), x._den * y._den, start)
    out = convolve(x.to_float()._array(), y.to_float()._array())
    return Pmf._from_float(_clean(out), start)


def _clean(p: NDArray[np.float64]) -> NDArray[np.float64]:
    """Clip FFT round-off below zero and renormalise to unit mass."""
    np.maximum(p, 0.0, out=p)
    total: np.float64 = p.sum()
    return p / total


def _float_power(p: NDArray[np.float64], n: int) -> NDArray[np.float64]:
    """``p`` convolved with itself ``n`` times, clipped and renormalised.

    The engine raises the spectrum to the power a few squarings at a time
    (three FFTs of the final length), or uses direct sums for short results.
    """
    return p.copy() if n == 1 else _clean(_power_1d(p, n))


def mixture(pmfs: Iterable[Pmf], weights: Any = None) -> Pmf:
    """Return the distribution of a variable drawn from one of ``pmfs``, chosen with ``weights``.

    This is *not* the distribution of a sum: ``mixture([X, Y])`` is
    ``(P_X + P_Y) / 2`` pointwise, while ``X + Y`` is their convolution.

    Parameters
    ----------
    pmfs : iterable of Pmf
        At least one distribution.
    weights : sequence of numbers, optional
        Non-negative, not all zero; equal weights by default. Exact when every
        Pmf is exact.

    Examples
    --------
    >>> low = Pmf.from_weights([1, 1], start=1, exact=True)
    >>> high = Pmf.from_weights([1, 1], start=5, exact=True)
    >>> mixture([low, high]).probs
    (Fraction(1, 4), Fraction(1, 4), Fraction(0, 1), Fraction(0, 1), Fraction(1, 4), Fraction(1, 4))
    """
    pmfs = list(pmfs)
    if not pmfs or not all(isinstance(p, Pmf) for p in pmfs):
        raise ValueError("mixture needs a non-empty sequence of Pmf objects.")
    exact = all(p.exact for p in pmfs)
    weights = [1] * len(pmfs) if weights is None else list(weights)
    if len(weights) != len(pmfs):
        raise ValueError(f"got {len(pmfs)} distributions but {len(weights)} weights; give one weight each.")
    w = Pmf.from_weights(weights, exact=exact)
    lo = min(p.start for p in pmfs)
    hi = max(p.start + len(p) - 1 for p in pmfs)
    check_size(hi - lo + 1, "the mixture")
    # w[i] is the probability of drawing from pmfs[i]; w has one entry per weight, so one per Pmf
    if exact:
        wcounts, wden = w.counts
        total = [Fraction(0)] * (hi - lo + 1)
        for wc, p in zip(wcounts, pmfs, strict=True):
            wi = Fraction(wc, wden)
            counts, den = p.counts
            for j, c in enumerate(counts):
                total[p.start - lo + j] += wi * Fraction(c, den)
        return Pmf(total, start=lo, exact=True)
    acc = np.zeros(hi - lo + 1)
    for wf, p in zip(w._array().tolist(), pmfs, strict=True):
        acc[p.start - lo : p.start - lo + len(p)] += wf * p.to_float()._array()
    total_mass: np.float64 = acc.sum()
    return Pmf._from_float(acc / total_mass, lo)
