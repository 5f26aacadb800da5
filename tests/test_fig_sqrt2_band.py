"""The √2 figure draws its lengths to scale: the slice along the line is √2·dx, the band is dz/√2 wide."""

from __future__ import annotations

import math

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.patches import Polygon

from probconv_site.figures.fig_sqrt2_band import DX, DZ, X0, Z
from probconv_site.figures.registry import VARIANTS
from tests.test_figures import drawn

NAME = "sqrt2_band"


def segment(ax: Axes, label: str) -> tuple[np.ndarray, np.ndarray]:
    """The two end points of the straight line labelled ``label`` in ``ax``."""
    found = [ln for ln in ax.lines if ln.get_label() == label]
    assert len(found) == 1, f"expected one line labelled {label!r}, found {len(found)}"
    x, y = (np.asarray(v, dtype=float) for v in found[0].get_data())
    assert len(x) == 2
    return np.array([x[0], y[0]]), np.array([x[1], y[1]])


def polygon(ax: Axes, gid: str) -> np.ndarray:
    found = [p for p in ax.patches if isinstance(p, Polygon) and p.get_gid() == gid]
    assert len(found) == 1, f"expected one polygon with gid {gid!r}"
    xy = np.asarray(found[0].get_xy(), dtype=float)
    return xy[:-1] if np.allclose(xy[0], xy[-1]) else xy


def area(xy: np.ndarray) -> float:
    """Shoelace formula."""
    x, y = xy[:, 0], xy[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


def total(p: np.ndarray) -> float:
    return float(p[0] + p[1])


def text_of(ax: Axes, gid: str) -> str:
    found = [t for t in ax.texts if t.get_gid() == gid]
    assert len(found) == 1, gid
    return found[0].get_text()


@pytest.mark.parametrize("variant", VARIANTS)
def test_both_panels_are_drawn_at_equal_aspect_with_the_same_window(variant: str) -> None:
    top, bottom = drawn(NAME, variant).axes
    for ax in (top, bottom):
        assert ax.get_aspect() == 1.0, "45° lines must look 45° and lengths must be comparable"
    assert top.get_xlim() == bottom.get_xlim() and top.get_ylim() == bottom.get_ylim()


def test_the_two_lines_bound_a_band_of_height_dz() -> None:
    for ax in drawn(NAME).axes:
        for label, z in (("x + y = z", Z), ("x + y = z + dz", Z + DZ)):
            drawn_line = next(ln for ln in ax.lines if ln.get_label() == label)
            x, y = (np.asarray(v, dtype=float) for v in drawn_line.get_data())
            assert np.allclose(x + y, z)
        band = polygon(ax, "band")
        assert sorted({round(total(p), 12) for p in band}) == [Z, Z + DZ]


def test_slice_along_the_line_is_sqrt2_dx_long() -> None:
    top = drawn(NAME).axes[0]
    p, q = segment(top, "slice along the line")
    assert total(p) == pytest.approx(Z) and total(q) == pytest.approx(Z), "the slice lies on x + y = z"
    assert q[0] - p[0] == pytest.approx(DX), "it spans dx in x"
    assert np.linalg.norm(q - p) == pytest.approx(math.sqrt(2.0) * DX)
    # the right triangle under it has two legs of length dx, one across and one down
    a, corner = segment(top, "leg dx (down)")
    corner2, b = segment(top, "leg dx (across)")
    assert np.allclose(corner, corner2) and np.allclose(a, p) and np.allclose(b, q)
    assert np.linalg.norm(a - corner) == pytest.approx(DX) and a[0] == pytest.approx(corner[0])
    assert np.linalg.norm(b - corner) == pytest.approx(DX) and b[1] == pytest.approx(corner[1])
    legs = np.linalg.norm(a - corner) ** 2 + np.linalg.norm(b - corner) ** 2
    assert np.linalg.norm(q - p) ** 2 == pytest.approx(legs), "Pythagoras: dx² + dx² = (√2·dx)²"
    assert text_of(top, "label-sqrt2-dx") == "√2·dx"


def test_band_width_at_right_angles_is_dz_over_sqrt2() -> None:
    top = drawn(NAME).axes[0]
    p, q = segment(top, "slice along the line")
    a, b = segment(top, "band width at right angles")
    assert total(a) == pytest.approx(Z) and total(b) == pytest.approx(Z + DZ), "it runs from one line to the other"
    assert float(np.dot(b - a, q - p)) == pytest.approx(0.0, abs=1e-12), "at right angles to the lines"
    assert np.linalg.norm(b - a) == pytest.approx(DZ / math.sqrt(2.0))
    assert text_of(top, "label-dz-over-sqrt2") == "dz/√2"


def test_piece_along_the_line_has_area_dx_dz() -> None:
    top = drawn(NAME).axes[0]
    piece = polygon(top, "piece-along-line")
    p, q = segment(top, "slice along the line")
    a, b = segment(top, "band width at right angles")
    # a rectangle whose sides are the slice (√2·dx) and the band width (dz/√2)
    assert np.allclose(piece[0], p) and np.allclose(piece[1], q) and np.allclose(piece[2], b)
    assert area(piece) == pytest.approx(np.linalg.norm(q - p) * np.linalg.norm(b - a))
    assert area(piece) == pytest.approx(DX * DZ)


def test_vertical_piece_has_base_dx_height_dz_and_area_dx_dz() -> None:
    bottom = drawn(NAME).axes[1]
    piece = polygon(bottom, "piece-by-x")
    xs = piece[:, 0]
    assert xs.min() == pytest.approx(X0) and xs.max() - xs.min() == pytest.approx(DX)
    for x in (X0, X0 + DX):  # for fixed x, y runs from z - x to z - x + dz
        ys = np.sort(piece[np.isclose(xs, x), 1])
        assert ys == pytest.approx([Z - x, Z - x + DZ])
    assert area(piece) == pytest.approx(DX * DZ)
    a, b = segment(bottom, "base dx")
    assert a[1] == b[1] and b[0] - a[0] == pytest.approx(DX) and a[0] == pytest.approx(X0)
    a, b = segment(bottom, "height dz")
    assert a[0] == b[0] and abs(b[1] - a[1]) == pytest.approx(DZ)
    assert total(a) == pytest.approx(Z) and total(b) == pytest.approx(Z + DZ)
    assert text_of(bottom, "label-dz") == "dz\n(exaggerated)"
    assert text_of(bottom, "label-area") == "dx·dz"


def test_titles_state_the_two_products() -> None:
    top, bottom = drawn(NAME).axes
    assert top.get_title(loc="left") == "Along the line: √2·dx × dz/√2 = dx·dz"
    assert bottom.get_title(loc="left") == "By x: base dx × height dz = dx·dz"
