"""Convolution and correlation of one bright pixel with a lopsided kernel."""

import numpy as np

from probconv import convolve2d, correlate2d, kernels

image = np.array([[0.0, 0.0, 1.0, 0.0, 0.0]])  # one bright pixel, in the middle
# A jitter kernel centred on its middle entry: stay put with probability 1/4,
# move one pixel right with probability 3/4.
kernel = np.array([[0.0, 0.25, 0.75]])
print(convolve2d(image, kernel, mode="same"))
#> [[0.   0.   0.25 0.75 0.  ]]
print(correlate2d(image, kernel, mode="same"))
#> [[0.   0.75 0.25 0.   0.  ]]

# Symmetric kernels: the two agree. Sobel is antisymmetric: they differ in sign.
rng = np.random.default_rng(2024)
photo = rng.random((6, 8))
for name, k in [("gaussian", kernels.gaussian(1.0)), ("sobel", kernels.sobel("x"))]:
    conv = convolve2d(photo, k, mode="same")
    corr = correlate2d(photo, k, mode="same")
    print(name, np.allclose(conv, corr), np.allclose(conv, -corr))
#> gaussian True False
#> sobel False True
