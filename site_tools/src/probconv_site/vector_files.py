"""The widgets' test vectors on disk: one JSON file per widget, and the command line that writes it.

:mod:`probconv_site.explorer_vectors` and :mod:`probconv_site.continuous_vectors` each
compute their vectors with probconv; this module writes them and parses their shared
command line (``NAME ...``, ``--list``, ``--out FILE``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def write_json(payload: dict[str, Any], out: Path) -> Path:
    """Write ``payload`` as indented JSON to ``out`` (parents created) and return the path.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = write_json({"vectors": []}, Path(tmp) / "a" / "v.json")
    ...     path.read_text(encoding="utf-8")
    '{\\n "vectors": []\\n}\\n'
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return out


def run(
    argv: Sequence[str] | None,
    echo: Callable[[str], None],
    *,
    tool: str,
    description: str,
    default_out: Path,
    listing: Callable[[], list[str]],
    build: Callable[[Sequence[str] | None], list[dict[str, Any]]],
    write: Callable[[list[dict[str, Any]], Path], Path],
) -> int:
    """The command line of a vector module ``tool``: write the vectors named (all by default), or list them.

    Returns the exit status: 0, or 2 for an unknown vector name.
    """
    parser = argparse.ArgumentParser(prog=f"python -m probconv_site.{tool}", description=description)
    parser.add_argument("names", nargs="*", help="vectors to write (default: all)")
    parser.add_argument("--list", action="store_true", help="print the vector names and exit")
    parser.add_argument("--out", type=Path, default=default_out, help=f"output file (default: {default_out})")
    args = parser.parse_args(argv)
    if args.list:
        for line in listing():
            echo(line)
        return 0
    try:
        vectors = build(args.names)
    except KeyError as err:
        echo(f"{tool}: {err.args[0]}")
        return 2
    echo(f"{tool}: wrote {len(vectors)} vectors to {write(vectors, args.out)}")
    return 0
