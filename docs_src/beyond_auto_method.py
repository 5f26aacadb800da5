"""Which method convolve(a, b) runs, by the lengths of a and b."""

from probconv.engine import DIRECT_MAX_LENGTH, auto_method

# A shorter input of at most this many entries always takes the direct sum.
print(DIRECT_MAX_LENGTH)
#> 64
print(auto_method(6, 6), auto_method(64, 10**6))
#> direct direct
print(auto_method(2000, 2000))
#> fft
