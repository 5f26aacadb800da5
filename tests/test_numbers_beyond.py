"""Every number stated in the "Going further" pages, recomputed with probconv.

Each entry names a page under ``docs/``, the string as the page states it, and
a function that recomputes the value with the library (or from first
principles, for facts such as the Cauchy probability 1/2) and formats it the
way the prose writes it. The test asserts that the recomputed string equals
the stated one and that the page contains it, ignoring line wrapping and the
indentation of admonitions, so a change to the dice, the library or the prose
that makes a stated number wrong fails.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import numpy as np
import pytest
from scipy import stats

from probconv import Density, PiecewisePoly, Pmf, convolve, convolve2d, irwin_hall_pdf, kernels, mixture, normal_pdf
from probconv.engine import DIRECT_MAX_LENGTH, auto_method
from probconv.examples import X_WEIGHTS, Y_WEIGHTS, loaded_dice
from tests.prose import DOCS, assert_page_states, placements, short

X, Y = loaded_dice()
TOTAL = X + Y
DIFF = X - Y
FAIR = Pmf.die([1] * 6, exact=True)
UNIFORM = PiecewisePoly.uniform(0, 1)
TWELVE = UNIFORM.nfold(12) - 6  # the old trick: twelve uniforms minus 6
WORDS = {2: "two", 5: "five", 11: "eleven"}


# -- formatting: the way the prose writes numbers -----------------------------------


def frac_dec(p: Fraction) -> str:
    """A fraction and its exact decimal, as in ``57/400 = 0.1425``."""
    return f"{p} = {short(p)}"


def poly(counts: list[int], start: int) -> str:
    """Integer coefficients as the LaTeX numerator the pages write (``2t + 2t^2 + ...``)."""

    def power(k: int) -> str:
        return "" if k == 0 else "t" if k == 1 else f"t^{k}" if k < 10 else f"t^{{{k}}}"

    terms = [f"{'' if c == 1 and k else c}{power(k)}" for k, c in enumerate(counts, start) if c]
    return " + ".join(terms)


def split_poly(terms: str, den: int) -> str:
    """The product polynomial as the page sets it: over two lines of six and five terms."""
    parts = terms.split(" + ")
    return rf"\tfrac{{1}}{{{den}}}\big(&{' + '.join(parts[:6])} \\ &\quad + {' + '.join(parts[6:])}\big)"


def faces(counts: Any) -> str:
    """The faces of a die whose polynomial has these coefficients (lowest degree first)."""
    return ", ".join(str(k) for k, c in enumerate(counts) for _ in range(int(c)))


# -- recomputations: repeated sums ----------------------------------------------------


def nfold_convolutions(n: int) -> int:
    """Convolutions that repeated squaring needs for n copies: squarings plus combinations."""
    return (n.bit_length() - 1) + (bin(n).count("1") - 1)


def squaring_parts(n: int) -> list[int]:
    """The powers of two that repeated squaring combines for n, largest first."""
    return [1 << i for i in reversed(range(n.bit_length())) if n >> i & 1]


def second_moment(P: Pmf) -> Fraction:
    return sum((Fraction(k) ** 2 * p for k, p in zip(P.support.tolist(), P.probs, strict=True)), Fraction(0))


@functools.cache
def normal_gap(n: int) -> float:
    """The largest gap between P(S_n = k) and the normal density at k (docs_src/beyond_repeated_sums.py)."""
    s = X.nfold(n)
    exact = np.array(s.to_float().probs)
    return float(np.abs(exact - normal_pdf(s.support, float(s.mean()), s.std())).max())


@functools.cache
def uniform_sums() -> dict[int, Density]:
    """U1 + ... + Un on a grid of step 0.001 for n = 1 .. 12."""
    u = Density.uniform(0, 1, dx=0.001)
    out = {1: u}
    for n in range(2, 13):
        out[n] = out[n - 1] + u
    return out


def irwin_hall_gap(n: int) -> float:
    d = uniform_sums()[n]
    return float(np.abs(d.values - irwin_hall_pdf(d.x, n)).max())


def normal_mean_within_one(n: int) -> str:
    """P(|mean of n standard normals| <= 1) = P(|Z| <= sqrt(n)) = erf(sqrt(n / 2))."""
    return f"{math.erf(math.sqrt(n / 2)):.2f}"


def cauchy_within_one() -> Fraction:
    """P(|C| <= 1) = (2 / pi) arctan 1 for a standard Cauchy variable, as an exact ratio."""
    value = 2 / math.pi * math.atan(1)
    frac = Fraction(value).limit_denominator(10)
    assert math.isclose(value, float(frac), rel_tol=1e-15)
    return frac


# -- recomputations: generating functions -----------------------------------------------


def multiply(*polys: Any) -> np.ndarray:
    out = np.array([1])
    for p in polys:
        out = np.convolve(out, p)
    return out


T, ONE_PLUS_T, PHI3, PHI6 = [0, 1], [1, 1], [1, 1, 1], [1, -1, 1]


def sicherman() -> tuple[np.ndarray, np.ndarray]:
    return multiply(T, ONE_PLUS_T, PHI3), multiply(T, ONE_PLUS_T, PHI3, PHI6, PHI6)


def die_from_counts(counts: Any) -> Pmf:
    counts = [int(c) for c in counts]
    first = next(k for k, c in enumerate(counts) if c)
    return Pmf.from_weights(counts[first:], start=first, exact=True)


def sicherman_claim() -> str:
    a, b = sicherman()
    assert die_from_counts(a) + die_from_counts(b) == FAIR + FAIR
    return f"faces ${faces(a)}$ and\n${faces(b)}$"


def tetrahedral_claim() -> str:
    a, b = multiply(T, ONE_PLUS_T, ONE_PLUS_T), multiply(T, [1, 0, 1], [1, 0, 1])
    d4 = Pmf.die([1] * 4, exact=True)
    assert die_from_counts(a) + die_from_counts(b) == d4 + d4
    return f"the dice with faces ${faces(a)}$ and ${faces(b)}$"


def value_at_one() -> str:
    vals = [int(np.polyval(p[::-1], 1)) for p in (T, ONE_PLUS_T, PHI3, PHI6)]
    return f"${vals[0]}$, ${vals[1]}$, ${vals[2]}$ and ${vals[3]}$ at $t = 1$"


def weighted_sum_text(numbers: list[int], den: int) -> str:
    return "(" + " + ".join(map(str, numbers)) + f")/{den}"


# -- recomputations: Fourier ------------------------------------------------------------


def circular(size: int) -> np.ndarray:
    x, y = np.array(X.to_float().probs), np.array(Y.to_float().probs)
    return np.fft.irfft(np.fft.rfft(x, size) * np.fft.rfft(y, size), size)


def fft_costs() -> tuple[int, float]:
    n = 10**5
    big_n = 2 * n
    return n * n, big_n * math.log2(big_n)


def sci(value: float, digits: int = 1) -> str:
    exponent = math.floor(math.log10(value))
    power = f"10^{exponent}" if 0 <= exponent <= 9 else f"10^{{{exponent}}}"
    return rf"{value / 10**exponent:.{digits}f} \times {power}"


@functools.cache
def fft_tail() -> tuple[float, bool, bool, float]:
    """(direct P(all 200 show 1), any of the 10 smallest FFT values within a factor 2,
    any negative FFT value, worst FFT error)."""
    h = np.asarray(X.to_float().nfold(100).probs)
    direct = convolve(h, h, method="direct")
    fft = convolve(h, h, method="fft")
    close = bool(np.isclose(fft[:10], direct[:10], rtol=0.5, atol=0).any())
    return float(direct[0]), close, bool((fft < 0).any()), float(np.abs(fft - direct).max())


def fft_tail_claim() -> str:
    direct, close, negative, worst = fft_tail()
    assert worst < 1e-16 and negative and not close
    exact = X.nfold(200)[200]
    assert exact == X[1] ** 200 and math.isclose(direct, float(exact), rel_tol=1e-9)
    return f"= 10^{{{round(math.log10(float(exact)))}}}$, which is right,\nsince $P(X = 1) = {X[1]}$"


# -- recomputations: misconceptions -------------------------------------------------------


def same_throw_total(z: int) -> Fraction:
    """P(X + X = z) when both terms are the same throw: P(X = z / 2)."""
    return X[z // 2] if z % 2 == 0 else Fraction(0)


def opposite_face_independent() -> Fraction:
    """P(X + Y' = 7) when Y' is an independent die distributed like 7 - X."""
    return (X + (7 - X))[7]


def uncorrelated_example() -> str:
    x = Pmf([Fraction(1, 3)] * 3, start=-1, exact=True)
    y = Pmf([Fraction(1, 3), Fraction(2, 3)], start=0, exact=True)
    true_sum = Pmf([Fraction(2, 3), 0, Fraction(1, 3)], start=0, exact=True)
    assert true_sum.var() == x.var() + y.var() and true_sum[1] == 0
    return f"a probability of ${(x + y)[1]}$"


def forgotten_dx() -> str:
    u = Density.uniform(0, 1, dx=0.01)
    raw = np.convolve(u.values, u.values)
    t = u + u
    return (
        f"With $dx = {u.dx:g}$, the bare convolution of two uniform densities peaks at {raw.max():.0f} and "
        f"encloses an\narea of {raw.sum() * u.dx:.0f}. Multiplied by $dx$, it is the [triangle on $[0, 2]$]"
        f"(continuous.md#on-a-grid-multiply-by-dx)\nwith peak {t.values.max():.0f} and area {t.mass():.0f}"
    )


def count_vs_add(total: int) -> tuple[Fraction, Fraction]:
    cells = [(i, total - i) for i in range(1, 7) if 1 <= total - i <= 6]
    return Fraction(len(cells), 36), sum((X[i] * Y[j] for i, j in cells), Fraction(0))


# -- recomputations: exercises --------------------------------------------------------------


def three_dice_count() -> str:
    count = math.comb(9, 2) - 3 * math.comb(3, 2)
    assert Fraction(count, 216) == FAIR.nfold(3)[10]
    return rf"\binom{{9}}{{2}} - 3\binom{{3}}{{2}} = {math.comb(9, 2)} - {3 * math.comb(3, 2)} = {count}"


def sicherman_five() -> str:
    a, b = sicherman()
    s = die_from_counts(a) + die_from_counts(b)
    assert s[5] == (FAIR + FAIR)[5] == Fraction(4, 36)
    return f"{s[5] * 36} of the 36 equally likely pairs, ${s[5] * 36}/36$"


def irwin_hall_moments() -> str:
    """Means and variances of U1 + ... + Un on the grid for n = 2, 3, 12, as the page writes them."""
    means = [short(round(uniform_sums()[n].mean(), 4)) for n in (2, 3, 12)]
    variances = [str(Fraction(round(uniform_sums()[n].var(), 4)).limit_denominator(12)) for n in (2, 3, 12)]
    assert variances == [str(Fraction(n, 12)) for n in (2, 3, 12)] and means == [short(n / 2) for n in (2, 3, 12)]
    return (
        f"The means ${means[0]}$, ${means[1]}$ and ${means[2]}$ and the variances "
        f"${variances[0]}$, ${variances[1]}$ and ${variances[2]}$"
    )


def irwin_hall_joins() -> str:
    """The three pieces meet at z = 1 and z = 2 with the same value and the same slope."""
    left, middle, right = (lambda z: z**2 / 2), (lambda z: (-2 * z**2 + 6 * z - 3) / 2), (lambda z: (3 - z) ** 2 / 2)
    slopes = (lambda z: z), (lambda z: -2 * z + 3), (lambda z: z - 3)
    assert left(1) == middle(1) == middle(2) == right(2)
    assert slopes[0](1) == slopes[1](1) and slopes[1](2) == slopes[2](2)
    return f"at $z = 1$ and $z = 2$ with value ${Fraction(left(1)).limit_denominator(8)}$"


def irwin_hall_3(z: Any) -> np.ndarray:
    z = np.asarray(z, dtype=float)
    return np.select(
        [(z >= 0) & (z < 1), (z >= 1) & (z < 2), (z >= 2) & (z <= 3)],
        [z**2 / 2, (-2 * z**2 + 6 * z - 3) / 2, (3 - z) ** 2 / 2],
        default=0.0,
    )


def irwin_hall_3_claim() -> str:
    s = uniform_sums()[3]
    gap = float(np.abs(s.values - irwin_hall_3(s.x)).max())
    assert np.allclose(irwin_hall_3(s.x), irwin_hall_pdf(s.x, 3), atol=1e-12)
    return f"at most ${sci(gap)}$"


def exp_sum_gap() -> float:
    a, b = 1.0, 3.0
    s = Density.exponential(a, dx=0.001) + Density.exponential(b, dx=0.001)
    closed = a * b / (b - a) * (np.exp(-a * s.x) - np.exp(-b * s.x))
    return float(np.abs(s.values - closed).max())


def uniform_exp() -> Density:
    return Density.uniform(0, 1, 0.001) + Density.exponential(1.0, 0.001)


def uniform_exp_closed(z: float) -> float:
    """The density of U(0, 1) + Exp(1): e^(-z) (e^min(1, z) - 1)."""
    return math.exp(-z) * (math.exp(min(1.0, z)) - 1.0)


def uniform_exp_at(z: float) -> float:
    """The exercise's value at z: the closed form, which probconv's grid matches to four decimals."""
    s = uniform_exp()
    assert round(float(np.interp(z, s.x, s.values)), 4) == round(uniform_exp_closed(z), 4)
    return uniform_exp_closed(z)


def blur_twice() -> np.ndarray:
    """Two 3 x 3 box blurs as one kernel: the library's 2-D convolution of the box with itself."""
    return convolve2d(kernels.box(3), kernels.box(3))


def blur_twice_weights() -> str:
    k = blur_twice()
    centre, corner = (Fraction(float(v)).limit_denominator(100) for v in (k[2, 2], k[0, 0]))
    assert k.shape == (5, 5)
    return f"centre weight is\n    $(3/9)^2 = {centre}$, and a corner weight is $(1/9)^2 = {corner}$"


def blur_twice_axis() -> str:
    axis = blur_twice().sum(axis=0)
    return ", ".join(f"{Fraction(float(v)).limit_denominator(100) * 9}/9" for v in axis).join("$$")


def blur_twice_variance() -> str:
    axis = blur_twice().sum(axis=0)
    offsets = np.arange(-2, 3)
    variance = Fraction(float(axis @ offsets**2)).limit_denominator(100)
    single = Fraction(float(kernels.box(3).sum(axis=0) @ np.arange(-1, 2) ** 2)).limit_denominator(100)
    return f"combined jitter has variance ${variance}$, not the ${single}$"


def cnn_dice() -> Pmf:
    X = Pmf.die(list(X_WEIGHTS), exact=True)
    return X - Pmf.die([1] * 6, exact=True)


def cnn_dice_tie() -> str:
    return f"so $P(X - Y = 0) = (0.10 + \\dots + 0.30)/6 = {cnn_dice()[0]}$"


def cnn_dice_beats() -> str:
    beats = sum((cnn_dice()[d] for d in range(1, 6)), Fraction(0))
    return f"= \\frac{{3.15}}{{6}} = {float(beats):.3f}"


def cnn_dice_fractions() -> str:
    d = cnn_dice()
    return f"`{d[0]!r}` and `{sum((d[k] for k in range(1, 6)), Fraction(0))!r}`"


def uniform_exp_peak() -> str:
    s = uniform_exp()
    k = int(np.argmax(s.values))
    assert abs(s.x[k] - 1.0) < 0.002 and round(float(s.values[k]), 3) == round(uniform_exp_closed(1.0), 3)
    return f"$1 - e^{{-1}} \\approx {uniform_exp_at(1.0):.4f}$"


def uniform_trapezoid() -> Density:
    return Density.uniform(0, 1, 0.001) + Density.uniform(0, 2, 0.001)


def uniform_trapezoid_values() -> str:
    s = uniform_trapezoid()
    a, b = (round(float(np.interp(z, s.x, s.values)), 4) for z in (0.5, 1.5))
    return f"is ${a:g}$ at $z = 0.5$ and ${b:g}$ at $z = 1.5$"


def uniform_trapezoid_corner() -> str:
    s = uniform_trapezoid()
    corner = float(s.values[s.x < 1].sum() * 0.001)
    exact = Fraction(1, 2) * Fraction(1, 2)  # the triangle x + y <= 1 (area 1/2) times the joint density 1/2
    assert abs(corner - float(exact)) < 1e-3
    return rf"\int_0^1 \frac{{z}}{{2}}\, dz = \frac{{{exact.numerator}}}{{{exact.denominator}}}"


def poisson(lam: float, n: int) -> np.ndarray:
    return np.array([math.exp(-lam) * lam**k / math.factorial(k) for k in range(n + 1)])


def poisson_claim() -> str:
    a, b, n = 2.0, 3.5, 40
    total = convolve(poisson(a, n), poisson(b, n))[: n + 1]
    target = poisson(a + b, n)
    assert np.allclose(total, target, rtol=1e-12, atol=0)
    assert f"{total[5]:.6f}" == f"{target[5]:.6f}"
    return f"$P(M + N = 5) = {target[5]:.6f}$"


# -- the table of stated numbers ------------------------------------------------------------
# (page, the string as the page states it, how probconv recomputes it)

S20 = X.nfold(20)
E = pytest.param
ENTRIES = [
    # clt.md
    E("clt.md", "For $n = 3$ the density at\n$x = 3/2$ is exactly $3/4$",
      lambda: f"For $n = 3$ the density at\n$x = 3/2$ is exactly ${UNIFORM.nfold(3)(Fraction(3, 2))}$",
      id="clt-irwin-hall-three-halves"),
    E("clt.md", "$P(U_1 + U_2 + U_3 \\le 1) = 1/6$",
      lambda: f"$P(U_1 + U_2 + U_3 \\le 1) = {UNIFORM.nfold(3).cdf(1)}$", id="clt-irwin-hall-corner"),
    E("clt.md", "their density at 0 is $655177/1663200 \\approx 0.3939$, against\n$0.3989$",
      lambda: f"their density at 0 is ${TWELVE(0)} \\approx {float(TWELVE(0)):.4f}$, against\n"
              f"${normal_pdf(0.0, 0.0, 1.0):.4f}$", id="clt-twelve-uniforms-peak"),
    E("clt.md", "$397/394240 \\approx 0.0010$, against $0.0013$",
      lambda: f"${1 - TWELVE.cdf(3)} \\approx {float(1 - TWELVE.cdf(3)):.4f}$, against "
              f"${stats.norm.sf(3):.4f}$", id="clt-twelve-uniforms-tail"),
    E("clt.md", "has $5n + 1$ entries: 101 of them for\n$n = 20$",
      lambda: f"has $5n + 1$ entries: {len(S20)} of them for $n = 20$"
      if all(len(X.nfold(n)) == 5 * n + 1 for n in (1, 2, 5, 20)) else "", id="clt-support-length"),
    E("clt.md", "$S_{20} = S_{16} + S_4$",
      lambda: "$S_{20} = " + " + ".join(f"S_{{{p}}}" if p > 9 else f"S_{p}" for p in squaring_parts(20)) + "$",
      id="clt-squaring-parts"),
    E("clt.md", "That is 5 convolutions instead of 19.",
      lambda: f"That is {nfold_convolutions(20)} convolutions instead of {20 - 1}.", id="clt-convolution-count"),
    E("clt.md", r"\frac{1 \cdot 2 + 2 \cdot 2 + 3 \cdot 3 + 4 \cdot 3 + 5 \cdot 4 + 6 \cdot 6}{20}",
      lambda: r"\frac{" + " + ".join(rf"{k} \cdot {w}" for k, w in enumerate(X_WEIGHTS, 1)) + "}{20}",
      id="clt-mean-numerator"),
    E("clt.md", r"= \frac{83}{20} = 4.15", lambda: rf"= \frac{{{X.mean().numerator}}}{{{X.mean().denominator}}} = "
      f"{short(X.mean())}", id="clt-mean-x"),
    E("clt.md", "$E[X^2] = 401/20$", lambda: f"$E[X^2] = {second_moment(X)}$", id="clt-second-moment"),
    E("clt.md", r"\frac{401}{20} - \left(\frac{83}{20}\right)^2 = \frac{1131}{400} = 2.8275",
      lambda: rf"\frac{{401}}{{20}} - \left(\frac{{83}}{{20}}\right)^2 = \frac{{{X.var().numerator}}}"
      rf"{{{X.var().denominator}}} = {short(X.var())}" if second_moment(X) - X.mean() ** 2 == X.var() else "",
      id="clt-variance-x"),
    E("clt.md", r"E[S_{20}] = 20 \cdot \frac{83}{20} = 83",
      lambda: rf"E[S_{{20}}] = 20 \cdot \frac{{83}}{{20}} = {S20.mean()}", id="clt-mean-s20"),
    E("clt.md", r"\frac{1131}{20} = 56.55", lambda: rf"\frac{{{S20.var().numerator}}}{{{S20.var().denominator}}} = "
      f"{short(S20.var())}", id="clt-variance-s20"),
    E("clt.md", r"$\sqrt{56.55} \approx 7.520$", lambda: rf"$\sqrt{{{short(S20.var())}}} \approx {S20.std():.3f}$",
      id="clt-std-s20"),
    E("clt.md", r"$\sqrt{20} \approx 4.47$ times", lambda: rf"$\sqrt{{20}} \approx {S20.std() / X.std():.2f}$ times",
      id="clt-std-ratio"),
    E("clt.md", "0.1705 for one die to 0.0400 for two, 0.0069 for five and 0.0014 for\ntwenty",
      lambda: f"{normal_gap(1):.4f} for one die to {normal_gap(2):.4f} for two, {normal_gap(5):.4f} for five and "
      f"{normal_gap(20):.4f} for twenty", id="clt-normal-gaps"),
    E("clt.md", "tallest bar of about 0.053 at $n = 20$",
      lambda: f"tallest bar of about {max(S20.to_float().probs):.3f} at $n = 20$", id="clt-tallest-bar"),
    E("clt.md", "For $n = 12$ the variance is exactly 1",
      lambda: f"For $n = 12$ the variance is exactly {Fraction(12, 12)}"
      if round(uniform_sums()[12].var(), 4) == 1 else "", id="clt-twelve-uniforms"),
    E("clt.md", "The means $1$, $1.5$ and $6$ and the variances $1/6$, $1/4$ and $1$",
      irwin_hall_moments, id="clt-irwin-hall-moments"),
    E("clt.md", "to better than $10^{-6}$",
      lambda: "to better than $10^{-6}$" if max(irwin_hall_gap(n) for n in (2, 3, 12)) < 1e-6 else "",
      id="clt-irwin-hall-gap"),
    E("clt.md", r"$\frac{2}{\pi}\arctan 1 = \frac{1}{2}$",
      lambda: rf"$\frac{{2}}{{\pi}}\arctan 1 = \frac{{{cauchy_within_one().numerator}}}"
      rf"{{{cauchy_within_one().denominator}}}$",
      id="clt-cauchy-half"),
    E("clt.md", "0.68 for $n = 1$, 0.84 for\n$n = 2$ and 0.95 for $n = 4$",
      lambda: f"{normal_mean_within_one(1)} for $n = 1$, {normal_mean_within_one(2)} for $n = 2$ and "
      f"{normal_mean_within_one(4)} for $n = 4$", id="clt-normal-means"),
    # generating-functions.md
    E("generating-functions.md", r"G_X(t) = \frac{2t + 2t^2 + 3t^3 + 3t^4 + 4t^5 + 6t^6}{20}",
      lambda: rf"G_X(t) = \frac{{{poly(list(X.counts[0]), X.start)}}}{{{X.counts[1]}}}", id="gf-poly-x"),
    E("generating-functions.md", r"G_Y(t) = \frac{6t + 5t^2 + 3t^3 + 2t^4 + 2t^5 + 2t^6}{20}",
      lambda: rf"G_Y(t) = \frac{{{poly(list(Y.counts[0]), Y.start)}}}{{{Y.counts[1]}}}", id="gf-poly-y"),
    E("generating-functions.md", r"\tfrac{1}{400}\big(&12t^2 + 22t^3 + 34t^4 + 43t^5 + 56t^6 + 79t^7 \\ "
      r"&\quad + 58t^8 + 38t^9 + 26t^{10} + 20t^{11} + 12t^{12}\big)",
      lambda: split_poly(poly(list(TOTAL.counts[0]), TOTAL.start), TOTAL.counts[1]), id="gf-poly-sum"),
    E("generating-functions.md", r"$2 \cdot 3 + 2 \cdot 5 + 3 \cdot 6 = 34$",
      lambda: "$" + " + ".join(rf"{X_WEIGHTS[i - 1]} \cdot {Y_WEIGHTS[4 - i - 1]}" for i in (1, 2, 3))
      + f" = {TOTAL.counts[0][4 - TOTAL.start]}$", id="gf-four-coefficient"),
    E("generating-functions.md", "$P(X + Y = 4) = 34/400 = 17/200 = 0.085$",
      lambda: f"$P(X + Y = 4) = {TOTAL.counts[0][2]}/{TOTAL.counts[1]} = {TOTAL[4]} = {short(TOTAL[4])}$",
      id="gf-four-probability"),
    E("generating-functions.md", "$(1, 2)$ and $(1, 3)$ convolved into\n$(1, 5, 6)$, that is 156",
      lambda: "$(1, 2)$ and $(1, 3)$ convolved into $(" + ", ".join(map(str, np.convolve([1, 2], [1, 3])))
      + f")$, that is {12 * 13}", id="gf-long-multiplication"),
    E("generating-functions.md", "$(2 + 4 + 9 + 12 + 20 + 36)/20 = 83/20$",
      lambda: "$" + weighted_sum_text([k * w for k, w in enumerate(X_WEIGHTS, 1)], 20) + f" = {X.mean()}$",
      id="gf-derivative-mean"),
    E("generating-functions.md", "$1/36$ for 2, $2/36$ for 3, up to $6/36$ for 7",
      lambda: f"${(FAIR + FAIR)[2] * 36}/36$ for 2, ${(FAIR + FAIR)[3] * 36}/36$ for 3, up to "
      f"${(FAIR + FAIR)[7] * 36}/36$ for 7", id="gf-fair-pair"),
    E("generating-functions.md", r"f(t) = t\,(1 + t)\,(1 + t + t^2)\,(1 - t + t^2).",
      lambda: r"f(t) = t\,(1 + t)\,(1 + t + t^2)\,(1 - t + t^2)."
      if list(multiply(T, ONE_PLUS_T, PHI3, PHI6)) == [0, 1, 1, 1, 1, 1, 1] else "", id="gf-factorisation"),
    E("generating-functions.md", "$1$, $2$, $3$ and $1$ at $t = 1$", value_at_one, id="gf-values-at-one"),
    E("generating-functions.md", r"a(t) = t\,(1 + t)(1 + t + t^2) = t + 2t^2 + 2t^3 + t^4",
      lambda: r"a(t) = t\,(1 + t)(1 + t + t^2) = " + poly(list(sicherman()[0]), 0), id="gf-sicherman-a"),
    E("generating-functions.md", r"b(t) = t\,(1 + t)(1 + t + t^2)(1 - t + t^2)^2 = t + t^3 + t^4 + t^5 + t^6 + t^8",
      lambda: r"b(t) = t\,(1 + t)(1 + t + t^2)(1 - t + t^2)^2 = " + poly(list(sicherman()[1]), 0), id="gf-sicherman-b"),
    E("generating-functions.md", "faces $1, 2, 2, 3, 3, 4$ and\n$1, 3, 4, 5, 6, 8$", sicherman_claim,
      id="gf-sicherman-faces"),
    # fourier.md
    E("fourier.md", "that is $10^{10}$ multiply-adds",
      lambda: f"that is $10^{{{round(math.log10(fft_costs()[0]))}}}$ multiply-adds", id="fourier-direct-cost"),
    E("fourier.md", r"where $N \log_2 N$ is about $3.5 \times 10^6$",
      lambda: rf"where $N \log_2 N$ is about ${sci(fft_costs()[1])}$", id="fourier-fft-cost"),
    E("fourier.md", "roughly a\nthousandth of the work",
      lambda: "roughly a thousandth of the work" if round(math.log10(fft_costs()[0] / (3 * fft_costs()[1]))) == 3
      else "", id="fourier-cost-ratio"),
    E("fourier.md", "has at most 64 entries",
      lambda: f"has at most {DIRECT_MAX_LENGTH} entries"
      if auto_method(DIRECT_MAX_LENGTH, 10**6) == "direct" and auto_method(2000, 2000) == "fft" else "",
      id="fourier-auto-threshold"),
    E("fourier.md", "Adding two dice is always a direct sum.",
      lambda: "Adding two dice is always a direct sum." if auto_method(6, 6) == "direct" else "",
      id="fourier-dice-direct"),
    E("fourier.md", "$6 + 6 - 1 = 11$ positions",
      lambda: f"${len(X)} + {len(Y)} - 1 = {len(TOTAL)}$ positions", id="fourier-padded-length"),
    E("fourier.md", "it reads 0.0600, because the total 12\n(probability 0.03) has wrapped onto the total 2 "
      "(probability 0.03)",
      lambda: f"it reads {circular(10)[0]:.4f}, because the total 12 (probability {short(TOTAL[12])}) has wrapped onto "
      f"the total 2 (probability {short(TOTAL[2])})", id="fourier-wrap-one-short"),
    E("fourier.md", "At length 6, five of the\neleven totals wrap",
      lambda: f"At length 6, {WORDS[int((TOTAL.support - TOTAL.start >= 6).sum())]} of the "
      f"{WORDS[len(TOTAL)]} totals wrap",
      id="fourier-wrap-count"),
    E("fourier.md", "P(X + Y = 2) + P(X + Y = 8) = 0.03 + 0.145 = 0.175.",
      lambda: f"P(X + Y = 2) + P(X + Y = 8) = {short(TOTAL[2])} + {short(TOTAL[8])} = {circular(6)[0]:.3f}.",
      id="fourier-wrap-no-padding"),
    E("fourier.md", "= 10^{-200}$, which is right,\nsince $P(X = 1) = 1/10$", fft_tail_claim, id="fourier-fft-tail"),
    E("fourier.md", "misses no value by more than $10^{-16}$",
      lambda: "misses no value by more than $10^{-16}$" if fft_tail()[3] < 1e-16 else "", id="fourier-fft-error"),
    # correlation.md
    E("correlation.md", "$1 - 6 = -5$ to $6 - 1 = 5$",
      lambda: f"$1 - 6 = {DIFF.start}$ to $6 - 1 = {DIFF.support[-1]}$", id="corr-range"),
    E("correlation.md", "$P(X - Y = 0) = 57/400 = 0.1425$",
      lambda: f"$P(X - Y = 0) = {frac_dec(DIFF[0])}$" if DIFF[0] == sum(X[k] * Y[k] for k in range(1, 7)) else "",
      id="corr-same-face"),
    E("correlation.md", "$P(X > Y) = 259/400 = 0.6475$", lambda: f"$P(X > Y) = {frac_dec(1 - DIFF.cdf(0))}$",
      id="corr-x-beats-y"),
    E("correlation.md", "$P(X < Y) = 21/100 = 0.21$", lambda: f"$P(X < Y) = {frac_dec(DIFF.cdf(-1))}$",
      id="corr-y-beats-x"),
    E("correlation.md", "$7/5 = 1.4 = 4.15 - 2.75$",
      lambda: f"${frac_dec(DIFF.mean())} = {short(X.mean())} - {short(Y.mean())}$", id="corr-mean"),
    E("correlation.md", "$1123/200 = 5.615$",
      lambda: f"${frac_dec(DIFF.var())}$" if DIFF.var() == TOTAL.var() else "", id="corr-variance"),
    E("correlation.md", "gives the same eleven numbers", lambda: f"gives the same {WORDS[len(DIFF)]} numbers",
      id="corr-numpy-correlate"),
    E("correlation.md", "$39/200 = 0.195$ for the die $X$",
      lambda: f"${frac_dec((X - X)[0])}$ for the die $X$" if (X - X)[0] == sum(p * p for p in X.probs) else "",
      id="corr-autocorrelation"),
    # misconceptions.md
    E("misconceptions.md", "$69/20 = 3.45$", lambda: f"${frac_dec(mixture([X, Y]).mean())}$", id="mis-mixture-mean"),
    E("misconceptions.md", "$69/10 = 6.9$", lambda: f"${frac_dec(TOTAL.mean())}$", id="mis-sum-mean"),
    E("misconceptions.md", "$1/8 = 0.125$ in the mixture and\n$17/200 = 0.085$ as a total",
      lambda: f"${frac_dec(mixture([X, Y])[4])}$ in the mixture and ${frac_dec(TOTAL[4])}$ as a total",
      id="mis-mixture-four"),
    E("misconceptions.md", "$P(X = 2) = 1/10$", lambda: f"$P(X = 2) = {same_throw_total(4)}$", id="mis-same-throw"),
    E("misconceptions.md", "says $1/25$", lambda: f"says ${(X + X)[4]}$", id="mis-independent-copies"),
    E("misconceptions.md", "$1/50$ for the total 3",
      lambda: f"${(X + X)[3]}$ for the total 3" if same_throw_total(3) == 0 else "", id="mis-odd-totals"),
    E("misconceptions.md", "$39/200 = 0.195$ instead of 1",
      lambda: f"${frac_dec(opposite_face_independent())}$ instead of 1", id="mis-opposite-face"),
    E("misconceptions.md", "Both have mean $83/10 = 8.3$",
      lambda: f"Both have mean ${frac_dec((2 * X).mean())}$" if (2 * X).mean() == X.nfold(2).mean() else "",
      id="mis-scaling-mean"),
    E("misconceptions.md", "$2^2 = 4$, to $1131/100 = 11.31$", lambda: f"$2^2 = 4$, to ${frac_dec((2 * X).var())}$",
      id="mis-scaling-variance"),
    E("misconceptions.md", "only doubles it, to\n    $1131/200 = 5.655$",
      lambda: f"only doubles it, to\n    ${frac_dec(X.nfold(2).var())}$", id="mis-copies-variance"),
    E("misconceptions.md", "a probability of $1/3$", uncorrelated_example, id="mis-uncorrelated"),
    E("misconceptions.md", r"$\operatorname{Var}[X] = 1131/400$ and $\operatorname{Var}[Y] = 223/80$",
      lambda: rf"$\operatorname{{Var}}[X] = {X.var()}$ and $\operatorname{{Var}}[Y] = {Y.var()}$", id="mis-variances"),
    E("misconceptions.md", r"$\operatorname{Var}[X + Y] = 1123/200 = 5.615$",
      lambda: rf"$\operatorname{{Var}}[X + Y] = {frac_dec(TOTAL.var())}$" if TOTAL.var() == X.var() + Y.var() else "",
      id="mis-variance-sum"),
    E("misconceptions.md", "a spread of 3.351 for the total; the true value is 2.370",
      lambda: f"a spread of {X.std() + Y.std():.3f} for the total; the true value is {TOTAL.std():.3f}", id="mis-std"),
    E("misconceptions.md", "With $dx = 0.01$, the bare convolution of two uniform densities peaks at 100 and "
      "encloses an\narea of 100. Multiplied by $dx$, it is the "
      "[triangle on $[0, 2]$](continuous.md#on-a-grid-multiply-by-dx)\nwith peak 1 and area 1",
      forgotten_dx, id="mis-dx"),
    E("misconceptions.md", "$6 + 6 - 1 = 11$ values, from 2 to 12",
      lambda: f"${len(X)} + {len(Y)} - 1 = {len(TOTAL)}$ values, from {TOTAL.start} to {TOTAL.support[-1]}",
      id="mis-length"),
    E("misconceptions.md", "you report 0.085, which is the probability\n    of the total 4; "
      "the true $P(X + Y = 2)$ is 0.030",
      lambda: f"you report {np.convolve(X.to_float().probs, Y.to_float().probs)[2]:.3f}, which is the "
      f"probability of the total 4; the true $P(X + Y = 2)$ is {float(TOTAL[2]):.3f}"
      if math.isclose(float(TOTAL[4]), 0.085) else "",
      id="mis-offset"),
    E("misconceptions.md", "$3/36 = 1/12 \\approx 0.083$", lambda: rf"$3/36 = {count_vs_add(4)[0]} \approx "
      f"{float(count_vs_add(4)[0]):.3f}$", id="mis-count-four"),
    E("misconceptions.md", "adding gives $17/200 = 0.085$", lambda: f"adding gives ${frac_dec(count_vs_add(4)[1])}$",
      id="mis-add-four"),
    E("misconceptions.md", r"$6/36 = 1/6 \approx 0.167$", lambda: rf"$6/36 = {count_vs_add(7)[0]} \approx "
      f"{float(count_vs_add(7)[0]):.3f}$", id="mis-count-seven"),
    E("misconceptions.md", "$79/400 = 0.1975$",
      lambda: f"${frac_dec(count_vs_add(7)[1])}$" if count_vs_add(7)[1] == TOTAL[7] else "", id="mis-add-seven"),
    # exercises.md
    E("exercises.md", r"\binom{9}{2} - 3\binom{3}{2} = 36 - 9 = 27", three_dice_count, id="ex-three-dice-count"),
    E("exercises.md", r"\frac{27}{216} = \frac{1}{8}",
      lambda: rf"\frac{{27}}{{216}} = \frac{{{FAIR.nfold(3)[10].numerator}}}{{{FAIR.nfold(3)[10].denominator}}}",
      id="ex-three-dice-probability"),
    E("exercises.md", "returns `Fraction(1, 8)`", lambda: f"returns `{Pmf.die([1] * 6, exact=True).nfold(3)[10]!r}`",
      id="ex-three-dice-code"),
    E("exercises.md", "four of the 36 equally likely pairs, $4/36$",
      lambda: sicherman_five().replace("4 of", "four of", 1), id="ex-sicherman-five"),
    E("exercises.md", "the dice with faces $1, 2, 2, 3$ and $1, 3, 3, 5$", tetrahedral_claim, id="ex-tetrahedral"),
    E("exercises.md", "peaks at $f_3(3/2) = 3/4$",
      lambda: f"peaks at $f_3(3/2) = {Fraction(float(irwin_hall_3(1.5))).limit_denominator(8)}$",
      id="ex-irwin-hall-peak"),
    E("exercises.md", "at $z = 1$ and $z = 2$ with value\n    $1/2$",
      irwin_hall_joins, id="ex-irwin-hall-joins"),
    E("exercises.md", r"\int_0^1 \frac{z^2}{2}\, dz = \frac{1}{6}",
      lambda: rf"\int_0^1 \frac{{z^2}}{{2}}\, dz = \frac{{1}}"
      rf"{{{round(1 / (uniform_sums()[3].values[uniform_sums()[3].x < 1].sum() * 0.001))}}}",
      id="ex-irwin-hall-corner"),
    E("exercises.md", r"at most $2.5 \times 10^{-7}$", irwin_hall_3_claim,
      id="ex-irwin-hall-gap"),
    E("exercises.md", "gives $P(S \\le 1) = 0.1667$",
      lambda: f"gives $P(S \\le 1) = {uniform_sums()[3].values[uniform_sums()[3].x < 1].sum() * 0.001:.4f}$",
      id="ex-irwin-hall-corner-numeric"),
    E("exercises.md", "agrees with the formula to within $10^{-7}$",
      lambda: "agrees with the formula to within $10^{-7}$" if exp_sum_gap() < 1e-7 else "", id="ex-exponentials-gap"),
    E("exercises.md", "the mean is $1/a + 1/b = 4/3$",
      lambda: f"the mean is $1/a + 1/b = {Fraction(1, 1) + Fraction(1, 3)}$", id="ex-exponentials-mean"),
    E("exercises.md", "$P(M + N = 5) = 0.171401$", poisson_claim, id="ex-poisson"),
    E("exercises.md", "$f_{X+Y}(1/2) = 1 - e^{-1/2} \\approx 0.3935$",
      lambda: f"$f_{{X+Y}}(1/2) = 1 - e^{{-1/2}} \\approx {uniform_exp_at(0.5):.4f}$", id="ex-uniform-exp-half"),
    E("exercises.md", "$f_{X+Y}(2) = (e - 1)\\, e^{-2} \\approx 0.2325$",
      lambda: f"$f_{{X+Y}}(2) = (e - 1)\\, e^{{-2}} \\approx {uniform_exp_at(2.0):.4f}$", id="ex-uniform-exp-two"),
    E("exercises.md", "$1 - e^{-1} \\approx 0.6321$", uniform_exp_peak, id="ex-uniform-exp-peak"),
    E("exercises.md", "is $0.25$ at $z = 0.5$ and $0.5$ at $z = 1.5$", uniform_trapezoid_values,
      id="ex-uniform-trapezoid"),
    E("exercises.md", r"\int_0^1 \frac{z}{2}\, dz = \frac{1}{4}", uniform_trapezoid_corner,
      id="ex-uniform-trapezoid-corner"),
    E("exercises.md", "centre weight is\n    $(3/9)^2 = 1/9$, and a corner weight is $(1/9)^2 = 1/81$",
      blur_twice_weights, id="ex-blur-twice-weights"),
    E("exercises.md", "$1/9, 2/9, 3/9, 2/9, 1/9$", blur_twice_axis, id="ex-blur-twice-axis"),
    E("exercises.md", "combined jitter has variance $4/3$, not the $2/3$", blur_twice_variance,
      id="ex-blur-twice-variance"),
    E("exercises.md", "so $P(X - Y = 0) = (0.10 + \\dots + 0.30)/6 = 1/6$", cnn_dice_tie, id="ex-cnn-dice-tie"),
    E("exercises.md", "= \\frac{3.15}{6} = 0.525", cnn_dice_beats, id="ex-cnn-dice-beats"),
    E("exercises.md", "`Fraction(1, 6)` and `Fraction(21, 40)`", cnn_dice_fractions, id="ex-cnn-dice-fractions"),
]


@pytest.mark.parametrize(("page", "stated", "compute"), ENTRIES)
def test_stated_number_matches_library(page: str, stated: str, compute: Callable[[], str]) -> None:
    assert_page_states(page, stated, compute)


BEYOND_PAGES = ("clt.md", "generating-functions.md", "fourier.md", "correlation.md", "misconceptions.md",
                "exercises.md")
BEYOND_FIGURES = ("repeated_sums", "cauchy_means", "sicherman_dice", "fft_wraparound", "correlation_vs_convolution",
                  "mixture_vs_sum", "scale_vs_sum")


@pytest.mark.parametrize("name", BEYOND_FIGURES)
def test_each_beyond_figure_is_placed_exactly_once(name: str) -> None:
    hits = placements(name, BEYOND_PAGES)
    assert hits == 1, f"figure {name!r} is placed {hits} times in the going-further pages"


def test_every_misconception_box_shows_a_computed_example() -> None:
    """Each warning box on the misconceptions page includes a docs_src script."""
    text = (DOCS / "misconceptions.md").read_text(encoding="utf-8")
    boxes = re.split(r'^!!! warning "Misconception: ', text, flags=re.MULTILINE)[1:]
    assert len(boxes) >= 5
    for box in boxes:
        body = box.split("\n## ")[0]
        assert '--8<-- "docs_src/beyond_' in body, f"box {box.splitlines()[0]!r} has no computed example"


def test_every_exercise_has_a_collapsed_solution() -> None:
    text = (DOCS / "exercises.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.MULTILINE)[1:]
    assert len(sections) >= 5
    for section in sections:
        assert '??? success "Solution"' in section, f"exercise {section.splitlines()[0]!r} has no hidden solution"
