"""`cardgen preview`: PNGs of every card (front and back) and a proof sheet per deck.

The decks are built into a temporary folder and their print-shop files rendered with
PDFium (pypdfium2, installed by pip), each page cropped to its TrimBox: what you see is
exactly what the print shop gets, without the bleed. PNGs carry no timestamps, so the same
input gives the same bytes.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from . import pipeline
from .errors import Problems
from .layout.labels import NL_LABELS, Labels
from .write import Staging

FONT = Path(__file__).resolve().parent / "fonts" / "Lato-Regular.ttf"
PER_ROW = 6
GAP = 24


def preview(pack_dir: Path, out_dir: Path, decks: list[str] | None = None, dpi: int = 150,
            template_dirs: list[Path] | None = None, brand: Path | None = None,
            lang: str | None = None) -> list[dict]:
    problems = Problems()
    ctx = pipeline.load(pack_dir, template_dirs, decks, problems, brand, lang)
    planned = [(kind, item) for kind, item in pipeline.plan(ctx, problems) if kind.key == "deck"]
    numbers = {item.valid.deck.deck: [c.number for c in item.layout.cards] for _, item in planned}
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.preview-", dir=out_dir.parent))
    try:
        entries = pipeline.draw(planned, work, problems)  # the decks only, planned once
        staging = Staging(out_dir)
        try:
            for deck, cards in numbers.items():
                files = [work / e["path"] for e in entries if e["kind"] == "deck-print" and e["id"] == deck]
                faces = render_cards(files, cards, dpi)
                for (number, side), image in sorted(faces.items()):
                    _save(image, staging, f"previews/{deck}/{number}-{side}.png", deck)
                _save(proof_sheet(faces, dpi, ctx.labels), staging, f"previews/{deck}-proof.png", deck)
            return staging.commit()
        finally:
            staging.discard()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def render_cards(files: list[Path], numbers: list[str], dpi: int) -> dict[tuple[str, str], Image.Image]:
    """(number, 'front'|'back') -> image, each card once, cropped to the TrimBox."""
    pages = []
    for path in files:
        with pikepdf.open(path) as pdf:
            boxes = [([float(v) for v in p.mediabox], [float(v) for v in p.obj.TrimBox]) for p in pdf.pages]
        doc = pdfium.PdfDocument(str(path))
        try:
            for index, (media, trim) in enumerate(boxes):
                crop = (trim[0] - media[0], trim[1] - media[1], media[2] - trim[2], media[3] - trim[3])
                pages.append(doc[index].render(scale=dpi / 72, crop=crop).to_pil().convert("RGB"))
        finally:
            doc.close()
    if len(files) == 1:  # interleaved: front, back, front, back
        sides = [(numbers[i // 2], "front" if i % 2 == 0 else "back") for i in range(len(pages))]
    else:  # a file of fronts, then a file of backs
        sides = [(n, "front") for n in numbers] + [(n, "back") for n in numbers]
    faces: dict = {}
    for key, image in zip(sides, pages):
        faces.setdefault(key, image)
    return faces


def proof_sheet(faces: dict, dpi: int, labels: Labels = NL_LABELS) -> Image.Image:
    """A contact sheet: every card's front, its number under it, then the distinct backs."""
    fronts = [(n, im) for (n, side), im in sorted(faces.items()) if side == "front"]
    backs, seen = [], set()
    for (n, side), im in sorted(faces.items()):
        if side == "back" and im.tobytes() not in seen:
            seen.add(im.tobytes())
            backs.append((labels("preview.back", n=n), im))
    tiles = fronts + backs
    w, h = tiles[0][1].size
    font = ImageFont.truetype(str(FONT), max(12, dpi // 8))
    label_h = font.size + 12
    cols = min(PER_ROW, len(tiles))
    rows = -(-len(tiles) // cols)
    sheet = Image.new("RGB", (GAP + cols * (w + GAP), GAP + rows * (h + label_h + GAP)), (236, 236, 236))
    draw = ImageDraw.Draw(sheet)
    for i, (label, image) in enumerate(tiles):
        x = GAP + (i % cols) * (w + GAP)
        y = GAP + (i // cols) * (h + label_h + GAP)
        sheet.paste(image, (x, y))
        draw.rectangle((x - 1, y - 1, x + w, y + h), outline=(180, 180, 180))
        draw.text((x + w / 2, y + h + 6), label, fill=(40, 40, 40), font=font, anchor="mt")
    return sheet


def _save(image: Image.Image, staging: Staging, relative: str, deck: str) -> None:
    image.save(staging.path(relative), format="PNG", optimize=True)
    staging.add(relative, "preview", deck, 1)
