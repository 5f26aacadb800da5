"""What lies beyond the border (``boundary=``) is a choice separate from which outputs to keep (``mode=``).

Two oracles: numpy.pad followed by scipy's "valid" convolution, cut to the mode's window, for every
combination of mode and boundary; and scipy.ndimage.convolve / correlate for "same" with odd kernels.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy import ndimage, signal

from probconv import convolve2d, correlate2d, engine, kernels
from probconv.engine.windows import crop

NP_PAD = {"reflect": "symmetric", "nearest": "edge", "wrap": "wrap"}
ND_MODE = {"fill": "constant", "reflect": "reflect", "nearest": "nearest", "wrap": "wrap"}
SHAPES = [((7, 9), (3, 3)), ((6, 5), (2, 4)), ((8, 8), (5, 1)), ((3, 4), (5, 6)), ((1, 1), (3, 3))]
METHODS = [m for m in engine.METHODS_2D if m != "separable"]


def _oracle(a: np.ndarray, k: np.ndarray, mode: str, boundary: str, flipped: bool) -> np.ndarray:
    """Pad by the kernel's size less one on each side, convolve "valid" (the full convolution of the
    extended image), and cut the mode's window as scipy.signal does."""
    kernel = k[::-1, ::-1] if flipped else k
    if boundary == "fill":
        full = signal.convolve2d(a, kernel, mode="full")
    else:
        pad = ((k.shape[0] - 1,) * 2, (k.shape[1] - 1,) * 2)
        full = signal.convolve2d(np.pad(a, pad, mode=NP_PAD[boundary]), kernel, mode="valid")  # type: ignore[call-overload]
    return crop(full, a.shape, k.shape, mode, flipped)


@pytest.mark.parametrize(("mode", "boundary"), list(itertools.product(("full", "same", "valid"), engine.BOUNDARIES)))
@pytest.mark.parametrize("shapes", SHAPES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_mode_and_boundary_is_pad_then_valid(
    mode: str, boundary: str, shapes: tuple[tuple[int, int], tuple[int, int]]
) -> None:
    shape_a, shape_k = shapes
    if mode == "valid" and not (shape_a[0] >= shape_k[0]) == (shape_a[1] >= shape_k[1]):
        pytest.skip("valid needs one input inside the other")
    rng = np.random.default_rng(sum(shape_a) * 31 + sum(shape_k))
    a, k = rng.random(shape_a), rng.normal(size=shape_k)
    for method in METHODS:
        for flipped, fn in ((False, convolve2d), (True, correlate2d)):
            got = fn(a, k, mode=mode, method=method, boundary=boundary)
            want = _oracle(a, k, mode, boundary, flipped)
            assert got.shape == want.shape, (fn.__name__, method)
            np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-12, err_msg=f"{fn.__name__} {method}")


@pytest.mark.parametrize("boundary", engine.BOUNDARIES)
@pytest.mark.parametrize("kernel", ["box", "gaussian", "sobel", "random5"])
def test_same_with_an_odd_kernel_is_scipy_ndimage(boundary: str, kernel: str) -> None:
    rng = np.random.default_rng(7)
    a = rng.random((11, 13))
    k = {
        "box": kernels.box(3),
        "gaussian": kernels.gaussian(1.0),
        "sobel": kernels.sobel("x"),
        "random5": rng.normal(size=(5, 3)),
    }[kernel]
    mode = ND_MODE[boundary]
    np.testing.assert_allclose(convolve2d(a, k, mode="same", boundary=boundary), ndimage.convolve(a, k, mode=mode),
                               rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(correlate2d(a, k, mode="same", boundary=boundary), ndimage.correlate(a, k, mode=mode),
                               rtol=1e-9, atol=1e-12)


def test_separable_kernels_take_the_same_boundaries() -> None:
    a = np.random.default_rng(3).random((9, 10))
    for boundary in engine.BOUNDARIES:
        k = kernels.gaussian(1.0)
        np.testing.assert_allclose(
            convolve2d(a, k, mode="same", method="separable", boundary=boundary),
            convolve2d(a, k, mode="same", method="direct", boundary=boundary),
            rtol=1e-9, atol=1e-12,
        )


def test_a_blur_keeps_a_flat_image_flat_unless_zeros_lie_beyond_it() -> None:
    flat = np.full((6, 6), 0.5)
    for boundary in ("reflect", "nearest", "wrap"):
        np.testing.assert_allclose(convolve2d(flat, kernels.box(3), mode="same", boundary=boundary), flat)
    darkened = convolve2d(flat, kernels.box(3), mode="same")
    assert darkened[0, 0] == pytest.approx(0.5 * 4 / 9)
    # Wrapping moves light round the edge and keeps every grain of it.
    img = np.random.default_rng(1).random((5, 7))
    assert convolve2d(img, kernels.box(3), mode="same", boundary="wrap").sum() == pytest.approx(img.sum())


def test_an_unknown_boundary_is_refused_with_the_choices() -> None:
    choices = "'fill', 'reflect', 'nearest', 'wrap'"
    with pytest.raises(ValueError, match=rf"unknown boundary 'mirror'; choose one of {choices}"):
        convolve2d(np.ones((3, 3)), np.ones((2, 2)), boundary="mirror")
    with pytest.raises(ValueError, match="unknown boundary"):
        correlate2d(np.ones((3, 3)), np.ones((2, 2)), boundary=None)  # type: ignore[arg-type]
