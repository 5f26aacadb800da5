"""Poisson(a) + Poisson(b) = Poisson(a + b), checked term by term."""

import math

import numpy as np

from probconv import convolve


def poisson(lam, n):
    """P(N = 0), ..., P(N = n) for N ~ Poisson(lam)."""
    ks = range(n + 1)
    return np.array([math.exp(-lam) * lam**k / math.factorial(k) for k in ks])


a, b, n = 2.0, 3.5, 40
# Entry k of a convolution uses only entries 0..k of the inputs:
# cutting both at n changes nothing up to n.
total = convolve(poisson(a, n), poisson(b, n))[: n + 1]
print(np.allclose(total, poisson(a + b, n), rtol=1e-12, atol=0))
#> True
print(f"{total[5]:.6f} {poisson(a + b, n)[5]:.6f}")
#> 0.171401 0.171401
