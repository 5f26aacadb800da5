"""Mistakes fail early with a ValueError that says what to change."""

import textwrap

from probconv import Density, Pmf, convolve2d, memory_limit

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

try:
    Density.uniform(0, 1, dx=0.3)  # 0.3 does not divide [0, 1] into whole cells
except ValueError as err:
    print(textwrap.fill(str(err), 96))
#> dx=0.3 does not tile [0, 1] in whole cells: (hi - lo) / dx = 3.333. The last cell would stick
#> out of the interval and add mass, or stop short and lose it; use dx = (hi - lo) / n for a whole
#> number n, such as (hi - lo) / 3 = 0.333333 or (hi - lo) / 4 = 0.25.

# Work that would need more memory than the limit (2 GiB unless you change it) is refused first.
die = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
try:
    die.nfold(100_000)  # half a million fractions of 78,000 digits each
except ValueError as err:
    print(textwrap.fill(str(err), 96))
#> the exact 100,000-fold sum would need about 64 GiB, more than the memory limit of 2 GiB; work in
#> floats (exact=False) or with smaller inputs, or raise the limit with
#> probconv.memory_limit(nbytes).

# memory_limit sets the limit from now on, or in a with block for that block only.
with memory_limit(2**20):  # 1 MiB
    try:
        die.nfold(1000)
    except ValueError as err:
        print(str(err).split(";")[0])
#> the exact 1,000-fold sum would need about 7.2 MiB, more than the memory limit of 1 MiB
print(len(die.nfold(1000)))  # outside the block, the 2 GiB limit is back
#> 5001
