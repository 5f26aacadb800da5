"""FFT convolution without zero padding wraps the tail of X + Y around; padded, it does not."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from numpy.typing import NDArray

from probconv.examples import loaded_dice

from .helpers import percent_axis, probs_of
from .style import Theme, new_figure, text_on


def fft_product(x: NDArray[np.float64], y: NDArray[np.float64], n: int) -> NDArray[np.float64]:
    """What an FFT convolution of length ``n`` returns: the circular convolution of x and y.

    This is the computation under discussion (not in probconv on purpose:
    probconv always pads to ``len(x) + len(y) - 1``).
    """
    return np.fft.irfft(np.fft.rfft(x, n) * np.fft.rfft(y, n), n)


def draw(theme: Theme) -> Figure:
    """Top: X + Y, its tail (totals 8..12) in a second colour. Bottom: the 6-point result, tail stacked on."""
    X, Y = loaded_dice()
    x, y = probs_of(X), probs_of(Y)
    n_full = x.size + y.size - 1
    exact = X + Y
    ks = exact.support
    p = probs_of(exact)
    head, tail = p[: x.size], p[x.size :]
    padded = fft_product(x, y, n_full)
    wrapped = fft_product(x, y, x.size)

    fig = new_figure(theme, height=6.0)
    ax_pad, ax_wrap = fig.subplots(2, 1, height_ratios=[1, 1])
    ax_pad.bar(ks[: x.size], head, color=theme.total, label="totals 2–7")
    ax_pad.bar(ks[x.size :], tail, color=theme.y, label="totals 8–12")
    ax_pad.plot(ks, padded, "o", color=theme.fg, markersize=5, label="FFT, 11 points")
    ax_pad.set_title(f"padded to {n_full} points: exactly X + Y", loc="left", fontsize=13)
    ax_pad.set_xticks(ks)

    slots = ks[: x.size]
    ax_wrap.bar(slots, head, color=theme.total, label="true P(k)")
    top = np.zeros(x.size)
    top[: tail.size] = tail
    wrapped_bars = ax_wrap.bar(slots, top, bottom=head, color=theme.y, label="wrapped: P(k + 6)")
    # Each wrapped piece says which total it really belongs to.
    ax_wrap.bar_label(wrapped_bars, labels=[f"{k + x.size}" if t else "" for k, t in zip(slots, top, strict=True)],
                      label_type="center", color=text_on(to_rgb(theme.y), theme), fontsize=12.5)
    ax_wrap.plot(slots, wrapped, "o", color=theme.fg, markersize=5, label="FFT, 6 points")
    ax_wrap.set_title(f"{x.size} points, no padding: 8–12 land on 2–6", loc="left", fontsize=13)
    ax_wrap.set_xticks(slots)
    ax_wrap.legend(loc="upper right", handlelength=1.2, borderaxespad=0.0)
    for ax in (ax_pad, ax_wrap):
        ax.set_ylim(0, 0.27)
        ax.set_yticks([0, 0.1, 0.2])
        percent_axis(ax, digits=0)
    ax_pad.set_xlim(1.4, 12.6)
    ax_wrap.set_xlim(1.4, 12.6)
    ax_wrap.set_xlabel("total k")
    return fig
