"""Write the test vectors of the kernel playground, computed by probconv.

The images page's playground convolves (or correlates) a small image with a 3 x 3 kernel in
"same" mode, with the padding the reader picks, in JavaScript. This module asks the library
for the same outputs, :func:`probconv.convolve2d` and :func:`probconv.correlate2d` with
``mode="same"`` and each ``boundary``, for every preset kernel and a kernel typed by hand, so
that the browser tests can hold the page to them. The image is the one the page ships, in
the ``data-image`` attribute of ``docs_src/playground.html``.

The output is a build artefact (``docs/assets/generated/`` is gitignored)::

    python -m probconv_site.playground_vectors                 # every vector
    python -m probconv_site.playground_vectors --list          # the vector names
    python -m probconv_site.playground_vectors --out /tmp/v.json
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from probconv import convolve2d, correlate2d, engine

from .paths import DOCS, ROOT
from .vector_files import run, write_json

DEFAULT_OUT = DOCS / "assets" / "generated" / "playground_vectors.json"
SNIPPET = ROOT / "docs_src" / "playground.html"

Weights = tuple[tuple[str, str, str], tuple[str, str, str], tuple[str, str, str]]

#: The presets, each weight written as the page writes it (a decimal or a fraction).
PRESETS: dict[str, Weights] = {
    "identity": (("0", "0", "0"), ("0", "1", "0"), ("0", "0", "0")),
    "box": (("1/9",) * 3,) * 3,
    "gaussian": (("1/16", "1/8", "1/16"), ("1/8", "1/4", "1/8"), ("1/16", "1/8", "1/16")),
    "sharpen": (("0", "-1", "0"), ("-1", "5", "-1"), ("0", "-1", "0")),
    "sobel": (("1", "0", "-1"), ("2", "0", "-2"), ("1", "0", "-1")),
    "shift": (("0", "0", "0"), ("0", "0", "1"), ("0", "0", "0")),
    "echo": (("0", "0", "0"), ("0", "1", "0"), ("0", "0", "0.5")),
}
#: A kernel typed by hand: asymmetric, signed, with decimals and a fraction.
TYPED: Weights = (("0.25", "-1", "0"), ("2", "1/3", "-0.5"), ("0", "1.5", "-2"))


def image(snippet: Path = SNIPPET) -> NDArray[np.float64]:
    """The playground's image, read from the page's ``data-image`` attribute.

    Examples
    --------
    >>> img = image()
    >>> img.shape, float(img.min()), float(img.max())
    ((12, 12), 0.0, 1.0)
    """
    found = re.search(r'data-image="([^"]+)"', snippet.read_text(encoding="utf-8"))
    if found is None:
        raise ValueError(f"{snippet} has no data-image attribute.")
    return np.array([[float(v) for v in row.split(",")] for row in found.group(1).split(";")])


def weights(k: Weights) -> NDArray[np.float64]:
    """The kernel as floats, each weight read exactly first.

    Examples
    --------
    >>> weights(PRESETS["gaussian"]).sum()
    np.float64(1.0)
    """
    return np.array([[float(Fraction(w)) for w in row] for row in k])


def vector(name: str, k: Weights) -> dict[str, Any]:
    """Every output of one kernel: convolution and correlation, under every boundary.

    Examples
    --------
    >>> v = vector("shift", PRESETS["shift"])
    >>> out = v["convolution"]["fill"]
    >>> out[2][9], out[2][8]     # the dot at row 2, column 8 moved one pixel right
    (1.0, 0.0)
    """
    img, kernel = image(), weights(k)
    return {
        "name": name,
        "kernel": [list(row) for row in k],
        "convolution": {b: convolve2d(img, kernel, mode="same", boundary=b).tolist() for b in engine.BOUNDARIES},
        "correlation": {b: correlate2d(img, kernel, mode="same", boundary=b).tolist() for b in engine.BOUNDARIES},
    }


def kernels() -> dict[str, Weights]:
    """The vectors' kernels: the presets, then the typed one."""
    return {**PRESETS, "typed": TYPED}


def build(names: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The vectors called ``names`` (all of them when ``None``)."""
    known = kernels()
    wanted = list(known) if not names else list(names)
    unknown = [n for n in wanted if n not in known]
    if unknown:
        raise KeyError(f"unknown vector(s) {unknown}; known: {', '.join(known)}")
    return [vector(n, known[n]) for n in wanted]


def write(vectors: list[dict[str, Any]], out: Path) -> Path:
    """Write ``vectors`` with the image and the boundaries as JSON to ``out``; return the path."""
    return write_json({"image": image().tolist(), "boundaries": list(engine.BOUNDARIES), "vectors": vectors}, out)


def main(argv: Sequence[str] | None = None, echo: Callable[[str], None] = print) -> int:
    return run(
        argv, echo, tool="playground_vectors", description=__doc__.splitlines()[0], default_out=DEFAULT_OUT,
        listing=lambda: [f"{name:10s} {' / '.join(' '.join(row) for row in k)}" for name, k in kernels().items()],
        build=build, write=write,
    )


if __name__ == "__main__":
    sys.exit(main())
