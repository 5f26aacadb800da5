"""The signed-kernel figure: Sobel = 4 (P − Q) and sharpen = 5 δ − 4 N, each part a jitter.

Checked against probconv's kernels, against what each jitter does to a single bright pixel,
and against the labels the figure draws, never pixels.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from probconv import convolve2d, kernels
from probconv_site.figures.fig_signed_kernels import binomial_jitter, fraction, sharpen_parts, sobel_parts
from probconv_site.figures.registry import VARIANTS
from tests.test_figures import drawn

NAME = "signed_kernels"


@pytest.fixture(scope="module", params=VARIANTS)
def fig(request: pytest.FixtureRequest) -> Figure:
    return drawn(NAME, request.param)


def grid(fig: Figure, gid: str) -> tuple[Axes, np.ndarray]:
    found = [(ax, im) for ax in fig.axes for im in ax.images if im.get_gid() == gid]
    assert len(found) == 1, f"expected one grid with gid {gid!r}"
    ax, im = found[0]
    return ax, np.asarray(im.get_array(), dtype=float)


def operators(fig: Figure, row: str) -> list[str]:
    """The signs and weights of one equation, left to right."""
    found = [t for t in fig.texts if (t.get_gid() or "").startswith(f"{row}-op-")]
    return [t.get_text() for t in sorted(found, key=lambda t: t.get_position()[0])]


def impulse() -> np.ndarray:
    a = np.zeros((5, 5))
    a[2, 2] = 1.0
    return a


def test_the_decompositions_give_probconvs_kernels_exactly() -> None:
    four, p, q = sobel_parts()
    assert np.array_equal(four * (p - q), kernels.sobel("x"))
    five, delta, four_n, n = sharpen_parts()
    assert np.array_equal(five * delta - four_n * n, kernels.sharpen())
    # sharpen is the image less its Laplacian, and the Laplacian is 4 (N − δ)
    assert np.array_equal(four_n * (n - delta), kernels.laplacian())


def test_every_part_is_a_distribution() -> None:
    _, p, q = sobel_parts()
    _, delta, _, n = sharpen_parts()
    for part in (p, q, delta, n):
        assert part.min() >= 0
        assert part.sum() == 1.0


def test_p_and_q_are_a_binomial_jitter_along_the_column_times_a_step_left_or_right() -> None:
    assert binomial_jitter() == pytest.approx([0.25, 0.5, 0.25])  # Binomial(2, 1/2): two coin flips
    _, p, q = sobel_parts()
    assert np.array_equal(p[:, 0], binomial_jitter()) and not p[:, 1:].any()
    assert np.array_equal(q[:, 2], binomial_jitter()) and not q[:, :2].any()


def test_p_moves_a_grain_left_and_q_right_as_the_note_says() -> None:
    """Blurring a single bright pixel shows where the jitter carries it ("same" mode, zeros beyond)."""
    _, p, q = sobel_parts()
    for part, column in ((p, 1), (q, 3)):  # the pixel sits in column 2
        out = convolve2d(impulse(), part, mode="same")
        assert out.sum() == pytest.approx(1.0)
        assert out[:, column] == pytest.approx([0, 0.25, 0.5, 0.25, 0])
    _, delta, _, n = sharpen_parts()
    assert np.array_equal(convolve2d(impulse(), delta, mode="same"), impulse())
    spread = convolve2d(impulse(), n, mode="same")
    assert spread[2, 2] == 0 and spread[[1, 3, 2, 2], [2, 2, 1, 3]] == pytest.approx([0.25] * 4)


def test_drawn_grids_are_the_kernels_and_their_parts(fig: Figure) -> None:
    four, p, q = sobel_parts()
    five, delta, four_n, n = sharpen_parts()
    shown = {"sobel": kernels.sobel("x"), "P": p, "Q": q, "sharpen": kernels.sharpen(), "delta": delta, "N": n}
    for gid, values in shown.items():
        assert np.array_equal(grid(fig, gid)[1], values), gid


def test_every_cell_is_labelled_with_its_exact_weight(fig: Figure) -> None:
    for gid in ("sobel", "P", "Q", "sharpen", "delta", "N"):
        ax, values = grid(fig, gid)
        labels = {t.get_position(): t.get_text() for t in ax.texts}
        assert len(labels) == values.size
        for (i, j), v in np.ndenumerate(values):  # a matrix: column j across, row i down
            text = labels[(j, i)]
            assert Fraction(text.replace("−", "-")) == Fraction(v), (gid, i, j, text)


def test_equations_read_sobel_equals_4_times_p_minus_q_and_sharpen_equals_5_delta_minus_4_n(fig: Figure) -> None:
    assert operators(fig, "sobel") == ["=", "4 × (", "−", ")"]
    assert operators(fig, "sharpen") == ["=", "5 ×", "− 4 ×"]
    # the grids sit between the signs in the order of the equation
    order = sorted(["sobel", "P", "Q"], key=lambda g: grid(fig, g)[0].get_position().x0)
    assert order == ["sobel", "P", "Q"]
    order = sorted(["sharpen", "delta", "N"], key=lambda g: grid(fig, g)[0].get_position().x0)
    assert order == ["sharpen", "delta", "N"]


def test_notes_state_the_binomial_weights_and_the_step_directions(fig: Figure) -> None:
    notes = {t.get_gid(): t.get_text() for t in fig.texts}
    assert "up 1/4, stay 1/2 or down 1/4" in notes["note-sobel"]
    assert "then one step left" in notes["note-sobel"] and "then one step right" in notes["note-sobel"]
    assert "4 neighbours, 1/4 each" in notes["note-sharpen"]
    assert "5 a(z) − 4 E[a(z − D)]" in notes["note-sharpen"]


def test_weights_are_written_as_fractions() -> None:
    assert [fraction(v) for v in (0.25, 0.5, 1.0, -2.0, 0.0, 0.125)] == ["1/4", "1/2", "1", "−2", "0", "1/8"]
