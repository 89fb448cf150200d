"""A deck laid out: its card size, faces as resolved boxes, and its sheet grid."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..schema.deck import Card, Deck
from ..schema.template import Box, CardTemplate, PrintTemplate, SheetTemplate
from .geometry import Rect, box_problems, resolve_box
from .imposition import Grid, ImpositionError, make_grid
from .units import CARD_SIZES, PAPER_SIZES, length_pt, parse_size

TEXT_SHOWS = {"card.text", "card.number", "card.back", "category.label", "deck.title", "deck.subtitle", "deck.bron"}


@dataclass(frozen=True)
class PlacedBox:
    name: str
    rect: Rect
    box: Box
    radius: float = 0.0  # corner radius, points (resolved once here, not per card drawn)
    stroke_width: float = 0.0


@dataclass(frozen=True)
class FaceLayout:
    background: str
    boxes: tuple[PlacedBox, ...]


@dataclass(frozen=True)
class CardInstance:
    """One card as printed: its number and where it stands in the deck file."""

    index: int  # position in the deck's card list
    number: str  # e.g. "R-07"
    card: Card


@dataclass(frozen=True)
class DeckLayout:
    deck: Deck
    template: CardTemplate
    sheet: SheetTemplate
    printer: PrintTemplate
    card_w: float
    card_h: float
    bleed: float
    safe: float
    front: FaceLayout
    back: FaceLayout
    grid: Grid
    cards: tuple[CardInstance, ...]  # copies expanded, in print order
    # Fitted text by (text, title, style, colour, box size), filled by the render stage: deck titles
    # and category labels repeat on every card, and a wrapped paragraph can be drawn any number of times.
    fitted: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def trim(self) -> Rect:
        return Rect(0, 0, self.card_w, self.card_h)


def card_numbers(deck: Deck) -> list[str]:
    width = max(2, len(str(len(deck.cards))))
    sep = "-" if deck.prefix else ""
    return [f"{deck.prefix}{sep}{i + 1:0{width}d}" for i in range(len(deck.cards))]


def paper_size(sheet: SheetTemplate) -> tuple[float, float]:
    w, h = parse_size(sheet.paper, PAPER_SIZES)
    if (sheet.orientation == "landscape") != (w > h):
        w, h = h, w
    return w, h


# A layout problem: the path of the template value at fault (empty: the deck's own) and the message.
LayoutProblem = tuple[tuple, str]


def layout_face(side: str, face, card_w: float, card_h: float, safe: float,
                problems: list[LayoutProblem]) -> FaceLayout:
    placed = []
    for name, box in face.boxes.items():
        rect = resolve_box(box.x, box.y, box.width, box.height, card_w, card_h)
        holds_text = box.text is not None or (box.show in TEXT_SHOWS)
        problems.extend(((side, "boxes", name), m) for m in box_problems(name, rect, card_w, card_h, safe, holds_text))
        placed.append(PlacedBox(name, rect, box, length_pt(box.radius), length_pt(box.stroke_width)))
    return FaceLayout(face.background, tuple(placed))


def layout_deck(deck: Deck, template: CardTemplate, sheet: SheetTemplate, printer: PrintTemplate
                ) -> tuple[DeckLayout | None, list[LayoutProblem]]:
    """Resolve every length to points; returns the layout or the problems that prevent it."""
    problems: list[LayoutProblem] = []
    card_w, card_h = parse_size(deck.card_size, CARD_SIZES)
    safe, bleed = length_pt(template.safe_zone), length_pt(printer.bleed)
    front = layout_face("front", template.front, card_w, card_h, safe, problems)
    back = layout_face("back", template.back, card_w, card_h, safe, problems)
    paper_w, paper_h = paper_size(sheet)
    grid = None
    try:
        grid = make_grid(paper_w, paper_h, card_w, card_h, length_pt(sheet.margin), length_pt(sheet.gutter),
                         sheet.duplex, length_pt(sheet.fold_gap), tuple(length_pt(v) for v in sheet.back_offset))
    except ImpositionError as exc:
        problems.append(((), str(exc)))
    if problems:
        return None, problems
    numbers = card_numbers(deck)
    cards = tuple(CardInstance(i, numbers[i], card) for i, card in enumerate(deck.cards) for _ in range(card.copies))
    return DeckLayout(deck, template, sheet, printer, card_w, card_h, bleed, safe, front, back, grid, cards), []
