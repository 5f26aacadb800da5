"""Render figures as PNG at the size a phone shows them, light and dark side by side.

Usage: ``python -m probconv_site.figures.preview [NAME ...] [--out DIR] [--px 330]``.
Writes ``DIR/NAME-light.png`` and ``DIR/NAME-dark.png`` (default ``.cache/preview``): both variants scaled so
that the figure is ``--px`` pixels wide, which is how a reader on a 360 px
phone screen sees it. For looking at, not for the site.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..paths import CACHE
from .build import draw
from .registry import FIGURES, VARIANTS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="figures to preview (default: all)")
    parser.add_argument("--out", type=Path, default=CACHE / "preview")
    parser.add_argument("--px", type=int, default=330, help="displayed width in CSS pixels")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.names or list(FIGURES):
        for variant in VARIANTS:
            fig = draw(name, variant)
            dpi = args.px * args.scale / fig.get_size_inches()[0]
            fig.savefig(args.out / f"{name}-{variant}.png", dpi=dpi)
        print(args.out / f"{name}-*.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
