"""A fifty-fifty mixture of X and Y is not the distribution of X + Y."""

from probconv import mixture
from probconv.examples import loaded_dice

X, Y = loaded_dice()
M = mixture([X, Y])  # pick one of the two dice by a coin flip, throw it once
S = X + Y  # throw both dice, add the faces
print(M, M.mean())
#> Pmf([1/5, 7/40, 3/20, 1/8, 3/20, 1/5], start=1, exact=True) 69/20
print(S.support.tolist(), S.mean())
#> [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] 69/10
print(M[4], S[4])
#> 1/8 17/200
