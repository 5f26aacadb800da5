"""Densities of continuous random variables, sampled on a uniform grid.

A :class:`Density` holds ``values[i] ~ f(x0 + i dx)``. The sum of two
independent variables has density ``(f * g)(z) = integral f(t) g(z - t) dt``;
on the grid that integral is a Riemann sum, the discrete convolution of the
samples times ``dx``.

The factories sample at cell midpoints: the cell ``[a + i dx, a + (i + 1) dx]``
is represented by its centre, which makes the Riemann sums midpoint sums with
O(dx^2) error.
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
from .engine import convolve

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

    # -- factories ----------------------------------------------------------------

    @classmethod
    def from_function(cls, pdf: Any, lo: float, hi: float, dx: float) -> Density:
        """Sample ``pdf`` at the midpoints of the cells of width ``dx`` covering ``[lo, hi]``."""
        lo = check_finite_real(lo, "lo")
        hi = check_finite_real(hi, "hi")
        dx = check_positive_real(dx, "dx")
        if hi <= lo:
            raise ValueError(f"need lo < hi, got lo={lo}, hi={hi}.")
        if dx > hi - lo:
            raise ValueError(
                f"dx={dx} is wider than the interval [{lo}, {hi}]; use a dx smaller than hi - lo."
            )
        n = max(1, int(round((hi - lo) / dx)))
        check_size(n, "the density grid")
        x = lo + (np.arange(n) + 0.5) * dx
        return cls(np.asarray(pdf(x), dtype=np.float64), x[0], dx)

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
        """N(mu, sigma^2), sampled over ``mu +- width * sigma``."""
        mu = check_finite_real(mu, "mu")
        sigma = check_positive_real(sigma, "sigma")
        width = check_positive_real(width, "width")
        return cls.from_function(lambda x: normal_pdf(x, mu, sigma), mu - width * sigma, mu + width * sigma, dx)

    @classmethod
    def exponential(cls, lam: float = 1.0, dx: float = 0.01, tail: float = 1e-12) -> Density:
        """Exp(lam): density ``lam exp(-lam x)`` for ``x >= 0``, cut where the tail mass is ``tail``."""
        lam = check_positive_real(lam, "lam")
        tail = check_positive_real(tail, "tail")
        if tail >= 1:
            raise ValueError(f"tail is the mass allowed to be cut off and must be below 1, got {tail!r}.")
        hi = -math.log(tail) / lam
        return cls.from_function(lambda x: lam * np.exp(-lam * x), 0.0, hi, dx)

    # -- views --------------------------------------------------------------------

    @property
    def x(self) -> NDArray[np.float64]:
        """The sample positions."""
        return self.x0 + np.arange(self.values.size, dtype=np.float64) * self.dx

    def mass(self) -> float:
        """Return the total probability, ``sum(values) * dx`` (close to 1 for a whole density)."""
        return float(self.values.sum() * self.dx)

    def mean(self) -> float:
        """E[X] by the same Riemann sum."""
        return float(np.dot(self.x, self.values) * self.dx / self.mass())

    def var(self) -> float:
        """Var[X] by the same Riemann sum."""
        mu = self.mean()
        return float(np.dot((self.x - mu) ** 2, self.values) * self.dx / self.mass())

    def __len__(self) -> int:
        """Return the number of samples."""
        return int(self.values.size)

    # -- arithmetic ---------------------------------------------------------------

    def __add__(self, other: Any) -> Density:
        """Return the density of the sum of independent variables: ``(f * g) dx`` on the summed grid.

        Adding a real number instead shifts the grid: the density of ``X + c``.
        """
        if isinstance(other, Density):
            if not math.isclose(self.dx, other.dx, rel_tol=DX_RTOL):
                raise ValueError(
                    f"cannot add densities sampled with different steps (dx={self.dx} and dx={other.dx}); "
                    "resample both on the same dx."
                )
            values = convolve(self.values, other.values) * self.dx
            np.maximum(values, 0.0, out=values)  # FFT round-off
            return Density(values, self.x0 + other.x0, self.dx)
        if not isinstance(other, bool) and isinstance(other, numbers.Real):
            return Density(self.values, self.x0 + check_finite_real(other, "shift"), self.dx)
        return NotImplemented

    __radd__ = __add__

    def __repr__(self) -> str:
        """Return a summary: the number of samples, ``x0`` and ``dx``."""
        return f"Density(<{self.values.size} values>, x0={self.x0:g}, dx={self.dx:g})"


# -- closed forms, for checking the numerics ----------------------------------------


def normal_pdf(x: Any, mu: float = 0.0, sigma: float = 1.0) -> NDArray[np.float64]:
    """Evaluate the N(mu, sigma^2) density at ``x``.

    Examples
    --------
    >>> round(float(normal_pdf(0.0)), 6)
    0.398942
    """
    mu = check_finite_real(mu, "mu")
    sigma = check_positive_real(sigma, "sigma")
    xs = np.asarray(x, dtype=np.float64)
    return np.exp(-0.5 * ((xs - mu) / sigma) ** 2) / (sigma * math.sqrt(2 * math.pi))


def irwin_hall_pdf(x: Any, n: int) -> NDArray[np.float64]:
    """Evaluate the density of the sum of ``n`` independent U(0, 1) variables at ``x``.

    ``f(x) = 1/(n-1)! sum_{k=0}^{floor(x)} (-1)^k C(n, k) (x - k)^(n-1)`` on ``[0, n]``.

    Notes
    -----
    The alternating sum cancels badly for large ``n``: in float64 it is good
    to about 1e-10 up to ``n = 20`` and useless beyond ``n = 40`` or so. For
    large ``n`` compare with the normal approximation instead. ``n = 1`` gives
    the uniform density, 1 on ``[0, 1]``.

    Examples
    --------
    >>> irwin_hall_pdf([0.5, 1.0, 1.5], 2).tolist()   # the triangle
    [0.5, 1.0, 0.5]
    """
    n = check_positive_int(n, "n")
    x = np.asarray(x, dtype=np.float64)
    # The density is symmetric about n / 2; evaluating at the nearer end keeps
    # floor(x) <= n / 2 and so halves the terms that cancel.
    near = np.minimum(x, n - x)
    out = np.zeros_like(x)
    for k in range(n // 2 + 1):
        # mask before the power: for n = 1 the power is 0 and 0.0 ** 0 would be 1
        out += (-1) ** k * math.comb(n, k) * np.where(near > k, np.abs(near - k) ** (n - 1), 0.0)
    out /= math.factorial(n - 1)
    return np.where((x >= 0) & (x <= n), out, 0.0)


def gamma_pdf(x: Any, k: int, lam: float) -> NDArray[np.float64]:
    """Evaluate the Gamma(k, lam) density ``lam^k x^(k-1) e^(-lam x) / (k-1)!``: the sum of ``k`` Exp(lam).

    Examples
    --------
    >>> round(float(gamma_pdf(1.0, 2, 1.0)), 6)       # lam^2 z e^(-lam z) at z = 1
    0.367879
    """
    k = check_positive_int(k, "k")
    lam = check_positive_real(lam, "lam")
    x = np.asarray(x, dtype=np.float64)
    safe = np.where(x >= 0, x, 0.0)
    return np.where(x >= 0, lam**k * safe ** (k - 1) * np.exp(-lam * safe) / math.factorial(k - 1), 0.0)
