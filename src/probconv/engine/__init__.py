"""Floating point convolution in one and two dimensions, choosing the method by size.

Every float convolution in the library goes through :func:`convolve`,
:func:`correlate`, :func:`convolve_power`, :func:`convolve2d` or
:func:`correlate2d`. Each method computes the same numbers (up to round-off);
they differ only in speed, and which one is fastest depends on the sizes.
``method="auto"`` estimates the time of each with a cost model and runs the
cheapest. The output ``mode`` ("full", "same", "valid") keeps the window that
scipy.signal keeps, in one dimension as in two.

The package has one module per job:

* :mod:`.backend`: scipy's FFT and C loops when installed, numpy otherwise;
* :mod:`.cost`: the cost model, :func:`auto_method` and :data:`DIRECT_MAX_LENGTH`;
* :mod:`.windows`: the ``"full"``, ``"same"`` and ``"valid"`` output windows;
* :mod:`.conv1d`: direct, FFT and overlap-add convolution and correlation, and powers;
* :mod:`.conv2d`: direct, FFT, ndimage and separable 2-D convolution.

Everything works without scipy, only more slowly.
"""

from .conv1d import METHODS_1D, convolve, convolve_power, correlate
from .conv2d import BOUNDARIES, METHODS_2D, convolve2d, correlate2d
from .cost import DIRECT_MAX_LENGTH, auto_method
from .windows import MODES

__all__ = [
    "BOUNDARIES",
    "DIRECT_MAX_LENGTH",
    "METHODS_1D",
    "METHODS_2D",
    "MODES",
    "auto_method",
    "convolve",
    "convolve2d",
    "convolve_power",
    "correlate",
    "correlate2d",
]
