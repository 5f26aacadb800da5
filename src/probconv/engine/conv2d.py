"""Two-dimensional convolution and correlation, with a choice of what lies beyond the image's border.

What the output keeps (``mode``: full, same, valid) and what lies beyond the
border (``boundary``: zeros, a mirror image, the nearest pixel, or the image
repeated) are two separate choices. Every boundary but zeros is computed by
extending the image with :func:`numpy.pad` and convolving over the extension.

Each method computes scipy.signal's numbers (up to round-off):

* ``"direct"``: the plain sum (:func:`scipy.signal.convolve2d`, or a loop over kernel taps);
* ``"fft"``: one FFT of the zero-padded inputs;
* ``"ndimage"``: :func:`scipy.ndimage.convolve`, a tight C loop, shifted and
  zero-padded so that its output is exactly scipy.signal's window;
* ``"separable"``: a rank-one kernel (box, Gaussian, Sobel) as two 1-D passes,
  each by ndimage's loop or by FFT along the axis.
"""

from __future__ import annotations

from typing import Any, Literal

import numpy as np

from .._validate import as_float_array, check_choice
from ..memory import check_memory, float_bytes
from . import backend
from .backend import Array, balanced, fast_len, fft_ready, irfft, irfftn, rfft, rfftn, scaled_back
from .conv1d import WORK_COPIES
from .cost import choose_2d, pass_costs
from .windows import MODES, crop, window

__all__ = ["BOUNDARIES", "METHODS_2D", "convolve2d", "correlate2d", "rank_one"]

METHODS_2D = ("auto", "direct", "fft", "ndimage", "separable")
"""The ``method`` values of :func:`convolve2d` and :func:`correlate2d`; every one gives the same numbers.

``"auto"`` picks the fastest for the shapes by the cost model; ``"ndimage"`` needs scipy and
``"separable"`` a rank-one kernel.
"""
BOUNDARIES = ("fill", "reflect", "nearest", "wrap")
"""The ``boundary`` values of :func:`convolve2d` and :func:`correlate2d`: what lies beyond the border.

Zeros; the image mirrored about its edge, the edge pixel repeated (``c b a | a b c``, scipy.ndimage's
``"reflect"``); the nearest edge pixel; the image repeated.
"""
# The same extensions in numpy.pad's words.
_NP_PAD: dict[str, Literal["symmetric", "edge", "wrap"]] = {"reflect": "symmetric", "nearest": "edge", "wrap": "wrap"}


def _direct(a: Array, k: Array, mode: str, flipped: bool) -> Array:
    if backend.signal is not None:
        # scipy centres an even kernel as convolution or correlation does;
        # hand it the original kernel when we were asked to correlate.
        out: Array
        if flipped:
            out = backend.signal.correlate2d(a, k[::-1, ::-1], mode=mode)
        else:
            out = backend.signal.convolve2d(a, k, mode=mode)
        return out
    full = np.zeros((a.shape[0] + k.shape[0] - 1, a.shape[1] + k.shape[1] - 1))
    for (i, j), w in np.ndenumerate(k):
        if w:
            full[i : i + a.shape[0], j : j + a.shape[1]] += w * a
    return crop(full, a.shape, k.shape, mode, flipped)


def _ndimage(a: Array, k: Array, mode: str, flipped: bool) -> Array:
    """scipy.ndimage.convolve, shifted and zero-padded to give scipy.signal's window.

    ndimage's output ``y[x]`` (same length as its input) is ``full[x + s]`` with
    ``s = K // 2 + origin``, where ``origin`` may be anything in
    ``[-(K // 2), (K - 1) // 2]``. Every window starts at some ``r0 <= K - 1``,
    so ``origin = r0 - K // 2`` puts it first; zeros appended to the input
    make room when the window is longer than the input.
    """
    r0, h = window(a.shape[0], k.shape[0], mode, flipped)
    c0, w = window(a.shape[1], k.shape[1], mode, flipped)
    pad = ((0, max(0, h - a.shape[0])), (0, max(0, w - a.shape[1])))
    if pad[0][1] or pad[1][1]:
        a = np.pad(a, pad)
    origin = (r0 - k.shape[0] // 2, c0 - k.shape[1] // 2)
    a, k, e = balanced(a, k)  # ndimage would skip tiny weights
    out: Array = backend.ndimage.convolve(a, k, mode="constant", cval=0.0, origin=origin)
    return scaled_back(out[:h, :w], e)


def _fft(a: Array, k: Array, mode: str, flipped: bool) -> Array:
    shape = (a.shape[0] + k.shape[0] - 1, a.shape[1] + k.shape[1] - 1)
    fshape = (fast_len(shape[0]), fast_len(shape[1]))
    (a, ea), (k, ek) = fft_ready(a), fft_ready(k)
    full = scaled_back(irfftn(rfftn(a, fshape, (0, 1)) * rfftn(k, fshape, (0, 1)), fshape, (0, 1)), ea + ek)
    return crop(full, a.shape, k.shape, mode, flipped)


def rank_one(k: Array) -> tuple[Array, Array] | None:
    """Return (column, row) with ``k == outer(column, row)`` if ``k`` is separable, else None.

    Examples
    --------
    >>> rank_one(np.array([[1.0, 2.0], [2.0, 4.0]]))
    (array([2., 4.]), array([0.5, 1. ]))
    """
    if k.shape[1] == 1:  # a column (or a single number)
        return k[:, 0].copy(), np.ones(1)
    if k.shape[0] == 1:
        return np.ones(1), k[0, :].copy()
    i, j = np.unravel_index(np.argmax(np.abs(k)), k.shape)
    if k[i, j] == 0:
        return np.zeros(k.shape[0]), np.zeros(k.shape[1])
    col = k[:, j]
    row = k[i, :] / k[i, j]
    if np.allclose(np.outer(col, row), k, rtol=1e-12, atol=1e-15 * np.abs(k).max()):
        return col.copy(), row.copy()
    return None


def _pass_1d(x: Array, w: Array, axis: int, mode: str, flipped: bool, how: str | None = None) -> Array:
    """Convolve every line of ``x`` along ``axis`` with ``w``, keeping the ``mode`` window.

    ``how`` ("ndimage", "taps" or "fft") forces the method; by default the cheapest.
    """
    m, taps = x.shape[axis], w.size
    r0, h = window(m, taps, mode, flipped)
    if taps == 1:  # a row or column kernel: this pass only scales
        scale: np.float64 = w[0]
        return x * scale
    if how is None:
        costs = pass_costs(m, x.shape[1 - axis], taps, h)
        how = min(costs, key=costs.__getitem__)
    if how == "ndimage":
        if h > m:
            pad = [(0, 0), (0, 0)]
            pad[axis] = (0, h - m)
            x = np.pad(x, pad)
        x, w, e = balanced(x, w)  # as in _ndimage
        y: Array = backend.ndimage.convolve1d(x, w, axis=axis, mode="constant", cval=0.0, origin=r0 - taps // 2)
        y = y[:h] if axis == 0 else y[:, :h]
        return scaled_back(y, e)
    if how == "taps":
        shape = list(x.shape)
        shape[axis] = m + taps - 1
        full = np.zeros(shape)
        for j, wj in enumerate(w):
            if wj:
                if axis == 0:
                    full[j : j + m] += wj * x
                else:
                    full[:, j : j + m] += wj * x
        return full[r0 : r0 + h] if axis == 0 else full[:, r0 : r0 + h]
    size = fast_len(m + taps - 1)
    (x, ex), (w, ew) = fft_ready(x), fft_ready(w)
    spec = rfft(w, size)
    y = scaled_back(irfft(rfft(x, size, axis=axis) * (spec[:, None] if axis == 0 else spec), size, axis=axis), ex + ew)
    return y[r0 : r0 + h] if axis == 0 else y[:, r0 : r0 + h]


def _separable(a: Array, col: Array, row: Array, mode: str, flipped: bool) -> Array:
    # In 'valid' mode with a kernel larger than the image the roles swap, and
    # a 1-D pass cannot swap them: use the full passes and crop instead.
    if mode == "valid" and (a.shape[0] < col.size or a.shape[1] < row.size):
        full = _separable(a, col, row, "full", flipped)
        return crop(full, a.shape, (col.size, row.size), mode, flipped)
    tmp = _pass_1d(a, col, 0, mode, flipped)
    return _pass_1d(tmp, row, 1, mode, flipped)


def _check_2d(a: Any, k: Any, mode: str, method: str, boundary: str) -> tuple[Array, Array]:
    a = as_float_array(a, "image", 2)
    k = as_float_array(k, "kernel", 2)
    check_choice(mode, "mode", MODES)
    check_choice(method, "method", METHODS_2D)
    check_choice(boundary, "boundary", BOUNDARIES)
    # Any boundary but zeros convolves over the image extended by the kernel's size less one on each side.
    grow = 0 if boundary == "fill" else 2
    cells = (a.shape[0] + (1 + grow) * (k.shape[0] - 1)) * (a.shape[1] + (1 + grow) * (k.shape[1] - 1))
    check_memory(
        float_bytes(cells, WORK_COPIES), f"a 2-D convolution with {cells:,} values", "use a smaller image or kernel"
    )
    if mode == "valid" and not (
        (a.shape[0] >= k.shape[0] and a.shape[1] >= k.shape[1])
        or (a.shape[0] <= k.shape[0] and a.shape[1] <= k.shape[1])
    ):
        raise ValueError(
            f"mode='valid' needs one input to fit inside the other along both axes; "
            f"got shapes {a.shape} and {k.shape}. Use mode='full' or 'same'."
        )
    if method == "ndimage" and backend.ndimage is None:
        raise ValueError("method='ndimage' needs scipy, which is not installed; use 'auto'.")
    return a, k


def convolve2d(a: Any, k: Any, mode: str = "full", method: str = "auto", boundary: str = "fill") -> Array:
    """Two-dimensional convolution, with zeros (or another ``boundary``) beyond the image.

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
    method : {"auto", "direct", "fft", "ndimage", "separable"}
        ``"direct"`` sums products (scipy.signal.convolve2d), ``"fft"``
        multiplies 2-D spectra, ``"ndimage"`` uses scipy.ndimage's C loop
        (needs scipy), ``"separable"`` needs a rank-one kernel (box, Gaussian,
        Sobel) and runs two 1-D passes. ``"auto"`` picks the fastest.
    boundary : {"fill", "reflect", "nearest", "wrap"}
        What the sum reads beyond the border: ``"fill"`` zeros;
        ``"reflect"`` the image mirrored about its edge, the edge pixel
        repeated (``c b a | a b c``, as scipy.ndimage's ``"reflect"`` and
        numpy.pad's ``"symmetric"``); ``"nearest"`` the edge pixel; ``"wrap"``
        the image repeated. Independent of ``mode``, which says which outputs
        to keep; with ``"same"`` and an odd kernel the result is
        :func:`scipy.ndimage.convolve` with the matching mode.

    Returns
    -------
    ndarray
        ``out[m, n] = sum_{i, j} a[i, j] k[m - i, n - j]`` cropped to ``mode``,
        where ``a`` is extended beyond its border as ``boundary`` says.

    Examples
    --------
    >>> convolve2d([[1, 2], [3, 4]], [[1, 1]])
    array([[1., 3., 2.],
           [3., 7., 4.]])
    >>> convolve2d([[0, 0, 0], [0, 1, 0], [0, 0, 0]], [[1, 2], [3, 4]], mode="same")
    array([[0., 0., 0.],
           [0., 1., 2.],
           [0., 3., 4.]])

    A blur darkens the border when zeros lie beyond it, and keeps a flat image flat otherwise:

    >>> box = [[1 / 3, 1 / 3, 1 / 3]]
    >>> convolve2d([[3, 3, 3, 3]], box, mode="same")
    array([[2., 3., 3., 2.]])
    >>> convolve2d([[3, 3, 3, 3]], box, mode="same", boundary="reflect")
    array([[3., 3., 3., 3.]])
    >>> convolve2d([[1, 2, 3, 4]], [[0, 0, 1]], mode="same", boundary="wrap")  # one step right, round the edge
    array([[4., 1., 2., 3.]])
    """
    a, k = _check_2d(a, k, mode, method, boundary)
    if boundary != "fill":
        return _extended(a, k, mode, method, boundary, flipped=False)
    return _convolve2d(a, k, mode, method, flipped=False)


def _extended(a: Array, k: Array, mode: str, method: str, boundary: str, flipped: bool) -> Array:
    """Convolve over ``a`` extended as ``boundary`` says, then keep ``mode``'s window.

    With the image padded by the kernel's size less one on each side, the
    "valid" convolution of the padded image is the full convolution of the
    extended image, from which every mode is cut as for zeros.
    """
    pad = ((k.shape[0] - 1,) * 2, (k.shape[1] - 1,) * 2)
    ext = np.pad(a, pad, mode=_NP_PAD[boundary])
    kernel = k[::-1, ::-1] if flipped else k
    full = _convolve2d(ext, kernel, "valid", method, flipped=False)
    return np.ascontiguousarray(crop(full, a.shape, k.shape, mode, flipped))


def _convolve2d(a: Array, k: Array, mode: str, method: str, flipped: bool) -> Array:
    parts = rank_one(k) if method in ("auto", "separable") else None
    if method == "auto":
        method = choose_2d(a.shape, k.shape, mode, separable=parts is not None)
    if method == "separable":
        if parts is None:
            raise ValueError(
                "method='separable' needs a rank-one kernel (an outer product of two vectors); use 'auto'."
            )
        out = _separable(a, *parts, mode, flipped)
    elif method == "ndimage":
        out = _ndimage(a, k, mode, flipped)
    elif method == "direct":
        out = _direct(a, k, mode, flipped)
    else:
        out = _fft(a, k, mode, flipped)
    return np.ascontiguousarray(out)


def correlate2d(a: Any, k: Any, mode: str = "full", method: str = "auto", boundary: str = "fill") -> Array:
    """Two-dimensional cross-correlation: convolution with the kernel flipped on both axes.

    This is what CNN "convolution" layers and most image tools compute. Shapes
    and values match :func:`scipy.signal.correlate2d` with zero fill.

    Parameters
    ----------
    a, k, mode, method, boundary
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
    a, k = _check_2d(a, k, mode, method, boundary)
    if boundary != "fill":
        return _extended(a, k, mode, method, boundary, flipped=True)
    return _convolve2d(a, k[::-1, ::-1], mode, method, flipped=True)
