"""PiecewisePoly: exact densities of sums of uniforms, checked against independent oracles.

The oracles are the Irwin-Hall formula evaluated here in exact Fractions,
hand-derived densities (the trapezoid), scipy's numerical integration of the
convolution integral, and probconv's float closed form ``irwin_hall_pdf`` (a
separate implementation). Exact results are compared with ``==``; float ones
within a stated tolerance.
"""

from __future__ import annotations

import math
import pickle
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest
import scipy.integrate
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st

from probconv import Density, Pmf, irwin_hall_pdf
from probconv.piecewise import PiecewisePoly

U = PiecewisePoly.uniform(0, 1)
NS = range(1, 11)


def irwin_hall(x: Fraction, n: int) -> Fraction:
    """f_n(x) = 1/(n-1)! sum_{k <= floor x} (-1)^k C(n, k) (x - k)^(n-1) on [0, n], in exact Fractions.

    For n = 1 the sum with 0**0 = 1 is right-continuous and gives 0 at x = 1; PiecewisePoly
    gives the uniform density on the closed interval (1 there), so that case is checked apart.
    """
    if not 0 <= x <= n:
        return Fraction(0)
    total = sum((Fraction((-1) ** k * math.comb(n, k)) * (x - k) ** (n - 1) for k in range(math.floor(x) + 1)),
                Fraction(0))
    return total / math.factorial(n - 1)


def irwin_hall_cdf(x: Fraction, n: int) -> Fraction:
    """F_n(x) = 1/n! sum_{k <= floor x} (-1)^k C(n, k) (x - k)^n: the formula integrated term by term."""
    if x <= 0:
        return Fraction(0)
    if x >= n:
        return Fraction(1)
    total = sum((Fraction((-1) ** k * math.comb(n, k)) * (x - k) ** n for k in range(math.floor(x) + 1)), Fraction(0))
    return total / math.factorial(n)


def rational_points(n: int) -> list[Fraction]:
    """Sevenths and halves from -1 to n + 1: the breakpoints 0..n, points between them, and points outside."""
    return sorted({Fraction(i, 7) for i in range(-7, 7 * (n + 1) + 1)} | {Fraction(i, 2) for i in range(-2, 2 * n + 3)})


# -- against the Irwin-Hall formula, exactly ----------------------------------------------


@pytest.mark.parametrize("n", NS)
def test_density_of_n_uniforms_equals_the_irwin_hall_formula_exactly(n: int) -> None:
    S = U.nfold(n)
    for x in rational_points(n):
        if n == 1 and x == 1:
            continue  # the formula's 0**0 convention; see test_a_single_uniform_is_closed_at_both_ends
        assert S(x) == irwin_hall(x, n), (n, x)


def test_three_uniforms_at_three_halves_is_exactly_three_quarters() -> None:
    assert (U + U + U)(Fraction(3, 2)) == Fraction(3, 4)
    assert U.nfold(3)("3/2") == Fraction(3, 4)


@pytest.mark.parametrize("n", NS)
def test_cdf_equals_the_integrated_irwin_hall_formula_exactly(n: int) -> None:
    S = U.nfold(n)
    for x in rational_points(n):
        assert S.cdf(x) == irwin_hall_cdf(x, n), (n, x)


@pytest.mark.parametrize("n", NS)
def test_mean_is_n_over_2_and_variance_n_over_12(n: int) -> None:
    S = U.nfold(n)
    assert S.mean() == Fraction(n, 2)
    assert S.var() == Fraction(n, 12)


@pytest.mark.parametrize("n", NS)
def test_pieces_are_polynomials_of_degree_n_minus_1_on_each_unit_interval(n: int) -> None:
    pieces = U.nfold(n).pieces()
    assert [(p.lo, p.hi) for p in pieces] == [(Fraction(k), Fraction(k + 1)) for k in range(n)]
    assert all(p.degree == n - 1 for p in pieces)
    for p in pieces:  # each piece's polynomial is the formula inside its interval, ends included (n >= 2)
        for x in (p.lo + Fraction(i, 5) for i in range(6 if n > 1 else 5)):
            assert p(x) == irwin_hall(x, n), (n, x)


def test_pieces_of_three_uniforms_are_the_textbook_parabolas() -> None:
    half = Fraction(1, 2)
    expected = [(0, 0, half), (Fraction(-3, 2), 3, -1), (Fraction(9, 2), -3, half)]
    assert [p.coeffs for p in U.nfold(3).pieces()] == [tuple(map(Fraction, c)) for c in expected]
    assert [str(p) for p in U.nfold(3).pieces()] == ["x**2/2", "-x**2 + 3*x - 3/2", "x**2/2 - 3*x + 9/2"]


@pytest.mark.parametrize("n", NS)
def test_total_integral_is_one(n: int) -> None:
    S = U.nfold(n)
    assert S.integrate(*S.support) == 1
    assert S.integrate(-5, n + 5) == 1
    assert S.integrate(1, 0) == -S.integrate(0, 1)


def test_a_single_uniform_is_closed_at_both_ends() -> None:
    """At a jump the density is the larger one-sided limit: 1 / (b - a) on [a, b], as scipy gives it."""
    assert U(0) == U(1) == 1
    assert U(Fraction(-1, 10**9)) == U(Fraction(1) + Fraction(1, 10**9)) == 0
    assert U(np.array([0.0, 1.0])).tolist() == [1.0, 1.0]
    V = PiecewisePoly.uniform("-1/3", "1/2")
    assert V("-1/3") == V("1/2") == Fraction(6, 5)
    assert scipy.stats.uniform(-1 / 3, 5 / 6).pdf([-1 / 3, 1 / 2]) == pytest.approx([1.2, 1.2])


# -- other rational endpoints ----------------------------------------------------------------


def test_uniform_plus_double_width_uniform_is_the_trapezoid() -> None:
    """U(0,1) + U(0,2): z/2 on [0,1], 1/2 on [1,2], (3 - z)/2 on [2,3] (the convolution done by hand)."""
    T = U + PiecewisePoly.uniform(0, 2)

    def trapezoid(z: Fraction) -> Fraction:
        return max(Fraction(0), min(z / 2, Fraction(1, 2), (3 - z) / 2))

    for z in (Fraction(i, 8) for i in range(-8, 33)):
        assert T(z) == trapezoid(z), z
    assert T.breakpoints == (0, 1, 2, 3)
    assert T.mean() == Fraction(3, 2) and T.var() == Fraction(1, 12) + Fraction(4, 12)


@pytest.mark.parametrize(
    ("a", "b", "c", "d"),
    [("-1/3", "1/2", 0, 1), ("-1/3", "1/2", "-1/3", "1/2"), (0, "1/7", 2, "5/2"), ("-5/4", "-1/4", "1/3", 3)],
)
def test_sum_of_two_uniforms_matches_scipy_integration_of_the_convolution(a: str, b: str, c: str, d: str) -> None:
    X, Y = PiecewisePoly.uniform(a, b), PiecewisePoly.uniform(c, d)
    lo_x, hi_x = float(Fraction(a)), float(Fraction(b))
    lo_y, hi_y = float(Fraction(c)), float(Fraction(d))
    fx = scipy.stats.uniform(lo_x, hi_x - lo_x).pdf
    fy = scipy.stats.uniform(lo_y, hi_y - lo_y).pdf
    S = X + Y
    for z in np.linspace(lo_x + lo_y - 0.25, hi_x + hi_y + 0.25, 41):
        value, _ = scipy.integrate.quad(lambda t, z=z: fx(t) * fy(z - t), lo_x, hi_x, points=[z - hi_y, z - lo_y])
        assert float(S(z)) == pytest.approx(value, abs=1e-9), z
    assert S.mean() == X.mean() + Y.mean() == (Fraction(a) + Fraction(b) + Fraction(c) + Fraction(d)) / 2
    assert S.var() == (Fraction(b) - Fraction(a)) ** 2 / 12 + (Fraction(d) - Fraction(c)) ** 2 / 12


def test_three_unequal_uniforms_match_a_fine_density_grid() -> None:
    dx = 1 / 600
    exact = PiecewisePoly.uniform(0, 1) + PiecewisePoly.uniform(0, "1/2") + PiecewisePoly.uniform(0, "1/3")
    grid = Density.uniform(0, 1, dx) + Density.uniform(0, 0.5, dx) + Density.uniform(0, 1 / 3, dx)
    # The grid's midpoint sums are O(dx^2) accurate except at the kinks, where they are O(dx).
    assert np.abs(exact(grid.x) - grid.values).max() < 5 * dx
    assert exact.mean() == Fraction(11, 12) and float(exact.var()) == pytest.approx(grid.var(), rel=1e-4)


# -- floats ------------------------------------------------------------------------------


@pytest.mark.parametrize("n", range(1, 13))
def test_float_evaluation_agrees_with_irwin_hall_pdf(n: int) -> None:
    xs = np.linspace(-0.5, n + 0.5, 1001)
    assert np.abs(U.nfold(n)(xs) - irwin_hall_pdf(xs, n)).max() < 1e-12


@pytest.mark.parametrize("n", [3, 12, 30])
def test_float_evaluation_is_the_exact_value_rounded_within_1e_14_relative(n: int) -> None:
    S = U.nfold(n)
    xs = np.random.default_rng(17).uniform(-0.5, n + 0.5, 200)
    exact = np.array([float(S(Fraction(x))) for x in xs.tolist()])  # at the floats' binary values
    assert np.allclose(S(xs), exact, rtol=1e-14, atol=0)
    exact_cdf = np.array([float(S.cdf(Fraction(x))) for x in xs.tolist()])
    assert np.allclose(S.cdf(xs), exact_cdf, rtol=0, atol=1e-14)


def test_float_evaluation_keeps_the_shape_gives_a_float_for_a_float_and_handles_nan_and_infinity() -> None:
    S = U.nfold(3)
    out = S(np.array([[0.5, 1.5], [np.nan, np.inf]]))
    assert out.shape == (2, 2)
    assert out[0].tolist() == pytest.approx([0.125, 0.75]) and np.isnan(out[1, 0]) and out[1, 1] == 0
    assert S.cdf([-np.inf, np.inf]).tolist() == [0.0, 1.0]
    assert isinstance(S(1.5), float) and S(1.5) == pytest.approx(0.75) and isinstance(S.cdf(1.5), float)
    assert isinstance(S(Fraction(3, 2)), Fraction) and isinstance(S(np.int64(1)), Fraction)
    assert S(Decimal("1.5")) == Fraction(3, 4)


def test_integrate_with_float_ends_gives_a_float() -> None:
    assert float(U.nfold(2).integrate(0.5, 1.5)) == pytest.approx(0.75)


# -- the algebra -------------------------------------------------------------------------


def test_sum_is_commutative_and_associative() -> None:
    X, Y, Z = PiecewisePoly.uniform(0, 1), PiecewisePoly.uniform("-1/3", "1/2"), PiecewisePoly.uniform(2, "7/3")
    assert X + Y == Y + X
    assert (X + Y) + Z == X + (Y + Z)
    assert X.nfold(5) == X + X + X + X + X == sum([X] * 5)


def test_shift_negation_difference_and_scaling() -> None:
    assert U + 2 == 2 + U == PiecewisePoly.uniform(2, 3)
    assert U - Fraction(1, 2) == PiecewisePoly.uniform("-1/2", "1/2")
    assert -U == PiecewisePoly.uniform(-1, 0) and 1 - U == U
    assert U - U == U.nfold(2) - 1  # the triangle on [-1, 1]
    assert (U - U)(0) == 1 and (U - U).mean() == 0
    assert 3 * U == U * 3 == PiecewisePoly.uniform(0, 3)
    assert -2 * U == PiecewisePoly.uniform(-2, 0)
    mean_of_4 = U.nfold(4) * Fraction(1, 4)
    assert mean_of_4.mean() == Fraction(1, 2) and mean_of_4.var() == Fraction(1, 48)
    assert mean_of_4(Fraction(1, 2)) == 4 * U.nfold(4)(2)
    assert np.float64(0.5) + U == PiecewisePoly.uniform("1/2", "3/2")  # numpy scalars shift too


def test_equal_densities_hash_alike_and_survive_pickling() -> None:
    S = U.nfold(4)
    assert hash(S) == hash(U + U + U + U) and len({S, U + U + U + U, U}) == 2
    assert pickle.loads(pickle.dumps(S)) == S
    assert (S == "S") is False and S != U


def test_breakpoints_support_and_repr() -> None:
    V = PiecewisePoly.uniform("-1/3", "1/2")
    assert V.support == (Fraction(-1, 3), Fraction(1, 2)) and V.breakpoints == V.support
    assert repr(V) == "PiecewisePoly([-1/3, 1/2]: 6/5)"
    assert repr(U.nfold(3)) == "PiecewisePoly([0, 1]: x**2/2; [1, 2]: -x**2 + 3*x - 3/2; [2, 3]: x**2/2 - 3*x + 9/2)"
    assert repr(U.nfold(12)) == "PiecewisePoly(<12 pieces of degree up to 11 on [0, 12]>)"


def test_endpoints_are_read_exactly_and_floats_at_their_binary_value() -> None:
    assert PiecewisePoly.uniform("1/3", Decimal("0.5")).support == (Fraction(1, 3), Fraction(1, 2))
    assert PiecewisePoly.uniform(0.25, 0.5) == PiecewisePoly.uniform("1/4", "1/2")
    assert PiecewisePoly.uniform(0, 0.1).support[1] == Fraction(3602879701896397, 36028797018963968)
    assert PiecewisePoly.uniform(np.int64(2), np.int64(3)) == U + 2


endpoints = st.fractions(min_value=-3, max_value=3, max_denominator=6)


@st.composite
def uniforms(draw: st.DrawFn) -> PiecewisePoly:
    a = draw(endpoints)
    width = draw(st.fractions(min_value=Fraction(1, 6), max_value=2, max_denominator=6))
    return PiecewisePoly.uniform(a, a + width)


@settings(max_examples=40)
@given(uniforms(), uniforms(), uniforms())
def test_laws_of_the_sum_on_random_uniforms(X: PiecewisePoly, Y: PiecewisePoly, Z: PiecewisePoly) -> None:
    S = X + Y + Z
    assert S == Z + (Y + X)
    assert S.integrate(*S.support) == 1
    assert S.mean() == X.mean() + Y.mean() + Z.mean()
    assert S.var() == X.var() + Y.var() + Z.var()
    assert S.support == (X.support[0] + Y.support[0] + Z.support[0], X.support[1] + Y.support[1] + Z.support[1])
    assert -(X - Y) == Y - X
    # Each piece is the sum of the terms on it: the piece polynomials and the evaluation agree.
    for piece in S.pieces():
        middle = (piece.lo + piece.hi) / 2
        assert piece(middle) == S(middle) >= 0


# -- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "error", "match"),
    [
        (1, 1, ValueError, "needs a < b, got a = 1 and b = 1"),
        (2, 1, ValueError, "needs a < b"),
        (float("nan"), 1, ValueError, "a must be finite, got nan"),
        (0, float("inf"), ValueError, "b must be finite, got inf"),
        ("one", 2, ValueError, "a = 'one' is not an exact number"),
        (0, "1e100000", ValueError, "has an exponent beyond"),
        (None, 1, TypeError, "a must be a number"),
        (True, 2, TypeError, "a must be a number"),
        (0, [1], TypeError, "b must be a number"),
        (0, Decimal("NaN"), ValueError, "not an exact number"),
    ],
)
def test_bad_endpoints_are_refused_with_a_message(a: object, b: object, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        PiecewisePoly.uniform(a, b)


def test_bad_operands_are_refused_with_a_message() -> None:
    with pytest.raises(ValueError, match="n must be a positive integer"):
        U.nfold(0)
    with pytest.raises(ValueError, match="n must be a positive integer"):
        U.nfold(2.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="A Pmf lives on the integers"):
        U + Pmf.die([1] * 6)
    with pytest.raises(TypeError, match="A Pmf lives on the integers"):
        Pmf.die([1] * 6) + U
    with pytest.raises(TypeError, match="a Density on a float grid"):
        U + Density.uniform(0, 1, dx=0.5)
    with pytest.raises(TypeError, match="unsupported operand for \\+ with a PiecewisePoly: str"):
        U + "1/2"
    with pytest.raises(TypeError, match="density of a product"):
        U * U
    with pytest.raises(ValueError, match="0 \\* X is the constant 0"):
        0 * U
    with pytest.raises(ValueError, match="must be finite, got nan"):
        U + float("nan")
    with pytest.raises(TypeError, match="no public constructor"):
        PiecewisePoly()


def test_bad_evaluation_points_are_refused_with_a_message() -> None:
    with pytest.raises(ValueError, match="x = 'abc' is not an exact number"):
        U("abc")
    with pytest.raises(ValueError, match="x must be a number or an array of real numbers"):
        U(["a", "b"])
    with pytest.raises(ValueError, match="x must be a number or an array of real numbers"):
        U(None)
    with pytest.raises(ValueError, match="x must be a number or an array of real numbers"):
        U.cdf(np.array([True]))


def test_sums_that_would_take_too_many_term_products_are_refused() -> None:
    # 12 uniforms of unrelated widths: breakpoints multiply, and the last sum needs millions of products
    X = sum((PiecewisePoly.uniform(0, Fraction(1, p)) for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31)), U)
    with pytest.raises(ValueError, match="products of terms, more than the 4,000,000 allowed"):
        X + X
