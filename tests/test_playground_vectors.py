"""The kernel playground's vectors are probconv's outputs, for kernels that are the library's own."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from probconv import convolve2d, engine, kernels
from probconv_site import ROOT
from probconv_site import playground_vectors as pv


def test_the_presets_are_the_librarys_kernels() -> None:
    assert np.array_equal(pv.weights(pv.PRESETS["box"]), kernels.box(3))
    assert np.array_equal(pv.weights(pv.PRESETS["sobel"]), kernels.sobel("x"))
    assert np.array_equal(pv.weights(pv.PRESETS["sharpen"]), kernels.sharpen())
    # The Gaussian preset is the binomial (1, 2, 1) / 4 in each direction, a distribution.
    gauss = pv.weights(pv.PRESETS["gaussian"])
    assert np.array_equal(gauss, np.outer([1, 2, 1], [1, 2, 1]) / 16)
    assert gauss.sum() == 1


def test_the_image_has_features_at_the_border_so_that_the_paddings_differ() -> None:
    img = pv.image()
    assert img.shape == (12, 12)
    outs = {b: convolve2d(img, kernels.box(3), mode="same", boundary=b) for b in engine.BOUNDARIES}
    assert not np.allclose(outs["fill"], outs["reflect"])
    assert not np.allclose(outs["wrap"], outs["reflect"])
    assert not np.allclose(outs["fill"], outs["wrap"])
    # One pixel beyond the border, the mirror image is the edge pixel itself: for a 3 x 3 kernel,
    # as the page says, "reflect" and "nearest" agree.
    assert np.array_equal(outs["reflect"], outs["nearest"])


def test_every_vector_holds_both_operations_under_every_padding() -> None:
    vectors = pv.build()
    assert [v["name"] for v in vectors] == [*pv.PRESETS, "typed"]
    typed = pv.weights(pv.TYPED)
    assert not np.array_equal(typed, typed[::-1, ::-1]), "the typed kernel must show the flip"
    for v in vectors:
        for op in ("convolution", "correlation"):
            assert set(v[op]) == set(engine.BOUNDARIES)
            for out in v[op].values():
                assert np.asarray(out).shape == (12, 12)
    identity = next(v for v in vectors if v["name"] == "identity")
    assert np.array_equal(identity["convolution"]["wrap"], pv.image())


def test_cli_writes_and_lists(tmp_path: Path) -> None:
    lines: list[str] = []
    out = tmp_path / "v.json"
    assert pv.main(["--out", str(out)], echo=lines.append) == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["boundaries"] == list(engine.BOUNDARIES) and len(payload["vectors"]) == 8
    assert pv.main(["--list"], echo=lines.append) == 0
    assert pv.main(["nope", "--out", str(out)], echo=lines.append) == 2
    assert pv.DEFAULT_OUT.parent == ROOT / "docs" / "assets" / "generated"


def test_a_page_without_the_image_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<div></div>", encoding="utf-8")
    with pytest.raises(ValueError, match="no data-image"):
        pv.image(page)
