"""Which method convolve(a, b) runs, by the lengths of a and b."""

from probconv.engine import DIRECT_MAX_LENGTH, auto_method

print(DIRECT_MAX_LENGTH)  # a shorter input up to this long always takes the direct sum
#> 64
print(auto_method(6, 6), auto_method(64, 1_000_000), auto_method(2_000, 2_000))
#> direct direct fft
