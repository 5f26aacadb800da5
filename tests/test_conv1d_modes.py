"""1-D output modes and cross-correlation: the windows and values of scipy.signal.

:func:`probconv.convolve` keeps the windows of :func:`scipy.signal.convolve` and
:func:`probconv.engine.correlate` those of :func:`scipy.signal.correlate`, for
every method. The lengths below are where windows go wrong: odd and even
second inputs (the centre of "same" is ambiguous for even ones), a second input
longer than the first ("same" keeps the length of the first, "valid" swaps the
roles), single values, and sizes long enough for the FFT and overlap-add paths.
No test here times anything.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import icepool
import numpy as np
import pytest
import scipy.signal as signal

from probconv import convolve, engine
from probconv.engine import backend, correlate

OPS: dict[str, tuple[Callable[..., np.ndarray], Callable[..., np.ndarray]]] = {
    "convolve": (convolve, signal.convolve),
    "correlate": (correlate, signal.correlate),
}

#: (len(a), len(b)): odd and even b, b longer than a, equal lengths, single values.
SHORT = [(9, 3), (9, 4), (8, 3), (8, 4), (4, 9), (3, 8), (5, 5), (6, 6), (1, 1), (1, 6), (6, 1), (2, 7)]
#: Long enough that "auto" takes an FFT or overlap-add, and overlap-add runs several blocks.
LONG = [(5000, 301), (5000, 300), (300, 5000), (2000, 1999)]


def tolerance(a: np.ndarray, b: np.ndarray) -> float:
    # every output is a sum of products bounded by sum|a| * max|b|; FFT round-off is a few eps of that
    return 1e-12 * float(np.abs(a).sum() * np.abs(b).max())


@pytest.mark.parametrize("op", OPS)
@pytest.mark.parametrize("method", engine.METHODS_1D)
@pytest.mark.parametrize("mode", engine.MODES)
@pytest.mark.parametrize("na, nb", SHORT + LONG)
def test_every_mode_and_method_gives_scipy_signals_window_and_values(
    op: str, method: str, mode: str, na: int, nb: int
) -> None:
    ours, theirs = OPS[op]
    rng = np.random.default_rng(1000 * na + nb)
    a, b = rng.standard_normal(na), rng.standard_normal(nb)
    expected = theirs(a, b, mode=mode, method="direct" if na * nb < 10**6 else "fft")
    got = ours(a, b, mode=mode, method=method)
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=0, atol=tolerance(a, b))


@pytest.mark.parametrize("op", OPS)
@pytest.mark.parametrize("mode", engine.MODES)
@pytest.mark.parametrize("na, nb", SHORT)
def test_integer_inputs_are_exact_with_the_direct_method(op: str, mode: str, na: int, nb: int) -> None:
    ours, theirs = OPS[op]
    rng = np.random.default_rng(na + 100 * nb)
    a, b = rng.integers(-1000, 1000, na), rng.integers(-1000, 1000, nb)
    expected = theirs(a, b, mode=mode, method="direct")  # integer arithmetic in scipy
    assert expected.dtype.kind == "i"
    got = ours(a, b, mode=mode, method="direct")
    assert np.array_equal(got, expected)


@pytest.mark.parametrize("mode", engine.MODES)
def test_modes_match_scipy_without_scipy_installed(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(17)
    a, b = rng.random(3000), rng.random(200)
    expected_conv = signal.convolve(a, b, mode=mode)  # computed before scipy is taken away
    expected_corr = signal.correlate(a, b, mode=mode)
    for name in ("fft", "signal", "ndimage"):
        monkeypatch.setattr(backend, name, None)
    for method in engine.METHODS_1D:
        np.testing.assert_allclose(convolve(a, b, method=method, mode=mode), expected_conv, rtol=1e-10, atol=1e-10)
        np.testing.assert_allclose(correlate(a, b, mode, method), expected_corr, rtol=1e-10, atol=1e-10)


def test_same_keeps_the_length_of_the_first_input_as_scipy_does_not_numpy() -> None:
    a, b = np.arange(1.0, 4.0), np.arange(1.0, 8.0)
    assert len(convolve(a, b, mode="same")) == 3 == len(signal.convolve(a, b, mode="same"))
    assert len(np.convolve(a, b, mode="same")) == 7  # numpy's "same" is max(M, N) long
    assert len(convolve(b, a, mode="same")) == 7
    # the two agree when a is the longer input
    assert np.array_equal(convolve(b, a, mode="same"), np.convolve(b, a, mode="same"))


def test_valid_is_the_part_where_the_shorter_input_fits_in_either_order() -> None:
    a, b = np.arange(1.0, 4.0), np.arange(1.0, 8.0)
    assert np.array_equal(convolve(a, b, mode="valid"), np.convolve(b, a, mode="valid"))
    assert len(correlate(a, b, mode="valid")) == 5


def test_correlate_is_convolution_with_the_second_input_reversed() -> None:
    rng = np.random.default_rng(5)
    a, b = rng.random(40), rng.random(7)
    np.testing.assert_allclose(correlate(a, b), np.convolve(a, b[::-1]), rtol=0, atol=1e-13)
    # the formula c[k] = sum_n a[n + k] b[n], with the full output starting at lag -(len(b) - 1)
    full = correlate(a, b)
    for k in range(-(b.size - 1), a.size):
        expected = sum(a[n + k] * b[n] for n in range(b.size) if 0 <= n + k < a.size)
        assert full[k + b.size - 1] == pytest.approx(expected, abs=1e-13)


def test_correlating_two_dice_gives_icepools_law_of_their_difference() -> None:
    d6, d8 = np.full(6, 1 / 6), np.full(8, 1 / 8)
    diff = icepool.d6 - icepool.d8
    # faces 1..6 minus faces 1..8: the full output starts at 1 - 8 = -7
    assert diff.outcomes()[0] == -7
    expected = np.array([float(p) for p in diff.probabilities()])
    np.testing.assert_allclose(correlate(d6, d8), expected, rtol=1e-14, atol=0)


def test_convolving_two_dice_in_every_mode_cuts_icepools_sum() -> None:
    # counts, not probabilities: the direct method is exact on integers
    total = icepool.d6 + icepool.d8  # outcomes 2..14
    counts = [int(p * 48) for p in total.probabilities()]
    assert all(Fraction(c, 48) == p for c, p in zip(counts, total.probabilities(), strict=True))
    full = convolve(np.ones(6), np.ones(8), method="direct")
    assert full.tolist() == counts
    assert convolve(np.ones(6), np.ones(8), method="direct", mode="valid").tolist() == counts[5:8]
    assert convolve(np.ones(8), np.ones(6), method="direct", mode="same").tolist() == counts[2:10]


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: convolve([1.0, 2.0], [1.0], mode="wrap"), "unknown mode 'wrap'"),
        (lambda: convolve([1.0, 2.0], [1.0], mode="FULL"), "choose one of 'full', 'same', 'valid'"),
        (lambda: correlate([1.0, 2.0], [1.0], mode="circular"), "unknown mode"),
        (lambda: correlate([1.0, 2.0], [1.0], mode=None), "unknown mode None"),
        (lambda: correlate([1.0, 2.0], [1.0], method="fastest"), "unknown method"),
        (lambda: correlate([1.0, 2.0], "fastest"), "must be an array of numbers"),
        (lambda: correlate([], [1.0]), "empty"),
        (lambda: correlate([1.0], [[1.0, 2.0]]), "must be 1-D"),
        (lambda: correlate([1.0, np.nan], [1.0]), "NaN"),
    ],
)
def test_bad_modes_and_inputs_raise_saying_what_to_fix(call: Callable[[], object], message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        call()


def test_correlate_of_complex_input_is_refused_as_we_are_real_only() -> None:
    with pytest.raises(TypeError, match="complex"):
        correlate([1 + 1j, 2.0], [1.0])
