"""Exp(a) + Exp(b), a != b, against ab/(b - a) (e^(-az) - e^(-bz))."""

import numpy as np

from probconv import Density

a, b = 1.0, 3.0
S = Density.exponential(a, dx=0.001) + Density.exponential(b, dx=0.001)
z = S.x
closed = a * b / (b - a) * (np.exp(-a * z) - np.exp(-b * z))
print(f"{np.abs(S.values - closed).max():.1e}")
#> 9.6e-08
print(f"mean {S.mean():.4f} (1/a + 1/b = {1 / a + 1 / b:.4f})")
#> mean 1.3333 (1/a + 1/b = 1.3333)
