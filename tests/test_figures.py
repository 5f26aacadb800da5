"""The chapter's figures: each one draws, shows probconv's numbers, and builds reproducibly.

Figures are checked by the data they carry (bar heights, image arrays, curve
values, cell labels), found through the labels and gids the drawing code sets,
never by their pixels. Each figure is drawn once per variant per session.
"""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.signal
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from probconv import (
    JointGrid,
    Pmf,
    antidiagonal_sums,
    convolve2d,
    correlate2d,
    irwin_hall_pdf,
    joint_grid,
    kernels,
    mixture,
    normal_pdf,
)
from probconv.examples import loaded_dice
from probconv_site import ROOT
from probconv_site.figures import __main__ as figures_cli
from probconv_site.figures import build as figure_build
from probconv_site.figures.fig_simulated_sums import SEED, THROWS, simulated_frequencies
from probconv_site.figures.registry import FIGURES, VARIANTS
from probconv_site.figures.style import THEMES, percent, percent_exact
from probconv_site.hooks import figures as hook

_DRAWN: dict[tuple[str, str], Figure] = {}


def drawn(name: str, variant: str = "light") -> Figure:
    """Draw each (figure, variant) once per session."""
    if (name, variant) not in _DRAWN:
        _DRAWN[(name, variant)] = figure_build.draw(name, variant)
    return _DRAWN[(name, variant)]


# -- finding the data in a figure ------------------------------------------------------------


def bars(fig: Figure, label: str) -> tuple[np.ndarray, np.ndarray]:
    """(x centres, heights) of the bar container labelled ``label``."""
    found = [c for ax in fig.axes for c in ax.containers if c.get_label() == label]
    assert len(found) == 1, f"expected one bar container labelled {label!r}, found {len(found)}"
    patches = found[0].patches
    xs = np.array([p.get_x() + p.get_width() / 2 for p in patches])
    return xs, np.array([p.get_height() for p in patches])


def image(fig: Figure, gid: str) -> Any:
    found = [im for ax in fig.axes for im in ax.images if im.get_gid() == gid]
    assert len(found) == 1, f"expected one image with gid {gid!r}, found {len(found)}"
    return found[0]


def line(fig: Figure, label: str, ax_index: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    axes = fig.axes if ax_index is None else [fig.axes[ax_index]]
    found = [ln for ax in axes for ln in ax.lines if ln.get_label() == label]
    assert len(found) == 1, f"expected one line labelled {label!r}, found {len(found)}"
    x, y = found[0].get_data()
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def texts(fig: Figure) -> list[str]:
    labels = [t.get_text() for ax in fig.axes for t in ax.texts]
    titles = [ax.get_title(loc) for ax in fig.axes for loc in ("left", "center")]
    return labels + titles


def floats(pmf: Pmf) -> np.ndarray:
    return np.asarray(pmf.to_float().probs, dtype=float)


# -- every figure draws, in both themes ----------------------------------------------------


@pytest.mark.build
@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", list(FIGURES))
def test_every_figure_draws_in_both_themes(name: str, variant: str) -> None:
    fig = drawn(name, variant)
    assert isinstance(fig, Figure)
    assert fig.axes, f"{name} has no axes"
    # The background is the theme's page colour: no white box on the dark page.
    assert to_hex(fig.get_facecolor()) == THEMES[variant].bg
    width, height = fig.get_size_inches()
    assert width <= 6.5 and height <= 8.5, "designed for phone width"


def test_dark_and_light_variants_differ_only_in_colour() -> None:
    light, dark = drawn("two_dice", "light"), drawn("two_dice", "dark")
    assert np.array_equal(bars(light, "X")[1], bars(dark, "X")[1])
    assert to_hex(light.axes[0].title.get_color()) != to_hex(dark.axes[0].title.get_color())


def test_every_figure_has_a_caption_and_alt_text() -> None:
    for spec in FIGURES.values():
        assert len(spec.caption) > 40 and spec.caption.rstrip().endswith("."), spec.name
        assert len(spec.alt) > 40 and spec.alt.rstrip().endswith("."), spec.name
        assert spec.fmt in ("svg", "png")
        assert spec.source_path.is_file(), f"{spec.name}: no {spec.source_path.name}"


def test_alt_texts_state_the_key_numbers_probconv_gives() -> None:
    X, Y = loaded_dice()
    total = X + Y
    assert percent(total[4]) in FIGURES["three_ways_to_four"].alt  # 8.5%
    assert percent_exact(total[7]) in FIGURES["antidiagonal_sums"].alt  # 19.75%
    assert percent_exact(total[7]) in FIGURES["simplest_picture"].alt
    grid = joint_grid(X, Y).probs.astype(float)
    assert percent_exact(grid.min()) in FIGURES["joint_grid"].alt
    assert percent_exact(grid.max()) in FIGURES["joint_grid"].alt
    assert f"{float(mixture([X, Y]).mean()):g}" in FIGURES["mixture_vs_sum"].alt
    assert f"{float(X.mean()):g}" in FIGURES["repeated_sums"].caption
    assert f"{float(X.var()):g}" in FIGURES["repeated_sums"].caption


# -- the numbers each figure shows are probconv's ------------------------------------------


def test_two_dice_bars_are_the_loaded_dice() -> None:
    fig = drawn("two_dice")
    for pmf, label in zip(loaded_dice(), ("X", "Y"), strict=True):
        xs, heights = bars(fig, label)
        assert np.allclose(xs, pmf.support)
        assert heights.sum() == pytest.approx(1.0)
        assert np.allclose(heights, floats(pmf))


def outcome_cells(fig: Figure, gid: str) -> np.ndarray:
    """The values of a grid of outcomes as ``[i, j]`` for X = i, Y = j, after checking its layout.

    Every grid of two variables is drawn with X across and Y up: the image holds row j for Y = j
    (its transpose) with the origin at the bottom left.
    """
    im = image(fig, gid)
    assert im.origin == "lower", f"{gid}: Y must run upwards"
    return np.asarray(im.get_array(), dtype=float).T


def test_three_ways_to_four_marks_the_cells_that_add_up_to_four() -> None:
    fig = drawn("three_ways_to_four")
    marked = outcome_cells(fig, "ways")
    grid = joint_grid(*loaded_dice())
    rows, cols = np.nonzero(marked == 1)
    assert sorted(zip(grid.xs[rows].tolist(), grid.ys[cols].tolist(), strict=True)) == [(1, 3), (2, 2), (3, 1)]
    equation = next(t for t in fig.axes[0].texts if t.get_gid() == "equation").get_text()
    assert equation.endswith("= 8.5%") and "1.5% + 2.5% + 4.5%" in equation


def test_joint_grid_antidiagonal_sums_equal_the_sum_distribution() -> None:
    X, Y = loaded_dice()
    fig = drawn("joint_grid")
    shown = outcome_cells(fig, "joint")
    grid = joint_grid(X, Y)
    assert np.allclose(shown, np.outer(floats(X), floats(Y)))
    # Summing the anti-diagonals of the grid as drawn gives probconv's X + Y.
    assert antidiagonal_sums(JointGrid(shown, grid.xs, grid.ys)).isclose((X + Y).to_float())
    labels = {(t.get_position()): t.get_text() for t in fig.axes[0].texts}
    for (i, j), p in np.ndenumerate(shown):  # the label of cell (i, j) sits at x = i, y = j
        assert labels[(i, j)] == percent_exact(p), "every cell carries its probability"


def test_antidiagonal_sums_stack_each_bar_from_the_products_of_its_cells() -> None:
    X, Y = loaded_dice()
    fig = drawn("antidiagonal_sums")
    grid = joint_grid(X, Y)
    probs = grid.probs.astype(float)
    # every cell is labelled with its product, in percent, where the grid draws it (X across, Y up)
    labels = {t.get_position(): t.get_text() for t in fig.axes[0].texts}
    for (i, j), p in np.ndenumerate(probs):
        assert labels[(i, j)] == percent_exact(p).rstrip("%")
    # one bar series per face i of X; its segment over total k is the cell (i, k - i), and each
    # segment has the colour of its column in the grid
    stacked = np.zeros(11)
    column_colours = [fig.axes[0].images[0].cmap(i) for i in range(6)]
    for col, x in enumerate(grid.xs):
        ks, heights = bars(fig, f"X = {x}")
        assert np.allclose(ks, range(2, 13))
        for k, h in zip(ks.astype(int), heights, strict=True):
            assert h == pytest.approx(float(X[x] * Y[k - x]))
        patch = next(c for c in fig.axes[1].containers if c.get_label() == f"X = {x}").patches[0]
        assert patch.get_facecolor() == pytest.approx(column_colours[col])
        stacked += heights
    assert np.allclose(stacked, floats(X + Y)), "the stacks are the distribution of X + Y"
    assert fig.axes[1].title.get_gid() == "equation"
    assert fig.axes[1].get_title("left").endswith("\n1 + 1 + 1.5 + 2.25 + 5 + 9 = 19.75%")


def test_flip_and_slide_frames_match_x_plus_y() -> None:
    X, Y = loaded_dice()
    total = X + Y
    fig = drawn("flip_and_slide")
    for k in (4, 7, 10):
        xs, products = bars(fig, f"products, k={k}")
        assert [float(X[int(i)] * Y[k - int(i)]) for i in xs] == pytest.approx(products.tolist())
        assert products.sum() == pytest.approx(float(total[k]))
        written = {t.get_gid(): t.get_text() for ax in fig.axes for t in ax.texts}
        for i, p in zip(xs.astype(int), products, strict=True):
            assert written[f"product-{k}-{i}"] == percent_exact(p).rstrip("%"), "each product is written"
        title = next(ax for ax in fig.axes if ax.title.get_gid() == f"value-{k}").get_title("left")
        terms = " + ".join(percent_exact(p).rstrip("%") for p in products)
        assert title == f"k = {k}:  {terms} = {percent_exact(total[k])}"
        # Y is flipped and shifted: its face j stands at i = k - j, pointing down.
        xs, heights = bars(fig, f"flipped Y, k={k}")
        assert np.allclose(xs, k - Y.support)
        assert np.allclose(-heights, floats(Y))
        # the output so far: every total up to k, with its probability
        ks, sums = bars(fig, f"sum so far, k={k}")
        assert np.allclose(ks, range(2, k + 1))
        assert np.allclose(sums, floats(total)[: k - 1])
    assert "k = 7:  1 + 1 + 1.5 + 2.25 + 5 + 9 = 19.75%" in texts(fig)


def test_simulated_sums_are_seeded_and_within_their_stated_error() -> None:
    X, Y = loaded_dice()
    p = floats(X + Y)
    ks, freq = simulated_frequencies()
    again = simulated_frequencies()[1]
    assert np.array_equal(freq, again), "seeded: the same throws every build"
    assert (SEED, THROWS) == (2024, 10_000)
    assert freq.sum() == pytest.approx(1.0)
    stderr = np.sqrt(p * (1 - p) / THROWS)
    z = np.abs(freq - p) / stderr
    # what the page states: ten of eleven within two standard errors, the odd one out at 5
    assert (z <= 2).sum() == 10 and ks[z > 2].tolist() == [5] and z.max() < 3
    assert percent_exact(freq[ks == 5][0]) == "11.44%"
    fig = drawn("simulated_sums")
    dots = next(ln for ln in fig.axes[0].lines if ln.get_label() == f"{THROWS:,} throws")
    assert np.allclose(dots.get_ydata(), freq)
    _, heights = bars(fig, "exact")
    assert np.allclose(heights, p)


def test_continuous_sums_match_their_closed_forms() -> None:
    fig = drawn("continuous_sums")
    x, y = line(fig, "f * g (probconv)", 0)
    # U + U is the triangle: the midpoint grid is exact away from the kinks at 0, 1, 2.
    assert np.max(np.abs(y - irwin_hall_pdf(x, 2))) < 0.02
    assert y.max() == pytest.approx(1.0, abs=0.01)
    x, y = line(fig, "f * g (probconv)", 1)
    assert np.max(np.abs(y - normal_pdf(x, 0.0, np.sqrt(2.0)))) < 1e-4
    x, y = line(fig, "f * g (probconv)", 2)
    assert np.max(np.abs(y - x * np.exp(-x))) < 0.01
    for i in range(3):  # each panel's dashed curve is the closed form of its probconv curve
        cx, cy = line(fig, "closed form", i)
        px, py = line(fig, "f * g (probconv)", i)
        inside = (cx > px[0]) & (cx < px[-1])
        assert np.max(np.abs(np.interp(cx[inside], px, py) - cy[inside])) < 0.03


def test_joint_density_marks_the_density_of_the_sum_at_z() -> None:
    from scipy.integrate import quad

    fig = drawn("joint_density")
    note = next(t for t in fig.axes[1].texts if t.get_gid() == "value-at-z").get_text()
    # f_{X+Y}(1.5) = integral of phi(x) e^{-(1.5 - x)} over x < 1.5, done independently.
    expected, _ = quad(lambda x: float(normal_pdf(x)) * np.exp(-(1.5 - x)), -np.inf, 1.5)
    assert note.startswith(f"{expected:.3f}")
    assert f"{expected:.3f}" in FIGURES["joint_density"].alt
    joint = np.asarray(image(fig, "joint-density").get_array())
    assert joint.max() == pytest.approx(float(normal_pdf(0.0)), rel=0.02)


def test_repeated_sums_bars_are_n_fold_sums() -> None:
    X, _ = loaded_dice()
    fig = drawn("repeated_sums")
    for n in (1, 2, 5, 20):
        xs, heights = bars(fig, f"n = {n}")
        assert heights.sum() == pytest.approx(1.0)
        assert np.allclose(heights, floats(X.to_float().nfold(n)))
        assert np.dot(xs, heights) == pytest.approx(n * float(X.mean()))


def test_random_vectors_sum_is_the_2d_convolution() -> None:
    from probconv_site.figures.fig_random_vectors_2d import densities

    square, blob, total = densities()
    fig = drawn("random_vectors_2d")
    shown = np.asarray(image(fig, "X+Y").get_array())
    expected = scipy.signal.convolve2d(square.values, blob.values, mode="full") * square.dx * square.dy
    assert np.allclose(shown, expected.T, atol=1e-9)
    assert total.mass() == pytest.approx(1.0, abs=1e-3)
    assert total.mean() == pytest.approx([0.5, 0.5], abs=0.01)


def test_blurred_images_equal_convolve2d_of_image_and_kernel() -> None:
    from probconv_site.figures.images import sample_image

    fig = drawn("kernels_as_jitter")
    img = np.asarray(image(fig, "image").get_array())
    assert np.array_equal(img, sample_image())
    for row, k in ((1, kernels.box(5)), (2, kernels.gaussian(1.5))):
        blurred = np.asarray(image(fig, f"blurred-{row}").get_array())
        assert np.allclose(blurred, convolve2d(img, k, mode="same"))
        assert np.allclose(blurred, scipy.signal.convolve2d(img, k, mode="same"))
        shown_kernel = np.asarray(image(fig, f"kernel-{row}").get_array())
        assert shown_kernel.sum() == pytest.approx(1.0), "a blur kernel is a distribution"


def test_edge_kernel_output_is_sobel_convolution_on_a_map_centred_at_zero() -> None:
    from probconv_site.figures.images import sample_image

    fig = drawn("edge_kernel")
    out = image(fig, "output")
    assert np.allclose(out.get_array(), scipy.signal.convolve2d(sample_image(), kernels.sobel("x"), mode="same"))
    assert out.norm.vmin == -out.norm.vmax
    k = image(fig, "kernel")
    assert np.array_equal(np.asarray(k.get_array()), kernels.sobel("x"))
    assert k.norm.vmin == -k.norm.vmax


def test_everyone_with_everyone_target_is_the_sum_of_its_pairs() -> None:
    from probconv_site.figures.fig_everyone_with_everyone import KERNEL, TARGET
    from probconv_site.figures.fig_everyone_with_everyone import image as source

    fig = drawn("everyone_with_everyone")
    a = source()
    out = convolve2d(a, KERNEL, mode="full")
    assert np.allclose(out, scipy.signal.convolve2d(a, KERNEL, mode="full"))
    pair_labels = [t.get_text() for t in fig.axes[0].texts if "×" in t.get_text()]
    assert len(pair_labels) == 9
    products = [int(p) * int(w) for p, w in (s.split("×") for s in pair_labels)]
    assert sum(products) == out[TARGET]
    shown = [t.get_text() for t in fig.axes[2].texts]
    assert shown == [f"{v:.0f}" for v in out.ravel()]


def test_correlation_is_convolution_with_the_kernel_turned() -> None:
    from probconv_site.figures.fig_correlation_vs_convolution import KERNEL, impulse

    fig = drawn("correlation_vs_convolution")
    conv = np.asarray(image(fig, "convolution").get_array())
    corr = np.asarray(image(fig, "correlation").get_array())
    assert np.allclose(conv, convolve2d(impulse(), KERNEL, mode="same"))
    assert np.allclose(corr, correlate2d(impulse(), KERNEL, mode="same"))
    assert np.allclose(conv[1:4, 1:4], KERNEL), "convolving a single 1 stamps the kernel"
    assert np.allclose(corr[1:4, 1:4], KERNEL[::-1, ::-1]), "correlating it stamps the kernel turned"


def test_simplest_picture_columns_collapse_onto_x_plus_y() -> None:
    X, Y = loaded_dice()
    fig = drawn("simplest_picture")
    _, heights = bars(fig, "X + Y")
    assert np.allclose(heights, floats(X + Y))
    cells = [p for p in fig.axes[0].patches if (p.get_gid() or "").startswith("cell-")]
    assert len(cells) == 36
    labels = {t.get_position(): t.get_text() for t in fig.axes[0].texts}
    for patch in cells:
        x, y = map(int, patch.get_gid().split("-")[1:])
        # The cell sits in the column of its total, Y above X (the grid X across, Y up, turned).
        centre = patch.get_xy()[:4].mean(axis=0)  # 4 corners (the 5th closes it)
        assert centre.tolist() == pytest.approx([x + y, y - x])
        assert labels[(x + y, y - x)] == percent_exact(float(X[x] * Y[y])).rstrip("%")
    sums = {t.get_gid(): t.get_text() for t in fig.axes[1].texts}
    for k in (X + Y).support:
        assert sums[f"sum-{k}"] == percent_exact(float((X + Y)[k])).rstrip("%")


def test_mixture_vs_sum_shows_both_distributions() -> None:
    X, Y = loaded_dice()
    fig = drawn("mixture_vs_sum")
    xs, heights = bars(fig, "mixture (f + g)/2")
    assert np.allclose(xs, range(1, 7)) and np.allclose(heights, (floats(X) + floats(Y)) / 2)
    xs, heights = bars(fig, "sum f * g")
    assert np.allclose(xs, range(2, 13)) and np.allclose(heights, floats(X + Y))


def test_scale_vs_sum_shows_one_throw_doubled_and_two_throws_added() -> None:
    X, _ = loaded_dice()
    fig = drawn("scale_vs_sum")
    xs, heights = bars(fig, "2X")
    assert np.allclose(xs, range(2, 13)) and np.allclose(heights[::2], floats(X)) and not heights[1::2].any()
    xs, heights = bars(fig, "X₁ + X₂")
    assert np.allclose(xs, range(2, 13)) and np.allclose(heights, floats(X + X))
    sds = [t.get_text() for ax in fig.axes for t in ax.texts if t.get_gid() == "sd"]
    assert sds == [f"sd {(2 * X).std():.2f}", f"sd {(X + X).std():.2f}"] == ["sd 3.36", "sd 2.38"]


def test_sicherman_sum_equals_two_ordinary_dice() -> None:
    from probconv_site.figures.fig_sicherman_dice import dice

    a, b, d6 = dice()
    assert a + b == d6 + d6
    assert (a + b)[7] == Fraction(6, 36)
    fig = drawn("sicherman_dice")
    _, heights = bars(fig, "Sicherman A + B")
    assert np.allclose(heights, floats(d6 + d6))
    assert "identical" in fig.axes[1].get_title("left")


def test_fft_wraparound_padded_is_exact_and_unpadded_wraps_the_tail() -> None:
    X, Y = loaded_dice()
    p = floats(X + Y)
    fig = drawn("fft_wraparound")
    _, padded = line(fig, "FFT, 11 points")
    assert np.allclose(padded, p)
    _, wrapped = line(fig, "FFT, 6 points")
    tail = np.concatenate([p[6:], [0.0]])
    assert np.allclose(wrapped, p[:6] + tail)
    _, stacked_tail = bars(fig, "wrapped: P(k + 6)")
    assert np.allclose(stacked_tail, tail)


def test_cauchy_means_stay_cauchy_and_normal_means_narrow() -> None:
    fig = drawn("cauchy_means")
    for n in (1, 2, 8):
        z, y = line(fig, f"n = {n}", 0)
        assert np.max(np.abs(y - 1 / (np.pi * (1 + z * z)))) < 0.005
        z, y = line(fig, f"n = {n}", 1)
        assert np.max(np.abs(y - normal_pdf(z, 0.0, 1 / np.sqrt(n)))) < 1e-3


# -- building: reproducible, cached, failures reported --------------------------------------


def test_the_site_build_has_every_figure_in_both_variants(built_site: Path) -> None:
    """The site's build renders the figures in worker processes (or takes them from the cache)."""
    out = built_site / "figures"
    expected = {f for spec in FIGURES.values() for f in spec.files().values()}
    assert {p.name for p in out.iterdir()} == expected
    for spec in FIGURES.values():
        light, dark = (out / f for f in spec.files().values())
        assert light.read_bytes() != dark.read_bytes()
        if spec.fmt == "svg":
            text = light.read_text()
            assert "<dc:date>" not in text, "no build date in the SVG"
            assert "https://" not in text.replace("http://www.w3.org", ""), "an SVG must load nothing"


def test_same_inputs_give_byte_identical_files(built_site: Path, tmp_path: Path) -> None:
    """Rendering again, in this process instead of the build's workers, gives the same bytes.

    Each figure is drawn afresh: constrained layout moves equal-aspect panels a little on every draw,
    so a figure that another test has already drawn (the cached ``drawn``) would save differently.
    """
    out = built_site / "figures"
    for name, spec in FIGURES.items():
        for variant, file_name in spec.files().items():
            again = tmp_path / file_name
            figure_build.save(figure_build.draw(name, variant), again, spec.fmt)
            assert again.read_bytes() == (out / file_name).read_bytes(), f"{file_name} is not reproducible"


def test_an_edited_figure_is_rerendered_and_the_others_are_not(tmp_path: Path) -> None:
    names = ["two_dice", "mixture_vs_sum"]
    kw: dict[str, Any] = {"out": tmp_path / "out", "cache_dir": tmp_path / "cache", "jobs": 1, "report": None}
    assert [r.status for r in figure_build.build(names, **kw)] == ["rendered", "rendered"]
    stamp = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    assert [r.status for r in figure_build.build(names, **kw)] == ["cached", "cached"]
    # Nothing changed, so nothing was written (mkdocs serve would otherwise rebuild in a loop).
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()} == stamp
    edited = figure_build.build(names, salt={"mixture_vs_sum": "edited"}, **kw)
    assert [r.status for r in edited] == ["cached", "rendered"]


def test_cache_key_follows_the_figure_module_source() -> None:
    spec, other = FIGURES["two_dice"], FIGURES["joint_grid"]

    def edited(path: Path) -> bytes:
        return path.read_bytes() + (b"\n# edited\n" if path == spec.source_path else b"")

    assert figure_build.figure_key(spec, read=edited) != figure_build.figure_key(spec)
    assert figure_build.figure_key(other, read=edited) == figure_build.figure_key(other)
    assert "style.py" in figure_build.shared_modules() and "images.py" in figure_build.shared_modules()


def test_cache_key_follows_library_edits_within_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """mkdocs serve builds many times in one process: an edit to probconv must change every key."""
    library = tmp_path / "probconv"
    library.mkdir()
    (library / "pmf.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(figure_build, "LIBRARY", library)
    before = figure_build.figure_key(FIGURES["two_dice"])
    (library / "pmf.py").write_text("x = 2\n", encoding="utf-8")
    assert figure_build.figure_key(FIGURES["two_dice"]) != before


def test_a_full_build_removes_files_of_figures_no_longer_registered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "retired-light.svg").write_text("<svg/>", encoding="utf-8")
    kw: dict[str, Any] = {"out": out, "cache_dir": tmp_path / "cache", "jobs": 1, "report": None}
    figure_build.build(["two_dice"], **kw)
    assert (out / "retired-light.svg").exists(), "building some figures leaves other files alone"
    monkeypatch.setattr(figure_build, "FIGURES", {"two_dice": FIGURES["two_dice"]})  # a registry of one
    figure_build.build(**kw)
    assert sorted(p.name for p in out.iterdir()) == ["two_dice-dark.svg", "two_dice-light.svg"]


def test_a_fresh_output_directory_is_filled_from_the_cache(tmp_path: Path) -> None:
    kw: dict[str, Any] = {"cache_dir": tmp_path / "cache", "jobs": 1, "report": None}
    figure_build.build(["sicherman_dice"], out=tmp_path / "a", **kw)
    results = figure_build.build(["sicherman_dice"], out=tmp_path / "b", **kw)
    assert results[0].status == "cached"
    for f in FIGURES["sicherman_dice"].files().values():
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()


def test_failures_are_collected_by_name_and_exit_non_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_draw = figure_build.draw

    def flaky(name: str, variant: str) -> Figure:
        if name == "joint_grid":
            raise RuntimeError("boom")
        return real_draw(name, variant)

    monkeypatch.setattr(figure_build, "draw", flaky)
    argv = [
        "--force", "--jobs", "1",
        "--out", str(tmp_path / "o"), "--cache", str(tmp_path / "c"),
        "two_dice", "joint_grid",
    ]
    assert figures_cli.main(argv) == 1
    captured = capsys.readouterr()
    assert "[1/2] two_dice ... " in captured.out and "[2/2] joint_grid ... FAILED" in captured.out
    assert "FAILED: joint_grid" in captured.err and "RuntimeError: boom" in captured.err
    assert (tmp_path / "o" / "two_dice-light.svg").is_file()


def test_cli_lists_figures_and_rejects_unknown_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert figures_cli.main(["--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [row.split()[0] for row in listed] == list(FIGURES)
    assert figures_cli.main(["no_such_figure"]) == 2


# -- the MkDocs hook and the pages ---------------------------------------------------------

PAGES = sorted((ROOT / "docs").glob("**/*.md"))


def test_every_figure_referenced_in_the_pages_exists_and_every_figure_is_used() -> None:
    used = {name: page.relative_to(ROOT).as_posix() for page in PAGES for name in hook.figure_names(page.read_text())}
    unknown = sorted(set(used) - set(FIGURES))
    assert not unknown, f"pages use figures the registry does not have: {unknown}"
    unused = sorted(set(FIGURES) - set(used))
    assert not unused, f"figures no page shows: {unused}"


def test_no_figure_is_shown_twice() -> None:
    names = [name for page in PAGES for name in hook.figure_names(page.read_text())]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


@pytest.fixture
def sized(monkeypatch: pytest.MonkeyPatch) -> None:
    """Figure sizes without rendered figures: the quick tests run before any figure is drawn."""
    monkeypatch.setattr(hook, "image_size", lambda path: (600, 400))


def test_placeholder_becomes_a_captioned_figure_with_both_variants(sized: None) -> None:
    spec = FIGURES["joint_grid"]
    md = 'Before.\n\n{{ figure("joint_grid") }}\n\nMiddle.\n\n{{ figure("two_dice") }}\n\nAfter.'
    html = hook.expand(md, "dice.md")
    assert html.count('<figure markdown="span">') == 2
    # every variant loads only as the reader nears it, so the hidden one never does
    assert "](figures/joint_grid-light.svg#only-light){ width=600 height=400 loading=lazy }" in html
    assert "](figures/joint_grid-dark.svg#only-dark){ width=600 height=400 loading=lazy }" in html
    assert "](figures/two_dice-light.svg#only-light){ width=600 height=400 loading=lazy }" in html
    first = hook.expand('{{ figure("two_dice", first_screen=True) }}', "dice.md")
    assert "](figures/two_dice-light.svg#only-light){ width=600 height=400 fetchpriority=high }" in first
    assert "](figures/two_dice-dark.svg#only-dark){ width=600 height=400 loading=lazy }" in first
    assert f"<figcaption markdown>{spec.caption}</figcaption>" in html
    assert html.startswith("Before.") and html.endswith("After.")
    nested = hook.expand(md, "deep/er/page.md")
    assert "](../../figures/joint_grid-light.svg#only-light)" in nested


def test_figure_sizes_are_read_from_the_rendered_files(tmp_path: Path) -> None:
    svg = tmp_path / "a.svg"
    svg.write_text('<?xml version="1.0"?>\n<svg xmlns:xlink="x" width="374.4pt" height="223.2pt" viewBox="0 0 1 1">')
    assert hook.image_size(svg) == (499, 298)  # 96 CSS pixels to 72 points
    png = tmp_path / "a.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + (1200).to_bytes(4, "big") + (800).to_bytes(4, "big"))
    assert hook.image_size(png) == (1200, 800)
    with pytest.raises(hook.FigureError, match="render the figures first"):
        hook.image_size(tmp_path / "missing.svg")


def test_alt_text_brackets_cannot_break_the_image_syntax(sized: None) -> None:
    assert hook.escape_alt("a [b] c") == "a \\[b\\] c"
    for spec in FIGURES.values():
        block = hook.figure_markdown(spec.name, "index.md")
        assert len(re.findall(r"!\[(?:[^\[\]\\]|\\.)*\]\(figures/", block)) == 2, spec.name


def test_unknown_figure_names_fail_the_build() -> None:
    with pytest.raises(hook.FigureError, match='unknown figure "nope"'):
        hook.expand('{{ figure("nope") }}', "index.md")
    from mkdocs.exceptions import PluginError

    assert issubclass(hook.FigureError, PluginError)


def test_placeholders_must_stand_alone_on_their_line() -> None:
    assert hook.figure_names('text {{ figure("two_dice") }} text') == []
    assert hook.figure_names('    {{ figure("two_dice") }}  ') == ["two_dice"]
