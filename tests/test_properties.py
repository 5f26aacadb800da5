"""Algebraic laws of the sum of independent variables, checked on random small Pmfs.

Hypothesis draws the distributions. ``derandomize=True`` makes every run draw
the same examples, so CI is deterministic, and ``database=None`` keeps it from
writing a cache into the checkout. Exact Pmfs must satisfy each law exactly
(``==``); float ones within a tolerance stated next to each test.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from probconv import Pmf, antidiagonal_sums, joint_grid, mixture
from tests.oracle import oracle_difference, oracle_pmf

# Derandomized, with no database and no deadline: the profile in tests/conftest.py.
LAWS = settings(max_examples=60)

#: Float results are sums of at most a few hundred products of numbers <= 1,
#: so their round-off stays far below this.
FLOAT_TOL = 1e-13

starts = st.integers(min_value=-6, max_value=6)
int_weights = st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=7).filter(any)
float_weights = st.lists(
    st.floats(min_value=0.0, max_value=1.0, allow_nan=False, allow_infinity=False), min_size=1, max_size=7
).filter(lambda w: sum(w) > 1e-3)


@st.composite
def exact_pmfs(draw: st.DrawFn) -> Pmf:
    """A loaded die with integer weights, zero weights and negative starts allowed."""
    return Pmf.from_weights(draw(int_weights), start=draw(starts), exact=True)


@st.composite
def float_pmfs(draw: st.DrawFn) -> Pmf:
    return Pmf.from_weights(draw(float_weights), start=draw(starts))


any_pmfs = st.one_of(exact_pmfs(), float_pmfs())


def assert_same(a: Pmf, b: Pmf) -> None:
    """Exact Pmfs must be equal; as soon as one side is float, close is enough."""
    if a.exact and b.exact:
        assert a == b
    else:
        assert a.isclose(b, atol=FLOAT_TOL), (a, b)


# -- the group laws ----------------------------------------------------------------


@LAWS
@given(exact_pmfs(), exact_pmfs())
def test_sum_is_commutative_exactly(x: Pmf, y: Pmf) -> None:
    assert x + y == y + x


@LAWS
@given(float_pmfs(), float_pmfs())
def test_sum_is_commutative_in_floats(x: Pmf, y: Pmf) -> None:
    assert (x + y).isclose(y + x, atol=FLOAT_TOL)


@LAWS
@given(any_pmfs, any_pmfs, any_pmfs)
def test_sum_is_associative(x: Pmf, y: Pmf, z: Pmf) -> None:
    assert_same((x + y) + z, x + (y + z))


@LAWS
@given(any_pmfs)
def test_point_mass_at_zero_is_the_identity(x: Pmf) -> None:
    zero = Pmf.point(0, exact=x.exact)
    assert_same(x + zero, x)
    assert_same(zero + x, x)


# -- what every sum must satisfy ---------------------------------------------------


@LAWS
@given(any_pmfs, any_pmfs)
def test_sum_has_total_mass_one(x: Pmf, y: Pmf) -> None:
    s = x + y
    if s.exact:
        assert sum(s.probs, Fraction(0)) == 1
    else:
        assert abs(float(np.sum(s.probs)) - 1.0) <= 1e-12
        assert np.all(np.asarray(s.probs) >= 0)


@LAWS
@given(any_pmfs, any_pmfs)
def test_sum_has_length_n_plus_m_minus_one_and_starts_at_sum_of_starts(x: Pmf, y: Pmf) -> None:
    s = x + y
    assert len(s) == len(x) + len(y) - 1
    assert s.start == x.start + y.start


@LAWS
@given(exact_pmfs(), exact_pmfs())
def test_means_add_exactly(x: Pmf, y: Pmf) -> None:
    assert (x + y).mean() == x.mean() + y.mean()


@LAWS
@given(exact_pmfs(), exact_pmfs())
def test_variances_add_exactly(x: Pmf, y: Pmf) -> None:
    assert (x + y).var() == x.var() + y.var()


@LAWS
@given(float_pmfs(), float_pmfs())
def test_means_and_variances_add_in_floats(x: Pmf, y: Pmf) -> None:
    s = x + y
    # values are at most 24 in size, so 1e-11 leaves room for round-off only
    assert abs(s.mean() - (x.mean() + y.mean())) <= 1e-11
    assert abs(s.var() - (x.var() + y.var())) <= 1e-11


@LAWS
@given(any_pmfs, st.integers(min_value=-20, max_value=20))
def test_adding_an_integer_shifts_the_support(x: Pmf, k: int) -> None:
    shifted = x + k
    assert shifted == k + x
    assert_same(shifted, x + Pmf.point(k, exact=x.exact))
    assert shifted.start == x.start + k
    assert list(shifted.probs) == list(x.probs)
    assert shifted - k == x


# -- the grid, the oracle and the other front doors --------------------------------


@LAWS
@given(any_pmfs, any_pmfs)
def test_antidiagonal_sums_equal_convolution(x: Pmf, y: Pmf) -> None:
    assert_same(antidiagonal_sums(joint_grid(x, y)), x + y)


@LAWS
@given(any_pmfs, any_pmfs)
def test_sum_equals_brute_force_enumeration(x: Pmf, y: Pmf) -> None:
    assert_same(x + y, oracle_pmf([x, y]))


@LAWS
@given(exact_pmfs(), exact_pmfs())
def test_exact_and_float_sums_agree(x: Pmf, y: Pmf) -> None:
    exact = x + y
    floats = x.to_float() + y.to_float()
    assert not floats.exact
    assert exact.to_float().isclose(floats, atol=FLOAT_TOL)


@LAWS
@given(any_pmfs, any_pmfs)
def test_difference_equals_sum_with_negation(x: Pmf, y: Pmf) -> None:
    assert_same(x - y, x + (-y))
    assert_same(x - y, oracle_difference(x, y))


@LAWS
@given(any_pmfs)
def test_negation_reflects_the_support(x: Pmf) -> None:
    neg = -x
    assert -neg == x
    for v in x.support.tolist():
        assert neg[-v] == x[v]


@settings(LAWS, max_examples=30)
@given(any_pmfs, st.integers(min_value=1, max_value=6))
def test_nfold_equals_repeated_addition(x: Pmf, n: int) -> None:
    repeated = x
    for _ in range(n - 1):
        repeated = repeated + x
    assert_same(x.nfold(n), repeated)


@settings(LAWS, max_examples=30)
@given(exact_pmfs(), st.integers(min_value=1, max_value=4))
def test_nfold_equals_enumeration_of_n_copies(x: Pmf, n: int) -> None:
    assert x.nfold(n) == oracle_pmf([x] * n)


# -- mixture is a different operation ----------------------------------------------


@LAWS
@given(exact_pmfs(), exact_pmfs(), st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9))
def test_mixture_mean_is_the_weighted_mean_of_means(x: Pmf, y: Pmf, a: int, b: int) -> None:
    mix = mixture([x, y], [a, b])
    assert mix.mean() == (a * x.mean() + b * y.mean()) / (a + b)
    assert sum(mix.probs, Fraction(0)) == 1


@LAWS
@given(exact_pmfs())
def test_mixture_of_a_pmf_with_itself_is_itself_but_the_sum_is_not(x: Pmf) -> None:
    assert mixture([x, x]) == x
    if len(x) > 1 or x.start != 0:
        assert x + x != x
