"""The characters and vector shapes of a built PDF, read with PDFium (pypdfium2's raw API).

The same facts pdfplumber gives for a character (`text`, `x0`, `x1`, `top`, `bottom` measured from the
page's top, `fontname`, `size`), about ten times faster. For upright text `x0` is the character's origin
and `x1` the origin plus its advance, as in pdfplumber (elsewhere PDFium's loose box); `top` and `bottom`
span the font's ascent to its descent at the character's size, as pdfplumber's do (to 0.001 pt). One
difference stays: PDFium reads a font's /Widths as whole units (cardgen writes halves), so within one
text object the characters drift left of pdfplumber's, by up to 0.24 pt at the end of the longest line
of the test fixtures; each text object starts where pdfplumber puts it. `fontname` is the font's name
without the subset tag ("Lato-Bold" for "AAAAAA+Lato-Bold"); `size` is the size on the page (the font
size times the text's scale), as pdfplumber's. Characters PDFium makes up (the spaces and line breaks it
infers between text objects) are left out of `chars`; `lines` uses its line breaks. A hyphen at the end
of a line is given back as "-" and ends the line (PDFium joins such lines into one). `chars` are in
PDFium's order, which may move a text object along its line; `drawn` gives the content stream's order,
pdfplumber's.

`words` and `text` group characters as pdfplumber's `extract_words` and `extract_text` do (default
settings), so a test ported from pdfplumber reads the same words and text. With `shapes`, each subpath
drawn (inside form XObjects too) comes as pdfplumber classifies it: a line, a rectangle or a curve, with
its stroke, fill, line width, dash and colours. pdfplumber stays the reader of tables.
"""
from __future__ import annotations

import ctypes
import itertools
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw


# PDFium reports a hyphen drawn at the end of a line as one of these and joins the two lines into one; here
# it is the hyphen that was drawn, and the line ends after it.
_LINE_END_HYPHENS = (0x02, 0xFFFE)


@dataclass
class PageRead:
    """One page: its size in points, its text as PDFium extracts it, its characters in PDFium's order."""

    width: float
    height: float
    text: str
    chars: list[dict] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)  # indexes into chars where PDFium starts a new line
    shapes: list[dict] = field(default_factory=list)  # with `shapes`: each subpath, classified (see `_shapes`)


# FPDFText_GetTextObject giving the object's address (an int), for comparing objects cheaply; raw's own
# binding stays as it is
_text_object = ctypes.CFUNCTYPE(ctypes.c_void_p, raw.FPDF_TEXTPAGE, ctypes.c_int)(
    ctypes.cast(raw.FPDFText_GetTextObject, ctypes.c_void_p).value)


def _font(textpage, i: int) -> str:
    flags = ctypes.c_int()
    length = raw.FPDFText_GetFontInfo(textpage, i, None, 0, ctypes.byref(flags))
    buffer = ctypes.create_string_buffer(max(1, length))
    raw.FPDFText_GetFontInfo(textpage, i, buffer, length, ctypes.byref(flags))
    return buffer.value.decode("utf-8", "replace")


def read_pages(path: Path, fonts: bool = False, shapes: bool = False) -> list[PageRead]:
    """Every page of the PDF at `path`; with `fonts`, each character's font name and size too; with `shapes`,
    each subpath drawn anywhere on the page, classified as pdfplumber does (`_shapes`), with its box. Each character
    also has `object`: the place of its text object in the content stream (inside forms too), for `drawn`."""
    doc = pdfium.PdfDocument(str(path))
    out = []
    try:
        for page in doc:
            height = page.get_height()
            textpage = page.get_textpage()
            read = PageRead(page.get_width(), height, textpage.get_text_range())
            box, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
            widths: dict = {}  # (font address, character): its advance at 1 pt; per page, as addresses may be reused
            order = {handle: k for k, handle in enumerate(_text_objects(page.raw))}
            ox, oy = ctypes.c_double(), ctypes.c_double()
            tp, new_line, address = textpage.raw, True, None
            unicode, generated, origin = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated, raw.FPDFText_GetCharOrigin
            for i in range(textpage.count_chars()):
                code = unicode(tp, i)
                if generated(tp, i):
                    new_line = new_line or chr(code) in "\r\n"
                    continue
                hyphen = code in _LINE_END_HYPHENS
                if _text_object(tp, i) != address:  # a new text object: its font, scale and baseline
                    address = _text_object(tp, i)
                    textobj = ctypes.cast(address, raw.FPDF_PAGEOBJECT)
                    raw.FPDFText_GetMatrix(tp, i, matrix)
                    upright = matrix.b == 0 and matrix.c == 0 and matrix.a > 0 and matrix.d > 0
                    font = raw.FPDFTextObj_GetFont(textobj)
                    font_key = ctypes.cast(font, ctypes.c_void_p).value
                    size = raw.FPDFText_GetFontSize(tp, i)
                    scale = matrix.d if upright else abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
                    info = {"object": order.get(address, -1)}
                    if fonts:
                        info.update(fontname=_font(tp, i), size=size * scale)
                    raw.FPDFText_GetLooseCharBox(tp, i, box)
                    raw.FPDFText_GetCharOrigin(tp, i, ox, oy)
                    ascent, descent = box.top - oy.value, box.bottom - oy.value  # the same for all its characters
                glyph = 0x2D if hyphen else code
                advance = widths.get((font_key, glyph), -1) if upright else None
                if advance == -1:
                    width = ctypes.c_float()
                    found = font and raw.FPDFFont_GetGlyphWidth(font, glyph, 1.0, width)
                    advance = widths[font_key, glyph] = width.value if found else None
                if advance is not None:  # pdfplumber's box: from the origin, the advance wide
                    origin(tp, i, ox, oy)
                    x, y = ox.value, oy.value
                    char = {"text": chr(glyph), "x0": x, "x1": x + advance * size * matrix.a,
                            "top": height - (y + ascent), "bottom": height - (y + descent), **info}
                else:  # PDFium's loose box
                    raw.FPDFText_GetLooseCharBox(tp, i, box)
                    char = {"text": "-" if hyphen else chr(code), "x0": box.left, "x1": box.right,
                            "top": height - box.top, "bottom": height - box.bottom, **info}
                if new_line:
                    read.breaks.append(len(read.chars))
                    new_line = False
                read.chars.append(char)
                new_line = hyphen
            textpage.close()
            if shapes:
                identity = raw.FS_MATRIX(1, 0, 0, 1, 0, 0)
                for k in range(raw.FPDFPage_CountObjects(page.raw)):
                    read.shapes += _shapes(raw.FPDFPage_GetObject(page.raw, k), identity, height)
            page.close()
            out.append(read)
    finally:
        doc.close()
    return out


def _text_objects(holder, form: bool = False) -> list[int]:
    """The page's (or a form XObject's) text objects in drawing order, inside forms too, as addresses."""
    count, get = (raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject) if form else \
        (raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject)
    out = []
    for k in range(count(holder)):
        obj = get(holder, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            out.append(ctypes.cast(obj, ctypes.c_void_p).value)
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            out += _text_objects(obj, form=True)
    return out


def _times(m, n):
    """The matrix m followed by n (PDF's row-vector order: a point goes through m, then n)."""
    return raw.FS_MATRIX(m.a * n.a + m.b * n.c, m.a * n.b + m.b * n.d, m.c * n.a + m.d * n.c,
                         m.c * n.b + m.d * n.d, m.e * n.a + m.f * n.c + n.e, m.e * n.b + m.f * n.d + n.f)


def _colour(getter, obj) -> tuple[int, int, int]:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    getter(obj, r, g, b, a)
    return r.value, g.value, b.value


def _shapes(obj, outer, height: float) -> list[dict]:
    """The subpaths of a page object (a form XObject's, recursively), each as pdfplumber (pdfminer)
    classifies one: `kind` "line" (one straight segment, "m l" or "m l h"), "rect" (four corners, closed,
    sides parallel to the axes) or "curve" (anything else); its box (`x0`, `x1`, `top`, `bottom`, the
    points' extent, a stroke's width not counted); and its path's `stroke`, `fill` (bools), `linewidth`
    (where the content sets none, the PDF's default 1; pdfminer says 0), `dash` ((dash array, phase), or
    None when solid), `stroking_color` and `non_stroking_color` (RGB 0-255, as PDFium converts the colour;
    pdfplumber gives the colour space's own components, 0-1)."""
    matrix = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, matrix)
    matrix = _times(matrix, outer)
    kind = raw.FPDFPageObj_GetType(obj)
    if kind == raw.FPDF_PAGEOBJ_FORM:
        return [s for k in range(raw.FPDFFormObj_CountObjects(obj))
                for s in _shapes(raw.FPDFFormObj_GetObject(obj, k), matrix, height)]
    if kind != raw.FPDF_PAGEOBJ_PATH:
        return []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, fill, stroke)
    width = ctypes.c_float()
    raw.FPDFPageObj_GetStrokeWidth(obj, width)
    count = raw.FPDFPageObj_GetDashCount(obj)
    dash = None
    if count > 0:
        array = (ctypes.c_float * count)()
        raw.FPDFPageObj_GetDashArray(obj, array, count)
        phase = ctypes.c_float()
        raw.FPDFPageObj_GetDashPhase(obj, phase)
        dash = (list(array), phase.value)
    style = {"stroke": bool(stroke.value), "fill": fill.value != raw.FPDF_FILLMODE_NONE, "linewidth": width.value,
             "dash": dash, "stroking_color": _colour(raw.FPDFPageObj_GetStrokeColor, obj),
             "non_stroking_color": _colour(raw.FPDFPageObj_GetFillColor, obj)}
    # the subpaths: each a shape ("m", "l", "c" per Bezier curve, "h" when closed) and its points on the page
    subpaths: list[tuple[str, list[tuple[float, float]]]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    segments = raw.FPDFPath_CountSegments(obj)
    k = 0
    while k < segments:
        segment = raw.FPDFPath_GetPathSegment(obj, k)
        step = raw.FPDFPathSegment_GetType(segment)
        if step == raw.FPDF_SEGMENT_BEZIERTO:  # two control points and the end: one "c"
            segment = raw.FPDFPath_GetPathSegment(obj, k + 2)
            k += 2
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = (matrix.a * x.value + matrix.c * y.value + matrix.e, matrix.b * x.value + matrix.d * y.value + matrix.f)
        if step == raw.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append(("m", [point]))
        else:
            shape, points = subpaths[-1]
            subpaths[-1] = (shape + ("c" if step == raw.FPDF_SEGMENT_BEZIERTO else "l"), points + [point])
        if raw.FPDFPathSegment_GetClose(segment):
            subpaths[-1] = (subpaths[-1][0] + "h", subpaths[-1][1])
        k += 1
    out = []
    for shape, points in subpaths:
        if shape.endswith("h") and len(points) > 1 and points[-1] == points[0] and len(shape) > 4:
            shape = shape[:-2] + "h"  # "re", or a last "l" back to the start: pdfminer drops that "l"
        elif shape.endswith("h"):
            points = points + [points[0]]  # pdfminer's "h" is a point back at the start
        if shape in ("ml", "mlh"):
            kind = "line"
        elif shape in ("mlllh", "mllll") and points[0] == points[4]:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[:4]
            square = ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                      or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0))
            kind = "rect" if square else "curve"
        else:
            kind = "curve"
        if kind == "line":
            points = points[:2]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        out.append({"kind": kind, "x0": min(xs), "x1": max(xs), "top": height - max(ys), "bottom": height - min(ys),
                    **style})
    return out


def lines(page: PageRead) -> list[list[dict]]:
    """The page's characters cut into the lines PDFium sees (where it infers a line break), in drawing
    order: a card's lines one after the other, even where cards stand side by side on a sheet."""
    cuts = page.breaks + [len(page.chars)]
    return [page.chars[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]


def drawn(chars: list[dict]) -> list[dict]:
    """The characters in the order the content stream draws them, as pdfplumber lists `page.chars`."""
    return sorted(chars, key=lambda c: c.get("object", 0))


# ---- words and text as pdfplumber groups them (pdfplumber.utils.text, default settings, upright text)

_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


def _clusters(items: list[dict], key: str, tolerance: float) -> list[list[dict]]:
    """pdfplumber's cluster_objects: the distinct values of `key` sorted and chained into clusters
    (a value within `tolerance` of the previous one joins its cluster), the items grouped by cluster in
    that order, each cluster's items in their given order."""
    values = sorted({item[key] for item in items})
    index, cluster, last = {}, -1, None
    for value in values:
        if last is None or value > last + tolerance:
            cluster += 1
        index[value], last = cluster, value
    ordered = sorted(items, key=lambda item: index[item[key]])
    return [list(group) for _, group in itertools.groupby(ordered, key=lambda item: index[item[key]])]


def words(chars: list[dict], attrs: tuple[str, ...] = (), x_tolerance: float = 3, y_tolerance: float = 3) -> list[dict]:
    """The words of `chars` as pdfplumber's `extract_words(extra_attrs=attrs)` gives them: the characters
    split into runs where one of `attrs` changes (in `drawn` order), each run cut into lines (tops within
    `y_tolerance`, chained) read left to right, and a line into words at white space, at a gap wider
    than `x_tolerance` and where a character steps back. Each word: `text`, `x0`, `x1`, `top`, `bottom`
    (the box of its characters) and its first character's `attrs`."""
    out = []
    chars = drawn(chars)  # the runs of `attrs` in the content stream's order, as pdfminer reads it
    for _, run in itertools.groupby(chars, key=lambda c: tuple(c[a] for a in attrs)):
        for line in _clusters(list(run), "top", y_tolerance):
            word: list[dict] = []
            for char in sorted(line, key=lambda c: c["x0"]) + [None]:
                if word and (char is None or char["text"].isspace() or char["x0"] < word[-1]["x0"]
                             or char["x0"] > word[-1]["x1"] + x_tolerance
                             or abs(char["top"] - word[-1]["top"]) > y_tolerance):
                    out.append({"text": "".join(_LIGATURES.get(c["text"], c["text"]) for c in word),
                                "x0": min(c["x0"] for c in word), "x1": max(c["x1"] for c in word),
                                "top": min(c["top"] for c in word), "bottom": max(c["bottom"] for c in word),
                                **{a: word[0][a] for a in attrs}})
                    word = []
                if char is not None and not char["text"].isspace():
                    word.append(char)
    return out


def text(chars: list[dict]) -> str:
    """The text of `chars` as pdfplumber's `extract_text()` gives it: the words (`words`) in lines by
    their tops (within 3 pt, chained), top to bottom, a space between words and a newline between lines."""
    return "\n".join(" ".join(w["text"] for w in line) for line in _clusters(words(chars), "top", 3))
