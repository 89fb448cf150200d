"""Fonts: the family cardgen ships (Lato, SIL OFL 1.1), or the active brand's TrueType faces.

Each face is parsed only when a document uses it (parsing a TTF costs ~25 ms);
reportlab embeds what is used as a subset. A brand may give any of the four
faces; the ones it leaves out fall back to Lato.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
FACES = {
    "regular": ("Lato", FONT_DIR / "Lato-Regular.ttf"),
    "bold": ("Lato-Bold", FONT_DIR / "Lato-Bold.ttf"),
    "italic": ("Lato-Italic", FONT_DIR / "Lato-Italic.ttf"),
    "bold-italic": ("Lato-BoldItalic", FONT_DIR / "Lato-BoldItalic.ttf"),
}
BASE_FONT = "Lato"

_active: dict[str, tuple[str, Path]] = dict(FACES)
_registered: set[str] = set()


def use_faces(files: dict[str, Path], prefix: str) -> None:
    """Make the given faces (face -> .ttf) the active ones, under names starting with `prefix`."""
    _active.clear()
    _active.update(FACES)
    for face, path in files.items():
        _active[face] = (f"{prefix}-{face}", path)


def font_name(face: str) -> str:
    """The registered reportlab name of `face` (regular, bold, italic, bold-italic) of the active family."""
    name, path = _active[face]
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, str(path)))
        _registered.add(name)
    return name


def register_fonts() -> str:
    """Make the active regular face known, for a canvas's initial font; returns its name.

    reportlab's graphics (QR codes, SVG drawings) set their own default font, Helvetica, even
    when they draw no text, which would put an unembedded base-14 font in the file."""
    from reportlab.graphics.shapes import STATE_DEFAULTS

    name = font_name("regular")
    STATE_DEFAULTS["fontName"] = name
    # <b> and <i> in paragraphs pick the family's faces (parsed only when a document uses them)
    pdfmetrics.registerFontFamily(name, normal=name, bold=_lazy("bold"), italic=_lazy("italic"),
                                  boldItalic=_lazy("bold-italic"))
    return name


def _lazy(face: str) -> str:
    return font_name(face)


class FontMetrics:
    """The measuring interface of the layout stage (`layout.typeset.Metrics`) for the active family.

    Widths are cached per (text, face, size): titles, labels and words repeat across cards and pages."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str, float], float] = {}

    def width(self, text: str, face: str, size: float) -> float:
        key = (text, face, size)
        w = self._cache.get(key)
        if w is None:
            w = self._cache[key] = pdfmetrics.stringWidth(text, font_name(face), size)
        return w
