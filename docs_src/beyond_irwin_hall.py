"""Sums of uniforms: convolve U(0, 1) with itself and compare with Irwin-Hall."""

import numpy as np

from probconv import Density, irwin_hall_pdf

U = Density.uniform(0, 1, dx=0.001)
total = U
for n in range(2, 13):
    total = total + U  # the density of U1 + ... + Un
    if n in (2, 3, 12):
        gap = np.abs(total.values - irwin_hall_pdf(total.x, n)).max()
        # n, mean (n/2), variance (n/12), and whether the grid matches the formula
        print(n, f"{total.mean():.4f}", f"{total.var():.4f}", gap < 1e-6)
#> 2 1.0000 0.1667 True
#> 3 1.5000 0.2500 True
#> 12 6.0000 1.0000 True
