"""The floor: a minimal hand-written reportlab script that draws the same sheets and print
file as `cardgen build` for a deck file, with no validation, no templates and no text fitting.

Usage: python bench/floor.py DECK.yaml OUT_DIR
"""
import sys
from pathlib import Path

import yaml
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

MM = 72 / 25.4
FONTS = Path(__file__).resolve().parent.parent / "cardgen" / "fonts"


def rgb(h):
    return tuple(int(h[i:i + 2], 16) / 255 for i in (1, 3, 5))


def main(deck_path, out):
    pdfmetrics.registerFont(TTFont("Lato", str(FONTS / "Lato-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("Lato-Bold", str(FONTS / "Lato-Bold.ttf")))
    # the C loader, as cardgen uses it: a floor must not do slower work than cardgen has to
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(deck_path, encoding="utf-8") as f:
        deck = yaml.load(f, Loader=loader)
    cats = deck["categories"]
    cards = [c for c in deck["cards"] for _ in range(c.get("copies", 1))]
    w, h, bleed = 63 * MM, 88 * MM, 3 * MM
    style = ParagraphStyle("q", fontName="Lato", fontSize=12.5, leading=16, alignment=TA_CENTER)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    sheets = Canvas(str(out / "sheets.pdf"), pagesize=(210 * MM, 297 * MM), invariant=1, initialFontName="Lato")
    shop = Canvas(str(out / "print.pdf"), pagesize=(w + 2 * bleed, h + 2 * bleed), invariant=1, initialFontName="Lato")

    def front(c, card, n, x, y):
        c.setFillColorRGB(*rgb(cats[card["category"]]["color"]))
        c.rect(x, y + h - 15 * MM, w, 15 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Lato-Bold", 9)
        c.drawString(x + 4.5 * MM, y + h - 9 * MM, cats[card["category"]]["label"])
        p = Paragraph(card["text"], style)
        _, ph = p.wrap(w - 10 * MM, h - 30 * MM)
        p.drawOn(c, x + 5 * MM, y + h / 2 - ph / 2)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("Lato", 6.5)
        c.drawString(x + 5 * MM, y + 5 * MM, f"R-{n:02d}")

    def back(c, card, x, y, b):
        c.setFillColorRGB(*rgb(cats[card["category"]]["color"]))
        c.rect(x - b, y - b, w + 2 * b, h + 2 * b, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Lato-Bold", 15)
        c.drawCentredString(x + w / 2, y + h / 2 - 10 * MM, deck["title"])

    left, bottom = 10.5 * MM, 16.5 * MM
    for s in range(0, len(cards), 9):
        group = cards[s:s + 9]
        for side in (0, 1):
            for i, card in enumerate(group):
                row, col = divmod(i, 3)
                x = left + col * w if side == 0 else 210 * MM - left - (col + 1) * w
                y = bottom + (2 - row) * h
                sheets.saveState()
                path = sheets.beginPath()
                path.rect(x, y, w, h)
                sheets.clipPath(path, stroke=0, fill=0)
                front(sheets, card, s + i + 1, x, y) if side == 0 else back(sheets, card, x, y, 0)
                sheets.restoreState()
            for k in range(4):
                sheets.line(left + k * w, bottom - MM, left + k * w, bottom - 6 * MM)
            sheets.showPage()
        for i, card in enumerate(group):
            for side in (0, 1):
                shop.setTrimBox((bleed, bleed, bleed + w, bleed + h))
                shop.setBleedBox((0, 0, w + 2 * bleed, h + 2 * bleed))
                front(shop, card, s + i + 1, bleed, bleed) if side == 0 else back(shop, card, bleed, bleed, bleed)
                shop.showPage()
    sheets.save()
    shop.save()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
