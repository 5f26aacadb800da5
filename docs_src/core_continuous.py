"""Sums of continuous variables: convolve the samples, times dx."""

import numpy as np

from probconv import Density, convolve, gamma_pdf

dx = 0.01
U = Density.uniform(0, 1, dx=dx)  # 100 samples of the density 1 on [0, 1]
T = U + U  # the density of U + U: convolve the samples, multiply by dx

peak = int(np.argmax(T.values))
print(f"peak {T.values[peak]:.3f} at z = {T.x[peak]:.2f}, total mass {T.mass():.3f}")
#> peak 1.000 at z = 1.00, total mass 1.000

# Forget the dx and the "density" is off by a factor 1 / dx = 100.
raw = convolve(U.values, U.values)
print(f"peak {raw.max():.1f}, total mass {raw.sum() * dx:.1f}")
#> peak 100.0, total mass 100.0

# Exp(1) + Exp(1) against the Gamma(2, 1) density z e^(-z).
E = Density.exponential(1.0, dx=dx)
G = E + E
gap = np.abs(G.values - gamma_pdf(G.x, 2, 1.0)).max()
print("matches the closed form within 1e-9:", bool(gap < 1e-9))
#> matches the closed form within 1e-9: True
print(f"mean {G.mean():.3f}, variance {G.var():.3f}")
#> mean 2.000, variance 2.000
