"""Render the chapter's figures (light and dark) into docs/figures/, skipping unchanged ones.

Examples::

    python -m probconv_site.figures                 # everything that changed
    python -m probconv_site.figures --list          # names, formats and files
    python -m probconv_site.figures joint_grid      # one figure
    python -m probconv_site.figures --force --out /tmp/figs
    python -m probconv_site.figures --timing        # clean / unchanged / one-edit timings

Exits with status 1 if any figure fails; failures are reported by name.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from .build import DEFAULT_CACHE, DEFAULT_OUT, build
from .registry import FIGURES


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Render the chapter's figures in light and dark variants, reusing a content-keyed cache.",
        epilog="Figures are drawn by probconv_site/figures/fig_NAME.py; captions and alt text live in its registry.py.",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="figures to build (default: all)")
    parser.add_argument("--list", action="store_true", help="list the figures and exit")
    parser.add_argument("--force", action="store_true", help="render even if the cache is up to date")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output directory (default: {DEFAULT_OUT})")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help=f"cache directory (default: {DEFAULT_CACHE})")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument("--timing", action="store_true",
                        help="measure a clean build, an unchanged build and a one-figure rebuild in a temp dir")
    return parser.parse_args(argv)


def timing(names: list[str] | None, jobs: int | None) -> int:
    """Print the three build times the project promises (clean <= 20 s, unchanged <= 1 s, one edit <= 2 s)."""
    with tempfile.TemporaryDirectory() as tmp:
        out, cache = Path(tmp) / "out", Path(tmp) / "cache"
        edited = (names or list(FIGURES))[0]
        runs = [("clean", {}), ("unchanged", {}), (f"one edited ({edited})", {edited: "edit"})]
        status = 0
        for label, salt in runs:
            start = time.perf_counter()
            results = build(names or None, out=out, cache_dir=cache, jobs=jobs, salt=salt, report=None)
            seconds = time.perf_counter() - start
            rendered = sum(r.status == "rendered" for r in results)
            failed = [r.name for r in results if r.status == "failed"]
            cached = len(results) - rendered - len(failed)
            print(f"{label:<32} {seconds:6.2f} s  ({rendered} rendered, {cached} cached)")
            status |= bool(failed)
    return status


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list:
        for spec in FIGURES.values():
            print(f"{spec.name:<28} {spec.fmt}  {', '.join(spec.files().values())}")
        return 0
    unknown = [n for n in args.names if n not in FIGURES]
    if unknown:
        print(f"unknown figure(s): {', '.join(unknown)} (see --list)", file=sys.stderr)
        return 2
    if args.timing:
        return timing(args.names, args.jobs)
    start = time.perf_counter()
    results = build(args.names or None, out=args.out, cache_dir=args.cache, force=args.force, jobs=args.jobs)
    failed = [r for r in results if r.status == "failed"]
    for r in failed:
        print(f"\n--- {r.name} failed ---\n{r.error}", file=sys.stderr)
    rendered = sum(r.status == "rendered" for r in results)
    print(f"{rendered} rendered, {len(results) - rendered - len(failed)} cached, {len(failed)} failed "
          f"in {time.perf_counter() - start:.1f} s -> {args.out}")
    if failed:
        print(f"FAILED: {', '.join(r.name for r in failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
