"""Fixtures shared by the whole test suite.

``built_site`` builds the chapter site once per test run (shared by the pytest-xdist workers),
exactly as ``make build`` does (``mkdocs build --strict``), into a temporary directory. Tests that
need the HTML (the site checks here, the browser tests in tests/browser/) take it as an argument
and are marked ``build`` for it; a session that needs none of them never pays for the build.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from probconv_site.reproducible import mkdocs_build

# Property tests are deterministic like every other test: the same examples on every run and
# machine (no example database, derandomized), and no deadline or speed check (they depend on
# the machine's load).
settings.register_profile(
    "deterministic", derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("deterministic")

#: Fixtures that need the built site: a test that takes one is a ``build`` test.
SITE_FIXTURES = {"built_site", "base_url"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs the built site, and run the quick tests first.

    The marks let ``make check`` leave the slow tests out. The order (quick, then build, then
    browser) keeps the workers busy with quick tests while the site builds in the background.
    """
    for item in items:
        if SITE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.build)
    items.sort(key=lambda item: (item.get_closest_marker("browser") is not None,
                                 item.get_closest_marker("build") is not None))


class SiteBuild:
    """One ``mkdocs build --strict`` per test run, shared by the pytest-xdist workers.

    Every worker has its own basetemp, all in one shared folder. Whoever holds the lock file
    there first builds; everyone else waits on the lock and then reads the result: the site, or
    the log of the failed build.
    """

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        shared = tmp_path_factory.getbasetemp()
        if os.environ.get("PYTEST_XDIST_WORKER"):
            shared = shared.parent
        self.site, self.failure, self.lock = (shared / name for name in ("built-site", "built-site.failed", "lock"))

    def ensure(self) -> None:
        """Build the site unless it is built (or has failed); block while another process builds."""
        with open(self.lock, "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if self.site.is_dir() or self.failure.exists():
                return
            started = time.perf_counter()
            proc = mkdocs_build(self.site)
            if proc.returncode != 0:
                self.failure.write_text(
                    f"mkdocs build --strict failed (exit {proc.returncode}, {time.perf_counter() - started:.1f} s):\n"
                    f"{proc.stdout}\n{proc.stderr}",
                    encoding="utf-8",
                )

    def result(self) -> Path:
        """The built site's folder, once the build is done; a failed build fails the test."""
        self.ensure()
        if self.failure.exists():
            pytest.fail(self.failure.read_text(encoding="utf-8"), pytrace=False)
        return self.site


@pytest.fixture(scope="session", autouse=True)
def _build_the_site_early(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Start the site build in the background when the run starts, if any selected test needs it.

    The quick tests run first (see :func:`pytest_collection_modifyitems`), so the build overlaps
    them instead of keeping a worker waiting later. One worker (or the only process) starts it.
    """
    needed = any(SITE_FIXTURES & set(getattr(item, "fixturenames", ())) for item in request.session.items)
    if not needed or os.environ.get("PROBCONV_BUILT_SITE") or os.environ.get("PYTEST_XDIST_WORKER", "gw0") != "gw0":
        yield
        return
    thread = threading.Thread(target=SiteBuild(tmp_path_factory).ensure, name="site-build", daemon=True)
    thread.start()
    yield
    thread.join()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the site once with ``mkdocs build --strict``; return the path of its output folder.

    With ``PROBCONV_BUILT_SITE`` set, that folder is used instead (for iterating on the site and
    browser tests against a site built once by hand).
    """
    if os.environ.get("PROBCONV_BUILT_SITE"):
        return Path(os.environ["PROBCONV_BUILT_SITE"])
    return SiteBuild(tmp_path_factory).result()
