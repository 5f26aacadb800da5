"""probconv: exact and fast convolution of probability distributions.

The distribution of X + Y for independent X and Y is the convolution of
their distributions. This package computes it for loaded dice
(:class:`Pmf`, exact or float), densities on grids (:class:`Density`,
:class:`Density2D`), exact sums of uniforms (:class:`PiecewisePoly`) and
images (:func:`convolve2d` with :mod:`kernels`).

Examples
--------
>>> from probconv import Pmf
>>> die = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
>>> (die + die)[7]
Fraction(1, 6)
"""

from . import kernels
from .closed_forms import gamma_pdf, irwin_hall_pdf, normal_pdf
from .density import Density
from .density2d import Density2D
from .engine import convolve, convolve2d, correlate, correlate2d
from .grid import JointGrid, antidiagonal_sums, joint_grid
from .memory import memory_limit
from .piecewise import PiecewisePoly
from .pmf import Pmf, mixture

__all__ = [
    "Density",
    "Density2D",
    "JointGrid",
    "PiecewisePoly",
    "Pmf",
    "antidiagonal_sums",
    "convolve",
    "convolve2d",
    "correlate",
    "correlate2d",
    "gamma_pdf",
    "irwin_hall_pdf",
    "joint_grid",
    "kernels",
    "memory_limit",
    "mixture",
    "normal_pdf",
]
__version__ = "0.1.0"
