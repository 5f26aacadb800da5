"""The palette toggle is the page's own: it works with Material's bundle kept away.

overrides/partials/javascripts/palette.html runs the toggle in place of Material's palette component
(whose start restyled every element of the page three times, see the template's comment). Each test
here serves Material's bundle as an empty script, so what it checks is done by the page alone: the
scheme a reader with no stored choice sees (the system's, followed when it changes), the browser's
own parts in that scheme, the switch by mouse, by the arrow keys and by Enter, the choice kept, in
Material's format, for the next page, and a page that still works when what is stored is not a
choice.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PALETTE_KEY, SCHEMES

PAGE = "dice/"
#: Notes the body's scheme once the document has been parsed (by then only the page's inline scripts ran).
_SCHEME_AT_PARSE = """document.addEventListener('DOMContentLoaded', () => {
  window.__schemeAtParse ??= document.body.getAttribute('data-md-color-scheme');
}, { once: true });"""
_STATE = f"""() => ({{
  scheme: document.body.getAttribute('data-md-color-scheme'),
  browserScheme: document.querySelector('meta[name="color-scheme"]').content,
  stored: localStorage.getItem({PALETTE_KEY!r}),
  toggles: [...document.querySelectorAll('[data-palette-toggle] label')].map(label => !label.hidden),
}})"""
_HEADER_COLOR = "getComputedStyle(document.querySelector('.md-header')).backgroundColor"


def _open_without_material(open_page: Any, system: str, stored: str | None = None) -> Any:
    """Open PAGE with the system set to ``system`` and ``stored`` (raw text) under the palette's key."""
    watch = open_page(PAGE, scheme=system, chosen=False)
    page = watch.page
    page.route("**/assets/javascripts/bundle.*.min.js", lambda route: route.fulfill(
        body="", content_type="text/javascript"))
    page.add_init_script(_SCHEME_AT_PARSE)
    if stored is not None:
        page.add_init_script(f"localStorage.setItem({PALETTE_KEY!r}, {json.dumps(stored)});")
    watch.goto(PAGE)
    return watch


@pytest.mark.parametrize("system", ["light", "dark"])
def test_with_no_choice_stored_the_page_takes_the_systems_scheme_and_follows_its_changes(
    open_page: Any, system: str
) -> None:
    watch = _open_without_material(open_page, system)
    page = watch.page
    assert page.evaluate("window.__schemeAtParse") == SCHEMES[system][1]
    assert page.evaluate(_STATE) == {
        "scheme": SCHEMES[system][1],
        "browserScheme": system,
        "stored": None,
        "toggles": [system == "light", system == "dark"],  # the one that switches to the other scheme
    }
    # A phone's address bar takes the header's colour once the first frame is drawn.
    expect(page.locator('meta[name="theme-color"]')).to_have_attribute("content", page.evaluate(_HEADER_COLOR))

    other = "dark" if system == "light" else "light"
    page.emulate_media(color_scheme=other)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[other][1])
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
    choice = json.loads(state["stored"])
    assert choice["index"] == 1 and choice["color"]["scheme"] == "slate", state
    expect(body).not_to_have_attribute("data-md-color-switching", "")  # transitions come back after the switch

    # The choice outlasts the page, and outweighs the system's setting (light here).
    watch.goto("formula/")
    assert page.evaluate("window.__schemeAtParse") == "slate"

    # From the top of the page, Tab reaches the toggle; an arrow key switches back, and Enter again.
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "__palette":
            break
    else:
        pytest.fail("Tab never reached the palette toggle")
    page.keyboard.press("ArrowRight")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    assert json.loads(page.evaluate(_STATE)["stored"])["index"] == 0
    page.keyboard.press("Enter")
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    assert page.evaluate("document.activeElement.id") == "__palette_1"  # focus went with the shown toggle
    assert page.evaluate(_STATE)["toggles"] == [False, True]
    watch.assert_clean()


@pytest.mark.parametrize("stored", ["not json", '{"index": "1"}', '{"index": 7}', "null"])
def test_what_is_stored_but_is_no_choice_leaves_the_system_scheme_and_a_working_toggle(
    open_page: Any, stored: str
) -> None:
    watch = _open_without_material(open_page, "dark", stored=stored)
    page = watch.page
    state = page.evaluate(_STATE)
    assert state["scheme"] == "slate" and state["toggles"] == [False, True], state
    page.locator("[data-palette-toggle] label:not([hidden])").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    watch.assert_clean()
