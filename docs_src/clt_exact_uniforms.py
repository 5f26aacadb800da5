"""Exact sums of uniforms: Irwin-Hall densities with fraction coefficients."""

from fractions import Fraction

from probconv import PiecewisePoly

U = PiecewisePoly.uniform(0, 1)
S = U + U + U  # the density of U1 + U2 + U3, computed exactly
print(S(Fraction(3, 2)))
#> 3/4
for piece in S.pieces():
    print(f"on [{piece.lo}, {piece.hi}]: {piece}")
#> on [0, 1]: x**2/2
#> on [1, 2]: -x**2 + 3*x - 3/2
#> on [2, 3]: x**2/2 - 3*x + 9/2
# P(S <= 1), the mean and the variance
print(S.cdf(1), S.mean(), S.var())
#> 1/6 3/2 1/4

# The old trick: twelve uniforms minus 6, with mean 0 and variance 1.
T = U.nfold(12) - 6
print(T.mean(), T.var())
#> 0 1
peak = T(0)  # the standard normal's peak is 0.3989
print(peak, f"{float(peak):.4f}")
#> 655177/1663200 0.3939
tail = 1 - T.cdf(3)  # P(T > 3); for the standard normal it is 0.0013
print(tail, f"{float(tail):.4f}")
#> 397/394240 0.0010
