"""Arithmetic on random variables: +, shift, -, nfold, mixture."""

from probconv import mixture
from probconv.examples import loaded_dice

X, Y = loaded_dice()

# X + Y: the distribution of the sum of independent X and Y (a convolution).
S = X + Y
print(S.start, len(S), S[4], S.mean() == X.mean() + Y.mean())
#> 2 11 17/200 True

# Adding an integer shifts; the shape does not change.
print((X + 10).support.tolist(), (X + 10)[16] == X[6])
#> [11, 12, 13, 14, 15, 16] True

# -X flips the distribution; X - Y is the difference of independent X and Y.
D = X - Y
print((-X).support.tolist(), D.start, D[0])
#> [-6, -5, -4, -3, -2, -1] -5 57/400

# The sum of n independent copies, by repeated squaring.
S3 = X.nfold(3)
print(S3 == X + X + X, S3.start, len(S3), S3.var() == 3 * X.var())
#> True 3 16 True

# A mixture picks one of the distributions at random: not a sum.
M = mixture([X, Y])  # equal weights: (P_X + P_Y) / 2, pointwise
print(M, M.mean())
#> Pmf([1/5, 7/40, 3/20, 1/8, 3/20, 1/5], start=1, exact=True) 69/20
