"""Fixtures shared by the whole test suite.

``built_site`` builds the chapter site once per test session (per worker under pytest-xdist),
exactly as ``make build`` does (``mkdocs build --strict``), into a temporary directory. Tests that
need the HTML (the site checks here, the browser tests in tests/browser/) take it as an argument
and are marked ``build`` for it; a session that needs none of them never pays for the build.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from probconv_site.reproducible import mkdocs_build

#: Fixtures that build the site or render every figure: a test that takes one is a ``build`` test.
BUILD_FIXTURES = {"built_site", "site_dir", "base_url", "full_build"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs the built site, so that ``make check`` can leave it out."""
    for item in items:
        if BUILD_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.build)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the site once with ``mkdocs build --strict``; return the path of its output folder.

    With ``PROBCONV_BUILT_SITE`` set, that folder is used instead (for iterating on the site and
    browser tests against a site built once by hand).
    """
    if os.environ.get("PROBCONV_BUILT_SITE"):
        return Path(os.environ["PROBCONV_BUILT_SITE"])
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
    return site
