"""Irwin-Hall for n = 3: the piecewise density against a numerical convolution."""

import numpy as np

from probconv import Density


def irwin_hall_3(z):
    """The density of U1 + U2 + U3 for independent U(0, 1) variables."""
    z = np.asarray(z, dtype=float)
    return np.select(
        [(z >= 0) & (z < 1), (z >= 1) & (z < 2), (z >= 2) & (z <= 3)],
        [z**2 / 2, (-2 * z**2 + 6 * z - 3) / 2, (3 - z) ** 2 / 2],
        default=0.0,
    )


U = Density.uniform(0, 1, dx=0.001)
S = U + U + U
print(f"{np.abs(S.values - irwin_hall_3(S.x)).max():.1e}")
#> 2.5e-07
print(irwin_hall_3([0.5, 1.0, 1.5, 2.0, 2.5]))
#> [0.125 0.5   0.75  0.5   0.125]
# P(U1 + U2 + U3 <= 1) is the integral of z^2 / 2 from 0 to 1.
print(f"{S.values[S.x < 1].sum() * S.dx:.4f}")
#> 0.1667
