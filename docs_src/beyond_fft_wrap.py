"""FFT convolution of the loaded dice, with and without enough zero padding."""

import numpy as np

from probconv.examples import loaded_dice

X, Y = loaded_dice(exact=False)
x, y = np.asarray(X.probs), np.asarray(Y.probs)  # faces 1..6 at indices 0..5


def fft_convolve(a, b, size):
    """Multiply the length-`size` DFTs of a and b, then transform back."""
    return np.fft.irfft(np.fft.rfft(a, size) * np.fft.rfft(b, size), size)


def show(values):
    return " ".join(f"{v:.4f}" for v in values)


# Padded to 6 + 6 - 1 = 11: index i holds P(X + Y = i + 2), as it should.
print(show(fft_convolve(x, y, 11)))
#> 0.0300 0.0550 0.0850 0.1075 0.1400 0.1975 0.1450 0.0950 0.0650 0.0500 0.0300

# One short, length 10: the total 12 has nowhere to go and lands on the total 2.
print(show(fft_convolve(x, y, 10)))
#> 0.0600 0.0550 0.0850 0.1075 0.1400 0.1975 0.1450 0.0950 0.0650 0.0500

# No padding, length 6: totals six apart share a slot (2 with 8, 3 with 9, ...).
print(show(fft_convolve(x, y, 6)))
#> 0.1750 0.1500 0.1500 0.1575 0.1700 0.1975
