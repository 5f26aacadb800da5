"""The convolution engine: convolve, correlate, convolve2d, correlate2d; modes and methods."""

import numpy as np

from probconv import convolve, convolve2d, correlate, correlate2d

# 1-D: the full convolution has len(a) + len(b) - 1 values; "same" keeps len(a) of them.
print(convolve([1, 2, 3], [0, 1, 0.5]).tolist(), convolve([1, 2, 3], [0, 1, 0.5], mode="same").tolist())
#> [0.0, 1.0, 2.5, 4.0, 1.5] [1.0, 2.5, 4.0]
# Correlation does not flip b: c[k] = sum_n a[n + k] b[n].
print(correlate([1, 2, 3], [0, 1, 0.5]).tolist())
#> [0.5, 2.0, 3.5, 3.0, 0.0]

# method="auto" chooses; "direct" and "fft" force one. They agree to round-off.
a, b = np.ones(300), np.ones(200)
print(np.allclose(convolve(a, b, method="direct"), convolve(a, b, method="fft")))
#> True

# 2-D with zero fill: mode picks which part of the full result you get.
image = np.arange(1.0, 17.0).reshape(4, 4)
kernel = np.ones((3, 3)) / 9
for mode in ("full", "same", "valid"):
    print(mode, convolve2d(image, kernel, mode=mode).shape)
#> full (6, 6)
#> same (4, 4)
#> valid (2, 2)

# A separable kernel (an outer product) can be applied as two 1-D passes.
same = convolve2d(image, kernel, mode="same")
print(np.allclose(same, convolve2d(image, kernel, mode="same", method="separable")))
#> True

# Correlation slides the kernel without flipping it, so an asymmetric
# kernel gives the mirrored answer.
step = np.array([[1.0, 0.0, -1.0]])
print(convolve2d([[0, 0, 5, 0, 0]], step, mode="same").tolist())
#> [[0.0, 5.0, 0.0, -5.0, 0.0]]
print(correlate2d([[0, 0, 5, 0, 0]], step, mode="same").tolist())
#> [[0.0, -5.0, 0.0, 5.0, 0.0]]
