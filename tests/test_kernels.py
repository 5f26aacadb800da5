"""Image kernels: which ones are distributions of a random jitter, and which are not."""

from __future__ import annotations

import numpy as np
import pytest

from probconv import convolve2d, kernels


@pytest.mark.parametrize(
    "k", [kernels.box(1), kernels.box(3), kernels.box(4), kernels.gaussian(1.0), kernels.gaussian(2.5)]
)
def test_blur_kernels_are_distributions(k: np.ndarray) -> None:
    assert k.min() >= 0
    assert k.sum() == pytest.approx(1.0, abs=1e-15)


def test_box_blur_is_the_average_over_uniform_jitter() -> None:
    # blurring with box(3) = averaging the image over the 9 equally likely shifts
    rng = np.random.default_rng(20241125)
    img = rng.random((6, 7))
    padded = np.pad(img, 1)
    shifts = [padded[1 + di : 1 + di + 6, 1 + dj : 1 + dj + 7] for di in (-1, 0, 1) for dj in (-1, 0, 1)]
    assert np.allclose(convolve2d(img, kernels.box(3), mode="same"), np.mean(shifts, axis=0), atol=1e-15)


def test_blur_keeps_the_total_intensity_in_full_mode() -> None:
    img = np.random.default_rng(3).random((9, 9))
    for k in (kernels.box(3), kernels.gaussian(1.2)):
        assert convolve2d(img, k, mode="full").sum() == pytest.approx(img.sum(), rel=1e-13)


def test_gaussian_kernel_is_symmetric_separable_with_variance_sigma_squared() -> None:
    sigma = 1.5
    k = kernels.gaussian(sigma, radius=12)
    assert np.array_equal(k, k.T) and np.array_equal(k, k[::-1, ::-1])
    assert np.linalg.matrix_rank(k, tol=1e-12) == 1
    t = np.arange(-12, 13)
    row = k.sum(axis=0)
    # the sampled Gaussian's variance matches sigma^2 to within the sampling effect (tiny here)
    assert float(np.dot(t**2, row)) == pytest.approx(sigma**2, rel=1e-6)
    assert kernels.gaussian(1.0).shape == (7, 7)  # default radius ceil(3 sigma)


def test_edge_kernels_have_negative_weights_and_sum_to_zero() -> None:
    for k in (kernels.sobel("x"), kernels.sobel("y"), kernels.laplacian()):
        assert k.min() < 0  # not a probability distribution
        assert k.sum() == 0
    assert np.array_equal(kernels.sobel("y"), kernels.sobel("x").T)


def test_edge_kernel_is_blind_to_flat_regions() -> None:
    flat = np.full((6, 6), 0.7)
    inner = convolve2d(flat, kernels.sobel("x"), mode="valid")
    assert np.allclose(inner, 0.0, atol=1e-15)
    step = np.zeros((5, 6))
    step[:, 3:] = 1.0
    response = convolve2d(step, kernels.sobel("x"), mode="valid")
    assert np.abs(response).max() > 0


def test_sharpen_sums_to_one_but_is_not_a_distribution() -> None:
    k = kernels.sharpen()
    assert k.sum() == 1
    assert k.min() < 0
    flat = np.full((5, 5), 0.3)
    assert np.allclose(convolve2d(flat, k, mode="valid"), 0.3)


def test_kernels_are_fresh_arrays() -> None:
    a = kernels.sobel("y")
    a[0, 0] = 99.0
    assert kernels.sobel("y")[0, 0] == 1.0
    b = kernels.box(3)
    b[0, 0] = 5.0
    assert kernels.box(3)[0, 0] == pytest.approx(1 / 9)
