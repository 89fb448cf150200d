"""A deck drawn twice: print-and-play sheets (n-up, duplex or fold) and a print-shop file
(one card a page, with bleed).

Cards are fitted and drawn one sheet's worth at a time, so each card is fitted
once for both files and nothing but the PDF objects accumulates.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import CMYKColorSep

from ..layout.deck import CardInstance, DeckLayout
from ..layout.images import ImageInfo
from ..layout.printshop import PrintPage, print_page
from ..layout.units import MM, length_pt
from .face import FaceFit, FitFailure, draw_face, fit_face
from .fonts import font_name
from .pdf import new_canvas

HINTS = {
    "long-edge": "dubbelzijdig, omslaan over de lange kant",
    "short-edge": "dubbelzijdig, omslaan over de korte kant",
    "fold": "enkelzijdig; vouw langs de stippellijn en knip door beide lagen",
}
MARK_WIDTH = 0.25
REGISTRATION = CMYKColorSep(1, 1, 1, 1, spotName="All")  # prints on every plate: crop marks


@dataclass
class CardFailure:
    inst: CardInstance
    side: str
    failure: FitFailure


@dataclass
class DeckResult:
    failures: list[CardFailure]
    sheet_pages: int
    print_pages: list[int]  # per print file


def fit_card(layout: DeckLayout, inst: CardInstance, mode: str = "rgb"
             ) -> tuple[FaceFit, FaceFit, list[CardFailure]]:
    front, f1 = fit_face(layout.front, layout, inst, mode)
    back, f2 = fit_face(layout.back, layout, inst, mode)
    return front, back, [CardFailure(inst, "front", f) for f in f1] + [CardFailure(inst, "back", f) for f in f2]


def fit_deck(layout: DeckLayout) -> list[CardFailure]:
    """Fit every distinct card without drawing (for `cardgen check`)."""
    failures, seen = [], set()
    for inst in layout.cards:
        if inst.index not in seen:
            seen.add(inst.index)
            failures.extend(fit_card(layout, inst)[2])
    return failures


def print_paths_for(layout: DeckLayout, base: str) -> list[tuple[str, str]]:
    """(relative path, side) of the print-shop files: one interleaved file, or fronts and backs apart."""
    if layout.printer.backs == "separate":
        return [(f"{base}-print-front.pdf", "front"), (f"{base}-print-back.pdf", "back")]
    return [(f"{base}-print.pdf", "both")]


def render_deck(layout: DeckLayout, sheets_path: Path, print_files: list[tuple[Path, str]],
                images: dict[str, ImageInfo]) -> DeckResult:
    """Write the sheets and the print-shop file(s); failures list the cards whose text did not fit
    (the files are then left unsaved, to be discarded)."""
    grid, deck, printer = layout.grid, layout.deck, layout.printer
    mode = printer.color
    sheets = new_canvas(sheets_path, (grid.paper_w, grid.paper_h), f"{deck.title} – speelvellen",
                        "print-and-play sheets")
    page = print_page(layout.card_w, layout.card_h, layout.bleed, printer.crop_marks,
                      length_pt(printer.crop_mark_gap), length_pt(printer.crop_mark_length))
    shops = [(new_canvas(path, (page.width, page.height), f"{deck.title} – drukbestand",
                         "print-shop file, one card per page, with bleed"), side) for path, side in print_files]
    failures: list[CardFailure] = []
    cards = layout.cards
    n_sheets = (len(cards) + grid.per_sheet - 1) // grid.per_sheet
    sheet_pages = 0
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
        sheet_pages += _draw_sheet(sheets, layout, group, fits, sheet_no + 1, n_sheets, images)
        # paragraphs carry their colour: a CMYK print file needs its own (same-size) fit
        shop_fits = fits if mode == "rgb" else {i: fit_card(layout, inst, mode)[:2]
                                                for i, inst in {x.index: x for x in group}.items()}
        for canvas, side in shops:
            for inst in group:
                for k in ((0, 1) if side == "both" else (0,) if side == "front" else (1,)):
                    _draw_print_page(canvas, layout, page, inst, k, shop_fits[inst.index][k], images, mode)
    if not failures:
        sheets.save()
        for canvas, _ in shops:
            canvas.save()
    per_file = [len(cards) * (2 if side == "both" else 1) for _, side in shops]
    return DeckResult(failures, sheet_pages, per_file)


def _draw_card(canvas, layout: DeckLayout, inst: CardInstance, side: int, fit: FaceFit, x: float, y: float,
               images: dict[str, ImageInfo]) -> None:
    """A face clipped to its trim: on a sheet, neighbours share cut lines, so nothing may bleed over."""
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(x, y, layout.card_w, layout.card_h)
    canvas.clipPath(clip, stroke=0, fill=0)
    draw_face(canvas, layout.front if side == 0 else layout.back, fit, layout, inst, x, y, 0.0, images)
    canvas.restoreState()


def _draw_sheet(canvas, layout: DeckLayout, group, fits, number: int, total: int, images) -> int:
    """One sheet: a front page and a back page, or in fold mode one page with both; returns pages drawn."""
    grid, sheet = layout.grid, layout.sheet
    length, offset = length_pt(sheet.cut_mark_length), length_pt(sheet.cut_mark_offset)
    sides = [(0, "voorkant"), (1, "achterkant")] if grid.duplex != "fold" else [(None, "voor- en achterkant")]
    for side, label in sides:
        for i, inst in enumerate(group):
            if side in (0, None):
                slot = grid.front_slot(i)
                _draw_card(canvas, layout, inst, 0, fits[inst.index][0], slot.x, slot.y, images)
            if side in (1, None):
                slot = grid.back_slot(i)
                _draw_card(canvas, layout, inst, 1, fits[inst.index][1], slot.x, slot.y, images)
        if sheet.cut_marks:
            marks = grid.cut_marks(length, offset) if side == 0 else grid.back_cut_marks(length, offset)
            if side is None:
                marks = marks + grid.cut_marks(length, offset)
            _lines(canvas, marks, (0, 0, 0))
        if grid.fold_x is not None:
            _fold_line(canvas, grid)
        if sheet.footer:
            _footer(canvas, layout, f"{layout.deck.title} · vel {number}/{total} · {label} · "
                                    f"print op 100 % (werkelijke grootte), {HINTS[grid.duplex]}")
        canvas.showPage()
    return len(sides)


def _lines(canvas, segments, rgb) -> None:
    canvas.setStrokeColorRGB(*rgb)
    canvas.setLineWidth(MARK_WIDTH)
    for x0, y0, x1, y1 in segments:
        canvas.line(x0, y0, x1, y1)


def _fold_line(canvas, grid) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(0.45, 0.45, 0.45)
    canvas.setLineWidth(0.4)
    canvas.setDash(3, 2)
    canvas.line(grid.fold_x, 8 * MM, grid.fold_x, grid.paper_h - 4 * MM)  # stops above the footer
    canvas.restoreState()
    canvas.setFont(font_name("regular"), 6.5)
    canvas.setFillColorRGB(0.45, 0.45, 0.45)
    canvas.drawCentredString(grid.fold_x, grid.paper_h - 3 * MM, "vouwlijn")


def _footer(canvas, layout: DeckLayout, text: str) -> None:
    grid = layout.grid
    canvas.setFont(font_name("regular"), 7)
    canvas.setFillColorRGB(0.35, 0.35, 0.35)
    canvas.drawCentredString(grid.paper_w / 2, min(5 * MM, grid.bottom / 2 - 2), text)


def _draw_print_page(canvas, layout: DeckLayout, page: PrintPage, inst: CardInstance, side: int, fit: FaceFit,
                     images, mode: str) -> None:
    canvas.setTrimBox(page.trim)
    canvas.setBleedBox(page.bleed)
    x, y = page.origin
    draw_face(canvas, layout.front if side == 0 else layout.back, fit, layout, inst, x, y, layout.bleed, images,
              mode)
    if page.marks:
        canvas.setStrokeColor(REGISTRATION)
        canvas.setLineWidth(MARK_WIDTH)
        for x0, y0, x1, y1 in page.marks:
            canvas.line(x0, y0, x1, y1)
    canvas.showPage()
