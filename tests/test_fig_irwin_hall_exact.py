"""The exact Irwin-Hall figure: its curves are the exact densities, piece by piece, and its labels say so.

Checked against the Irwin-Hall formula in exact Fractions (the oracle of test_piecewise.py),
probconv's float closed form irwin_hall_pdf, and scipy's normal density, never pixels.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
import scipy.stats
from matplotlib.figure import Figure

from probconv import irwin_hall_pdf
from probconv_site.figures import build as figure_build
from probconv_site.figures.fig_irwin_hall_exact import NS
from probconv_site.figures.registry import VARIANTS
from tests.test_figures import drawn, line
from tests.test_piecewise import irwin_hall

NAME = "irwin_hall_exact"


@pytest.fixture(scope="module", params=VARIANTS)
def fig(request: pytest.FixtureRequest) -> Figure:
    return drawn(NAME, request.param)


def test_each_row_draws_n_pieces_one_per_unit_interval(fig: Figure) -> None:
    for row, n in enumerate(NS):
        labels = [ln.get_label() for ln in fig.axes[row].lines if ln.get_label().startswith(f"n = {n}, piece")]
        assert labels == [f"n = {n}, piece [{k}, {k + 1}]" for k in range(n)]


@pytest.mark.parametrize("n", NS)
def test_every_piece_is_the_irwin_hall_density(fig: Figure, n: int) -> None:
    for k in range(n):
        x, y = line(fig, f"n = {n}, piece [{k}, {k + 1}]")
        assert x.min() == k and x.max() == k + 1
        inside = (x > k) & (x < k + 1)  # n = 1 jumps at its ends, where the closed form takes the upper value too
        assert np.abs(y - irwin_hall_pdf(x, n)).max() < 1e-12
        assert np.all(y[inside] > 0)


@pytest.mark.parametrize("n", NS)
def test_joins_sit_at_the_integers_at_the_exact_heights(fig: Figure, n: int) -> None:
    x, y = line(fig, f"n = {n}: joins")
    assert x.tolist() == list(range(n + 1))
    exact = [irwin_hall(Fraction(k), n) for k in range(n + 1)]
    if n == 1:
        exact = [Fraction(1), Fraction(1)]  # the box on the closed interval [0, 1]
    assert y.tolist() == [float(v) for v in exact]


def test_titles_state_the_number_of_pieces_and_their_degree(fig: Figure) -> None:
    titles = [ax.get_title("left") for ax in fig.axes]
    assert titles == [
        "$U_1$: 1 piece of degree 0",
        "$U_1 + U_2$: 2 pieces of degree 1",
        "$U_1 + U_2 + U_3$: 3 pieces of degree 2",
        "$U_1 + \\cdots + U_{4}$: 4 pieces of degree 3",
    ]


def test_the_marked_point_of_three_uniforms_is_three_quarters_at_three_halves(fig: Figure) -> None:
    x, y = line(fig, "marked point")
    assert (x.tolist(), y.tolist()) == ([1.5], [0.75])
    assert irwin_hall(Fraction(3, 2), 3) == Fraction(3, 4)
    (label,) = [t for t in fig.axes[2].texts if t.get_gid() == "three-quarters"]
    assert label.get_text() == "density 3/4 at x = 3/2"


def test_four_uniforms_are_drawn_over_the_normal_of_the_same_mean_and_variance(fig: Figure) -> None:
    label = "normal, mean 2, variance 1/3"  # n/2 and n/12 for n = 4
    z, y = line(fig, label, ax_index=3)
    assert np.allclose(y, scipy.stats.norm(2, np.sqrt(1 / 3)).pdf(z), rtol=1e-12, atol=0)
    legend = fig.axes[3].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [label]
    # the bell is close but not equal: the exact peak is 2/3, the normal's 0.691
    assert float(irwin_hall(Fraction(2), 4)) == pytest.approx(2 / 3) and y.max() == pytest.approx(0.6910, abs=1e-4)


def test_the_figure_file_is_byte_reproducible(tmp_path: Path) -> None:
    """Axes are placed by hand (no layout engine), so two fresh renderings save the same bytes."""
    for variant in VARIANTS:
        first, second = tmp_path / f"a-{variant}.svg", tmp_path / f"b-{variant}.svg"
        figure_build.save(figure_build.draw(NAME, variant), first, "svg")
        figure_build.save(figure_build.draw(NAME, variant), second, "svg")
        assert first.read_bytes() == second.read_bytes()
