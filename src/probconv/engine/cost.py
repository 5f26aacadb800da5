"""The cost model: an estimate of each method's time, so that ``method="auto"`` runs the cheapest.

The constants, in nanoseconds, were measured on this project's 2-core
benchmark machine with ``benchmarks/bench.py``. Only their ratios matter.
"""

from __future__ import annotations

import math

from . import backend
from .windows import window

__all__ = [
    "COST",
    "DIRECT_MAX_LENGTH",
    "auto_method",
    "choose_2d",
    "costs_1d",
    "costs_2d",
    "oa_block_len",
    "pass_costs",
]

DIRECT_MAX_LENGTH = 64
"""Under ``method="auto"``, a 1-D convolution whose shorter input has at most this many entries takes the direct sum.

The cost model's estimates are within noise of each other there, and the direct sum's rounding is
smaller. The chapter's Fourier page states this number.
"""

COST = {
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


def _fft_speed(kind: str = "fft") -> float:
    return COST[kind] * (1.0 if backend.fft is not None else COST["np_fft"])


# -- one dimension ----------------------------------------------------------------


def oa_block_len(k: int, n: int) -> int:
    """Return the FFT block length of overlap-add for a kernel of ``k`` taps and a signal of ``n``."""
    # Blocks about 16 kernels long balance the FFT's log factor against the
    # k - 1 wasted samples of every block (measured optimum: 8k to 32k).
    return backend.fast_len(max(16 * k, 1024, 2 * k))


def costs_1d(na: int, nb: int) -> dict[str, float]:
    """Return the estimated time of each 1-D method for inputs of lengths ``na`` and ``nb``."""
    n = na + nb - 1
    size = backend.fast_len(n)
    costs = {
        "direct": COST["np_mac"] * na * nb + 1e3,
        "fft": _fft_speed() * size * math.log2(size) + COST["call"],
    }
    k, m = min(na, nb), max(na, nb)
    block = oa_block_len(k, m)
    if block < size:
        nblocks = -(-m // (block - k + 1))
        costs["oaconvolve"] = _fft_speed("oa_fft") * nblocks * block * math.log2(block) + 2 * COST["call"]
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
    costs = costs_1d(na, nb)
    return min(costs, key=costs.__getitem__)


# -- two dimensions ---------------------------------------------------------------


def pass_costs(m: int, other: int, taps: int, h: int) -> dict[str, float]:
    """Return the estimated cost of one separable pass: ``other`` lines of length ``m``, ``taps`` taps.

    ``h`` is the length of the output window along the pass.
    """
    if taps == 1:
        return {"scale": 1.0 * m * other}
    size = backend.fast_len(m + taps - 1)
    fft_scale = 1.0 if backend.fft is not None else COST["np_fft"]
    costs = {"fft": fft_scale * COST["axis_fft"] * size * other * math.log2(size) + COST["call"]}
    cells = max(m, h) * other
    if backend.ndimage is not None:
        costs["ndimage"] = cells * (COST["nd1_cell"] + COST["nd1_mac"] * taps)
    else:
        costs["taps"] = taps * (cells * COST["tap_cell"] + COST["tap"])
    return costs


def _separable_cost(shape_a: tuple[int, int], shape_k: tuple[int, int], mode: str) -> float:
    _, h = window(shape_a[0], shape_k[0], mode, False)
    _, w = window(shape_a[1], shape_k[1], mode, False)
    first = min(pass_costs(shape_a[0], shape_a[1], shape_k[0], h).values())
    second = min(pass_costs(shape_a[1], h, shape_k[1], w).values())
    return first + second


def costs_2d(shape_a: tuple[int, int], shape_k: tuple[int, int], mode: str, separable: bool) -> dict[str, float]:
    """Return the estimated time of each 2-D method for an image and a kernel of these shapes."""
    full = ((shape_a[0] + shape_k[0] - 1), (shape_a[1] + shape_k[1] - 1))
    _, h = window(shape_a[0], shape_k[0], mode, False)
    _, w = window(shape_a[1], shape_k[1], mode, False)
    taps = shape_k[0] * shape_k[1]
    fshape = (backend.fast_len(full[0]), backend.fast_len(full[1]))
    points = fshape[0] * fshape[1]
    costs = {"fft": _fft_speed("fft2") * points * math.log2(points) + COST["call"]}
    if backend.ndimage is not None:
        # ndimage computes max(image, window) cells, each with every tap
        cells = max(h, shape_a[0]) * max(w, shape_a[1])
        costs["ndimage"] = cells * (COST["nd_cell"] + COST["nd_mac"] * taps)
        costs["direct"] = h * w * taps * COST["sig_mac"] + 1e4
    else:
        costs["direct"] = taps * (shape_a[0] * shape_a[1] * COST["tap_cell"] + COST["tap"])
    if separable:
        costs["separable"] = _separable_cost(shape_a, shape_k, mode)
    return costs


def choose_2d(shape_a: tuple[int, int], shape_k: tuple[int, int], mode: str = "full", separable: bool = False) -> str:
    """Return the cheapest 2-D method by :func:`costs_2d`.

    Examples
    --------
    >>> choose_2d((2048, 2048), (3, 3), "same")
    'ndimage'
    """
    costs = costs_2d(shape_a, shape_k, mode, separable)
    return min(costs, key=costs.__getitem__)
