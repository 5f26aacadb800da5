"""Without independence the grid is no outer product and the sum no convolution."""

import numpy as np

from probconv import JointGrid, antidiagonal_sums
from probconv.examples import loaded_dice

X, _ = loaded_dice()
faces = X.support
p = np.array(X.probs, dtype=object)  # exact Fractions


def nonzero(P):
    """The values a distribution can take, with their probabilities."""
    return ", ".join(f"{z}: {P[int(z)]}" for z in P.support if P[int(z)])


# Y = X: the same throw counted twice. All mass sits on the main diagonal.
same = JointGrid(np.diag(p), faces, faces)
# Y = 7 - X: the opposite face. All mass sits on the anti-diagonal of total 7.
opposite = JointGrid(np.diag(p)[:, ::-1], faces, faces)

# Summing the anti-diagonals is right for any joint grid: it adds disjoint events.
print(nonzero(antidiagonal_sums(same)))
#> 2: 1/10, 4: 1/10, 6: 3/20, 8: 3/20, 10: 1/5, 12: 3/10
print(nonzero(antidiagonal_sums(opposite)))
#> 7: 1

# Convolution assumes independent throws and gets both wrong: it gives the
# total 4 the wrong chance, odd totals a chance at all, and 7 no certainty.
print((X + X)[4], (X + X)[3])
#> 1/25 1/50
print((X + (7 - X))[7])
#> 39/200
