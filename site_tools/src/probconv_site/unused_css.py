"""Take out of a page's ``<style>`` elements the JupyterLab rules for widgets the page does not have.

nbconvert writes JupyterLab's whole stylesheet into every notebook page: 575 kB, 89 kB with gzip,
for the file browser, the menus, the dialogs, the debugger and every other part of JupyterLab. A
static page shows only cells, their prompts and their outputs, and no script adds JupyterLab's
classes to it later. The browser still receives, parses and matches all of it before the first
paint. :func:`without_unused_rules` drops each selector that names a class of JupyterLab or of a
library it brings (:data:`_PREFIXES`) that no element of the page carries, and each rule left with
no selector. Any other selector stays, and so do custom properties, fonts, keyframes and the
rules' order.

Classes inside a functional pseudo-class (``:not(.jp-mod-active)``, ``:is(...)``) do not count:
such a selector can match without them.

Examples
--------
>>> page = ('<style>.jp-Cell, .jp-Dialog {margin: 0} .jp-Menu {color: red} '
...         '@media print {.jp-Menu, p {color: black}} .jp-Cell:not(.jp-mod-x) {padding: 0}</style>'
...         '<div class="jp-Cell"><p>text</p></div>')
>>> print(without_unused_rules(page).split("<div")[0])
<style>.jp-Cell{margin: 0}@media print{p{color: black}}.jp-Cell:not(.jp-mod-x){padding: 0}</style>
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

import tinycss2  # type: ignore[import-untyped]  # tinycss2 has no annotations
from tinycss2.ast import Node  # type: ignore[import-untyped]

_STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.DOTALL | re.IGNORECASE)
_CLASS_ATTRIBUTE = re.compile(r'\sclass="([^"]*)"')
#: Blocks whose contents are rules, pruned in turn.
_GROUPS = {"media", "supports", "layer", "container"}
#: Class prefixes of JupyterLab and the libraries it brings: Lumino (and Phosphor before it),
#: Blueprint, CodeMirror, and nbconvert's colours for terminal output.
_PREFIXES = ("jp-", "lm-", "p-", "bp3-", "CodeMirror", "cm-", "ansi-")


def _selectors(prelude: Sequence[Node]) -> list[list[Node]]:
    """The comma-separated selectors of a rule's prelude, as token lists."""
    selectors: list[list[Node]] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append([])
        else:
            selectors[-1].append(token)
    return selectors


def _classes(selector: Sequence[Node]) -> Iterable[str]:
    """The class names a selector requires, leaving out those inside functional pseudo-classes."""
    for before, token in pairwise(selector):
        if before.type == "literal" and before.value == "." and token.type == "ident":
            yield token.value


def _pruned(rules: Iterable[Node], present: set[str]) -> str:
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = [s for s in _selectors(rule.prelude)
                         if all(c in present for c in _classes(s) if c.startswith(_PREFIXES))]
            if selectors:
                prelude = ",".join(tinycss2.serialize(s).strip() for s in selectors)
                kept.append(f"{prelude}{{{tinycss2.serialize(rule.content)}}}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in _GROUPS and rule.content is not None:
            inner = _pruned(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), present)
            if inner:
                kept.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude).rstrip()}{{{inner}}}")
        elif rule.type == "at-rule":
            kept.append(tinycss2.serialize([rule]))
    return "".join(kept)


def without_unused_rules(html: str) -> str:
    """``html`` with its ``<style>`` elements stripped of JupyterLab rules for absent classes."""
    present = {name for names in _CLASS_ATTRIBUTE.findall(html) for name in names.split()}

    def prune(match: re.Match[str]) -> str:
        rules = tinycss2.parse_stylesheet(match.group(2), skip_comments=True, skip_whitespace=True)
        return match.group(1) + _pruned(rules, present) + match.group(3)

    return _STYLE.sub(prune, html)
