"""Building distributions: Pmf, from_weights, die, point; exact or float."""

from probconv import Pmf
from probconv.examples import X_WEIGHTS  # (2, 2, 3, 3, 4, 6): the chapter's die X

# A distribution is a list of probabilities and the value the first one belongs to.
coin = Pmf([0.5, 0.5])  # P(0) = P(1) = 1/2
print(coin, coin.support.tolist())
#> Pmf([0.5, 0.5], start=0) [0, 1]

# Weights need not add up to 1: from_weights and die (faces from 1) normalise.
fair = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
X = Pmf.die(X_WEIGHTS, exact=True)
print(fair[1], X[6], X[7])  # indexing takes a value; outside the support it is 0
#> 1/6 3/10 0

# Exact distributions hold Fractions; summaries stay exact too.
print(X)
#> Pmf([1/10, 1/10, 3/20, 3/20, 1/5, 3/10], start=1, exact=True)
print(X.mean(), X.var(), X.cdf(3))
#> 83/20 1131/400 7/20
print(X.counts)  # integer numerators over one common denominator
#> ((2, 2, 3, 3, 4, 6), 20)

# The same die in floating point: faster for long distributions, no fractions.
Xf = Pmf.die(X_WEIGHTS)
print(Xf.mean(), round(Xf.std(), 4), Xf.probs.dtype)
#> 4.15 1.6815 float64
print(X.to_float().isclose(Xf))
#> True
# Floats are taken at their binary value, and 0.1 is not exactly 1/10 in binary:
print(Xf.to_exact() == X, Xf.to_exact()[1] == X[1])
#> False False

# A constant, and a distribution that starts somewhere else than 0.
W = Pmf.from_weights([1, 2, 1], start=-1, exact=True)
print(Pmf.point(3), W)
#> Pmf([1], start=3) Pmf([1/4, 1/2, 1/4], start=-1, exact=True)

# Long distributions print like numpy's long arrays: the ends and the length.
# Fractions too long to read (here with 3,000-digit denominators) show as ~decimals.
print(Pmf.binomial(30, 0.5))
#> Pmf([9.31323e-10, 2.79397e-08, 4.05125e-07, ..., 4.05125e-07, 2.79397e-08, 9.31323e-10], start=0, len=31)
print(X.nfold(1000))
#> Pmf([~1e-1000, ~1e-997, ~5.01e-995, ..., ~2.942e-518, ~8.814e-521, ~1.322e-523], start=1000, len=5001, exact=True)
