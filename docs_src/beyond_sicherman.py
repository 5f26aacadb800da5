"""Sicherman dice: regroup the factors of the fair dice's polynomial."""

from itertools import product

import numpy as np

from probconv import Pmf

# Integer polynomials as coefficient lists, lowest degree first.
FACTORS = {
    "t": [0, 1],
    "(1 + t)": [1, 1],
    "(1 + t + t^2)": [1, 1, 1],
    "(1 - t + t^2)": [1, -1, 1],
}


def multiply(*polys):
    out = np.array([1])
    for p in polys:
        out = np.convolve(out, p)  # integer arrays: exact
    return out


fair = [0, 1, 1, 1, 1, 1, 1]  # t + t^2 + ... + t^6
# (t + ... + t^6)^2 is the product of the four factors, each taken twice.
factors = list(FACTORS.values())
print(np.array_equal(multiply(fair, fair), multiply(*factors, *factors)))
#> True

# Give die A each factor 0, 1 or 2 times, and die B the rest. A real die needs
# non-negative coefficients, no face 0 (no constant term) and 6 faces (p(1) = 6).
pairs = set()
for powers in product(range(3), repeat=len(FACTORS)):
    a = multiply(*(f for f, k in zip(factors, powers, strict=True) for _ in range(k)))
    b = multiply(*(f for f, k in zip(factors, powers, strict=True) for _ in range(2 - k)))
    if all(p.min() >= 0 and p[0] == 0 and p.sum() == 6 for p in (a, b)):
        # coefficient c at t^k means c faces showing k
        faces = [tuple(np.repeat(np.arange(p.size), p).tolist()) for p in (a, b)]
        pairs.add(tuple(sorted(faces)))
for die_a, die_b in sorted(pairs):
    print(die_a, die_b)
#> (1, 2, 2, 3, 3, 4) (1, 3, 4, 5, 6, 8)
#> (1, 2, 3, 4, 5, 6) (1, 2, 3, 4, 5, 6)

# Check the Sicherman pair with probconv's exact sums.
fair_die = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
# Faces 1, 2, 2, 3, 3, 4 and 1, 3, 4, 5, 6, 8, as weights of the values 1, 2, 3, ...
low = Pmf.from_weights([1, 2, 2, 1], start=1, exact=True)
high = Pmf.from_weights([1, 0, 1, 1, 1, 1, 0, 1], start=1, exact=True)
print(low + high == fair_die + fair_die)
#> True
