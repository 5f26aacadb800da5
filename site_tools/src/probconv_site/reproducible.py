"""Build the site reproducibly, and show that two clean builds agree byte for byte, even under load.

``python -m probconv_site.reproducible`` runs two clean builds of the site (each with empty figure
and notebook caches) with the same ``SOURCE_DATE_EPOCH`` while busy processes hold every core,
and compares the two trees file by file. It prints what differs and exits with status 1 if
anything does. The tests use :func:`mkdocs_build` and :func:`differing_files` for the same check.

Examples
--------
>>> build_env(cache=Path("/tmp/c"))["SOURCE_DATE_EPOCH"]
'1764028800'
"""

from __future__ import annotations

import argparse
import filecmp
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .paths import CACHE_ENV, ROOT

#: A fixed build date (2025-11-25 00:00 UTC); the sitemap's <lastmod> is the only date MkDocs writes.
SOURCE_DATE_EPOCH = "1764028800"
#: No busy process outlives this, whatever happens to the build.
BUSY_SECONDS_MAX = 900.0


def build_env(cache: Path | None = None) -> dict[str, str]:
    """Return the environment of a reproducible build: a fixed date, a fixed hash seed, quiet MkDocs.

    Parameters
    ----------
    cache : Path, optional
        A folder for the build's caches (figures, notebook) instead of the repository's ``.cache``.
    """
    env = dict(os.environ)
    env.update(SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, NO_MKDOCS_2_WARNING="1", PYTHONHASHSEED="0")
    if cache is not None:
        env[CACHE_ENV] = str(cache)
    return env


def mkdocs_build(
    site_dir: Path, config: Path | None = None, cwd: Path = ROOT, cache: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict`` into ``site_dir`` and return the finished process."""
    cmd = [str(Path(sys.executable).with_name("mkdocs")), "build", "--strict", "--site-dir", str(site_dir)]
    if config is not None:
        cmd += ["--config-file", str(config)]
    return subprocess.run(cmd, cwd=cwd, env=build_env(cache), capture_output=True, text=True, timeout=900)


def differing_files(first: Path, second: Path) -> list[str]:
    """List the files that only one tree has, or that the two hold with different bytes."""
    a = {p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file()}
    b = {p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file()}
    differ = [f"only in the first: {p}" for p in sorted(a - b)] + [f"only in the second: {p}" for p in sorted(b - a)]
    differ += [p for p in sorted(a & b) if not filecmp.cmp(first / p, second / p, shallow=False)]
    return differ


def _spin(deadline: float) -> None:
    while time.monotonic() < deadline:
        sum(i * i for i in range(10_000))


@contextmanager
def busy(processes: int) -> Iterator[None]:
    """Keep ``processes`` processes spinning on the CPU for as long as the block runs."""
    deadline = time.monotonic() + BUSY_SECONDS_MAX
    workers = [multiprocessing.Process(target=_spin, args=(deadline,), daemon=True) for _ in range(processes)]
    for worker in workers:
        worker.start()
    try:
        yield
    finally:
        for worker in workers:
            worker.terminate()
            worker.join()


def main(argv: Sequence[str] | None = None) -> int:
    """Run two clean builds under load and compare them; return 0 if they are identical."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--busy", type=int, default=os.cpu_count() or 2,
                        help="busy processes during the builds (default: one per core)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="probconv-reproducible-") as tmp:
        sites = []
        with busy(args.busy):
            for run in (1, 2):
                site, cache = Path(tmp) / f"site{run}", Path(tmp) / f"cache{run}"
                started = time.perf_counter()
                proc = mkdocs_build(site, cache=cache)
                print(f"build {run}: {time.perf_counter() - started:.1f} s with {args.busy} busy processes, "
                      f"empty caches, SOURCE_DATE_EPOCH={SOURCE_DATE_EPOCH}", flush=True)
                if proc.returncode != 0:
                    print(proc.stdout + proc.stderr, file=sys.stderr)
                    return 1
                sites.append(site)
        differ = differing_files(*sites)
        files = sum(1 for p in sites[0].rglob("*") if p.is_file())
        if differ:
            print(f"{len(differ)} of {files} files differ:\n  " + "\n  ".join(differ))
            return 1
        print(f"identical: {files} files, byte for byte")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
