"""Variances of independent variables add; standard deviations do not."""

from probconv.examples import loaded_dice

X, Y = loaded_dice()
S = X + Y
print(X.var(), Y.var(), S.var(), S.var() == X.var() + Y.var())
#> 1131/400 223/80 1123/200 True
print(f"{X.std():.3f} + {Y.std():.3f} = {X.std() + Y.std():.3f}, but sd(X + Y) = {S.std():.3f}")
#> 1.682 + 1.670 = 3.351, but sd(X + Y) = 2.370
