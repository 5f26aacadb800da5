"""The general formula, by hand and by probconv, on exact examples."""

from fractions import Fraction

from probconv import Pmf


def convolution_at(f: Pmf, g: Pmf, k: int) -> Fraction:
    """(f * g)(k) = sum over i of f(i) g(k - i); f and g are zero off their supports."""
    lo = min(f.start, k - (g.start + len(g) - 1))
    hi = max(f.start + len(f) - 1, k - g.start)
    return sum((f[i] * g[k - i] for i in range(lo, hi + 1)), Fraction(0))


fair = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
coin = Pmf.from_weights([1, 1], start=0, exact=True)  # 0 or 1, half each

# Two fair dice: six ways to make 7, each worth 1/36.
print(convolution_at(fair, fair, 7), (fair + fair)[7])
#> 1/6 1/6

# A fair die plus a fair coin: lengths 6 and 2 give 6 + 2 - 1 = 7 values,
# starting at 1 + 0 = 1, the smallest possible total.
s = fair + coin
print(len(s), s.start)
#> 7 1
print(s)
#> Pmf([1/12, 1/6, 1/6, 1/6, 1/6, 1/6, 1/12], start=1, exact=True)

# The formula over all integers agrees with the library everywhere, zeros included.
print(all(convolution_at(fair, coin, k) == s[k] for k in range(-3, 12)))
#> True
