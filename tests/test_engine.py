"""The float convolution engine: every method computes scipy.signal's numbers.

Each method of :func:`probconv.convolve`, :func:`convolve2d` and
:func:`correlate2d` is checked against scipy.signal (and, in 1-D, against a
brute-force double loop) on random shapes in every mode, including even kernel
sides, kernels larger than the image and one-row or one-column kernels, which
are where cropping and centring go wrong. The numpy-only fallbacks are forced
by removing scipy from the engine's module globals. No test here times
anything: speed is the benchmark's business (benchmarks/bench.py).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
import scipy.signal as signal
from hypothesis import given, settings
from hypothesis import strategies as st

from probconv import Pmf, convolve, convolve2d, correlate2d, engine, memory_limit
from probconv.engine import backend, conv1d, conv2d, cost

METHODS_2D_GENERAL = [m for m in engine.METHODS_2D if m != "separable"]


def brute_convolve(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.zeros(a.size + b.size - 1)
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            out[i + j] += x * y
    return out


def valid_ok(shape_a: tuple[int, int], shape_k: tuple[int, int]) -> bool:
    return (shape_a[0] >= shape_k[0] and shape_a[1] >= shape_k[1]) or (
        shape_a[0] <= shape_k[0] and shape_a[1] <= shape_k[1]
    )


@pytest.fixture
def no_scipy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine as it runs where scipy is not installed."""
    monkeypatch.setattr(backend, "fft", None)
    monkeypatch.setattr(backend, "signal", None)
    monkeypatch.setattr(backend, "ndimage", None)


# -- 1-D ----------------------------------------------------------------------------


@settings(max_examples=60)
@given(na=st.integers(1, 80), nb=st.integers(1, 80), seed=st.integers(0, 2**32 - 1))
def test_every_1d_method_equals_the_brute_force_sum(na: int, nb: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    a, b = rng.standard_normal(na), rng.standard_normal(nb)
    expected = brute_convolve(a, b)
    for method in engine.METHODS_1D:
        got = convolve(a, b, method=method)
        assert got.shape == expected.shape, method
        np.testing.assert_allclose(got, expected, rtol=0, atol=1e-12 * max(1.0, np.abs(expected).max()))


@pytest.mark.parametrize("n, k", [(5000, 3), (5000, 65), (20_000, 300), (3000, 1500), (101, 5000)])
def test_overlap_add_blocks_sum_to_the_full_convolution(n: int, k: int) -> None:
    # lengths chosen to give one block, many blocks, a ragged last block and a
    # kernel longer than the signal (the arguments swap)
    rng = np.random.default_rng(n + k)
    a, b = rng.random(n), rng.random(k)
    np.testing.assert_allclose(conv1d.oa_convolve(a, b), np.convolve(a, b), rtol=1e-10, atol=1e-10)


def test_1d_methods_agree_without_scipy(no_scipy: None) -> None:
    rng = np.random.default_rng(7)
    a, b = rng.random(3000), rng.random(200)
    for method in engine.METHODS_1D:
        np.testing.assert_allclose(convolve(a, b, method=method), np.convolve(a, b), rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("n", [1, 2, 7, 11, 64, 97, 1000, 4097, 10_007])
def test_smooth_length_is_the_smallest_2_3_5_number_not_below_n(n: int) -> None:
    m = backend.smooth_len(n)
    assert m >= n
    rest = m
    for p in (2, 3, 5):
        while rest % p == 0:
            rest //= p
    assert rest == 1, f"{m} has a prime factor above 5"
    assert not any(_is_smooth(j) for j in range(n, m)), "a smaller smooth length exists"


def _is_smooth(j: int) -> bool:
    for p in (2, 3, 5):
        while j % p == 0:
            j //= p
    return j == 1


def test_auto_in_1d_takes_the_direct_sum_for_short_kernels_and_overlap_add_for_long_signals() -> None:
    # the docs promise "direct" up to 64 entries; dice are always direct
    assert engine.auto_method(6, 6) == "direct"
    assert engine.auto_method(engine.DIRECT_MAX_LENGTH, 10**6) == "direct"
    assert engine.auto_method(2000, 2000) == "fft"
    assert engine.auto_method(10**6, 1001) == "oaconvolve"
    assert engine.auto_method(10**4, 10**4) == "fft"


# -- n-fold powers --------------------------------------------------------------------


@pytest.mark.parametrize("n", [1, 2, 3, 15, 16, 17, 33, 257, 1000])
def test_power_1d_equals_repeated_convolution(n: int) -> None:
    p = np.array([2, 2, 3, 3, 4, 6]) / 20
    expected = p
    for _ in range(n - 1):
        expected = np.convolve(expected, p)
    np.testing.assert_allclose(engine.convolve_power(p, n), expected, rtol=0, atol=1e-15)


@pytest.mark.parametrize(
    "weights, tol",
    [
        ((2, 2, 3, 3, 4, 6), 1e-15),  # the chapter's dice
        ((6, 5, 3, 2, 2, 2), 1e-15),
        ((1, 0, 0, 1), 1e-15),  # gaps: only every third total is possible
        # nearly all mass on one face: the spectrum never decays, so every
        # FFT's round-off reaches every total; still about 1e-12 relative
        ((1000, 1, 0, 0, 0, 1), 1e-14),
    ],
)
def test_float_nfold_is_within_1e15_of_the_exact_distribution(weights: tuple[int, ...], tol: float) -> None:
    n = 3000
    exact = Pmf.die(weights, exact=True).nfold(n)
    floats = Pmf.die(weights).nfold(n)
    counts, den = exact.counts
    truth = np.array([c / den for c in counts])  # int / int: correctly rounded
    probs = np.asarray(floats.probs)
    assert floats.start == exact.start and len(floats) == len(exact)
    assert np.abs(probs - truth).max() <= tol
    assert probs.min() >= 0.0, "FFT round-off must be clipped, never a negative probability"
    assert abs(probs.sum() - 1.0) <= 1e-12


# -- 2-D --------------------------------------------------------------------------------

shapes = st.tuples(st.integers(1, 9), st.integers(1, 9))


@settings(max_examples=80)
@given(shape_a=shapes, shape_k=shapes, mode=st.sampled_from(engine.MODES), seed=st.integers(0, 2**32 - 1))
def test_every_2d_method_matches_scipy_signal_in_every_mode(
    shape_a: tuple[int, int], shape_k: tuple[int, int], mode: str, seed: int
) -> None:
    if mode == "valid" and not valid_ok(shape_a, shape_k):
        return
    rng = np.random.default_rng(seed)
    a = rng.standard_normal(shape_a)
    k_general = rng.standard_normal(shape_k)
    k_rank_one = np.outer(rng.standard_normal(shape_k[0]), rng.standard_normal(shape_k[1]))
    for k in (k_general, k_rank_one):
        want_conv = signal.convolve2d(a, k, mode=mode)
        want_corr = signal.correlate2d(a, k, mode=mode)
        methods = engine.METHODS_2D if k is k_rank_one else METHODS_2D_GENERAL
        for method in methods:
            for ours, want in ((convolve2d, want_conv), (correlate2d, want_corr)):
                got = ours(a, k, mode=mode, method=method)
                assert got.shape == want.shape, (ours.__name__, method, mode)
                np.testing.assert_allclose(
                    got, want, rtol=1e-10, atol=1e-10, err_msg=f"{ours.__name__} {method} {mode}"
                )


@pytest.mark.parametrize("ks", [(1, 1), (2, 2), (3, 4), (4, 3), (6, 6), (7, 5)])
@pytest.mark.parametrize("mode", engine.MODES)
def test_ndimage_is_shifted_and_padded_onto_scipy_signals_window(ks: tuple[int, int], mode: str) -> None:
    # scipy.ndimage centres kernels its own way and only returns the image's
    # shape; even sides and 'full' output are where a wrong shift shows
    rng = np.random.default_rng(ks[0] * 10 + ks[1])
    a, k = rng.random((12, 10)), rng.random(ks)
    for ours, ref in ((convolve2d, signal.convolve2d), (correlate2d, signal.correlate2d)):
        got = ours(a, k, mode=mode, method="ndimage")
        want = ref(a, k, mode=mode)
        assert got.shape == want.shape
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize(
    "shape_a, shape_k, separable",
    [
        ((300, 280), (3, 3), False),
        ((300, 280), (15, 15), True),
        ((200, 200), (41, 41), True),
        ((200, 200), (41, 41), False),
        ((64, 64), (5, 1), True),
    ],
)
def test_auto_equals_direct_to_tolerance(shape_a: tuple[int, int], shape_k: tuple[int, int], separable: bool) -> None:
    rng = np.random.default_rng(3)
    a = rng.random(shape_a)
    k = np.outer(rng.random(shape_k[0]), rng.random(shape_k[1])) if separable else rng.random(shape_k)
    for mode in engine.MODES:
        want = signal.convolve2d(a, k, mode=mode)
        np.testing.assert_allclose(convolve2d(a, k, mode=mode), want, rtol=1e-9, atol=1e-9 * np.abs(want).max())


def test_auto_in_2d_uses_ndimage_for_small_kernels_and_one_d_passes_or_fft_for_large() -> None:
    assert cost.choose_2d((2048, 2048), (3, 3), "same", separable=False) == "ndimage"
    assert cost.choose_2d((2048, 2048), (101, 101), "same", separable=False) == "fft"
    # a long rank-one kernel: two 1-D passes, or one 2-D FFT, never a direct sum
    assert cost.choose_2d((2048, 2048), (101, 101), "same", separable=True) in ("separable", "fft")
    assert cost.choose_2d((2048, 2048), (31, 1), "same", separable=True) == "separable"


def test_2d_methods_match_scipy_without_scipy(no_scipy: None) -> None:
    rng = np.random.default_rng(11)
    a = rng.random((40, 37))
    g = rng.random(6)
    kernels = {"general": rng.random((6, 5)), "rank one": np.outer(g, g[::-1])}
    for name, k in kernels.items():
        for mode in engine.MODES:
            methods = ["auto", "direct", "fft"] + (["separable"] if name == "rank one" else [])
            for method in methods:
                got = convolve2d(a, k, mode=mode, method=method)
                np.testing.assert_allclose(got, signal.convolve2d(a, k, mode=mode), rtol=1e-10, atol=1e-10)
                got = correlate2d(a, k, mode=mode, method=method)
                np.testing.assert_allclose(got, signal.correlate2d(a, k, mode=mode), rtol=1e-10, atol=1e-10)
        assert cost.choose_2d(a.shape, k.shape, "same", separable=True) != "ndimage"


def test_ndimage_without_scipy_is_refused_with_a_way_out(no_scipy: None) -> None:
    with pytest.raises(ValueError, match="needs scipy"):
        convolve2d(np.ones((4, 4)), np.ones((3, 3)), method="ndimage")


def test_rank_one_split_rebuilds_rows_columns_and_products() -> None:
    rng = np.random.default_rng(5)
    for k in (rng.random((5, 1)), rng.random((1, 4)), rng.random((1, 1)), np.outer(rng.random(4), rng.random(6))):
        parts = conv2d.rank_one(k)
        assert parts is not None
        np.testing.assert_allclose(np.outer(*parts), k, rtol=1e-12)
    assert conv2d.rank_one(rng.random((4, 4))) is None


# -- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: convolve([1.0, 2.0], [1.0], method="fastest"), "unknown method"),
        (lambda: convolve2d(np.ones((3, 3)), np.ones((2, 2)), method="winograd"), "unknown method"),
        (lambda: convolve2d(np.ones((3, 3)), np.ones((2, 2)), mode="wrap"), "unknown mode"),
        (lambda: convolve([], [1.0]), "empty"),
        (lambda: convolve2d(np.ones((3, 0)), np.ones((2, 2))), "empty"),
        (lambda: convolve2d([1.0, 2.0, 3.0], [[1.0]]), "must be 2-D"),
        (lambda: convolve([1.0, np.nan], [1.0]), "NaN"),
        (lambda: correlate2d(np.ones((3, 3)), [[1.0, np.inf]]), "NaN or infinity"),
        (lambda: convolve2d(np.ones((5, 2)), np.ones((2, 5)), mode="valid"), "fit inside"),
        (lambda: convolve2d(np.ones((5, 5)), np.ones((3, 3)) + np.eye(3), method="separable"), "rank-one"),
    ],
)
def test_bad_input_raises_value_error_saying_what_to_fix(call: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


def test_oversized_outputs_fail_fast_under_the_memory_limit() -> None:
    with memory_limit(40_000):
        with pytest.raises(ValueError, match="more than the memory limit of 39 KiB"):
            convolve(np.ones(600), np.ones(600))
        with pytest.raises(ValueError, match="more than the memory limit"):
            convolve2d(np.ones((40, 40)), np.ones((3, 3)))
        with pytest.raises(ValueError, match="the 1,000-fold convolution would need"):
            Pmf.die([1] * 6).nfold(1000)
