"""An image, a box and a Gaussian kernel, and the image blurred by each ("same" mode)."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from numpy.typing import NDArray

from probconv import convolve2d, kernels

from .helpers import show_image
from .images import sample_image
from .style import Theme, new_figure

BOX = 5
SIGMA = 1.5


def blur_kernels() -> dict[str, NDArray[np.float64]]:
    """Title -> kernel: both are distributions of a random displacement."""
    return {f"box {BOX}×{BOX}": kernels.box(BOX), f"Gaussian, σ = {SIGMA}": kernels.gaussian(SIGMA)}


def _pad_to(k: NDArray[np.float64], size: int) -> NDArray[np.float64]:
    """Centre ``k`` on a ``size x size`` canvas of zeros, so that kernels are shown at one scale."""
    out = np.zeros((size, size))
    r0, c0 = (size - k.shape[0]) // 2, (size - k.shape[1]) // 2
    out[r0 : r0 + k.shape[0], c0 : c0 + k.shape[1]] = k
    return out


def draw(theme: Theme) -> Figure:
    """Top: the image. Each row below: a kernel (as a jitter distribution) and the blurred image."""
    img = sample_image()
    ks = blur_kernels()
    side = max(k.shape[0] for k in ks.values())
    vmax = max(float(k.max()) for k in ks.values())
    fig = new_figure(theme, height=7.6)
    gs = fig.add_gridspec(3, 2)
    show_image(img, fig.add_subplot(gs[0, :]), theme=theme, vmin=0, vmax=1, title="image", gid="image")
    for row, (title, k) in enumerate(ks.items(), start=1):
        ax_k = fig.add_subplot(gs[row, 0])
        show_image(_pad_to(k, side), ax_k, theme=theme, vmin=0, vmax=vmax,
                   title=f"kernel: {title}", gid=f"kernel-{row}")
        # "same" mode keeps the image's size; outside the image counts as black (zero fill).
        show_image(convolve2d(img, k, mode="same"), fig.add_subplot(gs[row, 1]), theme=theme, vmin=0, vmax=1,
                   title="blurred", gid=f"blurred-{row}")
    return fig
