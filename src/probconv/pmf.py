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

import decimal
import math
import numbers
from collections.abc import Iterable, Mapping
from fractions import Fraction
from functools import reduce
from typing import Any

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
    index_of,
    is_default_index,
)
from .closed_forms import binomial_logpmf, poisson_logpmf
from .order import law_of_max, prob_equal, prob_greater
from .storage import ExactProbs, FloatProbs, Number, Probs

#: The support is an int64 array, so every value of a Pmf must lie in this range.
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1

#: Square roots of exact variances: 20 digits, and any exponent.
_ROOT_CONTEXT = decimal.Context(prec=20, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)

#: A Pmf longer than this is summarised in its repr, as numpy summarises long arrays.
REPR_ALL = 12


def _is_int(k: Any) -> bool:
    return isinstance(k, numbers.Integral) and not isinstance(k, bool)


def _check_start(start: Any) -> int:
    if not _is_int(start):
        raise ValueError(f"start must be an integer, got {start!r}.")
    return int(start)


def check_range(start: int, length: int) -> None:
    """Refuse values ``start .. start + length - 1`` that leave the int64 range, before computing them.

    Examples
    --------
    >>> check_range(2**63 - 2, 3)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: the values would run from 9223372036854775806 to 9223372036854775808, beyond the 64-bit integers ...
    """
    end = start + length - 1
    if start < INT64_MIN or end > INT64_MAX:
        raise ValueError(
            f"the values would run from {start} to {end}, beyond the 64-bit integers "
            "(-2**63 to 2**63 - 1) that X.support holds; shift the distribution closer to 0."
        )


def _check_flag(exact: Any) -> bool:
    if not isinstance(exact, (bool, np.bool_)):
        raise TypeError(f"exact must be True or False, got {exact!r}.")
    return bool(exact)


def _positional(values: Any, start: int, exact: bool) -> tuple[Any, int]:
    """Read a pandas Series by its index: ``Series([.25, .75], index=[5, 6])`` is P(5), P(6).

    Anything else is returned as it is. Missing integers between the smallest and
    the largest index get probability 0.
    """
    index = index_of(values)
    if index is None:
        return values, start
    values = values.to_numpy()
    if is_default_index(index):
        return values, start  # the default index says nothing about the values
    if start != 0:
        raise ValueError("give the values of X either as the Series' index or as start=, not both.")
    if index.dtype.kind not in "iu" or index.ndim != 1:
        raise ValueError(
            f"a Series' index holds the values of X, which must be integers; got {index[:5].tolist()} "
            f"(dtype {index.dtype}). Pass series.to_numpy() and start= to place them yourself."
        )
    if np.unique(index).size != index.size:
        raise ValueError("a Series' index holds the values of X, and each may appear only once.")
    return _dense(index.tolist(), values.tolist(), exact, "the support of the Series' index")


def _dense(values: list[int], probs: list[Any], exact: bool, what: str) -> tuple[Any, int]:
    """Place ``probs[i]`` at the distinct integers ``values[i]``: a dense list from the smallest, zeros between."""
    lo, hi = min(values), max(values)
    check_range(lo, hi - lo + 1)
    # exact values become Fractions, some hundred bytes each, zeros included
    check_size(hi - lo + 1, what, copies=16 if exact else 2)
    dense: Any = [0] * (hi - lo + 1) if exact else np.zeros(hi - lo + 1)
    for v, p in zip(values, probs, strict=True):
        dense[v - lo] = p
    return dense, lo


def _real(x: Any, name: str) -> Any:
    """Return ``x`` if it is a real number (infinities allowed), else raise an error that says so."""
    if isinstance(x, bool) or not isinstance(x, numbers.Real):
        raise TypeError(f"{name} must be a real number, got {type(x).__name__} {x!r}.")
    if math.isnan(x):
        raise ValueError(f"{name} is nan; give a real number.")
    return x


def _floor(x: Any) -> int | float:
    """``floor(x)`` as a Python int, or the infinity itself: X <= x holds for the values up to it."""
    return float(x) if math.isinf(x) else math.floor(x)


def _common_denominator(fracs: list[Fraction]) -> tuple[list[int], int]:
    den = reduce(math.lcm, (f.denominator for f in fracs), 1)
    return [f.numerator * (den // f.denominator) for f in fracs], den


class Pmf:
    """The probability mass function of an integer-valued random variable.

    Parameters
    ----------
    probs : sequence of float, or of exact numbers if exact
        ``probs[i]`` is ``P(X = start + i)``. Must be 1-D, non-empty, finite,
        non-negative and sum to 1 (within 1e-9 for floats, exactly when exact).
        A pandas Series is read by its index: ``index[i]`` is the value of
        ``probs[i]``. To normalise weights instead, use :meth:`Pmf.from_weights`.
    start : int, default 0
        The value that ``probs[0]`` belongs to.
    exact : bool, default False
        Store probabilities as Fractions (ints, Fractions, Decimals and strings
        such as ``"1/6"`` are taken exactly; floats at their binary value).

    Notes
    -----
    Zero probabilities are kept where they stand: the sum of a Pmf of length
    ``n`` and one of length ``m`` has length ``n + m - 1`` and starts at the
    sum of the starts, the smallest possible total. Comparisons ignore zeros
    at either end, so equal laws compare equal however they are padded.

    Values are 64-bit integers: an operation whose values would pass
    ``2**63 - 1`` (or ``-2**63``) raises ValueError.

    Examples
    --------
    >>> die = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
    >>> die + die
    Pmf([1/36, 1/18, 1/12, 1/9, 5/36, 1/6, 5/36, 1/9, 1/12, 1/18, 1/36], start=2, exact=True)
    >>> (die + die)[7]
    Fraction(1, 6)
    >>> coin = Pmf([0.5, 0.5])
    >>> (coin + coin).probs
    array([0.25, 0.5 , 0.25])
    """

    __slots__ = ("_start", "_store")
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
        exact = _check_flag(exact)
        probs, start = _positional(probs, _check_start(start), exact)
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
            store: Probs = ExactProbs(*_common_denominator(fracs))
        else:
            arr = as_float_array(probs, "probs", 1)
            check_nonnegative(arr, "probs")
            mass = float(arr.sum())
            if abs(mass - 1.0) > MASS_TOL:
                raise ValueError(
                    f"probabilities must sum to 1 (within {MASS_TOL:g}), but they sum to {mass!r}; "
                    "use Pmf.from_weights(weights) to normalise weights."
                )
            store = FloatProbs(arr.copy())
        self._set(store, start)

    # -- construction -------------------------------------------------------------

    def _set(self, store: Probs, start: int) -> None:
        check_range(start, len(store))
        self._store = store
        self._start = start

    @classmethod
    def _of(cls, store: Probs, start: int) -> Pmf:
        new = cls.__new__(cls)
        new._set(store, start)
        return new

    @classmethod
    def from_weights(cls, weights: Any, start: int = 0, exact: bool = False) -> Pmf:
        """Build a distribution from non-negative weights, normalised to sum to 1.

        Parameters
        ----------
        weights : sequence of numbers
            Non-negative, not all zero. With ``exact=True`` they are taken
            exactly (ints, Fractions, strings like ``"1/3"``). A pandas Series
            is read by its index, as in :class:`Pmf`.
        start : int, default 0
            The value of the first weight.
        exact : bool, default False
            Keep Fractions instead of floats.

        Examples
        --------
        >>> Pmf.from_weights([1, 2, 1], exact=True)
        Pmf([1/4, 1/2, 1/4], start=0, exact=True)
        >>> Pmf.from_weights([1, 3], start=5).mean()
        5.75
        """
        exact = _check_flag(exact)
        weights, start = _positional(weights, _check_start(start), exact)
        if exact:
            fracs = as_fractions(weights, "weights")
            if any(f < 0 for f in fracs):
                raise ValueError("weights must be non-negative; a die cannot have negative weight on a face.")
            counts, _ = _common_denominator(fracs)
            total = sum(counts)
            if total == 0:
                raise ValueError("weights are all zero; at least one weight must be positive.")
            return cls._of(ExactProbs(counts, total), start)
        arr = as_float_array(weights, "weights", 1)
        check_nonnegative(arr, "weights")
        top = float(arr.max())
        if top <= 0:
            raise ValueError("weights are all zero; at least one weight must be positive.")
        # scale by the largest weight first, so that huge weights cannot overflow the sum
        arr = arr / top
        return cls._of(FloatProbs(arr / arr.sum()), start)

    @classmethod
    def die(cls, weights: Any, exact: bool = False) -> Pmf:
        """Build a die whose faces ``1 .. len(weights)`` come up in proportion to ``weights``.

        Examples
        --------
        >>> d = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
        >>> d[1], d.mean()
        (Fraction(1, 6), Fraction(7, 2))

        A pandas Series names its faces in its index instead.
        """
        index = index_of(weights)
        if index is not None and not is_default_index(index):
            return cls.from_weights(weights, exact=exact)
        return cls.from_weights(weights, start=1, exact=exact)

    @classmethod
    def from_dict(cls, probs: Mapping[int, Any], exact: bool = False) -> Pmf:
        """Build a distribution from ``{value: probability}``; values missing between them get probability 0.

        Parameters
        ----------
        probs : mapping of int to number
            Integer values (in any order) and their probabilities, which must
            sum to 1 as in :class:`Pmf`. To normalise weights, pass
            ``Pmf.from_weights`` a dense list, or divide first.
        exact : bool, default False
            Keep Fractions instead of floats (``"1/3"`` and Fractions are taken exactly).

        Examples
        --------
        >>> Pmf.from_dict({6: "1/2", 1: "1/4", 3: "1/4"}, exact=True)
        Pmf([1/4, 0, 1/4, 0, 0, 1/2], start=1, exact=True)
        >>> Pmf.from_dict({-1: 0.5, 1: 0.5}).mean()
        0.0
        """
        if not isinstance(probs, Mapping):
            raise TypeError(f"from_dict takes a mapping {{value: probability}}, got {type(probs).__name__}.")
        if not probs:
            raise ValueError("from_dict needs at least one value; the mapping is empty.")
        bad = next((v for v in probs if not _is_int(v)), None)
        if bad is not None:
            raise ValueError(f"the keys are the values of X, which must be integers; got {bad!r}.")
        dense, start = _dense([int(v) for v in probs], list(probs.values()), _check_flag(exact), "the values")
        return cls(dense, start, exact=exact)

    @classmethod
    def from_samples(cls, samples: Any, exact: bool = False) -> Pmf:
        """Build the empirical distribution of integer samples: each value's share of the samples.

        Parameters
        ----------
        samples : array_like of integers
            Any shape (it is flattened), at least one sample. Floats are
            accepted when every one is a whole number.
        exact : bool, default False
            Give each value its share as an exact Fraction, ``count / len(samples)``.

        Examples
        --------
        >>> Pmf.from_samples([3, 1, 3, 3], exact=True)
        Pmf([1/4, 0, 3/4], start=1, exact=True)
        >>> Pmf.from_samples(np.array([[2.0, 2.0], [2.0, 5.0]])).probs
        array([0.75, 0.  , 0.  , 0.25])
        """
        arr = np.asarray(samples)
        if arr.dtype.kind == "f":
            if not np.isfinite(arr).all() or (arr != np.floor(arr)).any():
                raise ValueError("samples must be whole numbers; a Pmf lives on the integers.")
            if arr.size and np.abs(arr).max() >= 2.0**63:
                raise ValueError("samples reach beyond the 64-bit integers (-2**63 to 2**63 - 1) that X.support holds.")
            arr = arr.astype(np.int64)
        if arr.dtype.kind not in "iu":
            raise ValueError(
                f"samples must be integers (an int array, or whole-number floats), got dtype {arr.dtype}."
            )
        if arr.size == 0:
            raise ValueError("from_samples needs at least one sample.")
        values, counts = np.unique(arr, return_counts=True)
        dense, start = _dense(values.tolist(), counts.tolist(), _check_flag(exact), "the range of the samples")
        return cls.from_weights(dense, start, exact=exact)

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
        store: Probs = ExactProbs([1], 1, reduced=True) if _check_flag(exact) else FloatProbs(np.ones(1))
        return cls._of(store, int(value))

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
            Fractions instead of floats. Exact results are the n-fold sum of
            one trial; float results are computed in log space by Loader's
            method (:func:`probconv.closed_forms.binomial_logpmf`), each within
            a relative 1e-13 or so.

        Examples
        --------
        >>> Pmf.binomial(2, "1/2", exact=True)
        Pmf([1/4, 1/2, 1/4], start=0, exact=True)
        >>> Pmf.binomial(3, "1/3", exact=True)[1]
        Fraction(4, 9)
        """
        if not _is_int(n) or n < 0:
            raise ValueError(f"n must be a whole number of trials (0 or more), got {n!r}.")
        n = int(n)
        if _check_flag(exact):
            q = as_fractions([p], "p")[0]
            if not 0 <= q <= 1:
                raise ValueError(f"p must be a probability between 0 and 1, got {q}.")
            trial = cls.from_weights([q.denominator - q.numerator, q.numerator], exact=True)
            return trial.nfold(n) if n else cls.point(0, exact=True)
        pf = check_nonnegative_real(p, "p")
        if pf > 1:
            raise ValueError(f"p must be a probability between 0 and 1, got {p!r}.")
        # Loader's method holds a dozen arrays of n + 1 values at once
        check_size(n + 1, f"binomial({n}, p)", copies=16)
        if pf in (0.0, 1.0) or n == 0:
            w = np.zeros(n + 1)
            w[0 if pf == 0.0 else n] = 1.0
        else:
            logp = binomial_logpmf(np.arange(n + 1), n, pf)
            w = np.exp(logp - logp.max())
        return cls.from_weights(w)

    @classmethod
    def poisson(cls, lam: float, tail: float = 1e-12) -> Pmf:
        """Poisson(lam), cut to the values that carry all but at most ``tail`` of the mass.

        A Poisson variable takes every value 0, 1, 2, ... and its probabilities
        ``e^(-lam) lam^k / k!`` are irrational, so the result is always float
        and truncated: the two tails cut off hold at most ``tail`` together.
        Each kept probability is the true one to a relative 1e-13 or better
        (Loader's method, :func:`probconv.closed_forms.poisson_logpmf`); they
        are not rescaled, so they sum to between ``1 - tail`` and 1. Only the
        values near ``lam`` are computed: a huge ``lam`` such as 1e8 needs only
        some 1.4e5 of them.

        Parameters
        ----------
        lam : float
            The mean, positive.
        tail : float, default 1e-12
            Largest total mass that may be cut off, in (0, 1).

        Examples
        --------
        >>> X = Pmf.poisson(2.0)
        >>> round(X[0], 9), round(X.mean(), 9)
        (0.135335283, 2.0)
        """
        lam = check_positive_real(lam, "lam")
        tail = check_positive_real(tail, "tail")
        if tail >= 1:
            raise ValueError(f"tail is the mass allowed to be cut off and must be below 1, got {tail!r}.")
        if lam > INT64_MAX / 2:
            raise ValueError(f"poisson({lam:g}) has values beyond the 64-bit integers that X.support holds.")
        half = 10 * math.sqrt(lam) + 10
        while True:
            lo, hi = max(0, math.floor(lam - half)), math.ceil(lam + half)
            check_size(hi - lo + 1, f"poisson({lam:g})", copies=16)
            p = np.exp(poisson_logpmf(np.arange(lo, hi + 1), lam))
            # Beyond hi each ratio P(j + 1) / P(j) = lam / (j + 1) is at most r, and below lo
            # each P(j - 1) / P(j) = j / lam is at most s: both tails are below geometric series.
            r, s = lam / (hi + 1), lo / lam
            above = p[-1] * r / (1 - r) if r < 1 else math.inf
            below = p[0] * s / (1 - s) if s < 1 else math.inf
            if above <= tail / 2 and below <= tail / 2:
                break
            half *= 2
        cut_lo = int(np.searchsorted(below + np.cumsum(p), tail / 2, side="right"))
        cut_hi = int(np.searchsorted(above + np.cumsum(p[::-1]), tail / 2, side="right"))
        return cls._of(FloatProbs(p[cut_lo : p.size - cut_hi]), lo + cut_lo)

    # -- views --------------------------------------------------------------------

    @property
    def exact(self) -> bool:
        """True when probabilities are stored as Fractions.

        Examples
        --------
        >>> Pmf.die([1, 2], exact=True).exact, Pmf.die([1, 2]).exact
        (True, False)
        """
        return self._store.exact

    @property
    def start(self) -> int:
        """The value that ``probs[0]`` belongs to.

        Examples
        --------
        >>> Pmf.die([1, 1, 1]).start, (Pmf.die([1, 1, 1]) - 5).start
        (1, -4)
        """
        return self._start

    @property
    def probs(self) -> NDArray[np.float64] | tuple[Fraction, ...]:
        """``P(X = start + i)``: a read-only float array, or a tuple of Fractions when exact.

        Examples
        --------
        >>> Pmf.die([1, 3]).probs
        array([0.25, 0.75])
        >>> Pmf.die([1, 3], exact=True).probs
        (Fraction(1, 4), Fraction(3, 4))
        """
        return self._store.public()

    @property
    def counts(self) -> tuple[tuple[int, ...], int]:
        """For an exact Pmf, integer numerators and their common denominator.

        Examples
        --------
        >>> Pmf.die([1, 2, 3], exact=True).counts
        ((1, 2, 3), 6)
        """
        if not isinstance(self._store, ExactProbs):
            raise ValueError("counts are only defined for an exact Pmf; build it with exact=True.")
        return tuple(self._store.counts), self._store.den

    @property
    def support(self) -> NDArray[np.int64]:
        """The values ``start .. start + len - 1`` as an integer array.

        Examples
        --------
        >>> Pmf.die([1, 0, 1]).support
        array([1, 2, 3])
        """
        return np.arange(self._start, self._start + len(self), dtype=np.int64)

    def __len__(self) -> int:
        """Return the number of probabilities stored, the length of the support.

        Examples
        --------
        >>> die = Pmf.die([1] * 6)
        >>> len(die), len(die + die)
        (6, 11)
        """
        return len(self._store)

    def __getitem__(self, k: int) -> Number:
        """``P(X = k)``; zero for any integer outside the support.

        Examples
        --------
        >>> X = Pmf.die([1, 1, 2], exact=True)
        >>> X[3], X[7]
        (Fraction(1, 2), Fraction(0, 1))
        """
        if not _is_int(k):
            raise ValueError(f"index with an integer value, got {k!r}.")
        i = int(k) - self._start
        return self._store.at(i) if 0 <= i < len(self) else self._store.zero()

    def to_float(self) -> Pmf:
        """Return the same distribution with float64 probabilities.

        Examples
        --------
        >>> Pmf.die([1, 3], exact=True).to_float()
        Pmf([0.25, 0.75], start=1)
        """
        return self if not self.exact else Pmf._of(self._store.to_float(), self._start)

    def to_exact(self) -> Pmf:
        """Return the same distribution with exact probabilities.

        Each float is taken at its exact binary value and the results are
        rescaled to sum to exactly 1. Floats such as 0.1 are not tenths in
        binary, so the result is usually *not* ``==`` to the float Pmf (``==``
        compares value for value) though it is :meth:`isclose` to it.

        Examples
        --------
        >>> Pmf([0.25, 0.75]).to_exact()        # dyadic values survive exactly
        Pmf([1/4, 3/4], start=0, exact=True)
        >>> X = Pmf([0.1, 0.9])
        >>> X.to_exact() == X, X.to_exact().isclose(X)
        (False, True)
        """
        if self.exact:
            return self
        return Pmf.from_weights(self._store.fractions(), self._start, exact=True)

    # -- summaries ----------------------------------------------------------------

    def mean(self) -> Number:
        """E[X]: a Fraction when exact, else a float.

        Computed from the offsets of the support, so that any start, however
        large, loses no digits.

        Examples
        --------
        >>> Pmf.die([1, 1, 1, 1, 1, 1], exact=True).mean()
        Fraction(7, 2)
        """
        return self._start + self._store.moments()[0]

    def var(self) -> Number:
        """Var[X]: a Fraction when exact, else a float.

        Examples
        --------
        >>> Pmf.die([1, 1, 1, 1, 1, 1], exact=True).var()
        Fraction(35, 12)
        """
        return self._store.moments()[1]

    def std(self) -> float:
        """Return the standard deviation, always a float.

        An exact variance is rooted before it is rounded, so a tiny one does not underflow.

        Examples
        --------
        >>> Pmf.from_weights([1, 10**400], exact=True).std()
        1e-200
        """
        var = self.var()
        if isinstance(var, Fraction):
            with decimal.localcontext(_ROOT_CONTEXT):
                return float((decimal.Decimal(var.numerator) / decimal.Decimal(var.denominator)).sqrt())
        return math.sqrt(var)

    def cdf(self, k: Any) -> Number:
        """P(X <= k), for any real ``k`` as in scipy.stats: a step function, constant between integers.

        It takes one number (scipy.stats also takes arrays): for many, write
        ``[X.cdf(k) for k in ks]``.

        Examples
        --------
        >>> X = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
        >>> X.cdf(2), X.cdf(2.5), X.cdf(float("inf"))
        (Fraction(1, 3), Fraction(1, 3), Fraction(1, 1))
        """
        top = _floor(_real(k, "k"))  # X <= k exactly when X <= floor(k)
        count = len(self) if top == math.inf else 0 if top == -math.inf else int(top) - self._start + 1
        return self._store.head(min(max(count, 0), len(self)))

    def sf(self, k: Any) -> Number:
        """P(X > k), the survival function, for any real ``k``.

        Summed from the top, so that a float tail keeps its digits where
        ``1 - X.cdf(k)`` would round it to 0.

        Examples
        --------
        >>> X = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
        >>> X.sf(4), X.sf(4.5), X.sf(0)
        (Fraction(1, 3), Fraction(1, 3), Fraction(1, 1))
        >>> Pmf.binomial(100, 0.5).sf(99)       # 1 - cdf(99) would give 0.0
        7.8886e-31
        """
        top = _floor(_real(k, "k"))
        count = 0 if top == math.inf else len(self) if top == -math.inf else self._start + len(self) - 1 - int(top)
        return self._store.tail(min(max(count, 0), len(self)))

    def quantile(self, q: Any) -> int:
        """Return the smallest value ``k`` with ``P(X <= k) >= q``, for ``q`` in [0, 1].

        This is scipy.stats' ``ppf``, except at ``q = 0``, where it returns the
        smallest value X takes (scipy returns one less). An exact Pmf compares
        exactly: ``q`` is taken at its exact value (``Fraction(1, 10)``, not
        the float ``0.1``, for a tenth). A float Pmf compares its running
        totals, divided by their total, so ``q = 1`` finds the largest value.

        Examples
        --------
        >>> X = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
        >>> X.quantile(Fraction(1, 3)), X.quantile(0.34), X.quantile(1)
        (2, 3, 6)
        """
        q = _real(q, "q")
        if not 0 <= q <= 1:
            raise ValueError(f"q is a probability and must be between 0 and 1, got {q!r}.")
        if q == 0:
            return self._trimmed()[0]
        totals, den = self._store.cumulative()
        if isinstance(den, int):
            f = Fraction(q)
            reached = totals * f.denominator >= f.numerator * den
            return self._start + int(np.argmax(reached))
        # max: a q so small that q * total underflows to 0 would stop at a leading zero
        first = int(np.searchsorted(totals, float(q) * totals[-1], side="left"))
        return self._start + max(first, self._store.nonzero_span()[0])

    def median(self) -> int:
        """Return the median: the smallest value ``k`` with ``P(X <= k) >= 1/2``.

        Examples
        --------
        >>> Pmf.die([1, 1, 1, 1, 1, 1], exact=True).median()
        3
        >>> Pmf.die([2, 2, 3, 3, 4, 6], exact=True).median()
        4
        """
        return self.quantile(Fraction(1, 2))

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
        check_size(size, f"a sample of {size:,} values", copies=3)
        p = self._store.floats()
        total: np.float64 = p.sum()
        offsets = rng.choice(len(self), size=size, p=p / total)
        return offsets + np.int64(self._start)

    # -- arithmetic ---------------------------------------------------------------

    def __add__(self, other: Any) -> Pmf:
        """Return the distribution of the sum of independent variables, or a shift by an integer.

        Examples
        --------
        >>> coin = Pmf.from_weights([1, 1], exact=True)
        >>> coin + coin                       # two independent coins: a convolution
        Pmf([1/4, 1/2, 1/4], start=0, exact=True)
        >>> coin + 10                         # a shift
        Pmf([1/2, 1/2], start=10, exact=True)
        """
        if isinstance(other, Pmf):
            return _sum_independent(self, other)
        if _is_int(other):
            return self._shifted(int(other))
        _reject_real(other)
        return NotImplemented

    def __radd__(self, other: Any) -> Pmf:
        """Return ``k + X`` for an integer ``k``: a shift.

        Examples
        --------
        >>> (3 + Pmf.die([1, 1])).support
        array([4, 5])
        """
        if _is_int(other):
            return self._shifted(int(other))
        _reject_real(other)
        return NotImplemented

    def __neg__(self) -> Pmf:
        """Return the distribution of the negated variable, ``-X``.

        Examples
        --------
        >>> -Pmf.die([1, 3], exact=True)
        Pmf([3/4, 1/4], start=-2, exact=True)
        """
        return Pmf._of(self._store.reversed(), -(self._start + len(self) - 1))

    def __sub__(self, other: Any) -> Pmf:
        """Return the distribution of ``X - Y`` for independent variables, or a shift by ``-k`` for an integer.

        Examples
        --------
        >>> d3 = Pmf.die([1, 1, 1], exact=True)
        >>> d3 - d3                           # symmetric about 0: a cross-correlation
        Pmf([1/9, 2/9, 1/3, 2/9, 1/9], start=-2, exact=True)
        >>> (d3 - 1).support
        array([0, 1, 2])
        """
        if isinstance(other, Pmf):
            return _sum_independent(self, -other)
        if _is_int(other):
            return self._shifted(-int(other))
        _reject_real(other)
        return NotImplemented

    def __rsub__(self, other: Any) -> Pmf:
        """Return the distribution of ``k - X`` for an integer ``k``.

        Examples
        --------
        >>> 7 - Pmf.die([1, 1, 1, 1, 1, 2], exact=True)    # the face on the bottom of the die
        Pmf([2/7, 1/7, 1/7, 1/7, 1/7, 1/7], start=1, exact=True)
        """
        if _is_int(other):
            return (-self)._shifted(int(other))
        _reject_real(other)
        return NotImplemented

    def __mul__(self, k: Any) -> Pmf:
        """Return the distribution of ``k X`` for an integer ``k``: scaling, not a sum of ``k`` copies.

        ``2 * X`` doubles one throw, so it takes only even values; the sum of
        two independent throws is ``X.nfold(2)`` (or ``X + X``).

        Examples
        --------
        >>> X = Pmf.die([1, 1, 1], exact=True)
        >>> 2 * X
        Pmf([1/3, 0, 1/3, 0, 1/3], start=2, exact=True)
        >>> X.nfold(2)
        Pmf([1/9, 2/9, 1/3, 2/9, 1/9], start=2, exact=True)
        >>> -1 * X == -X
        True
        """
        if isinstance(k, Pmf):
            raise TypeError(
                "X * Y would be the law of a product, which probconv does not compute; k * X scales X by an "
                "integer k, and X.nfold(n) is the sum of n independent copies."
            )
        if not _is_int(k):
            if not isinstance(k, bool) and isinstance(k, numbers.Real):
                raise ValueError(
                    f"k * X scales the values of X, which must stay integers, so k must be an integer, got {k!r}."
                )
            return NotImplemented
        k = int(k)
        if k == 0:
            return Pmf.point(0, exact=self.exact)
        size = abs(k)
        check_range(self._start * size, (len(self) - 1) * size + 1)
        scaled = Pmf._of(self._store.spread(size), self._start * size)
        return scaled if k > 0 else -scaled

    __rmul__ = __mul__

    def _shifted(self, k: int) -> Pmf:
        return Pmf._of(self._store, self._start + k)

    def nfold(self, n: int) -> Pmf:
        """Return the distribution of the sum of ``n`` independent copies of X.

        Exact results raise the integer polynomial of counts to the n-th
        power (python-flint, else Kronecker substitution); float results raise
        the spectrum to the n-th power a few squarings at a time, with the
        round-off clipped (no negative probabilities) and the mass renormalised.
        Both check first that the result fits the memory limit
        (:func:`probconv.memory_limit`).

        An FFT's error is absolute, near 1e-16 of the largest probability, so
        float probabilities far out in the tails (1e-100, say) come out as
        noise of that size, or 0; ``exact=True`` gives them exactly.

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
        >>> die.nfold(1000)            # long fractions are shown as decimals
        Pmf([~7.059e-779, ~7.059e-776, ~3.533e-773, ..., ~3.533e-773, ~7.059e-776, ~7.059e-779],
            start=1000, len=5001, exact=True)
        """
        n = check_positive_int(n, "n")
        start = self._start * n
        check_range(start, n * (len(self) - 1) + 1)
        return Pmf._of(self._store.power(n), start)

    # -- comparisons and order statistics of independent variables ------------------

    def _pair(self, other: Any, name: str) -> Pmf:
        """Return ``other`` as a Pmf: itself, or an integer as a constant."""
        if other is None:
            # X.max() as in numpy and pandas: say what this one is, and where the largest value is
            raise TypeError(
                f"X.{name}(Y) is the law of the {'larger' if name == 'max' else 'smaller'} of two independent "
                f"variables and needs Y. The {'largest' if name == 'max' else 'smallest'} value X can take is "
                f"X.quantile({1 if name == 'max' else 0})."
            )
        if isinstance(other, Pmf):
            return other
        if _is_int(other):
            return Pmf.point(int(other), exact=self.exact)
        raise TypeError(f"X.{name}(Y) takes a Pmf or an integer, got {type(other).__name__} {other!r}.")

    def prob_gt(self, other: Any) -> Number:
        """P(X > Y) for an independent Pmf ``Y``, or P(X > y) for a real number ``y``.

        Exact (a Fraction) when both are exact. Computed from running totals
        (:func:`probconv.order.prob_greater`), not by forming ``X - Y``.

        Examples
        --------
        >>> X = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
        >>> X.prob_gt(X), X.prob_gt(4), X.prob_gt(4.5)
        (Fraction(5, 12), Fraction(1, 3), Fraction(1, 3))
        """
        if isinstance(other, Pmf):
            return prob_greater(self._store, self._start, other._store, other._start)
        return self.sf(other)

    def prob_lt(self, other: Any) -> Number:
        """P(X < Y) for an independent Pmf ``Y``, or P(X < y) for a real number ``y``.

        Examples
        --------
        >>> X = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
        >>> X.prob_lt(Pmf.point(3, exact=True)), X.prob_lt(3), X.prob_lt(2.5)
        (Fraction(1, 3), Fraction(1, 3), Fraction(1, 3))
        """
        if isinstance(other, Pmf):
            return prob_greater(other._store, other._start, self._store, self._start)
        y = _real(other, "y")
        if math.isinf(y):  # X < inf is certain, X < -inf impossible: cdf gives 1 and 0
            return self.cdf(y)
        return self.cdf(math.ceil(y) - 1)  # X < y exactly when X <= ceil(y) - 1

    def prob_eq(self, other: Any) -> Number:
        """P(X = Y) for an independent Pmf ``Y``, or P(X = y) for a real number ``y``.

        Examples
        --------
        >>> X = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
        >>> X.prob_eq(X), X.prob_eq(3), X.prob_eq(3.5)
        (Fraction(1, 6), Fraction(1, 6), Fraction(0, 1))
        """
        if isinstance(other, Pmf):
            return prob_equal(self._store, self._start, other._store, other._start)
        y = _real(other, "y")
        whole = not math.isinf(y) and y == math.floor(y)
        return self[math.floor(y)] if whole else self._store.zero()

    def max(self, other: Any = None) -> Pmf:
        """Return the distribution of ``max(X, Y)`` for independent X and Y (a Pmf, or an integer constant).

        Its cumulative distribution is ``F_X(k) F_Y(k)``: the larger is at
        most ``k`` exactly when both are (:func:`probconv.order.law_of_max`).

        Examples
        --------
        >>> d6 = Pmf.die([1] * 6, exact=True)
        >>> d6.max(d6)[6], d6.max(d6)[1]     # the best of two throws
        (Fraction(11, 36), Fraction(1, 36))
        >>> d6.max(5)                        # a throw, raised to at least 5
        Pmf([5/6, 1/6], start=5, exact=True)
        """
        other = self._pair(other, "max")
        return Pmf._of(*law_of_max(self._store, self._start, other._store, other._start))

    def min(self, other: Any = None) -> Pmf:
        """Return the distribution of ``min(X, Y)`` for independent X and Y (a Pmf, or an integer constant).

        ``min(X, Y) = -max(-X, -Y)``, so it shares the computation of :meth:`max`.

        Examples
        --------
        >>> d6 = Pmf.die([1] * 6, exact=True)
        >>> d6.min(d6)[1]                    # the worst of two throws
        Fraction(11, 36)
        """
        other = self._pair(other, "min")
        return -((-self).max(-other))

    # -- comparison and display ---------------------------------------------------

    def _trimmed(self) -> tuple[int, Probs]:
        """Return ``(first value, probabilities)`` without the zeros at either end."""
        lo, hi = self._store.nonzero_span()
        store = self._store if (lo, hi) == (0, len(self)) else self._store.sliced(lo, hi)
        return self._start + lo, store

    def __eq__(self, other: object) -> bool:
        """Exact equality of the laws: the same probability at every value.

        Zeros at either end of the stored probabilities do not count, so
        ``Pmf.binomial(3, 1.0) == Pmf.point(3)``. A float Pmf equals an exact
        one only when every float is exactly the Fraction (0.25 is 1/4, but
        0.1 is not 1/10); use :meth:`isclose` to compare within a tolerance.

        Examples
        --------
        >>> Pmf([0.25, 0.75]) == Pmf(["1/4", "3/4"], exact=True)
        True
        >>> Pmf([0.1, 0.9]) == Pmf(["1/10", "9/10"], exact=True)
        False
        >>> Pmf.binomial(3, 1.0) == Pmf.point(3)
        True
        """
        if not isinstance(other, Pmf):
            return NotImplemented
        start, store = self._trimmed()
        other_start, other_store = other._trimmed()
        return start == other_start and store.same_values(other_store)

    def isclose(self, other: Pmf, atol: float = 1e-12) -> bool:
        """Test whether both give every value the same probability, within ``atol``.

        Examples
        --------
        >>> Pmf([0.1, 0.2, 0.7]).isclose(Pmf.from_weights([1, 2, 7], exact=True))
        True
        >>> Pmf([0.0, 1.0]).isclose(Pmf.point(1))
        True
        """
        if not isinstance(other, Pmf):
            raise ValueError(f"isclose compares two Pmf objects, got {type(other).__name__}.")
        atol = check_nonnegative_real(atol, "atol")
        (start, store), (other_start, other_store) = self._trimmed(), other._trimmed()
        a, b = store.floats(), other_store.floats()
        lo = min(start, other_start)
        hi = max(start + len(a), other_start + len(b))
        if hi - lo > len(a) + len(b):  # far apart: no value in common, each must be within atol of 0
            return bool(a.max() <= atol and b.max() <= atol)
        dense_a, dense_b = np.zeros(hi - lo), np.zeros(hi - lo)
        dense_a[start - lo : start - lo + len(a)] = a
        dense_b[other_start - lo : other_start - lo + len(b)] = b
        return bool(np.allclose(dense_a, dense_b, rtol=0, atol=atol))

    def __repr__(self) -> str:
        """Return ``Pmf([...], start=...)``, summarised as numpy does when longer than 12 values.

        Long exact fractions are shown as 4-digit decimals marked ``~``.
        """
        n = len(self)
        if n <= REPR_ALL:
            body = ", ".join(self._store.texts(range(n)))
            size = ""
        else:
            texts = self._store.texts([0, 1, 2, n - 3, n - 2, n - 1])
            body = ", ".join([*texts[:3], "...", *texts[3:]])
            size = f", len={n}"
        kind = ", exact=True" if self.exact else ""
        return f"Pmf([{body}], start={self._start}{size}{kind})"


def _reject_real(other: Any) -> None:
    """Explain why ``X + 0.5`` fails, instead of Python's bare TypeError."""
    if not isinstance(other, bool) and isinstance(other, numbers.Real):
        raise ValueError(
            f"a Pmf can only be shifted by an integer, got {other!r}; a Pmf lives on the "
            "integers. For real-valued variables use probconv.Density."
        )


def _sum_independent(x: Pmf, y: Pmf) -> Pmf:
    start = x.start + y.start
    check_range(start, len(x) + len(y) - 1)
    xs, ys = x._store, y._store
    if not (xs.exact and ys.exact):
        xs, ys = xs.to_float(), ys.to_float()
    return Pmf._of(xs.convolve(ys), start)


def mixture(pmfs: Iterable[Pmf], weights: Any = None) -> Pmf:
    """Return the distribution of a variable drawn from one of ``pmfs``, chosen with ``weights``.

    This is *not* the distribution of a sum: ``mixture([X, Y])`` is
    ``(P_X + P_Y) / 2`` pointwise, while ``X + Y`` is their convolution.

    Parameters
    ----------
    pmfs : iterable of Pmf
        At least one distribution.
    weights : sequence of numbers, optional
        Non-negative, not all zero, one per distribution; equal weights by
        default. Exact when every Pmf is exact.

    Examples
    --------
    >>> low = Pmf.from_weights([1, 1], start=1, exact=True)
    >>> high = Pmf.from_weights([1, 1], start=5, exact=True)
    >>> mixture([low, high])
    Pmf([1/4, 1/4, 0, 0, 1/4, 1/4], start=1, exact=True)
    """
    pmfs = list(pmfs)
    if not pmfs or not all(isinstance(p, Pmf) for p in pmfs):
        raise ValueError("mixture needs a non-empty sequence of Pmf objects.")
    if weights is None:
        weights = [1] * len(pmfs)
    elif isinstance(weights, (str, bytes, dict, set)):
        raise TypeError(
            f"weights must be a sequence of numbers, one per distribution, got {type(weights).__name__} "
            f"{weights!r}; for example mixture([X, Y], [1, 3])."
        )
    else:
        index = index_of(weights)
        if index is not None and not is_default_index(index):
            raise ValueError(
                "weights are matched to the distributions by position, so a Series' index would be "
                "ignored; pass series.to_numpy() in the order of the distributions."
            )
    weights = list(weights)
    if len(weights) != len(pmfs):
        raise ValueError(f"got {len(pmfs)} distributions but {len(weights)} weights; give one weight each.")
    exact = all(p.exact for p in pmfs)
    w = Pmf.from_weights(weights, exact=exact)
    lo = min(p.start for p in pmfs)
    width = max(p.start + len(p) for p in pmfs) - lo
    # w[i] is the probability of drawing from pmfs[i]; w has one entry per weight, so one per Pmf
    kind = ExactProbs if exact else FloatProbs
    return Pmf._of(kind.mixed(w._store, [(p.start - lo, p._store) for p in pmfs], width), lo)
