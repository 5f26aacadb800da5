"""The FFT and loop backends: scipy when it is installed, numpy otherwise.

Everything here works without scipy (numpy's FFT and plain loops stand in),
only more slowly. The other engine modules look the accelerators up here at
call time (``backend.fft``, ``backend.ndimage``, ``backend.signal``), so a
test can remove them to run the numpy-only code.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

try:  # optional accelerator: faster FFTs and C loops for direct convolution
    import scipy.fft as fft  # type: ignore[import-untyped]  # scipy ships no type stubs
    import scipy.ndimage as ndimage  # type: ignore[import-untyped]  # scipy ships no type stubs
    import scipy.signal as signal  # type: ignore[import-untyped]  # scipy ships no type stubs
except ImportError:  # pragma: no cover - exercised only without scipy
    fft = None
    ndimage = None
    signal = None

__all__ = [
    "FFT_SAFE",
    "Array",
    "Spectrum",
    "fast_len",
    "fft",
    "irfft",
    "irfftn",
    "ndimage",
    "rfft",
    "rfftn",
    "signal",
    "smooth_len",
    "balanced",
    "fft_ready",
    "scaled_back",
    "to_unit_scale",
]

Array = NDArray[np.float64]
Spectrum = NDArray[np.complex128]


def smooth_len(n: int) -> int:
    """Return the smallest ``2^a 3^b 5^c >= n``: a length numpy's FFT handles quickly.

    Examples
    --------
    >>> smooth_len(7), smooth_len(1001)
    (8, 1024)
    """
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


def fast_len(n: int) -> int:
    """Return the FFT length to pad ``n`` points to: scipy's fast length, else :func:`smooth_len`."""
    if fft is not None:
        return int(fft.next_fast_len(n, real=True))
    return smooth_len(n)


def rfft(x: Array, n: int, axis: int = -1) -> Spectrum:
    """Real FFT of ``x`` zero-padded to ``n`` points along ``axis``."""
    out: Spectrum = fft.rfft(x, n, axis=axis) if fft is not None else np.fft.rfft(x, n, axis=axis)
    return out


def irfft(x: Spectrum, n: int, axis: int = -1) -> Array:
    """Inverse of :func:`rfft`: ``n`` real points along ``axis``."""
    out: Array = fft.irfft(x, n, axis=axis) if fft is not None else np.fft.irfft(x, n, axis=axis)
    return out


def rfftn(x: Array, shape: tuple[int, ...], axes: tuple[int, ...]) -> Spectrum:
    """Real n-dimensional FFT of ``x`` zero-padded to ``shape`` over ``axes``."""
    out: Spectrum = fft.rfftn(x, shape, axes=axes) if fft is not None else np.fft.rfftn(x, shape, axes=axes)
    return out


def irfftn(x: Spectrum, shape: tuple[int, ...], axes: tuple[int, ...]) -> Array:
    """Inverse of :func:`rfftn`."""
    out: Array = fft.irfftn(x, shape, axes=axes) if fft is not None else np.fft.irfftn(x, shape, axes=axes)
    return out


def to_unit_scale(x: Array) -> tuple[Array, int]:
    """Return ``(x / 2**e, e)`` with the largest ``|x / 2**e|`` in [0.5, 1).

    An FFT adds up every input value before it multiplies, so inputs near the
    top of the float range (1e306) overflow to inf and then NaN although the
    convolution itself is finite. Scaling by a power of two first is exact and
    keeps every intermediate sum small; the caller scales the result back with
    :func:`numpy.ldexp`, which overflows to inf only when the answer does.

    Examples
    --------
    >>> to_unit_scale(np.array([3.0, -1.0]))
    (array([ 0.75, -0.25]), 2)
    """
    top = float(np.max(np.abs(x)))
    if top == 0.0:
        return x, 0
    e = int(np.frexp(top)[1])
    return np.ldexp(x, -e), e


#: Inputs whose largest magnitude lies in this range go into an FFT as they are: a product of two
#: is at least 2**-800 (a normal float) and a sum of 2**40 such products at most 2**840 (finite).
FFT_SAFE = (2.0**-400, 2.0**400)


def fft_ready(x: Array) -> tuple[Array, int]:
    """Return ``(x', e)`` with ``x == ldexp(x', e)``, scaled by :func:`to_unit_scale` only when it must be.

    Inputs of ordinary size come back as they are, with ``e = 0``: scaling
    them would cost two passes over the input and one over the result, a
    third of an FFT convolution's time, and change nothing.

    Examples
    --------
    >>> fft_ready(np.array([3.0, -1.0]))
    (array([ 3., -1.]), 0)
    >>> fft_ready(np.array([1e300]))[1]
    997
    """
    top = max(float(x.max()), -float(x.min()))  # two reductions, no temporary |x|
    if top == 0.0 or FFT_SAFE[0] <= top <= FFT_SAFE[1]:
        return x, 0
    return to_unit_scale(x)


def scaled_back(y: Array, e: int) -> Array:
    """Return ``ldexp(y, e)``, without a pass over ``y`` when ``e`` is 0.

    Examples
    --------
    >>> scaled_back(np.array([0.75]), 2), scaled_back(np.array([3.0]), 0)
    (array([3.]), array([3.]))
    """
    return np.ldexp(y, e) if e else y


def balanced(a: Array, k: Array) -> tuple[Array, Array, int]:
    """Return ``(a', k', e)`` with ``a * k = ldexp(a' * k', e)``, for scipy.ndimage's C loops.

    ndimage skips kernel weights below about 2e-16 as if they were 0. A kernel
    whose largest weight lies outside [2**-20, 2**20] is scaled to [0.5, 1) by
    a power of two, and the image with it, so that no sum overflows; any other
    kernel is passed as it is, at no cost.

    Examples
    --------
    >>> a, k, e = balanced(np.array([3.0]), np.array([1e-17]))
    >>> float(np.ldexp(a[0] * k[0], e))
    3e-17
    """
    top = float(np.max(np.abs(k)))
    if top == 0.0 or 2.0**-20 <= top <= 2.0**20:
        return a, k, 0
    (a, ea), (k, ek) = to_unit_scale(a), to_unit_scale(k)
    return a, k, ea + ek
