"""The API reference's Griffe extension: Sphinx roles in the docstrings become links, or code.

The library's numpydoc docstrings name other objects the way numpy's do, with Sphinx roles:
``:func:`auto_method```, ``:class:`~probconv.Pmf```, ``:meth:`isclose```. mkdocstrings renders
docstrings as Markdown, where a role would show as the literal ``:func:`` before the code. mkdocs.yml
loads :class:`SphinxRoles` into mkdocstrings' Griffe loader (``extensions:``); once the package is
loaded it rewrites every role into an *optional* cross-reference, which mkdocs-autorefs turns into a
link when the reference documents the target, and into plain code when it does not (numpy, scipy,
private helpers), without a warning either way.

Examples
--------
>>> print(role_to_ref(":func:`~probconv.engine.convolve`", lambda name: name))
<autoref identifier="probconv.engine.convolve" optional><code>convolve</code></autoref>
>>> print(role_to_ref("see :meth:`Pmf.from_weights`", {"Pmf": "probconv.pmf.Pmf"}.__getitem__))
see <autoref identifier="probconv.pmf.Pmf.from_weights" optional><code>Pmf.from_weights</code></autoref>
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from html import escape
from typing import Any

from griffe import Extension, GriffeLoader, Module, NameResolutionError, Object

#: A Sphinx role around a name: ``:func:`name```, ``:class:`~pkg.Name```, ``:mod:`.sibling```.
ROLE = re.compile(r":(?:py:)?(?:func|meth|class|mod|data|attr|obj|exc|const):`(?P<tilde>~?)(?P<target>[\w.]+)`")


def role_to_ref(text: str, resolve: Callable[[str], str]) -> str:
    """Replace each Sphinx role in ``text`` with an optional cross-reference.

    ``resolve`` maps the first part of a name to the full path of what it names in the docstring's
    scope; when it raises (``KeyError``, ``NameResolutionError``), the name is taken as written.
    The title is the name as written, or its last part after ``~`` (Sphinx's meaning).
    """

    def replace(match: re.Match[str]) -> str:
        target = match["target"].lstrip(".")
        head, dot, rest = target.partition(".")
        try:
            identifier = resolve(head) + dot + rest
        except (KeyError, NameResolutionError):
            identifier = target
        title = target.rsplit(".", 1)[-1] if match["tilde"] else target
        return f'<autoref identifier="{escape(identifier)}" optional><code>{escape(title)}</code></autoref>'

    return ROLE.sub(replace, text)


def _objects(obj: Object) -> Iterator[Object]:
    """``obj`` and everything defined inside it (imported names, Griffe's aliases, left out)."""
    yield obj
    for member in obj.members.values():
        if not member.is_alias:
            yield from _objects(member)  # type: ignore[arg-type]  # not an alias, so an Object


class SphinxRoles(Extension):
    """Rewrite the Sphinx roles of every docstring in a loaded package into optional cross-references."""

    def on_package(self, *, pkg: Module, loader: GriffeLoader, **kwargs: Any) -> None:
        """Rewrite the docstrings of the package ``pkg``, now that all its modules are loaded."""
        for obj in _objects(pkg):
            if obj.docstring is not None and ROLE.search(obj.docstring.value):
                obj.docstring.value = role_to_ref(obj.docstring.value, obj.resolve)
