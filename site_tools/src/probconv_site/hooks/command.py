"""Which MkDocs command runs: the hooks that keep work between the rebuilds of ``mkdocs serve`` ask here.

Registered in mkdocs.yml through ``hooks/site_command.py``. ``mkdocs build`` always starts
afresh; only ``mkdocs serve`` reuses the notebook's execution and page, the compiled templates
and every formula typeset so far.

Examples
--------
>>> on_startup("serve", dirty=False); serving()
True
>>> on_startup("build", dirty=False); serving()
False
"""

from __future__ import annotations

_command = "build"


def on_startup(command: str, dirty: bool) -> None:
    """Remember the command: ``build``, ``gh-deploy`` or ``serve``."""
    global _command
    _command = command


def serving() -> bool:
    """True while ``mkdocs serve`` runs."""
    return _command == "serve"
