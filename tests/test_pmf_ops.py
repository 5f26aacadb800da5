"""The operations a user of icepool or scipy.stats reaches for, checked against them as oracles.

icepool computes with exact Fractions, so exact Pmfs must agree with it exactly;
scipy.stats gives the float oracle (cdf and ppf at any real k, tails).
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import icepool
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from probconv import Pmf
from probconv.examples import X_WEIGHTS, Y_WEIGHTS

X = Pmf.die(X_WEIGHTS, exact=True)
Y = Pmf.die(Y_WEIGHTS, exact=True)

# Loaded dice with zeros inside and at the ends, anywhere on the integers: exact Pmfs and their icepool twins.
weights = st.lists(st.integers(0, 9), min_size=1, max_size=8).filter(any)
starts = st.integers(-6, 6)


def twin(pmf: Pmf) -> icepool.Die:
    """The same law as an icepool Die: integer weights, only on the values that can occur."""
    counts, _ = pmf.counts
    return icepool.Die({int(v): c for v, c in zip(pmf.support, counts, strict=True) if c})


@st.composite
def dice(draw: Any) -> Pmf:
    return Pmf.from_weights(draw(weights), start=draw(starts), exact=True)


def same_law(pmf: Pmf, die: icepool.Die) -> bool:
    ours = {int(v): p for v, p in zip(pmf.support, pmf.probs, strict=True) if p}
    return ours == {int(v): die.probability(v) for v in die.outcomes()}


# -- cdf, sf, quantile, median ---------------------------------------------------------------------


@given(dice(), st.fractions(min_value=-12, max_value=12, max_denominator=4))
@settings(max_examples=200, deadline=None)
def test_cdf_and_sf_at_any_real_k_match_icepool(pmf: Pmf, k: Fraction) -> None:
    die = twin(pmf)
    assert pmf.cdf(k) == die.probability("<=", k)
    assert pmf.sf(k) == die.probability(">", k)
    assert pmf.cdf(float(k)) == pmf.cdf(k)
    assert pmf.cdf(k) + pmf.sf(k) == 1


@given(dice(), st.integers(0, 24))
@settings(max_examples=200, deadline=None)
def test_quantile_is_the_smallest_value_whose_cdf_reaches_q_as_icepool_quantile_low(pmf: Pmf, n: int) -> None:
    assert pmf.quantile(Fraction(n, 24)) == twin(pmf).quantile_low(n, 24)


@given(dice())
@settings(max_examples=100, deadline=None)
def test_median_matches_icepool_median_low(pmf: Pmf) -> None:
    assert pmf.median() == twin(pmf).median_low()


def test_cdf_is_a_step_function_between_and_beyond_the_values() -> None:
    assert X.cdf(2.999) == X.cdf(2) == Fraction(1, 5)
    assert X.cdf(-math.inf) == 0 and X.cdf(math.inf) == 1
    assert X.sf(-math.inf) == 1 and X.sf(math.inf) == 0
    assert X.cdf(np.float64(3.5)) == X.cdf(np.int64(3)) == Fraction(7, 20)
    assert X.cdf(10.0**300) == 1 and X.sf(-(10.0**300)) == 1


@pytest.mark.parametrize("k", [-1.5, 0, 2.5, 7.0, 12.25, 20])
def test_float_cdf_and_sf_match_scipy_binomial(k: float) -> None:
    B = Pmf.binomial(20, 0.3)
    assert B.cdf(k) == pytest.approx(stats.binom.cdf(k, 20, 0.3), abs=1e-14)
    assert B.sf(k) == pytest.approx(stats.binom.sf(k, 20, 0.3), rel=1e-10, abs=1e-300)


def test_sf_keeps_the_digits_of_a_far_tail_as_scipy_does() -> None:
    B = Pmf.binomial(200, 0.5)
    assert B.sf(190) == pytest.approx(stats.binom.sf(190, 200, 0.5), rel=1e-9)
    assert B.sf(190) > 0 and 1 - B.cdf(190) == 0


@pytest.mark.parametrize("q", [0.01, 0.1, 0.25, 0.5, 0.8, 0.99, 1.0])
def test_float_quantile_matches_scipy_ppf(q: float) -> None:
    # away from the cdf's steps, so that a last bit of rounding cannot move the answer
    P = Pmf.poisson(7.5)
    assert P.quantile(q) == stats.poisson.ppf(q, 7.5) or q == 1.0
    assert P.quantile(1.0) == P.support[np.flatnonzero(P.probs)[-1]]


def test_quantile_at_zero_is_the_smallest_value_taken() -> None:
    padded = Pmf([0, 0, Fraction(1, 2), Fraction(1, 2), 0], start=3, exact=True)
    assert padded.quantile(0) == 5 == padded.to_float().quantile(0)
    assert padded.quantile(1) == 6 == padded.to_float().quantile(1)
    assert padded.to_float().quantile(1e-320) == 5


def test_exact_quantile_compares_q_exactly() -> None:
    coin = Pmf.from_weights([1, 1], exact=True)
    assert coin.quantile(Fraction(1, 2)) == 0  # P(X <= 0) = 1/2 reaches 1/2
    assert coin.quantile(Fraction(1, 2) + Fraction(1, 10**30)) == 1


# -- comparisons of independent variables ----------------------------------------------------------


@given(dice(), dice())
@settings(max_examples=200, deadline=None)
def test_prob_gt_lt_eq_of_two_dice_match_icepool(a: Pmf, b: Pmf) -> None:
    da, db = twin(a), twin(b)
    assert a.prob_gt(b) == (da > db).probability(True)
    assert a.prob_lt(b) == (da < db).probability(True)
    assert a.prob_eq(b) == (da == db).probability(True)
    assert a.prob_gt(b) + a.prob_lt(b) + a.prob_eq(b) == 1


@given(dice(), st.fractions(min_value=-10, max_value=10, max_denominator=3))
@settings(max_examples=200, deadline=None)
def test_prob_against_a_number_matches_icepool(a: Pmf, y: Fraction) -> None:
    die = twin(a)
    assert a.prob_gt(y) == die.probability(">", y)
    assert a.prob_lt(y) == die.probability("<", y)
    assert a.prob_eq(y) == die.probability("==", y)


def test_the_chapters_dice_compare_exactly_and_as_floats() -> None:
    assert X.prob_gt(Y) == (twin(X) > twin(Y)).probability(True) == Fraction(259, 400)
    assert X.to_float().prob_gt(Y) == pytest.approx(0.6475, abs=1e-15)
    assert isinstance(X.to_float().prob_gt(Y), float) and isinstance(X.prob_gt(Y), Fraction)
    assert X.prob_gt(math.inf) == 0 and X.prob_lt(math.inf) == 1 and X.prob_eq(math.inf) == 0


def test_far_apart_variables_compare_without_a_dense_grid() -> None:
    far = Y + 10**15
    assert X.prob_lt(far) == 1 and X.prob_gt(far) == 0 and X.prob_eq(far) == 0


# -- max and min -----------------------------------------------------------------------------------


@given(dice(), dice())
@settings(max_examples=200, deadline=None)
def test_max_and_min_of_two_dice_match_icepool_highest_and_lowest(a: Pmf, b: Pmf) -> None:
    assert same_law(a.max(b), icepool.highest(twin(a), twin(b)))
    assert same_law(a.min(b), icepool.lowest(twin(a), twin(b)))


def test_float_max_and_min_match_the_exact_ones() -> None:
    assert X.to_float().max(Y).isclose(X.max(Y), atol=1e-15)
    assert X.min(Y.to_float()).isclose(X.min(Y), atol=1e-15)
    assert not X.max(Y.to_float()).exact


def test_max_with_a_constant_raises_the_low_values() -> None:
    assert X.max(3) == Pmf.from_dict({3: Fraction(7, 20), 4: Fraction(3, 20), 5: Fraction(1, 5), 6: Fraction(3, 10)},
                                     exact=True)
    assert X.min(100) == X and X.max(-100) == X
    assert X.max(Y + 10**15) == Y + 10**15


# -- scaling ---------------------------------------------------------------------------------------


@given(dice(), st.integers(-4, 4))
@settings(max_examples=200, deadline=None)
def test_k_times_x_matches_icepool_scaling(a: Pmf, k: int) -> None:
    assert same_law(k * a, twin(a) * k)
    assert a * k == k * a
    assert (k * a).mean() == k * a.mean() and (k * a).var() == k * k * a.var()


def test_scaling_is_not_a_sum_of_copies() -> None:
    assert 2 * X != X.nfold(2)
    assert (2 * X).var() == 4 * X.var() and X.nfold(2).var() == 2 * X.var()
    assert (2 * X)[7] == 0 and X.nfold(2)[7] > 0
    assert (3 * X.to_float()).isclose(3 * X)


# -- constructors ----------------------------------------------------------------------------------


def test_from_dict_matches_icepool_and_the_dense_constructor() -> None:
    table = {6: Fraction(3, 10), 1: Fraction(1, 10), 3: Fraction(3, 20), 2: Fraction(1, 10),
             4: Fraction(3, 20), 5: Fraction(1, 5)}
    assert Pmf.from_dict(table, exact=True) == X
    assert same_law(Pmf.from_dict(table, exact=True), icepool.Die({v: int(p * 20) for v, p in table.items()}))
    assert Pmf.from_dict({-3: 0.5, 3: 0.5}) == Pmf([0.5, 0, 0, 0, 0, 0, 0.5], start=-3)


@given(st.lists(st.integers(-20, 20), min_size=1, max_size=60))
@settings(max_examples=100, deadline=None)
def test_from_samples_gives_each_value_its_share_as_icepool_does(samples: list[int]) -> None:
    assert same_law(Pmf.from_samples(samples, exact=True), icepool.Die(samples))
    assert Pmf.from_samples(np.array(samples, dtype=float)).isclose(Pmf.from_samples(samples, exact=True))


def test_from_samples_of_a_large_sample_is_close_to_the_law_drawn_from() -> None:
    draws = X.sample(200_000, np.random.default_rng(20261203))
    assert Pmf.from_samples(draws).isclose(X, atol=0.005)


@pytest.mark.parametrize(
    ("make", "error", "phrase"),
    [
        (lambda: X.cdf("3"), TypeError, "real number"),
        (lambda: X.sf(float("nan")), ValueError, "nan"),
        (lambda: X.quantile(1.5), ValueError, "between 0 and 1"),
        (lambda: X.quantile(-0.1), ValueError, "between 0 and 1"),
        (lambda: X.quantile(None), TypeError, "real number"),
        (lambda: X.prob_gt("Y"), TypeError, "real number"),
        (lambda: X.max(2.5), TypeError, "Pmf or an integer"),
        (lambda: X.min([1, 2]), TypeError, "Pmf or an integer"),
        (lambda: X.max(), TypeError, r"needs Y\. The largest value X can take is X\.quantile\(1\)"),
        (lambda: X.min(), TypeError, r"X\.quantile\(0\)"),
        (lambda: 0.5 * X, ValueError, "must be an integer"),
        (lambda: X * Y, TypeError, "nfold"),
        (lambda: X * "2", TypeError, "multiply"),
        (lambda: (2**62) * X, ValueError, "64-bit"),
        (lambda: Pmf.from_dict([0.5, 0.5]), TypeError, "mapping"),
        (lambda: Pmf.from_dict({}), ValueError, "empty"),
        (lambda: Pmf.from_dict({1.5: 1.0}), ValueError, "integers"),
        (lambda: Pmf.from_dict({1: 0.5, 2: 0.6}), ValueError, "sum to 1"),
        (lambda: Pmf.from_dict({0: 1.0, 2**64: 0.0}), ValueError, "64-bit"),
        (lambda: Pmf.from_samples([]), ValueError, "at least one"),
        (lambda: Pmf.from_samples([1.5, 2]), ValueError, "whole numbers"),
        (lambda: Pmf.from_samples([1, np.nan]), ValueError, "whole numbers"),
        (lambda: Pmf.from_samples([1e30]), ValueError, "64-bit"),
        (lambda: Pmf.from_samples(["a"]), ValueError, "integers"),
        (lambda: Pmf.from_samples([True, False]), ValueError, "integers"),
        (lambda: Pmf.from_samples([0, 10**12]), ValueError, "limit"),
    ],
)
def test_bad_input_to_the_new_operations_says_what_is_wrong(make: Any, error: type, phrase: str) -> None:
    with pytest.raises(error, match=phrase):
        make()
