"""Convolving sampled densities: forget the factor dx and the mass is 1/dx."""

import numpy as np

from probconv import Density

dx = 0.01
U = Density.uniform(0, 1, dx)  # 100 samples of the density 1 on [0, 1]

raw = np.convolve(U.values, U.values)  # the bare sum over k of f(k dx) g(z - k dx)
print(f"peak {raw.max():.2f}, mass {raw.sum() * dx:.2f}")
#> peak 100.00, mass 100.00

T = U + U  # probconv multiplies by dx: the Riemann sum of the integral
print(f"peak {T.values.max():.2f}, mass {T.mass():.2f}")
#> peak 1.00, mass 1.00
