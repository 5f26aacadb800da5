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
    check_positive_real,
    check_size,
)
from .closed_forms import normal_pdf
from .engine import convolve
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
        """Exp(lam): density ``lam exp(-lam x)`` for ``x >= 0``, in whole cells up to where the tail is ``tail``."""
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
        """The sample positions."""
        return self.x0 + np.arange(self.values.size, dtype=np.float64) * self.dx

    def mass(self) -> float:
        """Return the total probability, ``sum(values) * dx`` (close to 1 for a whole density)."""
        top = float(self.values.max())  # scaled first, so that huge samples cannot overflow the sum
        return float((self.values / top).sum() * self.dx * top)

    def mean(self) -> float:
        """E[X] by the same Riemann sum.

        Computed from the offsets ``i`` of the samples, ``x0 + dx E[i]``, so
        that a grid far from 0 loses no digits.
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
            # cell masses (values times dx) convolved with the other's values: no overflow on the way
            values = convolve(self.values * self.dx, other.values)
            np.maximum(values, 0.0, out=values)  # FFT round-off
            return Density(values, self.x0 + other.x0, self.dx)
        if not isinstance(other, bool) and isinstance(other, numbers.Real):
            return Density(self.values, self.x0 + check_finite_real(other, "shift"), self.dx)
        return NotImplemented

    __radd__ = __add__

    def __repr__(self) -> str:
        """Return a summary: the number of samples, ``x0`` and ``dx``."""
        return f"Density(<{self.values.size} values>, x0={self.x0:g}, dx={self.dx:g})"
