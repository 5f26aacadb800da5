"""Sum n copies of the loaded die X: means add, variances add, a bell appears."""

import numpy as np

from probconv import normal_pdf
from probconv.examples import loaded_dice

X, _ = loaded_dice()  # exact: every probability is a Fraction
print(X.mean(), X.var())
#> 83/20 1131/400

S = X.nfold(20)  # the total of 20 independent throws of X
print(S.mean() == 20 * X.mean(), S.var() == 20 * X.var())
#> True True
print(S.mean(), S.var(), f"{S.std():.3f}")
#> 83 1131/20 7.520

# How far is P(S_n = k) from the normal density with the same mean and variance?
for n in (1, 2, 5, 20):
    Sn = X.nfold(n)
    exact = np.array(Sn.to_float().probs)
    normal = normal_pdf(Sn.support, float(Sn.mean()), Sn.std())
    print(n, f"{np.abs(exact - normal).max():.4f}")
#> 1 0.1705
#> 2 0.0400
#> 5 0.0069
#> 20 0.0014
