"""Material's own features work once its bundle, asked for after the page's load event, has started.

Material's bundle is not the body's last script but is inserted once the window's ``load`` event
has passed and the first frame is on the screen (``probconv_site.hooks.assets``), so that neither
the first frame nor the largest paint waits for it. It then announces the page with a second
``DOMContentLoaded``. This test notes when that happens, then uses each feature Material brings:
the copy buttons (written into the page when it is built, served by Material's clipboard handler),
the table of contents and search; and the palette toggle, which the page runs itself
(tests/browser/test_palette.py), still works beside them. How long after the load event Material
started is recorded (``material_start_ms``), not asserted: it depends on the machine.
"""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

#: Registered before the page's scripts: notes the load event and Material's start (the second
#: DOMContentLoaded, which its loader fires once the bundle has run).
_WATCH_START = """(() => {
  let seen = 0;
  document.addEventListener('DOMContentLoaded', () => {
    seen += 1;
    if (seen === 2) window.__materialStart = {
      at: performance.now(),
      started: typeof document$ !== 'undefined',
      loadDone: document.readyState === 'complete',
    };
  });
})();"""
_AFTER_START = """() => ({
  afterLoad: window.__materialStart.at - performance.getEntriesByType('navigation')[0].loadEventStart,
  codeBlocks: document.querySelectorAll('.md-typeset pre > code').length,
  copyButtons: document.querySelectorAll('.md-typeset pre > nav .md-code__button[data-md-type="copy"]').length,
  tablesWrapped: document.querySelectorAll('.md-typeset__table').length,
  tables: document.querySelectorAll('.md-typeset table:not([class])').length,
})"""
PAGE = "library/"  # code blocks, tables and a long table of contents


def test_material_starts_after_the_load_event_and_its_features_work(open_page: Any, record_property: Any) -> None:
    watch = open_page(PAGE)
    page = watch.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.add_init_script(_WATCH_START)
    watch.goto(PAGE)
    page.wait_for_function("window.__materialStart !== undefined")
    start = page.evaluate("window.__materialStart")
    assert start["started"] and start["loadDone"], start
    state = page.evaluate(_AFTER_START)
    record_property("material_start_ms", round(state["afterLoad"]))
    assert state["afterLoad"] >= 0, state
    assert state["codeBlocks"] > 0 and state["copyButtons"] == state["codeBlocks"], state
    assert state["tablesWrapped"] == state["tables"] > 0, state

    # A copy button copies its own block, and Material says so.
    block = page.locator(".md-typeset div.highlight").nth(1)
    block.hover()
    block.locator("button.md-code__button").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == block.locator("code").inner_text().rstrip(), copied[:200]
    expect(page.locator(".md-dialog")).to_contain_text("Copied")

    # Search answers.
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("quantile", delay=40)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    page.keyboard.press("Escape")

    # The palette toggle switches the scheme.
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    page.locator("[data-palette-toggle] label:not([hidden])").click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")

    # The table of contents takes the reader to a section and then marks it as the one being read.
    heading = page.locator(".md-typeset h2[id]").nth(3)
    entry = page.locator(f'.md-sidebar--secondary a.md-nav__link[href="#{heading.get_attribute("id")}"]')
    entry.click()
    expect(entry).to_have_class(re.compile(r"\bmd-nav__link--active\b"))
    assert -5 < heading.evaluate("h => h.getBoundingClientRect().top") < 200

    watch.assert_clean()
