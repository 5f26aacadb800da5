"""TeX to MathML at build time: one Node process running Temml, and a cache keyed on the TeX.

The site's formulas are typeset once, when the site is built, so that no reader's browser runs
a typesetting script. :class:`Typesetter` starts ``node render.cjs`` at its first cache miss and
keeps it for the life of the build (or of ``mkdocs serve``), asking it for one formula at a time.
Answers are kept in a JSON file under the build cache, keyed on the TeX, the display mode and
the renderer (Temml's version and ``render.cjs`` itself), so a rebuild only sends the formulas it
has never seen.

Examples
--------
>>> with Typesetter(cache_file=None) as typeset:
...     print(typeset(Formula(r"\\sqrt{2}", display=False)))
<math><msqrt><mn>2</mn></msqrt></math>
>>> with Typesetter(cache_file=None) as typeset:
...     typeset(Formula(r"\\frac{1", display=False))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
probconv_site.math.renderer.TexError: \\frac{1: Unexpected end of input in a macro argument, expected '}' ...
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from ..paths import CACHE, ROOT

#: The Node script that answers typesetting requests.
SCRIPT = Path(__file__).with_name("render.cjs")
#: Where ``npm ci`` (run by ``make install``) puts Temml.
TEMML_PACKAGE = ROOT / "node_modules" / "temml" / "package.json"
#: The formula cache of a build; delete it (or ``make clean``) to typeset everything again.
CACHE_FILE = CACHE / "math" / "formulas.json"


class MathSetupError(RuntimeError):
    """Node or Temml is missing: the site cannot typeset its formulas."""


class TexError(ValueError):
    """Temml rejected a formula; the message names the formula and what is wrong with it."""

    def __init__(self, formula: Formula, message: str) -> None:
        super().__init__(f"{formula.tex}: {message.strip()}")
        self.formula = formula


@dataclass(frozen=True)
class Formula:
    """One formula: its TeX (without delimiters) and whether it is set on its own line."""

    tex: str
    display: bool


def node_executable() -> str:
    """The ``node`` on the PATH, or a :class:`MathSetupError` that says how to get one."""
    node = shutil.which("node")
    if node is None:
        raise MathSetupError("Node.js is needed to typeset the formulas at build time, and `node` is "
                             "not on the PATH: run `make install`, which installs it with apt-get.")
    return node


def temml_version() -> str:
    """The installed Temml's version, or a :class:`MathSetupError` that says how to install it."""
    try:
        return str(json.loads(TEMML_PACKAGE.read_text(encoding="utf-8"))["version"])
    except FileNotFoundError:
        raise MathSetupError(f"Temml is not installed ({TEMML_PACKAGE} is missing): run `make install`, "
                             "which runs `npm ci`.") from None


def renderer_digest() -> str:
    """A short hash of what turns TeX into MathML: Temml's version and ``render.cjs``."""
    h = hashlib.sha256(f"temml=={temml_version()}\0".encode())
    h.update(SCRIPT.read_bytes())
    return h.hexdigest()[:16]


class Typesetter:
    """Typeset formulas with a persistent Node process and a cache; a callable and a context manager.

    Parameters
    ----------
    cache_file
        The JSON file that keeps answers between builds, or ``None`` for no cache on disk.
    """

    def __init__(self, cache_file: Path | None = CACHE_FILE) -> None:
        self._cache_file = cache_file
        self._digest = renderer_digest()
        self._process: subprocess.Popen[str] | None = None
        self._known: dict[str, str] = {}
        self._used: set[str] = set()
        self._dirty = False
        if cache_file is not None and cache_file.is_file():
            stored = json.loads(cache_file.read_text(encoding="utf-8"))
            if stored.get("renderer") == self._digest:
                self._known = stored["formulas"]

    def __enter__(self) -> Typesetter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    @staticmethod
    def key(formula: Formula) -> str:
        """The cache key of ``formula``: the display mode and the TeX."""
        return ("D" if formula.display else "I") + formula.tex

    def __call__(self, formula: Formula) -> str:
        """The MathML of ``formula``; raise :class:`TexError` if Temml rejects it."""
        key = self.key(formula)
        self._used.add(key)
        if key not in self._known:
            self._known[key] = self._ask(formula)
            self._dirty = True
        return self._known[key]

    def _ask(self, formula: Formula) -> str:
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen(
                [node_executable(), str(SCRIPT), str(ROOT)], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1)
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps({"tex": formula.tex, "display": formula.display}) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise MathSetupError(f"the Temml process ({SCRIPT.name}) stopped; run it by hand to see why: "
                                 f"node {SCRIPT} {ROOT}")
        answer = json.loads(line)
        if "error" in answer:
            raise TexError(formula, answer["error"])
        return str(answer["mathml"])

    def save(self, prune: bool) -> None:
        """Write new answers to the cache file; with ``prune``, keep only the formulas used since the last save."""
        if self._cache_file is None or not (self._dirty or (prune and len(self._used) < len(self._known))):
            self._used.clear()
            return
        if prune:
            self._known = {key: self._known[key] for key in sorted(self._used) if key in self._known}
        self._cache_file.parent.mkdir(parents=True, exist_ok=True)
        partial = self._cache_file.with_name(f".{self._cache_file.name}.{os.getpid()}.part")
        partial.write_text(json.dumps({"renderer": self._digest, "formulas": self._known}, sort_keys=True,
                                      ensure_ascii=False), encoding="utf-8")
        os.replace(partial, self._cache_file)
        self._dirty = False
        self._used.clear()

    def close(self) -> None:
        """Stop the Node process, if it runs."""
        if self._process is not None:
            if self._process.stdin is not None:
                self._process.stdin.close()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
            if self._process.stdout is not None:
                self._process.stdout.close()
            self._process = None
