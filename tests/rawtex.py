"""What raw TeX looks like, for the tests that make sure a reader never sees any.

>>> bool(RAW_TEX.search(r"the line \\(x + y = z\\)")), bool(RAW_TEX.search("costs $6 and $7"))
(True, False)
>>> bool(RAW_TEX.search("a grid of $6 \\\\times 6$ cells")), bool(RAW_TEX.search("x + y = z, √2"))
(True, False)
"""

from __future__ import annotations

import re

#: \( \) and \[ \] delimiters, $$, $...$ around TeX, and common commands.
RAW_TEX = re.compile(
    r"\\\(|\\\)|\\\[|\\\]|\$\$|\\(?:frac|sum|int|begin|mathbb|mathrm|cdot|sqrt|left|right|times|dots)\b"
    r"|(?<![\\$\w])\$(?=\S)[^$\n]{1,200}?(?<=[^\s\\])\$(?![\w$])"
)
#: Blocks whose text is code, not prose: TeX-looking text inside them is fine.
CODE_BLOCKS = re.compile(r"<(pre|code|script|style)\b[^>]*>.*?</\1>", re.DOTALL | re.IGNORECASE)


def raw_tex_in(html: str) -> list[str]:
    """Each piece of raw TeX in ``html``'s prose (code blocks left out), with some context."""
    text = CODE_BLOCKS.sub(" ", html)
    text = re.sub(r"<[^>]+>", "", text)
    return [text[max(m.start() - 30, 0):m.end() + 30] for m in RAW_TEX.finditer(text)]
