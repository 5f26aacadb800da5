"""Time the author's edit loop: from saving a file to ``mkdocs serve`` saying "Documentation built".

``python -m probconv_site.edit_loop`` (``make edit-loop``) starts ``mkdocs serve`` on a free port,
waits for its first build, then saves files the way an editor does and times each rebuild:

* a chapter page, saved with a blank line added at its end or taken away again (the budget is
  1.5 s);
* one figure's module, with a comment added, so that the figure really renders again, in both
  variants (the budget is 3 s). The module gets its original bytes back afterwards.

Each edit is made ``--repeat`` times; the script prints every time, the median and the worst,
and exits with status 1 if any one save took longer than its budget.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from .figures.registry import FIGURES
from .paths import DOCS, ROOT

#: Seconds from the save to the "Documentation built" line.
PAGE_BUDGET = 1.5
FIGURE_BUDGET = 3.0
BUILDING = "Building documentation"
# MkDocs drops a log message it has logged before, so a rebuild that takes as long as an earlier
# one prints no "Documentation built" line; the live-reload server's next line marks its end too.
BUILT = re.compile(r"Documentation built in [0-9.]+ seconds|Reloading browsers")
#: How long to wait for any one build before giving up.
TIMEOUT = 300.0


class Server:
    """``mkdocs serve`` in a subprocess, with the time of every finished build."""

    def __init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        self.proc = subprocess.Popen(
            [str(Path(sys.executable).with_name("mkdocs")), "serve", "--strict", "-a", f"127.0.0.1:{port}"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        self.builds: queue.Queue[float] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        building = False
        for line in self.proc.stdout:
            self.log.append(line.rstrip())
            if BUILDING in line:
                building = True
            elif building and BUILT.search(line):
                building = False
                self.builds.put(time.perf_counter())

    def next_build(self) -> float:
        """Wait for the next "Documentation built" line; return when it came."""
        try:
            return self.builds.get(timeout=TIMEOUT)
        except queue.Empty:
            raise RuntimeError("mkdocs serve built nothing in time:\n" + "\n".join(self.log[-30:])) from None

    def settle(self, quiet: float = 1.5) -> None:
        """Wait until no build has finished for ``quiet`` seconds (the watcher has caught up)."""
        while True:
            try:
                self.builds.get(timeout=quiet)
            except queue.Empty:
                return

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def time_save(server: Server, path: Path, content: bytes) -> float:
    """Seconds from writing ``content`` to ``path`` to the end of the rebuild it causes."""
    server.settle()
    started = time.perf_counter()
    path.write_bytes(content)
    return server.next_build() - started


def main(argv: Sequence[str] | None = None) -> int:
    """Time page and figure saves under ``mkdocs serve``; return 1 if any save misses its budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="saves of each kind (default: 5)")
    parser.add_argument("--page", type=Path, default=DOCS / "dice.md", help="the page to save")
    parser.add_argument("--figure", default="two_dice", choices=list(FIGURES), help="the figure to edit")
    args = parser.parse_args(argv)
    page, module = args.page, FIGURES[args.figure].source_path
    page_text, module_text = page.read_bytes(), module.read_bytes()
    server = Server()
    try:
        server.next_build()
        print("first build done; timing saves", flush=True)
        page_times = [time_save(server, page, page_text + b"\n" * (i % 2 == 0)) for i in range(args.repeat)]
        figure_times = [time_save(server, module, module_text + f"# edit {i}\n".encode()) for i in range(args.repeat)]
    finally:
        page.write_bytes(page_text)
        module.write_bytes(module_text)
        server.stop()
    status = 0
    for label, times, budget in (
        (f"save {page.relative_to(ROOT)}", page_times, PAGE_BUDGET),
        (f"edit {module.relative_to(ROOT)}", figure_times, FIGURE_BUDGET),
    ):
        worst = max(times)
        verdict = "ok" if worst <= budget else "OVER BUDGET"
        print(f"{label}: median {statistics.median(times):.2f} s, worst {worst:.2f} s, budget {budget} s: {verdict}  "
              f"({', '.join(f'{t:.2f}' for t in times)})")
        status |= worst > budget
    return int(status)


if __name__ == "__main__":
    raise SystemExit(main())
