"""The source image of the kernel figures, drawn procedurally (nothing is fetched or shipped).

Examples
--------
>>> img = sample_image()
>>> img.shape, float(img.min()), float(img.max())
((64, 64), 0.0, 1.0)
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

SIZE = 64


def sample_image(size: int = SIZE) -> NDArray[np.float64]:
    """A ring, a bar, fine stripes and a few single dots on a black background, values in [0, 1].

    Each feature shows something different under a kernel: the ring's curved
    edges, the bar's straight ones, stripes finer than a box kernel (they
    average away) and isolated dots (they turn into copies of the kernel).
    """
    rows, cols = np.mgrid[0:size, 0:size].astype(np.float64)
    img = np.zeros((size, size))
    r = np.hypot(rows - 20.5, cols - 21.5)
    img[(r >= 9) & (r <= 14)] = 1.0
    img[40:56, 8:30] = 0.7  # a solid bar
    stripes = (cols >= 38) & (cols < 58) & (rows >= 6) & (rows < 30)
    img[stripes & (cols.astype(int) % 4 < 2)] = 1.0  # 2-pixel stripes
    for r0, c0 in ((42, 40), (50, 48), (44, 55), (56, 58)):
        img[r0, c0] = 1.0  # isolated dots
    return img
