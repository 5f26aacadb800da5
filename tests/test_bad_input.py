"""Every bad input fails with a ValueError that says what is wrong and how to fix it.

Never a numpy traceback, a TypeError from deep inside, a MemoryError or a silent
NaN (tests/test_edges.py adds the TypeErrors for wrong types, such as complex
numbers). Each case names a key phrase of its message, so a message cannot quietly
turn unhelpful.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from probconv import (
    Density,
    Density2D,
    Pmf,
    antidiagonal_sums,
    convolve,
    convolve2d,
    correlate2d,
    gamma_pdf,
    irwin_hall_pdf,
    joint_grid,
    kernels,
    memory_limit,
    mixture,
    normal_pdf,
)

NAN = float("nan")
INF = float("inf")
die = Pmf.die([1, 1, 1, 1, 1, 1])
exact_die = Pmf.die([1, 1, 1, 1, 1, 1], exact=True)
U = Density.uniform(0, 1, dx=0.1)
square = Density2D.uniform((0, 1), (0, 1), d=0.5)

def under_small_limit(make: Callable[[], Any]) -> Callable[[], Any]:
    """Run ``make`` with the memory limit lowered to 40,000 bytes.

    Inputs big enough to break the real limit (2 GiB) would take seconds
    just to check for NaN; the limit logic is the same at any size.
    """

    def run() -> Any:
        with memory_limit(40_000):
            return make()

    return run


CASES: list[tuple[str, Callable[[], Any], str]] = [
    # -- Pmf construction
    ("empty probs", lambda: Pmf([]), "empty"),
    ("empty exact probs", lambda: Pmf([], exact=True), "empty"),
    ("2-D probs", lambda: Pmf([[0.5], [0.5]]), "must be 1-D"),
    ("2-D exact probs", lambda: Pmf(np.full((2, 2), 0.25), exact=True), "must be 1-D"),
    ("nested exact probs", lambda: Pmf([[1], [0]], exact=True), "must be 1-D"),
    ("scalar probs", lambda: Pmf(1.0), "must be 1-D"),
    ("ragged probs", lambda: Pmf([[1], [1, 2]]), "could not convert"),
    ("text probs", lambda: Pmf(["a", "b"]), "real numbers"),
    ("NaN probs", lambda: Pmf([0.5, NAN]), "NaN or infinity"),
    ("inf probs", lambda: Pmf([INF, 0.5]), "NaN or infinity"),
    ("NaN exact probs", lambda: Pmf([NAN, 1.0], exact=True), "NaN or infinity"),
    ("non-number exact probs", lambda: Pmf(["x", "1"], exact=True), "not an exact number"),
    ("negative probs", lambda: Pmf([1.5, -0.5]), "non-negative"),
    ("negative exact probs", lambda: Pmf(["3/2", "-1/2"], exact=True), "non-negative"),
    ("probs not summing to 1", lambda: Pmf([1, 2, 3]), "from_weights"),
    ("exact probs not summing to 1", lambda: Pmf([1, 1], exact=True), "from_weights"),
    ("non-integer start", lambda: Pmf([1.0], start=0.5), "start must be an integer"),
    ("bool start", lambda: Pmf([1.0], start=True), "start must be an integer"),
    # -- weights
    ("all-zero weights", lambda: Pmf.from_weights([0, 0, 0]), "all zero"),
    ("all-zero exact weights", lambda: Pmf.from_weights([0, 0], exact=True), "all zero"),
    ("negative weights", lambda: Pmf.from_weights([1, -1, 2]), "non-negative"),
    ("negative exact weights", lambda: Pmf.die([1, -1, 2], exact=True), "non-negative"),
    ("empty weights", lambda: Pmf.die([]), "empty"),
    ("NaN weights", lambda: Pmf.from_weights([1, NAN]), "NaN or infinity"),
    ("inf weights", lambda: Pmf.from_weights([1, INF]), "NaN or infinity"),
    ("non-integer point", lambda: Pmf.point(1.5), "must be an integer"),
    # -- nfold
    ("nfold(0)", lambda: die.nfold(0), "positive integer"),
    ("nfold(-2)", lambda: exact_die.nfold(-2), "positive integer"),
    ("nfold(2.5)", lambda: die.nfold(2.5), "positive integer"),
    ("nfold('3')", lambda: die.nfold("3"), "positive integer"),
    ("nfold(True)", lambda: die.nfold(True), "positive integer"),
    ("nfold too large", lambda: die.nfold(10**9), "limit"),
    ("exact nfold too large", lambda: exact_die.nfold(10**9), "limit"),
    # -- other Pmf operations
    ("shift by a float", lambda: die + 0.5, "shifted by an integer"),
    ("shift from the left by a float", lambda: 1.5 + die, "shifted by an integer"),
    ("subtract a float", lambda: die - 0.5, "shifted by an integer"),
    ("index with a float", lambda: die[2.5], "integer"),
    ("cdf at nan", lambda: die.cdf(float("nan")), "nan"),
    ("isclose with a number", lambda: die.isclose(3), "two Pmf"),
    ("isclose with negative atol", lambda: die.isclose(die, atol=-1), "non-negative"),
    ("counts of a float Pmf", lambda: die.counts, "exact=True"),
    ("sample without a Generator", lambda: die.sample(5, 42), "default_rng"),
    ("sample zero values", lambda: die.sample(0, np.random.default_rng(1)), "positive integer"),
    ("mixture of nothing", lambda: mixture([]), "non-empty"),
    ("mixture of non-Pmfs", lambda: mixture([die, [0.5, 0.5]]), "Pmf objects"),
    ("mixture weight count", lambda: mixture([die, die], [1, 2, 3]), "one weight each"),
    ("mixture negative weight", lambda: mixture([die, die], [1, -1]), "non-negative"),
    ("mixture too wide", lambda: mixture([Pmf.point(0), Pmf.point(10**12)]), "limit"),
    ("binomial with negative n", lambda: Pmf.binomial(-1, 0.5), "0 or more"),
    ("binomial with p > 1", lambda: Pmf.binomial(3, 1.5), "between 0 and 1"),
    ("exact binomial with p < 0", lambda: Pmf.binomial(3, "-1/2", exact=True), "between 0 and 1"),
    ("poisson with zero rate", lambda: Pmf.poisson(0), "positive"),
    ("poisson with tail 1", lambda: Pmf.poisson(2.0, tail=1.0), "below 1"),
    # -- the grid
    ("joint_grid of arrays", lambda: joint_grid([0.5, 0.5], die), "two Pmf"),
    ("joint_grid too big", lambda: joint_grid(Pmf(np.full(20_000, 5e-5)), Pmf(np.full(20_000, 5e-5))), "limit"),
    ("antidiagonal_sums of an array", lambda: antidiagonal_sums(np.eye(3)), "JointGrid"),
    # -- densities
    ("density with dx 0", lambda: Density([1.0], 0.0, 0.0), "dx must be a positive"),
    ("density with negative dx", lambda: Density([1.0], 0.0, -0.1), "dx must be a positive"),
    ("density with NaN dx", lambda: Density([1.0], 0.0, NAN), "dx must be a positive"),
    ("density with NaN x0", lambda: Density([1.0], NAN, 0.1), "x0 must be finite"),
    ("negative density values", lambda: Density([1.0, -0.5], 0.0, 0.1), "non-negative"),
    ("all-zero density", lambda: Density([0.0, 0.0], 0.0, 0.1), "all zero"),
    ("empty density", lambda: Density([], 0.0, 0.1), "empty"),
    ("2-D density values", lambda: Density([[1.0]], 0.0, 0.1), "must be 1-D"),
    ("NaN density values", lambda: Density([1.0, NAN], 0.0, 0.1), "NaN or infinity"),
    ("densities with different dx", lambda: U + Density.uniform(0, 1, dx=0.05), "different steps"),
    ("uniform with a > b", lambda: Density.uniform(1, 0), "a < b"),
    ("normal with sigma 0", lambda: Density.normal(0, 0), "sigma must be a positive"),
    ("exponential with negative rate", lambda: Density.exponential(-1), "lam must be a positive"),
    ("exponential with tail 1", lambda: Density.exponential(1.0, tail=1.0), "below 1"),
    ("normal with negative width", lambda: Density.normal(0, 1, width=-3), "width must be a positive"),
    ("2-D normal with zero width", lambda: Density2D.normal([0, 0], np.eye(2), width=0), "width must be a positive"),
    ("from_function with lo > hi", lambda: Density.from_function(np.exp, 1, 0, 0.1), "lo < hi"),
    ("from_function with dx wider than the interval", lambda: Density.from_function(np.exp, 0, 1, 5), "wider"),
    ("exponential with dx coarser than 1 / lam", lambda: Density.exponential(1, dx=100), "coarser than 1 / lam"),
    ("normal with dx coarser than sigma", lambda: Density.normal(0, 1, dx=5), "coarser than sigma"),
    ("2-D normal with d coarser than sigma", lambda: Density2D.normal([0, 0], np.eye(2), d=2), "coarser"),
    ("density grid too fine", lambda: Density.uniform(0, 1, dx=1e-12), "limit"),
    (
        "pdf returning NaN",
        lambda: Density.from_function(lambda x: np.full_like(x, np.nan), 0, 1, 0.1),
        "NaN or infinity",
    ),
    ("normal_pdf with sigma 0", lambda: normal_pdf(0.0, 0.0, 0.0), "sigma must be a positive"),
    ("irwin_hall_pdf with n 0", lambda: irwin_hall_pdf(0.5, 0), "positive integer"),
    ("irwin_hall_pdf with n 2.5", lambda: irwin_hall_pdf(0.5, 2.5), "positive integer"),
    ("gamma_pdf with k 0", lambda: gamma_pdf(0.5, 0, 1.0), "positive integer"),
    ("gamma_pdf with negative rate", lambda: gamma_pdf(0.5, 2, -1.0), "lam must be a positive"),
    # -- 2-D densities
    ("1-D values for a 2-D density", lambda: Density2D([1.0, 2.0], 0, 0, 1, 1), "must be 2-D"),
    ("3-D values for a 2-D density", lambda: Density2D(np.ones((2, 2, 2)), 0, 0, 1, 1), "must be 2-D"),
    ("empty 2-D density", lambda: Density2D(np.zeros((0, 3)), 0, 0, 1, 1), "empty"),
    ("all-zero 2-D density", lambda: Density2D(np.zeros((2, 3)), 0, 0, 1, 1), "all zero"),
    ("negative 2-D density", lambda: Density2D([[1.0, -1.0]], 0, 0, 1, 1), "non-negative"),
    ("2-D density with dy 0", lambda: Density2D([[1.0]], 0, 0, 1, 0), "dy must be a positive"),
    (
        "2-D densities with different d",
        lambda: square + Density2D.uniform((0, 1), (0, 1), d=0.25),
        "different grid steps",
    ),
    ("2-D box with infinite side", lambda: Density2D.uniform((0, INF), (0, 1)), "must be finite"),
    ("2-D box that is not a pair", lambda: Density2D.uniform(1, (0, 1)), "pair"),
    ("2-D box with lo > hi", lambda: Density2D.uniform((1, 0), (0, 1)), "lo < hi"),
    ("2-D cell wider than the box", lambda: Density2D.uniform((0, 1), (0, 1), d=5), "wider"),
    ("2-D grid too fine", lambda: Density2D.uniform((0, 1), (0, 1), d=1e-5), "limit"),
    ("2-D normal with a bad mean", lambda: Density2D.normal([0, 0, 0], np.eye(2)), "2 entries"),
    ("2-D normal with an indefinite cov", lambda: Density2D.normal([0, 0], [[1, 2], [2, 1]]), "positive definite"),
    # -- convolution and kernels
    ("convolve an empty array", lambda: convolve([], [1.0]), "empty"),
    ("convolve a 2-D array", lambda: convolve([[1.0]], [1.0]), "must be 1-D"),
    ("convolve with NaN", lambda: convolve([1.0, NAN], [1.0]), "NaN or infinity"),
    ("unknown 1-D method", lambda: convolve([1.0], [1.0], method="magic"), "unknown method"),
    ("convolve2d of a 1-D image", lambda: convolve2d([1.0, 2.0], [[1.0]]), "must be 2-D"),
    ("convolve2d of an empty image", lambda: convolve2d(np.zeros((0, 2)), [[1.0]]), "empty"),
    ("convolve2d with an empty kernel", lambda: convolve2d([[1.0]], np.zeros((2, 0))), "empty"),
    ("unknown mode", lambda: convolve2d([[1.0]], [[1.0]], mode="circular"), "unknown mode"),
    ("unknown 2-D method", lambda: correlate2d([[1.0]], [[1.0]], method="magic"), "unknown method"),
    (
        "separable method on a non-separable kernel",
        lambda: convolve2d(np.ones((4, 4)), kernels.laplacian(), method="separable"),
        "rank-one",
    ),
    (
        "valid mode with crossing shapes",
        lambda: convolve2d(np.ones((2, 5)), np.ones((5, 2)), mode="valid"),
        "fit inside",
    ),
    ("convolution too large", under_small_limit(lambda: convolve(np.ones(600), np.ones(600))), "limit"),
    ("2-D convolution too large", under_small_limit(lambda: convolve2d(np.ones((30, 30)), np.ones((9, 9)))), "limit"),
    ("box of size 0", lambda: kernels.box(0), "positive integer"),
    ("box too large", lambda: kernels.box(10**6), "limit"),
    ("gaussian with sigma 0", lambda: kernels.gaussian(0), "sigma must be a positive"),
    ("gaussian too wide", lambda: kernels.gaussian(1e6), "limit"),
    ("unknown sobel axis", lambda: kernels.sobel("z"), "unknown axis"),
]


@pytest.mark.parametrize(("make", "phrase"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_raises_value_error_with_a_helpful_message(make: Callable[[], Any], phrase: str) -> None:
    with pytest.raises(ValueError, match=phrase):
        make()


def test_probs_not_summing_to_one_point_to_from_weights_with_the_sum() -> None:
    with pytest.raises(ValueError, match=r"sum to 0\.89999.*Pmf\.from_weights"):
        Pmf([0.3, 0.6])
    with pytest.raises(ValueError, match=r"sum to 3/2.*exact=True"):
        Pmf(["1/2", 1], exact=True)


def test_bad_input_leaves_no_silent_nan() -> None:
    # the inputs that used to produce NaN or zeros without a word
    assert Pmf.from_weights([1e308, 1e308]).probs.tolist() == [0.5, 0.5]
    with pytest.raises(ValueError):
        Density([0.0], 0.0, 1.0).mean()
