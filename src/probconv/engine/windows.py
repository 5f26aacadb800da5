"""Which part of the full convolution each output mode keeps.

A full convolution of lengths ``m`` and ``k`` has ``m + k - 1`` values; the
modes cut a window out of it exactly as :func:`scipy.signal.convolve2d` does
in 2-D and :func:`scipy.signal.convolve` and :func:`scipy.signal.correlate`
do in 1-D.
"""

from __future__ import annotations

from .backend import Array

__all__ = ["MODES", "crop", "window"]

MODES = ("full", "same", "valid")
"""The output windows: every overlap, the size of the first input, or only where one input covers the other."""


def window(m: int, k: int, mode: str, flipped: bool) -> tuple[int, int]:
    """Return (first index, length) of the ``mode`` output inside the full convolution, on one axis.

    For an even kernel side the centre is ambiguous; scipy's 2-D functions round
    it one way for convolution and the other for correlation (``flipped``), and
    so do we. scipy's 1-D (n-dimensional) ``correlate`` rounds as for
    convolution, and so does :func:`correlate`: it passes ``flipped=False``.

    Examples
    --------
    >>> window(8, 3, "full", False), window(8, 3, "same", False), window(8, 3, "valid", False)
    ((0, 10), (1, 8), (2, 6))
    """
    if mode == "full":
        return 0, m + k - 1
    if mode == "same":
        return (k - (not flipped)) // 2, m
    # valid: one input fits inside the other
    return min(m, k) - 1, abs(m - k) + 1


def crop(full: Array, shape_a: tuple[int, int], shape_k: tuple[int, int], mode: str, flipped: bool = False) -> Array:
    """Cut the ``mode`` output out of a full 2-D convolution, as scipy.signal does."""
    r0, h = window(shape_a[0], shape_k[0], mode, flipped)
    c0, w = window(shape_a[1], shape_k[1], mode, flipped)
    return full[r0 : r0 + h, c0 : c0 + w]
