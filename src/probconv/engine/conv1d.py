"""One-dimensional convolution: the direct sum, one FFT, or overlap-add, chosen by size."""

from __future__ import annotations

from typing import Any

import numpy as np

from .._validate import MASS_TOL, as_float_array, check_choice, check_nonnegative, check_positive_int
from ..memory import check_memory, float_bytes
from .backend import Array, fast_len, irfft, rfft, to_unit_scale
from .cost import auto_method, oa_block_len

__all__ = [
    "DIRECT_MAX_WORK",
    "METHODS_1D",
    "WORK_COPIES",
    "convolve",
    "convolve_power",
    "fft_convolve",
    "oa_convolve",
]

METHODS_1D = ("auto", "direct", "fft", "oaconvolve")

#: The most multiply-adds an explicit ``method="direct"`` may take (about a minute): beyond, ask for an FFT.
DIRECT_MAX_WORK = 10**10

#: Float arrays of the output's length that an FFT convolution holds at once
#: (two spectra of complex numbers, their product and the result), for the memory check.
WORK_COPIES = 5


def fft_convolve(a: Array, b: Array) -> Array:
    """Return the full convolution of two checked float arrays by one FFT, scaled against overflow."""
    n = a.size + b.size - 1
    size = fast_len(n)
    (a, ea), (b, eb) = to_unit_scale(a), to_unit_scale(b)
    return np.ldexp(irfft(rfft(a, size) * rfft(b, size), size)[:n], ea + eb)


def oa_convolve(a: Array, b: Array) -> Array:
    """Return the full convolution by overlap-add: FFTs of blocks of the longer input, overlaps added."""
    if a.size < b.size:
        a, b = b, a
    n, k = a.size, b.size
    size = oa_block_len(k, n)
    if size >= n + k - 1:
        return fft_convolve(a, b)
    (a, ea), (b, eb) = to_unit_scale(a), to_unit_scale(b)
    step = size - k + 1  # new samples per block; >= k - 1, so tails overlap one block only
    nblocks = -(-n // step)
    blocks = np.zeros((nblocks, step))
    blocks.ravel()[:n] = a
    y = irfft(rfft(blocks, size, axis=1) * rfft(b, size), size, axis=1)
    out = np.zeros((nblocks + 1) * step)
    out[: nblocks * step].reshape(nblocks, step)[...] = y[:, :step]
    out[step:].reshape(nblocks, step)[:, : k - 1] += y[:, step:]
    return np.ldexp(out[: n + k - 1], ea + eb)


def convolve(a: Any, b: Any, method: str = "auto") -> Array:
    """Full discrete convolution of two 1-D arrays.

    Parameters
    ----------
    a, b : array_like
        Finite, non-empty 1-D sequences of real numbers.
    method : {"auto", "direct", "fft", "oaconvolve"}
        ``"direct"`` sums products (exact for small integers), ``"fft"``
        multiplies spectra, ``"oaconvolve"`` does overlap-add FFTs in blocks
        (fastest for a long signal and a much shorter kernel). ``"auto"``
        picks the fastest for the sizes (see :func:`auto_method`).

    Returns
    -------
    ndarray
        ``len(a) + len(b) - 1`` values, ``out[n] = sum_k a[k] b[n - k]``,
        exactly the shape of :func:`numpy.convolve` in ``"full"`` mode.

    Notes
    -----
    The FFT methods scale each input by a power of two before transforming,
    so values near the top of the float range give the finite sums that the
    direct method gives, not NaN.

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
    n = a.size + b.size - 1
    check_memory(float_bytes(n, WORK_COPIES), f"a convolution with {n:,} values", "use shorter inputs")
    if method == "direct" and a.size * b.size > DIRECT_MAX_WORK:
        raise ValueError(
            f"method='direct' would take {a.size * b.size:.1g} multiply-adds for inputs of {a.size:,} and "
            f"{b.size:,} values; use method='auto', which picks an FFT for sizes like these."
        )
    if method == "auto":
        method = auto_method(a.size, b.size)
    if method == "direct":
        return np.convolve(a, b)
    if method == "oaconvolve":
        return oa_convolve(a, b)
    return fft_convolve(a, b)


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
