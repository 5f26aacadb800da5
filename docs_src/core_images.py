"""Images and kernels: output modes, what lies beyond the border, blur as jitter, negative weights."""

import numpy as np

from probconv import convolve2d, kernels

# An 8 x 8 image and a 3 x 3 box kernel: the three output modes.
image = np.arange(64.0).reshape(8, 8)
for mode in ("full", "same", "valid"):
    print(mode, convolve2d(image, kernels.box(3), mode=mode).shape)
#> full (10, 10)
#> same (8, 8)
#> valid (6, 6)

# A box kernel is a probability distribution, so "full" keeps every bit of brightness:
# each pixel's value is spread over the 9 places the jitter can move it to.
print(image.sum(), convolve2d(image, kernels.box(3), mode="full").sum())
#> 2016.0 2016.0

# "same" crops the border of that result away: what was jittered off the image is lost.
print(round(convolve2d(image, kernels.box(3), mode="same").sum(), 6))
#> 1694.0

# What lies beyond the border is a separate choice. A flat grey image stays flat when the
# blur reads a mirror image, the nearest pixel or the image repeated there; with zeros
# (the default, "fill") its corner keeps only 4 of its 9 neighbours' worth of grey.
flat = np.full((8, 8), 0.5)
for boundary in ("fill", "reflect", "nearest", "wrap"):
    print(boundary, round(convolve2d(flat, kernels.box(3), mode="same", boundary=boundary)[0, 0], 4))
#> fill 0.2222
#> reflect 0.5
#> nearest 0.5
#> wrap 0.5

# Blurring twice with sigma = 1 is, up to sampling, one blur with sigma = sqrt(2):
# the jitters add, and so do their variances.
twice = convolve2d(kernels.gaussian(1.0), kernels.gaussian(1.0))
once = kernels.gaussian(np.sqrt(2.0), radius=6)
print(twice.shape, bool(np.abs(twice - once).max() < 1e-3))
#> (13, 13) True

# The Sobel kernel has weights that sum to 0. On a bright square (pixels 0 and 1)
# its output goes below 0 and above 1: no average of the image can do that.
square = np.zeros((8, 8))
square[2:6, 2:6] = 1.0
edges = convolve2d(square, kernels.sobel("x"), mode="same")
print(kernels.sobel("x").sum(), edges.min(), edges.max())
#> 0.0 -4.0 4.0
