"""Weighted dice: add the probabilities on a diagonal, do not count its cells."""

from fractions import Fraction

from probconv.examples import loaded_dice

X, Y = loaded_dice()
for total in (4, 7):
    cells = [(i, total - i) for i in range(1, 7) if 1 <= total - i <= 6]
    counted = Fraction(len(cells), 36)  # right only for fair dice
    summed = sum(X[i] * Y[j] for i, j in cells)
    print(total, len(cells), counted, summed, summed == (X + Y)[total])
#> 4 3 1/12 17/200 True
#> 7 6 1/6 79/400 True
