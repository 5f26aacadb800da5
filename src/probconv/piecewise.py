"""Exact densities of sums of independent uniforms: piecewise polynomials with rational breakpoints.

The density of ``U(a, b)`` is a step, and every convolution with another
uniform integrates it once more, so a sum of ``n`` uniforms has a density that
is a polynomial of degree ``n - 1`` between breakpoints. :class:`PiecewisePoly`
computes it exactly, in :class:`fractions.Fraction` arithmetic.

It is stored as a sum of scaled truncated powers,

    ``f(x) = sum over terms of  c (x - t)_+^k / k!``,

with rational ``c`` and ``t``. In that form a convolution is exact and short:

    ``(x - s)_+^m / m!  *  (x - t)_+^n / n!  =  (x - s - t)_+^(m+n+1) / (m+n+1)!``,

and ``U(a, b) = ((x - a)_+^0 - (x - b)_+^0) / (b - a)``. Terms with the same
``(t, k)`` are collected and zeros dropped, so the terms are unique: two equal
densities have the same terms, and ``==`` compares them.

Operators have the meanings they have for :class:`probconv.Pmf`:

* ``X + Y``: the density of the sum of *independent* X and Y (convolution);
* ``X + c`` and ``c + X`` for a number ``c``: a shift;
* ``-X``, ``X - Y`` (independent), ``X - c``, ``c - X``;
* ``k * X`` for a non-zero number ``k``: scaling, not a sum of ``k`` copies;
* ``X.nfold(n)``: the sum of ``n`` independent copies of X.

Numbers are taken exactly: ints, Fractions, Decimals, strings such as ``"1/3"``,
and floats at their binary value (``0.1`` is
``3602879701896397/36028797018963968``; write ``"1/10"`` for a tenth).
"""

from __future__ import annotations

import decimal
import math
import numbers
from collections import defaultdict
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any, NamedTuple, overload

import numpy as np
from numpy.typing import NDArray

from ._validate import as_fraction, check_positive_int, check_size

__all__ = ["Piece", "PiecewisePoly"]

Array = NDArray[np.float64]
#: One truncated power ``c (x - t)_+^k / k!`` as ``(t, k, c)``.
Term = tuple[Fraction, int, Fraction]
#: Exact numbers that evaluate to a Fraction (a float evaluates to a float).
Exact = int | Fraction | decimal.Decimal | str

#: A sum of two densities with more term products than this is refused (some seconds of work).
MAX_TERM_PRODUCTS = 4_000_000
#: A density with more pieces than this is summarised in its repr.
REPR_PIECES = 4
#: ... and so is one whose pieces would take more characters than this.
REPR_CHARS = 160


class Piece(NamedTuple):
    """One polynomial piece of a density: ``sum(coeffs[j] * x**j)`` on ``[lo, hi]``.

    ``coeffs`` are exact, in ascending powers of ``x`` (not of ``x - lo``),
    with no trailing zeros; a zero piece has ``coeffs == (0,)``.

    Examples
    --------
    >>> piece = PiecewisePoly.uniform(0, 1).nfold(3).pieces()[1]
    >>> piece.lo, piece.hi, piece.degree
    (Fraction(1, 1), Fraction(2, 1), 2)
    >>> str(piece)
    '-x**2 + 3*x - 3/2'
    >>> piece(Fraction(3, 2))
    Fraction(3, 4)
    """

    lo: Fraction
    hi: Fraction
    coeffs: tuple[Fraction, ...]

    @property
    def degree(self) -> int:
        """The degree of the polynomial (0 for a constant, and for zero).

        Examples
        --------
        >>> PiecewisePoly.uniform(0, 1).nfold(4).pieces()[0].degree
        3
        """
        return len(self.coeffs) - 1

    def __call__(self, x: Exact) -> Fraction:
        """Evaluate the polynomial exactly at ``x`` (anywhere, not only on ``[lo, hi]``).

        Examples
        --------
        >>> PiecewisePoly.uniform(0, 1).nfold(2).pieces()[1](2)
        Fraction(0, 1)
        """
        at = _exact(x, "x")
        value = Fraction(0)
        for c in reversed(self.coeffs):
            value = value * at + c
        return value

    def __str__(self) -> str:
        """Write the polynomial as Python would, highest power first: ``-x**2 + 3*x - 3/2``."""
        return _poly_text(self.coeffs)


class PiecewisePoly:
    """The exact density of a sum of independent uniform variables: a polynomial between breakpoints.

    Build one with :meth:`uniform` and combine with ``+``, ``-``, ``k *`` and
    :meth:`nfold`; the constructor is not public, so that every instance is a
    probability density (mass 1, zero outside a bounded support).

    Notes
    -----
    **Value at a jump.** Only a single uniform (shifted or scaled) has jumps: a
    sum of two or more is continuous. At a jump ``X(x)`` is the larger of the
    two one-sided limits, so ``U(a, b)`` has density ``1 / (b - a)`` on the
    closed interval ``[a, b]``, as ``scipy.stats.uniform`` and
    :func:`probconv.irwin_hall_pdf` give it. Integrals and :meth:`cdf` do not
    depend on this choice.

    **Floats.** ``X(x)`` and ``X.cdf(x)`` at an exact number give a Fraction;
    at one float they give a float, and at an array a float64 array of the same
    shape, for plotting. Each piece is then evaluated by Horner's rule in
    ``x - e``, where ``e`` is the end of the piece farther from the mean (the
    end where the polynomial is small in the tails), from coefficients
    computed exactly and rounded once. For the sum
    of up to 30 copies of U(0, 1), the relative error we measured is below
    1e-15 wherever the density is positive.

    **Cost.** ``X + Y`` forms every product of a term of X with a term of Y.
    The sum of ``n`` copies of one uniform has ``n + 1`` terms, but uniforms
    of unrelated widths can give up to ``2**n`` breakpoints; a sum needing more
    than 4,000,000 products raises ValueError (use :class:`probconv.Density`
    on a grid there).

    Examples
    --------
    >>> U = PiecewisePoly.uniform(0, 1)
    >>> S = U + U + U
    >>> S(Fraction(3, 2))
    Fraction(3, 4)
    >>> S
    PiecewisePoly([0, 1]: x**2/2; [1, 2]: -x**2 + 3*x - 3/2; [2, 3]: x**2/2 - 3*x + 9/2)
    >>> S.cdf(1), S.mean(), S.var()
    (Fraction(1, 6), Fraction(3, 2), Fraction(1, 4))
    >>> S(np.array([0.5, 1.5, 2.5]))
    array([0.125, 0.75 , 0.125])
    """

    __slots__ = ("_terms", "_float_tables")
    # numpy must defer to our operators: ``np.float64(2) + X`` is a shift, not an array operation.
    __array_ufunc__ = None

    _terms: tuple[Term, ...]
    _float_tables: dict[str, tuple[Array, Array, Array]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError(
            "build a PiecewisePoly with PiecewisePoly.uniform(a, b), then combine with +, -, k * X and "
            "X.nfold(n); it has no public constructor, so that every one is a probability density."
        )

    @classmethod
    def _of(cls, terms: Mapping[tuple[Fraction, int], Fraction]) -> PiecewisePoly:
        """Wrap collected terms ``{(t, k): c}``, dropping zeros and sorting by ``(t, k)``."""
        self = cls.__new__(cls)
        self._terms = tuple((t, k, c) for (t, k), c in sorted(terms.items()) if c != 0)
        self._float_tables = {}
        return self

    # -- factories ----------------------------------------------------------------

    @classmethod
    def uniform(cls, a: Any = 0, b: Any = 1) -> PiecewisePoly:
        """U(a, b): density ``1 / (b - a)`` on ``[a, b]``, with ``a < b`` taken exactly.

        Parameters
        ----------
        a : int, Fraction, Decimal, str or float, default 0
            The left end of the interval. Strings such as ``"1/3"`` are read
            exactly; floats at their binary value (``0.5`` is 1/2, but ``0.1``
            is not 1/10).
        b : int, Fraction, Decimal, str or float, default 1
            The right end, read as ``a`` is.

        Examples
        --------
        >>> PiecewisePoly.uniform("-1/3", "1/2")
        PiecewisePoly([-1/3, 1/2]: 6/5)
        >>> PiecewisePoly.uniform(1, 1)
        Traceback (most recent call last):
        ...
        ValueError: uniform(a, b) needs a < b, got a = 1 and b = 1.
        """
        lo, hi = _exact(a, "a"), _exact(b, "b")
        if not lo < hi:
            raise ValueError(f"uniform(a, b) needs a < b, got a = {lo} and b = {hi}.")
        height = 1 / (hi - lo)
        return cls._of({(lo, 0): height, (hi, 0): -height})

    # -- views --------------------------------------------------------------------

    @property
    def breakpoints(self) -> tuple[Fraction, ...]:
        """Where a piece ends and the next begins, in increasing order, the ends of the support included.

        Examples
        --------
        >>> (PiecewisePoly.uniform(0, 1) + PiecewisePoly.uniform(0, 2)).breakpoints
        (Fraction(0, 1), Fraction(1, 1), Fraction(2, 1), Fraction(3, 1))
        """
        return tuple(sorted({t for t, _, _ in self._terms}))

    @property
    def support(self) -> tuple[Fraction, Fraction]:
        """``(lo, hi)``: the density is zero outside ``[lo, hi]`` and positive just inside both ends.

        Examples
        --------
        >>> PiecewisePoly.uniform(0, 1).nfold(3).support
        (Fraction(0, 1), Fraction(3, 1))
        """
        return self._terms[0][0], self._terms[-1][0]

    def pieces(self) -> list[Piece]:
        """Return the polynomial on each interval between consecutive breakpoints, exactly.

        Examples
        --------
        >>> for piece in PiecewisePoly.uniform(0, 1).nfold(3).pieces():
        ...     print(f"[{piece.lo}, {piece.hi}]: {piece}")
        [0, 1]: x**2/2
        [1, 2]: -x**2 + 3*x - 3/2
        [2, 3]: x**2/2 - 3*x + 9/2
        """
        points = self.breakpoints
        polys = _piece_polys(self._terms)
        return [Piece(lo, hi, _trimmed(poly)) for lo, hi, poly in zip(points, points[1:], polys, strict=False)]

    # -- evaluation -----------------------------------------------------------------

    @overload
    def __call__(self, x: Exact) -> Fraction: ...

    @overload
    def __call__(self, x: Any) -> float | Array: ...

    def __call__(self, x: Any) -> Fraction | float | Array:
        """Evaluate the density at ``x``: a Fraction at an exact number, float64 at floats or an array.

        At a jump (the ends of a single uniform) the value is the larger
        one-sided limit: see the class Notes.

        Examples
        --------
        >>> U = PiecewisePoly.uniform(0, 1)
        >>> U(0), U(1), U(Fraction(3, 2))
        (Fraction(1, 1), Fraction(1, 1), Fraction(0, 1))
        >>> (U + U)([0.25, 1.0, 2.5])
        array([0.25, 1.  , 0.  ])
        """
        if _is_exact(x):
            at = _exact(x, "x")
            lo, hi = self.support
            if not lo <= at <= hi:
                return Fraction(0)
            return _evaluate(self._terms, at)
        return self._evaluate_floats(x, "pdf")

    @overload
    def cdf(self, x: Exact) -> Fraction: ...

    @overload
    def cdf(self, x: Any) -> float | Array: ...

    def cdf(self, x: Any) -> Fraction | float | Array:
        """P(X <= x): a Fraction at an exact number, float64 at floats or an array.

        Examples
        --------
        >>> S = PiecewisePoly.uniform(0, 1).nfold(3)
        >>> S.cdf(1), S.cdf("3/2"), S.cdf(5)
        (Fraction(1, 6), Fraction(1, 2), Fraction(1, 1))
        >>> S.cdf([-1.0, 1.5, 3.0]).tolist()
        [0.0, 0.5, 1.0]
        """
        if _is_exact(x):
            at = _exact(x, "x")
            lo, hi = self.support
            if at <= lo:
                return Fraction(0)
            if at >= hi:
                return Fraction(1)
            return _evaluate(_integrated(self._terms), at)
        return self._evaluate_floats(x, "cdf")

    @overload
    def integrate(self, lo: Exact, hi: Exact) -> Fraction: ...

    @overload
    def integrate(self, lo: Any, hi: Any) -> Fraction | float | Array: ...

    def integrate(self, lo: Any, hi: Any) -> Fraction | float | Array:
        """Integrate the density from ``lo`` to ``hi``: ``P(lo < X <= hi)`` when ``lo <= hi``.

        Exact when both ends are exact numbers; negative when ``hi < lo``.

        Examples
        --------
        >>> S = PiecewisePoly.uniform(0, 1).nfold(3)
        >>> S.integrate(1, 2)
        Fraction(2, 3)
        >>> S.integrate(*S.support)
        Fraction(1, 1)
        """
        difference: Fraction | float | Array = self.cdf(hi) - self.cdf(lo)
        return difference

    def mean(self) -> Fraction:
        """E[X], exactly.

        Examples
        --------
        >>> PiecewisePoly.uniform(0, 1).nfold(10).mean()
        Fraction(5, 1)
        """
        return _moment(self._terms, 1)

    def var(self) -> Fraction:
        """Var[X], exactly.

        Examples
        --------
        >>> PiecewisePoly.uniform(0, 1).nfold(10).var()
        Fraction(5, 6)
        """
        mean = self.mean()
        return _moment(self._terms, 2) - mean * mean

    # -- arithmetic ---------------------------------------------------------------

    def __add__(self, other: Any) -> PiecewisePoly:
        """Return the density of the sum of independent variables, or a shift by a number.

        Examples
        --------
        >>> U = PiecewisePoly.uniform(0, 1)
        >>> U + U
        PiecewisePoly([0, 1]: x; [1, 2]: -x + 2)
        >>> U + Fraction(1, 2) == PiecewisePoly.uniform("1/2", "3/2")
        True
        """
        if isinstance(other, PiecewisePoly):
            return _convolve(self._terms, other._terms)
        return self._shifted(_shift(other, "+"))

    def __radd__(self, other: Any) -> PiecewisePoly:
        """Return ``c + X`` for a number ``c``: a shift (``0 + X`` is X, so ``sum([X, Y])`` works).

        Examples
        --------
        >>> U = PiecewisePoly.uniform(0, 1)
        >>> (2 + U).support
        (Fraction(2, 1), Fraction(3, 1))
        >>> sum([U, U]) == U + U
        True
        """
        return self._shifted(_shift(other, "+"))

    def __neg__(self) -> PiecewisePoly:
        """Return the density of ``-X``: ``f(-x)``.

        Examples
        --------
        >>> -PiecewisePoly.uniform(0, 1) == PiecewisePoly.uniform(-1, 0)
        True
        """
        # f is zero right of its support, so the sum of the terms as whole polynomials is zero, and
        # f(x) = -sum c (x - t)^k [x < t] / k!; reflecting that gives terms at -t again.
        return PiecewisePoly._of({(-t, k): c if k % 2 else -c for t, k, c in self._terms})

    def __sub__(self, other: Any) -> PiecewisePoly:
        """Return the density of ``X - Y`` for independent variables, or a shift by ``-c``.

        Examples
        --------
        >>> U = PiecewisePoly.uniform(0, 1)
        >>> U - U
        PiecewisePoly([-1, 0]: x + 1; [0, 1]: -x + 1)
        """
        if isinstance(other, PiecewisePoly):
            return _convolve(self._terms, (-other)._terms)
        return self._shifted(-_shift(other, "-"))

    def __rsub__(self, other: Any) -> PiecewisePoly:
        """Return the density of ``c - X`` for a number ``c``.

        Examples
        --------
        >>> (1 - PiecewisePoly.uniform(0, "1/2")).support
        (Fraction(1, 2), Fraction(1, 1))
        """
        return (-self)._shifted(_shift(other, "-"))

    def __mul__(self, k: Any) -> PiecewisePoly:
        """Return the density of ``k X`` for a number ``k != 0``: ``f(x / k) / |k|``; scaling, not a sum of copies.

        Examples
        --------
        >>> U = PiecewisePoly.uniform(0, 1)
        >>> 2 * U == PiecewisePoly.uniform(0, 2)
        True
        >>> (U.nfold(4) * Fraction(1, 4)).var()   # the mean of 4 uniforms: 1/12 divided by 4
        Fraction(1, 48)
        """
        if isinstance(k, PiecewisePoly):
            raise TypeError(
                "X * Y would be the density of a product, which probconv does not compute; k * X scales X "
                "by a number k, and X.nfold(n) is the sum of n independent copies."
            )
        scale = _shift(k, "*")
        if scale == 0:
            raise ValueError("0 * X is the constant 0, which has no density; scale by a non-zero number.")
        size = abs(scale)
        # f(x / s) / s for s > 0: (x / s - t)_+^k / s = s^-(k+1) (x - s t)_+^k
        scaled = PiecewisePoly._of({(size * t, n): c / size ** (n + 1) for t, n, c in self._terms})
        return scaled if scale > 0 else -scaled

    __rmul__ = __mul__

    def _shifted(self, c: Fraction) -> PiecewisePoly:
        return PiecewisePoly._of({(t + c, k): v for t, k, v in self._terms})

    def nfold(self, n: int) -> PiecewisePoly:
        """Return the density of the sum of ``n`` independent copies of X, by repeated squaring.

        Parameters
        ----------
        n : int
            A positive integer.

        Examples
        --------
        >>> U = PiecewisePoly.uniform(0, 1)
        >>> U.nfold(3) == U + U + U
        True
        >>> U.nfold(12).var()
        Fraction(1, 1)
        """
        n = check_positive_int(n, "n")
        result: PiecewisePoly | None = None
        power = self
        while True:
            if n & 1:
                result = power if result is None else result + power
            n >>= 1
            if not n:
                break
            power = power + power
        assert result is not None  # n >= 1 sets it on the first set bit
        return result

    # -- comparison and display ---------------------------------------------------

    def __eq__(self, other: object) -> bool:
        """Equal densities: the truncated-power terms are unique, so equal functions have equal terms.

        Examples
        --------
        >>> U, V = PiecewisePoly.uniform(0, 1), PiecewisePoly.uniform(0, 2)
        >>> U + V == V + U
        True
        """
        if not isinstance(other, PiecewisePoly):
            return NotImplemented
        return self._terms == other._terms

    def __hash__(self) -> int:
        """Hash the terms: a PiecewisePoly never changes, so it can be a dict key."""
        return hash(self._terms)

    def __repr__(self) -> str:
        """``PiecewisePoly([lo, hi]: polynomial; ...)``, or a summary when that would be long."""
        pieces = self.pieces()
        if len(pieces) <= REPR_PIECES:
            body = "; ".join(f"[{p.lo}, {p.hi}]: {p}" for p in pieces)
            if len(body) <= REPR_CHARS:
                return f"PiecewisePoly({body})"
        lo, hi = self.support
        degree = max(p.degree for p in pieces)
        return f"PiecewisePoly(<{len(pieces)} pieces of degree up to {degree} on [{lo}, {hi}]>)"

    # -- float evaluation -----------------------------------------------------------

    def _evaluate_floats(self, x: Any, kind: str) -> float | Array:
        """Evaluate the density (``kind="pdf"``) or the cdf at float positions, piece by piece."""
        xs = _float_points(x)
        points, origins, coeffs = self._float_table(kind)
        flat = xs.ravel()
        check_size(flat.size, f"the evaluation at {flat.size:,} points", copies=6)
        # Outside the support each function is constant (0, or 1 for the cdf): clipping keeps u finite.
        clipped = np.clip(flat, points[0] - 1.0, points[-1] + 1.0)
        right = np.searchsorted(points, clipped, side="right")
        out = _horner(coeffs, origins, right, clipped)
        left = np.searchsorted(points, clipped, side="left")
        at = np.flatnonzero(left != right)  # exactly on a breakpoint: take the larger one-sided limit
        if at.size:
            out[at] = np.maximum(out[at], _horner(coeffs, origins, left[at], clipped[at]))
        out = np.where(np.isnan(flat), np.nan, out)
        return float(out[0]) if xs.ndim == 0 else out.reshape(xs.shape)

    def _float_table(self, kind: str) -> tuple[Array, Array, Array]:
        """(breakpoints, origin of each row, coefficients of each row in powers of x - origin), rounded once.

        Row 0 is left of the first breakpoint (zero), row ``i + 1`` runs from breakpoint ``i`` to the next.
        """
        if kind not in self._float_tables:
            terms = self._terms if kind == "pdf" else _integrated(self._terms)
            points = self.breakpoints
            mean = self.mean()
            polys = _piece_polys(terms)
            ends = [*points[1:], None]
            origins = [points[0]]
            rows: list[list[Fraction]] = [[Fraction(0)]]
            for lo, hi, poly in zip(points, ends, polys, strict=True):
                far = lo if hi is None or lo + hi <= 2 * mean else hi
                origins.append(far)
                rows.append(_taylor_shift(poly, far))
            width = max(len(r) for r in rows)
            try:
                table = np.array([[float(c) for c in r] + [0.0] * (width - len(r)) for r in rows])
                bps = np.array([float(t) for t in points])
            except OverflowError:
                raise ValueError(
                    "the coefficients of this density are beyond the range of floats; evaluate it exactly, "
                    "at Fractions, instead."
                ) from None
            self._float_tables[kind] = (bps, np.array([float(o) for o in origins]), table)
        return self._float_tables[kind]


# -- exact numbers ------------------------------------------------------------------------


def _is_exact(x: Any) -> bool:
    """Tell whether ``x`` is one exact number, at which evaluation gives a Fraction."""
    if isinstance(x, bool):
        return False
    return isinstance(x, (numbers.Rational, decimal.Decimal, str))


def _is_number(v: Any) -> bool:
    return not isinstance(v, bool) and isinstance(v, (numbers.Real, decimal.Decimal))


def _exact(value: Any, name: str) -> Fraction:
    """Read one number exactly: ints, Fractions, Decimals, strings such as "1/3", floats at their binary value."""
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, decimal.Decimal, str)):
        raise TypeError(
            f"{name} must be a number (an int, a Fraction or a string such as '1/3'), "
            f"got {type(value).__name__} {value!r:.60}."
        )
    return as_fraction(value, name)


def _shift(other: Any, op: str) -> Fraction:
    """Read the number in ``X + c``, ``X - c`` or ``k * X``; refuse anything else, saying what works."""
    if not _is_number(other):
        kind = type(other).__name__
        hint = (
            " A Pmf lives on the integers and a Density on a float grid; build the uniform parts with "
            "PiecewisePoly.uniform(a, b) instead."
            if kind in ("Pmf", "Density", "Density2D")
            else ""
        )
        raise TypeError(
            f"unsupported operand for {op} with a PiecewisePoly: {kind}. It combines with another "
            f"PiecewisePoly (independent sum or difference) and with numbers (shift, scaling).{hint}"
        )
    return _exact(other, "the number")


def _float_points(x: Any) -> Array:
    """``x`` as a float64 array, refusing what is not real numbers."""
    try:
        raw = np.asarray(x)
        if raw.dtype.kind not in "iufO":
            raise TypeError
        # an object array may hold Fractions, but None would silently become NaN
        if raw.dtype.kind == "O" and not all(_is_number(v) for v in raw.flat):
            raise TypeError
        return raw.astype(np.float64)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(
            f"x must be a number or an array of real numbers, got {x!r:.60}; evaluate at one exact number "
            "(an int or a Fraction) for an exact value."
        ) from None


# -- the truncated-power algebra --------------------------------------------------------


def _collect(terms: Iterable[tuple[Fraction, int, Fraction]]) -> dict[tuple[Fraction, int], Fraction]:
    out: dict[tuple[Fraction, int], Fraction] = defaultdict(Fraction)
    for t, k, c in terms:
        out[t, k] += c
    return out


def _convolve(xs: tuple[Term, ...], ys: tuple[Term, ...]) -> PiecewisePoly:
    products = len(xs) * len(ys)
    if products > MAX_TERM_PRODUCTS:
        raise ValueError(
            f"this sum would take {products:,} products of terms, more than the {MAX_TERM_PRODUCTS:,} allowed: "
            "uniforms of unrelated widths multiply the breakpoints. Use probconv.Density on a grid instead."
        )
    check_size(products, f"the sum ({products:,} terms)", copies=20)  # a Fraction pair is some 150 bytes
    return PiecewisePoly._of(_collect((s + t, m + n + 1, a * b) for s, m, a in xs for t, n, b in ys))


def _integrated(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """Return the terms of the integral from -infinity: each truncated power integrates to the next one."""
    return tuple((t, k + 1, c) for t, k, c in terms)


def _evaluate(terms: tuple[Term, ...], x: Fraction) -> Fraction:
    """Sum the terms at ``x``; at a jump, return the larger one-sided limit."""
    base = Fraction(0)
    jump = Fraction(0)
    for t, k, c in terms:
        if t < x:
            base += c * (x - t) ** k / math.factorial(k)
        elif t == x and k == 0:
            jump += c
        elif t > x:
            break
    return max(base, base + jump)


def _moment(terms: tuple[Term, ...], p: int) -> Fraction:
    """E[X^p] from the terms: each integrates over ``[t, R]``, with ``R`` the right end of the support.

    ``x^p = sum_q C(p, q) t^(p-q) (x - t)^q`` turns each integral into powers of ``R - t``.
    """
    right = terms[-1][0]
    total = Fraction(0)
    for t, k, c in terms:
        for q in range(p + 1):
            integral = (right - t) ** (k + q + 1) / (math.factorial(k) * (k + q + 1))
            total += c * math.comb(p, q) * t ** (p - q) * integral
    return total


def _piece_polys(terms: tuple[Term, ...]) -> list[list[Fraction]]:
    """Return the polynomial in powers of x right of each breakpoint, up to the next: one list per breakpoint.

    A running sum: each breakpoint adds the expansion of its own terms to the polynomial before it.
    """
    degree = max(k for _, k, _ in terms)
    poly = [Fraction(0)] * (degree + 1)
    out: list[list[Fraction]] = []
    i = 0
    while i < len(terms):
        t = terms[i][0]
        while i < len(terms) and terms[i][0] == t:
            _, k, c = terms[i]
            scale = c / math.factorial(k)
            for j in range(k + 1):
                poly[j] += scale * math.comb(k, j) * (-t) ** (k - j)
            i += 1
        out.append(list(poly))
    return out


def _taylor_shift(poly: list[Fraction], origin: Fraction) -> list[Fraction]:
    """Coefficients of ``p(u + origin)`` in powers of ``u``, by repeated synthetic division (exact)."""
    b = _trimmed(poly)
    out = list(b)
    for i in range(len(out) - 1):
        for j in range(len(out) - 2, i - 1, -1):
            out[j] += origin * out[j + 1]
    return out


def _trimmed(poly: list[Fraction]) -> tuple[Fraction, ...]:
    end = len(poly)
    while end > 1 and poly[end - 1] == 0:
        end -= 1
    return tuple(poly[:end])


def _horner(coeffs: Array, origins: Array, rows: NDArray[np.intp], x: Array) -> Array:
    """Evaluate row ``rows[i]`` of the table at ``x[i]``, one coefficient column at a time."""
    u = x - origins[rows]
    out: Array = coeffs[rows, -1].copy()
    for j in range(coeffs.shape[1] - 2, -1, -1):
        out *= u
        out += coeffs[rows, j]
    return out


def _poly_text(coeffs: tuple[Fraction, ...]) -> str:
    """``x**2/2 - 3*x + 9/2``: highest power first, each coefficient as an exact fraction."""
    parts: list[tuple[str, str]] = []
    for j in range(len(coeffs) - 1, -1, -1):
        c = coeffs[j]
        if c == 0:
            continue
        p, q = abs(c.numerator), c.denominator
        power = "" if j == 0 else "x" if j == 1 else f"x**{j}"
        body = str(p) if j == 0 else power if p == 1 else f"{p}*{power}"
        if q != 1:
            body += f"/{q}"
        parts.append(("-" if c < 0 else "+", body))
    if not parts:
        return "0"
    first_sign, first = parts[0]
    return ("-" if first_sign == "-" else "") + first + "".join(f" {s} {b}" for s, b in parts[1:])
