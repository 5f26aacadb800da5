"""Image kernels.

Kernels with non-negative weights that sum to one (:func:`box`,
:func:`gaussian`) are distributions of a random displacement: blurring with
them averages the image over a random jitter. :func:`sobel`, :func:`sharpen`
and :func:`laplacian` have negative weights, and there the probability reading
stops.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from ._validate import check_choice, check_positive_int, check_positive_real, check_size


def box(size: int = 3) -> NDArray[np.float64]:
    """Return a ``size x size`` kernel of equal weights summing to 1: uniform jitter.

    Examples
    --------
    >>> box(3).sum(), box(3)[0, 0] * 9
    (np.float64(1.0), np.float64(1.0))
    """
    size = check_positive_int(size, "size")
    check_size(size * size, f"box({size})")
    return np.full((size, size), 1.0 / (size * size))


def gaussian(sigma: float = 1.0, radius: int | None = None) -> NDArray[np.float64]:
    """Return a sampled Gaussian of standard deviation ``sigma``, normalised to sum to 1.

    Parameters
    ----------
    sigma : float
        Standard deviation in pixels.
    radius : int, optional
        Half-width; the kernel is ``2 radius + 1`` square. Default ``ceil(3 sigma)``.

    Examples
    --------
    >>> k = gaussian(1.0)
    >>> k.shape, round(float(k.sum()), 12), bool((k == k.T).all())
    ((7, 7), 1.0, True)
    """
    sigma = check_positive_real(sigma, "sigma")
    r = int(np.ceil(3 * sigma)) if radius is None else check_positive_int(radius, "radius")
    check_size((2 * r + 1) ** 2, f"a Gaussian kernel of radius {r}")
    t = np.arange(-r, r + 1, dtype=np.float64)
    g = np.exp(-0.5 * (t / sigma) ** 2)
    g /= g.sum()
    return np.outer(g, g)


def sobel(axis: str = "x") -> NDArray[np.float64]:
    """Return the 3 x 3 Sobel kernel for the derivative along ``"x"`` (columns) or ``"y"`` (rows).

    Its weights sum to 0: it responds to edges and is blind to flat regions.

    Examples
    --------
    >>> sobel("x")
    array([[ 1.,  0., -1.],
           [ 2.,  0., -2.],
           [ 1.,  0., -1.]])
    """
    check_choice(axis, "axis", ("x", "y"))
    k = np.array([[1.0, 0.0, -1.0], [2.0, 0.0, -2.0], [1.0, 0.0, -1.0]])
    return k if axis == "x" else k.T.copy()


def sharpen() -> NDArray[np.float64]:
    """Return the 3 x 3 sharpening kernel: the image plus its negative Laplacian; sums to 1.

    Examples
    --------
    >>> float(sharpen().sum()), float(sharpen().min())
    (1.0, -1.0)
    """
    return np.array([[0.0, -1.0, 0.0], [-1.0, 5.0, -1.0], [0.0, -1.0, 0.0]])


def laplacian() -> NDArray[np.float64]:
    """Return the 3 x 3 discrete Laplacian (4-neighbour); sums to 0.

    Examples
    --------
    >>> float(laplacian().sum())
    0.0
    """
    return np.array([[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]])
