"""Every figure of the chapter: name, drawing module, file format, caption and alt text.

The name is what pages write in ``{{ figure("NAME") }}``; the drawing code of
figure ``NAME`` is ``draw(theme)`` in ``fig_NAME.py`` next to this file. This
module imports neither matplotlib nor probconv, so the MkDocs hook can read
captions cheaply.

Examples
--------
>>> FIGURES["joint_grid"].fmt, FIGURES["kernels_as_jitter"].fmt
('svg', 'png')
>>> FIGURES["two_dice"].source_path.name
'fig_two_dice.py'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The two variants of every figure, matching the site's light and dark schemes.
VARIANTS = ("light", "dark")


@dataclass(frozen=True)
class FigureSpec:
    """One figure: ``fmt`` is "svg" for charts and heat maps drawn cell by cell, "png" for images."""

    name: str
    fmt: str
    caption: str
    alt: str

    @property
    def module(self) -> str:
        """The module (inside this package) whose ``draw(theme)`` draws the figure."""
        return f"fig_{self.name}"

    @property
    def source_path(self) -> Path:
        """That module's file."""
        return HERE / f"{self.module}.py"

    def files(self) -> dict[str, str]:
        """Variant -> file name, e.g. ``{"light": "two_dice-light.svg", ...}``."""
        return {v: f"{self.name}-{v}.{self.fmt}" for v in VARIANTS}


_SPECS = [
    FigureSpec(
        "two_dice",
        "svg",
        "The chapter's two loaded dice. X favours high faces, Y favours low ones; "
        "every later figure uses these two.",
        "Two bar charts. Die X: faces 1 to 6 have probabilities 10%, 10%, 15%, 15%, 20% and 30%. "
        "Die Y: 30%, 25%, 15%, 10%, 10% and 10%.",
    ),
    FigureSpec(
        "three_ways_to_four",
        "svg",
        "The three ways to roll a total of 4. Independence turns each way into a product; "
        "the ways are disjoint, so the products add up.",
        "A 6 by 6 grid of outcomes with X across, from 1 on the left, and Y up, from 1 at the bottom; "
        "the other cells show their totals. The cells (X, Y) = (1, 3), (2, 2) and (3, 1), running "
        "from the upper left down to the right, are highlighted with probabilities 1.5%, 2.5% and "
        "4.5%; they add up to P(X + Y = 4) = 8.5%.",
    ),
    FigureSpec(
        "joint_grid",
        "svg",
        "All 36 outcomes of the two dice, X across and Y up. Cell (i, j) holds P(X = i) P(Y = j): the "
        "grid is the outer product of the two distributions.",
        "A 6 by 6 heat map with columns X = 1 to 6 from left to right and rows Y = 1 to 6 from the "
        "bottom up, each cell labelled with its probability, from 1% (for example X = 1, Y = 4) up to "
        "9% (X = 6, Y = 1, the bottom right corner).",
    ),
    FigureSpec(
        "antidiagonal_sums",
        "svg",
        "Each anti-diagonal of the grid holds one total. Its cells' products, stacked, make one bar "
        "of the distribution of X + Y; each segment has the colour of its cell's column, the face "
        "of X.",
        "Top: the 6 by 6 grid, X across and Y up, each cell labelled with P(X = i) P(Y = j) in percent "
        "and coloured by its column; the six cells with X + Y = 7 are outlined. Bottom: the "
        "distribution of X + Y on 2 to 12, each bar a stack of coloured segments, one per cell of "
        "its anti-diagonal. The bar over 7 stacks 1, 1, 1.5, 2.25, 5 and 9, which make 19.75%; the "
        "bars at 2 and 12 are single cells of 3%.",
    ),
    FigureSpec(
        "simulated_sums",
        "svg",
        "Ten thousand throws of the two dice (numpy's generator, seed 2024) against the exact "
        "distribution of X + Y. Below, each frequency minus its probability, in percentage points; "
        "the grey band spans two standard errors either way, where a frequency of 10,000 throws "
        "lands 95 times in 100.",
        "Top: bars of the exact distribution of X + Y on 2 to 12, highest at 7 with 19.75%, with a "
        "dot for the simulated frequency of each total on or next to the top of its bar. Bottom: "
        "the gaps, between −0.4 and +0.7 percentage points, against grey bands about ±0.3 to "
        "±0.8 points wide; ten gaps lie inside their band, and the one at 5, 11.44% against 10.75%, "
        "just above it.",
    ),
    FigureSpec(
        "flip_and_slide",
        "svg",
        "The formula at work for the totals 4, 7 and 10. Y is flipped and slid so that its face j "
        "sits at i = k − j: above each i stands P(X = i), below it P(Y = k − i). Where both are "
        "there, their product (solid) is one term of the sum; beside each frame, the distribution "
        "of X + Y grows by the bar just found.",
        "Three frames, one per total. In each, the bars of X point up over i = 1 to 6 and the bars "
        "of Y point down, reversed, labelled with Y's faces 6 to 1, further right as k grows; each "
        "product is written above its bar. "
        "k = 4: 1.5 + 2.5 + 4.5 = 8.5%. k = 7: 1 + 1 + 1.5 + 2.25 + 5 + 9 = 19.75%. "
        "k = 10: 1.5 + 2 + 3 = 6.5%. On the right, bars of X + Y on 2 to 12: those up to k filled, "
        "the one at k in full colour, the rest outlined.",
    ),
    FigureSpec(
        "continuous_sums",
        "svg",
        "Sums of two independent continuous variables. Solid lines are probconv's grid convolutions, "
        "dashed lines the closed forms: a triangle, a wider normal and a Gamma(2, 1) density.",
        "Three stacked plots. U(0,1) + U(0,1) gives a triangle on 0 to 2 peaking at 1. "
        "N(0,1) + N(0,1) gives a normal density with variance 2, peak 0.28. "
        "Exp(1) + Exp(1) gives the density z e^(−z), peaking at 0.37 at z = 1. "
        "In each, the computed and the closed-form curves coincide.",
    ),
    FigureSpec(
        "joint_density",
        "svg",
        "The joint density of independent X ~ N(0, 1) and Y ~ Exp(1), with the line x + y = 1.5. "
        "Its points are the ways to reach the total 1.5; the density along it, integrated over x, "
        "is the density of X + Y at 1.5 (bottom).",
        "Top: a heat map of the joint density over x from −3 to 3 and y from 0 to 4, brightest near "
        "x = 0, y = 0, crossed by the diagonal line x + y = 1.5. Bottom: the density of X + Y, a "
        "hump skewed to the right, with its value 0.254 at z = 1.5 marked.",
    ),
    FigureSpec(
        "density_slices",
        "svg",
        "Three slices of the joint density of independent X ~ N(0, 1) and Y ~ Exp(1), for the totals "
        "z = 0, 1.5 and 3. In each row the line x + y = z crosses the joint density (left); the joint "
        "density read along that line as a function of x, the density of X at x times the density of Y "
        "at z − x, is the integrand of the convolution (right), and its shaded area is written above it. "
        "Bottom: the density of X + Y, whose height at each z is that area.",
        "Three rows, one for each total z = 0, 1.5 and 3. On the left of each row, a heat map of the "
        "joint density over x from −3 to 3 and y from 0 to 3, brightest near x = 0, y = 0, crossed by "
        "the diagonal line x + y = z. On the right, the density of X at x times the density of Y at "
        "z − x, plotted against x, "
        "with the area under it shaded: 0.262 for z = 0 (a curve rising to 0.40 and dropping to zero "
        "at x = 0), 0.254 for z = 1.5, and 0.080 for z = 3 (a low, wide hump). Bottom: the density of "
        "X + Y, a right-skewed hump peaking near z = 0.7, with points at z = 0, 1.5 and 3 at heights "
        "0.262, 0.254 and 0.080, the three areas.",
    ),
    FigureSpec(
        "sqrt2_band",
        "svg",
        "The band between the lines x + y = z and x + y = z + dz, drawn to scale with dz = 0.4 and "
        "dx = 0.5 (both exaggerated). Top: a piece measured along the line is √2·dx long but only dz/√2 "
        "wide, so the two factors of √2 cancel. Bottom: a vertical piece above [x, x + dx] has base dx "
        "and height dz, the same area dx·dz with no √2 at all.",
        "Two copies of the plane, x across from 0 to 2 and y up from 0 to 1.5, at equal scale, each with "
        "a shaded diagonal band between the lines x + y = 1.5 and x + y = 1.9. Top: a dark rectangle lies "
        "along the lower line over x from 0.75 to 1.25; its long side, √2·dx ≈ 0.71, is the hypotenuse "
        "of a right triangle with two legs dx = 0.5, and its short side, at right angles to the lines, "
        "is dz/√2 ≈ 0.28, so its area is 0.71 × 0.28 = 0.2 = dx·dz. Bottom: the band is cut by vertical "
        "lines every 0.5; the dark piece over x from 0.75 to 1.25 has base dx = 0.5 and vertical side "
        "dz = 0.4, area 0.2.",
    ),
    FigureSpec(
        "uniform_stripes",
        "svg",
        "Why U(0, 1) + U(0, 1) is a triangle. Each line x + y = z crosses the unit square in a chord "
        "whose x-extent, the length of the overlap of [0, 1] and [z − 1, z], is the density of X + Y at "
        "z; the chord itself is √2 times as long. Dotted continuations carry each line with z > 1 down to "
        "the x-axis at x = z, above its mark on the density below. probconv computes that density; the "
        "closed form, dashed, confirms it.",
        "Top: the unit square, x across and y up, crossed by seven parallel chords of x + y = z for "
        "z = 0.25, 0.5, 0.75, 1, 1.25, 1.5 and 1.75, coloured from blue to orange and numbered with their "
        "x-extents 0.25, 0.5, 0.75, 1, 0.75, 0.5 and 0.25; the chord for z = 1.5 has x-extent 0.5 and "
        "length √2 × 0.5 ≈ 0.71. Bottom: the density of X + Y, a triangle on 0 to 2 with peak 1 at "
        "z = 1, with dots at the seven totals at heights equal to those x-extents, all on the triangle.",
    ),
    FigureSpec(
        "normal_rotation",
        "svg",
        "Why normal plus normal is normal. The joint density of two independent standard normals is the "
        "same on every circle, so turning the plane by 45° changes nothing, while it turns the line "
        "x + y = z into the vertical line u = z/√2. So P(X + Y ≤ z) = P(U ≤ z/√2) for a standard normal "
        "U, and X + Y = √2·U ~ N(0, 2): the density probconv computes for X + Y lies on the N(0, 2) curve.",
        "Top left: filled circular contours of the joint density of two independent standard normals, "
        "x across and y up, at radii 0.5 to 2.5, crossed by the line x + y = 1.5; a segment from the "
        "origin meets the line at a right angle at (0.75, 0.75) and is labelled z/√2, length 1.06. Top "
        "right: the same circles in the turned coordinates u = (x + y)/√2 across and v = (y − x)/√2 up, "
        "with the old x and y axes as dashed diagonals; the line is now vertical at u = 1.06, and the "
        "segment from the origin runs along the u axis to it. Between the panels and the chart below, "
        "four numbered steps in words. Bottom: the density of X + Y computed by probconv, a bell with "
        "peak 0.282 at 0, lying on the dashed N(0, 2) curve; the area left of z = 1.5 is shaded and "
        "labelled 85.6%.",
    ),
    FigureSpec(
        "repeated_sums",
        "svg",
        "Sums of n copies of die X, computed by probconv, against the normal curve with mean n·μ and "
        "variance n·σ², where μ = 4.15 and σ² = 2.8275. By n = 20 the two are hard to tell apart.",
        "Four bar charts for n = 1, 2, 5 and 20 dice, each with a normal curve on top. For one die the "
        "bars are skewed towards 6; for 20 dice they form a symmetric bell around 83.",
    ),
    FigureSpec(
        "random_vectors_2d",
        "png",
        "Random vectors in the plane. X is uniform on the unit square, Y is a correlated normal "
        "centred at 0; the density of X + Y is their 2-D convolution (full mode). Each panel is "
        "scaled to its own maximum.",
        "Three heat maps on the same axes: a uniform square from 0 to 1, a tilted elliptical normal "
        "blob at the origin, and their sum, a rounded and tilted square centred at (0.5, 0.5).",
    ),
    FigureSpec(
        "kernels_as_jitter",
        "png",
        "Blur as random jitter. A box kernel moves each pixel uniformly within 2 pixels in each "
        "direction; a Gaussian kernel (σ = 1.5 pixels) moves it by a normal amount. "
        "Outputs are convolve2d in \"same\" mode (zero fill outside the image). The kernel panels are "
        "magnified: each 11 × 11 kernel window is drawn as wide as the 64 × 64 image, so one kernel pixel is "
        "drawn 5.8 times (64/11) as large as an image pixel.",
        "Top: a small synthetic image with a ring, a bar, stripes and dots. Below, left: a 5 by 5 "
        "box kernel and a Gaussian kernel; right: the image blurred by each, the box result "
        "blockier, the Gaussian one smoother.",
    ),
    FigureSpec(
        "edge_kernel",
        "png",
        "A signed kernel at work. The Sobel kernel has negative weights and sums to 0: it is no "
        "distribution, and its output, in \"same\" mode with zeros beyond the border, is positive on "
        "one side of an edge and negative on the other. The colour map is centred at 0.",
        "Top left: the 3 by 3 Sobel kernel with weights 1, 2, 1 in the left column, 0 in the middle "
        "and −1, −2, −1 in the right column. Top right: the image. Bottom: the image filtered by the "
        "kernel, with opposite colours on the left and right edges of each shape and the middle colour "
        "of the scale, 0, on flat regions.",
    ),
    FigureSpec(
        "everyone_with_everyone",
        "svg",
        "One output pixel of a 2-D convolution collects every (pixel, kernel weight) pair whose "
        "positions add up to it: nine pairs here. Full mode, so the output is 7 by 7.",
        "Top left: a 5 by 5 image of small integers with a highlighted 3 by 3 block, each cell "
        "showing pixel × weight. Top right: the 3 by 3 kernel. Bottom: the 7 by 7 output with the "
        "one pixel highlighted whose value is the sum of those nine products.",
    ),
    FigureSpec(
        "correlation_vs_convolution",
        "svg",
        "The same asymmetric kernel applied to an image with a single 1. Convolution stamps the "
        "kernel as it is; correlation, what CNN layers compute, stamps it rotated by 180°. "
        "Both in \"same\" mode.",
        "Four small grids: the input, all zeros except one 1 in the middle; the 3 by 3 kernel with "
        "weights 1 to 5 in an L shape; the convolution, which reproduces the kernel; and the "
        "correlation, which shows it turned upside down and mirrored.",
    ),
    FigureSpec(
        "simplest_picture",
        "svg",
        "The simplest picture. Turn the grid of joint probabilities by 45 degrees: every "
        "anti-diagonal becomes a column, and each column adds up to one bar of the distribution "
        "of X + Y. Cells and bars are in percent.",
        "The 36 cells of the joint grid drawn as diamonds, each labelled with its probability in "
        "percent and shaded by it, X's faces along the lower left edge and Y's along the upper "
        "left, stacked in columns above the totals 2 to 12. Beneath each column, a bar labelled "
        "with the column's sum, P(X + Y = k), in percent: 3, 5.5, 8.5, 10.75, 14, 19.75, 14.5, 9.5, 6.5, 5 "
        "and 3; the highest is 19.75% at 7.",
    ),
    FigureSpec(
        "mixture_vs_sum",
        "svg",
        "A mixture is not a sum. Picking one of the two dice at random and rolling it gives "
        "(f + g)/2, still on 1 to 6; rolling both and adding gives f * g, on 2 to 12.",
        "Two bar charts on the same horizontal axis. Top: the mixture, on faces 1 to 6, with "
        "probabilities 20%, 17.5%, 15%, 12.5%, 15% and 20%, mean 3.45. Bottom: the sum, on 2 to 12, "
        "peaking at 7 with 19.75%, mean 6.9.",
    ),
    FigureSpec(
        "sicherman_dice",
        "svg",
        "Sicherman dice: faces 1, 2, 2, 3, 3, 4 and 1, 3, 4, 5, 6, 8. Their sum has exactly the "
        "distribution of the sum of two ordinary dice.",
        "Top: the faces of the two Sicherman dice. Bottom: the distribution of their sum as bars on 2 "
        "to 12, rising from 1/36 to 6/36 at 7 and falling back, with dots for two ordinary dice "
        "sitting exactly on every bar.",
    ),
    FigureSpec(
        "fft_wraparound",
        "svg",
        "FFT convolution computes a circular convolution. Padded to n + m − 1 = 11 points it gives "
        "the distribution of X + Y; with only 6 points, the totals 8 to 12 wrap around and land "
        "on 2 to 6. Bars are probconv's exact X + Y; dots are what numpy's FFT returns at each "
        "length.",
        "Top: the distribution of X + Y on 2 to 12, with the totals 8 to 12 in a second colour. "
        "Bottom: the unpadded 6-point result, where those five bars are stacked on top of the "
        "totals 2 to 6.",
    ),
    FigureSpec(
        "cauchy_means",
        "svg",
        "The mean of n independent standard Cauchy variables is standard Cauchy again, for every n: "
        "averaging does not narrow it. Means of normals narrow like 1/√n. The Cauchy curves are "
        "probconv convolutions of a Cauchy density cut off at ±400 (and renormalised) on a grid of "
        "step 0.05; the dashed lines are the exact densities for n = 1.",
        "Top: densities of the mean of 1, 2 and 8 Cauchy variables, three curves lying on top of "
        "each other and on the exact Cauchy density, peak about 0.32. Bottom: densities of the "
        "mean of 1, 2 and 8 standard normals, each taller and narrower, peaks about 0.40, 0.56 and 1.13.",
    ),
    FigureSpec(
        "kernel_over_patch",
        "svg",
        "Why convolution turns the kernel. For the boxed output pixel, in the second row and third column "
        "of convolve2d(a, k, mode=\"same\") (zeros beyond the border, which this patch does not reach), the "
        "kernel k (weights 1 to 9 in reading order, centre boxed) is laid over the 3 × 3 patch turned by "
        "180°: the pixel above-left of the output meets the bottom-right weight 9, the weight of the jump that "
        "carries it onto the output. The "
        "nine products add up to the output, 124; sliding k unturned, as a CNN layer (a correlation) does, "
        "would give 136.",
        "Four panels. Top left: a 5 by 5 image of the integers 1 to 4, with the 3 by 3 patch 1 3 4 / 4 4 1 / "
        "1 4 4 outlined. Top right: the kernel with weights 1 2 3 / 4 5 6 / 7 8 9. Bottom left: the kernel "
        "turned 180 degrees over the patch, cells 1×9, 3×8, 4×7 / 4×6, 4×5, 1×4 / 1×3, 4×2, 4×1. Bottom right: "
        "the 5 by 5 output with one cell, 124, marked. Below: 9 + 24 + 28 + 24 + 20 + 4 + 3 + 8 + 4 = 124.",
    ),
    FigureSpec(
        "dots_psf",
        "png",
        "A dot becomes a copy of the kernel. Rows and columns 37 to 62 of the image above, which hold its four "
        "isolated dots, blurred by a 5 × 5 box and by a Gaussian (σ = 1.5): each dot of brightness 1 turns into "
        "the kernel itself, its point-spread function. The blurs "
        "are convolve2d of the whole image (\"same\" mode, zero fill), then cropped; each blur and its kernel is "
        "brightened so that the kernel's largest weight shows white (× 25 for the box, whose weights are "
        "1/25 = 0.04). All panels, kernels included, are drawn at one scale, 2.5 times that of the whole image "
        "in the figure above.",
        "Top left: a black square with four single white pixels. Top right: the same region after a 5 by 5 box "
        "blur, shown 25 times brighter: four white 5 by 5 squares. Bottom right: after a Gaussian blur with "
        "sigma 1.5, shown 14.1 times brighter: four soft round spots. Bottom left: the box kernel, a white 5 by 5 "
        "square, and the Gaussian kernel, a soft spot, each the same size as its copies in the blurred images.",
    ),
    FigureSpec(
        "signed_kernels",
        "svg",
        "Kernels with negative weights are weighted differences of jitters. Sobel x = 4 × (P − Q): P and Q "
        "both move a grain up 1/4, stay 1/2 or down 1/4 (two coin flips), then P steps one pixel left and Q one "
        "pixel right. Sharpen = 5 × δ − 4 × N: δ keeps a pixel where it is, N moves it to one of its 4 "
        "neighbours with probability 1/4 each, so out(z) = 5 a(z) − 4 E[a(z − D)].",
        "Two equations of 3 by 3 grids with every weight written in the cells. Top: the Sobel kernel (columns "
        "1, 2, 1 / 0, 0, 0 / −1, −2, −1, read left to right) = 4 × ( P − Q ), where P has 1/4, 1/2, 1/4 in its "
        "left column and Q the same in its right column, zeros elsewhere. Bottom: the sharpen kernel (5 in the "
        "centre, −1 at its four neighbours, 0 in the corners) = 5 × δ, a single 1 in the centre, − 4 × N, 1/4 "
        "at each of the four neighbours and 0 in the centre.",
    ),
    FigureSpec(
        "padding_choices",
        "png",
        "One 7 × 7 box blur in \"same\" mode with four boundary choices: zeros beyond the border (fill), the "
        "image mirrored (reflect), the edge pixel repeated (nearest), and the image repeated (wrap). The input "
        "is the test image on a grey background (0.3 + 0.7 × image), shifted 6 pixels up and 8 left so that the "
        "ring and the grey rectangle touch the left edge and the stripes the top edge. Here reflect and "
        "nearest look alike: every edge is flat or meets the border square on.",
        "Six grey images, 64 by 64 pixels. Top: the input and the 7 × 7 box kernel drawn to the same scale. "
        "Below, the blurred image for each boundary. With fill, a dark frame about 3 pixels wide runs around "
        "the border (a flat corner drops from 0.3 to about 0.1). Reflect and nearest keep the grey background "
        "level at the border and look alike. With wrap, the bar and ring glow faintly along the right edge "
        "(0.51 instead of 0.3 beside the bar) and the stripes reappear along the bottom edge.",
    ),
    FigureSpec(
        "signal_1d",
        "svg",
        "A 48-sample signal (a unit spike at n = 3, a plateau of 0.6 on n = 16 to 27, a spike of 0.8 at n = 40) "
        "convolved in full mode with a moving average of 5 taps of 1/5 and with an echo kernel (1 at lag 0, 0.5 "
        "at lag 8). Each kernel is the system's impulse response: the unit spike comes out as an exact copy of "
        "the kernel (pink), and the input is drawn faintly behind each output.",
        "Stem plots sharing a time axis, sample n from 0 to 55. Input: a pink spike of height 1 at n = 3, a "
        "plateau at 0.6, a spike of 0.8 at n = 40. Left of each output, its kernel: five stems of 0.2; or stems "
        "of 1 at lag 0 and 0.5 at lag 8. Moving average: the spike becomes five stems of 0.2 at n = 3 to 7, the "
        "plateau ramps up to 0.6 and down, the second spike becomes five stems of 0.16. Echo: stems of 1 at "
        "n = 3 and 0.5 at n = 11; the plateau plus its echo reaches 0.9 on n = 24 to 27; the second spike gives "
        "0.8 at n = 40 and 0.4 at n = 48.",
    ),
    FigureSpec(
        "irwin_hall_exact",
        "svg",
        "The exact densities of U₁ + … + Uₙ for independent U(0, 1) variables, n = 1 to 4, computed in fractions "
        "by probconv's PiecewisePoly rather than on a grid. Each shade is one polynomial piece of degree n − 1, the "
        "dots mark the joins at the integers, and the dashed curve is the normal density with the same mean and "
        "variance as the sum of four.",
        "Four stacked plots sharing an x-axis from 0 to 4. n = 1: a box of height 1 on 0 to 1. n = 2: a triangle on "
        "0 to 2 made of two straight pieces, peaking at 1 at x = 1. n = 3: a bell of three parabolic pieces on 0 to 3, "
        "with value 1/2 at the joins x = 1 and x = 2 and the point x = 3/2, density 3/4 marked. n = 4: a bell of four "
        "cubic pieces on 0 to 4, peaking at 2/3 at x = 2, almost on top of a dashed normal curve with mean 2 and "
        "variance 1/3, whose peak is 0.69.",
    ),
    FigureSpec(
        "scale_vs_sum",
        "svg",
        "Scaling is not adding copies. Doubling one throw of the die X keeps its six probabilities and moves "
        "them to the even totals; adding two independent throws spreads them over every total from 2 to 12. "
        "Both have mean 8.3 (dashed); the bracket spans one standard deviation either side.",
        "Two bar charts on one axis from 2 to 12. Top, 2X: bars only at the even values, 10%, 10%, 15%, 15%, "
        "20% and 30% at 2, 4, 6, 8, 10 and 12, standard deviation 3.36. Bottom, the sum of two throws: a bar at "
        "every value, rising from 1% at 2 to 15% at 9 and falling to 9% at 12, standard deviation 2.38.",
    ),
]

#: name -> spec, in the order the chapter uses them.
FIGURES: dict[str, FigureSpec] = {spec.name: spec for spec in _SPECS}
