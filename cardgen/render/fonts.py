"""The font family cardgen ships (Lato, SIL OFL 1.1), registered with reportlab on first use.

Each face is parsed only when a document uses it (parsing a TTF costs ~25 ms);
reportlab embeds what is used as a subset.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
FACES = {
    "regular": ("Lato", "Lato-Regular.ttf"),
    "bold": ("Lato-Bold", "Lato-Bold.ttf"),
    "italic": ("Lato-Italic", "Lato-Italic.ttf"),
    "bold-italic": ("Lato-BoldItalic", "Lato-BoldItalic.ttf"),
}
BASE_FONT = "Lato"


@lru_cache(maxsize=None)
def font_name(face: str) -> str:
    """The registered reportlab name of `face` (regular, bold, italic, bold-italic)."""
    name, filename = FACES[face]
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    return name


def register_fonts() -> None:
    """Make the base face known, for a canvas's initial font."""
    font_name("regular")
