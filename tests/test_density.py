"""Densities on a grid: the continuous closed forms of the chapter, with stated error bounds.

The factories sample at cell midpoints, so a sum of ``n`` densities is a
midpoint Riemann sum with O(dx^2) error. Where a bound below is exact to
round-off, the comment says why.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from probconv import Density, gamma_pdf, irwin_hall_pdf, normal_pdf


def nfold_density(d: Density, n: int) -> Density:
    total = d
    for _ in range(n - 1):
        total = total + d
    return total


# -- U + U and Irwin-Hall ------------------------------------------------------------


def test_uniform_plus_uniform_is_the_triangle_with_peak_one_at_one() -> None:
    U = Density.uniform(0, 1, dx=0.01)
    T = U + U
    peak = int(np.argmax(T.values))
    assert T.x[peak] == pytest.approx(1.0, abs=1e-12)
    assert T.values[peak] == pytest.approx(1.0, abs=1e-12)
    # Constant samples: the Riemann sum at a grid point z counts the cells that
    # fit under the triangle, which is exactly z / dx of them. Exact up to round-off.
    assert np.abs(T.values - irwin_hall_pdf(T.x, 2)).max() <= 1e-12
    assert T.x[0] > 0 and T.x[-1] < 2
    assert T.mass() == pytest.approx(1.0, abs=1e-12)


@pytest.mark.parametrize("n", [2, 3, 4, 5])
def test_sum_of_n_uniforms_has_mean_n_over_2_and_variance_n_over_12(n: int) -> None:
    dx = 0.01
    S = nfold_density(Density.uniform(0, 1, dx=dx), n)
    assert S.mean() == pytest.approx(n / 2, abs=1e-12)
    # a midpoint-sampled U(0, 1) has variance 1/12 - dx^2/12, and variances add
    assert S.var() == pytest.approx(n / 12 - n * dx**2 / 12, abs=1e-12)
    assert abs(S.var() - n / 12) <= n * dx**2 / 12 + 1e-12


@pytest.mark.parametrize("n", [3, 4, 5])
def test_sum_of_n_uniforms_matches_irwin_hall_within_half_dx_squared(n: int) -> None:
    # Measured: the largest error is 0.25 dx^2 (n = 3), 0.33 dx^2 (n = 4) and
    # 0.26 dx^2 (n = 5); the bound dx^2 / 2 leaves room without hiding an O(dx) bug.
    errors = []
    for dx in (0.02, 0.01):
        S = nfold_density(Density.uniform(0, 1, dx=dx), n)
        err = float(np.abs(S.values - irwin_hall_pdf(S.x, n)).max())
        assert err <= dx**2 / 2
        errors.append(err)
    # halving dx divides the error by about four: second order, as claimed
    assert 3.5 <= errors[0] / errors[1] <= 4.5


def test_irwin_hall_pdf_known_values() -> None:
    assert irwin_hall_pdf([0.2, 0.7, 1.2, -0.1], 1).tolist() == [1.0, 1.0, 0.0, 0.0]
    assert irwin_hall_pdf([0.5, 1.0, 1.5, 2.5], 3).tolist() == [0.125, 0.5, 0.75, 0.125]
    x = np.linspace(0, 8, 8001)
    for n in (2, 5, 8):
        f = irwin_hall_pdf(x, n)
        assert np.all(f >= 0)
        assert float(f.sum() * 0.001) == pytest.approx(1.0, abs=1e-5)
        assert np.allclose(f, irwin_hall_pdf(n - x, n), atol=1e-12)  # symmetric about n / 2


# -- normals, exponentials -----------------------------------------------------------


def test_normal_plus_normal_is_normal_with_added_means_and_variances() -> None:
    dx = 0.01
    A = Density.normal(1.0, 2.0, dx=dx)
    B = Density.normal(-3.0, 0.5, dx=dx)
    S = A + B
    mu, sigma = -2.0, math.sqrt(2.0**2 + 0.5**2)
    # Midpoint sums of Gaussians converge faster than any power of dx; measured
    # error 5e-16 at dx = 0.01, so 1e-12 is all round-off headroom.
    assert np.abs(S.values - normal_pdf(S.x, mu, sigma)).max() <= 1e-12
    assert S.mean() == pytest.approx(mu, abs=1e-12)
    assert S.var() == pytest.approx(sigma**2, abs=1e-10)


def test_exponential_plus_exponential_is_gamma_two() -> None:
    lam, dx = 1.5, 0.01
    E = Density.exponential(lam, dx=dx)
    S = E + E
    # At the grid point z = (k + 1) dx the Riemann sum is
    # dx * sum_{i + j = k} lam^2 e^(-lam (i + j + 1) dx) = lam^2 z e^(-lam z),
    # the closed form itself, as long as no term was cut off.
    closed = gamma_pdf(S.x, 2, lam)
    assert np.allclose(closed, lam**2 * S.x * np.exp(-lam * S.x), rtol=1e-14, atol=0)
    hi = E.x[-1] + dx / 2  # exponential() cuts where the tail mass e^(-lam hi) is 1e-12
    whole = S.x <= hi
    assert np.abs(S.values[whole] - closed[whole]).max() <= 1e-14
    # past hi some terms are missing, so the grid can only fall short, by at most
    # the closed form itself, which is below lam^2 z 1e-12 there
    assert np.all(S.values[~whole] <= closed[~whole] + 1e-15)
    assert closed[~whole].max() <= lam**2 * S.x[-1] * 1e-12
    assert S.mean() == pytest.approx(2 / lam, abs=dx**2)
    assert S.var() == pytest.approx(2 / lam**2, abs=dx**2)


def test_unequal_exponential_rates_give_the_hypoexponential_density() -> None:
    a, b, dx = 1.0, 3.0, 0.005
    S = Density.exponential(a, dx=dx) + Density.exponential(b, dx=dx)
    closed = a * b / (b - a) * (np.exp(-a * S.x) - np.exp(-b * S.x))
    # O(dx^2) midpoint error, measured 4e-6 here
    assert np.abs(S.values - closed).max() <= 4 * dx**2
    assert S.mean() == pytest.approx(1 / a + 1 / b, abs=dx**2)


# -- the rules of the grid -----------------------------------------------------------


def test_sum_is_scaled_by_dx_so_that_mass_stays_one() -> None:
    # the misconception: convolving samples without the factor dx gives mass 1 / dx
    U = Density.uniform(0, 1, dx=0.05)
    raw = np.convolve(U.values, U.values)
    assert raw.sum() * U.dx == pytest.approx(1 / U.dx)
    assert (U + U).mass() == pytest.approx(1.0, abs=1e-12)


def test_sum_lives_on_the_summed_grid() -> None:
    A = Density.uniform(2, 3, dx=0.25)
    B = Density.uniform(-1, 0, dx=0.25)
    S = A + B
    assert S.x0 == pytest.approx(A.x0 + B.x0)
    assert len(S) == len(A) + len(B) - 1
    assert S.dx == 0.25
    assert S.mean() == pytest.approx(A.mean() + B.mean(), abs=1e-12)


def test_adding_a_number_shifts_the_density() -> None:
    U = Density.uniform(0, 1, dx=0.1)
    moved = U + 2.5
    assert moved.x0 == pytest.approx(U.x0 + 2.5)
    assert np.array_equal(moved.values, U.values)
    assert (3 + U).mean() == pytest.approx(3.5)
    assert (U + np.int64(1)).mean() == pytest.approx(1.5)


def test_sum_of_densities_is_commutative_and_non_negative() -> None:
    A = Density.exponential(2.0, dx=0.02)
    B = Density.normal(1.0, 0.3, dx=0.02)
    assert np.allclose((A + B).values, (B + A).values, rtol=0, atol=1e-14)
    assert (A + B).values.min() >= 0


def test_factories_have_unit_mass_and_the_right_moments() -> None:
    assert Density.uniform(-1, 3, dx=0.01).mean() == pytest.approx(1.0)
    assert Density.normal(4, 2, dx=0.01).var() == pytest.approx(4.0, abs=1e-10)
    assert Density.exponential(0.5, dx=0.001).mean() == pytest.approx(2.0, abs=1e-5)
    for d in (Density.uniform(0, 2, 0.1), Density.normal(0, 1, 0.05), Density.exponential(2, 0.01)):
        assert d.mass() == pytest.approx(1.0, abs=1e-4)


def test_from_function_samples_cell_midpoints() -> None:
    D = Density.from_function(lambda x: 2 * x, 0, 1, dx=0.25)
    assert D.x.tolist() == [0.125, 0.375, 0.625, 0.875]
    assert D.values.tolist() == [0.25, 0.75, 1.25, 1.75]
    assert D.mass() == pytest.approx(1.0)


def test_density_values_cannot_be_changed_in_place() -> None:
    D = Density.uniform(0, 1, 0.5)
    with pytest.raises(ValueError):
        D.values[0] = 3.0


def test_sampled_sums_agree_with_the_triangle() -> None:
    # Seeded Monte Carlo: the histogram of U1 + U2 over 20 bins of width 0.1 versus
    # the triangle's bin masses, within 5 standard errors of each bin's frequency.
    n = 200_000
    rng = np.random.default_rng(20241125)
    z = rng.random(n) + rng.random(n)
    freq, edges = np.histogram(z, bins=20, range=(0, 2))
    freq = freq / n
    lo, hi = edges[:-1], edges[1:]
    cdf = np.where(edges <= 1, edges**2 / 2, 1 - (2 - edges) ** 2 / 2)
    expected = cdf[1:] - cdf[:-1]
    assert np.all(np.abs(freq - expected) <= 5 * np.sqrt(expected * (1 - expected) / n))
    # the grid density integrates to the same bin masses
    T = Density.uniform(0, 1, dx=0.001) + Density.uniform(0, 1, dx=0.001)
    grid_mass = np.array([T.values[(T.x >= a) & (T.x < b)].sum() * T.dx for a, b in zip(lo, hi, strict=True)])
    assert np.abs(grid_mass - expected).max() <= 2e-3


def test_numpy_scalars_shift_a_density_from_either_side() -> None:
    U = Density.uniform(0, 1, dx=0.5)
    assert (np.float64(2.0) + U).x0 == pytest.approx(U.x0 + 2.0)
    assert (U + np.float64(2.0)).x0 == pytest.approx(U.x0 + 2.0)
