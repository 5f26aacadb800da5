"""Questions about one variable and about two: cdf, quantiles, comparisons, max and min, scaling."""

import numpy as np

from probconv import Pmf
from probconv.examples import X_WEIGHTS, Y_WEIGHTS

X = Pmf.die(X_WEIGHTS, exact=True)  # the chapter's two dice
Y = Pmf.die(Y_WEIGHTS, exact=True)

# P(X <= k) and P(X > k) take any real k, as scipy.stats does: a step function.
print(X.cdf(3), X.cdf(3.5), X.sf(4))
#> 7/20 7/20 1/2
# The smallest k with P(X <= k) >= q; the median is q = 1/2.
print(X.quantile(0.25), X.median(), Y.median())
#> 3 4 2

# Comparisons of independent variables, exact for exact dice.
print(X.prob_gt(Y), X.prob_eq(Y), X.prob_lt(Y))
#> 259/400 57/400 21/100
# The best and the worst of two independent throws.
print(X.max(Y))
#> Pmf([3/100, 2/25, 27/200, 31/200, 23/100, 37/100], start=1, exact=True)
print(X.min(Y))
#> Pmf([37/100, 27/100, 33/200, 19/200, 7/100, 3/100], start=1, exact=True)

# k * X scales one throw; X.nfold(k) adds k independent throws. They differ:
print((2 * X)[8], X.nfold(2)[8])
#> 3/20 57/400
print((2 * X).var() == 4 * X.var(), X.nfold(2).var() == 2 * X.var())
#> True True

# Two more ways in: a table of values, and a sample.
print(Pmf.from_dict({1: "1/2", 4: "1/2"}, exact=True))
#> Pmf([1/2, 0, 0, 1/2], start=1, exact=True)
throws = X.sample(100_000, np.random.default_rng(2024))
print(Pmf.from_samples(throws).isclose(X, atol=0.01))
#> True
