"""Two independent random vectors in the plane: means and covariances add."""

import numpy as np

from probconv import Density2D

# Two independent random vectors; the components of each are correlated.
X = Density2D.normal(mean=[1, 0], cov=[[1.0, 0.8], [0.8, 1.0]], d=0.05)
Y = Density2D.normal(mean=[0, 2], cov=[[0.5, -0.3], [-0.3, 0.5]], d=0.05)
S = X + Y  # 2-D convolution of the sampled densities, times the cell area
print(np.round(S.mean(), 3), np.round(S.cov(), 3).tolist())
#> [1. 2.] [[1.5, 0.5], [0.5, 1.5]]
