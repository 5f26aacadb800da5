"""FFT round-off is absolute: probabilities far below 1e-16 drown in it."""

import numpy as np

from probconv import convolve
from probconv.examples import loaded_dice

X, _ = loaded_dice(exact=False)
h = np.asarray(X.nfold(100).probs)  # the total of 100 throws: values 100..600

# Convolving h with itself gives the total of 200 throws. Its smallest value,
# P(all 200 throws show 1) = (1/10)^200, sits at index 0.
direct = convolve(h, h, method="direct")
fft = convolve(h, h, method="fft")
print(f"{direct[0]:.3e}")
#> 1.000e-200

# The FFT result is off by less than 1e-16 everywhere...
print(np.abs(fft - direct).max() < 1e-16)
#> True
# ...which swamps the tail. Not one of the ten smallest values is even within a
# factor of 2 of the truth, and some "probabilities" come out negative.
print(np.isclose(fft[:10], direct[:10], rtol=0.5, atol=0).any(), (fft < 0).any())
#> False True
