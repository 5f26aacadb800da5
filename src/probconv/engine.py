"""Floating point convolution in one and two dimensions, choosing the method by size.

Every float convolution in the library goes through :func:`convolve` or
:func:`convolve2d`. Each method computes the same numbers (up to round-off);
they differ only in speed, and which one is fastest depends on the sizes:

* ``"direct"``: the plain sum (:func:`numpy.convolve`, :func:`scipy.signal.convolve2d`);
* ``"fft"``: one FFT of the zero-padded inputs, ``O(L log L)``;
* ``"oaconvolve"`` (1-D): overlap-add, FFTs of blocks of the long input, for a
  long signal and a much shorter kernel;
* ``"ndimage"`` (2-D): :func:`scipy.ndimage.convolve`, a tight C loop, shifted
  and zero-padded so that its output is exactly scipy.signal's window;
* ``"separable"`` (2-D): a rank-one kernel (box, Gaussian, Sobel) as two 1-D
  passes, each by ndimage's loop or by FFT along the axis.

``method="auto"`` estimates the time of each method with a cost model whose
constants were measured on this project's benchmark machine
(``benchmarks/bench.py``) and runs the cheapest. Everything works without
scipy (numpy's FFT and a loop over kernel taps stand in), only more slowly.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ._validate import as_float_array, check_choice, check_size

try:  # optional accelerator: faster FFTs and C loops for direct convolution
    import scipy.fft as _fft  # type: ignore[import-untyped]  # scipy ships no type stubs
    import scipy.ndimage as _ndimage  # type: ignore[import-untyped]  # scipy ships no type stubs
    import scipy.signal as _signal  # type: ignore[import-untyped]  # scipy ships no type stubs
except ImportError:  # pragma: no cover - exercised only without scipy
    _fft = None
    _ndimage = None
    _signal = None

__all__ = [
    "DIRECT_MAX_LENGTH",
    "METHODS_1D",
    "METHODS_2D",
    "MODES",
    "auto_method",
    "convolve",
    "convolve2d",
    "correlate2d",
]

METHODS_1D = ("auto", "direct", "fft", "oaconvolve")
#: Under ``method="auto"``, a 1-D convolution whose shorter input has at most this many entries
#: always takes the direct sum: the estimates are within noise of each other there, and the direct
#: sum's rounding is smaller. The chapter's Fourier page states this number.
DIRECT_MAX_LENGTH = 64
METHODS_2D = ("auto", "direct", "fft", "ndimage", "separable")
MODES = ("full", "same", "valid")

Array = NDArray[np.float64]
Spectrum = NDArray[np.complex128]

# Cost model, in nanoseconds, measured on the 2-core benchmark machine with
# benchmarks/bench.py. Only ratios matter: "auto" runs the cheapest estimate.
_COST = {
    "np_mac": 0.12,  # np.convolve, per multiply-add (SIMD inner loop)
    "call": 4e3,  # fixed overhead of one FFT-based call
    "fft": 1.2,  # 1-D: per point * log2(points) of a whole r2c/c2r convolution
    "oa_fft": 0.75,  # ... the same for overlap-add's short, cache-resident blocks
    "fft2": 0.9,  # 2-D: per point * log2(points)
    "np_fft": 1.5,  # numpy's FFT relative to scipy's
    "nd_mac": 0.7,  # scipy.ndimage.convolve, per multiply-add
    "nd_cell": 2.5,  # ... per output cell
    "sig_mac": 2.5,  # scipy.signal.convolve2d, per multiply-add
    "tap_cell": 1.2,  # numpy fallback: one shifted slice update, per cell
    "tap": 3e3,  # ... per kernel tap
    "nd1_mac": 0.3,  # scipy.ndimage.convolve1d, per multiply-add
    "nd1_cell": 5.0,  # ... per output cell
    "axis_fft": 1.3,  # FFT along one axis of a 2-D array, per point * log2(length)
}


# -- FFT helpers ------------------------------------------------------------------


def _smooth_len(n: int) -> int:
    """Smallest 2^a 3^b 5^c >= n: a length numpy's FFT handles quickly."""
    best = 1 << max(n - 1, 0).bit_length()
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            m = p35
            while m < n:
                m *= 2
            best = min(best, m)
            p35 *= 3
        p5 *= 5
    return best


def _fast_len(n: int) -> int:
    if _fft is not None:
        return int(_fft.next_fast_len(n, real=True))
    return _smooth_len(n)


_rfft_len = _fast_len  # older name, kept for callers


def _rfft(x: Array, n: int, axis: int = -1) -> Spectrum:
    out: Spectrum = _fft.rfft(x, n, axis=axis) if _fft is not None else np.fft.rfft(x, n, axis=axis)
    return out


def _irfft(x: Spectrum, n: int, axis: int = -1) -> Array:
    out: Array = _fft.irfft(x, n, axis=axis) if _fft is not None else np.fft.irfft(x, n, axis=axis)
    return out


def _rfftn(x: Array, shape: tuple[int, ...], axes: tuple[int, ...]) -> Spectrum:
    out: Spectrum = _fft.rfftn(x, shape, axes=axes) if _fft is not None else np.fft.rfftn(x, shape, axes=axes)
    return out


def _irfftn(x: Spectrum, shape: tuple[int, ...], axes: tuple[int, ...]) -> Array:
    out: Array = _fft.irfftn(x, shape, axes=axes) if _fft is not None else np.fft.irfftn(x, shape, axes=axes)
    return out


def _fft_speed(kind: str = "fft") -> float:
    return _COST[kind] * (1.0 if _fft is not None else _COST["np_fft"])


# -- one dimension ----------------------------------------------------------------


def _fft_convolve_1d(a: Array, b: Array) -> Array:
    n = a.size + b.size - 1
    size = _fast_len(n)
    return _irfft(_rfft(a, size) * _rfft(b, size), size)[:n]


def _oa_block_len(k: int, n: int) -> int:
    # Blocks about 16 kernels long balance the FFT's log factor against the
    # k - 1 wasted samples of every block (measured optimum: 8k to 32k).
    return _fast_len(max(16 * k, 1024, 2 * k))


def _oa_convolve_1d(a: Array, b: Array) -> Array:
    """Overlap-add: convolve blocks of the longer input by FFT and add the overlaps."""
    if a.size < b.size:
        a, b = b, a
    n, k = a.size, b.size
    size = _oa_block_len(k, n)
    if size >= n + k - 1:
        return _fft_convolve_1d(a, b)
    step = size - k + 1  # new samples per block; >= k - 1, so tails overlap one block only
    nblocks = -(-n // step)
    blocks = np.zeros((nblocks, step))
    blocks.ravel()[:n] = a
    y = _irfft(_rfft(blocks, size, axis=1) * _rfft(b, size), size, axis=1)
    out = np.zeros((nblocks + 1) * step)
    out[: nblocks * step].reshape(nblocks, step)[...] = y[:, :step]
    out[step:].reshape(nblocks, step)[:, : k - 1] += y[:, step:]
    return out[: n + k - 1]


def _costs_1d(na: int, nb: int) -> dict[str, float]:
    n = na + nb - 1
    size = _fast_len(n)
    costs = {
        "direct": _COST["np_mac"] * na * nb + 1e3,
        "fft": _fft_speed() * size * math.log2(size) + _COST["call"],
    }
    k, m = min(na, nb), max(na, nb)
    block = _oa_block_len(k, m)
    if block < size:
        nblocks = -(-m // (block - k + 1))
        costs["oaconvolve"] = _fft_speed("oa_fft") * nblocks * block * math.log2(block) + 2 * _COST["call"]
    return costs


def auto_method(na: int, nb: int) -> str:
    """Return the method that ``convolve(a, b)`` runs for inputs of lengths ``na`` and ``nb``.

    Parameters
    ----------
    na, nb : int
        The lengths of the two inputs.

    Returns
    -------
    str
        ``"direct"``, ``"fft"`` or ``"oaconvolve"``: the cheapest by the cost model, and always
        ``"direct"`` when the shorter input has at most :data:`DIRECT_MAX_LENGTH` entries.

    Examples
    --------
    >>> auto_method(6, 6), auto_method(DIRECT_MAX_LENGTH, 10**6), auto_method(2000, 2000)
    ('direct', 'direct', 'fft')
    """
    if min(na, nb) <= DIRECT_MAX_LENGTH:
        return "direct"
    costs = _costs_1d(na, nb)
    return min(costs, key=costs.__getitem__)


def convolve(a: Any, b: Any, method: str = "auto") -> Array:
    """Full discrete convolution of two 1-D arrays.

    Parameters
    ----------
    a, b : array_like
        Finite, non-empty 1-D sequences.
    method : {"auto", "direct", "fft", "oaconvolve"}
        ``"direct"`` sums products (exact for small integers), ``"fft"``
        multiplies spectra, ``"oaconvolve"`` does overlap-add FFTs in blocks
        (fastest for a long signal and a much shorter kernel). ``"auto"``
        picks the fastest for the sizes.

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
    >>> bool(np.allclose(convolve([1, 2, 3], [0, 1, 0.5], method="fft"), [0, 1, 2.5, 4, 1.5]))
    True
    """
    a = as_float_array(a, "a", 1)
    b = as_float_array(b, "b", 1)
    check_choice(method, "method", METHODS_1D)
    check_size(a.size + b.size - 1, "the convolution")
    if method == "auto":
        method = auto_method(a.size, b.size)
    if method == "direct":
        return np.convolve(a, b)
    if method == "oaconvolve":
        return _oa_convolve_1d(a, b)
    return _fft_convolve_1d(a, b)


def _cpow(z: Any, k: int) -> Any:
    """``z ** k`` elementwise for an integer ``k >= 1``, by repeated squaring."""
    out = None
    while True:
        if k & 1:
            out = z if out is None else out * z
        k >>= 1
        if not k:
            return out
        z = z * z


#: Largest power taken of a spectrum in one go. A spectral value carries a
#: relative round-off of a few eps and its k-th power about k times that, so
#: small k keeps the result as accurate as a chain of squarings.
_SPECTRAL_POWER = 16


def _power_1d(a: Array, n: int) -> Array:
    """Return ``a`` convolved with itself ``n`` times (``n >= 1``), as ``n * (len(a) - 1) + 1`` values.

    Write ``n = 16 q + r``: compute ``b = a`` convolved ``q`` times (recursively,
    a sixteenth of the final length), then take ``rfft(b) ** 16 * rfft(a) ** r``
    and transform back once. Three FFTs of the final length instead of the
    dozen that repeated squaring needs, with the same accuracy (see
    ``_SPECTRAL_POWER``). Short results use direct sums throughout.

    Examples
    --------
    >>> _power_1d(np.array([0.5, 0.5]), 3)
    array([0.125, 0.375, 0.375, 0.125])
    """
    length = n * (a.size - 1) + 1
    if n == 1:
        return a.copy()
    half_len = (n // 2) * (a.size - 1) + 1
    if auto_method(half_len, half_len) == "direct":
        half = _power_1d(a, n // 2)
        out = np.convolve(half, half)
        return np.convolve(out, a) if n & 1 else out
    m = min(n, _SPECTRAL_POWER)
    q, r = divmod(n, m)
    size = _fast_len(length)
    spec = _cpow(_rfft(_power_1d(a, q), size), m)
    if r:
        spec *= _cpow(_rfft(a, size), r)
    return _irfft(spec, size)[:length]


# -- two dimensions ---------------------------------------------------------------


def _window(m: int, k: int, mode: str, flipped: bool) -> tuple[int, int]:
    """(first index, length) of the ``mode`` output inside the full convolution, on one axis.

    For an even kernel side the centre is ambiguous; scipy rounds it one way for
    convolution and the other for correlation (``flipped``), and so do we.
    """
    if mode == "full":
        return 0, m + k - 1
    if mode == "same":
        return (k - (not flipped)) // 2, m
    # valid: one input fits inside the other
    return min(m, k) - 1, abs(m - k) + 1


def _crop(full: Array, shape_a: tuple[int, int], shape_k: tuple[int, int], mode: str, flipped: bool = False) -> Array:
    """Cut the ``mode`` output out of a full 2-D convolution, as scipy.signal does."""
    r0, h = _window(shape_a[0], shape_k[0], mode, flipped)
    c0, w = _window(shape_a[1], shape_k[1], mode, flipped)
    return full[r0 : r0 + h, c0 : c0 + w]


def _direct_2d(a: Array, k: Array, mode: str, flipped: bool) -> Array:
    if _signal is not None:
        # scipy centres an even kernel as convolution or correlation does;
        # hand it the original kernel when we were asked to correlate.
        out: Array
        if flipped:
            out = _signal.correlate2d(a, k[::-1, ::-1], mode=mode)
        else:
            out = _signal.convolve2d(a, k, mode=mode)
        return out
    full = np.zeros((a.shape[0] + k.shape[0] - 1, a.shape[1] + k.shape[1] - 1))
    for (i, j), w in np.ndenumerate(k):
        if w:
            full[i : i + a.shape[0], j : j + a.shape[1]] += w * a
    return _crop(full, a.shape, k.shape, mode, flipped)


def _ndimage_2d(a: Array, k: Array, mode: str, flipped: bool) -> Array:
    """scipy.ndimage.convolve, shifted and zero-padded to give scipy.signal's window.

    ndimage's output ``y[x]`` (same length as its input) is ``full[x + s]`` with
    ``s = K // 2 + origin``, where ``origin`` may be anything in
    ``[-(K // 2), (K - 1) // 2]``. Every window starts at some ``r0 <= K - 1``,
    so ``origin = r0 - K // 2`` puts it first; zeros appended to the input
    make room when the window is longer than the input.
    """
    r0, h = _window(a.shape[0], k.shape[0], mode, flipped)
    c0, w = _window(a.shape[1], k.shape[1], mode, flipped)
    pad = ((0, max(0, h - a.shape[0])), (0, max(0, w - a.shape[1])))
    if pad[0][1] or pad[1][1]:
        a = np.pad(a, pad)
    origin = (r0 - k.shape[0] // 2, c0 - k.shape[1] // 2)
    out: Array = _ndimage.convolve(a, k, mode="constant", cval=0.0, origin=origin)
    return out[:h, :w]


def _fft_2d(a: Array, k: Array, mode: str, flipped: bool) -> Array:
    shape = (a.shape[0] + k.shape[0] - 1, a.shape[1] + k.shape[1] - 1)
    fshape = (_fast_len(shape[0]), _fast_len(shape[1]))
    full = _irfftn(_rfftn(a, fshape, (0, 1)) * _rfftn(k, fshape, (0, 1)), fshape, (0, 1))
    return _crop(full, a.shape, k.shape, mode, flipped)


def _rank_one(k: Array) -> tuple[Array, Array] | None:
    """Return (column, row) with ``k == outer(column, row)`` if ``k`` is separable."""
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


def _pass_costs(m: int, other: int, taps: int, h: int) -> dict[str, float]:
    """Estimated cost of one separable pass: ``other`` lines of length ``m``, ``taps`` taps."""
    if taps == 1:
        return {"scale": 1.0 * m * other}
    size = _fast_len(m + taps - 1)
    fft_scale = 1.0 if _fft is not None else _COST["np_fft"]
    costs = {"fft": fft_scale * _COST["axis_fft"] * size * other * math.log2(size) + _COST["call"]}
    cells = max(m, h) * other
    if _ndimage is not None:
        costs["ndimage"] = cells * (_COST["nd1_cell"] + _COST["nd1_mac"] * taps)
    else:
        costs["taps"] = taps * (cells * _COST["tap_cell"] + _COST["tap"])
    return costs


def _pass_1d(x: Array, w: Array, axis: int, mode: str, flipped: bool, how: str | None = None) -> Array:
    """Convolve every line of ``x`` along ``axis`` with ``w``, keeping the ``mode`` window.

    ``how`` ("ndimage", "taps" or "fft") forces the method; by default the cheapest.
    """
    m, taps = x.shape[axis], w.size
    r0, h = _window(m, taps, mode, flipped)
    if taps == 1:  # a row or column kernel: this pass only scales
        scale: np.float64 = w[0]
        return x * scale
    if how is None:
        costs = _pass_costs(m, x.shape[1 - axis], taps, h)
        how = min(costs, key=costs.__getitem__)
    if how == "ndimage":
        if h > m:
            pad = [(0, 0), (0, 0)]
            pad[axis] = (0, h - m)
            x = np.pad(x, pad)
        y: Array = _ndimage.convolve1d(x, w, axis=axis, mode="constant", cval=0.0, origin=r0 - taps // 2)
        return y[:h] if axis == 0 else y[:, :h]
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
    size = _fast_len(m + taps - 1)
    spec = _rfft(w, size)
    y = _irfft(_rfft(x, size, axis=axis) * (spec[:, None] if axis == 0 else spec), size, axis=axis)
    return y[r0 : r0 + h] if axis == 0 else y[:, r0 : r0 + h]


def _separable_2d(a: Array, col: Array, row: Array, mode: str, flipped: bool) -> Array:
    # In 'valid' mode with a kernel larger than the image the roles swap, and
    # a 1-D pass cannot swap them: use the full passes and crop instead.
    if mode == "valid" and (a.shape[0] < col.size or a.shape[1] < row.size):
        full = _separable_2d(a, col, row, "full", flipped)
        return _crop(full, a.shape, (col.size, row.size), mode, flipped)
    tmp = _pass_1d(a, col, 0, mode, flipped)
    return _pass_1d(tmp, row, 1, mode, flipped)


def _separable_cost(shape_a: tuple[int, int], shape_k: tuple[int, int], mode: str) -> float:
    r0, h = _window(shape_a[0], shape_k[0], mode, False)
    _, w = _window(shape_a[1], shape_k[1], mode, False)
    first = min(_pass_costs(shape_a[0], shape_a[1], shape_k[0], h).values())
    second = min(_pass_costs(shape_a[1], h, shape_k[1], w).values())
    return first + second


def _costs_2d(shape_a: tuple[int, int], shape_k: tuple[int, int], mode: str, separable: bool) -> dict[str, float]:
    full = ((shape_a[0] + shape_k[0] - 1), (shape_a[1] + shape_k[1] - 1))
    _, h = _window(shape_a[0], shape_k[0], mode, False)
    _, w = _window(shape_a[1], shape_k[1], mode, False)
    taps = shape_k[0] * shape_k[1]
    fshape = (_fast_len(full[0]), _fast_len(full[1]))
    points = fshape[0] * fshape[1]
    costs = {"fft": _fft_speed("fft2") * points * math.log2(points) + _COST["call"]}
    if _ndimage is not None:
        # ndimage computes max(image, window) cells, each with every tap
        cells = max(h, shape_a[0]) * max(w, shape_a[1])
        costs["ndimage"] = cells * (_COST["nd_cell"] + _COST["nd_mac"] * taps)
        costs["direct"] = h * w * taps * _COST["sig_mac"] + 1e4
    else:
        costs["direct"] = taps * (shape_a[0] * shape_a[1] * _COST["tap_cell"] + _COST["tap"])
    if separable:
        costs["separable"] = _separable_cost(shape_a, shape_k, mode)
    return costs


def _choose_2d(shape_a: tuple[int, int], shape_k: tuple[int, int], mode: str = "full", separable: bool = False) -> str:
    costs = _costs_2d(shape_a, shape_k, mode, separable)
    return min(costs, key=costs.__getitem__)


def _check_2d(a: Any, k: Any, mode: str, method: str) -> tuple[Array, Array]:
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
    if method == "ndimage" and _ndimage is None:
        raise ValueError("method='ndimage' needs scipy, which is not installed; use 'auto'.")
    return a, k


def convolve2d(a: Any, k: Any, mode: str = "full", method: str = "auto") -> Array:
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
    method : {"auto", "direct", "fft", "ndimage", "separable"}
        ``"direct"`` sums products (scipy.signal.convolve2d), ``"fft"``
        multiplies 2-D spectra, ``"ndimage"`` uses scipy.ndimage's C loop
        (needs scipy), ``"separable"`` needs a rank-one kernel (box, Gaussian,
        Sobel) and runs two 1-D passes. ``"auto"`` picks the fastest.

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


def _convolve2d(a: Array, k: Array, mode: str, method: str, flipped: bool) -> Array:
    parts = _rank_one(k) if method in ("auto", "separable") else None
    if method == "auto":
        method = _choose_2d(a.shape, k.shape, mode, separable=parts is not None)
    if method == "separable":
        if parts is None:
            raise ValueError(
                "method='separable' needs a rank-one kernel (an outer product of two vectors); use 'auto'."
            )
        out = _separable_2d(a, *parts, mode, flipped)
    elif method == "ndimage":
        out = _ndimage_2d(a, k, mode, flipped)
    elif method == "direct":
        out = _direct_2d(a, k, mode, flipped)
    else:
        out = _fft_2d(a, k, mode, flipped)
    return np.ascontiguousarray(out)


def correlate2d(a: Any, k: Any, mode: str = "full", method: str = "auto") -> Array:
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
