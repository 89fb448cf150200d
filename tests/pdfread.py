"""The characters of a built PDF with their boxes and fonts, read with PDFium (pypdfium2's raw API).

The same facts pdfplumber gives for a character (`text`, `x0`, `x1`, `top`, `bottom` measured from the
page's top, `fontname`, `size`), about ten times faster: PDFium's loose box of a character spans the
font's ascent to its descent at the character's size, as pdfplumber's does (the two agree to 0.02 pt on
the default bundle, every one of its 92,511 characters). Characters PDFium makes up (the spaces and line
breaks it infers between text objects) are left out of `chars`; `lines` uses its line breaks. A hyphen
at the end of a line is given back as "-" and ends the line (PDFium joins such lines into one).
pdfplumber stays the reader of vector graphics (lines, rectangles) and tables.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw


# PDFium reports a hyphen drawn at the end of a line as one of these and joins the two lines into one; here
# it is the hyphen that was drawn, and the line ends after it.
_LINE_END_HYPHENS = (0x02, 0xFFFE)


@dataclass
class PageRead:
    """One page: its size in points, its text as PDFium extracts it, its characters in drawing order."""

    width: float
    height: float
    text: str
    chars: list[dict] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)  # indexes into chars where PDFium starts a new line
    paths: list[dict] = field(default_factory=list)  # with `paths`: each drawn path's box, without its stroke


def _font(textpage, i: int) -> str:
    flags = ctypes.c_int()
    length = raw.FPDFText_GetFontInfo(textpage, i, None, 0, ctypes.byref(flags))
    buffer = ctypes.create_string_buffer(max(1, length))
    raw.FPDFText_GetFontInfo(textpage, i, buffer, length, ctypes.byref(flags))
    return buffer.value.decode("utf-8", "replace")


def _path_box(obj, height: float) -> dict | None:
    """The box of a path's points (its geometry, as pdfplumber gives it: a stroke's width not counted)."""
    matrix = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, matrix)
    xs, ys = [], []
    x, y = ctypes.c_float(), ctypes.c_float()
    for k in range(raw.FPDFPath_CountSegments(obj)):
        raw.FPDFPathSegment_GetPoint(raw.FPDFPath_GetPathSegment(obj, k), x, y)
        xs.append(matrix.a * x.value + matrix.c * y.value + matrix.e)
        ys.append(matrix.b * x.value + matrix.d * y.value + matrix.f)
    if not xs:
        return None
    return {"x0": min(xs), "x1": max(xs), "top": height - max(ys), "bottom": height - min(ys)}


def read_pages(path: Path, fonts: bool = False, paths: bool = False) -> list[PageRead]:
    """Every page of the PDF at `path`; with `fonts`, each character's font name and size too; with
    `paths`, the box of each path drawn on the page itself (not inside a form XObject)."""
    doc = pdfium.PdfDocument(str(path))
    out = []
    try:
        for page in doc:
            height = page.get_height()
            textpage = page.get_textpage()
            read = PageRead(page.get_width(), height, textpage.get_text_range())
            box = raw.FS_RECTF()
            new_line = True
            for i in range(textpage.count_chars()):
                code = raw.FPDFText_GetUnicode(textpage, i)
                if raw.FPDFText_IsGenerated(textpage, i):
                    new_line = new_line or chr(code) in "\r\n"
                    continue
                raw.FPDFText_GetLooseCharBox(textpage, i, box)
                hyphen = code in _LINE_END_HYPHENS
                char = {"text": "-" if hyphen else chr(code), "x0": box.left, "x1": box.right,
                        "top": height - box.top, "bottom": height - box.bottom}
                if fonts:
                    char["fontname"] = _font(textpage, i)
                    char["size"] = raw.FPDFText_GetFontSize(textpage, i)
                if new_line:
                    read.breaks.append(len(read.chars))
                    new_line = False
                read.chars.append(char)
                new_line = hyphen
            textpage.close()
            if paths:
                for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=0):
                    box = _path_box(obj.raw, height)
                    if box is not None:
                        read.paths.append(box)
            page.close()
            out.append(read)
    finally:
        doc.close()
    return out


def lines(page: PageRead) -> list[list[dict]]:
    """The page's characters cut into the lines PDFium sees (where it infers a line break), in drawing
    order: a card's lines one after the other, even where cards stand side by side on a sheet."""
    cuts = page.breaks + [len(page.chars)]
    return [page.chars[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]
