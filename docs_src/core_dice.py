"""Two loaded dice: three ways to four, the grid, its anti-diagonals."""

from probconv import antidiagonal_sums, joint_grid
from probconv.examples import loaded_dice

X, Y = loaded_dice()  # exact: probabilities are Fractions

# One total, several ways: (1, 3), (2, 2) and (3, 1).
ways = [(1, 3), (2, 2), (3, 1)]
p4 = sum(X[i] * Y[j] for i, j in ways)
print(p4, float(p4))
#> 17/200 0.085

# The grid: 36 cells, cell (i, j) holds P(X = i) P(Y = j).
grid = joint_grid(X, Y)
print(grid.probs.shape, sum(grid.probs.flat))
#> (6, 6) 1

# Summing each anti-diagonal gives the distribution of X + Y ...
by_hand = antidiagonal_sums(grid)
print(by_hand.support.tolist())
#> [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

# ... and it is exactly what X + Y (the convolution) returns.
print(by_hand == X + Y, (X + Y)[4])
#> True 17/200
