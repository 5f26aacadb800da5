"""Pmf: closed forms, the chapter's dice, Monte Carlo agreement and the small API contracts."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from probconv import Pmf, mixture
from probconv.examples import X_WEIGHTS, Y_WEIGHTS, loaded_dice
from tests.oracle import oracle_pmf

FAIR = Pmf.die([1] * 6, exact=True)


# -- closed forms ------------------------------------------------------------------


def test_two_fair_dice_total_seven_has_probability_six_in_36() -> None:
    two = FAIR + FAIR
    assert two[7] == Fraction(6, 36)
    assert two.support.tolist() == list(range(2, 13))
    # the familiar triangle: 1, 2, ..., 6, ..., 2, 1 ways out of 36
    assert [p * 36 for p in two.probs] == [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]


def test_chapter_dice_total_four_is_17_over_200_from_three_ways() -> None:
    X, Y = loaded_dice()
    ways = [(1, 3), (2, 2), (3, 1)]
    products = [X[i] * Y[j] for i, j in ways]
    assert products == [Fraction(10, 100) * Fraction(15, 100), Fraction(10, 100) * Fraction(25, 100),
                        Fraction(15, 100) * Fraction(30, 100)]
    assert sum(products) == Fraction(17, 200) == (X + Y)[4]
    assert float((X + Y)[4]) == 0.085


def test_chapter_dice_have_the_documented_weights_and_differ() -> None:
    X, Y = loaded_dice()
    assert [X[k] * 20 for k in range(1, 7)] == list(X_WEIGHTS)
    assert [Y[k] * 20 for k in range(1, 7)] == list(Y_WEIGHTS)
    assert X.mean() > Fraction(7, 2) > Y.mean()  # X leans high, Y leans low
    assert loaded_dice(exact=False)[0].isclose(X)


def test_chapter_dice_sum_matches_enumeration_of_all_36_pairs() -> None:
    X, Y = loaded_dice()
    assert X + Y == oracle_pmf([X, Y])
    assert (X + Y).support.tolist() == list(range(2, 13))


def test_binomials_with_the_same_p_add_exactly() -> None:
    p = Fraction(2, 7)
    assert Pmf.binomial(5, p, exact=True) + Pmf.binomial(8, p, exact=True) == Pmf.binomial(13, p, exact=True)


def test_binomial_is_the_nfold_sum_of_a_bernoulli() -> None:
    bernoulli = Pmf(["2/3", "1/3"], exact=True)
    assert Pmf.binomial(9, "1/3", exact=True) == bernoulli.nfold(9)
    assert Pmf.binomial(9, "1/3", exact=True)[3] == math.comb(9, 3) * Fraction(1, 3) ** 3 * Fraction(2, 3) ** 6


def test_float_binomial_agrees_with_exact_within_n_ulps() -> None:
    n = 400
    floats = Pmf.binomial(n, 0.3)
    exact = Pmf.binomial(n, 0.3, exact=True).to_float()  # p at the binary value of 0.3
    assert floats.isclose(exact, atol=n * 1e-16)


def poisson_pmf(lam: float, k: int) -> float:
    return math.exp(-lam) * lam**k / math.factorial(k)


def test_poisson_matches_its_closed_form_within_the_stated_tail() -> None:
    tail = 1e-12
    X = Pmf.poisson(3.5, tail=tail)
    kept = [poisson_pmf(3.5, k) for k in X.support.tolist()]
    assert 1 - sum(kept) <= tail * (1 + 1e-9)
    # renormalising the kept mass moves each value by at most a relative tail / (1 - tail)
    assert max(abs(X[k] - q) for k, q in zip(X.support.tolist(), kept, strict=True)) <= 2 * tail + 1e-14


def test_poisson_plus_poisson_is_poisson_of_summed_rates() -> None:
    # Each input drops at most `tail` of its mass. A total z is short at most the
    # dropped mass of the two inputs, and renormalising rescales by at most
    # 1 / ((1 - tail)^2): so every probability is within 2 * (2 * tail) of the truth,
    # plus round-off.
    a, b, tail = 2.0, 5.5, 1e-12
    total = Pmf.poisson(a, tail=tail) + Pmf.poisson(b, tail=tail)
    errors = [abs(total[k] - poisson_pmf(a + b, k)) for k in range(0, 60)]
    assert max(errors) <= 4 * tail + 1e-14
    assert abs(total.mean() - (a + b)) <= 1e-9
    assert abs(total.var() - (a + b)) <= 1e-8


# -- sampling ----------------------------------------------------------------------


def test_histogram_of_sampled_sums_agrees_within_five_standard_errors() -> None:
    # Seeded, so the test is deterministic; the bound is the one a fresh seed
    # would break with probability about 6e-7 per total.
    n = 200_000
    rng = np.random.default_rng(20241125)
    X, Y = loaded_dice(exact=False)
    totals = X.sample(n, rng) + Y.sample(n, rng)
    expected = np.asarray((X + Y).probs)
    freq = np.bincount(totals - 2, minlength=11) / n
    se = np.sqrt(expected * (1 - expected) / n)
    assert freq.size == 11
    assert np.all(np.abs(freq - expected) <= 5 * se)
    assert abs(totals.mean() - (X + Y).mean()) <= 5 * (X + Y).std() / math.sqrt(n)


def test_sampling_is_reproducible_and_stays_in_the_support() -> None:
    X, _ = loaded_dice()
    a = X.sample(1000, np.random.default_rng(7))
    b = X.sample(1000, np.random.default_rng(7))
    assert np.array_equal(a, b)
    assert set(a.tolist()) <= set(range(1, 7))


# -- mixture is not a sum ----------------------------------------------------------


def test_mixture_is_not_the_sum() -> None:
    X, Y = loaded_dice()
    mix = mixture([X, Y])
    total = X + Y
    assert mix != total
    assert mix.support.tolist() == list(range(1, 7))  # one die's faces, not totals 2..12
    assert mix.mean() == (X.mean() + Y.mean()) / 2
    assert total.mean() == X.mean() + Y.mean()
    assert mix[3] == (X[3] + Y[3]) / 2


def test_plus_on_pmfs_never_means_mixture() -> None:
    X, Y = loaded_dice()
    assert X + Y != mixture([X, Y])
    assert X + X != X  # adding a die to itself is a sum of two throws, not the same die
    assert (X + X).support.tolist() == list(range(2, 13))


def test_mixture_weights_are_respected_and_zero_filled_between_supports() -> None:
    low = Pmf.point(0, exact=True)
    high = Pmf.point(4, exact=True)
    mix = mixture([low, high], weights=[3, 1])
    assert mix.probs == (Fraction(3, 4), 0, 0, 0, Fraction(1, 4))
    assert mixture([low.to_float(), high], weights=[3, 1]).isclose(mix)


# -- equality, closeness and summaries ---------------------------------------------


def test_equality_is_exact_value_for_value() -> None:
    tenths = Pmf(["1/10", "2/10", "7/10"], exact=True)
    floats = Pmf([0.1, 0.2, 0.7])
    assert floats != tenths  # 0.1 is not 1/10 in binary
    assert floats.isclose(tenths)
    assert Pmf([0.25, 0.75]) == Pmf(["1/4", "3/4"], exact=True)  # dyadic values are exact
    assert Pmf([0.25, 0.75]) != Pmf([0.25, 0.75], start=1)
    assert Pmf([1.0]) == Pmf([1.0, 0.0])  # zeros at the ends are padding, not part of the law
    assert len(Pmf([1.0])) != len(Pmf([1.0, 0.0]))  # ... though they keep their places
    assert Pmf([1.0]) != 1
    assert floats.to_exact().to_float() == floats


def test_isclose_respects_the_tolerance_and_the_support() -> None:
    a = Pmf([0.5, 0.5])
    b = Pmf([0.5 + 1e-9, 0.5 - 1e-9])
    assert not a.isclose(b)
    assert a.isclose(b, atol=1e-8)
    assert not a.isclose(a + 1)


def test_cdf_runs_from_zero_to_one_through_the_support() -> None:
    X, _ = loaded_dice()
    assert X.cdf(0) == 0
    assert X.cdf(-100) == 0
    assert X.cdf(3) == Fraction(7, 20)
    assert X.cdf(6) == 1
    assert X.cdf(10**6) == 1
    values = [X.cdf(k) for k in range(0, 8)]
    assert values == sorted(values)
    assert X.to_float().cdf(3) == pytest.approx(0.35, abs=1e-15)


def test_std_is_the_square_root_of_the_variance_and_does_not_add() -> None:
    X, Y = loaded_dice()
    assert X.std() == pytest.approx(math.sqrt(X.var()), rel=1e-15)
    assert isinstance(X.std(), float)
    # variances add, standard deviations do not
    assert (X + Y).var() == X.var() + Y.var()
    assert (X + Y).std() < X.std() + Y.std()
    assert FAIR.var() == Fraction(35, 12)


def test_support_and_length_keep_zero_probabilities() -> None:
    X = Pmf(["1/2", 0, "1/2"], start=-1, exact=True)
    assert X.support.tolist() == [-1, 0, 1]
    assert len(X + X) == 5
    edge = Pmf([0.0, 1.0, 0.0], start=3)
    assert (edge + edge).support.tolist() == list(range(6, 11))


def test_indexing_outside_the_support_gives_zero() -> None:
    X, _ = loaded_dice()
    assert X[0] == 0 and isinstance(X[0], Fraction)
    assert X[7] == 0 and X[-3] == 0
    floats = X.to_float()
    assert floats[0] == 0.0 and isinstance(floats[0], float)
    assert floats[np.int64(6)] == 0.3


def test_negative_starts_add_and_subtract() -> None:
    A = Pmf.from_weights([1, 2, 1], start=-3, exact=True)
    B = Pmf.from_weights([1, 1], start=-2, exact=True)
    assert (A + B).start == -5
    assert (A - B).start == -3 - (-1)
    assert (A + B).mean() == -2 + Fraction(-3, 2)
    assert A + B == oracle_pmf([A, B])


def test_x_minus_an_independent_copy_is_symmetric_about_zero() -> None:
    X, _ = loaded_dice()
    diff = X - X
    assert diff.support.tolist() == list(range(-5, 6))
    assert diff == -diff
    assert diff.mean() == 0


def test_exact_results_stay_fractions_through_every_operation() -> None:
    X, Y = loaded_dice()
    results = [X + Y, X - Y, -X, X + 2, 3 - X, X.nfold(5), mixture([X, Y], ["1/3", "2/3"])]
    for r in results:
        assert r.exact
        assert all(type(p) is Fraction for p in r.probs)
        assert sum(r.probs, Fraction(0)) == 1
    assert type(X.mean()) is Fraction and type(X.var()) is Fraction
    assert type(X.cdf(3)) is Fraction


def test_mixing_exact_and_float_gives_float() -> None:
    X, Y = loaded_dice()
    s = X + Y.to_float()
    assert not s.exact
    assert s.isclose(X + Y)


def test_float_sum_of_long_pmfs_matches_enumeration() -> None:
    # long enough that the engine may choose FFT; the oracle never does
    rng = np.random.default_rng(11)
    A = Pmf.from_weights(rng.random(150), start=-40)
    B = Pmf.from_weights(rng.random(220), start=7)
    assert (A + B).isclose(oracle_pmf([A, B]), atol=1e-15)
    assert np.all(np.asarray((A + B).probs) >= 0)


def test_nfold_of_chapter_die_has_mean_and_variance_n_times() -> None:
    X, _ = loaded_dice()
    for n in (1, 2, 5, 20):
        S = X.nfold(n)
        assert S.mean() == n * X.mean()
        assert S.var() == n * X.var()
        assert S.support[0] == n and S.support[-1] == 6 * n


# -- construction ------------------------------------------------------------------


def test_from_weights_normalises_and_keeps_huge_weights_finite() -> None:
    assert Pmf.from_weights([1, 3], exact=True).probs == (Fraction(1, 4), Fraction(3, 4))
    assert Pmf.from_weights([1e308, 1e308]).probs.tolist() == [0.5, 0.5]
    assert Pmf.from_weights([2, 2, 4], start=-1).probs.tolist() == [0.25, 0.25, 0.5]


def test_exact_inputs_accept_strings_fractions_and_ints() -> None:
    a = Pmf(["1/3", Fraction(1, 3), "1/3"], exact=True)
    assert a == Pmf.from_weights([1, 1, 1], exact=True)
    assert a.counts == ((1, 1, 1), 3)


def test_probabilities_cannot_be_changed_in_place() -> None:
    X = Pmf([0.5, 0.5])
    with pytest.raises(ValueError):
        X.probs[0] = 1.0
    source = np.array([0.5, 0.5])
    Y = Pmf(source)
    source[0] = 0.9  # the Pmf holds its own copy
    assert Y[0] == 0.5


def test_point_mass_is_a_constant() -> None:
    c = Pmf.point(4, exact=True)
    assert c.mean() == 4 and c.var() == 0
    X, _ = loaded_dice()
    assert X + c == X + 4


def test_pmfs_are_not_hashable() -> None:
    with pytest.raises(TypeError):
        hash(Pmf([1.0]))


def test_repr_shows_the_probabilities_and_the_start() -> None:
    assert repr(Pmf.from_weights([1, 3], start=2, exact=True)) == "Pmf([1/4, 3/4], start=2, exact=True)"
    assert repr(Pmf([0.5, 0.5])) == "Pmf([0.5, 0.5], start=0)"
    assert repr(FAIR + FAIR).startswith("Pmf([1/36, 1/18, 1/12, 1/9, 5/36, 1/6, 5/36,")


def test_repr_of_a_long_pmf_is_summarised_like_numpy() -> None:
    assert repr(FAIR.nfold(3)) == "Pmf([1/216, 1/72, 1/36, ..., 1/36, 1/72, 1/216], start=3, len=16, exact=True)"
    assert repr(FAIR.to_float().nfold(3)).startswith("Pmf([0.00462963, 0.0138889, 0.0277778, ..., ")


def test_repr_of_a_huge_exact_pmf_is_short_and_never_hits_the_digit_limit() -> None:
    # 2,585-digit denominators: str() of one would be long, of 4,300 digits would raise
    text = repr(FAIR.nfold(10_000))
    assert len(text) < 140
    assert text.startswith("Pmf([~3.073e-7782, ~3.073e-7778, ")  # 6 ** -10000 = 3.073e-7782
    assert text.endswith("], start=10000, len=50001, exact=True)")


def test_numpy_integers_shift_from_either_side() -> None:
    X, _ = loaded_dice()
    assert np.int64(3) + X == X + 3
    assert np.int64(3) - X == 3 - X
    assert (np.int64(3) - X).support.tolist() == list(range(-3, 3))


def test_a_pmf_is_neither_a_sequence_nor_an_array() -> None:
    # iterating through __getitem__ would never stop (it is 0 off the support),
    # and numpy would read X[0], X[1], ... as if the support started at 0
    X, _ = loaded_dice()
    with pytest.raises(TypeError, match="X.support or X.probs"):
        list(X)
    with pytest.raises(TypeError, match="X.probs"):
        np.asarray(X)


def test_mean_of_a_far_shifted_pmf_is_exact_in_floats() -> None:
    X = Pmf([0.25, 0.75], start=10**12)
    assert X.mean() == 10**12 + 0.75
    assert X.var() == pytest.approx(0.1875, rel=1e-15)


@pytest.mark.parametrize("n", [2, 7, 50, 300])
def test_float_nfold_agrees_with_exact_nfold(n: int) -> None:
    # the exact result is correctly rounded by to_float; the float path may use
    # FFTs, whose round-off on probabilities <= 1 stays far below 1e-14
    X, _ = loaded_dice()
    floats = X.to_float().nfold(n)
    assert floats.isclose(X.nfold(n).to_float(), atol=1e-14)
    assert np.asarray(floats.probs).min() >= 0
    assert abs(float(np.sum(floats.probs)) - 1) <= 1e-12
