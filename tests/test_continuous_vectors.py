"""The continuous explorer's vectors are probconv's numbers, close to the exact densities, on the explorer's grid.

tests/browser/test_continuous.py holds the page to these vectors; here the vectors are held to
the closed forms of the chapter, to the grid the page assumes, and to what the page says of them.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy import stats

from probconv_site import ROOT
from probconv_site import continuous_vectors as cv

SNIPPET = ROOT / "docs_src" / "continuous.html"
#: On the explorer's grid, probconv's density of a sum is this close to the exact one, as a
#: fraction of its peak, where a closed form exists (midpoint sums: an error of order dx^2).
ACCURACY = 1e-3


@pytest.fixture(scope="module")
def vectors() -> dict[str, dict[str, Any]]:
    return {v["name"]: v for v in cv.build()}


def _exact_error(v: dict[str, Any], pdf: Any) -> float:
    z = np.array(v["z"])
    return float(np.max(np.abs(np.array(v["density"]) - pdf(z)))) / v["peak"]


def test_vectors_cover_every_family_at_both_ends_of_its_parameter(vectors: dict[str, dict[str, Any]]) -> None:
    seen = {(v[side]["family"], v[side]["value"]) for v in vectors.values() for side in ("x", "y")}
    for f in cv.FAMILIES.values():
        assert (f.name, f.lo) in seen or (f.name, f.hi) in seen, f.name
    assert {name for name, _ in seen} == set(cv.FAMILIES)
    assert len(vectors) >= 12


def test_every_edge_and_step_is_a_whole_number_of_cells() -> None:
    """The page's grid: parameters, the plane and z move in whole cells, and samples sit at midpoints."""

    def whole(value: float) -> bool:
        return abs(value / cv.DX - round(value / cv.DX)) < 1e-9

    assert whole(cv.Z_STEP) and all(whole(v) for v in (*cv.VIEW, *cv.Z_RANGE))
    for f in cv.FAMILIES.values():
        assert whole(f.step) and whole(f.lo) and whole(f.hi), f.name
        n = round((f.hi - f.lo) / f.step)
        assert math.isclose(f.lo + n * f.step, f.hi), f.name
        for value in (f.lo, f.default, f.hi):
            d = cv.density((f.name, value))
            # (x0 - dx/2) / dx is an integer: the JavaScript's cells (i + 1/2) dx.
            assert abs((d.x0 - cv.DX / 2) / cv.DX - round((d.x0 - cv.DX / 2) / cv.DX)) < 1e-6, (f.name, value)
            assert d.mass() == pytest.approx(1, abs=2e-3), (f.name, value)


def test_two_uniforms_give_the_triangle_exactly(vectors: dict[str, dict[str, Any]]) -> None:
    v = vectors["uniform_uniform"]
    assert _exact_error(v, lambda z: np.clip(1 - np.abs(z - 1), 0, None)) < 1e-12
    wide = vectors["narrow_and_wide_uniform"]  # a trapezoid: 1/3 on [0.5, 3], ramps either side

    def trapezoid(z: np.ndarray) -> np.ndarray:
        return np.clip(np.minimum.reduce([z / 0.5, np.ones_like(z), (3.5 - z) / 0.5]), 0, None) / 3

    assert _exact_error(wide, trapezoid) < 1e-12


def test_exponentials_give_the_gamma_and_its_unequal_rate_cousin(vectors: dict[str, dict[str, Any]]) -> None:
    lam = 1.5
    same = cv.vector("same_rate", ("exponential", lam), ("exponential", lam))
    # Midpoint cells that meet at the jump make the gamma exact on the grid.
    assert _exact_error(same, lambda z: np.where(z > 0, lam**2 * z * np.exp(-lam * z), 0)) < 1e-9
    a, b = 0.5, 3.0
    v = vectors["slow_and_fast_exponential"]
    assert _exact_error(v, lambda z: np.where(z > 0, a * b / (b - a) * (np.exp(-a * z) - np.exp(-b * z)), 0)) < ACCURACY


def test_the_slice_of_two_same_rate_exponentials_is_flat() -> None:
    """The page: "two exponentials with the same rate give a slice that is flat on [0, z]"."""
    v = cv.vector("same_rate", ("exponential", 1.0), ("exponential", 1.0))
    xs = np.array(v["xs"])
    for cut in v["slices"]:
        product = np.array(cut["product"])
        on = (xs > 0) & (xs < cut["z"])
        if on.any():
            assert np.ptp(product[on]) < 1e-12 * product[on].max()
            assert np.all(product[~on] == 0)


def test_normals_add_their_variances(vectors: dict[str, dict[str, Any]]) -> None:
    v = vectors["narrow_and_wide_normal"]
    sd = math.hypot(0.3, 1.5)
    assert _exact_error(v, lambda z: stats.norm.pdf(z, scale=sd)) < 1e-9


def test_normal_plus_exponential_is_the_exponentially_modified_normal(vectors: dict[str, dict[str, Any]]) -> None:
    v = vectors["normal_exponential"]
    assert _exact_error(v, lambda z: stats.exponnorm.pdf(z, 1.0)) < ACCURACY
    # The value the page prints at z = 1.5 and the slices figure shows.
    assert f"{v['density'][v['z'].index(1.5)]:.3f}" == "0.254"


def test_two_coins_of_bumps_make_three_bumps_weighted_one_two_one(vectors: dict[str, dict[str, Any]]) -> None:
    """The page: two two-bump densities give three bumps, the middle one twice as heavy."""
    v = vectors["bumps_and_bumps"]
    at = {z: v["density"][v["z"].index(z)] for z in (0.0, 2.0, 4.0)}
    assert at[2.0] / at[0.0] == pytest.approx(2, rel=1e-3)
    assert at[4.0] == pytest.approx(at[0.0], rel=1e-9)


def test_each_slice_adds_up_to_the_density_of_the_sum(vectors: dict[str, dict[str, Any]]) -> None:
    """The area of a slice is the density at its total (the whole slice lies in the plane for these)."""
    for v in vectors.values():
        for cut in v["slices"]:
            area = sum(cut["product"]) * cv.DX
            # Part of a slice can lie beyond the plane; never more than the whole.
            assert area <= cut["area"] * (1 + 1e-9) + 1e-15, v["name"]
    v = vectors["normal_and_close_bumps"]
    for cut in v["slices"]:
        assert sum(cut["product"]) * cv.DX == pytest.approx(cut["area"], rel=1e-6, abs=1e-12)


def test_bad_parameters_are_refused_with_the_range() -> None:
    with pytest.raises(ValueError, match=r"sigma=2.0 is outside \[0.3, 1.5\]"):
        cv.density(("normal", 2.0))


def test_cli_writes_lists_and_rejects_unknown_names(tmp_path: Path) -> None:
    lines: list[str] = []
    out = tmp_path / "deep" / "continuous.json"
    assert cv.main(["--out", str(out)], echo=lines.append) == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["dx"] == cv.DX and payload["tolerance"] == cv.TOLERANCE
    assert [f["name"] for f in payload["families"]] == list(cv.FAMILIES)
    assert [v["name"] for v in payload["vectors"]] == list(cv.CASES)
    assert cv.main(["uniform_uniform", "--out", str(out)], echo=lines.append) == 0
    assert [v["name"] for v in json.loads(out.read_text(encoding="utf-8"))["vectors"]] == ["uniform_uniform"]
    lines.clear()
    assert cv.main(["--list"], echo=lines.append) == 0
    assert len(lines) == len(cv.CASES) and lines[0].startswith("normal_exponential")
    assert cv.main(["no_such_vector", "--out", str(out)], echo=lines.append) == 2
    assert "unknown" in lines[-1]
    assert cv.DEFAULT_OUT.parent == ROOT / "docs" / "assets" / "generated"


def test_the_page_opens_on_the_figures_pair_at_one_and_a_half() -> None:
    html = SNIPPET.read_text(encoding="utf-8")
    assert 'data-x="normal:1"' in html and 'data-y="exponential:1"' in html and 'data-z="1.5"' in html
    assert cv.CASES["normal_exponential"] == (("normal", 1.0), ("exponential", 1.0))
