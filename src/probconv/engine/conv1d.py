"""One-dimensional convolution and correlation: the direct sum, one FFT, or overlap-add, chosen by size.

Every method computes the full convolution; the output ``mode`` ("full",
"same", "valid") then keeps the window that :func:`scipy.signal.convolve`
and :func:`scipy.signal.correlate` keep (see :mod:`.windows`).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .._validate import MASS_TOL, as_float_array, check_choice, check_nonnegative, check_positive_int
from ..memory import check_memory, float_bytes
from .backend import Array, fast_len, fft_ready, irfft, rfft, scaled_back
from .cost import auto_method, oa_block_len
from .windows import MODES, window

__all__ = [
    "DIRECT_MAX_WORK",
    "METHODS_1D",
    "WORK_COPIES",
    "convolve",
    "convolve_power",
    "correlate",
    "fft_convolve",
    "oa_convolve",
]

METHODS_1D = ("auto", "direct", "fft", "oaconvolve")
"""The methods of :func:`convolve` and :func:`correlate`: ``"auto"`` chooses one of the other three by size."""

#: The most multiply-adds an explicit ``method="direct"`` may take (about a minute): beyond, ask for an FFT.
DIRECT_MAX_WORK = 10**10

#: Float arrays of the output's length that an FFT convolution holds at once
#: (two spectra of complex numbers, their product and the result), for the memory check.
WORK_COPIES = 5


def fft_convolve(a: Array, b: Array) -> Array:
    """Return the full convolution of two checked float arrays by one FFT, scaled against overflow."""
    n = a.size + b.size - 1
    size = fast_len(n)
    (a, ea), (b, eb) = fft_ready(a), fft_ready(b)
    return scaled_back(irfft(rfft(a, size) * rfft(b, size), size)[:n], ea + eb)


def oa_convolve(a: Array, b: Array) -> Array:
    """Return the full convolution by overlap-add: FFTs of blocks of the longer input, overlaps added."""
    if a.size < b.size:
        a, b = b, a
    n, k = a.size, b.size
    size = oa_block_len(k, n)
    if size >= n + k - 1:
        return fft_convolve(a, b)
    (a, ea), (b, eb) = fft_ready(a), fft_ready(b)
    step = size - k + 1  # new samples per block; >= k - 1, so tails overlap one block only
    nblocks = -(-n // step)
    blocks = np.zeros((nblocks, step))
    blocks.ravel()[:n] = a
    y = irfft(rfft(blocks, size, axis=1) * rfft(b, size), size, axis=1)
    out = np.zeros((nblocks + 1) * step)
    out[: nblocks * step].reshape(nblocks, step)[...] = y[:, :step]
    out[step:].reshape(nblocks, step)[:, : k - 1] += y[:, step:]
    return scaled_back(out[: n + k - 1], ea + eb)


def convolve(a: Any, b: Any, mode: str = "full", method: str = "auto") -> Array:
    """Discrete convolution of two 1-D arrays.

    Parameters
    ----------
    a, b : array_like
        Finite, non-empty 1-D sequences of real numbers.
    mode : {"full", "same", "valid"}
        Which part of the full convolution to return, exactly as
        :func:`scipy.signal.convolve` does (and as :func:`convolve2d` does in
        2-D). ``"full"``: all ``len(a) + len(b) - 1`` values. ``"same"``:
        ``len(a)`` values, centred on the full result (the first
        ``(len(b) - 1) // 2`` values are dropped). ``"valid"``: the
        ``abs(len(a) - len(b)) + 1`` values where the shorter input lies
        wholly inside the longer.
    method : {"auto", "direct", "fft", "oaconvolve"}
        ``"direct"`` sums products (exact for small integers), ``"fft"``
        multiplies spectra, ``"oaconvolve"`` does overlap-add FFTs in blocks
        (fastest for a long signal and a much shorter kernel). ``"auto"``
        picks the fastest for the sizes (see :func:`auto_method`).

    Returns
    -------
    ndarray
        ``out[n] = sum_k a[k] b[n - k]`` for the indices ``n`` of the mode's
        window; in ``"full"`` mode exactly the values and shape of
        :func:`numpy.convolve`.

    Notes
    -----
    :func:`numpy.convolve` differs in ``"same"`` mode when ``b`` is the
    longer input: it returns ``max(len(a), len(b))`` values where scipy and
    this function return ``len(a)``. The two agree in ``"full"`` and
    ``"valid"`` modes.

    The FFT methods scale an input whose values lie near the top (or the
    bottom) of the float range by a power of two before transforming, so that
    they give the finite sums that the direct method gives, not NaN (or
    zeros); inputs of ordinary size go in as they are.

    Examples
    --------
    >>> convolve([1, 2, 3], [0, 1, 0.5])
    array([0. , 1. , 2.5, 4. , 1.5])
    >>> convolve([1] * 6, [1] * 6)[5]    # ways for two dice to total 7
    np.float64(6.0)
    >>> bool(np.allclose(convolve([1, 2, 3], [0, 1, 0.5], method="fft"), [0, 1, 2.5, 4, 1.5]))
    True
    >>> convolve([1, 2, 3], [0, 1, 0.5], mode="same"), convolve([1, 2, 3], [0, 1, 0.5], mode="valid")
    (array([1. , 2.5, 4. ]), array([2.5]))
    """
    a, b = _check_1d(a, b, method, mode)
    return _windowed(a, b, method, mode)


def correlate(a: Any, b: Any, mode: str = "full", method: str = "auto") -> Array:
    """Cross-correlation of two 1-D arrays: ``b`` slid along ``a`` without flipping it.

    ``correlate(a, b)`` is ``convolve(a, b[::-1])``. For densities it gives
    the law of a difference: if ``a`` and ``b`` hold the probabilities of
    independent X and Y on unit grids starting at 0, the full correlation
    holds ``P(X - Y = k)`` for ``k = -(len(b) - 1), ..., len(a) - 1``.

    Parameters
    ----------
    a, b : array_like
        Finite, non-empty 1-D sequences of real numbers.
    mode : {"full", "same", "valid"}
        As for :func:`convolve`: the windows of :func:`scipy.signal.correlate`.
    method : {"auto", "direct", "fft", "oaconvolve"}
        As for :func:`convolve`.

    Returns
    -------
    ndarray
        ``out[k] = sum_n a[n + k] b[n]``, where the full output's first index
        is the lag ``k = -(len(b) - 1)``, cropped to ``mode``'s window.

    Notes
    -----
    Argument order and windows follow :func:`scipy.signal.correlate`, not
    :func:`numpy.correlate`, whose default mode is ``"valid"``. For an
    even-length ``b`` in ``"same"`` mode, scipy's 1-D ``correlate`` keeps the
    window that ``convolve`` keeps, while :func:`scipy.signal.correlate2d`
    (and :func:`correlate2d` here) centre it one place later; each follows
    its scipy counterpart.

    Examples
    --------
    >>> correlate([1, 2, 3], [0, 1, 0.5])
    array([0.5, 2. , 3.5, 3. , 0. ])
    >>> correlate([1, 2, 3], [0, 1, 0.5], mode="same")
    array([2. , 3.5, 3. ])

    A fair coin (0 or 1) minus another: the difference is -1, 0 or 1.

    >>> correlate([0.5, 0.5], [0.5, 0.5])
    array([0.25, 0.5 , 0.25])
    """
    a, b = _check_1d(a, b, method, mode)
    return _windowed(a, b[::-1].copy(), method, mode)


def _check_1d(a: Any, b: Any, method: str, mode: str) -> tuple[Array, Array]:
    a = as_float_array(a, "a", 1)
    b = as_float_array(b, "b", 1)
    if mode in METHODS_1D and method in ("auto", *MODES):
        # convolve(a, b, "fft"): the third argument is the mode, as in scipy.signal and convolve2d
        raise ValueError(f"mode={mode!r} is a method; the third argument is the mode. Pass method={mode!r}.")
    check_choice(method, "method", METHODS_1D)
    check_choice(mode, "mode", MODES)
    n = a.size + b.size - 1
    check_memory(float_bytes(n, WORK_COPIES), f"a convolution with {n:,} values", "use shorter inputs")
    if method == "direct" and a.size * b.size > DIRECT_MAX_WORK:
        raise ValueError(
            f"method='direct' would take {a.size * b.size:.1g} multiply-adds for inputs of {a.size:,} and "
            f"{b.size:,} values; use method='auto', which picks an FFT for sizes like these."
        )
    return a, b


def _windowed(a: Array, b: Array, method: str, mode: str) -> Array:
    """Return ``mode``'s window of the full convolution of two checked arrays."""
    if method == "auto":
        method = auto_method(a.size, b.size)
    if method == "direct" and mode == "valid":
        return np.convolve(a, b, mode="valid")  # the same window, and only its multiply-adds
    if method == "direct":
        full = np.convolve(a, b)
    elif method == "oaconvolve":
        full = oa_convolve(a, b)
    else:
        full = fft_convolve(a, b)
    if mode == "full":
        return full
    first, length = window(a.size, b.size, mode, flipped=False)
    # a copy, so that the discarded ends of the full result can be freed
    return full[first : first + length].copy()


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


def _power(a: Array, n: int) -> Array:
    length = n * (a.size - 1) + 1
    if n == 1:
        return a.copy()
    half_len = (n // 2) * (a.size - 1) + 1
    if auto_method(half_len, half_len) == "direct":
        half = _power(a, n // 2)
        out = np.convolve(half, half)
        return np.convolve(out, a) if n & 1 else out
    m = min(n, _SPECTRAL_POWER)
    q, r = divmod(n, m)
    size = fast_len(length)
    spec = _cpow(rfft(_power(a, q), size), m)
    if r:
        spec *= _cpow(rfft(a, size), r)
    return irfft(spec, size)[:length]


def convolve_power(a: Any, n: int) -> Array:
    """Return ``a`` convolved with itself ``n`` times: ``n * (len(a) - 1) + 1`` values.

    Write ``n = 16 q + r``: compute ``b = a`` convolved ``q`` times (recursively,
    a sixteenth of the final length), then take ``rfft(b) ** 16 * rfft(a) ** r``
    and transform back once. That is three FFTs of the final length instead of
    the dozen that repeated squaring needs, with the same accuracy. Short
    results use direct sums throughout.

    Parameters
    ----------
    a : array_like
        Finite, non-empty 1-D sequence of non-negative numbers summing to at
        most 1 (probabilities), so that no power can overflow.
    n : int
        How many copies, 1 or more.

    Examples
    --------
    >>> convolve_power([0.5, 0.5], 3)
    array([0.125, 0.375, 0.375, 0.125])
    """
    a = as_float_array(a, "a", 1)
    check_nonnegative(a, "a")
    n = check_positive_int(n, "n")
    total = float(a.sum())
    if total > 1 + MASS_TOL:
        raise ValueError(
            f"convolve_power takes probabilities, summing to at most 1, but a sums to {total!r}; "
            "divide a by its sum and multiply the result by sum ** n."
        )
    length = n * (a.size - 1) + 1
    check_memory(float_bytes(length, WORK_COPIES), f"the {n:,}-fold convolution", "use a smaller n")
    if a.size == 1:
        return np.array([a[0] ** n])
    return _power(a, n)
