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


def font_problem(path: Path) -> str | None:
    """Why reportlab cannot use the TrueType file at `path` (completing "font 'x.ttf' …"), or None.
    Parsing finds a file that is not a font, lacks a table (cmap, glyf, hmtx, …) or forbids embedding."""
    try:
        font = TTFont("cardgen-check", str(path))
    except KeyError as exc:  # reportlab looks a table up that the file does not have
        return f"cannot be read as a TrueType font (it has no '{exc.args[0]}' table)"
    except Exception as exc:  # a hostile file may make the parser raise anything
        reason = " ".join(str(exc).replace(str(path), "").replace('""', "").split()).strip(" :")
        return f"cannot be read as a TrueType font ({reason[:120] or type(exc).__name__})"
    if not font.face.charToGlyph:
        return "has no characters (an empty cmap table)"
    return None


# Characters that are never drawn as glyphs: line breaks, tabs, soft hyphens, zero-width marks.
_INVISIBLE = {"\n", "\r", "\t", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


class FontMetrics:
    """The measuring interface of the layout stage (`layout.typeset.Metrics`) for the active family.

    Widths are cached per (text, face, size): titles, labels and words repeat across cards and pages.
    Every text measured is also checked against its font's character map: what the font cannot draw is
    kept in `missing` (character -> font) until the pipeline takes it (`take_missing`) and reports it."""

    def __init__(self, look: Look | None = None) -> None:
        self.look = look
        self._cache: dict[tuple[str, str, float], float] = {}
        self._checked: set[tuple[str, str]] = set()
        self.missing: dict[str, str] = {}

    def width(self, text: str, face: str, size: float) -> float:
        key = (text, face, size)
        w = self._cache.get(key)
        if w is None:
            name = font_name(face, self.look)
            if (text, face) not in self._checked:
                self._checked.add((text, face))
                self._check(text, face, name)
            w = self._cache[key] = pdfmetrics.stringWidth(text, name, size)
        return w

    def _check(self, text: str, face: str, name: str) -> None:
        cmap = pdfmetrics.getFont(name).face.charToGlyph
        for char in text:
            if ord(char) not in cmap and char not in _INVISIBLE and char not in self.missing:
                self.missing[char] = f"{name} ({face})"

    def take_missing(self) -> dict[str, str]:
        """The characters found missing since the last call, with the font each is missing from."""
        found, self.missing = self.missing, {}
        return found
