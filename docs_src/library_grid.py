"""The joint grid of two independent dice and its anti-diagonal sums."""

from probconv import antidiagonal_sums, joint_grid
from probconv.examples import loaded_dice

X, Y = loaded_dice()
grid = joint_grid(X, Y)  # grid.probs[i, j] = P(X = xs[i]) P(Y = ys[j])
print(grid.probs.shape, grid.xs.tolist(), grid.ys.tolist())
#> (6, 6) [1, 2, 3, 4, 5, 6] [1, 2, 3, 4, 5, 6]

# The total each cell belongs to; an anti-diagonal is a set of equal totals.
totals = grid.totals()
print(totals[0].tolist())
#> [2, 3, 4, 5, 6, 7]
print([str(grid.probs[i, j]) for i, j in zip(*(totals == 4).nonzero(), strict=True)])
#> ['3/200', '1/40', '9/200']

# Summing every anti-diagonal is the convolution, computed cell by cell.
print(antidiagonal_sums(grid) == X + Y)
#> True
