"""The two loaded dice used throughout the chapter, defined once.

X leans towards high faces and Y towards low ones; both are fair to nobody.
Every figure, the notebook, the explorer's test vectors and the tests take
their dice from here.

Examples
--------
>>> X, Y = loaded_dice()
>>> X[6], Y[1]
(Fraction(3, 10), Fraction(3, 10))
>>> (X + Y)[4]                  # (1, 3), (2, 2) and (3, 1)
Fraction(17, 200)
"""

from __future__ import annotations

from .pmf import Pmf

#: Weights of the faces 1..6 of the first die, X (in twentieths).
X_WEIGHTS: tuple[int, ...] = (2, 2, 3, 3, 4, 6)
#: Weights of the faces 1..6 of the second die, Y (in twentieths).
Y_WEIGHTS: tuple[int, ...] = (6, 5, 3, 2, 2, 2)


def loaded_dice(exact: bool = True) -> tuple[Pmf, Pmf]:
    """Return the chapter's two loaded dice ``(X, Y)``, exact by default."""
    return Pmf.die(X_WEIGHTS, exact=exact), Pmf.die(Y_WEIGHTS, exact=exact)
