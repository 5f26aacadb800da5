"""The loaded dice as polynomials: multiplying them is convolving them."""

from fractions import Fraction

from probconv.examples import loaded_dice

X, Y = loaded_dice()


def term(c, k):
    return f"{c}t" if k == 1 else f"{c}t^{k}"


def polynomial(P):
    """Write the distribution P as (c_a t^a + ... + c_b t^b) / denominator."""
    counts, den = P.counts
    terms = [term(c, k) for k, c in zip(P.support, counts, strict=True) if c]
    return f"({' + '.join(terms)}) / {den}"


def pgf(P, t):
    """The probability generating function E[t^P] at t, exactly."""
    return sum(p * t**k for k, p in zip(P.support, P.probs, strict=True))


print(polynomial(X))
#> (2t + 2t^2 + 3t^3 + 3t^4 + 4t^5 + 6t^6) / 20
print(polynomial(Y))
#> (6t + 5t^2 + 3t^3 + 2t^4 + 2t^5 + 2t^6) / 20
print(polynomial(X + Y))
#> (12t^2 + 22t^3 + 34t^4 + 43t^5 + 56t^6 + 79t^7 + 58t^8 + 38t^9 + 26t^10 + 20t^11 + 12t^12) / 400

# The product of the two polynomials is the polynomial of the sum, at every t.
for t in (Fraction(1, 2), Fraction(-3), Fraction(7, 5)):
    print(pgf(X, t) * pgf(Y, t) == pgf(X + Y, t))
#> True
#> True
#> True
