"""The 1-D signal figure: each output is the full convolution, and an isolated spike comes out as the kernel.

Checked against probconv.convolve, numpy's convolve as an independent oracle, and the
impulse-response fact (a spike of height h gives h times the kernel), never pixels.
"""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.figure import Figure

from probconv import convolve
from probconv_site.figures.fig_signal_1d import (
    AVERAGE,
    ECHO_DELAY,
    ECHO_GAIN,
    LENGTH,
    SPIKE,
    SPIKE_2,
    echo,
    signal,
    systems,
)
from probconv_site.figures.registry import VARIANTS
from tests.test_figures import drawn, line

NAME = "signal_1d"
TITLES = ["moving average of 5", "echo: 1 now, 0.5 eight steps later"]


@pytest.fixture(scope="module", params=VARIANTS)
def fig(request: pytest.FixtureRequest) -> Figure:
    return drawn(NAME, request.param)


def drawn_output(fig: Figure, title: str) -> tuple[np.ndarray, np.ndarray]:
    """The output as drawn: the spike's copy and the rest are two stem series; put them back together."""
    t1, y1 = line(fig, f"output: {title}")
    t2, y2 = line(fig, f"spike's copy: {title}")
    t, y = np.concatenate([t1, t2]), np.concatenate([y1, y2])
    order = np.argsort(t)
    return t[order], y[order]


def isolated(x: np.ndarray, n: int, m: int) -> bool:
    """No other input within m − 1 samples of n: its output window holds only its own copy."""
    window = x[max(0, n - m + 1) : n + m]
    return int(np.count_nonzero(window)) == 1


def test_titles_and_kernels_are_the_ones_the_page_names() -> None:
    assert list(systems()) == TITLES
    ma, ec = systems().values()
    assert np.array_equal(ma, np.full(AVERAGE, 1 / 5)) and ma.sum() == pytest.approx(1.0)
    assert ec[0] == 1.0 and ec[ECHO_DELAY] == ECHO_GAIN == 0.5 and ECHO_DELAY == 8
    assert np.count_nonzero(echo()) == 2


def test_input_is_drawn_with_its_isolated_spike_marked(fig: Figure) -> None:
    t, y = line(fig, "input")
    ts, ys = line(fig, "input: the isolated spike")
    assert list(ts) == [SPIKE[0]] and list(ys) == [SPIKE[1]]
    full = np.zeros(LENGTH)
    full[t.astype(int)] = y
    full[ts.astype(int)] = ys
    assert np.array_equal(full, signal())
    assert 40 <= LENGTH <= 60


def test_kernels_are_drawn_as_stems_at_their_lags(fig: Figure) -> None:
    for title, k in systems().items():
        lags, weights = line(fig, f"kernel: {title}")
        assert np.array_equal(lags, np.arange(k.size)) and np.array_equal(weights, k)


def test_outputs_are_probconvs_full_convolution_and_numpys(fig: Figure) -> None:
    x = signal()
    for title, k in systems().items():
        t, y = drawn_output(fig, title)
        assert y.size == x.size + k.size - 1, "full mode: n + m − 1 values"
        assert np.array_equal(t, np.arange(y.size)), "the output starts at sample 0, the smallest sum of indices"
        assert np.array_equal(y, convolve(x, k))
        assert y == pytest.approx(np.convolve(x, k), abs=1e-12)


@pytest.mark.parametrize("spike", [SPIKE, SPIKE_2])
def test_an_isolated_spike_comes_out_as_its_height_times_the_kernel(fig: Figure, spike: tuple[int, float]) -> None:
    x = signal()
    n, height = spike
    for title, k in systems().items():
        assert isolated(x, n, k.size), f"the spike at {n} is isolated for {title}"
        _, y = drawn_output(fig, title)
        assert y[n : n + k.size] == pytest.approx(height * k, abs=1e-12)


def test_the_marked_copy_is_the_kernel_itself(fig: Figure) -> None:
    n, height = SPIKE
    assert height == 1.0, "a unit spike: its copy is the kernel, not a multiple of it"
    for title, k in systems().items():
        t, y = line(fig, f"spike's copy: {title}")
        assert np.array_equal(t, np.arange(n, n + k.size))
        assert y == pytest.approx(k, abs=1e-12)


def test_time_axis_is_shared_and_labelled(fig: Figure) -> None:
    outputs = [ax for ax in fig.axes if ax.get_title(loc="left") in ["input", *TITLES]]
    assert len(outputs) == 3
    assert len({ax.get_xlim() for ax in outputs}) == 1
    assert outputs[-1].get_xlabel() == "sample n"
