"""What the widget tests share: how JavaScript writes numbers, and where things are on screen."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

#: Floats that the page computes agree with the library's to this relative tolerance.
REL_TOL = 1e-12
#: Material's sticky header, in CSS pixels.
HEADER_PX = 48


def open_widget(open_page: Any, path: str, ready: str, width: int = 1280, height: int = 900, **kw: Any) -> Any:
    """Open ``path`` in a fresh watched page and wait until the widget is built (``ready`` matches)."""
    watch = open_page(path, width=width, height=height, **kw)
    watch.goto(path)
    watch.page.wait_for_selector(ready)
    return watch


def js_fixed(exact: str, digits: int) -> str:
    """What JavaScript's ``(num / den).toFixed(digits)`` shows for an exact fraction.

    toFixed rounds the double's exact decimal expansion and breaks ties upwards,
    so a tie such as 1/16 = 0.0625 shows as 0.063 (Python's format would say 0.062).

    >>> js_fixed("1/16", 3), js_fixed("17/200", 4)
    ('0.063', '0.0850')
    """
    value = Decimal(float(Fraction(exact)))
    return str(value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def short_decimal(exact: str) -> str:
    """A cell's or a product's label: three places, or four when that makes it exact ("0" for zero).

    >>> short_decimal("3/80"), short_decimal("1/10"), short_decimal("1/7"), short_decimal("0")
    ('0.0375', '0.100', '0.143', '0')
    """
    if exact == "0":
        return "0"
    value = Fraction(exact) * 10**4
    needs_fourth = value == round(value) and round(value) % 10 != 0
    return js_fixed(exact, 4 if needs_fourth else 3)


def named(vectors: list[dict[str, Any]], name: str) -> dict[str, Any]:
    """The vector called ``name``."""
    return next(v for v in vectors if v["name"] == name)


def on_screen(box: dict[str, float] | None, viewport: dict[str, int], top: float = 0) -> bool:
    """Whether a bounding box lies wholly inside the viewport, below ``top`` (a sticky header)."""
    return (
        box is not None
        and box["y"] >= top - 0.5
        and box["y"] + box["height"] <= viewport["height"] + 0.5
        and box["x"] >= -0.5
        and box["x"] + box["width"] <= viewport["width"] + 0.5
    )


#: The widget's box as built, its reserved height, and where its content ends.
RESERVATION = """(root) => {
  const box = root.getBoundingClientRect();
  const bottom = Math.max(...[...root.children].map((c) => c.getBoundingClientRect().bottom));
  return {height: box.height, reserved: parseFloat(getComputedStyle(root).minHeight), content: bottom - box.top};
}"""

#: Controls and boxes inside the widget that stick out of its sides.
OVERFLOW = """(root) => {
  const box = root.getBoundingClientRect();
  return [...root.querySelectorAll('svg, fieldset, input, select, button, p')]
    .map((e) => [e.tagName + '.' + (e.getAttribute('class') || e.getAttribute('data-role') || ''),
                 e.getBoundingClientRect()])
    .filter(([, r]) => r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
    .map(([name, r]) => name + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
}"""

#: Every input and select in the widget with its visible label.
LABELS = """(root) => [...root.querySelectorAll('input, select')].map((input) => {
  const label = document.querySelector(`label[for="${input.id}"]`);
  const box = label && label.getBoundingClientRect();
  return {id: input.id, text: label ? label.textContent.trim() : '',
          visible: !!box && box.width > 0 && box.height > 0};
})"""


def assert_reserved(box: dict[str, Any], width: int) -> None:
    """The widget never outgrows the height the static page reserved, nor leaves a large gap below."""
    assert box["height"] <= box["reserved"] + 1, f"at {width} px the widget outgrows its reservation: {box}"
    assert box["reserved"] - box["content"] < 140, f"at {width} px the reservation leaves a large gap: {box}"


def scrubber_numbers(exacts: list[str]) -> list[str]:
    """How the scrubber writes the numbers of one total: decimals with one number of places (3 or 4) when
    that writes them all exactly, else the fractions themselves.

    >>> scrubber_numbers(["1/100", "9/400"]), scrubber_numbers(["3/200", "1/40"]), scrubber_numbers(["1/24", "1/12"])
    (['0.0100', '0.0225'], ['0.015', '0.025'], ['1/24', '1/12'])
    """
    for digits in (3, 4):
        if all((Fraction(p) * 10**digits).denominator == 1 for p in exacts):
            return [js_fixed(p, digits) for p in exacts]
    return list(exacts)
