"""The math font the formulas are drawn in: STIX Two Math, cut down to what mathematics needs.

MathML is drawn by the reader's browser, in a font with an OpenType MATH table (which tells it
how to stack fractions, stretch brackets and place limits). Few systems have one, so the site
serves its own: STIX Two Math, from the ``@fontsource/stix-two-math`` package that ``npm ci``
installs. The whole font weighs 400 kB; the subset here, about an eighth of it, keeps the MATH
table and the characters of :data:`FONT_RANGES` and :data:`FONT_SYMBOLS` (Latin, Greek, math
italic, the common operators, arrows and brackets). It is made once with fontTools and cached,
keyed on the font and the characters.

A formula that uses a character outside the subset fails the build
(:func:`missing_characters`), instead of showing a box on some readers' screens.

Examples
--------
>>> missing_characters("<p>€</p><math><mi>x</mi><mo>≤</mo><mi>ℵ</mi></math>", {ord("x"), ord("≤")})
['ℵ (U+2135)']
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import re
from pathlib import Path

from ..paths import CACHE, ROOT

#: The font as the npm package ships it.
SOURCE = ROOT / "node_modules" / "@fontsource" / "stix-two-math" / "files" / "stix-two-math-latin-400-normal.woff2"
#: Where the subset lands in the built site; the stylesheet and the preload link name it.
SITE_PATH = "assets/fonts/stix-two-math.woff2"


def _span(first: int, last: int) -> range:
    return range(first, last + 1)


#: Unicode ranges kept in the subset: letters and the invisible helpers MathML uses. Browsers
#: draw a single-letter <mi> in math italic (U+1D434...), so the italic alphabets are in.
FONT_RANGES: tuple[range, ...] = (
    _span(0x0020, 0x007E),    # ASCII
    _span(0x00A0, 0x00A0),    # no-break space
    _span(0x0131, 0x0131), _span(0x0237, 0x0237),  # dotless i and j, for accents
    _span(0x02C6, 0x02DC),    # spacing accents: hat, caron, breve, tilde
    _span(0x0300, 0x0312), _span(0x20D7, 0x20D7),  # combining accents, the \vec arrow
    _span(0x0391, 0x03A9), _span(0x03B1, 0x03C9), _span(0x03D1, 0x03D6), _span(0x03F0, 0x03F5),  # Greek
    _span(0x2000, 0x200B),    # spaces
    _span(0x2061, 0x2064),    # invisible operators: function application, times, separator, plus
    _span(0x1D434, 0x1D467),  # math italic Latin
    _span(0x1D6E2, 0x1D71B),  # math italic Greek
)
#: Symbols kept one by one: the operators, relations, arrows and brackets of everyday mathematics.
#: The whole operator block would double the font; a formula that needs another symbol fails the
#: build, naming it, and the symbol is added here.
FONT_SYMBOLS = (
    "±×÷¬·–—‖…⁄′″‴"
    "∑∏∐∫∬∭∮∞∂∇√∛∝∼≈≃≅≠≡≤≥≪≫⊂⊃⊆⊇∈∉∋∪∩∧∨∀∃∄∅∖∕∗∘∙−∓⊕⊗⊙⊤⊥⊢⊨∣∤∥∠⋅⋆⋯⋮⋱⋰"
    "→←↑↓↔⇒⇐⇔↦⟶⟵⟹⟺"
    "ℂℕℙℚℝℤℓℎ𝔼⌊⌋⌈⌉⟨⟩"
    "□■△▽◯∎°"
)


def font_codepoints() -> set[int]:
    """Every code point the subset is asked to keep."""
    return {cp for span in FONT_RANGES for cp in span} | {ord(ch) for ch in FONT_SYMBOLS}


def missing_characters(mathml: str, codepoints: set[int]) -> list[str]:
    """The characters in the ``<math>`` elements of ``mathml`` that ``codepoints`` lacks, as ``"ℵ (U+2135)"``."""
    formulas = "".join(re.findall(r"<math\b.*?</math>", mathml, flags=re.DOTALL))
    text = "".join(re.findall(r">([^<]+)<", formulas))
    return [f"{ch} (U+{ord(ch):04X})" for ch in sorted(set(text)) if ord(ch) not in codepoints and not ch.isspace()]


def subset_font() -> Path:
    """The subset font file, made now or taken from the cache.

    Raises FileNotFoundError (with what to run) if the npm package is not installed.
    """
    if not SOURCE.is_file():
        raise FileNotFoundError(f"the math font is missing ({SOURCE}): run `make install`, which runs `npm ci`.")
    source = SOURCE.read_bytes()
    h = hashlib.sha256(source)
    h.update(repr(sorted(font_codepoints())).encode())
    h.update(importlib.metadata.version("fonttools").encode())
    target = CACHE / "math" / f"stix-two-math-{h.hexdigest()[:16]}.woff2"
    if target.is_file():
        return target
    # Imported here: fontTools costs a quarter of a second, and the cache answers almost always.
    from fontTools import subset  # type: ignore[import-untyped]  # fontTools has no annotations

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]     # ssty (script-size glyphs), the variants the MATH table names
    options.name_IDs = ["*"]            # the licence and the font's names stay with it
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    font = subset.load_font(str(SOURCE), options)
    try:
        font.recalcTimestamp = False    # the same bytes on every build
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(font_codepoints()))
        subsetter.subset(font)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        font.flavor = "woff2"
        font.save(str(partial))
    finally:
        font.close()
    os.replace(partial, target)
    for old in target.parent.glob("stix-two-math-*.woff2"):
        if old != target:
            old.unlink(missing_ok=True)
    return target
