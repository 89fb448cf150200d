"""QR codes as plan items: the code's dark modules as filled rectangles (one per run in a row).

segno computes the matrix (pure Python); the plan needs no drawing library, and the code
stays vector at any size.
"""
from __future__ import annotations

import re

from .plan import Rect
from .units import MM

MIN_MODULE = 0.4 * MM  # smaller modules do not scan reliably from paper
QUIET = 4  # modules of white around the code, as scanners need


def modules(text: str) -> int | None:
    """The code's side in modules, without its quiet zone; None when no QR code holds the text."""
    import segno  # in the functions: ~20 ms to import, for packs with links only

    try:
        return segno.make(text, error="m", micro=False).symbol_size(border=0)[0]
    except segno.DataOverflowError:
        return None


def short_form(link: str) -> str:
    """The link as people say it, printed beneath its code: no scheme (or mailto:), no 'www.', no
    trailing slash."""
    return re.sub(r"^(https?://(www\.)?|mailto:)", "", link, flags=re.IGNORECASE).rstrip("/")


def qr_items(text: str, x: float, y: float, size: float, color: str = "#000000") -> list[Rect] | None:
    """The QR code of `text` filling the square (x, y, size) with its quiet zone; None when the text
    is too long for any QR code."""
    import segno

    try:
        code = segno.make(text, error="m", micro=False)
    except segno.DataOverflowError:
        return None
    rows = [list(r) for r in code.matrix]
    quiet = QUIET
    module = size / (len(rows) + 2 * quiet)
    out = []
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                out.append(Rect(x + (quiet + start) * module, y + (quiet + r) * module, (c - start) * module,
                                module, fill=color, stroke=None))
            else:
                c += 1
    return out
