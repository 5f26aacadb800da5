"""Densities of continuous random variables, sampled on a uniform grid.

A :class:`Density` holds ``values[i] ~ f(x0 + i dx)``. The sum of two
independent variables has density ``(f * g)(z) = integral f(t) g(z - t) dt``;
on the grid that integral is a Riemann sum, the discrete convolution of the
samples times ``dx``.

The factories sample at cell midpoints: the cell ``[a + i dx, a + (i + 1) dx]``
is represented by its centre, which makes the Riemann sums midpoint sums with
O(dx^2) error.

Operators have the meanings they have for :class:`~probconv.Pmf`:

* ``X + Y``: the density of the sum of *independent* X and Y (convolution);
* ``X + c`` and ``c + X`` for a real ``c``: a shift;
* ``-X``: the density of the negated variable, mirrored;
* ``X - Y``: the density of X - Y for independent X and Y (cross-correlation);
* ``k * X`` for a real ``k != 0``: the density of the scaled variable;
* ``X.nfold(n)``: the sum of ``n`` independent copies of X.
"""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ._validate import (
    as_float_array,
    check_finite_real,
    check_nonnegative,
    check_positive_int,
    check_positive_real,
    check_size,
)
from .closed_forms import normal_pdf
from .engine import convolve, convolve_power, correlate
from .gridding import centred_midpoints, check_step, cover, offset_moments, sample, whole_cells

#: Relative tolerance for "the same grid step".
DX_RTOL = 1e-9


class Density:
    """A probability density sampled on the grid ``x0, x0 + dx, x0 + 2 dx, ...``.

    Parameters
    ----------
    values : array_like
        Non-negative, finite, non-empty 1-D samples of the density.
    x0 : float
        Where the first sample sits.
    dx : float
        The grid step, positive.

    Examples
    --------
    >>> U = Density.uniform(0, 1, dx=0.25)
    >>> U.x
    array([0.125, 0.375, 0.625, 0.875])
    >>> T = U + U                       # triangle on [0, 2]
    >>> T.x[3], T.values[3]             # the peak, at z = 1
    (np.float64(1.0), np.float64(1.0))
    """

    __slots__ = ("values", "x0", "dx")
    # numpy must defer to our operators: ``np.float64(2) + D`` is a shift, not an array op.
    __array_ufunc__ = None

    def __init__(self, values: Any, x0: float, dx: float) -> None:
        arr = as_float_array(values, "values", 1)
        check_nonnegative(arr, "density values")
        if not arr.any():
            # mass 0 cannot be normalised: mean() and var() would be 0 / 0
            raise ValueError("density values are all zero; a density needs positive mass somewhere.")
        check_size(arr.size, "the density")
        self.x0 = check_finite_real(x0, "x0")
        self.dx = check_positive_real(dx, "dx")
        arr = arr.copy()
        arr.flags.writeable = False
        self.values: NDArray[np.float64] = arr

    def __reduce__(self) -> tuple[type[Density], tuple[NDArray[np.float64], float, float]]:
        """Pickle and copy through ``__init__``, so that the copy's samples are read-only too."""
        return Density, (self.values, self.x0, self.dx)

    # -- factories ----------------------------------------------------------------

    @classmethod
    def from_function(cls, pdf: Any, lo: float, hi: float, dx: float) -> Density:
        """Sample ``pdf`` at the midpoints of the cells of width ``dx`` that tile ``[lo, hi]``.

        Parameters
        ----------
        pdf : callable
            Takes an array of positions and returns one value for each.
        lo, hi : float
            The interval, ``lo < hi``.
        dx : float
            The cell width. It must divide ``hi - lo`` into whole cells (to a
            relative 1e-9): a last cell that sticks out of the interval, or
            stops short of it, would add or lose mass.

        Examples
        --------
        >>> Density.from_function(lambda x: 2 * x, 0, 1, dx=0.25).values
        array([0.25, 0.75, 1.25, 1.75])
        """
        lo = check_finite_real(lo, "lo")
        hi = check_finite_real(hi, "hi")
        dx = check_positive_real(dx, "dx")
        if hi <= lo:
            raise ValueError(f"need lo < hi, got lo={lo}, hi={hi}.")
        n = whole_cells(lo, hi, dx, "dx")
        check_size(n, "the density grid", copies=3)
        x = lo + (np.arange(n) + 0.5) * dx
        return cls(sample(pdf, (x,), "pdf"), x[0], dx)

    @classmethod
    def uniform(cls, a: float = 0.0, b: float = 1.0, dx: float = 0.01) -> Density:
        """U(a, b): density ``1 / (b - a)`` on ``[a, b]``.

        Examples
        --------
        >>> round(Density.uniform(0, 2, dx=0.5).mass(), 12)
        1.0
        """
        a = check_finite_real(a, "a")
        b = check_finite_real(b, "b")
        if b <= a:
            raise ValueError(f"uniform(a, b) needs a < b, got a={a}, b={b}.")
        return cls.from_function(lambda x: np.full_like(x, 1.0 / (b - a)), a, b, dx)

    @classmethod
    def normal(cls, mu: float = 0.0, sigma: float = 1.0, dx: float = 0.01, width: float = 8.0) -> Density:
        """N(mu, sigma^2), sampled over ``mu +- width * sigma``, widened to whole cells of ``dx``.

        The samples are taken at offsets from ``mu``, so a mean far from 0
        (1e16, say) costs no accuracy. ``dx`` may be at most ``sigma``: the
        midpoints of coarser cells would miss most of the mass.

        Examples
        --------
        >>> far = Density.normal(1e16, 1.0, dx=0.01)
        >>> round(far.mass(), 9), round(far.var(), 3)
        (1.0, 1.0)
        """
        mu = check_finite_real(mu, "mu")
        sigma = check_positive_real(sigma, "sigma")
        width = check_positive_real(width, "width")
        dx = check_step(dx, sigma, "sigma")
        offsets = centred_midpoints(2 * width * sigma, dx, "the normal's range, width * sigma on each side")
        return cls(normal_pdf(offsets, 0.0, sigma), mu + offsets[0], dx)

    @classmethod
    def exponential(cls, lam: float = 1.0, dx: float = 0.01, tail: float = 1e-12) -> Density:
        """Exp(lam): density ``lam exp(-lam x)`` for ``x >= 0``, in whole cells up to where the tail is ``tail``.

        Examples
        --------
        >>> E = Density.exponential(2.0, dx=0.01)
        >>> E.x0, round(E.mean(), 4)                    # the mean is 1 / lam
        (0.005, 0.5)
        """
        lam = check_positive_real(lam, "lam")
        tail = check_positive_real(tail, "tail")
        if tail >= 1:
            raise ValueError(f"tail is the mass allowed to be cut off and must be below 1, got {tail!r}.")
        dx = check_step(dx, 1 / lam, "1 / lam")
        hi = cover(-math.log(tail) / lam, dx, "the exponential's range, where its tail is below tail")
        return cls.from_function(lambda x: lam * np.exp(-lam * x), 0.0, hi, dx)

    # -- views --------------------------------------------------------------------

    @property
    def x(self) -> NDArray[np.float64]:
        """The sample positions, ``x0 + i dx``.

        Examples
        --------
        >>> Density.uniform(0, 1, dx=0.25).x
        array([0.125, 0.375, 0.625, 0.875])
        """
        return self.x0 + np.arange(self.values.size, dtype=np.float64) * self.dx

    def mass(self) -> float:
        """Return the total probability, ``sum(values) * dx`` (close to 1 for a whole density).

        Examples
        --------
        >>> Density([1.0, 3.0], x0=0.0, dx=0.25).mass()
        1.0
        """
        top = float(self.values.max())  # scaled first, so that huge samples cannot overflow the sum
        return float((self.values / top).sum() * self.dx * top)

    def mean(self) -> float:
        """E[X] by the same Riemann sum.

        Computed from the offsets ``i`` of the samples, ``x0 + dx E[i]``, so
        that a grid far from 0 loses no digits.

        Examples
        --------
        >>> Density([1.0, 3.0], x0=0.0, dx=0.25).mean()  # 1/4 at 0, 3/4 at 0.25
        0.1875
        """
        return self.x0 + self.dx * offset_moments(self.values)[0]

    def var(self) -> float:
        """Var[X] by the same Riemann sum, from the offsets of the samples.

        Examples
        --------
        >>> far = Density.uniform(1e14, 1e14 + 1, dx=0.01)
        >>> round(far.var() * 12, 9)                     # 1/12 for any unit interval
        1.0
        """
        sd = self.dx * math.sqrt(offset_moments(self.values)[1])  # dx ** 2 alone could overflow
        return float(sd * sd)

    def cdf(self, x: Any) -> float | NDArray[np.float64]:
        """P(X <= x): the mass of the cells left of ``x``, divided by the total mass.

        Sample ``i`` stands for the cell ``[x_i - dx / 2, x_i + dx / 2]``
        holding the mass ``values[i] * dx``. The CDF adds up these masses and
        rises linearly across each cell, which is exact for the piecewise
        constant density that the grid stands for: 0 left of the first cell,
        1 right of the last. The masses are divided by :meth:`mass`, as
        :meth:`mean` and :meth:`var` are the moments of the normalised
        density, so that ``cdf`` always ends at exactly 1. Against a closed
        form the error is O(dx^2), as for every midpoint sum.

        Parameters
        ----------
        x : float or array_like
            Real numbers; infinities give 0 and 1. NaN is refused.

        Returns
        -------
        float or ndarray
            A float for a number, else an array of the shape of ``x``.

        Examples
        --------
        >>> U = Density.uniform(0, 1, dx=0.25)
        >>> U.cdf(0.5)
        0.5
        >>> U.cdf([-1.0, 0.1, 2.0])
        array([0. , 0.1, 1. ])
        >>> (U + U).cdf(1.0)                # the triangle on [0, 2], symmetric about 1
        0.5
        """
        points = _real_points(x)
        weights = self.values / self.values.max()  # scaled first, so that huge samples cannot overflow the sums
        edges = np.concatenate(([0.0], np.cumsum(weights)))
        # the cumulative mass at the cell edges x0 + (j - 1/2) dx, for j = 0 .. len, in units of cells
        cells = (points - self.x0) / self.dx + 0.5
        out = np.interp(cells, np.arange(edges.size, dtype=np.float64), edges) / edges[-1]
        return float(out) if out.ndim == 0 else out

    def __len__(self) -> int:
        """Return the number of samples.

        Examples
        --------
        >>> U = Density.uniform(0, 1, dx=0.25)
        >>> len(U), len(U + U)
        (4, 7)
        """
        return int(self.values.size)

    # -- arithmetic ---------------------------------------------------------------

    def _check_step(self, other: Density, verb: str) -> None:
        if not math.isclose(self.dx, other.dx, rel_tol=DX_RTOL):
            raise ValueError(
                f"cannot {verb} densities sampled with different steps (dx={self.dx} and dx={other.dx}); "
                "resample both on the same dx."
            )

    def __add__(self, other: Any) -> Density:
        """Return the density of the sum of independent variables: the convolution of the samples times ``dx``.

        Adding a real number instead shifts the grid: the density of ``X + c``.

        Examples
        --------
        >>> U = Density.uniform(0, 1, dx=0.5)
        >>> (U + U).values                  # the triangle on [0, 2], on the summed grid
        array([0.5, 1. , 0.5])
        >>> (U + 10).x
        array([10.25, 10.75])
        """
        if isinstance(other, Density):
            self._check_step(other, "add")
            # cell masses (values times dx) convolved with the other's values: no overflow on the way
            values = convolve(self.values * self.dx, other.values)
            np.maximum(values, 0.0, out=values)  # FFT round-off
            return Density(values, self.x0 + other.x0, self.dx)
        if _is_real(other):
            return Density(self.values, self.x0 + check_finite_real(other, "shift"), self.dx)
        return NotImplemented

    __radd__ = __add__

    def __neg__(self) -> Density:
        """Return the density of ``-X``: the samples reversed on the mirrored grid.

        Examples
        --------
        >>> E = -Density.from_function(lambda x: 2 * x, 0, 1, dx=0.25)
        >>> E.x, E.values
        (array([-0.875, -0.625, -0.375, -0.125]), array([1.75, 1.25, 0.75, 0.25]))
        """
        return Density(self.values[::-1], -self._last(), self.dx)

    def __sub__(self, other: Any) -> Density:
        """Return the density of ``X - Y`` for independent variables, or of ``X - c`` (a shift) for a number.

        For two densities this is ``X + (-Y)``, computed as one
        cross-correlation of the samples (:func:`probconv.engine.correlate`)
        times ``dx``. Both must use the same ``dx``.

        Examples
        --------
        >>> U = Density.uniform(0, 1, dx=0.25)
        >>> D = U - U                       # triangle on [-1, 1]
        >>> D.x[3], D.values[3]             # the peak, at 0
        (np.float64(0.0), np.float64(1.0))
        >>> (U - 1).x
        array([-0.875, -0.625, -0.375, -0.125])
        """
        if isinstance(other, Density):
            self._check_step(other, "subtract")
            values = correlate(self.values * self.dx, other.values)
            np.maximum(values, 0.0, out=values)  # FFT round-off
            return Density(values, self.x0 - other._last(), self.dx)
        if _is_real(other):
            return Density(self.values, self.x0 - check_finite_real(other, "shift"), self.dx)
        return NotImplemented

    def __rsub__(self, other: Any) -> Density:
        """Return the density of ``c - X`` for a real number ``c``.

        Examples
        --------
        >>> (1 - Density.uniform(0, 1, dx=0.25)).x   # U(0, 1) again, on the same cells
        array([0.125, 0.375, 0.625, 0.875])
        """
        if _is_real(other):
            return Density(self.values[::-1], check_finite_real(other, "shift") - self._last(), self.dx)
        return NotImplemented

    def __mul__(self, other: Any) -> Density:
        """Return the density of ``k X`` for a real number ``k != 0``.

        Scaling by ``k`` stretches the cells: samples ``values / |k|`` on the
        grid of step ``|k| dx``, mirrored first when ``k < 0``. The mass does
        not change. Note that ``X + 2 * X`` then mixes two steps, which ``+``
        refuses; and that ``2 * X`` is not ``X + X`` (that is ``X.nfold(2)``).

        Examples
        --------
        >>> U = Density.uniform(0, 1, dx=0.25)
        >>> V = 2 * U                       # U(0, 2)
        >>> V.x, V.values, V.dx
        (array([0.25, 0.75, 1.25, 1.75]), array([0.5, 0.5, 0.5, 0.5]), 0.5)
        >>> (-2 * U).x
        array([-1.75, -1.25, -0.75, -0.25])
        """
        if isinstance(other, Density):
            raise TypeError(
                "X * Y for two densities would be the product of independent variables, which probconv does not "
                "compute; k * X scales X by a number, and X + Y is the sum."
            )
        if not _is_real(other):
            return NotImplemented
        k = check_finite_real(other, "scale")
        if k == 0:
            raise ValueError("0 * X is the constant 0, which has no density; scale by a non-zero number.")
        base = self if k > 0 else -self
        size = abs(k)
        with np.errstate(over="ignore", under="ignore"):
            values = base.values / size
        x0, dx = base.x0 * size, base.dx * size
        if not (np.isfinite(values).all() and values.any() and math.isfinite(x0) and math.isfinite(dx) and dx > 0):
            raise ValueError(
                f"scaling by {k!r} takes the density's grid or values beyond the float range "
                f"(x0={x0:g}, dx={dx:g}); scale by a number closer to 1."
            )
        return Density(values, x0, dx)

    __rmul__ = __mul__

    def nfold(self, n: int) -> Density:
        """Return the density of the sum of ``n`` independent copies of X.

        The same numbers as ``X + X + ... + X`` (up to round-off), on the
        grid starting at ``n x0``, with ``n (len(X) - 1) + 1`` samples. The
        cell masses, normalised, are raised to the ``n``-th convolution power
        by :func:`probconv.engine.convolve_power` (a few FFTs instead of
        ``n - 1`` convolutions); the result is scaled back by ``mass() ** n /
        dx`` through its logarithm, so that neither the ``dx`` powers nor the
        mass overflow on the way.

        Parameters
        ----------
        n : int
            How many copies, 1 or more.

        Examples
        --------
        >>> U = Density.uniform(0, 1, dx=0.25)
        >>> S = U.nfold(3)                  # Irwin-Hall: the sum of three U(0, 1)
        >>> S.x0, len(S), round(S.mean(), 12)
        (0.375, 10, 1.5)
        >>> bool(np.allclose(S.values, (U + U + U).values))
        True
        """
        n = check_positive_int(n, "n")
        if n == 1:
            return self
        weights = self.values / self.values.max()
        total = float(weights.sum())
        probs = convolve_power(weights / total, n)
        np.maximum(probs, 0.0, out=probs)  # FFT round-off
        # values = probs * mass ** n / dx, with mass = total * max * dx
        log_mass = math.log2(total) + math.log2(float(self.values.max())) + math.log2(self.dx)
        log_scale = n * log_mass - math.log2(self.dx)
        # beyond 2**+-2100 every value is inf or 0 anyway; the clamp keeps ldexp's exponent a C int
        whole = min(max(math.floor(log_scale), -2100), 2100)
        with np.errstate(over="ignore", under="ignore"):
            values = np.ldexp(probs * 2.0 ** min(log_scale - whole, 1.0), whole)
        if not np.isfinite(values).all() or not values.any():
            raise ValueError(
                f"the density of the {n}-fold sum leaves the float range: X has mass 2**{log_mass:.3g}, and the "
                f"result carries mass ** n / dx = 2**{log_scale:.4g}. Divide X's values by X.mass() first."
            )
        return Density(values, n * self.x0, self.dx)

    def _last(self) -> float:
        """Return the position of the last sample."""
        return self.x0 + (self.values.size - 1) * self.dx

    def __repr__(self) -> str:
        """Return a summary: the number of samples, ``x0`` and ``dx``."""
        return f"Density(<{self.values.size} values>, x0={self.x0:g}, dx={self.dx:g})"


def _is_real(x: Any) -> bool:
    """Return True for a real number, a shift or a scale; not for a bool, which is an int but no number here."""
    return not isinstance(x, bool) and isinstance(x, numbers.Real)


def _real_points(x: Any) -> NDArray[np.float64]:
    """Return the points at which to evaluate a CDF as floats, or raise saying what is wrong with them."""
    if isinstance(x, (str, bytes)) or isinstance(x, np.ma.MaskedArray):
        raise TypeError(f"x must be a real number or an array of them, got {type(x).__name__} {x!r}.")
    raw = np.asarray(x)
    if raw.dtype.kind == "c":
        raise TypeError("x must be real, got complex numbers; pass .real if that is what you mean.")
    if raw.dtype.kind not in "iufO" or (raw.dtype.kind == "O" and not all(map(_is_real, raw.flat))):
        raise TypeError(f"x must be a real number or an array of them, got {x!r}.")
    try:
        points: NDArray[np.float64] = raw.astype(np.float64)
    except (TypeError, ValueError, OverflowError):
        raise TypeError(f"x must be a real number or an array of them, got {x!r}.") from None
    if np.isnan(points).any():
        raise ValueError("x contains NaN, which has no probability below it; give real numbers (infinities are fine).")
    return points
