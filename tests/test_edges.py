"""probconv at its edges: each class of defect found by adversarial testing, with an oracle.

The classes are those of the issue that collected them: wrong or inaccurate
results, inputs silently misread, work too big for memory, output too long
to read, slow paths, wrong exception types and padding that broke equality.
Where a peer computes the same thing it is the oracle: mpmath at 40 digits
for Poisson, binomial and gamma probabilities, scipy for densities, icepool
for exact dice, an exact integer sum for Irwin-Hall. Nothing here times
anything or depends on the last bits of a float.
"""

from __future__ import annotations

import copy
import math
import pickle
from decimal import Decimal
from fractions import Fraction

import icepool
import mpmath
import numpy as np
import pandas as pd
import pytest
import scipy.stats as stats

from probconv import (
    Density,
    Density2D,
    JointGrid,
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
from probconv.closed_forms import binomial_logpmf, poisson_logpmf
from probconv.exact import poly_mul, poly_pow
from probconv.examples import loaded_dice
from probconv.memory import DEFAULT_LIMIT, current_memory_limit

mpmath.mp.dps = 40
X, Y = loaded_dice()


def mp_poisson(k: int, lam: float) -> float:
    k_, lam_ = mpmath.mpf(k), mpmath.mpf(lam)
    return float(mpmath.exp(-lam_ + k_ * mpmath.log(lam_) - mpmath.loggamma(k_ + 1)))


def mp_binomial(k: int, n: int, p: float) -> float:
    k_, n_, p_ = mpmath.mpf(k), mpmath.mpf(n), mpmath.mpf(p)
    log = mpmath.loggamma(n_ + 1) - mpmath.loggamma(k_ + 1) - mpmath.loggamma(n_ - k_ + 1)
    return float(mpmath.exp(log + k_ * mpmath.log(p_) + (n_ - k_) * mpmath.log1p(-p_)))


def exact_irwin_hall(x: float, n: int) -> float:
    fx = Fraction(x)
    total = sum((-1) ** k * math.comb(n, k) * (fx - k) ** (n - 1) for k in range(math.floor(fx) + 1))
    return float(total / math.factorial(n - 1))


def to_icepool(pmf: Pmf) -> icepool.Die:
    counts, _ = pmf.counts
    return icepool.Die({int(v): c for v, c in zip(pmf.support, counts, strict=True) if c})


def from_icepool(die: icepool.Die) -> Pmf:
    outcomes = list(die.outcomes())
    weights = [0] * (outcomes[-1] - outcomes[0] + 1)
    for v, q in zip(outcomes, die.quantities(), strict=True):
        weights[v - outcomes[0]] = q
    return Pmf.from_weights(weights, start=outcomes[0], exact=True)


# -- density grids keep their mass ------------------------------------------------------


@pytest.mark.parametrize("dx", [0.3, 0.6, 0.07, 0.4])
def test_a_step_that_does_not_tile_the_interval_is_refused_with_steps_that_do(dx: float) -> None:
    with pytest.raises(ValueError, match=r"does not tile \[0, 1\] in whole cells.*\(hi - lo\) / \d+ = "):
        Density.uniform(0, 1, dx=dx)
    with pytest.raises(ValueError, match="does not tile"):
        Density.from_function(np.ones_like, 0, 1, dx)
    with pytest.raises(ValueError, match="does not tile"):
        Density2D.uniform((0, 1), (0, 2), d=dx)


@pytest.mark.parametrize("dx", [0.25, 1 / 3, 0.1, 0.01, 1 / 7])
def test_a_step_that_tiles_the_interval_gives_unit_mass(dx: float) -> None:
    assert Density.uniform(0, 1, dx=dx).mass() == pytest.approx(1, abs=1e-12)
    assert Density2D.uniform((0, 1), (0, 2), d=dx).mass() == pytest.approx(1, abs=1e-12)


@pytest.mark.parametrize("dx", [0.3, 0.07, 0.01])
def test_densities_without_edges_reach_to_the_next_whole_cell(dx: float) -> None:
    N = Density.normal(2.0, 1.0, dx=dx)
    assert N.mass() == pytest.approx(1, abs=1e-3 * dx)
    assert N.mean() == pytest.approx(2.0, abs=1e-12)  # the grid stays symmetric about the mean
    assert Density.exponential(1.0, dx=dx).mass() == pytest.approx(1, rel=dx * dx)
    square = Density2D.normal([0, 0], np.eye(2), d=dx * 3)
    assert square.mass() == pytest.approx(1, abs=1e-2)


def test_a_range_too_wide_for_a_float_to_count_is_refused() -> None:
    with pytest.raises(ValueError, match="more cells"):
        Density.uniform(-1e308, 1e308, dx=1e-10)


# -- accuracy --------------------------------------------------------------------------


@pytest.mark.parametrize("lam", [0.5, 20.0, 1e3, 12_345.678, 1e6, 1e8])
def test_poisson_probabilities_match_mpmath(lam: float) -> None:
    P = Pmf.poisson(lam)
    sd = math.sqrt(lam)
    for z in (-5, -2, -0.5, 0, 0.5, 1, 3, 5):
        k = round(lam + z * sd)
        if P.start <= k < P.start + len(P):
            assert P[k] == pytest.approx(mp_poisson(k, lam), rel=1e-13), k
    assert 1 - 1e-12 <= float(np.sum(P.probs)) <= 1 + 1e-12


def test_poisson_of_a_huge_mean_keeps_only_the_values_that_carry_the_mass() -> None:
    P = Pmf.poisson(1e8)
    assert 1.2e5 < len(P) < 1.6e5
    assert P.mean() == pytest.approx(1e8, rel=1e-12)
    assert P.var() == pytest.approx(1e8, rel=1e-6)


@pytest.mark.parametrize("lam", [1e10, 1e12])
def test_poisson_logpmf_stays_accurate_far_beyond_the_pmf_sizes(lam: float) -> None:
    ks = np.round(lam + math.sqrt(lam) * np.array([-6.0, 0.0, 2.5]))
    got = np.exp(poisson_logpmf(ks, lam))
    expected = [mp_poisson(int(k), lam) for k in ks]
    np.testing.assert_allclose(got, expected, rtol=1e-13)


@pytest.mark.parametrize(("n", "p"), [(10, 0.3), (1000, 0.5), (10**6, 0.3), (10**5, 1e-3), (10**9, 0.7)])
def test_binomial_probabilities_match_mpmath(n: int, p: float) -> None:
    sd = math.sqrt(n * p * (1 - p))
    ks = sorted({min(n, max(0, round(n * p + z * sd))) for z in (-6, -1, 0, 2, 6)})
    expected = [mp_binomial(k, n, p) for k in ks]
    np.testing.assert_allclose(np.exp(binomial_logpmf(ks, n, p)), expected, rtol=1e-13)
    if n <= 10**6:
        B = Pmf.binomial(n, p)
        np.testing.assert_allclose([B[k] for k in ks], expected, rtol=1e-13)


@pytest.mark.parametrize(("x", "k", "lam"), [(200.0, 150, 1.0), (1.0, 2, 1.0), (5e3, 4000, 0.8), (0.0, 1, 2.5)])
def test_gamma_pdf_matches_scipy_where_the_closed_form_overflows(x: float, k: int, lam: float) -> None:
    got = float(gamma_pdf(x, k, lam))
    assert math.isfinite(got)
    assert got == pytest.approx(stats.gamma.pdf(x, k, scale=1 / lam), rel=1e-12)


@pytest.mark.parametrize(("k", "lam"), [(10**12, 1.7), (10**10, 0.3), (5, 1e-3)])
def test_gamma_pdf_stays_accurate_far_into_the_tails_of_huge_shapes(k: int, lam: float) -> None:
    # lam x is carried in two parts: its rounding, times k - 1 - lam x, would cost 1e-9 at k = 1e12
    mean, sd = (k - 1) / lam, math.sqrt(k) / lam
    for x in (mean - 30 * sd, mean + 3 * sd, mean + 30 * sd):
        if x <= 0:
            continue
        x_, k_, lam_ = mpmath.mpf(x), mpmath.mpf(k), mpmath.mpf(lam)
        log = k_ * mpmath.log(lam_) + (k_ - 1) * mpmath.log(x_) - lam_ * x_ - mpmath.loggamma(k_)
        expected = float(mpmath.exp(log))
        assert float(gamma_pdf(x, k, lam)) == pytest.approx(expected, rel=1e-12)


def test_gamma_pdf_is_zero_below_zero_and_at_zero_for_k_above_one() -> None:
    assert gamma_pdf([-1.0, 0.0], 3, 2.0).tolist() == [0.0, 0.0]


@pytest.mark.parametrize("n", [21, 50, 200])
def test_irwin_hall_pdf_matches_the_exact_sum_for_large_n(n: int) -> None:
    xs = [1.7, n / 4 + 0.123, n / 2, n - 2.5]
    expected = [exact_irwin_hall(x, n) for x in xs]
    np.testing.assert_allclose(irwin_hall_pdf(xs, n), expected, rtol=1e-12)
    assert float(irwin_hall_pdf(100.0, 200)) == pytest.approx(0.0976471837512874, rel=1e-12)


def test_irwin_hall_pdf_refuses_work_it_cannot_finish() -> None:
    with pytest.raises(ValueError, match="normal density N\\(n/2, n/12\\)"):
        irwin_hall_pdf(5.0, 10**6)


def test_the_fft_paths_give_the_direct_sum_for_values_near_the_top_of_the_float_range() -> None:
    a, b = np.full(10**5, 1e306), np.full(100, 0.01)
    direct = convolve(a, b, method="direct")
    for method in ("auto", "fft", "oaconvolve"):
        np.testing.assert_allclose(convolve(a, b, method=method), direct, rtol=1e-12, err_msg=method)
    image, kernel = np.full((60, 50), 1e303), np.full((5, 5), 1.0)
    expected = convolve2d(image, kernel, method="direct")
    for method in ("fft", "separable", "ndimage"):
        np.testing.assert_allclose(convolve2d(image, kernel, method=method), expected, rtol=1e-12)
        np.testing.assert_allclose(correlate2d(image, kernel, method=method), expected, rtol=1e-12)


def test_tiny_values_survive_the_fft_scaling() -> None:
    a, b = np.full(500, 1e-300), np.full(300, 1e-10)
    np.testing.assert_allclose(convolve(a, b, method="fft"), convolve(a, b, method="direct"), rtol=1e-10)


def test_moments_of_a_density_far_from_zero_keep_their_digits() -> None:
    far = Density.uniform(1e14, 1e14 + 1, dx=0.01)
    assert far.var() == pytest.approx(1 / 12 - 0.01**2 / 12, rel=1e-9)  # the midpoint sum's own variance
    assert far.mean() == pytest.approx(1e14 + 0.5, rel=1e-15)
    plane = Density2D.uniform((1e14, 1e14 + 1), (-1e12, -1e12 + 2), d=0.01)
    cov = plane.cov()
    assert cov[0, 0] == pytest.approx(far.var(), rel=1e-9)
    assert cov[1, 1] == pytest.approx(4 / 12 - 0.01**2 / 12, rel=1e-9)
    assert abs(cov[0, 1]) < 1e-12


# -- inputs read as they are meant ------------------------------------------------------


def test_a_series_is_read_by_its_index() -> None:
    P = Pmf(pd.Series([0.25, 0.75], index=[5, 6]))
    assert (P.start, P[5], P[6]) == (5, 0.25, 0.75)
    gappy = Pmf.from_weights(pd.Series([1, 3], index=[7, 4]), exact=True)
    assert gappy == Pmf(["3/4", 0, 0, "1/4"], start=4, exact=True)
    assert Pmf(pd.Series([0.5, 0.5])) == Pmf([0.5, 0.5])  # the default index says nothing
    assert Pmf(pd.Series([0.5, 0.5]), start=3).start == 3


@pytest.mark.parametrize(
    ("series", "start", "message"),
    [
        (pd.Series([0.5, 0.5], index=[5, 6]), 2, "not both"),
        (pd.Series([0.5, 0.5], index=[0.5, 1.5]), 0, "must be integers"),
        (pd.Series([0.5, 0.5], index=["a", "b"]), 0, "must be integers"),
        (pd.Series([0.5, 0.5], index=[3, 3]), 0, "only once"),
    ],
)
def test_a_series_whose_index_cannot_be_values_is_refused(series: pd.Series, start: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Pmf(series, start=start)


def test_arrays_read_by_position_refuse_a_series_index_they_would_drop() -> None:
    with pytest.raises(ValueError, match="to_numpy"):
        convolve(pd.Series([1.0, 2.0], index=[10, 11]), [1.0])
    with pytest.raises(ValueError, match="to_numpy"):
        Density(pd.Series([1.0, 1.0], index=[3, 4]), 0.0, 0.5)
    assert convolve(pd.Series([1.0, 2.0]), [1.0]).tolist() == [1.0, 2.0]


def test_a_pdf_must_return_one_value_per_point() -> None:
    with pytest.raises(ValueError, match="one value per point"):
        Density.from_function(lambda x: x[:-1], 0, 1, 0.1)
    with pytest.raises(ValueError, match="one value per point"):
        Density.from_function(lambda x: 1.0, 0, 1, 0.1)
    with pytest.raises(ValueError, match="one value per point"):
        Density2D.from_function(lambda x, y: x[0], (0, 1), (0, 1), 0.5)
    with pytest.raises(ValueError, match="one value per point"):
        Density2D.from_function(lambda x, y: (x + y).T, (0, 1), (0, 2), 0.5)


@pytest.mark.parametrize(
    "call",
    [
        lambda: Pmf([0.5 + 0j, 0.5]),
        lambda: Pmf.from_weights(np.array([1, 2], dtype=complex)),
        lambda: convolve([1 + 1j], [1.0]),
        lambda: convolve2d([[1.0]], [[1j]]),
        lambda: Density([1.0 + 0j], 0.0, 1.0),
    ],
)
def test_complex_input_is_refused_not_truncated(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match="complex"):
        call()


@pytest.mark.parametrize("weights", ["13", b"13", {0: 1, 1: 3}, {1, 3}])
def test_mixture_weights_that_are_not_a_sequence_are_refused(weights: object) -> None:
    with pytest.raises(TypeError, match="sequence of numbers"):
        mixture([X, Y], weights)


def test_a_dict_of_weights_is_refused_rather_than_read_by_its_keys() -> None:
    with pytest.raises(TypeError, match="dict"):
        Pmf.from_weights({1: 3, 2: 1}, exact=True)
    with pytest.raises(TypeError, match="dict"):
        Pmf.from_weights({1: 3, 2: 1})


def test_values_never_wrap_around_the_64_bit_integers() -> None:
    near = Pmf([0.5, 0.5], start=2**62)
    with pytest.raises(ValueError, match="64-bit"):
        near + near
    with pytest.raises(ValueError, match="64-bit"):
        antidiagonal_sums(joint_grid(near, near))
    with pytest.raises(ValueError, match="64-bit"):
        joint_grid(near, near)
    top = Pmf([0.5, 0.5], start=2**63 - 2)
    drawn = top.sample(50, np.random.default_rng(3))
    assert set(drawn.tolist()) <= {2**63 - 2, 2**63 - 1}
    assert top.support.tolist() == [2**63 - 2, 2**63 - 1]
    for make in (lambda: top + 1, lambda: -Pmf.point(-(2**63)), lambda: Pmf.point(2**63), lambda: X.nfold(2**62)):
        with pytest.raises(ValueError, match="64-bit"):
            make()
    with pytest.raises(ValueError, match="64-bit"):
        JointGrid(np.ones((1, 1)), np.array([2**62]), np.array([2**62])).totals()
    low = Pmf([0.5, 0.5], start=-(2**62))
    assert antidiagonal_sums(joint_grid(low, low)).start == -(2**63)


# -- memory: estimated first, refused with advice -----------------------------------------


@pytest.mark.parametrize(
    ("make", "what"),
    [
        (lambda: X.nfold(10**5), "exact 100,000-fold sum"),
        (lambda: Pmf.binomial(10**5, "1/3", exact=True), "exact 100,000-fold sum"),
        (lambda: joint_grid(Pmf.die([1] * 10**4, exact=True), Pmf.die([1] * 10**4, exact=True)), "exact joint grid"),
        (lambda: X.sample(10**12, np.random.default_rng(1)), "sample"),
        (lambda: mixture([Pmf.point(0, exact=True), Pmf.point(10**9, exact=True)]), "exact mixture"),
        (lambda: Pmf.poisson(1e16), "poisson"),
    ],
)
def test_work_beyond_the_memory_limit_is_refused_before_it_starts(make, what: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=rf"{what}.* would need about .*memory limit of 2 GiB.*memory_limit"):
        make()


def test_the_memory_limit_is_set_by_a_call_or_for_a_block() -> None:
    assert current_memory_limit() == DEFAULT_LIMIT == 2 * 2**30
    X.nfold(1000)  # about 7 MiB of integers
    with memory_limit(2**20):
        assert current_memory_limit() == 2**20
        with pytest.raises(ValueError, match="memory limit of 1 MiB"):
            X.nfold(1000)
        with memory_limit(2**30):
            assert len(X.nfold(1000)) == 5001
        assert current_memory_limit() == 2**20
    assert current_memory_limit() == DEFAULT_LIMIT
    token = memory_limit(2**21)  # a plain call holds from then on
    try:
        assert current_memory_limit() == 2**21
    finally:
        token.__exit__(None, None, None)
    assert current_memory_limit() == DEFAULT_LIMIT
    for bad in (0, -1, 1.5, True, "2GB"):
        with pytest.raises(ValueError, match="positive number of bytes"):
            memory_limit(bad)  # type: ignore[arg-type]


def test_every_exact_and_float_operation_checks_the_limit() -> None:
    big = X.nfold(300)  # 1,501 counts of some 1,300 bits
    with memory_limit(10**6):
        for make, what in [
            (lambda: big + big, "exact sum of variables with 1,501 and 1,501 values"),
            (lambda: big - big, "exact sum"),
            (lambda: Pmf.binomial(10**4, "1/3", exact=True), "exact 10,000-fold sum"),
            (lambda: mixture([Pmf.point(0, exact=True), Pmf.point(10**6, exact=True)]), "exact mixture"),
            (lambda: Pmf.binomial(10**5, 0.5), "binomial"),
            (lambda: convolve(np.ones(10**5), np.ones(10**4)), "convolution"),
            (lambda: Density.uniform(0, 1, dx=1e-5), "density grid"),
            (lambda: irwin_hall_pdf(np.linspace(0, 50, 10**4), 50), "Irwin-Hall"),
        ]:
            with pytest.raises(ValueError, match=f"{what}.*memory limit of 977 KiB"):
                make()


def test_an_exact_sum_near_the_limit_still_runs() -> None:
    # 20,001 counts of some 8,600 bits: a few tens of MB, well inside 2 GiB
    assert len(X.nfold(4000)) == 20_001


# -- slow paths are fast, and right ------------------------------------------------------


@pytest.mark.parametrize(("n", "p"), [(1, "1/3"), (7, "1/3"), (30, "2/7"), (12, "0"), (5, "1")])
def test_exact_binomial_matches_icepool(n: int, p: str) -> None:
    q = Fraction(p)
    trial = icepool.Die({0: q.denominator - q.numerator, 1: q.numerator})
    assert Pmf.binomial(n, p, exact=True) == from_icepool(n @ trial)


def test_exact_binomial_of_many_trials_is_the_nfold_sum_of_one() -> None:
    B = Pmf.binomial(2000, "1/3", exact=True)
    assert B == Pmf.from_weights([2, 1], exact=True).nfold(2000)
    assert B.mean() == Fraction(2000, 3)


def test_an_exact_mixture_of_far_apart_points_matches_icepool() -> None:
    far = mixture([Pmf.point(0, exact=True), Pmf.point(10**6, exact=True)], [1, 3])
    assert len(far) == 10**6 + 1
    assert (far[0], far[10**6], far[1]) == (Fraction(1, 4), Fraction(3, 4), 0)
    assert mixture([X, Y], [2, 3]) == from_icepool(icepool.Die([to_icepool(X), to_icepool(Y)], times=[2, 3]))


# -- exception types and messages ----------------------------------------------------------


def test_numbers_too_large_for_floats_are_refused_with_advice_or_taken_exactly() -> None:
    with pytest.raises(ValueError, match="too large for a float.*exact=True"):
        Pmf.from_weights([10**400, 1])
    exact = Pmf.from_weights([10**400, 1], exact=True)
    assert exact[1] == Fraction(1, 10**400 + 1)
    assert repr(exact) == "Pmf([~1.000, ~1.000e-400], start=0, exact=True)"


def test_a_point_summed_beyond_the_integers_is_refused_and_a_point_at_zero_is_not() -> None:
    with pytest.raises(ValueError, match="64-bit"):
        Pmf.point(1, exact=True).nfold(10**20)
    assert Pmf.point(0, exact=True).nfold(10**20) == Pmf.point(0)
    assert Pmf.point(0).nfold(10**20) == Pmf.point(0)


def test_joint_grids_compare_by_value() -> None:
    assert joint_grid(X, Y) == joint_grid(X, Y)
    assert joint_grid(X, Y) != joint_grid(Y, X)
    assert joint_grid(X, Y) != joint_grid(X.to_float(), Y)
    assert joint_grid(X, X + 1) != joint_grid(X, X)
    with pytest.raises(TypeError):
        hash(joint_grid(X, Y))


# -- equal laws compare equal, however they are padded -----------------------------------


def test_zeros_at_the_ends_do_not_break_equality() -> None:
    assert Pmf.binomial(3, 1.0) == Pmf.point(3)
    assert Pmf.binomial(3, 1.0).isclose(Pmf.point(3))
    assert Pmf.binomial(3, "1", exact=True) == Pmf.point(3, exact=True)
    assert Pmf.binomial(3, 0.0) == Pmf.point(0, exact=True)
    assert Pmf([0.0, 0.5, 0.5, 0.0], start=-1) == Pmf([0.5, 0.5])
    assert Pmf([0.0, 0.5, 0.5, 0.0], start=-1) != Pmf([0.5, 0.5], start=1)
    assert Pmf([0.5, 0.0, 0.5]) != Pmf([0.5, 0.5])  # a zero inside the support is part of the law
    # storage keeps every face, zero or not: the explorer's vectors rely on it
    assert len(Pmf.binomial(3, 1.0)) == 4
    assert Pmf.die([0, 1, 1], exact=True).support.tolist() == [1, 2, 3]


# -- a second adversarial round ------------------------------------------------------------


def test_numpy_integers_in_exact_input_never_wrap_around() -> None:
    assert Pmf.from_weights([np.int64(2**62)] * 3, exact=True) == Pmf.from_weights([1, 1, 1], exact=True)
    X2 = Pmf.from_weights(np.array([1, 3]), exact=True)
    assert all(type(c) is int for c in X2.counts[0]) and type(X2.counts[1]) is int
    assert X2 + X2 == Pmf(["1/16", "3/8", "9/16"], exact=True)
    halves = Pmf([Fraction(np.int64(1), np.int64(2)), Fraction(1, 2)], exact=True)
    assert repr(halves) == "Pmf([1/2, 1/2], start=0, exact=True)"
    assert poly_mul(np.array([2**40, 1]), np.array([2**40, 1])) == [2**80, 2**41, 1]
    assert poly_mul(np.array([100, 100], dtype=np.int8), [1, 1]) == [100, 200, 100]
    assert poly_pow([1, 1], np.int64(3)) == [1, 3, 3, 1]


@pytest.mark.parametrize("backend", ["flint", "decimal", "kronecker"])
def test_exact_polynomials_refuse_non_integers_with_one_message(backend: str) -> None:
    with pytest.raises(ValueError, match="must hold integers"):
        poly_mul([1.5, 2], [1, 1], backend=backend)
    with pytest.raises(ValueError, match="must hold integers"):
        poly_pow([0.5, 1], 2, backend=backend)


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ([Decimal("Infinity"), 1], "not an exact number"),
        (["1e10000000", 1], "exponent beyond"),
        ([1, "1e-50000000"], "exponent beyond"),
    ],
)
def test_exact_numbers_that_cannot_be_held_are_refused_quickly(weights: list[object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Pmf.from_weights(weights, exact=True)


def test_longdouble_weights_are_taken_exactly() -> None:
    w = np.array([np.longdouble(1) + np.longdouble(2) ** -60, 1], dtype=np.longdouble)
    if w[0] == 1:  # pragma: no cover - a platform whose longdouble is a double
        pytest.skip("longdouble is float64 here")
    assert Pmf.from_weights(w, exact=True)[0] > Fraction(1, 2)


def test_inputs_that_would_be_misread_are_refused() -> None:
    with pytest.raises(TypeError, match="masked array"):
        Pmf.from_weights(np.ma.array([1.0, 1.0, 5.0], mask=[0, 0, 1]))
    with pytest.raises(TypeError, match="masked array"):
        Pmf.from_weights(np.ma.array([1, 1, 5], mask=[0, 0, 1]), exact=True)
    with pytest.raises(TypeError, match="True or False"):
        Pmf([0.5, 0.5], exact="False")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="got strings"):
        Pmf(["0.5", "0.5"])
    with pytest.raises(ValueError, match="by position"):
        mixture([Pmf.point(0), Pmf.point(1)], pd.Series([1, 3], index=[1, 0]))
    assert mixture([Pmf.point(0), Pmf.point(1)], pd.Series([1, 3])) == Pmf([0.25, 0.75])


def test_a_die_built_from_a_series_takes_its_faces_from_the_index() -> None:
    assert Pmf.die(pd.Series([1, 1, 2], index=[1, 2, 3]), exact=True) == Pmf.die([1, 1, 2], exact=True)
    assert Pmf.die(pd.Series([1, 1]), exact=True).support.tolist() == [1, 2]


def test_huge_inputs_of_known_length_are_refused_before_numpy_allocates() -> None:
    with pytest.raises(ValueError, match="memory limit"):
        Pmf.from_weights(range(10**9))
    with pytest.raises(ValueError, match="memory limit"):
        Pmf.from_weights(pd.Series([1, 1], index=[0, 3 * 10**7]), exact=True)
    with pytest.raises(ValueError, match="memory limit"):
        Pmf.from_weights(pd.Series([1.0, 1.0], index=[0, 2 * 10**8]))


@pytest.mark.parametrize(("n", "p", "k"), [(100, 0.99999999, 99), (10**6, 1 - 1e-9, 999_997), (1000, 1e-7, 2)])
def test_binomial_is_accurate_with_p_near_0_or_1(n: int, p: float, k: int) -> None:
    assert Pmf.binomial(n, p)[k] == pytest.approx(mp_binomial(k, n, p), rel=1e-13)


def test_binomial_of_zero_trials_is_a_point() -> None:
    assert Pmf.binomial(0, 0.3) == Pmf.point(0)


def test_a_normal_far_from_zero_keeps_its_mass_and_spread() -> None:
    for mu, sigma, dx in [(1e16, 1.0, 0.01), (1e12, 1e-3, 1e-5), (1e9, 1e-6, 1e-8)]:
        N = Density.normal(mu, sigma, dx=dx)
        assert N.mass() == pytest.approx(1, abs=1e-12)
        assert N.var() == pytest.approx(sigma**2, rel=1e-6)
    plane = Density2D.normal([1e9, 0], [[1e-12, 0], [0, 1e-12]], d=1e-7)
    assert plane.mass() == pytest.approx(1, abs=1e-5)  # the +-5 sigma box holds all but 1.1e-6


def test_a_tiny_covariance_must_still_be_symmetric() -> None:
    with pytest.raises(ValueError, match="symmetric"):
        Density2D.normal([0, 0], [[1e-10, 9e-11], [-9e-11, 1e-10]], d=1e-6)


def test_moments_and_mass_survive_extreme_steps_and_values() -> None:
    assert Density([1.0], 0.0, 1e200).var() == 0.0
    assert Density2D([[1.0]], 0, 0, 1e200, 1e200).cov().tolist() == [[0.0, 0.0], [0.0, 0.0]]
    tall = Density(np.full(4, 1e308), 0.0, 1e-308)
    assert tall.mass() == pytest.approx(4.0)
    assert tall.mean() == pytest.approx(1.5e-308)
    spike = Density([1e200], 0.0, 1e-200)
    assert (spike + spike).values.tolist() == pytest.approx([1e200])
    plate = Density2D([[1e200]], 0, 0, 1e-100, 1e-100)
    assert (plate + plate).values.ravel().tolist() == pytest.approx([1e200])


def test_laws_far_apart_are_compared_without_a_dense_array() -> None:
    assert not Pmf.point(0).isclose(Pmf.point(2**40))
    assert Pmf([0.5, 0.5], start=2**40).isclose(Pmf([0.5, 0.5, 0.0], start=2**40))


def test_closed_forms_refuse_arguments_outside_their_domain() -> None:
    for call in (
        lambda: poisson_logpmf(0, -1.0),
        lambda: poisson_logpmf(1, np.inf),
        lambda: poisson_logpmf(0.5, 1.0),
        lambda: binomial_logpmf([5], 3, 0.5),
        lambda: binomial_logpmf([0.5], 2, 0.5),
        lambda: binomial_logpmf([1], 2, 1.5),
        lambda: binomial_logpmf([1], 2, 0.0),
    ):
        with pytest.raises(ValueError):
            call()


def test_closed_form_densities_keep_nan_and_vanish_at_infinity() -> None:
    got = gamma_pdf([np.inf, np.nan, -1.0], 2, 1.0)
    assert got[0] == 0.0 and np.isnan(got[1]) and got[2] == 0.0
    assert np.isnan(irwin_hall_pdf([np.nan], 3)).all() and np.isnan(irwin_hall_pdf([np.nan], 30)).all()
    assert irwin_hall_pdf([0.0, 0.5, 1.0, 1.5], 1).tolist() == [1.0, 1.0, 1.0, 0.0]


def test_memory_limit_takes_numpy_integers() -> None:
    with memory_limit(np.int64(10**9)):
        assert current_memory_limit() == 10**9


def test_negative_zero_prints_as_zero() -> None:
    assert repr(Pmf([1.0, -0.0])) == "Pmf([1, 0], start=0)"


# -- a third round -------------------------------------------------------------------------


def test_tiny_kernel_weights_are_not_dropped_by_the_c_loops() -> None:
    # scipy.ndimage skips weights below about 2e-16: the engine hands it a kernel scaled to [0.5, 1)
    image, kernel = np.ones((50, 50)), np.full((3, 3), 1e-17)
    for method in ("auto", "ndimage", "separable", "direct", "fft"):
        got = convolve2d(image, kernel, mode="same", method=method)
        assert got[25, 25] == pytest.approx(9e-17, rel=1e-12), method
    expected = [[4, 6, 6, 4], [6, 9, 9, 6], [6, 9, 9, 6], [4, 6, 6, 4]]
    for image, kernel in ((1e300, 1e-300), (1e308, 1e-308)):  # 1e-308 is subnormal
        for method in ("ndimage", "separable", "fft"):
            got = convolve2d(np.full((4, 4), image), np.full((3, 3), kernel), mode="same", method=method)
            np.testing.assert_allclose(got, expected, rtol=1e-12, err_msg=f"{method} {image}")


def test_poisson_and_gamma_far_below_their_means_do_not_overflow() -> None:
    assert float(poisson_logpmf(1, 1e308)) == pytest.approx(-1e308)
    assert float(gamma_pdf(1e300, 2, 1.0)) == 0.0


@pytest.mark.parametrize(("n", "p", "k"), [(3, 1e-10, 3), (2, 1e-8, 2), (3, 1e-17, 3), (5, 1 - 1e-12, 0)])
def test_binomial_ends_are_accurate_for_extreme_p(n: int, p: float, k: int) -> None:
    assert Pmf.binomial(n, p)[k] == pytest.approx(mp_binomial(k, n, p), rel=1e-13)


def test_the_std_of_an_exact_pmf_is_rooted_before_it_is_rounded() -> None:
    assert Pmf.from_weights([1, 10**400], exact=True).std() == pytest.approx(1e-200)


@pytest.mark.parametrize(
    "call",
    [
        lambda: Density([1.0], 0.0, 0.5) + 10**400,
        lambda: Density([1.0], 0.0, 10**400),
        lambda: Pmf.poisson(10**400),
        lambda: Pmf([0.5, 0.5]).isclose(Pmf([0.5, 0.5]), atol=10**400),
        lambda: normal_pdf(10**400),
        lambda: normal_pdf(None),
        lambda: gamma_pdf("1", 2, 1.0),
        lambda: convolve([1.0], [1.0], method=np.array(["fft", "direct"])),
        lambda: kernels.sobel(np.array(["x", "y"])),
        lambda: kernels.gaussian(1e154),
        lambda: Pmf.from_weights(np.array([1, 2], dtype="timedelta64[s]")),
        lambda: poly_mul({1: 2}, [1]),
        lambda: poly_mul(b"\x01\x02", [1]),
        lambda: Pmf(range(10**12), exact=True),
        lambda: convolve(np.ones(10**6), np.ones(10**6), method="direct"),
        lambda: Density.from_function(lambda x: np.ma.masked_array(x, mask=x > 0.5), 0, 1, 0.25),
    ],
)
def test_wrong_arguments_fail_fast_with_the_librarys_own_errors(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises((ValueError, TypeError)) as raised:
        call()
    assert raised.type in (ValueError, TypeError)  # not a subclass from deep inside numpy


def test_a_joint_grid_built_by_hand_is_checked() -> None:
    assert antidiagonal_sums(JointGrid([[1.0]], [0], [0])) == Pmf.point(0)
    with pytest.raises(ValueError, match="consecutive"):
        JointGrid(np.full((2, 2), 0.25), np.array([0, 5]), np.array([0, 1]))
    with pytest.raises(ValueError, match="one per row"):
        JointGrid(np.ones((1, 1)), np.array([], dtype=int), np.array([0]))
    with pytest.raises(ValueError, match="sum to 1"):
        antidiagonal_sums(JointGrid(np.full((2, 2), 0.125), np.array([0, 1]), np.array([0, 1])))


def test_copies_and_pickles_stay_read_only() -> None:
    for thing, values in (
        (Pmf([0.5, 0.5]), lambda t: t.probs),
        (Density([1.0, 1.0], 0.0, 0.5), lambda t: t.values),
        (Density2D([[1.0]], 0, 0, 1, 1), lambda t: t.values),
    ):
        for twin in (pickle.loads(pickle.dumps(thing)), copy.deepcopy(thing)):
            assert not values(twin).flags.writeable
    assert pickle.loads(pickle.dumps(X)) == X


def test_one_memory_limit_can_guard_two_blocks() -> None:
    small = memory_limit(2**20)
    with small:
        assert current_memory_limit() == 2**20
    assert current_memory_limit() == DEFAULT_LIMIT
    with small:
        assert current_memory_limit() == 2**20
    assert current_memory_limit() == DEFAULT_LIMIT
