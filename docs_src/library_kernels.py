"""Image kernels: blurs are random jitters, edge kernels are not."""

from probconv import kernels

box, gauss = kernels.box(3), kernels.gaussian(1.0)
print(box.shape, float(box.sum()), gauss.shape, round(float(gauss.sum()), 12))
#> (3, 3) 1.0 (7, 7) 1.0
# non-negative weights that sum to 1: distributions of a random shift
print(bool((box >= 0).all() and (gauss >= 0).all()))
#> True

# Edge and sharpen kernels have negative weights: no probability reading.
for name in ("sobel", "sharpen", "laplacian"):
    k = getattr(kernels, name)()
    print(name, float(k.sum()), float(k.min()))
#> sobel 0.0 -2.0
#> sharpen 1.0 -1.0
#> laplacian 0.0 -4.0
