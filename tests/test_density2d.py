"""Densities of random vectors: the 2-D sum against a hand-written four-loop sum."""

from __future__ import annotations

import numpy as np
import pytest

from probconv import Density2D


def four_loop_sum(a: np.ndarray, b: np.ndarray, cell: float) -> np.ndarray:
    """``out[m, n] = cell * sum_{i, j} a[i, j] b[m - i, n - j]``, one term at a time."""
    out = np.zeros((a.shape[0] + b.shape[0] - 1, a.shape[1] + b.shape[1] - 1))
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            for p in range(b.shape[0]):
                for q in range(b.shape[1]):
                    # the vector (x_i, y_j) plus the vector (x_p, y_q) lands on cell (i + p, j + q)
                    out[i + p, j + q] += a[i, j] * b[p, q] * cell
    return out


@pytest.mark.parametrize(("shape_a", "shape_b"), [((3, 4), (2, 5)), ((1, 6), (4, 1)), ((5, 5), (3, 3))])
def test_sum_equals_a_direct_four_loop_sum(shape_a: tuple[int, int], shape_b: tuple[int, int]) -> None:
    rng = np.random.default_rng(20241125)
    dx, dy = 0.5, 0.25
    A = Density2D(rng.random(shape_a), -1.0, 2.0, dx, dy)
    B = Density2D(rng.random(shape_b), 0.5, -3.0, dx, dy)
    S = A + B
    assert np.allclose(S.values, four_loop_sum(A.values, B.values, dx * dy), rtol=1e-13, atol=1e-15)
    assert (S.x0, S.y0) == (pytest.approx(-0.5), pytest.approx(-1.0))
    assert S.values.shape == (shape_a[0] + shape_b[0] - 1, shape_a[1] + shape_b[1] - 1)


def test_mean_vectors_and_covariances_add() -> None:
    d = 0.05
    A = Density2D.normal([1.0, -2.0], [[1.0, 0.6], [0.6, 0.5]], d=d)
    B = Density2D.uniform((0.0, 2.0), (-1.0, 0.0), d=d)
    S = A + B
    # the grids are distributions of independent discrete vectors, so the laws
    # hold on the grid itself, whatever the sampling error: round-off only
    assert np.allclose(S.mean(), A.mean() + B.mean(), rtol=0, atol=1e-12)
    assert np.allclose(S.cov(), A.cov() + B.cov(), rtol=0, atol=1e-12)
    assert S.mass() == pytest.approx(A.mass() * B.mass(), abs=1e-12)


def test_normal_factory_has_the_requested_moments() -> None:
    cov = np.array([[1.0, 0.6], [0.6, 0.5]])
    # Over +-8 standard deviations the cut-off mass is below 1e-14, and midpoint
    # sums of a Gaussian are accurate far beyond d^2: measured errors ~1e-13.
    A = Density2D.normal([1.0, -2.0], cov, d=0.05, width=8)
    assert np.allclose(A.mean(), [1.0, -2.0], rtol=0, atol=1e-10)
    assert np.allclose(A.cov(), cov, rtol=0, atol=1e-10)
    assert A.mass() == pytest.approx(1.0, abs=1e-12)
    # The default box of +-5 standard deviations per axis cuts off at most
    # 4 P(Z > 5) = 1.15e-6 of the mass.
    assert 1 - Density2D.normal([1.0, -2.0], cov, d=0.05).mass() <= 1.15e-6


def test_uniform_square_plus_itself_has_the_tent_shaped_marginals() -> None:
    d = 0.1
    U = Density2D.uniform((0, 1), (0, 1), d=d)
    S = U + U
    # each coordinate is U(0, 1) + U(0, 1): the triangle, peak 1 at 1
    marginal_x = S.values.sum(axis=1) * S.dy
    peak = int(np.argmax(marginal_x))
    assert S.x[peak] == pytest.approx(1.0)
    assert marginal_x[peak] == pytest.approx(1.0)
    # a product of two independent coordinates stays a product (rank one)
    assert np.linalg.matrix_rank(S.values, tol=1e-10) == 1


def test_axis_zero_is_x_and_axis_one_is_y() -> None:
    wide = Density2D.uniform((0, 4), (0, 1), d=0.5)
    assert wide.values.shape == (8, 2)
    assert wide.x[-1] == pytest.approx(3.75) and wide.y[-1] == pytest.approx(0.75)
    assert wide.mean() == pytest.approx([2.0, 0.5])


def test_cov_sees_correlation_only_when_it_is_there() -> None:
    indep = Density2D.uniform((0, 1), (0, 3), d=0.1)
    assert indep.cov()[0, 1] == pytest.approx(0.0, abs=1e-12)
    corr = Density2D.normal([0, 0], [[1.0, -0.8], [-0.8, 1.0]], d=0.05, width=8)
    assert corr.cov()[0, 1] == pytest.approx(-0.8, abs=1e-10)


def test_adding_densities_on_different_grids_is_refused() -> None:
    A = Density2D.uniform((0, 1), (0, 1), d=0.1)
    B = Density2D.uniform((0, 1), (0, 1), d=0.2)
    with pytest.raises(ValueError, match="different grid steps"):
        A + B
