"""Densities of random vectors in the plane, sampled on a uniform grid.

``values[i, j] ~ f(x0 + i dx, y0 + j dy)``: axis 0 is x, axis 1 is y. The sum
of two independent random vectors has the 2-D convolution of their densities,
which on the grid is :func:`probconv.convolve2d` times the cell area ``dx dy``.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ._validate import (
    as_float_array,
    check_finite_real,
    check_interval,
    check_nonnegative,
    check_positive_real,
    check_size,
)
from .density import DX_RTOL
from .engine import convolve2d
from .gridding import centred_midpoints, check_step, offset_moments, sample, whole_cells


class Density2D:
    """A density on the plane sampled at ``(x0 + i dx, y0 + j dy)``.

    Parameters
    ----------
    values : array_like
        Non-negative, finite, non-empty 2-D samples; ``values[i, j]`` is at
        ``(x0 + i dx, y0 + j dy)``.
    x0, y0 : float
        Position of ``values[0, 0]``.
    dx, dy : float
        Positive grid steps.

    Examples
    --------
    >>> box = Density2D.uniform((0, 1), (0, 1), d=0.5)
    >>> round(box.mass(), 12)
    1.0
    >>> s = box + box                       # uniform on a square, plus itself
    >>> s.values.shape, round(s.mass(), 12)
    ((3, 3), 1.0)
    """

    __slots__ = ("values", "x0", "y0", "dx", "dy")
    # numpy must defer to our operators: ``np.float64(2) + D`` is a shift, not an array op.
    __array_ufunc__ = None

    def __init__(self, values: Any, x0: float, y0: float, dx: float, dy: float) -> None:
        arr = as_float_array(values, "values", 2)
        check_nonnegative(arr, "density values")
        if not arr.any():
            # mass 0 cannot be normalised: mean() and cov() would be 0 / 0
            raise ValueError("density values are all zero; a density needs positive mass somewhere.")
        self.x0 = check_finite_real(x0, "x0")
        self.y0 = check_finite_real(y0, "y0")
        self.dx = check_positive_real(dx, "dx")
        self.dy = check_positive_real(dy, "dy")
        arr = arr.copy()
        arr.flags.writeable = False
        self.values: NDArray[np.float64] = arr

    def __reduce__(self) -> tuple[type[Density2D], tuple[NDArray[np.float64], float, float, float, float]]:
        """Pickle and copy through ``__init__``, so that the copy's samples are read-only too."""
        return Density2D, (self.values, self.x0, self.y0, self.dx, self.dy)

    @classmethod
    def from_function(
        cls, pdf: Any, xlim: tuple[float, float], ylim: tuple[float, float], d: float
    ) -> Density2D:
        """Sample ``pdf(x, y)`` at the centres of the square cells of side ``d`` that tile the box.

        ``d`` must divide both sides of the box into whole cells (to a relative
        1e-9), so that no cell sticks out of the box and adds mass.

        Examples
        --------
        >>> Density2D.from_function(lambda x, y: x + y, (0, 1), (0, 2), d=0.5).values.shape
        (2, 4)
        """
        d = check_positive_real(d, "d")
        xlo, xhi = check_interval(xlim, "xlim")
        ylo, yhi = check_interval(ylim, "ylim")
        nx, ny = whole_cells(xlo, xhi, d, "d"), whole_cells(ylo, yhi, d, "d")
        check_size(nx * ny, "the 2-D density grid", copies=4)
        x = xlo + (np.arange(nx) + 0.5) * d
        y = ylo + (np.arange(ny) + 0.5) * d
        X, Y = np.meshgrid(x, y, indexing="ij")
        return cls(sample(pdf, (X, Y), "pdf"), x[0], y[0], d, d)

    @classmethod
    def uniform(cls, xlim: tuple[float, float], ylim: tuple[float, float], d: float = 0.05) -> Density2D:
        """Uniform on the rectangle ``xlim x ylim``.

        Examples
        --------
        >>> Density2D.uniform((0, 2), (0, 1), d=0.5).values.shape
        (4, 2)
        """
        xlim = check_interval(xlim, "xlim")
        ylim = check_interval(ylim, "ylim")
        area = (xlim[1] - xlim[0]) * (ylim[1] - ylim[0])
        return cls.from_function(lambda x, y: np.full_like(x, 1.0 / area), xlim, ylim, d)

    @classmethod
    def normal(cls, mean: Any, cov: Any, d: float = 0.05, width: float = 5.0) -> Density2D:
        """Bivariate normal with mean vector ``mean`` and 2 x 2 covariance ``cov``.

        Sampled over ``mean +- width`` standard deviations along each axis,
        widened to whole cells of side ``d``, at offsets from the mean (so a
        mean far from the origin costs no accuracy). ``d`` may be at most the
        smaller standard deviation.

        Examples
        --------
        >>> N = Density2D.normal([1, -1], [[1, 0.5], [0.5, 2]], d=0.1)
        >>> N.mean().round(6).tolist(), N.cov().round(3).tolist()
        ([1.0, -1.0], [[1.0, 0.5], [0.5, 2.0]])
        """
        width = check_positive_real(width, "width")
        mu = as_float_array(mean, "mean", 1)
        c = as_float_array(cov, "cov", 2)
        if mu.shape != (2,) or c.shape != (2, 2):
            raise ValueError(f"mean must have 2 entries and cov must be 2 x 2, got {mu.shape} and {c.shape}.")
        # symmetric to the round-off of its own scale, however small that is
        if not np.allclose(c, c.T, rtol=1e-12, atol=0) or np.linalg.eigvalsh(c).min() <= 0:
            raise ValueError("cov must be symmetric positive definite.")
        inv = np.linalg.inv(c)
        norm = 1.0 / (2 * math.pi * math.sqrt(np.linalg.det(c)))
        sx, sy = math.sqrt(c[0, 0]), math.sqrt(c[1, 1])
        d = check_step(d, min(sx, sy), "the smaller standard deviation", "d")
        # no edges: whole cells on each side, symmetric about the mean
        u = centred_midpoints(2 * width * sx, d, "the normal's x range")[:, None]
        v = centred_midpoints(2 * width * sy, d, "the normal's y range")[None, :]
        check_size(u.size * v.size, "the 2-D density grid", copies=4)
        q = inv[0, 0] * u * u + 2 * inv[0, 1] * u * v + inv[1, 1] * v * v
        return cls(norm * np.exp(-0.5 * q), mu[0] + u[0, 0], mu[1] + v[0, 0], d, d)

    @property
    def x(self) -> NDArray[np.float64]:
        """Sample positions along axis 0: ``x0 + i dx``.

        Examples
        --------
        >>> Density2D.uniform((0, 1), (0, 2), d=0.5).x
        array([0.25, 0.75])
        """
        return self.x0 + np.arange(self.values.shape[0], dtype=np.float64) * self.dx

    @property
    def y(self) -> NDArray[np.float64]:
        """Sample positions along axis 1: ``y0 + j dy``.

        Examples
        --------
        >>> Density2D.uniform((0, 1), (0, 2), d=0.5).y
        array([0.25, 0.75, 1.25, 1.75])
        """
        return self.y0 + np.arange(self.values.shape[1], dtype=np.float64) * self.dy

    def mass(self) -> float:
        """Return the total probability, ``sum(values) dx dy`` (close to 1 for a whole density).

        Examples
        --------
        >>> round(Density2D.uniform((0, 2), (0, 1), d=0.25).mass(), 12)
        1.0
        """
        top = float(self.values.max())  # scaled first, so that huge samples cannot overflow the sum
        return float((self.values / top).sum() * self.dx * self.dy * top)

    def mean(self) -> NDArray[np.float64]:
        """Return the mean vector ``(E[X], E[Y])``, from the offsets of the samples (see :meth:`cov`).

        Examples
        --------
        >>> Density2D.uniform((0, 2), (0, 1), d=0.25).mean().round(12).tolist()
        [1.0, 0.5]
        """
        w = self.values / self.values.max()
        mi, _ = offset_moments(w.sum(axis=1))
        mj, _ = offset_moments(w.sum(axis=0))
        return np.array([self.x0 + self.dx * mi, self.y0 + self.dy * mj])

    def cov(self) -> NDArray[np.float64]:
        """Return the 2 x 2 covariance matrix.

        Computed from the cell offsets ``(i, j)`` and scaled by the steps, so
        that a grid far from the origin loses no digits.

        Examples
        --------
        >>> far = Density2D.uniform((1e14, 1e14 + 1), (0, 1), d=0.01)
        >>> (far.cov() * 12).round(9).tolist()
        [[1.0, 0.0], [0.0, 1.0]]
        """
        w = self.values / self.values.max()  # huge samples must not overflow the sums
        mi, vi = offset_moments(w.sum(axis=1))
        mj, vj = offset_moments(w.sum(axis=0))
        i = np.arange(w.shape[0], dtype=np.float64) - mi
        j = np.arange(w.shape[1], dtype=np.float64) - mj
        cij = float(i @ w @ j) / float(w.sum())
        # each step multiplies a standard deviation, never another step: 1e200 squared would overflow
        sx, sy = self.dx * math.sqrt(vi), self.dy * math.sqrt(vj)
        cxy = (self.dx * cij) * self.dy
        return np.array([[sx * sx, cxy], [cxy, sy * sy]])

    def __add__(self, other: Any) -> Density2D:
        """Return the density of the sum of independent random vectors: the samples convolved, times ``dx dy``.

        Both must have the same steps ``dx`` and ``dy``.

        Examples
        --------
        >>> a = Density2D.uniform((0, 1), (0, 1), d=0.25)
        >>> b = Density2D.uniform((2, 3), (0, 2), d=0.25)
        >>> s = a + b                          # means add, as for any independent sum
        >>> s.mean().round(9).tolist(), round(s.mass(), 9)
        ([3.0, 1.5], 1.0)
        """
        if not isinstance(other, Density2D):
            return NotImplemented
        if not (math.isclose(self.dx, other.dx, rel_tol=DX_RTOL) and math.isclose(self.dy, other.dy, rel_tol=DX_RTOL)):
            raise ValueError(
                f"cannot add 2-D densities with different grid steps ({self.dx}, {self.dy}) and "
                f"({other.dx}, {other.dy}); resample both on the same grid."
            )
        # cell masses convolved with the other's values: no overflow on the way
        values = convolve2d(self.values * (self.dx * self.dy), other.values, mode="full")
        np.maximum(values, 0.0, out=values)
        return Density2D(values, self.x0 + other.x0, self.y0 + other.y0, self.dx, self.dy)

    def __repr__(self) -> str:
        """Return a summary: the grid shape, the origin ``(x0, y0)`` and the steps."""
        return (
            f"Density2D(<{self.values.shape[0]}x{self.values.shape[1]}>, "
            f"x0={self.x0:g}, y0={self.y0:g}, dx={self.dx:g}, dy={self.dy:g})"
        )
