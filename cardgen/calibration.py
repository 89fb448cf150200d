"""`cardgen calibrate`: a two-sided test sheet for reading a printer's front-to-back offset."""
from __future__ import annotations

from pathlib import Path

from .errors import Problems
from .layout.deck import paper_size
from .layout.imposition import make_grid
from .layout.labels import labels_for
from .layout.units import CARD_SIZES, MM, length_pt
from .load.templates import TemplateStore
from .render.calibrate import render_calibration
from .schema.template import SheetTemplate
from .write import Staging


def calibrate(out_dir: Path, sheet_name: str, template_dirs: list[Path], lang: str | None = None) -> list[dict]:
    """Write `calibrate-<sheet>.pdf` for the sheet template `sheet_name` (its duplex mode and
    current back_offset applied, so a calibrated printer reads 0), its texts in `lang` (default nl)."""
    problems = Problems()
    store = TemplateStore(template_dirs, problems)
    sheet = store.get(sheet_name, SheetTemplate, ("--sheet", 0, 0), "sheet")
    problems.raise_if_any()
    w, h = paper_size(sheet)
    card_w, card_h = (v * MM for v in CARD_SIZES["poker"])  # the targets do not depend on the card
    grid = make_grid(w, h, card_w, card_h, length_pt(sheet.margin), 0.0, sheet.duplex,
                     length_pt(sheet.fold_gap), tuple(length_pt(v) for v in sheet.back_offset))
    staging = Staging(out_dir)
    try:
        name = f"calibrate-{sheet_name}.pdf"
        pages = render_calibration(staging.path(name), grid, sheet_name, labels_for(lang))
        staging.add(name, "calibration", sheet_name, pages)
        return staging.commit()
    finally:
        staging.discard()
