"""Fixtures shared by the whole test suite.

``built_site`` builds the chapter site once per test session, exactly as
``make build`` does (``mkdocs build --strict``), into a temporary directory.
Tests that need the HTML (the site checks here, the browser tests in
tests/browser/) take it as an argument; a session that needs none of them
never pays for the build.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).with_name("mkdocs")

#: A fixed build date (2025-11-25 00:00 UTC), so that two builds of the same sources are
#: byte-identical (the sitemap's <lastmod> is the only date MkDocs writes).
SOURCE_DATE_EPOCH = "1764028800"


def build_env() -> dict[str, str]:
    """The environment of a reproducible build: a fixed date and no MkDocs 2 banner."""
    env = dict(os.environ)
    env.update(
        SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH,
        NO_MKDOCS_2_WARNING="1",
        PYTHONHASHSEED="0",
    )
    return env


def mkdocs_build(site_dir: Path, config: Path | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict`` into ``site_dir``; return the finished process."""
    cmd = [str(MKDOCS), "build", "--strict", "--site-dir", str(site_dir)]
    if config is not None:
        cmd += ["--config-file", str(config)]
    return subprocess.run(cmd, cwd=cwd, env=build_env(), capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built once with ``mkdocs build --strict``; the path of its output folder."""
    site = tmp_path_factory.mktemp("built") / "site"
    started = time.perf_counter()
    proc = mkdocs_build(site)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        pytest.fail(
            f"mkdocs build --strict failed (exit {proc.returncode}, {seconds:.1f} s):\n"
            f"{proc.stdout}\n{proc.stderr}",
            pytrace=False,
        )
    # linkchecker and the browser tests' http.server read the files as other users may.
    for path in [site, *site.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return site
