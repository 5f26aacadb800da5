"""The widgets' test vectors are probconv's numbers, and the explorer starts from the chapter's dice.

The browser tests (tests/browser/test_explorer.py, test_scrubber.py) hold the pages to these
vectors; here the vectors themselves are held to the library and to the
chapter, without a browser.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from probconv import Pmf
from probconv.examples import X_WEIGHTS, Y_WEIGHTS
from probconv_site import ROOT
from probconv_site import explorer_vectors as ev

EXPLORER_HTML = ROOT / "docs_src" / "explorer.html"
EXPLORER_JS = ROOT / "docs" / "javascripts" / "explorer.js"
SCRIPTS = sorted((ROOT / "docs" / "javascripts").glob("*.js"))


@pytest.fixture(scope="module")
def vectors() -> dict[str, dict[str, Any]]:
    return {v["name"]: v for v in ev.build()}


def _fr(values: list[str]) -> list[Fraction]:
    return [Fraction(v) for v in values]


def test_vectors_cover_chapter_fair_zero_weights_unequal_sizes_and_random_dice(
    vectors: dict[str, dict[str, Any]],
) -> None:
    assert {"chapter", "fair", "zero_faces", "point_and_max", "d4_and_chapter_y", "fair_d4_d6"} <= set(vectors)
    assert sum(name.startswith("random_") for name in vectors) >= 5
    assert vectors["chapter"]["x_weights"] == list(X_WEIGHTS)
    assert vectors["chapter"]["y_weights"] == list(Y_WEIGHTS)
    assert 0 in vectors["zero_faces"]["x_weights"]
    sizes = {(len(v["x_weights"]), len(v["y_weights"])) for v in vectors.values()}
    # Both ends of the range of faces, and dice of different sizes either way round.
    assert {(2, 20), (20, 20), (4, 6)} <= sizes
    assert any(nx > ny for nx, ny in sizes) and any(nx < ny for nx, ny in sizes)
    for v in vectors.values():
        for weights in (v["x_weights"], v["y_weights"]):
            assert ev.MIN_FACES <= len(weights) <= ev.MAX_FACES, v["name"]
            assert all(isinstance(w, int) and 0 <= w <= ev.MAX_WEIGHT for w in weights), v["name"]


def test_chapter_vector_gives_p_sum_4_of_17_over_200(vectors: dict[str, dict[str, Any]]) -> None:
    chapter = vectors["chapter"]
    assert chapter["sum"]["start"] == 2
    assert chapter["sum"]["exact"][4 - 2] == "17/200"
    assert chapter["sum"]["float"][4 - 2] == pytest.approx(0.085, abs=1e-15)
    # 0.10 * 0.15 + 0.10 * 0.25 + 0.15 * 0.30, the three ways to four.
    grid = chapter["grid"]["exact"]
    assert Fraction(grid[0][2]) + Fraction(grid[1][1]) + Fraction(grid[2][0]) == Fraction(17, 200)


def test_each_dice_vector_is_its_weights_normalised(vectors: dict[str, dict[str, Any]]) -> None:
    for v in vectors.values():
        for die in ("x", "y"):
            weights = v[f"{die}_weights"]
            assert v[die]["start"] == 1
            assert _fr(v[die]["exact"]) == [Fraction(w, sum(weights)) for w in weights], v["name"]


def test_each_grid_is_the_outer_product_of_its_dice(vectors: dict[str, dict[str, Any]]) -> None:
    for v in vectors.values():
        px, py = _fr(v["x"]["exact"]), _fr(v["y"]["exact"])
        assert v["grid"]["xs"] == list(range(1, len(px) + 1))
        assert v["grid"]["ys"] == list(range(1, len(py) + 1))
        assert [_fr(row) for row in v["grid"]["exact"]] == [[a * b for b in py] for a in px], v["name"]


def test_antidiagonal_sums_of_each_grid_equal_its_sum(vectors: dict[str, dict[str, Any]]) -> None:
    for v in vectors.values():
        grid = [_fr(row) for row in v["grid"]["exact"]]
        nx, ny = len(grid), len(grid[0])
        by_total = [
            sum((grid[i][z - i] for i in range(nx) if 0 <= z - i < ny), Fraction(0)) for z in range(nx + ny - 1)
        ]
        assert _fr(v["sum"]["exact"]) == by_total, v["name"]
        assert sum(by_total) == 1


def test_products_and_running_sums_walk_each_antidiagonal(vectors: dict[str, dict[str, Any]]) -> None:
    """The scrubber's numbers: for each total, the cells i + j = z with i rising, and their running sums."""
    for v in vectors.values():
        grid = [_fr(row) for row in v["grid"]["exact"]]
        nx, ny = len(grid), len(grid[0])
        diagonals = v["antidiagonals"]
        assert [d["total"] for d in diagonals] == list(range(2, nx + ny + 1)), v["name"]
        for d in diagonals:
            z = d["total"]
            pairs = [[i, z - i] for i in range(1, nx + 1) if 1 <= z - i <= ny]
            assert d["pairs"] == pairs, (v["name"], z)
            products = [grid[i - 1][j - 1] for i, j in pairs]
            assert _fr(d["products"]) == products, (v["name"], z)
            running = [sum(products[: n + 1], Fraction(0)) for n in range(len(products))]
            assert _fr(d["partial"]) == running, (v["name"], z)
            assert d["partial"][-1] == v["sum"]["exact"][z - 2], (v["name"], z)
    # A d4 and a d6: the number of products rises, stays at 4, and falls.
    counts = [len(d["pairs"]) for d in vectors["fair_d4_d6"]["antidiagonals"]]
    assert counts == [1, 2, 3, 4, 4, 4, 3, 2, 1]


def test_fair_sum_is_two_fair_dice_of_the_same_sizes(vectors: dict[str, dict[str, Any]]) -> None:
    for v in vectors.values():
        nx, ny = len(v["x_weights"]), len(v["y_weights"])
        want = [Fraction(min(z - 1, nx, ny, nx + ny + 1 - z), nx * ny) for z in range(2, nx + ny + 1)]
        assert _fr(v["fair_sum"]["exact"]) == want and v["fair_sum"]["start"] == 2, v["name"]


def test_sum_keeps_every_total_even_impossible_ones(vectors: dict[str, dict[str, Any]]) -> None:
    """A zero weight keeps its face: eleven totals from 2, some of them impossible."""
    v = vectors["point_and_max"]
    assert len(v["sum"]["exact"]) == 11 and v["sum"]["start"] == 2
    # X is always 6, so X + Y is 7..12, each with probability 1/6; 2..6 stay, as zeros.
    assert v["sum"]["exact"] == ["0"] * 5 + ["1/6"] * 6
    zero = vectors["zero_faces"]
    assert zero["x"]["exact"][0] == zero["x"]["exact"][2] == zero["x"]["exact"][4] == "0"


def test_floats_are_the_exact_values_to_rounding(vectors: dict[str, dict[str, Any]]) -> None:
    for v in vectors.values():
        pairs = [(v[k]["exact"], v[k]["float"]) for k in ("x", "y", "sum")]
        pairs += list(zip(v["grid"]["exact"], v["grid"]["float"], strict=True))
        for exact, floats in pairs:
            assert floats == pytest.approx([float(Fraction(e)) for e in exact], rel=1e-12, abs=0), v["name"]


def test_vectors_match_a_fresh_library_computation(vectors: dict[str, dict[str, Any]]) -> None:
    for v in vectors.values():
        total = Pmf.die(v["x_weights"], exact=True) + Pmf.die(v["y_weights"], exact=True)
        assert [str(p) for p in total.probs] == v["sum"]["exact"], v["name"]


def test_random_vectors_are_reproducible() -> None:
    assert ev.build() == ev.build()
    assert ev.weight_pairs() == ev.weight_pairs()


def test_cli_writes_lists_and_rejects_unknown_names(tmp_path: Path) -> None:
    lines: list[str] = []
    out = tmp_path / "deep" / "vectors.json"
    assert ev.main(["--out", str(out)], echo=lines.append) == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["max_weight"] == ev.MAX_WEIGHT
    assert [v["name"] for v in payload["vectors"]] == list(ev.weight_pairs())
    assert ev.main(["chapter", "--out", str(out)], echo=lines.append) == 0
    assert [v["name"] for v in json.loads(out.read_text(encoding="utf-8"))["vectors"]] == ["chapter"]
    lines.clear()
    assert ev.main(["--list"], echo=lines.append) == 0
    assert len(lines) == len(ev.weight_pairs()) and lines[0].startswith("chapter")
    assert ev.main(["no_such_vector", "--out", str(out)], echo=lines.append) == 2
    assert "unknown" in lines[-1]


def test_default_output_is_in_the_gitignored_generated_folder() -> None:
    assert ev.DEFAULT_OUT.parent == ROOT / "docs" / "assets" / "generated"
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "docs/assets/generated/" in ignored


class _Attrs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if "data-pc-explorer" in dict(attrs) and not self.found:
            self.found = dict(attrs)


def test_explorer_html_starts_from_the_chapters_dice() -> None:
    parser = _Attrs()
    parser.feed(EXPLORER_HTML.read_text(encoding="utf-8"))
    attrs = parser.found
    assert attrs, "docs_src/explorer.html has no [data-pc-explorer] element"
    assert attrs["data-x-weights"] == ",".join(map(str, X_WEIGHTS))
    assert attrs["data-y-weights"] == ",".join(map(str, Y_WEIGHTS))
    assert attrs["data-max-weight"] == str(ev.MAX_WEIGHT)
    assert attrs["data-total"] == "4"


def test_explorer_script_defaults_are_the_chapters_dice() -> None:
    js = EXPLORER_JS.read_text(encoding="utf-8")
    assert f"var DEFAULT_X = [{', '.join(map(str, X_WEIGHTS))}];" in js
    assert f"var DEFAULT_Y = [{', '.join(map(str, Y_WEIGHTS))}];" in js


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_scripts_fetch_nothing(script: Path) -> None:
    """Plain JavaScript shipped with the site: no request, no import, no other host."""
    js = script.read_text(encoding="utf-8")
    urls = set(re.findall(r"https?://[^\s\"')]+", js))
    assert urls <= {"http://www.w3.org/2000/svg"}, urls
    for call in ("fetch(", "XMLHttpRequest", "import(", "importScripts", "eval(", "new Function"):
        assert call not in js, call


def test_widgets_share_one_set_of_helpers() -> None:
    """The explorers and the scrubber build on widgets.js: none carries its own copy of the maths or the builders."""
    for name in ("explorer.js", "scrubber.js", "continuous.js", "playground.js"):
        js = (ROOT / "docs" / "javascripts" / name).read_text(encoding="utf-8")
        assert "window.probconvWidgets" in js, name
        for own_copy in ("function gcd", "function fraction", "function compute", "createElementNS", "DOMContentLoaded",
                         "function chartSvg", "function Announcer"):
            assert own_copy not in js, (name, own_copy)
