"""Variances of independent variables add; standard deviations do not."""

from probconv.examples import loaded_dice

X, Y = loaded_dice()
S = X + Y
print(X.var(), Y.var(), S.var(), S.var() == X.var() + Y.var())
#> 1131/400 223/80 1123/200 True
sx, sy, ss = X.std(), Y.std(), S.std()
print(f"{sx:.3f} + {sy:.3f} = {sx + sy:.3f}, but sd(X + Y) = {ss:.3f}")
#> 1.682 + 1.670 = 3.351, but sd(X + Y) = 2.370
