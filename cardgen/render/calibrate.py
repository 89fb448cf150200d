"""Drawing the duplex calibration sheet (see layout/calibrate.py for the geometry)."""
from __future__ import annotations

from pathlib import Path

from ..layout.calibrate import Target, targets, ticks
from ..layout.imposition import Grid
from ..layout.units import MM
from .fonts import font_name
from .pdf import new_canvas

LINE = 0.2  # thin, so that a tenth of a millimetre can be read
INSTRUCTIONS = (
    "Kalibratievel: print dit vel dubbelzijdig op 100 % (werkelijke grootte), zoals je kaarten print.",
    "Houd het vel tegen het licht. Op de achterkant staat bij elk kruis een schaal in millimeters.",
    "Lees af waar de lijnen van het kruis de schalen kruisen: rechts en omlaag tellen positief.",
    "Zet de waarden in je sheet-sjabloon, bv. back_offset: [0.6mm, -0.4mm], en print opnieuw: dan staat alles op 0.",
)


def render_calibration(path: Path, grid: Grid, sheet_name: str) -> int:
    """Write the two-sided test sheet (one page in fold mode); returns the page count."""
    canvas = new_canvas(path, (grid.paper_w, grid.paper_h), f"Kalibratievel {sheet_name}", "duplex calibration")
    marks = targets(grid)
    _front(canvas, grid, marks, sheet_name)
    if grid.duplex != "fold":
        canvas.showPage()
    for t in marks:
        _scale(canvas, t)
    canvas.showPage()
    canvas.save()
    return 1 if grid.duplex == "fold" else 2


def _front(canvas, grid: Grid, marks: list[Target], sheet_name: str) -> None:
    canvas.setLineWidth(LINE)
    canvas.setStrokeColorRGB(0, 0, 0)
    for t in marks:
        canvas.line(t.x - 12 * MM, t.y, t.x + 12 * MM, t.y)
        canvas.line(t.x, t.y - 12 * MM, t.x, t.y + 12 * MM)
        canvas.circle(t.x, t.y, 3 * MM, stroke=1, fill=0)
    canvas.setFont(font_name("bold"), 11)
    width = grid.fold_x if grid.fold_x is not None else grid.paper_w
    canvas.drawCentredString(width / 2, grid.paper_h - 14 * MM, f"cardgen – kalibratievel ‘{sheet_name}’ ({grid.duplex})")
    canvas.setFont(font_name("regular"), 8)
    for i, line in enumerate(INSTRUCTIONS):
        canvas.drawCentredString(width / 2, 20 * MM - i * 4 * MM, line)
    canvas.setFont(font_name("regular"), 7)
    canvas.drawCentredString(width / 2, grid.paper_h / 2 + 16 * MM, "voorkant")


def _scale(canvas, t: Target) -> None:
    """Two scales with their zero where the front's crosshair should land; ticks point away from
    the target so the crosshair's own lines run through them."""
    canvas.setLineWidth(LINE)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(font_name("regular"), 5)
    base = 6 * MM
    for tick in ticks():
        d = tick.offset_mm * MM
        # horizontal scale, 6 mm above the target: the front's vertical line crosses it at the x offset
        canvas.line(t.back_x + d, t.back_y + base, t.back_x + d, t.back_y + base + tick.length)
        # vertical scale, 6 mm left of the target: the front's horizontal line crosses it at the y offset
        canvas.line(t.back_x - base, t.back_y - d, t.back_x - base - tick.length, t.back_y - d)
        if tick.label:
            canvas.drawCentredString(t.back_x + d, t.back_y + base + 4 * MM, tick.label)
            canvas.drawRightString(t.back_x - base - 3.5 * MM, t.back_y - d - 1.7, tick.label)
    canvas.line(t.back_x - 3 * MM, t.back_y + base, t.back_x + 3 * MM, t.back_y + base)
    canvas.line(t.back_x - base, t.back_y - 3 * MM, t.back_x - base, t.back_y + 3 * MM)
