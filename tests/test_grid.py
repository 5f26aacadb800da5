"""The joint grid and its anti-diagonals: the chapter's central picture, in code."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import numpy as np
import pytest

from probconv import JointGrid, Pmf, antidiagonal_sums, joint_grid
from probconv.examples import loaded_dice
from tests.oracle import oracle_pmf


def test_joint_grid_cells_are_products_of_the_marginals() -> None:
    X, Y = loaded_dice()
    g = joint_grid(X, Y)
    assert g.probs.shape == (6, 6)
    assert g.exact
    for i, x in enumerate(g.xs.tolist()):
        for j, y in enumerate(g.ys.tolist()):
            assert g.probs[i, j] == X[x] * Y[y]


def test_joint_grid_rows_and_columns_sum_to_the_marginals() -> None:
    X, Y = loaded_dice()
    g = joint_grid(X, Y)
    assert tuple(g.probs.sum(axis=1)) == X.probs
    assert tuple(g.probs.sum(axis=0)) == Y.probs
    assert g.probs.sum() == 1


def test_three_cells_on_the_anti_diagonal_of_four() -> None:
    X, Y = loaded_dice()
    g = joint_grid(X, Y)
    cells = np.argwhere(g.totals() == 4)
    assert [(int(g.xs[i]), int(g.ys[j])) for i, j in cells] == [(1, 3), (2, 2), (3, 1)]
    assert sum(g.probs[i, j] for i, j in cells) == Fraction(17, 200)


def test_totals_label_every_cell_with_its_anti_diagonal() -> None:
    X, Y = loaded_dice()
    t = joint_grid(X, Y).totals()
    assert t[0, 0] == 2 and t[5, 5] == 12
    # a total z has min(z - 1, 13 - z) cells for two six-sided dice
    counts = {z: int((t == z).sum()) for z in range(2, 13)}
    assert counts == {z: min(z - 1, 13 - z) for z in range(2, 13)}


def test_antidiagonal_sums_equal_convolution_for_the_chapter_dice() -> None:
    X, Y = loaded_dice()
    total = antidiagonal_sums(joint_grid(X, Y))
    assert total == X + Y
    assert total == oracle_pmf([X, Y])
    assert total[4] == Fraction(17, 200)


def test_antidiagonal_sums_in_floats_are_close_to_convolution() -> None:
    X, Y = loaded_dice(exact=False)
    g = joint_grid(X, Y)
    assert not g.exact
    assert antidiagonal_sums(g).isclose(X + Y, atol=1e-15)


def test_rectangular_grids_with_negative_starts() -> None:
    A = Pmf.from_weights([1, 0, 2, 3], start=-2, exact=True)
    B = Pmf.from_weights([5, 1], start=-7, exact=True)
    g = joint_grid(A, B)
    assert g.probs.shape == (4, 2)
    assert g.xs.tolist() == [-2, -1, 0, 1] and g.ys.tolist() == [-7, -6]
    total = antidiagonal_sums(g)
    assert total == A + B
    assert total.start == -9 and len(total) == 5


def test_grid_is_not_symmetric_when_the_dice_differ() -> None:
    # swapping X and Y transposes the grid; the sum is the same
    X, Y = loaded_dice()
    g, h = joint_grid(X, Y), joint_grid(Y, X)
    assert (g.probs != g.probs.T).any()
    assert (g.probs == h.probs.T).all()
    assert antidiagonal_sums(g) == antidiagonal_sums(h)


def test_joint_grid_is_a_frozen_record() -> None:
    g = joint_grid(*loaded_dice())
    assert isinstance(g, JointGrid)
    with pytest.raises(dataclasses.FrozenInstanceError):
        g.xs = np.arange(3)
