"""Mistakes fail early with a ValueError that says what to change."""

from probconv import Density, Pmf, convolve2d

try:
    Pmf([0.5, 0.4])  # does not sum to 1
except ValueError as err:
    print(err)
#> probabilities must sum to 1 (within 1e-09), but they sum to 0.9; use Pmf.from_weights(weights) to normalise weights.

try:
    Pmf.die([1, -1, 1, 1, 1, 1], exact=True)
except ValueError as err:
    print(err)
#> weights must be non-negative; a die cannot have negative weight on a face.

try:
    Density.uniform(0, 1, dx=0.1) + Density.uniform(0, 1, dx=0.05)
except ValueError as err:
    print(err)
#> cannot add densities sampled with different steps (dx=0.1 and dx=0.05); resample both on the same dx.

try:
    convolve2d([[1, 2], [3, 4]], [[1]], mode="middle")
except ValueError as err:
    print(err)
#> unknown mode 'middle'; choose one of 'full', 'same', 'valid'.
