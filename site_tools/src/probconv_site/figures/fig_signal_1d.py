"""A 1-D signal through two systems, a moving average and an echo: each kernel is an impulse response.

The kernel says where a unit of signal lands and with what weight; an isolated
spike in the input therefore comes out as a copy of the kernel, scaled by the
spike's height. Outputs are full convolutions (length n + m − 1).
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from numpy.typing import NDArray

from probconv import convolve

from .style import FONT_MIN, Theme, placed_figure

LENGTH = 48
#: The isolated spike whose output is a copy of each kernel: (sample, height).
SPIKE = (3, 1.0)
#: A second, lower spike, and a plateau.
SPIKE_2 = (40, 0.8)
PLATEAU = (16, 28, 0.6)
AVERAGE = 5
ECHO_DELAY, ECHO_GAIN = 8, 0.5


def signal() -> NDArray[np.float64]:
    """The input: two isolated spikes and a plateau, zero elsewhere."""
    x = np.zeros(LENGTH)
    start, stop, level = PLATEAU
    x[start:stop] = level
    for n, height in (SPIKE, SPIKE_2):
        x[n] = height
    return x


def moving_average() -> NDArray[np.float64]:
    """AVERAGE taps of 1/AVERAGE: a unit is spread evenly over now and the next AVERAGE − 1 steps."""
    return np.full(AVERAGE, 1.0 / AVERAGE)


def echo() -> NDArray[np.float64]:
    """1 now and ECHO_GAIN ECHO_DELAY steps later."""
    k = np.zeros(ECHO_DELAY + 1)
    k[0], k[ECHO_DELAY] = 1.0, ECHO_GAIN
    return k


def systems() -> dict[str, NDArray[np.float64]]:
    """Title -> kernel."""
    return {
        f"moving average of {AVERAGE}": moving_average(),
        f"echo: 1 now, {ECHO_GAIN:g} eight steps later": echo(),
    }


def _stems(ax: Axes, x: NDArray[np.integer], y: NDArray[np.float64], colour: str, label: str) -> None:
    """Stems from 0 and a dot at each value; the dots' line carries ``label`` (and all the data) for tests."""
    ax.vlines(x, 0, y, colors=colour, linewidth=1.4)
    # Dots only where there is something: a row of dots along 0 would hide the shape.
    ax.plot(x, y, "o", color=colour, markersize=3.5, label=label, markevery=list(np.flatnonzero(y)))


def _baseline(ax: Axes, theme: Theme) -> None:
    """A zero line instead of the bottom spine, and short tick labels on a shared 0..1 scale."""
    ax.axhline(0, color=theme.muted, linewidth=0.8)
    ax.spines["bottom"].set_visible(False)
    ax.set_yticks([0, 0.5, 1], labels=["0", "0.5", "1"])


#: The boxes (left, bottom, width, height) in figure fractions of the three rows: on the left the
#: note and the two kernels, on the right the input and the two outputs.
KERNELS: tuple[tuple[float, float, float, float], ...] = (
    (0.0798, 0.7401, 0.1574, 0.2198), (0.0798, 0.4314, 0.1574, 0.2198), (0.0798, 0.0868, 0.1574, 0.2198),
)
SIGNALS: tuple[tuple[float, float, float, float], ...] = (
    (0.394, 0.7401, 0.598, 0.2198), (0.394, 0.4314, 0.598, 0.2198), (0.394, 0.0868, 0.598, 0.2198),
)


def draw(theme: Theme) -> Figure:
    """Left: each kernel as a stem plot. Right: the input, then each output over the input drawn faintly."""
    x = signal()
    n_out = LENGTH + max(k.size for k in systems().values()) - 1
    fig = placed_figure(theme, height=6.4)  # at the positions constrained layout chose
    ax_in = fig.add_axes(SIGNALS[0])
    spike_at, spike_height = SPIKE
    others = np.arange(LENGTH) != spike_at
    _stems(ax_in, np.arange(LENGTH)[others], x[others], theme.fg, "input")
    _stems(ax_in, np.array([spike_at]), np.array([spike_height]), theme.accent, "input: the isolated spike")
    ax_in.set_title("input", loc="left", fontsize=FONT_MIN)
    _baseline(ax_in, theme)
    ax_note = fig.add_axes(KERNELS[0])
    ax_note.axis("off")
    ax_note.text(0.0, 0.5, f"the spike at\nn = {spike_at} comes\nout as a copy\nof the kernel", color=theme.accent,
                 transform=ax_note.transAxes, ha="left", va="center", fontsize=FONT_MIN, gid="note")
    for row, (title, k) in enumerate(systems().items(), start=1):
        ax_k = fig.add_axes(KERNELS[row])
        _stems(ax_k, np.arange(k.size), k, theme.accent, f"kernel: {title}")
        ax_k.set_xlim(-1, ECHO_DELAY + 1)
        ax_k.set_ylim(0, 1.15)
        ax_k.set_xticks([0, AVERAGE - 1, ECHO_DELAY] if k.size > AVERAGE else [0, AVERAGE - 1])
        ax_k.set_title("kernel", loc="left", fontsize=FONT_MIN)
        ax_k.set_xlabel("lag k", fontsize=FONT_MIN)
        _baseline(ax_k, theme)

        y = convolve(x, k)
        ax = fig.add_axes(SIGNALS[row], sharex=ax_in, sharey=ax_in)
        ax.fill_between(np.arange(LENGTH), x, step="mid", color=theme.faint, linewidth=0, label="input (behind)")
        # The spike's copy of the kernel in the kernel's colour: the kernel is the impulse response.
        copy = np.zeros(y.size, dtype=bool)
        copy[spike_at : spike_at + k.size] = True
        t = np.arange(y.size)
        _stems(ax, t[~copy], y[~copy], theme.total, f"output: {title}")
        _stems(ax, t[copy], y[copy], theme.accent, f"spike's copy: {title}")
        ax.set_title(title, loc="left", fontsize=FONT_MIN)
        _baseline(ax, theme)
    ax_in.set_xlim(-1.5, n_out + 0.5)
    ax_in.set_ylim(0, 1.15)
    fig.axes[-1].set_xlabel("sample n")
    return fig
