"""Continuous sums on a grid: Density and Density2D."""

import numpy as np

from probconv import Density, Density2D, gamma_pdf, irwin_hall_pdf

# Densities are sampled at the midpoints of cells of width dx.
U = Density.uniform(0, 1, dx=0.01)
T = U + U  # convolve the samples and multiply by dx: the triangle on [0, 2]
peak = T.values.argmax()
print(len(U), len(T), round(T.x[peak], 2), round(T.values[peak], 2))
#> 100 199 1.0 1.0
print(np.abs(T.values - irwin_hall_pdf(T.x, 2)).max() < 1e-12)
#> True

# Exp(2) + Exp(2) is Gamma(2, 2): compare with the closed form.
E = Density.exponential(2.0, dx=0.001)
G = E + E
gap = np.abs(G.values - gamma_pdf(G.x, 2, 2.0)).max()
print(round(G.mean(), 3), round(G.var(), 3), gap < 1e-2)
#> 1.0 0.5 True

# The grid error shrinks like dx**2: halve dx, and the error of the
# variance drops by a factor of four.
err = []
for h in (0.02, 0.01):
    E = Density.exponential(2.0, dx=h)
    err.append(abs((E + E).var() - 0.5))
print(round(err[0] / err[1], 2))
#> 4.0

# Normal + normal: means add, variances add.
N = Density.normal(1, 0.6, dx=0.01) + Density.normal(-3, 0.8, dx=0.01)
print(round(N.mean(), 4), round(N.var(), 4))
#> -2.0 1.0

# Random vectors in the plane: axis 0 is x, axis 1 is y.
# Mean vectors add, and so do covariance matrices.
A = Density2D.normal([0, 0], [[1, 0.5], [0.5, 1]], d=0.1)
B = Density2D.uniform((0, 2), (-1, 1), d=0.1)
C = A + B
print((np.round(C.mean(), 3) + 0.0).tolist(), np.round(C.cov(), 2).tolist())
#> [1.0, 0.0] [[1.33, 0.5], [0.5, 1.33]]
