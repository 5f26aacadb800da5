"""The intrinsic size of an image, read from its first bytes, so that a page can reserve its space.

Examples
--------
>>> import struct
>>> image_size(b"\\x89PNG\\r\\n\\x1a\\n\\0\\0\\0\\rIHDR" + struct.pack(">II", 511, 300))
(511, 300)
>>> image_size(b'<?xml version="1.0"?>\\n<svg width="374.4pt" height="223.2pt" viewBox="0 0 1 1">')
(499, 298)
"""

from __future__ import annotations

import re
import struct

#: How many bytes of a file :func:`image_size` needs.
HEAD_BYTES = 2048
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SVG_SIZE = re.compile(rb'<svg[^>]*?\swidth="([\d.]+)pt"\s+height="([\d.]+)pt"')


def image_size(head: bytes) -> tuple[int, int]:
    """(width, height) in CSS pixels of a PNG or a matplotlib SVG, from its first :data:`HEAD_BYTES` bytes.

    A PNG's size is its pixel size (its IHDR chunk); an SVG's is its size in points, at 96 pixels
    to 72 points. Raises ValueError for anything else.
    """
    if head.startswith(_PNG_SIGNATURE):
        width, height = struct.unpack(">II", head[16:24])
        return width, height
    match = _SVG_SIZE.search(head)
    if match is None:
        raise ValueError("neither a PNG nor an SVG with its width and height in points")
    return round(float(match.group(1)) * 4 / 3), round(float(match.group(2)) * 4 / 3)
