"""Text contrast on a deck's cards, as numbers: which text colour stands on which background, for
each category, and whether that meets WCAG AA (4.5 : 1 for body text, 3 : 1 for large text).

A text box's background is the fill of the last box before it that covers it (its own fill
included), else the face's background, else the paper. Only boxes that some card of the
category shows are checked (`when`/`unless` as the cards have them). Findings are grouped per
category and colour pair, so a colour that fails in five boxes is one finding naming all five.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..messages import joined, msg
from .color import contrast, darkened, needed_contrast
from .deck import TEXT_SHOWS, DeckLayout, FaceLayout, PlacedBox
from .units import length_pt

PAPER = "#FFFFFF"
BLACK = "#000000"
DEFAULT_SIZE = "11pt"

# ('front'|'back', a placed box, the category) -> is the box shown on some card of that category
Shown = Callable[[str, PlacedBox, str], bool]
# a template colour reference and a category -> a concrete colour, or None for 'none'
ColourOf = Callable[[str, str], "str | None"]


@dataclass(frozen=True)
class LowContrast:
    """Text in `boxes` of one category set in `text` on `background`, below what WCAG AA asks."""

    category: str
    text: str
    background: str
    ratio: float
    needed: float
    boxes: tuple[str, ...]  # e.g. "front 'label'", "back 'text'" (messages)
    by_category: bool  # the category's colour is the text or the background (else the template's fixed colours)
    style: str | None  # the style of the first box (where a template-only finding is located)
    suggestion: str | None  # a darker category colour that reaches `needed`, when there is one


def _covers(outer: PlacedBox, inner: PlacedBox) -> bool:
    a, b = outer.rect, inner.rect
    return (a.x <= b.x + 0.01 and a.y <= b.y + 0.01 and a.x + a.width >= b.x + b.width - 0.01
            and a.y + a.height >= b.y + b.height - 0.01)


def _background(face: FaceLayout, index: int, category: str, colour_of: ColourOf, shown: Shown,
                side: str) -> tuple[str, bool]:
    """The colour behind box `index` of `face` and whether it is the category's colour."""
    target = face.boxes[index]
    for placed in reversed(face.boxes[:index + 1]):
        fill = placed.box.fill
        if fill != "none" and _covers(placed, target) and shown(side, placed, category):
            got = colour_of(fill, category)
            if got:
                return got, fill == "category"
    got = colour_of(face.background, category)
    return (got, face.background == "category") if got else (PAPER, False)


def low_contrast(layout: DeckLayout, colour_of: ColourOf, shown: Shown) -> list[LowContrast]:
    """Every (category, text colour, background) below WCAG AA, in the order of the deck's categories."""
    found: dict[tuple, dict] = {}
    styles = layout.template.styles
    for category in layout.deck.categories:
        for side, face in (("front", layout.front), ("back", layout.back)):
            for index, placed in enumerate(face.boxes):
                box = placed.box
                if not (box.text is not None or box.show in TEXT_SHOWS) or not shown(side, placed, category):
                    continue
                style = styles.get(box.style) if box.style else None
                colour_ref = style.color if style else "#1A1A1A"
                text = colour_of(colour_ref, category) or BLACK
                background, bg_category = _background(face, index, category, colour_of, shown, side)
                floor = style.min_size if style and style.min_size is not None else (
                    style.size if style else DEFAULT_SIZE)
                bold = bool(style and style.font.startswith("bold"))
                needed = needed_contrast(length_pt(floor), bold)
                ratio = contrast(text, background)
                if ratio >= needed:
                    continue
                by_category = bg_category or colour_ref == "category"
                key = (category if by_category else None, text, background)
                entry = found.setdefault(key, {"ratio": ratio, "needed": needed, "boxes": [], "style": box.style,
                                               "by_category": by_category, "category": category,
                                               "category_is_text": colour_ref == "category" and not bg_category})
                entry["needed"] = max(entry["needed"], needed)
                name = msg("front '{name}'", name=placed.name) if side == "front" else \
                    msg("back '{name}'", name=placed.name)
                if name not in entry["boxes"]:
                    entry["boxes"].append(name)
    out = []
    for (_, text, background), e in found.items():
        suggestion = None
        if e["by_category"]:
            own, other = (text, background) if e["category_is_text"] else (background, text)
            suggestion = darkened(own, other, e["needed"])
        out.append(LowContrast(e["category"], text, background, e["ratio"], e["needed"], tuple(e["boxes"]),
                               e["by_category"], e["style"], suggestion))
    return out


def message(found: LowContrast) -> str:
    """The warning's text (Dutch content, English tool messages like every other message)."""
    where = joined(list(found.boxes))
    kind = msg("large text") if found.needed < 4.5 else msg("body text")
    text = msg("text {text} on {background} has a contrast of {ratio:.1f} : 1 ({where}); {kind} needs at least "
               "{needed:g} : 1 (WCAG AA)", text=found.text, background=found.background, ratio=found.ratio,
               where=where, kind=kind, needed=found.needed)
    if found.suggestion and found.suggestion.upper() not in (found.text.upper(), found.background.upper()):
        text = msg("{problem}; a darker colour such as '{colour}' reaches it", problem=text,
                   colour=found.suggestion)
    return text
