"""1 + t + ... + t^10 has no real root, so it has no factor of odd degree."""

import numpy as np

R = np.ones(11)  # coefficients of 1 + t + ... + t^10
roots = np.roots(R)
print(len(roots), f"{np.abs(roots.imag).min():.3f}")
#> 10 0.282
# They are the 11th roots of unity other than 1, all on the unit circle.
print(np.allclose(np.abs(roots), 1))
#> True
