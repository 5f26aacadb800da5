"""A plain-text reading of a formula's MathML, for the places that cannot show MathML.

The table of contents, the page titles and the search index hold text, not markup. There a
formula is written the way one would type it in an e-mail: ``x + y = z``, ``√2``, ``σ₁² + σ₂²``,
``a/b``. Never TeX: a reader who searches for "x + y = z" should find it.

Examples
--------
>>> plain_text('<math><mrow><mi>x</mi><mo>+</mo><mi>y</mi><mo>=</mo><mi>z</mi></mrow></math>')
'x + y = z'
>>> plain_text('<math><msqrt><mn>2</mn></msqrt></math>')
'√2'
>>> plain_text('<math><mrow><msubsup><mi>σ</mi><mn>1</mn><mn>2</mn></msubsup><mo>+</mo>'
...            '<msub><mi>f</mi><mrow><mi>X</mi><mo>+</mo><mi>Y</mi></mrow></msub></mrow></math>')
'σ₁² + f_(X+Y)'
>>> plain_text('<math><mfrac><mn>1</mn><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow></mfrac></math>')
'1/(n + 1)'
>>> plain_text('<math><mfrac><mn>1</mn><mrow><mi>σ</mi><msqrt><mrow><mn>2</mn><mi>π</mi><mi>n</mi>'
...            '</mrow></msqrt></mrow></mfrac></math>')
'1/(σ√(2πn))'
>>> plain_text('<math><mrow><mo>(</mo><mfrac linethickness="0px"><mi>n</mi><mi>k</mi></mfrac><mo>)</mo></mrow></math>')
'(n choose k)'
>>> plain_text('<math><mrow><mo form="prefix">−</mo><mi>x</mi><mspace width="0.1667em"></mspace>'
...            '<mi>d</mi><mi>x</mi></mrow></math>')
'−x dx'
>>> plain_text('<math><msup><mi>e</mi><mrow><mi>i</mi><mi>u</mi><mi>X</mi></mrow></msup></math>')
'e^(iuX)'
>>> plain_text('<math><mtable class="tml-jot"><mtr><mtd><mi>z</mi><mo>,</mo></mtd></mtr>'
...            '<mtr><mtd><mn>2</mn><mo>−</mo><mi>z</mi></mtd></mtr></mtable></math>')
'z; 2 − z'
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

# Operators written with a space on each side, as in running text.
_SPACED = set("=+−×≠≈≤≥<>→⟶∼∝⋅±∓∈") | {"->"}
# Invisible operators (function application, invisible times, separator, plus): no text.
_INVISIBLE = {"\u2061", "\u2062", "\u2063", "\u2064"}
_SUPERSCRIPT = str.maketrans("0123456789+−=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ")
_SUBSCRIPT = str.maketrans("0123456789+−=()aeoxhklmnpstij", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼ")
_SUPERSCRIPTABLE = set("0123456789+−=()ni")
_SUBSCRIPTABLE = set("0123456789+−=()aeoxhklmnpstij")


def _group(text: str) -> str:
    """Parenthesise ``text`` unless it is one number, one symbol or already in brackets."""
    return text if len(text) <= 1 or re.fullmatch(r"[\d.]+|\((?:[^()]|\([^()]*\))*\)", text) else f"({text})"


def _script(text: str, table: dict[int, int], allowed: set[str], marker: str) -> str:
    compact = text.replace(" ", "")
    if compact and set(compact) <= allowed:
        return compact.translate(table)
    grouped = compact if len(compact) <= 1 or re.fullmatch(r"\(.*\)", compact) else f"({compact})"
    return marker + grouped


# Operators that take limits: a space separates them (and their limits) from what they act on.
_LARGE = set("∑∏∐∫∬∭∮⋃⋂")
# Text that starts or ends a continuation row of an aligned block: no "; " between such rows.
_CONTINUES = tuple("=+−×≤≥<>≈≠∼→⟶")


def _is_large(node: ET.Element) -> bool:
    base = node if node.tag == "mo" else next(iter(node), None)
    return base is not None and base.tag == "mo" and (base.text or "").strip() in _LARGE


def _row(kids: list[ET.Element]) -> str:
    """The children of a row in order; a fraction followed by a bracket gets brackets of its own."""
    texts = [_text(k) for k in kids]
    for i, kid in enumerate(kids):
        following = "".join(texts[i + 1:]).lstrip()
        if kid.tag == "mfrac" and following.startswith("("):
            texts[i] = f"({texts[i]})"
        if _is_large(kid) and kid.tag != "mo":
            texts[i] += " "
    return "".join(texts)


def _table(rows: list[str]) -> str:
    out = ""
    for row in (r.strip() for r in rows):
        if not out:
            out = row
        elif row.startswith(_CONTINUES) or out.endswith(_CONTINUES):
            out += " " + row  # one expression continued over several rows
        else:
            out = out.rstrip(",;") + "; " + row
    return out


def _text(node: ET.Element) -> str:
    tag = node.tag
    kids = list(node)
    if tag in ("mi", "mn", "mtext", "ms"):
        return node.text or ""
    if tag == "mo":
        op = "".join(ch for ch in (node.text or "") if ch not in _INVISIBLE)
        if op in _SPACED and node.get("form") != "prefix":
            return f" {op} "
        if op == ",":
            return ", "
        return op
    if tag == "mspace":
        width = re.match(r"([\d.]+)em", node.get("width", "0em"))
        return " " if width and float(width.group(1)) >= 0.16 else ""
    if tag in ("mphantom", "annotation", "annotation-xml"):
        return ""
    if tag == "msqrt":
        return "√" + _group("".join(_text(k) for k in kids).strip())
    if tag == "mroot" and len(kids) == 2:
        return _script(_text(kids[1]), _SUPERSCRIPT, _SUPERSCRIPTABLE, "^") + "√" + _group(_text(kids[0]).strip())
    if tag == "mfrac" and len(kids) == 2:
        if node.get("linethickness") in ("0", "0px", "0em"):  # a binomial coefficient, in its own brackets
            return f"{_text(kids[0]).strip()} choose {_text(kids[1]).strip()}"
        return f"{_group(_text(kids[0]).strip())}/{_group(_text(kids[1]).strip())}"
    if tag in ("msub", "munder") and len(kids) == 2:
        under = _text(kids[1])
        if tag == "munder" and node.get("accentunder") == "true":
            return _text(kids[0])
        return _text(kids[0]) + _script(under, _SUBSCRIPT, _SUBSCRIPTABLE, "_")
    if tag in ("msup", "mover") and len(kids) == 2:
        over = _text(kids[1])
        if tag == "mover" and (node.get("accent") == "true" or len(over.strip()) == 1 and not over.strip().isalnum()):
            return _text(kids[0]) + over.strip()  # x̂, x̄, v⃗: the accent follows its letter
        return _text(kids[0]) + _script(over, _SUPERSCRIPT, _SUPERSCRIPTABLE, "^")
    if tag in ("msubsup", "munderover") and len(kids) == 3:
        return (_text(kids[0]) + _script(_text(kids[1]), _SUBSCRIPT, _SUBSCRIPTABLE, "_")
                + _script(_text(kids[2]), _SUPERSCRIPT, _SUPERSCRIPTABLE, "^"))
    if tag == "mtable":
        rows = [_text(row) for row in kids]
        # aligned and its kin (class tml-jot) continue one expression; a matrix lists rows.
        return _table(rows) if "tml-jot" in node.get("class", "") else "; ".join(r.strip() for r in rows)
    if tag == "mtr":
        return " ".join(_text(cell).strip() for cell in kids)
    # math, mrow, mstyle, mpadded, menclose, semantics, mtd, ...: their children in order.
    return _row(kids)


def plain_text(mathml: str) -> str:
    """The plain-text reading of one ``<math>`` element."""
    text = _text(ET.fromstring(mathml))
    text = re.sub(r"\s+", " ", text).strip()
    # No space before closing punctuation, and none inside brackets.
    text = re.sub(r"\s+([,.;:!)\]}])", r"\1", text)
    return re.sub(r"([(\[{])\s+", r"\1", text)
