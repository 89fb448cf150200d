"""Drawing the duplex calibration sheet from its plan (layout/calibrate.py has the geometry)."""
from __future__ import annotations

from pathlib import Path

from ..layout.calibrate import calibration_pages
from ..layout.imposition import Grid
from ..layout.labels import NL_LABELS, Labels
from ..layout.plan import Look
from .draw import draw_page
from .pdf import actual_size, new_canvas


def render_calibration(path: Path, grid: Grid, sheet_name: str, words: Labels = NL_LABELS) -> int:
    """Write the two-sided test sheet (one page in fold mode); returns the page count. Like the sheets
    it calibrates, it asks viewers to print at 100 % and to duplex the way the sheet turns."""
    canvas = new_canvas(path, (grid.paper_w, grid.paper_h), words("calibrate.title", sheet=sheet_name),
                        "duplex calibration", look=Look(lang=words.lang), viewer=actual_size(grid.duplex))
    pages = calibration_pages(grid, sheet_name, words)
    for page in pages:
        draw_page(canvas, page, {})
        canvas.showPage()
    canvas.save()
    return len(pages)
