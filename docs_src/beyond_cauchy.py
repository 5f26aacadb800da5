"""Averaging does not tame a Cauchy variable: P(|mean| <= 1) stays 1/2."""

import numpy as np

from probconv import Density


def cauchy_pdf(x):
    return 1 / (np.pi * (1 + x**2))


def prob_mean_within_one(D, n):
    """P(|S / n| <= 1) for the sum S of n variables, with density D on a grid."""
    # each grid cell counts with the share of its width that lies inside [-n, n]
    inside = np.clip((n - np.abs(D.x)) / D.dx + 0.5, 0, 1)
    return (D.values * inside).sum() * D.dx


dx = 0.02
# Cut the Cauchy density at +-1000: the tails beyond hold only 0.06% of the mass.
C = Density.from_function(cauchy_pdf, -1000, 1000, dx)
N = Density.normal(0, 1, dx)
for n in (1, 2, 4):
    Cn, Nn = C, N
    for _ in range(n - 1):
        Cn, Nn = Cn + C, Nn + N
    cauchy, normal = prob_mean_within_one(Cn, n), prob_mean_within_one(Nn, n)
    print(n, f"{cauchy:.2f}", f"{normal:.2f}")
#> 1 0.50 0.68
#> 2 0.50 0.84
#> 4 0.50 0.95
