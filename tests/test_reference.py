"""Every public name of probconv is in the API reference, with a docstring whose example runs.

The public API, enumerated at run time so that a new name cannot be forgotten:

* every name in ``probconv.__all__`` and in ``probconv.engine.__all__``;
* every public function of ``probconv.kernels``;
* the members of every public class: methods, classmethods, staticmethods, properties, and the
  operators in :data:`OPERATORS`.

What each kind of name must have (pytest's ``--doctest-modules`` runs the examples themselves):

* a function, class, method or property: a numpydoc docstring of its own with an ``Examples``
  section holding ``>>>`` lines. A property counts: the reference gives it an entry of its own,
  and its example shows what it returns (a tuple of Fractions, a read-only array).
* an operator (``X + Y``, ``-X``, ``k * X``, ``X == Y``, ``X[k]``, ``len(X)``, ``f(x)``) is the API
  as much as a method is, so the same; protocol plumbing (``__init__``, whose parameters the
  class's docstring documents, ``__repr__``, ``__iter__``, ``__array__``, ``__reduce__``,
  ``__hash__``, ``__enter__``/``__exit__``, ``__post_init__``) is not API, and the reference leaves
  it out. A second name for the same function (``__rmul__ = __mul__``) is documented by the first.
* a module constant (``MODES``, ``DIRECT_MAX_LENGTH``): a docstring that Griffe reads (a string
  right after the assignment), so that the reference says what the value means. An instance
  attribute (``Density.values``) is documented in its class's Parameters or Attributes.
* a module (``probconv.kernels``): a docstring; its functions carry the examples.

And every public name appears in the reference pages (docs/reference/*.md): its own
``::: identifier`` line, or a class or module line whose rendered members (mkdocs.yml's
``filters``) include it. The last test reads the built site and checks that mkdocstrings really
rendered an entry, with an anchor, for each of them.
"""

from __future__ import annotations

import importlib
import inspect
import re
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import probconv
import probconv.engine
import probconv.kernels
from probconv_site import ROOT

REFERENCE = ROOT / "docs" / "reference"

#: The dunder methods that are operators: part of the API, documented and shown in the reference.
OPERATORS = frozenset(
    f"__{name}__"
    for name in "add radd sub rsub mul rmul truediv rtruediv matmul neg pos abs eq ne lt le gt ge getitem len "
    "contains call".split()
)

# A numpydoc section: its title, then a line of dashes. The Examples section runs to the next one.
_EXAMPLES = re.compile(r"^Examples\n-{3,}\n(?P<body>.*?)(?=^\S[^\n]*\n-{3,}\n|\Z)", re.MULTILINE | re.DOTALL)
# An mkdocstrings instruction on its own line: `::: identifier` (optionally after a heading's #s).
_AUTODOC = re.compile(r"^(?:#{1,6} *)?::: ?(?P<identifier>\S+)\s*$", re.MULTILINE)


# -- the public API --------------------------------------------------------------------------------


def _own_doc(obj: Any) -> str:
    """The docstring written for ``obj`` itself (not one inherited from a base class), dedented."""
    if isinstance(obj, property):
        obj = obj.fget
    elif isinstance(obj, (classmethod, staticmethod)):
        obj = obj.__func__
    doc = getattr(obj, "__doc__", None)
    return inspect.cleandoc(doc) if isinstance(doc, str) else ""


def has_runnable_example(doc: str) -> bool:
    """Whether a numpydoc docstring has an Examples section with a ``>>>`` line.

    >>> has_runnable_example("Summary.\\n\\nExamples\\n--------\\n>>> 1 + 1\\n2\\n")
    True
    >>> has_runnable_example("Summary.\\n\\nExamples\\n--------\\nNone.\\n\\nNotes\\n-----\\n>>> 1\\n")
    False
    """
    found = _EXAMPLES.search(doc)
    return found is not None and ">>>" in found["body"]


def class_members(cls: type) -> Iterator[tuple[str, Any]]:
    """The public members defined in ``cls`` itself: methods, classmethods, staticmethods, properties and operators.

    Data (slots, dataclass fields, class constants) is left out, and so is a second name bound to
    a function already listed.
    """
    seen: list[Any] = []
    for name, raw in vars(cls).items():
        if name.startswith("_") and name not in OPERATORS:
            continue
        if not isinstance(raw, (types.FunctionType, classmethod, staticmethod, property)):
            continue
        if any(raw is earlier for earlier in seen):
            continue
        seen.append(raw)
        yield name, raw


def public_names() -> dict[str, Any]:
    """Qualified name -> object, for every module-level public name (not yet the class members)."""
    names: dict[str, Any] = {f"probconv.{name}": getattr(probconv, name) for name in probconv.__all__}
    names |= {f"probconv.engine.{name}": getattr(probconv.engine, name) for name in probconv.engine.__all__}
    names |= {
        f"probconv.kernels.{name}": obj
        for name, obj in vars(probconv.kernels).items()
        if inspect.isfunction(obj) and obj.__module__ == probconv.kernels.__name__ and not name.startswith("_")
    }
    return names


def public_classes() -> dict[str, type]:
    return {name: obj for name, obj in public_names().items() if inspect.isclass(obj)}


def documented_callables() -> dict[str, Any]:
    """Qualified name -> object for every name that needs an example (one entry per object)."""
    out: dict[str, Any] = {}
    seen: set[int] = set()
    for name, obj in public_names().items():
        if (inspect.isfunction(obj) or inspect.isclass(obj)) and id(obj) not in seen:
            seen.add(id(obj))
            out[name] = obj
    for name, cls in public_classes().items():
        if name in out:
            out |= {f"{name}.{member}": raw for member, raw in class_members(cls)}
    return out


def public_constants() -> dict[str, Any]:
    return {name: obj for name, obj in public_names().items()
            if not (inspect.isfunction(obj) or inspect.isclass(obj) or inspect.ismodule(obj))}


def test_the_enumeration_finds_the_api_it_should() -> None:
    # A control for everything below: the enumeration sees the names the issue lists.
    found = documented_callables()
    for name in ("probconv.Pmf", "probconv.Pmf.nfold", "probconv.Pmf.__add__", "probconv.Pmf.support",
                 "probconv.Pmf.from_weights", "probconv.mixture", "probconv.kernels.gaussian",
                 "probconv.engine.auto_method", "probconv.JointGrid.totals", "probconv.memory_limit"):
        assert name in found, name
    assert "probconv.Pmf.__repr__" not in found and "probconv.Pmf.__iter__" not in found
    assert "probconv.engine.MODES" in public_constants()


# -- docstrings with examples ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(documented_callables()))
def test_every_public_name_has_a_docstring_with_a_runnable_example(name: str) -> None:
    doc = _own_doc(documented_callables()[name])
    assert doc, f"{name} has no docstring"
    assert has_runnable_example(doc), f"{name}: its docstring has no Examples section with a >>> line"


def test_public_modules_have_a_docstring() -> None:
    modules = [obj for obj in public_names().values() if inspect.ismodule(obj)] + [probconv.engine]
    assert all(inspect.getdoc(module) for module in modules), [m.__name__ for m in modules if not m.__doc__]


@pytest.fixture(scope="module")
def griffe_package() -> Any:
    """probconv as mkdocstrings sees it: loaded from the source by Griffe, without importing it."""
    griffe = pytest.importorskip("griffe")
    return griffe.load("probconv", search_paths=[str(ROOT / "src")], resolve_aliases=True)


@pytest.mark.parametrize("name", sorted(public_constants()))
def test_every_public_constant_says_what_it_means(griffe_package: Any, name: str) -> None:
    constant = griffe_package[name.removeprefix("probconv.")]
    assert constant.docstring is not None and constant.docstring.value.strip(), (
        f"{name} has no docstring for the reference: write a string literal on the line after the assignment"
    )


# -- the reference pages ---------------------------------------------------------------------------


def autodoc_identifiers() -> dict[str, str]:
    """Identifier -> page (path under docs/reference/) of every ``::: identifier`` line.

    Lines inside HTML comments do not count: they are not rendered.
    """
    found: dict[str, str] = {}
    for page in sorted(REFERENCE.rglob("*.md")):
        text = re.sub(r"<!--.*?-->", "", page.read_text(encoding="utf-8"), flags=re.DOTALL)
        for match in _AUTODOC.finditer(text):
            found[match["identifier"]] = page.relative_to(REFERENCE).as_posix()
    return found


def resolve(identifier: str) -> Any:
    """The object a dotted identifier names: the longest importable module, then attributes."""
    parts = identifier.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        return obj
    raise ImportError(identifier)


def member_filters() -> list[tuple[re.Pattern[str], bool]]:
    """mkdocs.yml's mkdocstrings ``filters``, as (pattern, excludes) pairs."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    plugin = next(p["mkdocstrings"] for p in config["plugins"] if isinstance(p, dict) and "mkdocstrings" in p)
    filters = plugin["handlers"]["python"]["options"]["filters"]
    return [(re.compile(f.removeprefix("!")), f.startswith("!")) for f in filters]


def rendered(name: str, filters: list[tuple[re.Pattern[str], bool]]) -> bool:
    """Whether mkdocstrings' ``filters`` keep a member called ``name`` (its rule: the last match decides).

    >>> rendered("__add__", [(re.compile("^_"), True), (re.compile("^__add__$"), False)])
    True
    >>> rendered("__repr__", [(re.compile("^_"), True), (re.compile("^__add__$"), False)])
    False
    """
    keep = None
    for pattern, excludes in filters:
        if pattern.search(name):
            keep = not excludes
    return keep if keep is not None else any(excludes for _, excludes in filters)


def reference_anchors() -> dict[str, str]:
    """Anchor id -> page, for every entry the reference pages should render: the ``:::`` lines
    and the class members and module functions below them."""
    filters = member_filters()
    anchors: dict[str, str] = {}
    for identifier, page in autodoc_identifiers().items():
        anchors[identifier] = page
        obj = resolve(identifier)
        if inspect.isclass(obj):
            anchors |= {f"{identifier}.{name}": page for name, _ in class_members(obj) if rendered(name, filters)}
        elif inspect.ismodule(obj):
            anchors |= {f"{identifier}.{name}": page for name, member in vars(obj).items()
                        if (inspect.isfunction(member) or inspect.isclass(member))
                        and member.__module__ == obj.__name__ and rendered(name, filters)}
    return anchors


def _shown_as(anchors: dict[str, str]) -> dict[str, str]:
    """Qualified public name -> the reference anchor that documents it."""
    by_object = {}
    for anchor in anchors:
        if anchor.count(".") >= 1:
            try:
                obj = resolve(anchor)
            except (ImportError, AttributeError):
                continue
            if inspect.isfunction(obj) or inspect.isclass(obj) or inspect.ismodule(obj):
                by_object[id(obj)] = anchor
    shown = {}
    names = public_names()
    for name, obj in names.items():
        if name in anchors:
            shown[name] = name
        elif id(obj) in by_object:
            shown[name] = by_object[id(obj)]
    for name, cls in public_classes().items():
        home = shown.get(name)
        for member, _ in class_members(cls):
            if home is not None and f"{home}.{member}" in anchors:
                shown[f"{name}.{member}"] = f"{home}.{member}"
    return shown


def test_every_reference_line_names_an_existing_object() -> None:
    for identifier, page in autodoc_identifiers().items():
        try:
            resolve(identifier)
        except (ImportError, AttributeError):
            pytest.fail(f"docs/reference/{page}: `::: {identifier}` names nothing in probconv")


def test_every_public_name_appears_in_the_reference() -> None:
    shown = _shown_as(reference_anchors())
    wanted = sorted(set(public_names()) | set(documented_callables()))
    missing = [name for name in wanted if name not in shown]
    assert not missing, (
        "public names that no page of docs/reference/ documents (add a `::: name` line, or widen the "
        f"filters in mkdocs.yml): {missing}"
    )


def test_every_reference_entry_is_rendered_with_its_anchor(built_site: Path) -> None:
    """mkdocstrings drops an entry silently (a member without a docstring, a filter): check the HTML."""
    pages: dict[str, str] = {}
    missing = []
    for anchor, page in reference_anchors().items():
        if page not in pages:
            pages[page] = (built_site / "reference" / page.removesuffix(".md") / "index.html").read_text("utf-8")
        if f'id="{anchor}"' not in pages[page]:
            missing.append(f"{page}: #{anchor}")
    assert not missing, "reference entries missing from the built pages:\n" + "\n".join(missing)
    for page, html in pages.items():
        assert "<autoref" not in html, f"{page}: a cross-reference was left unresolved"
        roles = re.findall(r":(?:func|meth|class|mod|data|attr):<code>", html)
        assert not roles, f"{page}: a Sphinx role shows as text ({len(roles)} of them)"
