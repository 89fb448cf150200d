"""A deck laid out: its card size, faces as resolved boxes, its sheet grid, and the pages of its
two outputs as plans.

The faces of the cards are planned in `layout.face`; here they are placed: n-up on print-and-play
sheets (fronts, then the backs mirrored so that they land behind their fronts, cut marks in the
margin, a footer saying how to print), and one card a page with bleed for the print shop (TrimBox,
BleedBox, optional crop marks). Pages are made one at a time as the render stage asks for them, so
a deck of thousands of cards never holds all its pages at once; everything they show was decided
when the faces were planned.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from ..errors import Overflow
from ..messages import msg
from ..schema.deck import Card, Deck
from ..schema.template import Box, CardTemplate, PrintTemplate, SheetTemplate
from . import geometry
from .geometry import box_problems, resolve_box
from .imposition import Grid, ImpositionError, Segment, make_grid
from .labels import NL_LABELS, Labels
from .plan import Group, Image, Page, Rect, Rule, Text, Use
from .printshop import OutputProfile, print_page
from .typeset import Metrics
from .credit import FOOTER_SIZES  # the sheet footer shrinks as a credit does, never below 5.5 pt
from .units import CARD_SIZES, MM, PAPER_SIZES, length_pt, parse_size, to_mm

TEXT_SHOWS = {"card.text", "card.number", "card.back", "category.label", "deck.title", "deck.subtitle", "deck.bron",
              "brand.name", "brand.footer", "brand.website", "brand.licence", "brand.version"}


@dataclass(frozen=True)
class PlacedBox:
    name: str
    rect: geometry.Rect
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
    variants: tuple[tuple[str, FaceLayout, FaceLayout], ...] = ()  # the template's other faces, by name
    words: Labels = NL_LABELS  # the sheets' fixed labels (footer, fold line) in the pack's language

    @property
    def trim(self) -> Rect:
        return Rect(0, 0, self.card_w, self.card_h)

    def faces_of(self, card: Card) -> tuple[FaceLayout, FaceLayout]:
        """The front and back a card is printed with: its `layout:`, else the template's main faces."""
        for name, front, back in self.variants:
            if name == card.layout:
                return front, back
        return self.front, self.back

    def all_faces(self) -> list[tuple[str, FaceLayout]]:
        """(side, face) of every face the template has, the main ones first."""
        out = [("front", self.front), ("back", self.back)]
        for _, front, back in self.variants:
            out.extend((("front", front), ("back", back)))
        return out


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
    variants = []
    for name, variant in template.faces.items():
        sides = []
        for side, own, main in (("front", variant.front, front), ("back", variant.back, back)):
            found: list[LayoutProblem] = []
            sides.append(layout_face(side, own, card_w, card_h, safe, found) if own is not None else main)
            problems.extend((("faces", name, *path), m) for path, m in found)  # located under faces.NAME
        variants.append((name, *sides))
    grid = None
    try:
        grid = sheet_grid(sheet, card_w, card_h, bleed)
    except ImpositionError as exc:
        problems.append(((), exc.args[0]))  # the message itself: str() would lose its translation
    else:
        problems.extend(((), m) for m in room_problems(grid, sheet))
    if problems:
        return None, problems
    numbers = card_numbers(deck)
    cards = tuple(CardInstance(i, numbers[i], card) for i, card in enumerate(deck.cards) for _ in range(card.copies))
    return DeckLayout(deck, template, sheet, printer, card_w, card_h, bleed, safe, front, back, grid, cards,
                      tuple(variants)), []


def sheet_grid(sheet: SheetTemplate, card_w: float, card_h: float, print_bleed: float) -> Grid:
    """The sheet's grid: cards with `SHEET_BLEED` (at most the print template's bleed) all round,
    and room under the block for the cut marks and the footer where the paper has it."""
    paper_w, paper_h = paper_size(sheet)
    bleed = min(SHEET_BLEED, print_bleed)
    length, offset = length_pt(sheet.cut_mark_length), length_pt(sheet.cut_mark_offset)
    below = (bleed + offset + (length if sheet.cut_marks else 0.0) + FOOTER_CLEAR) if sheet.footer else 0.0
    return make_grid(paper_w, paper_h, card_w, card_h, length_pt(sheet.margin), length_pt(sheet.gutter),
                     sheet.duplex, length_pt(sheet.fold_gap), tuple(length_pt(v) for v in sheet.back_offset),
                     bleed, below)


def mark_floor(sheet: SheetTemplate) -> float:
    """How far above the paper's bottom edge the sheet's cut marks stop: above the footer's band."""
    return FOOTER_CLEAR if sheet.footer else 0.0


def room_problems(grid: Grid, sheet: SheetTemplate) -> list[str]:
    """The footer and the cut marks under the cards must not meet: each mark keeps `MIN_MARK` at least."""
    if not sheet.footer:
        return []
    start = grid.bleed + (length_pt(sheet.cut_mark_offset) if sheet.cut_marks else 0.0)
    want = FOOTER_CLEAR + start + (MIN_MARK if sheet.cut_marks else 0.0)
    rooms = [grid.bottom] + ([grid.paper_h - grid.bottom - grid.block_h] if grid.flips_top_bottom else [])
    if min(rooms) >= want - 0.01:
        return []
    if sheet.cut_marks:
        return [msg("the cut marks and the footer do not fit under the cards: {room:.1f} mm between the cards and "
                    "the paper's edge, {want:.1f} mm needed (use a smaller gutter, margin or cut_mark_offset, or "
                    "footer: false)", room=to_mm(min(rooms)), want=to_mm(want))]
    return [msg("the footer do not fit under the cards: {room:.1f} mm between the cards and the paper's edge, "
                "{want:.1f} mm needed (use a smaller gutter, margin or cut_mark_offset, or footer: false)",
                room=to_mm(min(rooms)), want=to_mm(want))]


# ---- the pages of the two outputs

HINTS = {duplex: NL_LABELS(f"sheet.{duplex}") for duplex in ("long-edge", "short-edge", "fold")}  # how to print
MARK_WIDTH = 0.25
CUT_MARK = "#000000"
# Crop marks print on every plate of a print shop's press: a colour no plan colour can say, so the
# render stage paints rules of this colour in the registration colour.
REGISTRATION = "registration"
FOLD_GREY, FOOTER_GREY = "#737373", "#595959"
FOOTER_BASELINE = 5 * MM  # above the paper's bottom edge
FOOTER_CORNER = 30 * MM  # the footer keeps this much of each bottom corner free: a member bundle numbers pages there
# Nothing else of a sheet comes lower than this when it has a footer: the footer's ascenders at its
# largest size and a millimetre above them.
FOOTER_CLEAR = FOOTER_BASELINE + 0.8 * FOOTER_SIZES[0] + 1 * MM
# Home sheets: bleed all round every card (where no neighbour shares the cut), at most the print template's.
SHEET_BLEED = 2 * MM
MIN_MARK = 1.5 * MM  # a cut mark shorter than this is hard to lay a ruler on


@dataclass(frozen=True)
class DeckPlan:
    """Everything a deck's files show, decided: each distinct card's faces and the sheet footer's size."""

    layout: DeckLayout
    faces: dict[int, tuple]  # by the card's index in the deck: its front and back `layout.face.FacePlan`
    footer_size: float | None  # None: the sheet template has no footer
    profile: OutputProfile | None = None  # the print shop's output profile (CMYK print files only)

    @property
    def sheet_count(self) -> int:
        return sheet_count(self.layout)


def sheet_count(layout: DeckLayout) -> int:
    return -(-len(layout.cards) // layout.grid.per_sheet)


def sheet_sides(grid: Grid, words: Labels = NL_LABELS) -> list[tuple[int | None, str]]:
    """The pages of one sheet: (side, label); side 0 fronts, 1 backs, None both (fold)."""
    return [(0, words("sheet.front")), (1, words("sheet.back"))] if grid.duplex != "fold" \
        else [(None, words("sheet.both"))]


def footer_text(layout: DeckLayout, number: int, total: int, label: str) -> str:
    """'… · vel 1/7 · voorkant · print op 100 % (werkelijke grootte), dubbelzijdig, …' in the deck's language."""
    words = layout.words
    return words("sheet.footer", title=layout.deck.title, number=number, total=total, side=label,
                 hint=words(f"sheet.{layout.grid.duplex}"))


def plan_footer(layout: DeckLayout, metrics: Metrics) -> float | None | Overflow:
    """The size of the sheet footer: the largest at which the longest one fits between the margins,
    leaving the bottom corners free (`FOOTER_CORNER`)."""
    if not layout.sheet.footer:
        return None
    sheets = sheet_count(layout)
    room = layout.grid.paper_w - 2 * max(length_pt(layout.sheet.margin), FOOTER_CORNER)
    longest = max(metrics.width(footer_text(layout, sheets, sheets, label), "regular", FOOTER_SIZES[-1])
                  for _, label in sheet_sides(layout.grid, layout.words))
    for size in FOOTER_SIZES:
        if longest * size / FOOTER_SIZES[-1] <= room + 0.01:
            return size
    return Overflow(msg("deck '{deck}' (sheets)", deck=layout.deck.deck), ("title",), msg("the sheet footer"),
                    (longest - room), floor=FOOTER_SIZES[-1], hint=msg("shorten the deck title"))


def _rules(segments: list[Segment], height: float, colour: str) -> list[Rule]:
    """Segments of the imposition (PDF corners, y up) as rules of a plan (y down)."""
    return [Rule(x0, height - y0, x1, height - y1, colour, MARK_WIDTH) for x0, y0, x1, y1 in segments]


def sheet_pages(plan: DeckPlan) -> Iterator[Page]:
    """The print-and-play pages, sheet by sheet: a front page and its back page (or one page with both)."""
    layout = plan.layout
    grid, sheet, cards = layout.grid, layout.sheet, layout.cards
    w, h = grid.paper_w, grid.paper_h
    length, offset = length_pt(sheet.cut_mark_length), length_pt(sheet.cut_mark_offset)
    floor = mark_floor(sheet)
    total = plan.sheet_count
    bled: dict = {}  # a face's shared part with the bleed of one position on the sheet, made once
    for number in range(1, total + 1):
        group = cards[(number - 1) * grid.per_sheet:number * grid.per_sheet]
        for side, label in sheet_sides(grid, layout.words):
            page = Page(w, h)
            for i, inst in enumerate(group):
                front, back = plan.faces[inst.index]
                if side in (0, None):
                    slot, sides = grid.front_slot(i), grid.side_bleeds(i, len(group))
                    page.add(*_bled(front, slot.x, h - slot.y - layout.card_h, sides, bled))
                if side in (1, None):
                    slot, sides = grid.back_slot(i), grid.back_bleeds(i, len(group))
                    page.add(*_bled(back, slot.x, h - slot.y - layout.card_h, sides, bled))
            if sheet.cut_marks:
                marks = (grid.cut_marks(length, offset, floor) if side == 0
                         else grid.back_cut_marks(length, offset, floor))
                if side is None:
                    marks = marks + grid.cut_marks(length, offset, floor)
                page.add(*_rules(marks, h, CUT_MARK))
            if grid.fold_x is not None:  # the fold line stops above the footer
                page.add(Rule(grid.fold_x, h - 8 * MM, grid.fold_x, 4 * MM, FOLD_GREY, 0.4, (3, 2)),
                         Text(grid.fold_x, 3 * MM, layout.words("sheet.fold_line"), "regular", 6.5, FOLD_GREY,
                              "center"))
            if plan.footer_size is not None:
                page.add(Text(w / 2, h - FOOTER_BASELINE, footer_text(layout, number, total, label),
                              "regular", plan.footer_size, FOOTER_GREY, "center"))
            yield page


def _bled(face, x: float, y: float, sides: tuple[float, float, float, float], made: dict) -> list:
    """A face placed with its trim's top-left at (x, y), its shared part running `sides` (left, top,
    right, bottom) into the bleed: the print version's bleed cut back to that much."""
    if not any(sides):
        return face.placed(x, y)
    key = (face.bleed.key, sides)
    if key not in made:
        made[key] = bleed_cut(face.bleed, sides)
    return [Use(made[key], x, y), *face.placed(x, y)[1:]]


def bleed_cut(group: Group, sides: tuple[float, float, float, float]) -> Group:
    """`group` (drawn with bleed) with everything beyond `sides` of bleed cut off: fills that run into
    the bleed are clipped to the smaller bleed; nothing else reaches past the trim."""
    left, top, right, bottom = sides
    x_min, y_min, x_max, y_max = -left, -top, group.width + right, group.height + bottom
    items = []
    for item in group.items:
        if isinstance(item, Rect):
            x0, y0 = max(item.x, x_min), max(item.y, y_min)
            x1, y1 = min(item.x + item.width, x_max), min(item.y + item.height, y_max)
            if x1 <= x0 or y1 <= y0:
                continue
            if (x0, y0, x1, y1) != (item.x, item.y, item.x + item.width, item.y + item.height):
                item = Rect(x0, y0, x1 - x0, y1 - y0, item.fill, item.stroke, item.line_width, item.radius,
                            item.opacity)
        elif isinstance(item, Image) and item.clip is not None:  # a picture into the bleed: clipped the same way
            cx, cy, cw, ch = item.clip
            x0, y0, x1, y1 = max(cx, x_min), max(cy, y_min), min(cx + cw, x_max), min(cy + ch, y_max)
            item = replace(item, clip=(x0, y0, x1 - x0, y1 - y0))
        items.append(item)
    key = f"{group.key}~" + ",".join(f"{v:.2f}" for v in sides)
    return Group(key, group.width, group.height, tuple(items), max(sides))


def print_pages(plan: DeckPlan, side: str) -> Iterator[Page]:
    """The print-shop pages, one card face a page with bleed: 'both' alternates front and back;
    'front' or 'back' gives one side of every card (separate files)."""
    layout, printer = plan.layout, plan.layout.printer
    shop = print_page(layout.card_w, layout.card_h, layout.bleed, printer.crop_marks,
                      length_pt(printer.crop_mark_gap), length_pt(printer.crop_mark_length))
    pad, b = shop.trim[0], layout.bleed
    trim = (pad, pad, layout.card_w, layout.card_h)
    bleed = (pad - b, pad - b, layout.card_w + 2 * b, layout.card_h + 2 * b)
    marks = _rules(list(shop.marks), shop.height, REGISTRATION)
    faces = (0, 1) if side == "both" else (0,) if side == "front" else (1,)
    for inst in layout.cards:
        for k in faces:
            page = Page(shop.width, shop.height, plan.faces[inst.index][k].placed(pad, pad, bleed=True), trim, bleed)
            page.add(*marks)
            yield page
