"""Every number stated in the core pages, recomputed with probconv.

Each entry names a page under ``docs/``, the string as the page states it, and
a function that recomputes the value with the library and formats it the way
the prose writes it. The test asserts that the recomputed string equals the
stated one and that the page contains it (ignoring line wrapping), so a change
to the dice, the library or the prose that makes a stated number wrong fails.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import numpy as np
import pytest

from probconv import Density, Density2D, Pmf, antidiagonal_sums, convolve, convolve2d, joint_grid, kernels
from probconv.examples import loaded_dice
from probconv_site.figures.registry import FIGURES
from tests.prose import DOCS, assert_page_states, normalise, placements, short

X, Y = loaded_dice()
GRID = joint_grid(X, Y)
TOTAL = X + Y
WORDS = {3: "three", 4: "four", 6: "six"}
FAIR = Pmf.die([1] * 6, exact=True)
COIN = Pmf.from_weights([1, 1], start=0, exact=True)


# -- formatting: the way the prose writes numbers -----------------------------------


def d2(p: Any) -> str:
    """Two decimals: face probabilities such as 0.10."""
    return f"{float(p):.2f}"


def row(*cells: Any) -> str:
    """A markdown table row."""
    return "| " + " | ".join(str(c) for c in cells) + " |"


def pmatrix(m: Any) -> str:
    """A 2 x 2 or 3 x 3 matrix as the LaTeX the pages use, entries in shortest form."""

    def cell(v: float) -> str:
        return str(int(v)) if float(v).is_integer() else short(v) if v >= 0 else "-" + short(-v)

    rows = [" & ".join(cell(float(v)) for v in r) for r in np.asarray(m)]
    return r"\begin{pmatrix} " + r" \\ ".join(rows) + r" \end{pmatrix}"


# -- recomputations -----------------------------------------------------------------


def ways(total: int) -> list[tuple[int, int]]:
    """The pairs of faces on the anti-diagonal of ``total``, in increasing first face."""
    sums = GRID.totals()
    return [(int(GRID.xs[i]), int(GRID.ys[j])) for i, j in zip(*np.nonzero(sums == total), strict=True)]


def ways_products(total: int, per_line: int = 6) -> str:
    """The products of the ways to ``total``, ``per_line`` to a line of an aligned display."""
    products = [rf"{d2(X[i])} \times {d2(Y[j])}" for i, j in ways(total)]
    lines = [" + ".join(products[n : n + per_line]) for n in range(0, len(products), per_line)]
    return r" \\ &\quad + ".join(lines)


def flip_cell(n: int, k: int) -> str:
    """``g(n - k)``, the flipped and shifted second sequence; zero printed as 0."""
    return d2(Y[n - k]) if Y[n - k] else "0"


def heaviest_cell() -> str:
    i, j = np.unravel_index(np.argmax(np.array(GRID.probs, dtype=float)), GRID.probs.shape)
    x, y = int(GRID.xs[i]), int(GRID.ys[j])
    return rf"$({x}, {y})$, with ${d2(X[x])} \times {d2(Y[y])} = {short(X[x] * Y[y])}$"


def most_likely_total() -> int:
    return int(TOTAL.support[int(np.argmax(np.array(TOTAL.probs, dtype=float)))])


def asymmetry_claim() -> str:
    m = most_likely_total()
    symmetric = all(TOTAL[m - d] == TOTAL[m + d] for d in range(1, 6))
    return f"{'' if symmetric else 'not '}symmetric about {m}"


def surviving_terms(k: int) -> str:
    terms = [i for i in range(k - 7, k + 7) if X[i] * Y[k - i] != 0]
    return "Only $i = " + ", ".join(map(str, terms)) + "$ survive"


def coin_plus_die() -> tuple[Pmf, str]:
    s = FAIR + COIN
    return s, f"gives {len(s)} possible totals, from {s.start} to {s.start + len(s) - 1}"


def triangle() -> Density:
    u = Density.uniform(0, 1, dx=0.01)
    return u + u


def normal_exp_sum_at(z: float) -> float:
    """The density of N(0, 1) + Exp(1) at z: probconv's grid, checked against e^(1/2 - z) Phi(z - 1)."""
    total = Density.normal(0.0, 1.0, 0.001) + Density.exponential(1.0, 0.001)
    value = float(np.interp(z, total.x, total.values))
    closed = math.exp(0.5 - z) * 0.5 * math.erfc(-(z - 1) / math.sqrt(2))
    assert value == pytest.approx(closed, abs=2e-3)
    return closed


def normal_exp_peak() -> str:
    """Where the density of N(0, 1) + Exp(1) is largest, and its height there, from probconv's grid."""
    total = Density.normal(0.0, 1.0, 0.001) + Density.exponential(1.0, 0.001)
    k = int(np.argmax(total.values))
    return f"near $z = {total.x[k]:.2f}$, where it is {total.values[k]:.3f}"


def triangle_peak() -> str:
    t = triangle()
    i = int(np.argmax(t.values))
    return f"peak, of height {t.values[i]:.0f}, at $z = {t.x[i]:.0f}$"


def forgotten_dx() -> str:
    u = Density.uniform(0, 1, dx=0.01)
    raw = convolve(u.values, u.values)
    return (
        f'with $dx = {u.dx:g}$ the "density" of $U + U$ peaks at {raw.max():.0f} and encloses an area '
        f"of {raw.sum() * u.dx:.0f} instead of {triangle().mass():.0f}"
    )


def normal_sum_std() -> str:
    z = Density.normal(0, 1, dx=0.01)
    return rf"standard deviation $\sqrt{{2}} \approx {math.sqrt((z + z).var()):.3f}$, not {2 * math.sqrt(z.var()):.0f}"


def gamma_moments() -> str:
    e = Density.exponential(1.0, dx=0.01)
    g = e + e
    return (
        f"mean and variance come out as {g.mean():.0f} and {g.var():.0f}, the sums of the mean "
        f"{e.mean():.0f} and variance {e.var():.0f} of each exponential"
    )


@functools.cache
def random_vectors() -> tuple[Density2D, Density2D, Density2D]:
    """V, W and V + W: the random vectors of docs_src/core_vectors.py (built once, on first use)."""
    v = Density2D.normal(mean=[1, 0], cov=[[1.0, 0.8], [0.8, 1.0]], d=0.05)
    w = Density2D.normal(mean=[0, 2], cov=[[0.5, -0.3], [-0.3, 0.5]], d=0.05)
    return v, w, v + w


def cov_text(d: Density2D) -> str:
    return pmatrix(np.round(d.cov(), 3))


def mode_shapes() -> str:
    image = np.zeros((8, 8))
    shapes = [convolve2d(image, kernels.box(3), mode=m).shape for m in ("full", "same", "valid")]
    a, b, c = (rf"${h} \times {w}$" for h, w in shapes)
    return f"{a}, {b} and {c}"


def box_jitter() -> str:
    k = kernels.box(5)
    p = Fraction(float(k[0, 0])).limit_denominator(1000)
    return (
        rf"the ${k.shape[0]} \times {k.shape[1]}$ box in the figure below gives each of its {k.size} offsets "
        f"probability ${p}$: a jitter of up to {k.shape[0] // 2} pixels"
    )


def full_mode_size() -> str:
    h, w = convolve2d(np.ones((5, 5)), np.ones((3, 3)), mode="full").shape
    return rf"$5 \times 5$ image and $3 \times 3$ kernel give a ${h} \times {w}$"


def polynomial(name: str, d: Pmf) -> str:
    """A die's generating polynomial as the picture page writes it, three terms to a line."""
    terms = [rf"{d2(d[i])}\,t" + ("" if i == 1 else f"^{i}") for i in d.support.tolist()]
    return rf"p_{name}(t) &= " + " + ".join(terms[:3]) + r" \\ &\quad + " + " + ".join(terms[3:])


def polynomial_coefficient_of_t4() -> str:
    """Multiply the two generating polynomials (coefficients of t^0, t^1, ...) and read off t^4."""
    px = [0.0] * X.start + [float(p) for p in X.probs]
    py = [0.0] * Y.start + [float(p) for p in Y.probs]
    coefficient = np.polynomial.polynomial.polymul(px, py)[4]
    return f"&{ways_products(4)} \\\\ &= {short(coefficient)}."


def double_gaussian_sigma() -> str:
    """Blur twice with sigma 1: the variance of the combined kernel along one axis is 2."""
    twice = convolve2d(kernels.gaussian(1.0), kernels.gaussian(1.0))
    marginal = twice.sum(axis=1)
    t = np.arange(marginal.size) - marginal.size // 2
    var = float(np.dot(t * t, marginal))
    return rf"$\sigma = \sqrt{{{var:.0f}}}$, not $\sigma = {2 * 1:.0f}$"


def sobel_on_square() -> str:
    square = np.zeros((8, 8))
    square[2:6, 2:6] = 1.0
    out = convolve2d(square, kernels.sobel("x"), mode="same")
    return f"values from ${out.min():.0f}$ to {out.max():.0f}"


def sharpen_claim() -> str:
    k = kernels.sharpen()
    negatives = int((k < 0).sum())
    return f"kernel adds up to {k.sum():.0f} but has {WORDS[negatives]} weights of ${k.min():.0f}$"


# -- the table of stated numbers ----------------------------------------------------
# (page, the string as the page states it, how probconv recomputes it)


def face_row(f: int) -> str:
    return row(f, d2(X[f]), d2(Y[f]))


def total_row(k: int) -> str:
    return row(k, TOTAL[k], f"{float(TOTAL[k]):.4f}")


def seven_display() -> str:
    """The aligned display of the six ways to 7, two products to a line."""
    products = [rf"{d2(X[i])} \times {d2(Y[j])}" for i, j in ways(7)]
    lines = [" + ".join(products[n : n + 2]) for n in range(0, len(products), 2)]
    body = r" \\ &\quad + ".join(lines)
    return rf"P(X + Y = 7) &= {body} \\ &= {short(TOTAL[7])}."


def ways_sum(total: int) -> str:
    return " + ".join(short(X[i] * Y[j]) for i, j in ways(total)) + f" = {short(TOTAL[total])}"


E = pytest.param
ENTRIES = [
    # index.md: the recipe carried out on the dice's numbers
    *(E("index.md", text, lambda k=k: row(k, d2(X[k]), d2(Y[k])), id=f"index-sequences-{k}") for k, text in enumerate([
        "| 1 | 0.10 | 0.30 |", "| 2 | 0.10 | 0.25 |", "| 3 | 0.15 | 0.15 |",
        "| 4 | 0.15 | 0.10 |", "| 5 | 0.20 | 0.10 |", "| 6 | 0.30 | 0.10 |"], start=1)),
    *(E("index.md", text, lambda k=k: row(k, d2(X[k]), flip_cell(4, k), short(X[k] * Y[4 - k])), id=f"index-flip-{k}")
      for k, text in enumerate([
          "| 1 | 0.10 | 0.15 | 0.015 |", "| 2 | 0.10 | 0.25 | 0.025 |", "| 3 | 0.15 | 0.30 | 0.045 |",
          "| 4 | 0.15 | 0 | 0 |", "| 5 | 0.20 | 0 | 0 |", "| 6 | 0.30 | 0 | 0 |"], start=1)),
    E("index.md", "falls from 3 to $-2$", lambda: f"falls from {4 - 1} to ${4 - 6}$", id="index-argument-range"),
    E("index.md", "$(f * g)(4) = 0.015 + 0.025 + 0.045 = 0.085$",
      lambda: f"$(f * g)(4) = {ways_sum(4)}$", id="index-total"),
    E("index.md", "and 0.085 is the probability", lambda: f"and {short(TOTAL[4])} is the probability",
      id="index-reveal"),
    # dice.md: the dice, three ways to four, the grid and its anti-diagonals
    *(E("dice.md", text, lambda f=f: face_row(f), id=f"dice-face-{f}") for f, text in enumerate([
        "| 1 | 0.10 | 0.30 |", "| 2 | 0.10 | 0.25 |", "| 3 | 0.15 | 0.15 |",
        "| 4 | 0.15 | 0.10 |", "| 5 | 0.20 | 0.10 |", "| 6 | 0.30 | 0.10 |"], start=1)),
    E("dice.md", "first die shows 4.15 and the second 2.75",
      lambda: f"first die shows {short(X.mean())} and the second {short(Y.mean())}", id="dice-means"),
    E("dice.md", r"&= 0.10 \times 0.15 + 0.10 \times 0.25 \\ &\quad + 0.15 \times 0.30",
      lambda: "&= " + ways_products(4, per_line=2), id="dice-four-products"),
    E("dice.md", r"&= 0.015 + 0.025 + 0.045 \\ &= 0.085.", lambda: "&= " + ways_sum(4).replace(" = ", r" \\ &= ") + ".",
      id="dice-four-sum"),
    E("dice.md", "$P(X + Y = 4) = 17/200$", lambda: f"$P(X + Y = 4) = {TOTAL[4]}$", id="dice-four-fraction"),
    E("dice.md", "three ways to make 4, probability $3/36$",
      lambda: f"{WORDS[len(ways(4))]} ways to make 4, probability ${len(ways(4))}/36$", id="dice-fair-count-four"),
    E("dice.md", r"reached in six ways, and counting would suggest $6/36 \approx 0.167$",
      lambda: f"reached in {WORDS[len(ways(7))]} ways, and counting would suggest "
      f"${len(ways(7))}/{GRID.probs.size} \\approx {len(ways(7)) / GRID.probs.size:.3f}$", id="dice-count-seven"),
    E("dice.md", r"P(X + Y = 7) &= 0.10 \times 0.10 + 0.10 \times 0.10 \\ "
      r"&\quad + 0.15 \times 0.10 + 0.15 \times 0.15 \\ "
      r"&\quad + 0.20 \times 0.25 + 0.30 \times 0.30 \\ &= 0.1975.", seven_display, id="dice-seven"),
    E("dice.md", r"$6 \times 6 = 36$", lambda: rf"${len(X)} \times {len(Y)} = {GRID.probs.size}$",
      id="dice-grid-size"),
    E("dice.md", r"$(6, 1)$, with $0.30 \times 0.30 = 0.09$", heaviest_cell, id="dice-heaviest-cell"),
    E("dice.md", "The 36 cells add up to 1",
      lambda: f"The {GRID.probs.size} cells add up to {sum(GRID.probs.flat)}", id="dice-grid-mass"),
    E("dice.md", "one of the 11 anti-diagonals",
      lambda: f"one of the {len(np.unique(GRID.totals()))} anti-diagonals", id="dice-antidiagonal-count"),
    *(E("dice.md", text, lambda k=k: total_row(k), id=f"dice-total-{k}") for k, text in enumerate([
        "| 2 | 3/100 | 0.0300 |", "| 3 | 11/200 | 0.0550 |", "| 4 | 17/200 | 0.0850 |",
        "| 5 | 43/400 | 0.1075 |", "| 6 | 7/50 | 0.1400 |", "| 7 | 79/400 | 0.1975 |",
        "| 8 | 29/200 | 0.1450 |", "| 9 | 19/200 | 0.0950 |", "| 10 | 13/200 | 0.0650 |",
        "| 11 | 1/20 | 0.0500 |", "| 12 | 3/100 | 0.0300 |"], start=2)),
    E("dice.md", "checks that they agree\nwith its convolution, `X + Y`",
      lambda: "checks that they agree with its convolution, `X + Y`" if antidiagonal_sums(GRID) == TOTAL else "",
      id="dice-antidiagonals-equal-sum"),
    E("dice.md", "The most likely total is 7", lambda: f"The most likely total is {most_likely_total()}",
      id="dice-most-likely"),
    E("dice.md", "average total is 6.9, which is $4.15 + 2.75$",
      lambda: f"average total is {short(TOTAL.mean())}, which is ${short(X.mean())} + {short(Y.mean())}$",
      id="dice-mean-total"),
    E("dice.md", "probability 0.1975 instead of $1/6$",
      lambda: f"probability {short(TOTAL[7])} instead of ${(FAIR + FAIR)[7]}$", id="dice-seven-vs-fair"),
    E("dice.md", "not symmetric about 7", asymmetry_claim, id="dice-asymmetry"),
    # formula.md
    E("formula.md", "Only $i = 1, 2, 3$ survive", lambda: surviving_terms(4), id="formula-surviving-terms"),
    E("formula.md", "$6 + 6 - 1 = 11$ totals, starting at $1 + 1 = 2$",
      lambda: f"${len(X)} + {len(Y)} - 1 = {len(TOTAL)}$ totals, starting at "
      f"${X.start} + {Y.start} = {TOTAL.start}$", id="formula-dice-length"),
    E("formula.md", "$P(X + Y = 7) = 1/6$ (six ways of $1/36$ each)",
      lambda: f"$P(X + Y = 7) = {(FAIR + FAIR)[7]}$ ({WORDS[6]} ways of ${FAIR[1] * FAIR[6]}$ each)",
      id="formula-fair-seven"),
    E("formula.md", "gives 7 possible totals, from 1 to 7", lambda: coin_plus_die()[1], id="formula-coin-length"),
    E("formula.md", "the end values have\nprobability $1/12$",
      lambda: f"the end values have probability ${coin_plus_die()[0][1]}$", id="formula-coin-ends"),
    E("formula.md", "the five values in between have\n$1/6$",
      lambda: f"the five values in between have ${coin_plus_die()[0][4]}$", id="formula-coin-middle"),
    # continuous.md
    E("continuous.md", "peak, of height 1, at $z = 1$", triangle_peak, id="continuous-triangle-peak"),
    E("continuous.md", r"standard deviation $\sqrt{2} \approx 1.414$, not 2", normal_sum_std,
      id="continuous-normal-std"),
    E("continuous.md", 'with $dx = 0.01$ the "density" of $U + U$ peaks at 100 and encloses an area of 100 '
      "instead of 1", forgotten_dx, id="continuous-forgotten-dx"),
    E("continuous.md", "mean and variance come out as 2 and 2, the sums of the mean 1 and variance 1 of each "
      "exponential", gamma_moments, id="continuous-gamma-moments"),
    E("continuous.md", "the area is 0.262", lambda: f"the area is {normal_exp_sum_at(0.0):.3f}",
      id="continuous-slice-0"),
    E("continuous.md", "keeps a long piece over bright ground: 0.254",
      lambda: f"keeps a long piece over bright ground: {normal_exp_sum_at(1.5):.3f}", id="continuous-slice-1.5"),
    E("continuous.md", "stays far from the bright region: 0.080",
      lambda: f"stays far from the bright region: {normal_exp_sum_at(3.0):.3f}", id="continuous-slice-3"),
    E("continuous.md", "near $z = 0.70$, where it is 0.313", normal_exp_peak, id="continuous-slice-peak"),
    # picture.md: the same number on the grid, in flip and slide, and as a polynomial product
    E("picture.md", "$P(X + Y = 4) = 0.085$", lambda: f"$P(X + Y = 4) = {short(TOTAL[4])}$", id="picture-four"),
    E("picture.md", r"p_X(t) &= 0.10\,t + 0.10\,t^2 + 0.15\,t^3 \\ &\quad + 0.15\,t^4 + 0.20\,t^5 + 0.30\,t^6",
      lambda: polynomial("X", X), id="picture-polynomial-x"),
    E("picture.md", r"p_Y(t) &= 0.30\,t + 0.25\,t^2 + 0.15\,t^3 \\ &\quad + 0.10\,t^4 + 0.10\,t^5 + 0.10\,t^6",
      lambda: polynomial("Y", Y), id="picture-polynomial-y"),
    E("picture.md", r"&0.10 \times 0.15 + 0.10 \times 0.25 + 0.15 \times 0.30 \\ &= 0.085.",
      polynomial_coefficient_of_t4, id="picture-coefficient"),
    # dimensions.md
    E("dimensions.md", r"\begin{pmatrix} 1 & 0.8 \\ 0.8 & 1 \end{pmatrix}", lambda: cov_text(random_vectors()[0]),
      id="dimensions-cov-v"),
    E("dimensions.md", r"\begin{pmatrix} 0.5 & -0.3 \\ -0.3 & 0.5 \end{pmatrix}", lambda: cov_text(random_vectors()[1]),
      id="dimensions-cov-w"),
    E("dimensions.md", r"\begin{pmatrix} 1.5 & 0.5 \\ 0.5 & 1.5 \end{pmatrix}", lambda: cov_text(random_vectors()[2]),
      id="dimensions-cov-sum"),
    E("dimensions.md", r"the $5 \times 5$ box in the figure below gives each of its 25 offsets probability $1/25$: "
      "a jitter of up to 2 pixels", box_jitter, id="dimensions-box-offsets"),
    E("dimensions.md", r"$\sigma = \sqrt{2}$, not $\sigma = 2$", double_gaussian_sigma, id="dimensions-double-blur"),
    E("dimensions.md", r"\begin{pmatrix} 1 & 0 & -1 \\ 2 & 0 & -2 \\ 1 & 0 & -1 \end{pmatrix}",
      lambda: pmatrix(kernels.sobel("x")), id="dimensions-sobel-matrix"),
    E("dimensions.md", "weights adding up to 0", lambda: f"weights adding up to {kernels.sobel('x').sum():.0f}",
      id="dimensions-sobel-sum"),
    E("dimensions.md", r"\begin{pmatrix} 0 & -1 & 0 \\ -1 & 5 & -1 \\ 0 & -1 & 0 \end{pmatrix}",
      lambda: pmatrix(kernels.sharpen()), id="dimensions-sharpen-matrix"),
    E("dimensions.md", "kernel adds up to 1 but has\nfour weights of $-1$", sharpen_claim,
      id="dimensions-sharpen-claim"),
    E("dimensions.md", "values from $-4$ to 4", sobel_on_square, id="dimensions-sobel-range"),
    E("dimensions.md", r"$10 \times 10$, $8 \times 8$ and $6 \times 6$", mode_shapes, id="dimensions-mode-shapes"),
    E("dimensions.md", r"$5 \times 5$ image and $3 \times 3$ kernel give a $7 \times 7$",
      full_mode_size, id="dimensions-full-size"),
]


@pytest.mark.parametrize(("page", "stated", "compute"), ENTRIES)
def test_stated_number_matches_library(page: str, stated: str, compute: Callable[[], str]) -> None:
    assert_page_states(page, stated, compute)


CORE_PAGES = ("index.md", "dice.md", "formula.md", "continuous.md", "dimensions.md", "picture.md")
CORE_FIGURES = (
    "two_dice",
    "three_ways_to_four",
    "joint_grid",
    "antidiagonal_sums",
    "flip_and_slide",
    "joint_density",
    "continuous_sums",
    "random_vectors_2d",
    "everyone_with_everyone",
    "kernels_as_jitter",
    "edge_kernel",
    "simplest_picture",
)


@pytest.mark.parametrize("name", CORE_FIGURES)
def test_each_core_figure_is_placed_exactly_once(name: str) -> None:
    hits = placements(name, CORE_PAGES)
    assert hits == 1, f"figure {name!r} is placed {hits} times in the core pages"


# -- facts the prose takes from a figure: they must match the figure's caption ------


@functools.cache
def _figure_captions() -> dict[str, str]:
    """name -> caption and alt text, read from the figure registry (which imports no plotting code)."""
    return {name: f"{fig.caption} {fig.alt}" for name, fig in FIGURES.items()}


FIGURE_FACTS = [
    pytest.param("continuous.md", "joint_density", "The line $x + y = 1.5$", "x + y = 1.5", id="joint-density-line"),
    pytest.param("continuous.md", "joint_density", "$X$ is standard\nnormal and $Y$ is exponential with rate 1",
                 "X ~ N(0, 1) and Y ~ Exp(1)", id="joint-density-variables"),
    pytest.param("dimensions.md", "random_vectors_2d", "$X$ is uniform on the unit square",
                 "X is uniform on the unit square", id="random-vectors-uniform"),
    pytest.param("dimensions.md", "kernels_as_jitter", "a\n  jitter of up to 2 pixels in each direction",
                 "within 2 pixels in each direction", id="box-jitter-reach"),
    pytest.param("dimensions.md", "everyone_with_everyone", "uses **full** mode", "Full mode", id="pairs-mode"),
    pytest.param("dimensions.md", "everyone_with_everyone", r"give a $7 \times 7$", "the output is 7 by 7",
                 id="pairs-output-size"),
    pytest.param("dimensions.md", "kernels_as_jitter", 'drawn in **same** mode', '"same" mode', id="jitter-mode"),
    pytest.param("dimensions.md", "edge_kernel", 'drawn in **same** mode', '"same" mode', id="edge-mode"),
    pytest.param("dimensions.md", "kernel_over_patch", 'drawn in **same** mode', 'mode=\"same\"', id="patch-mode"),
    pytest.param("dimensions.md", "kernel_over_patch", "the nine products add up to the output",
                 "nine products add up to the output", id="patch-sum"),
    pytest.param("dimensions.md", "signal_1d", "`convolve` in full mode", "in full mode", id="signal-mode"),
    pytest.param("dimensions.md", "signal_1d", "a 1 at lag 0", "1 at lag 0", id="signal-echo"),
    pytest.param("dimensions.md", "dots_psf", "kernel at one scale", "at one scale", id="dots-scale"),
    pytest.param("dimensions.md", "padding_choices", 'each padding, in "same" mode', '"same" mode', id="padding-mode"),
    pytest.param("dimensions.md", "padding_choices", '`"wrap"`, the image repeated', "the image repeated (wrap)",
                 id="padding-wrap"),
]


@pytest.mark.parametrize(("page", "figure", "stated", "in_caption"), FIGURE_FACTS)
def test_prose_agrees_with_figure_caption(page: str, figure: str, stated: str, in_caption: str) -> None:
    text = normalise((DOCS / page).read_text(encoding="utf-8"))
    assert normalise(stated) in text, f"{page} no longer says {stated!r}"
    assert in_caption in _figure_captions()[figure], f"figure {figure!r} no longer shows {in_caption!r}"
