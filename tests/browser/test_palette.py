"""The palette toggle is the page's own: it works from the first paint, with Material's bundle kept away.

overrides/partials/javascripts/palette.html runs the toggle in place of Material's palette component
(whose start restyled every element of the page three times, see the template's comment). Each test
here serves Material's bundle as an empty script, so what it checks is done by the page alone: the
scheme a reader who never chose sees (the system's, followed when it changes), the browser's own
parts in that scheme, the switch by mouse and by keyboard, and the choice kept, in Material's format,
for the next page.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

PAGE = "dice/"
SCHEME_NAMES = {"light": "default", "dark": "slate"}
#: Notes the body's scheme once the document has been parsed (by then only the page's inline scripts ran).
_SCHEME_AT_PARSE = """document.addEventListener('DOMContentLoaded', () => {
  window.__schemeAtParse ??= document.body.getAttribute('data-md-color-scheme');
}, { once: true });"""
_STATE = """() => ({
  scheme: document.body.getAttribute('data-md-color-scheme'),
  browserScheme: document.querySelector('meta[name="color-scheme"]').content,
  stored: JSON.parse(localStorage.getItem('/.__palette')),
  toggles: [...document.querySelectorAll('[data-palette-toggle] label')].map(label => !label.hidden),
})"""


def _open_without_material(open_page: Any, system: str, chosen: bool = False) -> Any:
    watch = open_page(PAGE, scheme=system, chosen=chosen)
    watch.page.route("**/assets/javascripts/bundle.*.min.js", lambda route: route.fulfill(
        body="", content_type="text/javascript"))
    watch.page.add_init_script(_SCHEME_AT_PARSE)
    watch.goto(PAGE)
    return watch


@pytest.mark.parametrize("system", ["light", "dark"])
def test_a_reader_who_never_chose_reads_in_the_systems_scheme_and_follows_its_changes(
    open_page: Any, system: str
) -> None:
    watch = _open_without_material(open_page, system)
    page = watch.page
    assert page.evaluate("window.__schemeAtParse") == SCHEME_NAMES[system]
    assert page.evaluate(_STATE) == {
        "scheme": SCHEME_NAMES[system],
        "browserScheme": system,
        "stored": None,
        "toggles": [system == "light", system == "dark"],  # the one that switches to the other scheme
    }

    # A phone's address bar takes the header's colour once the first frame is drawn.
    expect(page.locator('meta[name="theme-color"]')).to_have_attribute("content", re.compile(r"^rgb\("))

    other = "dark" if system == "light" else "light"
    page.emulate_media(color_scheme=other)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", SCHEME_NAMES[other])
    assert page.evaluate(_STATE)["stored"] is None
    watch.assert_clean()


def test_the_toggle_switches_by_mouse_and_by_keyboard_and_the_choice_holds_on_the_next_page(open_page: Any) -> None:
    watch = _open_without_material(open_page, "light")
    page = watch.page
    body = page.locator("body")

    page.locator("[data-palette-toggle] label:not([hidden])").click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    state = page.evaluate(_STATE)
    assert state["browserScheme"] == "dark" and state["toggles"] == [False, True], state
    assert state["stored"]["index"] == 1 and state["stored"]["color"]["scheme"] == "slate", state
    expect(body).not_to_have_attribute("data-md-color-switching", "")  # transitions come back after the switch

    # The choice outlasts the page and overrides the system's setting.
    watch.goto("formula/")
    assert page.evaluate("window.__schemeAtParse") == "slate"
    page.emulate_media(color_scheme="dark")
    page.emulate_media(color_scheme="light")
    expect(body).to_have_attribute("data-md-color-scheme", "slate")

    # From the top of the page, Tab reaches the toggle; an arrow key switches back.
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "__palette":
            break
    else:
        pytest.fail("Tab never reached the palette toggle")
    page.keyboard.press("ArrowRight")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    assert page.evaluate(_STATE)["stored"]["index"] == 0
    watch.assert_clean()
