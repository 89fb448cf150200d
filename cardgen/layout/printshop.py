"""The print-shop page: card + bleed, optionally crop marks outside the bleed, as numbers.

Shops place pages by their TrimBox, so the boxes are what matters; crop marks are an
option for shops that want them, drawn outside the bleed where they are cut away.
"""
from __future__ import annotations

from dataclasses import dataclass

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 (PDF corner coordinates)
Segment = tuple[float, float, float, float]


@dataclass(frozen=True)
class PrintPage:
    width: float
    height: float
    trim: Box
    bleed: Box
    marks: tuple[Segment, ...]

    @property
    def origin(self) -> tuple[float, float]:
        """Bottom-left corner of the trim: where the card is drawn."""
        return self.trim[0], self.trim[1]


def print_page(card_w: float, card_h: float, bleed: float, crop_marks: bool = False,
               mark_gap: float = 0.0, mark_length: float = 0.0) -> PrintPage:
    pad = bleed + (mark_gap + mark_length if crop_marks else 0.0)
    trim = (pad, pad, pad + card_w, pad + card_h)
    bleed_box = (pad - bleed, pad - bleed, pad + card_w + bleed, pad + card_h + bleed)
    marks: list[Segment] = []
    if crop_marks:
        near, far = pad - bleed - mark_gap, pad - bleed - mark_gap - mark_length
        width, height = card_w + 2 * pad, card_h + 2 * pad
        for x in (trim[0], trim[2]):  # vertical marks above and below, on the trim's x
            marks.append((x, near, x, far))
            marks.append((x, height - near, x, height - far))
        for y in (trim[1], trim[3]):  # horizontal marks left and right, on the trim's y
            marks.append((near, y, far, y))
            marks.append((width - near, y, width - far, y))
    return PrintPage(card_w + 2 * pad, card_h + 2 * pad, trim, bleed_box, tuple(marks))


@dataclass(frozen=True)
class OutputProfile:
    """The print shop's ICC output profile, checked when the brand was loaded."""

    path: str  # the .icc file
    name: str  # its description, e.g. 'Coated FOGRA39 (ISO 12647-2:2004)'
    components: int = 4  # CMYK
