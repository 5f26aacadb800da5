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

    @classmethod
    def from_function(
        cls, pdf: Any, xlim: tuple[float, float], ylim: tuple[float, float], d: float
    ) -> Density2D:
        """Sample ``pdf(x, y)`` at the centres of square cells of side ``d`` covering the box."""
        d = check_positive_real(d, "d")
        xlo, xhi = check_interval(xlim, "xlim")
        ylo, yhi = check_interval(ylim, "ylim")
        if d > min(xhi - xlo, yhi - ylo):
            raise ValueError(f"d={d} is wider than the box {xlim} x {ylim}; use a smaller cell side d.")
        nx, ny = max(1, round((xhi - xlo) / d)), max(1, round((yhi - ylo) / d))
        check_size(nx * ny, "the 2-D density grid")
        x = xlo + (np.arange(nx) + 0.5) * d
        y = ylo + (np.arange(ny) + 0.5) * d
        X, Y = np.meshgrid(x, y, indexing="ij")
        return cls(np.asarray(pdf(X, Y), dtype=np.float64), x[0], y[0], d, d)

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

        Sampled over ``mean +- width`` standard deviations along each axis.
        """
        width = check_positive_real(width, "width")
        mu = as_float_array(mean, "mean", 1)
        c = as_float_array(cov, "cov", 2)
        if mu.shape != (2,) or c.shape != (2, 2):
            raise ValueError(f"mean must have 2 entries and cov must be 2 x 2, got {mu.shape} and {c.shape}.")
        if not np.allclose(c, c.T) or np.linalg.eigvalsh(c).min() <= 0:
            raise ValueError("cov must be symmetric positive definite.")
        inv = np.linalg.inv(c)
        norm = 1.0 / (2 * math.pi * math.sqrt(np.linalg.det(c)))
        sx, sy = math.sqrt(c[0, 0]), math.sqrt(c[1, 1])

        def pdf(x: NDArray[np.float64], y: NDArray[np.float64]) -> NDArray[np.float64]:
            u, v = x - mu[0], y - mu[1]
            q: NDArray[np.float64] = inv[0, 0] * u * u + 2 * inv[0, 1] * u * v + inv[1, 1] * v * v
            return norm * np.exp(-0.5 * q)

        return cls.from_function(
            pdf, (mu[0] - width * sx, mu[0] + width * sx), (mu[1] - width * sy, mu[1] + width * sy), d
        )

    @property
    def x(self) -> NDArray[np.float64]:
        """Sample positions along axis 0."""
        return self.x0 + np.arange(self.values.shape[0], dtype=np.float64) * self.dx

    @property
    def y(self) -> NDArray[np.float64]:
        """Sample positions along axis 1."""
        return self.y0 + np.arange(self.values.shape[1], dtype=np.float64) * self.dy

    def mass(self) -> float:
        """Total probability, ``sum(values) dx dy``."""
        return float(self.values.sum() * self.dx * self.dy)

    def mean(self) -> NDArray[np.float64]:
        """Return the mean vector ``(E[X], E[Y])``."""
        w = self.values / self.values.sum()
        return np.array([np.dot(self.x, w.sum(axis=1)), np.dot(self.y, w.sum(axis=0))])

    def cov(self) -> NDArray[np.float64]:
        """Return the 2 x 2 covariance matrix."""
        w = self.values / self.values.sum()
        mx, my = self.mean()
        u = (self.x - mx)[:, None]
        v = (self.y - my)[None, :]
        cxx = float((w * u * u).sum())
        cyy = float((w * v * v).sum())
        cxy = float((w * u * v).sum())
        return np.array([[cxx, cxy], [cxy, cyy]])

    def __add__(self, other: Any) -> Density2D:
        """Return the density of the sum of independent random vectors."""
        if not isinstance(other, Density2D):
            return NotImplemented
        if not (math.isclose(self.dx, other.dx, rel_tol=DX_RTOL) and math.isclose(self.dy, other.dy, rel_tol=DX_RTOL)):
            raise ValueError(
                f"cannot add 2-D densities with different grid steps ({self.dx}, {self.dy}) and "
                f"({other.dx}, {other.dy}); resample both on the same grid."
            )
        values = convolve2d(self.values, other.values, mode="full") * (self.dx * self.dy)
        np.maximum(values, 0.0, out=values)
        return Density2D(values, self.x0 + other.x0, self.y0 + other.y0, self.dx, self.dy)

    def __repr__(self) -> str:
        """Return a summary: the grid shape, the origin ``(x0, y0)`` and the steps."""
        return (
            f"Density2D(<{self.values.shape[0]}x{self.values.shape[1]}>, "
            f"x0={self.x0:g}, y0={self.y0:g}, dx={self.dx:g}, dy={self.dy:g})"
        )
