"""The site's search finds the chapter's key words, offline."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("word", ["diagonal", "kernel"])
def test_search_finds_the_chapters_key_words(open_page: Any, word: str) -> None:
    watch = open_page("")
    watch.goto("")
    page = watch.page
    box = page.locator("input.md-search__input")
    box.click()  # on a wide screen the search box sits in the header
    # Material listens for key events: fill() would leave the results empty.
    box.press_sequentially(word, delay=40)
    items = page.locator(".md-search-result__item")
    items.first.wait_for(state="visible", timeout=15_000)
    assert items.count() > 0
    text = page.locator(".md-search-result__list").inner_text().lower()
    assert word in text, f"results for {word!r} never mention it: {text[:300]!r}"
    watch.assert_clean()
