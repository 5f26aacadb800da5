"""Lighthouse on every page of the site, served with gzip as a static host serves it.

``python -m probconv_site.audit`` (``make audit``) builds the site (``mkdocs build --strict``),
serves it from a local static server that compresses text with gzip, runs Lighthouse 12 (mobile,
its default; installed from npm into ``audit/``) on Debian's Chromium ``--runs`` times on each
page of the nav, and prints one row per page: the median of each category's score, of LCP, TBT
and CLS, of the bytes transferred, and of Lighthouse's benchmark index of the machine (its speed
at the time: on a shared machine it drifts, and the blocking time with it). It exits with status 1
when a median misses a target:

* performance at least 95; accessibility, best practices and SEO 100;
* CLS at most 0.02;
* at most 300 KiB transferred (the notebook page 600 KiB), counting what Lighthouse loads.

Scores depend on timing, so this is not a test: ``make test`` never runs it.

Examples
--------
>>> misses({"performance": 94, "accessibility": 100, "best-practices": 100, "seo": 100,
...         "cls": 0.0, "bytes": 310 * 1024}, "dice/")
['performance 94 < 95', 'bytes 310 KiB > 300 KiB']
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .pages import chapter_pages
from .paths import CACHE, ROOT
from .reproducible import mkdocs_build

#: Lighthouse, installed by ``make audit`` from audit/package-lock.json.
LIGHTHOUSE = ROOT / "audit" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("PROBCONV_CHROMIUM", "/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
#: The targets of the issue: the least score of each category, the most CLS and bytes.
MIN_SCORE = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
MAX_CLS = 0.02
MAX_KIB = 300
#: Pages allowed more bytes: the notebook carries its outputs' images.
MAX_KIB_FOR = {"notebook/": 600}
#: What a static host compresses.
COMPRESSED = (".html", ".css", ".js", ".svg", ".json", ".xml", ".txt", ".ipynb")


class GzipHandler(SimpleHTTPRequestHandler):
    """Serve files, text compressed with gzip when the browser accepts it, as a static host does."""

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: Lighthouse fetches hundreds of files."""

    def send_head(self) -> Any:
        """Send the headers, with the compressed body when the file is text; else as usual."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not (path.endswith(COMPRESSED) and os.path.isfile(path)
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


def lighthouse(url: str) -> dict[str, float]:
    """Run Lighthouse once on ``url``; return the four scores (0-100), LCP and TBT (ms), CLS and bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        proc = subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
             f"--only-categories={','.join(CATEGORIES)}",
             "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
            env=dict(os.environ, CHROME_PATH=CHROMIUM), capture_output=True, text=True, timeout=300,
        )
        if proc.returncode != 0 or not out.exists():
            raise RuntimeError(f"Lighthouse failed on {url}:\n{proc.stderr[-2000:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    row: dict[str, float] = {name: round(100 * (report["categories"][name]["score"] or 0)) for name in CATEGORIES}
    row.update(
        lcp=audits["largest-contentful-paint"]["numericValue"],
        tbt=audits["total-blocking-time"]["numericValue"],
        cls=audits["cumulative-layout-shift"]["numericValue"],
        bytes=audits["total-byte-weight"]["numericValue"],
        # Lighthouse's measure of how fast this machine ran at the time (higher is faster): on a
        # shared machine it drifts, and the blocking time follows it.
        benchmark=report["environment"]["benchmarkIndex"],
    )
    return row


def misses(row: dict[str, float], page: str) -> list[str]:
    """Return the targets that ``row`` (the medians of one page) misses, in words."""
    out = [f"{name} {row[name]:.0f} < {least}" for name, least in MIN_SCORE.items() if row[name] < least]
    if row["cls"] > MAX_CLS:
        out.append(f"CLS {row['cls']:.3f} > {MAX_CLS}")
    most = MAX_KIB_FOR.get(page, MAX_KIB)
    if row["bytes"] > most * 1024:
        out.append(f"bytes {row['bytes'] / 1024:.0f} KiB > {most} KiB")
    return out


def audit(site: Path, pages: Sequence[str], runs: int) -> dict[str, dict[str, float]]:
    """Serve ``site`` and run Lighthouse ``runs`` times on each page; return each page's medians."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    medians: dict[str, dict[str, float]] = {}
    try:
        for i, page in enumerate(pages, 1):
            rows = []
            for run in range(1, runs + 1):
                print(f"[{i}/{len(pages)}] /{page} run {run}/{runs}", file=sys.stderr, flush=True)
                rows.append(lighthouse(f"http://127.0.0.1:{server.server_port}/{page}"))
            medians[page] = {key: statistics.median(r[key] for r in rows) for key in rows[0]}
    finally:
        server.shutdown()
    return medians


def table(medians: dict[str, dict[str, float]]) -> str:
    """Return the report: one row per page, the targets each misses at its end."""
    head = (f"{'page':<26} {'perf':>4} {'a11y':>4} {'bp':>4} {'seo':>4} "
            f"{'LCP ms':>7} {'TBT ms':>7} {'CLS':>6} {'KiB':>6} {'bench':>6}")
    lines = [head, "-" * len(head)]
    for page, row in medians.items():
        missed = misses(row, page)
        lines.append(
            f"{'/' + page:<26} {row['performance']:>4.0f} {row['accessibility']:>4.0f} {row['best-practices']:>4.0f} "
            f"{row['seo']:>4.0f} {row['lcp']:>7.0f} {row['tbt']:>7.0f} {row['cls']:>6.3f} {row['bytes'] / 1024:>6.0f}"
            f" {row['benchmark']:>6.0f}"
            + ("  MISS: " + "; ".join(missed) if missed else "")
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Build, audit, print the table; exit 1 if any page misses a target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page; the median counts (3)")
    parser.add_argument("--page", action="append", help="audit only this page (site path, e.g. dice/); repeatable")
    parser.add_argument("--site", type=Path, help="audit this built site instead of building one")
    parser.add_argument("--json", type=Path, help="also write the medians to this file")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        parser.error(f"{LIGHTHOUSE} is missing: run `make audit`, which installs Lighthouse from audit/.")
    site = args.site
    if site is None:
        site = CACHE / "audit" / "site"
        print(f"building the site into {site} ...", file=sys.stderr, flush=True)
        proc = mkdocs_build(site)
        if proc.returncode != 0:
            print(proc.stdout + proc.stderr, file=sys.stderr)
            return 1
    pages = args.page or chapter_pages()
    medians = audit(site, pages, args.runs)
    print(table(medians))
    if args.json:
        args.json.write_text(json.dumps(medians, indent=1) + "\n", encoding="utf-8")
    failed = [page for page, row in medians.items() if misses(row, page)]
    print(f"\n{len(pages) - len(failed)}/{len(pages)} pages meet every target (median of {args.runs} runs)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
