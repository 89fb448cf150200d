"""Links printed as QR codes (a method's steps, a guide's sections), and icons beside a heading.

A link prints as a QR code `QR_BOX` square (quiet zone included) with the URL's short form beneath it in
small type where it fits the code's width. A code needs modules of at least `MIN_MODULE` to scan from
paper, which bounds its version and so the length of the URL: `too_long` says so at validation, naming
the box.
"""
from __future__ import annotations

from ..messages import msg
from .plan import Icon, Image, Text
from .picture import PACK
from .qr import MIN_MODULE, QUIET, modules, qr_items, short_form
from .units import MM

QR_BOX = 20 * MM  # the code with its quiet zone
QR_GAP = 3 * MM  # between the text and the code
CAPTION_SIZES = (6.5, 6.0, 5.5)
CAPTION_GAP = 1.0 * MM
MUTED = "#5A5A5A"


def most_modules(box: float = QR_BOX) -> int:
    """The largest code side that keeps modules of at least MIN_MODULE in `box`."""
    return int((box / MIN_MODULE + 1e-9)) - 2 * QUIET


def too_long(url: str, box: float = QR_BOX) -> str | None:
    """Why the URL cannot print as a scannable QR code in `box`, or None."""
    side, most = modules(url), most_modules(box)
    if side is not None and side <= most:
        return None
    version = (most - 17) // 4
    needs = msg("{side} × {side} modules", side=side) if side else msg("more than any QR code holds")
    side_max = 17 + 4 * version
    return msg("is too long for its QR code: the {box:.0f} mm box holds a code of at most {most} × {most} modules "
               "of {module:.1f} mm or more (version {version}, {capacity} characters) and this URL needs {needs}; "
               "shorten it (a short link)", box=box / MM, most=side_max, module=MIN_MODULE / MM, version=version,
               capacity=_capacity(version), needs=needs)


def _capacity(version: int) -> int:
    """Characters of a URL (bytes) a QR code of `version` at error level M holds."""
    import segno  # here: ~20 ms to import, for packs with links only

    lo, hi = 1, 3000
    while lo < hi:  # the longest text that still fits the version
        mid = (lo + hi + 1) // 2
        try:
            segno.make("a" * mid, error="m", version=version, mode="byte", boost_error=False)
            lo = mid
        except segno.DataOverflowError:
            hi = mid - 1
    return lo


def qr_block(url: str, x: float, top: float, metrics, color: str = "#1A1A1A", box: float = QR_BOX
             ) -> tuple[float, list]:
    """The code at (x, top) and its caption beneath when it fits the code's width: (height, items)."""
    items: list = qr_items(url, x, top, box, color) or []
    short = short_form(url)
    for size in CAPTION_SIZES:
        if metrics.width(short, "regular", size) <= box - 2 * MM:
            baseline = top + box + CAPTION_GAP + size * 0.8
            items.append(Text(x + box / 2, baseline, short, "regular", size, MUTED, "center"))
            return baseline - top + size * 0.25, items
    return box, items


def icon_item(icon: str, x: float, y: float, size: float, color: str) -> Icon | Image:
    """A built-in icon by name, or a picture in the pack (an .svg or .png path) fitted in the square."""
    if icon.lower().endswith((".svg", ".png")):
        return Image(x, y, size, size, PACK + icon)
    return Icon(icon, x, y, size, color)
