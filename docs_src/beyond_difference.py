"""The distribution of X - Y for the loaded dice is a cross-correlation."""

import numpy as np

from probconv.examples import loaded_dice

X, Y = loaded_dice()
D = X - Y  # X + (-Y): convolution with Y's distribution flipped
print(D.support.tolist())
#> [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]
print(D[0], D.mean(), D.var() == (X + Y).var())
#> 57/400 7/5 True
print("P(X > Y) =", 1 - D.cdf(0), " P(X < Y) =", D.cdf(-1))
#> P(X > Y) = 259/400  P(X < Y) = 21/100

# numpy's correlate slides y along x without flipping it: the same numbers.
x, y = np.asarray(X.to_float().probs), np.asarray(Y.to_float().probs)
print(np.allclose(np.correlate(x, y, mode="full"), D.to_float().probs))
#> True
