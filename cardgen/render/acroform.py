"""The fields of a fillable file, added with pikepdf after reportlab has drawn its pages.

reportlab's AcroForm only knows the standard 14 fonts (Helvetica for text, ZapfDingbats for check
marks), so cardgen draws no field with it. Here every `plan.Field` of the plan becomes a widget
whose font is the document's own regular face as a TrueType font under /DR, embedded with every
character a field can hold (all of WinAnsi, the font's /Encoding, not just the subset the printed text
uses; the rest of the font's glyphs are left out), and whose appearance streams are drawn:

- text fields name that font in /DA; a multi-line field over printed writing lines names a second
  font resource of the same font program whose descriptor metrics (ascent, descent, bounding box)
  span exactly one ruling at the field's size, and gives that leading as `TL` in /DA. Viewers that
  lay out typed text from the font's metrics (PDFium in Chrome, pypdf) then put the first baseline
  on the first printed line and every next line on the next one.
- checkboxes and radio buttons get a check mark or a dot drawn as a path, no font at all.
- a radio group (fields of kind "radio" sharing a name) is one field, /FT /Btn with the Radio flag,
  with one kid widget per option and the option's own on-state name.

No /NeedAppearances: every widget carries its appearance, so what is shown does not depend on a
viewer regenerating it (and Acrobat does not ask to save an untouched file).
"""
from __future__ import annotations

import functools
import io
import logging
import zlib
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from reportlab.pdfbase import pdfmetrics

from ..layout import plan
from .fonts import FACES, font_name

MULTILINE, RADIO, NO_TOGGLE_OFF = 1 << 12, 1 << 15, 1 << 14
PRINT = 4  # annotation flag: print the widget
_WINANSI = [bytes([c]).decode("cp1252", errors="replace") for c in range(32, 256)]
_WINANSI_CODES = sorted({ord(c) for c in _WINANSI if c != "\ufffd"})


def regular_font_file(look: plan.Look) -> Path:
    """The document's regular face: the brand's, or Lato."""
    return Path(next((p for f, _, p in look.fonts if f == "regular"), FACES["regular"][1]))


def add_fields(path: Path, doc: plan.Document, per_page: list[list[plan.Field]]) -> None:
    """Give the PDF at `path` (drawn from `doc`) the AcroForm of its fields (`plan.fields_of`), in place."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        fonts = _Fonts(pdf, doc.look)
        top_level: list = []
        groups: dict[str, pikepdf.Dictionary] = {}
        for page, fields, planned in zip(pdf.pages, per_page, doc.pages):
            annots = page.obj.get("/Annots")
            if annots is None:
                page.obj.Annots = annots = pdf.make_indirect(Array())
            for f in fields:
                rect = Array([f.x, planned.height - f.y - f.height, f.x + f.width, planned.height - f.y])
                widget = Dictionary(Type=Name.Annot, Subtype=Name.Widget, Rect=rect, F=PRINT, P=page.obj,
                                    MK=Dictionary(), BS=Dictionary(W=0, S=Name.S))
                if f.kind == "radio":
                    parent = groups.get(f.name)
                    if parent is None:
                        parent = groups[f.name] = pdf.make_indirect(Dictionary(
                            FT=Name.Btn, Ff=RADIO | NO_TOGGLE_OFF, T=String(f.name), TU=String(f.tooltip),
                            V=Name.Off, Kids=Array()))
                        top_level.append(parent)
                    widget.Parent = parent
                    widget.AS = Name.Off
                    widget.AP = Dictionary(N=Dictionary({"/" + f.value: _dot(pdf, f), "/Off": _blank(pdf, f)}))
                    widget = pdf.make_indirect(widget)
                    parent.Kids.append(widget)
                else:
                    widget.T, widget.TU = String(f.name), String(f.tooltip)
                    if f.kind == "checkbox":
                        widget.FT, widget.V, widget.AS = Name.Btn, Name.Off, Name.Off
                        widget.AP = Dictionary(N=Dictionary(Yes=_check(pdf, f), Off=_blank(pdf, f)))
                    else:
                        _text_field(widget, f, fonts)
                        widget.AP = Dictionary(N=_blank(pdf, f, b"/Tx BMC EMC\n"))
                    widget = pdf.make_indirect(widget)
                    top_level.append(widget)
                annots.append(widget)
        pdf.Root.AcroForm = pdf.make_indirect(Dictionary(
            Fields=Array(top_level), DR=Dictionary(Font=fonts.resources), DA=String(f"/{_FONT} 11 Tf 0 g")))
        pdf.save(path, deterministic_id=True)


_FONT = "Lato"  # the resource name of the field font with its true metrics


def _text_field(widget: pikepdf.Dictionary, f: plan.Field, fonts: "_Fonts") -> None:
    widget.FT, widget.V, widget.Q = Name.Tx, String(""), 0
    if f.kind == "multiline":
        widget.Ff = MULTILINE
    if f.kind == "multiline" and f.leading:
        name = fonts.ruled(f.size, f.leading)
        widget.DA = String(f"/{name} {_num(f.size)} Tf {_num(f.leading)} TL 0 g")
    elif f.leading:  # one writing line, `leading` below the top: viewers centre one line in the field, so
        name = fonts.ruled(f.size, 2 * f.leading - f.height)  # a line this tall puts its baseline there
        widget.DA = String(f"/{name} {_num(f.size)} Tf 0 g")
    else:
        widget.DA = String(f"/{_FONT} {_num(f.size)} Tf 0 g")


def _num(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


class _Fonts:
    """The field fonts: one embedded font program, under /Lato with its true metrics and under
    /LatoR1, /LatoR2, … with metrics that make one line exactly a ruling tall at a size."""

    def __init__(self, pdf: pikepdf.Pdf, look: plan.Look):
        file = regular_font_file(look)
        stat = file.stat()
        self.pdf = pdf
        self.face = pdfmetrics.getFont(font_name("regular", look)).face  # parsed once, as the drawing uses it
        packed, length = _program(str(file), stat.st_mtime_ns, stat.st_size)
        self.program = pdf.make_stream(packed, Filter=Name.FlateDecode, Length1=length)
        self.widths = Array([self.face.charWidths.get(ord(c), 0) if c != "\ufffd" else 0 for c in _WINANSI])
        self.resources = Dictionary({f"/{_FONT}": self._font(self.face.ascent, self.face.descent,
                                                             self.face.bbox)})
        self._ruled: dict[tuple[float, float], str] = {}

    def ruled(self, size: float, leading: float) -> str:
        """A font resource whose line (ascent to descent, and its bounding box) is `leading` at `size`:
        all above the baseline, so the first baseline falls one ruling below the field's top."""
        key = (round(size, 3), round(leading, 3))
        if key not in self._ruled:
            self._ruled[key] = name = f"{_FONT}R{len(self._ruled) + 1}"
            span = 1000 * leading / size
            box = self.face.bbox
            self.resources[f"/{name}"] = self._font(span, 0, [box[0], 0, box[2], span])
        return self._ruled[key]

    def _font(self, ascent: float, descent: float, bbox) -> pikepdf.Object:
        face = self.face
        name = Name("/" + face.name.decode("latin-1") if isinstance(face.name, bytes) else "/" + face.name)
        descriptor = Dictionary(Type=Name.FontDescriptor, FontName=name, Flags=32, FontBBox=Array(list(bbox)),
                                ItalicAngle=face.italicAngle, Ascent=ascent, Descent=descent,
                                CapHeight=face.capHeight, StemV=face.stemV, FontFile2=self.program)
        return self.pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.TrueType, BaseFont=name, FirstChar=32, LastChar=255, Widths=self.widths,
            Encoding=Name.WinAnsiEncoding, FontDescriptor=self.pdf.make_indirect(descriptor)))


def _form(pdf: pikepdf.Pdf, f: plan.Field, content: bytes) -> pikepdf.Stream:
    return pdf.make_stream(content, Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, f.width, f.height]),
                           Resources=Dictionary())


def _blank(pdf: pikepdf.Pdf, f: plan.Field, content: bytes = b"") -> pikepdf.Stream:
    return _form(pdf, f, content)


def _check(pdf: pikepdf.Pdf, f: plan.Field) -> pikepdf.Stream:
    """A check mark as a stroked path."""
    w, h = f.width, f.height
    pts = [(0.2 * w, 0.52 * h), (0.42 * w, 0.24 * h), (0.82 * w, 0.8 * h)]
    path = f"{_num(pts[0][0])} {_num(pts[0][1])} m " + " ".join(f"{_num(x)} {_num(y)} l" for x, y in pts[1:])
    return _form(pdf, f, f"q 0 G {_num(0.12 * w)} w 1 J 1 j {path} S Q\n".encode())


def _dot(pdf: pikepdf.Pdf, f: plan.Field) -> pikepdf.Stream:
    """A filled dot, four Bézier quarter circles, in the middle of the option's circle."""
    cx, cy, r = f.width / 2, f.height / 2, 0.27 * min(f.width, f.height)
    k = 0.5523 * r
    ops = [f"{_num(cx + r)} {_num(cy)} m",
           f"{_num(cx + r)} {_num(cy + k)} {_num(cx + k)} {_num(cy + r)} {_num(cx)} {_num(cy + r)} c",
           f"{_num(cx - k)} {_num(cy + r)} {_num(cx - r)} {_num(cy + k)} {_num(cx - r)} {_num(cy)} c",
           f"{_num(cx - r)} {_num(cy - k)} {_num(cx - k)} {_num(cy - r)} {_num(cx)} {_num(cy - r)} c",
           f"{_num(cx + k)} {_num(cy - r)} {_num(cx + r)} {_num(cy - k)} {_num(cx + r)} {_num(cy)} c"]
    return _form(pdf, f, ("q 0 g " + " ".join(ops) + " f Q\n").encode())


@functools.lru_cache(maxsize=8)
def _program(file: str, mtime_ns: int, size: int) -> tuple[bytes, int]:
    """The font program cut to the WinAnsi characters, compressed, and its length, once per file and version
    (every fillable form of a build embeds the same font). Lato whole is 660 kB; cut, 45 kB. A brand font
    that fontTools cannot cut (reportlab, which drew with it, read it) is embedded whole, as it is."""
    try:
        data = _winansi_only(file)
    except Exception:  # a hostile or unusual font may make the subsetter raise anything
        data = Path(file).read_bytes()
    return zlib.compress(data, 6), len(data)


def _winansi_only(file: str) -> bytes:
    """The TrueType font at `file` with only the glyphs of WinAnsi's characters (and those they are made of)."""
    from fontTools import subset

    options = subset.Options()
    options.layout_features = []  # viewers set typed text glyph by glyph, without the font's layout rules
    options.name_IDs, options.name_languages = ["*"], ["*"]  # the font's names, copyright and licence stay
    options.notdef_outline = True
    fonttools = logging.getLogger("fontTools")
    level = fonttools.level
    fonttools.setLevel(logging.ERROR)  # its notes on odd dates in a font's header are not the user's business
    try:
        font = subset.load_font(file, options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=_WINANSI_CODES)
        subsetter.subset(font)
        out = io.BytesIO()
        subset.save_font(font, out, options)  # head's dates kept as they are (recalc_timestamp is off)
    finally:
        fonttools.setLevel(level)
    return out.getvalue()
