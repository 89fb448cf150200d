"""Card faces as rectangles in points, and the checks on them (safe zone, card bounds).

Coordinates here are measured from the top-left corner of the trim, y downwards,
as a designer reads a template; the render stage turns them into PDF space.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..messages import msg
from .units import parse_length, to_mm


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def inset(self, d: float) -> "Rect":
        return Rect(self.x + d, self.y + d, self.width - 2 * d, self.height - 2 * d)

    def contains(self, other: "Rect", tolerance: float = 1e-6) -> bool:
        return (other.x >= self.x - tolerance and other.y >= self.y - tolerance
                and other.right <= self.right + tolerance and other.bottom <= self.bottom + tolerance)

    def bleed_out(self, trim: "Rect", bleed: float, tolerance: float = 0.01) -> "Rect":
        """Grow each side that touches the trim edge out by `bleed` (for fills into the bleed)."""
        x0 = self.x - bleed if self.x <= trim.x + tolerance else self.x
        y0 = self.y - bleed if self.y <= trim.y + tolerance else self.y
        x1 = self.right + bleed if self.right >= trim.right - tolerance else self.right
        y1 = self.bottom + bleed if self.bottom >= trim.bottom - tolerance else self.bottom
        return Rect(x0, y0, x1 - x0, y1 - y0)


def resolve_box(x, y, width, height, card_w: float, card_h: float) -> Rect:
    """A box's lengths resolved against the card size (x and width by width, y and height by height)."""
    return Rect(parse_length(x).resolve(card_w), parse_length(y).resolve(card_h),
                parse_length(width).resolve(card_w), parse_length(height).resolve(card_h))


def box_problems(name: str, rect: Rect, card_w: float, card_h: float, safe: float, holds_text: bool) -> list[str]:
    """What is wrong with a box on a card of this size: empty, off the card, or text outside the safe zone."""
    trim = Rect(0, 0, card_w, card_h)
    if rect.width <= 0 or rect.height <= 0:
        return [msg("box '{name}' has no area on a {card_w:.0f}x{card_h:.0f} mm card ({w:.1f} x {h:.1f} mm)",
                    name=name, card_w=to_mm(card_w), card_h=to_mm(card_h), w=to_mm(rect.width), h=to_mm(rect.height))]
    if not trim.contains(rect):
        return [msg("box '{name}' reaches outside the {card_w:.0f}x{card_h:.0f} mm card", name=name,
                    card_w=to_mm(card_w), card_h=to_mm(card_h))]
    if holds_text and not trim.inset(safe).contains(rect):
        return [msg("box '{name}' holds text but reaches into the {safe:.1f} mm safe zone along the cut "
                    "(box {x:.1f},{y:.1f} mm, size {w:.1f}x{h:.1f} mm)", name=name, safe=to_mm(safe),
                    x=to_mm(rect.x), y=to_mm(rect.y), w=to_mm(rect.width), h=to_mm(rect.height))]
    return []
