"""2X, one throw doubled, is not X1 + X2, the sum of two independent throws."""

from probconv.examples import loaded_dice

X, _ = loaded_dice()
doubled = 2 * X  # scaling: one throw, its face doubled
added = X.nfold(2)  # two independent throws, added
print(doubled[7], added[7])  # an odd total
#> 0 29/200
print(doubled[12], added[12])  # the top total
#> 3/10 9/100
print(doubled.mean(), added.mean())  # the same centre
#> 83/10 83/10
print(doubled.var(), added.var())  # four times Var[X], against two times
#> 1131/100 1131/200
print(f"{doubled.std():.2f} {added.std():.2f}")
#> 3.36 2.38
