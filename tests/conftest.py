"""Fixtures shared by the whole test suite.

``built_site`` builds the chapter site once per test run (shared by the pytest-xdist workers),
exactly as ``make build`` does (``mkdocs build --strict``), into a temporary directory. Tests that
need the HTML (the site checks here, the browser tests in tests/browser/) take it as an argument
and are marked ``build`` for it; a session that needs none of them never pays for the build.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

import pytest

from probconv_site.reproducible import mkdocs_build

#: Fixtures that build the site or render every figure: a test that takes one is a ``build`` test.
BUILD_FIXTURES = {"built_site", "site_dir", "base_url", "full_build"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs the built site, and run the quick tests first.

    The marks let ``make check`` leave the slow tests out. The order (quick, then build, then
    browser) keeps every worker busy with quick tests while one of them builds the site.
    """
    for item in items:
        if BUILD_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.build)
    items.sort(key=lambda item: (item.get_closest_marker("browser") is not None,
                                 item.get_closest_marker("build") is not None))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the site once with ``mkdocs build --strict``; return the path of its output folder.

    With ``PROBCONV_BUILT_SITE`` set, that folder is used instead (for iterating on the site and
    browser tests against a site built once by hand).
    """
    if os.environ.get("PROBCONV_BUILT_SITE"):
        return Path(os.environ["PROBCONV_BUILT_SITE"])
    # Under xdist every worker has its own basetemp, all in one shared folder: the first worker
    # to get here builds, the others wait on the lock and read its result.
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    site, failure = shared / "built-site", shared / "built-site.failed"
    with open(shared / "built-site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not site.is_dir() and not failure.exists():
            started = time.perf_counter()
            proc = mkdocs_build(site)
            if proc.returncode != 0:
                failure.write_text(
                    f"mkdocs build --strict failed (exit {proc.returncode}, {time.perf_counter() - started:.1f} s):\n"
                    f"{proc.stdout}\n{proc.stderr}",
                    encoding="utf-8",
                )
    if failure.exists():
        pytest.fail(failure.read_text(encoding="utf-8"), pytrace=False)
    return site
