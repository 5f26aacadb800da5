"""An array convolution forgets where its inputs start; the sum starts at the smallest total."""

import numpy as np

from probconv.examples import loaded_dice

X, Y = loaded_dice(exact=False)
raw = np.convolve(X.probs, Y.probs)  # index i of each input means face i + 1
print(len(X.probs), len(Y.probs), len(raw))
#> 6 6 11
print(f"raw[2] = {raw[2]:.3f}, P(X + Y = 2) = {(X + Y)[2]:.3f}, P(X + Y = 4) = {(X + Y)[4]:.3f}")
#> raw[2] = 0.085, P(X + Y = 2) = 0.030, P(X + Y = 4) = 0.085
print((X + Y).start, (X + Y).support[-1])
#> 2 12
