"""Density.cdf, nfold, negation, difference and scaling, against scipy.stats and closed forms.

The factories sample at cell midpoints, so every result below is a midpoint sum
and carries an O(dx^2) error against the closed form; each bound says where it
comes from, and the tests that matter check the order too (halving dx divides
the error by about four). Sums of normals converge faster than any power of
dx, so their bounds are round-off.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction

import numpy as np
import pytest
import scipy.stats as st

from probconv import Density, irwin_hall_pdf

# -- cdf ----------------------------------------------------------------------------
#
# Inside a cell the grid's CDF is linear while the true one curves: that costs at
# most max|f'| dx^2 / 8 there. The midpoint masses of the cells to the left add
# up to a further ~ integral |f''| dx^2 / 24, and the normalisation by mass()
# about as much again. max|f'| dx^2 / 4 covers all three for these densities
# (measured: about half of it for the exponential, a third for the normal).

CDF_CASES: dict[str, tuple[Callable[[float], Density], Callable[[np.ndarray], np.ndarray], float, np.ndarray]] = {
    # name: (density for a dx, scipy's cdf, max |f'|, where to compare)
    "normal": (
        lambda dx: Density.normal(0.5, 1.5, dx=dx),
        lambda x: st.norm.cdf(x, 0.5, 1.5),
        st.norm.pdf(1.0) / 1.5**2,
        np.linspace(-12, 13, 5001),
    ),
    "exponential": (
        lambda dx: Density.exponential(2.0, dx=dx),
        lambda x: st.expon.cdf(x, scale=0.5),
        2.0**2,
        np.linspace(-1, 16, 5001),
    ),
    "triangle U + U": (
        lambda dx: Density.uniform(-1, 3, dx=dx) + Density.uniform(-1, 3, dx=dx),
        lambda x: st.triang.cdf(x, 0.5, loc=-2, scale=8),
        1 / 16,
        np.linspace(-3, 7, 5001),
    ),
}


@pytest.mark.parametrize("name", CDF_CASES)
def test_cdf_matches_scipy_within_a_quarter_of_max_slope_times_dx_squared(name: str) -> None:
    make, exact, slope, where = CDF_CASES[name]
    errors = []
    for dx in (0.02, 0.01):
        D = make(dx)
        # the cell midpoints, where the linear interpolation is furthest from the curve, and the edges
        x = np.concatenate([where, D.x, D.x + dx / 2])
        err = float(np.abs(D.cdf(x) - exact(x)).max())
        assert err <= slope * dx**2 / 4, name
        errors.append(err)
    assert 3.5 <= errors[0] / errors[1] <= 4.5  # second order, as claimed


def test_cdf_of_a_uniform_is_exact_because_its_grid_density_is_the_density() -> None:
    U = Density.uniform(-1, 3, dx=0.05)
    x = np.linspace(-2, 4, 1201)
    np.testing.assert_allclose(U.cdf(x), st.uniform.cdf(x, -1, 4), rtol=0, atol=1e-14)


def test_cdf_at_cell_edges_is_the_cumulative_cell_mass_over_the_total() -> None:
    # an exact small case: masses 1, 2, 3 (total 6) in cells [-0.5, 0.5], [0.5, 1.5], [1.5, 2.5]
    D = Density([1.0, 2.0, 3.0], x0=0.0, dx=1.0)
    edges = [-0.5, 0.5, 1.5, 2.5]
    assert D.cdf(edges).tolist() == [0.0, 1 / 6, 3 / 6, 1.0]
    assert D.cdf(1.0) == pytest.approx(float(Fraction(1, 6) + Fraction(1, 2) * Fraction(2, 6)), abs=1e-15)


def test_cdf_runs_from_exactly_zero_to_exactly_one_and_never_decreases() -> None:
    E = Density.exponential(1.0, dx=0.01)
    x = np.linspace(-5, 40, 20001)
    F = E.cdf(x)
    assert np.all(np.diff(F) >= 0)
    assert E.cdf(-math.inf) == 0.0 and E.cdf(0.0) == 0.0
    assert E.cdf(E.x[-1] + E.dx / 2) == 1.0 and E.cdf(math.inf) == 1.0


def test_cdf_is_normalised_by_mass_as_mean_and_var_are() -> None:
    D = Density([2.0, 2.0], x0=0.0, dx=1.0)  # mass 4, not 1
    assert D.mass() == 4.0
    assert D.cdf(0.5) == 0.5 and D.cdf(10.0) == 1.0
    assert D.mean() == 0.5


def test_cdf_of_huge_samples_does_not_overflow() -> None:
    D = Density([1e308, 1e308, 1e308, 1e308], x0=0.0, dx=1.0)
    assert D.cdf(1.5) == pytest.approx(0.5, abs=1e-15)


def test_cdf_returns_a_float_for_a_number_and_an_array_of_the_same_shape_otherwise() -> None:
    N = Density.normal(0, 1, dx=0.01)
    assert type(N.cdf(0.0)) is float and N.cdf(0.0) == pytest.approx(0.5, abs=1e-12)
    assert type(N.cdf(np.float64(0.0))) is float
    assert type(N.cdf(0)) is float and type(N.cdf(Fraction(1, 2))) is float
    grid = np.linspace(-3, 3, 12).reshape(3, 4)
    out = N.cdf(grid)
    assert isinstance(out, np.ndarray) and out.shape == (3, 4)
    np.testing.assert_allclose(out, st.norm.cdf(grid), rtol=0, atol=1e-5)
    assert N.cdf([0.0, 1.0]).shape == (2,)
    assert N.cdf([]).shape == (0,)


@pytest.mark.parametrize(
    "x, error, message",
    [
        (math.nan, ValueError, "NaN"),
        ([0.0, math.nan], ValueError, "NaN"),
        (1 + 2j, TypeError, "complex"),
        (np.array([1.0 + 0j]), TypeError, "complex"),
        ("0.5", TypeError, "real number"),
        (["0.5", "1"], TypeError, "real number"),
        ([Fraction(1, 2), "1"], TypeError, "real number"),
        (True, TypeError, "real number"),
        (None, TypeError, "real number"),
        (np.ma.masked_array([1.0, 2.0], mask=[0, 1]), TypeError, "real number"),
    ],
)
def test_cdf_refuses_what_is_not_a_real_number(x: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        Density.uniform(0, 1, dx=0.1).cdf(x)


# -- nfold ----------------------------------------------------------------------------


def repeated_sum(d: Density, n: int) -> Density:
    total = d
    for _ in range(n - 1):
        total = total + d
    return total


@pytest.mark.parametrize("n", [2, 3, 5, 8])
def test_nfold_of_exponentials_is_scipys_gamma(n: int) -> None:
    # measured 0.12 dx^2 at most (n = 3); a midpoint sum, second order
    errors = []
    for dx in (0.02, 0.01):
        S = Density.exponential(1.0, dx=dx).nfold(n)
        err = float(np.abs(S.values - st.gamma.pdf(S.x, n)).max())
        assert err <= dx**2 / 4
        errors.append(err)
    if n > 2:  # n = 2 is exact at the grid points (see test_density.py): its error is only the cut tail
        assert 3.5 <= errors[0] / errors[1] <= 4.5


@pytest.mark.parametrize("n", [2, 7, 40])
def test_nfold_of_standard_normals_is_scipys_normal_with_variance_n(n: int) -> None:
    S = Density.normal(0, 1, dx=0.05).nfold(n)
    # sampled Gaussians convolve to the sampled Gaussian up to round-off (measured 6e-16)
    assert np.abs(S.values - st.norm.pdf(S.x, 0, math.sqrt(n))).max() <= 1e-12
    assert S.mass() == pytest.approx(1.0, abs=1e-12)
    assert S.var() == pytest.approx(n, rel=1e-10)


@pytest.mark.parametrize("n", [3, 4, 6])
def test_nfold_of_uniforms_is_irwin_hall_within_half_dx_squared(n: int) -> None:
    dx = 0.01
    S = Density.uniform(0, 1, dx=dx).nfold(n)
    # the bound of test_density.py's repeated sums (measured 0.25 to 0.33 dx^2)
    assert np.abs(S.values - irwin_hall_pdf(S.x, n)).max() <= dx**2 / 2
    assert S.mean() == pytest.approx(n / 2, abs=1e-12)


@pytest.mark.parametrize(
    "make",
    [
        lambda: Density.exponential(1.5, dx=0.02),
        lambda: Density.normal(3.0, 0.7, dx=0.05),
        lambda: Density.from_function(lambda x: 2 * x, 0, 1, dx=0.01),
        lambda: Density([1.0, 3.0, 2.0], x0=-1.0, dx=0.5),  # mass 3, not 1
        lambda: Density([4.0], x0=2.0, dx=0.25),  # a single sample
    ],
)
@pytest.mark.parametrize("n", [1, 2, 5, 17])
def test_nfold_is_repeated_addition_on_the_same_grid(make: Callable[[], Density], n: int) -> None:
    X = make()
    fast, slow = X.nfold(n), repeated_sum(X, n)
    assert len(fast) == len(slow) == n * (len(X) - 1) + 1
    assert fast.dx == slow.dx
    assert fast.x0 == pytest.approx(slow.x0, rel=1e-12, abs=1e-12)
    np.testing.assert_allclose(fast.values, slow.values, rtol=0, atol=1e-12 * slow.values.max())
    assert fast.values.min() >= 0


def test_nfold_keeps_huge_and_tiny_scales_finite() -> None:
    # cell masses of 1e300 * 1e-300: the dx powers must not overflow or vanish on the way
    D = Density([1e300, 1e300], x0=0.0, dx=5e-301)
    S = D.nfold(40)
    assert S.mass() == pytest.approx(1.0, rel=1e-12)
    assert S.values.max() == pytest.approx(math.comb(40, 20) / 2**40 / 5e-301, rel=1e-12)


def test_nfold_whose_density_leaves_the_float_range_says_what_to_do() -> None:
    D = Density([1e300, 1e300], x0=0.0, dx=1.0)  # mass 2e300
    with pytest.raises(ValueError, match=r"leaves the float range.*Divide X's values by X.mass\(\)"):
        D.nfold(3)


@pytest.mark.parametrize("n, message", [(0, "1 or more"), (-2, "1 or more"), (2.0, "positive integer"),
                                        (True, "positive integer"), ("3", "positive integer")])
def test_nfold_refuses_what_is_not_a_positive_integer(n: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Density.uniform(0, 1, dx=0.1).nfold(n)  # type: ignore[arg-type]


# -- negation and difference ---------------------------------------------------------------


def test_negation_mirrors_the_grid_and_reverses_the_samples() -> None:
    E = Density.exponential(2.0, dx=0.01)
    M = -E
    np.testing.assert_allclose(M.x, -E.x[::-1], rtol=0, atol=1e-12)
    assert np.array_equal(M.values, E.values[::-1])
    # -Exp(2) against scipy: its density at x is expon's at -x
    np.testing.assert_allclose(M.values, st.expon.pdf(-M.x, scale=0.5), rtol=1e-12, atol=0)
    assert M.mean() == pytest.approx(-E.mean(), abs=1e-12)
    assert M.var() == pytest.approx(E.var(), rel=1e-12)
    assert np.array_equal((-M).values, E.values) and (-M).x0 == pytest.approx(E.x0, abs=1e-15)


def test_negated_cdf_is_one_minus_the_cdf_at_minus_x() -> None:
    N = Density.normal(1.0, 2.0, dx=0.05) + Density.uniform(0, 1, dx=0.05)
    x = np.linspace(-10, 10, 801)
    np.testing.assert_allclose((-N).cdf(x), 1 - N.cdf(-x), rtol=0, atol=1e-14)


def test_difference_of_normals_is_scipys_normal_with_summed_variances() -> None:
    A, B = Density.normal(1.0, 2.0, dx=0.01), Density.normal(-1.0, 0.5, dx=0.01)
    D = A - B
    # as for sums of normals, exact to round-off (measured 5e-16)
    assert np.abs(D.values - st.norm.pdf(D.x, 2.0, math.sqrt(4.25))).max() <= 1e-12
    assert D.mean() == pytest.approx(2.0, abs=1e-12)


def test_exponential_minus_exponential_is_scipys_laplace() -> None:
    errors = []
    for dx in (0.02, 0.01):
        E = Density.exponential(1.0, dx=dx)
        L = E - E
        # the kink at 0 is a grid point; there the midpoint sum is dx / (2 sinh dx) = 1/2 - dx^2 / 12 + ...
        assert L.x[np.argmax(L.values)] == pytest.approx(0.0, abs=1e-12)
        err = float(np.abs(L.values - st.laplace.pdf(L.x)).max())
        assert err <= dx**2 / 10  # measured dx^2 / 12
        errors.append(err)
    assert 3.5 <= errors[0] / errors[1] <= 4.5


def test_difference_is_the_sum_with_the_negation() -> None:
    A = Density.exponential(2.0, dx=0.02) + 1.0
    B = Density.normal(0.5, 0.3, dx=0.02)
    D, S = A - B, A + (-B)
    assert len(D) == len(S) and D.x0 == pytest.approx(S.x0, abs=1e-12)
    np.testing.assert_allclose(D.values, S.values, rtol=0, atol=1e-13)
    assert D.mean() == pytest.approx(A.mean() - B.mean(), abs=1e-10)
    assert D.var() == pytest.approx(A.var() + B.var(), rel=1e-10)


def test_subtracting_a_number_shifts_and_a_number_minus_x_mirrors() -> None:
    E = Density.exponential(1.0, dx=0.01)
    assert (E - 2.5).x0 == pytest.approx(E.x0 - 2.5)
    assert np.array_equal((E - np.float64(1)).values, E.values)
    R = 3 - E  # 3 - Exp(1), density e^(x - 3) for x < 3
    np.testing.assert_allclose(R.values, st.expon.pdf(3 - R.x), rtol=1e-10, atol=1e-300)
    assert R.mean() == pytest.approx(3 - E.mean(), abs=1e-12)
    assert (np.float64(3) - E).x0 == pytest.approx(R.x0)


def test_difference_of_densities_with_different_steps_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot subtract densities sampled with different steps"):
        Density.uniform(0, 1, dx=0.1) - Density.uniform(0, 1, dx=0.05)


@pytest.mark.parametrize("other", [True, "1", None, [1.0], np.array([1.0, 2.0])])
def test_difference_with_what_is_not_a_number_or_density_is_a_type_error(other: object) -> None:
    U = Density.uniform(0, 1, dx=0.1)
    with pytest.raises(TypeError):
        U - other  # noqa: B018
    with pytest.raises(TypeError):
        other - U  # noqa: B018


# -- scaling --------------------------------------------------------------------------


def test_twice_a_uniform_is_scipys_uniform_on_twice_the_interval() -> None:
    V = 2 * Density.uniform(0, 1, dx=0.01)
    np.testing.assert_allclose(V.values, st.uniform.pdf(V.x, 0, 2), rtol=1e-14)
    assert V.dx == pytest.approx(0.02) and V.mass() == pytest.approx(1.0, abs=1e-12)
    x = np.linspace(-1, 3, 401)
    np.testing.assert_allclose(V.cdf(x), st.uniform.cdf(x, 0, 2), rtol=0, atol=1e-14)


def test_half_a_standard_normal_is_scipys_normal_with_sd_one_half() -> None:
    H = Density.normal(0, 1, dx=0.02) * 0.5
    np.testing.assert_allclose(H.values, st.norm.pdf(H.x, 0, 0.5), rtol=1e-12, atol=1e-300)
    assert H.var() == pytest.approx(0.25, rel=1e-10)


def test_negative_scale_mirrors_as_scipys_scaled_exponential() -> None:
    E = Density.exponential(1.0, dx=0.01)
    M = -3 * E  # density (1/3) e^(x / 3) for x < 0
    assert M.dx == pytest.approx(0.03)
    np.testing.assert_allclose(M.values, st.expon.pdf(-M.x, scale=3), rtol=1e-12)
    assert M.mean() == pytest.approx(-3 * E.mean(), abs=1e-12)
    assert M.var() == pytest.approx(9 * E.var(), rel=1e-12)
    x = np.linspace(-40, 1, 801)
    # the grid's cdf of -3 X is 1 - cdf of X at -x / 3, to round-off
    np.testing.assert_allclose(M.cdf(x), 1 - E.cdf(-x / 3), rtol=0, atol=1e-13)


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda U: 0 * U, ValueError, "no density"),
        (lambda U: U * math.inf, ValueError, "finite"),
        (lambda U: U * 1e-320, ValueError, "beyond the float range"),
        (lambda U: U * U, TypeError, "product of independent variables"),
        (lambda U: U * "2", TypeError, "multiply"),
        (lambda U: True * U, TypeError, "unsupported operand"),
    ],
)
def test_bad_scales_are_refused_saying_why(
    call: Callable[[Density], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        call(Density.uniform(0, 1, dx=0.1))
