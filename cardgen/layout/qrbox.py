"""A card's link as a QR code in its box: the code square, as large as the box allows, on white with
its quiet zone, and the link's short form beneath it in small type where there is room.

A module smaller than `MIN_MODULE` does not scan reliably from a printed card: that is an error
saying so, never a code that prints but does not read.
"""
from __future__ import annotations

from ..messages import msg
from .geometry import Rect as Area
from .plan import Rect, Text
from .qr import MIN_MODULE, QUIET, modules, qr_items, short_form
from .typeset import Metrics
from .units import MM, to_mm

CAPTION_SIZE = 6.0
CAPTION_GAP = 0.8 * MM
WHITE = "#FFFFFF"


def _modules_with_quiet_zone(link: str) -> int | None:
    side = modules(link)
    return None if side is None else side + 2 * QUIET


def qr_box(link: str, rect: Area, metrics: Metrics, colour: str, name: str) -> list | str:
    """The items of the box, or what does not fit (the QR code, its size and the box's)."""
    count = _modules_with_quiet_zone(link)
    box = msg("box '{name}' ({w:.1f} x {h:.1f} mm)", name=name, w=to_mm(rect.width), h=to_mm(rect.height))
    if count is None:
        return msg("the link ({n} characters: more than any QR code holds) in {box}", n=len(link), box=box)
    caption = short_form(link)
    room = rect.height - CAPTION_SIZE * 1.2 - CAPTION_GAP
    side = min(rect.width, room)
    with_caption = (side / count >= MIN_MODULE and metrics.width(caption, "regular", CAPTION_SIZE) <= rect.width)
    if not with_caption:
        side = min(rect.width, rect.height)
    module = side / count
    if module < MIN_MODULE - 1e-9:
        return msg("the QR code of the link ({n} characters: {count} modules with its quiet zone) in {box} at "
                   "{module:.2f} mm a module (scanners need at least {least:.1f} mm)", n=len(link), count=count,
                   box=box, module=to_mm(module), least=to_mm(MIN_MODULE))
    x = rect.x + (rect.width - side) / 2
    items: list = [Rect(x, rect.y, side, side, fill=WHITE)]
    items.extend(qr_items(link, x, rect.y, side, "#000000") or [])
    if with_caption:
        items.append(Text(rect.x + rect.width / 2, rect.y + side + CAPTION_GAP + CAPTION_SIZE, caption, "regular",
                          CAPTION_SIZE, colour, "center"))
    return items
