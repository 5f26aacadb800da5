"""An array convolution forgets where its inputs start."""

import numpy as np

from probconv.examples import loaded_dice

X, Y = loaded_dice(exact=False)
raw = np.convolve(X.probs, Y.probs)  # index i of each input means face i + 1
print(len(X.probs), len(Y.probs), len(raw))
#> 6 6 11
S = X + Y
print(f"raw[2] = {raw[2]:.3f}, P(X+Y = 2) = {S[2]:.3f}, P(X+Y = 4) = {S[4]:.3f}")
#> raw[2] = 0.085, P(X+Y = 2) = 0.030, P(X+Y = 4) = 0.085
print(S.start, S.support[-1])  # the smallest and the largest total
#> 2 12
