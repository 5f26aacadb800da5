"""Floating point convolution in one and two dimensions, choosing the method by size.

Every float convolution in the library goes through :func:`convolve` or
:func:`convolve2d`. ``method="auto"`` picks between a direct sum and FFT
(and, in 2-D, a separable pass) with a cost model calibrated on this
project's benchmark (``make bench``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from ._validate import as_float_array, check_choice, check_size

try:  # optional accelerator: faster FFTs and C direct 2-D convolution
    import scipy.fft as _fft
    import scipy.signal as _signal
except ImportError:  # pragma: no cover - exercised only without scipy
    _fft = None
    _signal = None

METHODS_1D = ("auto", "direct", "fft")
METHODS_2D = ("auto", "direct", "fft", "separable")
MODES = ("full", "same", "valid")


def _rfft_len(n: int) -> int:
    if _fft is not None:
        return int(_fft.next_fast_len(n, real=True))
    return 1 << (n - 1).bit_length()


def _fft_convolve_1d(a: NDArray[np.float64], b: NDArray[np.float64]) -> NDArray[np.float64]:
    n = a.size + b.size - 1
    size = _rfft_len(n)
    rfft, irfft = (_fft.rfft, _fft.irfft) if _fft is not None else (np.fft.rfft, np.fft.irfft)
    return irfft(rfft(a, size) * rfft(b, size), size)[:n]


def _choose_1d(na: int, nb: int) -> str:
    # np.convolve does ~1.5e9 multiply-adds a second here; an FFT of the
    # padded length costs roughly 15 n log2 n flops. Below the crossover the
    # direct sum is also exact to the last bit, which small dice deserve.
    small = min(na, nb)
    n = na + nb - 1
    return "direct" if small <= 64 or small * max(na, nb) <= 20 * n * np.log2(n + 1) * 4 else "fft"


def convolve(a: Any, b: Any, method: str = "auto") -> NDArray[np.float64]:
    """Full discrete convolution of two 1-D arrays.

    Parameters
    ----------
    a, b : array_like
        Finite, non-empty 1-D sequences.
    method : {"auto", "direct", "fft"}
        ``"auto"`` picks the faster method for the sizes.

    Returns
    -------
    ndarray
        ``len(a) + len(b) - 1`` values, ``out[n] = sum_k a[k] b[n - k]``,
        exactly the shape of :func:`numpy.convolve` in ``"full"`` mode.

    Examples
    --------
    >>> convolve([1, 2, 3], [0, 1, 0.5])
    array([0. , 1. , 2.5, 4. , 1.5])
    >>> convolve([1] * 6, [1] * 6)[5]    # ways for two dice to total 7
    np.float64(6.0)
    """
    a = as_float_array(a, "a", 1)
    b = as_float_array(b, "b", 1)
    check_choice(method, "method", METHODS_1D)
    check_size(a.size + b.size - 1, "the convolution")
    if method == "auto":
        method = _choose_1d(a.size, b.size)
    if method == "direct":
        return np.convolve(a, b)
    return _fft_convolve_1d(a, b)


def _crop(
    full: NDArray[np.float64],
    shape_a: tuple[int, int],
    shape_k: tuple[int, int],
    mode: str,
    flipped: bool = False,
) -> NDArray[np.float64]:
    """Cut the ``mode`` output out of a full 2-D convolution, as scipy.signal does.

    For an even kernel side the centre is ambiguous; scipy rounds it one way for
    convolution and the other for correlation (``flipped``), and so do we.
    """
    if mode == "full":
        return full
    if mode == "same":
        r0 = (shape_k[0] - (not flipped)) // 2
        c0 = (shape_k[1] - (not flipped)) // 2
        return full[r0 : r0 + shape_a[0], c0 : c0 + shape_a[1]]
    # valid: one input must fit inside the other along every axis
    oh = abs(shape_a[0] - shape_k[0]) + 1
    ow = abs(shape_a[1] - shape_k[1]) + 1
    r0 = min(shape_a[0], shape_k[0]) - 1
    c0 = min(shape_a[1], shape_k[1]) - 1
    return full[r0 : r0 + oh, c0 : c0 + ow]


def _direct_2d(a: NDArray[np.float64], k: NDArray[np.float64]) -> NDArray[np.float64]:
    if _signal is not None:
        return _signal.convolve2d(a, k, mode="full")
    out = np.zeros((a.shape[0] + k.shape[0] - 1, a.shape[1] + k.shape[1] - 1))
    for (i, j), w in np.ndenumerate(k):
        if w:
            out[i : i + a.shape[0], j : j + a.shape[1]] += w * a
    return out


def _fft_2d(a: NDArray[np.float64], k: NDArray[np.float64]) -> NDArray[np.float64]:
    shape = (a.shape[0] + k.shape[0] - 1, a.shape[1] + k.shape[1] - 1)
    fshape = tuple(_rfft_len(s) for s in shape)
    rfft2, irfft2 = (_fft.rfft2, _fft.irfft2) if _fft is not None else (np.fft.rfft2, np.fft.irfft2)
    out = irfft2(rfft2(a, fshape) * rfft2(k, fshape), fshape)
    return out[: shape[0], : shape[1]]


def _rank_one(k: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]] | None:
    """Return (column, row) with ``k == outer(column, row)`` if ``k`` is separable."""
    if min(k.shape) == 1:
        return k[:, 0].copy(), k[0, :].copy()
    i, j = np.unravel_index(np.argmax(np.abs(k)), k.shape)
    col = k[:, j]
    row = k[i, :] / k[i, j]
    if np.allclose(np.outer(col, row), k, rtol=1e-12, atol=1e-15 * np.abs(k).max()):
        return col.copy(), row.copy()
    return None


def _separable_2d(a: NDArray[np.float64], col: NDArray[np.float64], row: NDArray[np.float64]) -> NDArray[np.float64]:
    tmp = np.apply_along_axis(lambda r: convolve(r, row), 1, a)
    return np.apply_along_axis(lambda c: convolve(c, col), 0, tmp)


def _choose_2d(shape_a: tuple[int, int], shape_k: tuple[int, int]) -> str:
    small = min(shape_k[0] * shape_k[1], shape_a[0] * shape_a[1])
    return "direct" if small <= 25 else "fft"


def _check_2d(a: Any, k: Any, mode: str, method: str) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    a = as_float_array(a, "image", 2)
    k = as_float_array(k, "kernel", 2)
    check_choice(mode, "mode", MODES)
    check_choice(method, "method", METHODS_2D)
    check_size((a.shape[0] + k.shape[0] - 1) * (a.shape[1] + k.shape[1] - 1), "the 2-D convolution")
    if mode == "valid" and not (
        (a.shape[0] >= k.shape[0] and a.shape[1] >= k.shape[1])
        or (a.shape[0] <= k.shape[0] and a.shape[1] <= k.shape[1])
    ):
        raise ValueError(
            f"mode='valid' needs one input to fit inside the other along both axes; "
            f"got shapes {a.shape} and {k.shape}. Use mode='full' or 'same'."
        )
    return a, k


def convolve2d(a: Any, k: Any, mode: str = "full", method: str = "auto") -> NDArray[np.float64]:
    """Two-dimensional convolution with zero fill outside the image.

    Parameters
    ----------
    a : array_like
        The image, a finite non-empty 2-D array.
    k : array_like
        The kernel, a finite non-empty 2-D array.
    mode : {"full", "same", "valid"}
        ``"full"``: every position where the two overlap, shape
        ``(M + P - 1, N + Q - 1)``; ``"same"``: the centre, the shape of ``a``;
        ``"valid"``: only positions where one lies wholly inside the other.
        Shapes and values match :func:`scipy.signal.convolve2d` with zero fill.
    method : {"auto", "direct", "fft", "separable"}
        ``"separable"`` needs a rank-one kernel (box, Gaussian, Sobel).

    Returns
    -------
    ndarray
        ``out[m, n] = sum_{i, j} a[i, j] k[m - i, n - j]`` cropped to ``mode``.

    Examples
    --------
    >>> convolve2d([[1, 2], [3, 4]], [[1, 1]])
    array([[1., 3., 2.],
           [3., 7., 4.]])
    >>> convolve2d([[0, 0, 0], [0, 1, 0], [0, 0, 0]], [[1, 2], [3, 4]], mode="same")
    array([[0., 0., 0.],
           [0., 1., 2.],
           [0., 3., 4.]])
    """
    a, k = _check_2d(a, k, mode, method)
    return _convolve2d(a, k, mode, method, flipped=False)


def _convolve2d(
    a: NDArray[np.float64], k: NDArray[np.float64], mode: str, method: str, flipped: bool
) -> NDArray[np.float64]:
    if method == "auto":
        method = _choose_2d(a.shape, k.shape)
    if method == "separable":
        parts = _rank_one(k)
        if parts is None:
            raise ValueError("method='separable' needs a rank-one kernel (an outer product of two vectors); use 'auto'.")
        full = _separable_2d(a, *parts)
    elif method == "direct":
        full = _direct_2d(a, k)
    else:
        full = _fft_2d(a, k)
    return np.ascontiguousarray(_crop(full, a.shape, k.shape, mode, flipped))


def correlate2d(a: Any, k: Any, mode: str = "full", method: str = "auto") -> NDArray[np.float64]:
    """Two-dimensional cross-correlation: convolution with the kernel flipped on both axes.

    This is what CNN "convolution" layers and most image tools compute. Shapes
    and values match :func:`scipy.signal.correlate2d` with zero fill.

    Parameters
    ----------
    a, k, mode, method
        As for :func:`convolve2d`.

    Returns
    -------
    ndarray
        ``out[m, n] = sum_{i, j} a[m + i, n + j] k[i, j]`` (indices shifted by
        the mode's origin).

    Examples
    --------
    >>> correlate2d([[0, 0, 0], [0, 1, 0], [0, 0, 0]], [[1, 2], [3, 4]], mode="same")
    array([[4., 3., 0.],
           [2., 1., 0.],
           [0., 0., 0.]])
    """
    a, k = _check_2d(a, k, mode, method)
    return _convolve2d(a, k[::-1, ::-1], mode, method, flipped=True)
