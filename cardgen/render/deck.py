"""A deck drawn twice from its plan: print-and-play sheets (n-up, duplex or fold) and a print-shop
file (one card a page, with bleed), or two of them with the backs apart.

Everything was decided when the deck was planned (`layout.deck`, `layout.face`); this module
draws the pages as the plan makes them, one at a time, so only the PDF objects accumulate. The
print file is painted in its template's colour mode; crop marks in the registration colour.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path
from typing import Iterable

from reportlab.lib.colors import CMYKColorSep

from ..layout import plan
from ..layout.deck import REGISTRATION, DeckPlan, print_pages, sheet_pages
from ..layout.printshop import OutputProfile
from .draw import draw_page
from .icc import add_output_intent
from .pdf import actual_size, new_canvas

REGISTRATION_INK = CMYKColorSep(1, 1, 1, 1, spotName="All")  # prints on every plate: crop marks


@dataclass
class DeckResult:
    sheet_pages: int
    print_pages: list[int]  # per print file


def print_paths_for(deck_plan: DeckPlan, base: str) -> list[tuple[str, str]]:
    """(relative path, side) of the print-shop files: one interleaved file, or fronts and backs apart."""
    if deck_plan.layout.printer.backs == "separate":
        return [(f"{base}-print-front.pdf", "front"), (f"{base}-print-back.pdf", "back")]
    return [(f"{base}-print.pdf", "both")]


def render_deck(deck_plan: DeckPlan, sheets_path: Path, print_files: list[tuple[Path, str]],
                assets: dict, look: plan.Look) -> DeckResult:
    """Write the sheets and the print-shop file(s); returns their page counts."""
    title = deck_plan.layout.deck.title
    grid = deck_plan.layout.grid
    sheets = new_canvas(sheets_path, (grid.paper_w, grid.paper_h), f"{title} – speelvellen",
                        "print-and-play sheets", look, actual_size(grid.duplex))
    counts = DeckResult(_draw(sheets, sheet_pages(deck_plan), assets, "rgb", look), [])
    mode, profile = deck_plan.layout.printer.color, deck_plan.profile
    for path, side in print_files:
        pages = print_pages(deck_plan, side)
        first = next(pages)
        canvas = new_canvas(path, (first.width, first.height), f"{title} – drukbestand",
                            "print-shop file, one card per page, with bleed", look, actual_size())
        if profile is not None:
            add_output_intent(canvas, profile)
        counts.print_pages.append(_draw(canvas, chain([first], pages), assets, mode, look, profile))
    return counts


def _draw(canvas, pages: Iterable[plan.Page], assets: dict, mode: str, look: plan.Look,
          profile: OutputProfile | None = None) -> int:
    """Every page into the canvas, then save it; returns the page count."""
    count = 0
    for page in pages:
        plain, marks = [], []
        for item in page.items:
            (marks if isinstance(item, plan.Rule) and item.color == REGISTRATION else plain).append(item)
        if marks:
            page = replace(page, items=plain)
        canvas.setPageSize((page.width, page.height))
        draw_page(canvas, page, assets, mode, look, profile)
        if marks:
            canvas.setStrokeColor(REGISTRATION_INK)
            for m in marks:
                canvas.setLineWidth(m.width)
                canvas.line(m.x1, page.height - m.y1, m.x2, page.height - m.y2)
        canvas.showPage()
        count += 1
    canvas.save()
    return count
