"""Uncorrelated is not independent: variances add, yet the sum is no convolution."""

from fractions import Fraction

from probconv import Pmf

# X is -1, 0 or 1 with equal chances, and Y = X^2 is decided by X.
X = Pmf([Fraction(1, 3)] * 3, start=-1, exact=True)
# Y = X^2 is 0 (when X = 0) or 1 (when X = -1 or 1).
Y = Pmf([Fraction(1, 3), Fraction(2, 3)], start=0, exact=True)
cov = sum(Fraction(1, 3) * x * x**2 for x in (-1, 0, 1)) - X.mean() * Y.mean()
print(cov)
#> 0

# The true X + X^2 is 0 (when X is -1 or 0) or 2 (when X is 1).
true_sum = Pmf([Fraction(2, 3), 0, Fraction(1, 3)], start=0, exact=True)
print(true_sum.var() == X.var() + Y.var())  # variances add: covariance 0 is enough
#> True
# ...but the convolution, which assumes independence, is still wrong.
print((X + Y).support.tolist(), (X + Y)[1], true_sum[1])
#> [-1, 0, 1, 2] 1/3 0
