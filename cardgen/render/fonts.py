"""Fonts: the family cardgen ships (Lato, SIL OFL 1.1), or the active brand's TrueType faces.

Each face is parsed only when a document uses it (parsing a TTF costs ~25 ms);
reportlab embeds what is used as a subset. A brand may give any of the four
faces; the ones it leaves out fall back to Lato.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..layout.plan import Look

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
FACES = {
    "regular": ("Lato", FONT_DIR / "Lato-Regular.ttf"),
    "bold": ("Lato-Bold", FONT_DIR / "Lato-Bold.ttf"),
    "italic": ("Lato-Italic", FONT_DIR / "Lato-Italic.ttf"),
    "bold-italic": ("Lato-BoldItalic", FONT_DIR / "Lato-BoldItalic.ttf"),
}
BASE_FONT = "Lato"

_registered: set[str] = set()


def faces(files: dict[str, Path], prefix: str) -> tuple[tuple[str, str, str], ...]:
    """A brand's faces (face -> .ttf) as (face, font name, path), under names starting with `prefix`;
    the faces it leaves out fall back to Lato."""
    return tuple((face, f"{prefix}-{face}", str(path)) for face, path in sorted(files.items()))


def font_name(face: str, look: Look | None = None) -> str:
    """The registered reportlab name of `face` (regular, bold, italic, bold-italic) in the look's family."""
    name, path = next(((n, p) for f, n, p in (look.fonts if look else ()) if f == face), FACES[face])
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, str(path)))
        _registered.add(name)
    return name


def register_fonts(look: Look | None = None) -> str:
    """Make the regular face known, for a canvas's initial font; returns its name.

    reportlab's graphics (SVG drawings) set their own default font, Helvetica, even when they draw
    no text, which would put an unembedded base-14 font in the file."""
    from reportlab.graphics.shapes import STATE_DEFAULTS

    name = font_name("regular", look)
    STATE_DEFAULTS["fontName"] = name
    return name


class FontMetrics:
    """The measuring interface of the layout stage (`layout.typeset.Metrics`) for the active family.

    Widths are cached per (text, face, size): titles, labels and words repeat across cards and pages."""

    def __init__(self, look: Look | None = None) -> None:
        self.look = look
        self._cache: dict[tuple[str, str, float], float] = {}

    def width(self, text: str, face: str, size: float) -> float:
        key = (text, face, size)
        w = self._cache.get(key)
        if w is None:
            w = self._cache[key] = pdfmetrics.stringWidth(text, font_name(face, self.look), size)
        return w
