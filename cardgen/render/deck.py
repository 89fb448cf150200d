"""A deck drawn twice: print-and-play sheets (n-up, duplex) and a print-shop file (one card a page, bleed).

Cards are fitted and drawn one sheet's worth at a time, so memory stays flat
as decks grow, and each card is fitted once for both files.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..layout.deck import CardInstance, DeckLayout
from ..layout.units import MM
from .face import FaceFit, FitFailure, draw_face, fit_face
from .fonts import font_name
from .pdf import new_canvas

HINT = "print op 100 % (werkelijke grootte), dubbelzijdig over de lange kant"
MARK_WIDTH = 0.25


@dataclass
class CardFailure:
    inst: CardInstance
    side: str
    failure: FitFailure


def fit_card(layout: DeckLayout, inst: CardInstance) -> tuple[FaceFit, FaceFit, list[CardFailure]]:
    front, f1 = fit_face(layout.front, layout, inst)
    back, f2 = fit_face(layout.back, layout, inst)
    return front, back, [CardFailure(inst, "front", f) for f in f1] + [CardFailure(inst, "back", f) for f in f2]


def fit_deck(layout: DeckLayout) -> list[CardFailure]:
    """Fit every distinct card without drawing (for `cardgen check`)."""
    failures, seen = [], set()
    for inst in layout.cards:
        if inst.index not in seen:
            seen.add(inst.index)
            failures.extend(fit_card(layout, inst)[2])
    return failures


@dataclass
class DeckResult:
    failures: list[CardFailure]
    sheet_pages: int
    print_pages: int


def render_deck(layout: DeckLayout, sheets_path: Path, print_path: Path, images: dict[str, Path]) -> DeckResult:
    """Write both files; failures list the cards whose text did not fit (the files are then discarded)."""
    grid = layout.grid
    deck = layout.deck
    sheets = new_canvas(sheets_path, (grid.paper_w, grid.paper_h), f"{deck.title} – speelvellen", "print-and-play sheets")
    bleed = layout.bleed
    shop = new_canvas(print_path, (layout.card_w + 2 * bleed, layout.card_h + 2 * bleed),
                      f"{deck.title} – drukbestand", "print-shop file, one card per page, with bleed")
    trim_box = (bleed, bleed, bleed + layout.card_w, bleed + layout.card_h)
    failures: list[CardFailure] = []
    cards = layout.cards
    n_sheets = (len(cards) + grid.per_sheet - 1) // grid.per_sheet
    for sheet_no in range(n_sheets):
        group = cards[sheet_no * grid.per_sheet:(sheet_no + 1) * grid.per_sheet]
        fits: dict[int, tuple[FaceFit, FaceFit]] = {}
        for inst in group:
            if inst.index not in fits:
                front, back, failed = fit_card(layout, inst)
                fits[inst.index] = (front, back)
                failures.extend(failed)
        if failures:
            continue  # keep fitting to report every card, but stop drawing
        for side in ("front", "back"):
            face = layout.front if side == "front" else layout.back
            for i, inst in enumerate(group):
                slot = grid.front_slot(i) if side == "front" else grid.back_slot(i)
                sheets.saveState()
                clip = sheets.beginPath()
                clip.rect(slot.x, slot.y, layout.card_w, layout.card_h)
                sheets.clipPath(clip, stroke=0, fill=0)
                draw_face(sheets, face, fits[inst.index][0 if side == "front" else 1], layout, inst,
                          slot.x, slot.y, 0.0, images)
                sheets.restoreState()
            _sheet_furniture(sheets, layout, sheet_no + 1, n_sheets, side)
            sheets.showPage()
        for inst in group:
            for k, face in enumerate((layout.front, layout.back)):
                shop.setTrimBox(trim_box)
                shop.setBleedBox((0, 0, layout.card_w + 2 * bleed, layout.card_h + 2 * bleed))
                draw_face(shop, face, fits[inst.index][k], layout, inst, bleed, bleed, bleed, images)
                shop.showPage()
    if not failures:
        sheets.save()
        shop.save()
    return DeckResult(failures, 2 * n_sheets, 2 * len(cards))


def _sheet_furniture(canvas, layout: DeckLayout, number: int, total: int, side: str) -> None:
    """Cut marks in the margin and a footer line with the deck, sheet and the 100 % hint."""
    grid, sheet = layout.grid, layout.sheet
    from ..layout.units import length_pt

    if sheet.cut_marks:
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(MARK_WIDTH)
        for x0, y0, x1, y1 in grid.cut_marks(length_pt(sheet.cut_mark_length), length_pt(sheet.cut_mark_offset)):
            canvas.line(x0, y0, x1, y1)
    if sheet.footer:
        side_nl = "voorkant" if side == "front" else "achterkant"
        text = f"{layout.deck.title} · vel {number}/{total} · {side_nl} · {HINT}"
        canvas.setFont(font_name("regular"), 7)
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        canvas.drawCentredString(grid.paper_w / 2, min(5 * MM, grid.bottom / 2 - 2), text)
