"""Fixtures for the browser tests: the built site, served locally, read by Chromium.

The site comes from the session fixture ``built_site`` (tests/conftest.py:
``mkdocs build --strict`` once per session). Here it is served by
``http.server`` on 127.0.0.1 with an ephemeral port, and opened in one
headless Chromium per session with a fresh context per test.

Every page a test opens goes through :class:`PageWatch`, which aborts and
records any request to another host and collects console errors and
uncaught page errors, so a test can assert that a page is self-contained and
quiet.
"""

from __future__ import annotations

import functools
import json
import os
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

#: The Chromium the tests drive: Debian's by default; $PROBCONV_CHROMIUM names another one
#: (GitHub's runners have no Debian chromium package, but they have Google Chrome).
CHROMIUM = Path(os.environ.get("PROBCONV_CHROMIUM") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium keeps calling home, which the no-other-host check would catch.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1"}
#: The palette toggle keeps the chosen colour scheme in localStorage under this key (site root "/"), as
#: Material does.
PALETTE_KEY = "/.__palette"
SCHEMES = {"light": (0, "default"), "dark": (1, "slate")}


#: Page weights measured by the budget test, printed at the end of the run.
PAGE_WEIGHTS: dict[str, int] = {}


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not PAGE_WEIGHTS:
        return
    heaviest = max(PAGE_WEIGHTS, key=PAGE_WEIGHTS.__getitem__)
    terminalreporter.section("page weight (bytes transferred, page scrolled to the bottom)")
    for path, size in sorted(PAGE_WEIGHTS.items(), key=lambda kv: -kv[1]):
        terminalreporter.write_line(f"{size / 1024:8.1f} KiB  /{path}")
    terminalreporter.write_line(f"heaviest: /{heaviest} at {PAGE_WEIGHTS[heaviest] / 2**20:.2f} MiB")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


# -- pages of the site ------------------------------------------------------------------------------


def built_pages(site: Path) -> list[str]:
    """Site paths of every HTML page in a built site, the 404 page excepted."""
    pages = []
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        pages.append("" if rel == "." else rel + "/")
    return pages


# -- the site, served -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not (CHROMIUM.is_file() and CHROMIUM.stat().st_mode & stat.S_IXUSR):
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Chromium. Run `make chromium` "
            "(scripts/ensure_chromium.sh installs it with apt-get), then run the tests again.",
            pytrace=False,
        )
    return CHROMIUM


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    """A server that takes a closed connection in its stride: a test's browser context closes while
    images are still on their way, and the traceback would only clutter the test log."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def base_url(built_site: Path) -> Iterator[str]:
    server = _QuietServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser(chromium_path: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class PageWatch:
    """A page plus everything it did that a self-contained, quiet page must not do."""

    page: Any
    base_url: str
    external: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[Any] = field(default_factory=list)

    def goto(self, path: str) -> Any:
        response = self.page.goto(self.base_url + path, wait_until="load")
        assert response is not None and response.ok, f"{path}: HTTP {response and response.status}"
        return response

    def assert_clean(self) -> None:
        assert not self.external, f"requests to other hosts (aborted): {self.external}"
        assert not self.page_errors, f"uncaught page errors: {self.page_errors}"
        assert not self.console_errors, f"console errors: {self.console_errors}"

    def transferred_bytes(self) -> int:
        """Bytes received for every finished request so far: bodies plus headers."""
        total = 0
        for request in self.requests:
            sizes = request.sizes()
            total += max(sizes["responseBodySize"], 0) + max(sizes["responseHeadersSize"], 0)
        return total

    def settle(self) -> None:
        """Wait for the math font, then for the frame after it and a task: the scroll boxes are marked by
        then (docs/javascripts/scroll-boxes.js measures them after the next frame, from callbacks queued
        before this one's)."""
        self.page.evaluate(
            "document.fonts.ready.then(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))))"
        )

    def scroll_to_bottom(self) -> None:
        """Scroll down a screen at a time, so that lazy images start loading."""
        height = self.page.evaluate("document.documentElement.scrollHeight")
        step = self.page.viewport_size["height"] if self.page.viewport_size else 800
        for y in range(0, height + step, step):
            self.page.evaluate(f"window.scrollTo(0, {y})")
            time.sleep(0.02)
        self.page.wait_for_load_state("networkidle")


@pytest.fixture
def open_page(browser: Any, base_url: str) -> Iterator[Any]:
    """``open_page(path, scheme="light", width=1280, height=900, reduced_motion=False, chosen=True)``: a
    watched page in a fresh context, whose system setting is ``scheme``; with ``chosen`` the reader has
    also picked that scheme with the palette toggle."""
    contexts: list[Any] = []

    def _open(
        path: str,
        scheme: str = "light",
        width: int = 1280,
        height: int = 900,
        reduced_motion: bool = False,
        chosen: bool = True,
    ) -> PageWatch:
        index, name = SCHEMES[scheme]
        context = browser.new_context(
            viewport={"width": width, "height": height},
            color_scheme="dark" if scheme == "dark" else "light",
            reduced_motion="reduce" if reduced_motion else "no-preference",
            service_workers="block",
        )
        contexts.append(context)
        page = context.new_page()
        watch = PageWatch(page, base_url)

        def route(route: Any) -> None:
            host = urlsplit(route.request.url).hostname
            if route.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
                route.continue_()
            else:
                watch.external.append(route.request.url)
                route.abort()

        context.route("**/*", route)
        page.on(
            "console",
            lambda msg: msg.type == "error" and watch.console_errors.append(f"{msg.text} ({msg.location.get('url')})"),
        )
        page.on("pageerror", lambda err: watch.page_errors.append(str(err)))
        # On the context, so that requests from the search worker count too.
        context.on("requestfinished", lambda request: watch.requests.append(request))
        if chosen:  # as the palette toggle stores the choice
            choice = json.dumps({"index": index, "color": {"scheme": name}})
            page.add_init_script(f"localStorage.setItem({PALETTE_KEY!r}, {choice!r});")
        return watch

    yield _open
    for context in contexts:
        context.close()


def _written(tmp_path_factory: pytest.TempPathFactory, module: str) -> dict[str, Any]:
    """What ``python -m probconv_site.MODULE --out FILE`` writes: a widget's vectors (a build artefact)."""
    out = tmp_path_factory.mktemp(module) / f"{module}.json"
    subprocess.run([sys.executable, "-m", f"probconv_site.{module}", "--out", str(out)], check=True)
    payload: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return payload


@pytest.fixture(scope="session")
def vectors(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """The dice explorer's and the scrubber's vectors."""
    found: list[dict[str, Any]] = _written(tmp_path_factory, "explorer_vectors")["vectors"]
    return found


@pytest.fixture(scope="session")
def continuous_vectors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The continuous explorer's vectors, grid and menu."""
    return _written(tmp_path_factory, "continuous_vectors")


@pytest.fixture(scope="session")
def playground_vectors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The kernel playground's vectors and image."""
    return _written(tmp_path_factory, "playground_vectors")
