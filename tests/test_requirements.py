"""The lock file pins every package the project declares, and everything they need."""

from __future__ import annotations

import re
import tomllib

from probconv_site import ROOT

LOCK = ROOT / "requirements.lock"
#: The two distributions of this repository, installed in editable mode rather than from the lock.
OWN = {"probconv", "probconv-site"}


def _name(requirement: str) -> str:
    """The normalised distribution name of a requirement line (``Foo_Bar>=1`` -> ``foo-bar``)."""
    return re.sub(r"[-_.]+", "-", re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement).group(1)).lower()


def _lock_lines() -> list[str]:
    """The lock's requirement lines (uv's "# via" notes left out)."""
    lines = [line.strip() for line in LOCK.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def _pins() -> dict[str, str]:
    return dict(line.split("==", 1) for line in _lock_lines())


def test_every_lock_line_is_an_exact_pin() -> None:
    lines = _lock_lines()
    assert len(lines) > 50 and all(re.fullmatch(r"[a-z0-9][a-z0-9-]*==[^\s;]+", line) for line in lines), lines[:5]


def test_every_declared_dependency_is_locked() -> None:
    declared = []
    for pyproject in (ROOT / "pyproject.toml", ROOT / "site_tools" / "pyproject.toml"):
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
        declared += project.get("dependencies", [])
        declared += [r for extra in project.get("optional-dependencies", {}).values() for r in extra]
    for requirements in ("requirements.txt", "requirements-test.txt"):
        declared += [line.split("#")[0] for line in (ROOT / requirements).read_text(encoding="utf-8").splitlines()
                     if line.split("#")[0].strip()]
    missing = {_name(r) for r in declared} - OWN - set(_pins())
    assert not missing, f"declared but not in requirements.lock (run `make lock`): {sorted(missing)}"


def test_direct_pins_agree_with_the_lock() -> None:
    pins = _pins()
    for requirements in ("requirements.txt", "requirements-test.txt"):
        for line in (ROOT / requirements).read_text(encoding="utf-8").splitlines():
            spec = line.split("#")[0].strip()
            if spec:
                name, version = spec.split("==")
                assert pins[_name(name)] == version, f"{requirements} pins {spec}; the lock has {pins[_name(name)]}"
