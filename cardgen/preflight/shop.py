"""The print-shop checks that need more than the file's structure: text too close to the trim, artwork
that stops at the trim where it should run into the bleed (both read from the page as PDFium draws
it), and form fields whose font is not embedded (a standard font the printer substitutes).

Each reports through `add(page, check, message, fails=True)`, once per page and kind of fault. The
file may be hostile: pages are drawn at a bounded pixel count, annotations and field parents are
followed to a bound, and the deadline is watched between pages.
"""
from __future__ import annotations

import math

import pikepdf

from ..messages import joined, msg
from .checks import embedded, numbers
from .guard import Deadline

MM = 72 / 25.4
SAFE_MARGIN_MM = 3.0  # text closer to the trim than this may be cut or look cramped
PX_PER_MM = 4  # drawing resolution for the bleed check
MAX_PIXELS = 4_000_000  # a huge page is drawn coarser, never larger than this
INSIDE_MM = 0.5  # where the artwork at the trim is sampled, inside it
OUTSIDE_MM = 1.5  # and where its bleed should be, outside it (less when the bleed box is narrower)
MIN_RUN_MM = 2.0  # white over a stretch shorter than this (a rule's end, a glyph) is not missing bleed
MAX_ANNOTATIONS = 10_000  # widgets read on one page
SIDES = ("left", "bottom", "right", "top")
SIDE_NAMES = {"left": msg("left"), "bottom": msg("bottom"), "right": msg("right"), "top": msg("top")}


def _box(obj, name: str) -> list[float] | None:
    """A page box as (x0, y0, x1, y1) with x0 < x1 and y0 < y1, or None when absent or not four numbers."""
    box = numbers(obj.get(f"/{name}"))
    if box is None:
        return None
    return [min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3])]


def page_boxes(page: pikepdf.Page) -> tuple[list[float], list[float]] | None:
    """(TrimBox, BleedBox or MediaBox) of a page that has a TrimBox, as (x0, y0, x1, y1)."""
    trim = _box(page.obj, "TrimBox")
    if trim is None:
        return None
    bleed = _box(page.obj, "BleedBox") or _box(page.obj, "MediaBox")
    return (trim, bleed) if bleed is not None else None


def check_drawn(path, boxes: dict[int, tuple[list[float], list[float]]], add, deadline: Deadline) -> None:
    """Text inside the safe margin and missing bleed on every page with a TrimBox (`boxes` by page
    number), read from the pages as PDFium draws them."""
    if not boxes:
        return
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        add(None, msg("render"), msg("PDFium cannot open the file to check text and bleed ({error})", error=str(exc)))
        return
    try:
        for number, (trim, bleed) in boxes.items():
            deadline.check()
            try:
                page = doc[number - 1]
            except pdfium.PdfiumError as exc:
                add(number, msg("render"), msg("PDFium cannot draw the page to check text and bleed ({error})",
                                               error=str(exc)))
                continue
            try:
                check_text_margin(page, number, trim, add, deadline=deadline)
                if not page.get_rotation():
                    check_bleed_drawn(page, number, trim, bleed, add)
            finally:
                page.close()
    finally:
        doc.close()


def check_text_margin(page, number: int, trim: list[float], add, margin_mm: float = SAFE_MARGIN_MM,
                      deadline: Deadline | None = None) -> None:
    """Every glyph at least `margin_mm` inside the trim; one finding naming the closest text."""
    textpage = page.get_textpage()
    try:
        first, sides, nearest = None, set(), math.inf
        for i in range(textpage.count_chars()):
            if deadline and not i & 0xFFF:
                deadline.check()
            left, bottom, right, top = textpage.get_charbox(i)
            if right <= left or top <= bottom:
                continue  # a space or a zero-width mark: nothing printed
            gaps = (left - trim[0], bottom - trim[1], trim[2] - right, trim[3] - top)
            distance = min(gaps) / MM
            if distance < margin_mm - 0.05 and textpage.get_text_range(i, 1).strip():
                first = i if first is None else first
                sides.add(SIDES[gaps.index(min(gaps))])
                nearest = min(nearest, distance)
        if first is not None:
            run = textpage.get_text_range(first, min(24, textpage.count_chars() - first))
            where = msg("outside the trim") if nearest < 0 else msg("{mm:.1f} mm from the trim", mm=nearest)
            add(number, msg("safe zone"), msg("text {where} ('{text}', at the {sides} edge); keep text at least "
                                              "{margin:g} mm inside the trim", where=where, text=run.strip()[:24],
                                              sides=_listed(sorted(sides, key=SIDES.index)), margin=margin_mm))
    finally:
        textpage.close()


def _listed(sides: list[str]) -> str:
    """'left', 'left and top', 'left, bottom and top', said in the run's language."""
    words = [SIDE_NAMES[side] for side in sides]
    return words[0] if len(words) == 1 else msg("{sides} and {last}", sides=joined(words[:-1]), last=words[-1])


def _ink(pixel) -> bool:
    return min(pixel) < 230


def _paper(pixel) -> bool:
    return min(pixel) >= 250


def check_bleed_drawn(page, number: int, trim: list[float], bleed: list[float], add) -> None:
    """Where the artwork reaches the trim, it must go on into the bleed: white just outside the
    trim behind ink just inside it, over `MIN_RUN_MM` or more of a side, is missing bleed."""
    crop = page.get_cropbox()
    width_pt, height_pt = crop[2] - crop[0], crop[3] - crop[1]
    if width_pt <= 0 or height_pt <= 0:
        return
    scale = min(PX_PER_MM / MM, math.sqrt(MAX_PIXELS / (width_pt * height_pt)))
    image = page.render(scale=scale, may_draw_forms=False).to_pil().convert("RGB")
    data, (w, h) = image.tobytes(), image.size  # read as bytes: getpixel checks the image on every call
    px_per_mm = scale * MM

    def at(x: float, y: float):
        """The pixel (its R, G and B bytes) at a point of PDF space, or None outside the drawn area."""
        u, v = int((x - crop[0]) * scale), int((crop[3] - y) * scale)
        return data[3 * (v * w + u):3 * (v * w + u) + 3] if 0 <= u < w and 0 <= v < h else None

    missing = {}
    widths = (trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3])
    for side, room in zip(SIDES, widths):
        out_pt = min(OUTSIDE_MM * MM, room - 0.25 * MM)
        if out_pt < 0.5 * MM:
            continue  # (next to) no bleed box: the box check reports that
        inside, along = INSIDE_MM * MM, side in ("bottom", "top")
        start, end = (trim[0], trim[2]) if along else (trim[1], trim[3])
        edge = {"left": trim[0], "bottom": trim[1], "right": trim[2], "top": trim[3]}[side]
        sign = -1 if side in ("left", "bottom") else 1
        run = longest = total = 0.0
        step = 1 / px_per_mm * MM  # one pixel, in points
        t = start + 2 * MM
        while t < end - 2 * MM:
            points = [(t, edge - sign * inside), (t, edge + sign * out_pt)] if along else \
                [(edge - sign * inside, t), (edge + sign * out_pt, t)]
            inner, outer = at(*points[0]), at(*points[1])
            gap = inner is not None and outer is not None and _ink(inner) and _paper(outer)
            run = run + step if gap else 0.0
            total += step if gap else 0.0
            longest = max(longest, run)
            t += step
        if longest / MM >= MIN_RUN_MM:
            missing[side] = total / MM
    if missing:
        values = dict(sides=_listed(list(missing)), mm=sum(missing.values()))
        add(number, msg("bleed"), msg("the artwork stops at the trim on the {sides} sides (white where the bleed "
                                      "should be, over {mm:.0f} mm); backgrounds and pictures that touch the trim "
                                      "must run on to the bleed box", **values) if len(missing) > 1 else
            msg("the artwork stops at the trim on the {sides} side (white where the bleed should be, over {mm:.0f} "
                "mm); backgrounds and pictures that touch the trim must run on to the bleed box", **values))


# ---- form fields: the font of what is typed, and what the field shows

def _field_name(widget) -> str:
    parts, node = [], widget
    for _ in range(32):
        if not isinstance(node, pikepdf.Dictionary):
            break
        if "/T" in node:
            parts.append(str(node.T))
        node = node.get("/Parent")
    return ".".join(reversed(parts)) or "?"


def _da_font(widget) -> str | None:
    """The font resource named in a field's default appearance ('/Helv 10 Tf' -> '/Helv')."""
    node = widget
    for _ in range(32):
        if not isinstance(node, pikepdf.Dictionary):
            return None
        da = node.get("/DA")
        if da is not None:
            words = str(da).split()
            for i, word in enumerate(words):
                if word == "Tf" and i >= 2 and words[i - 2].startswith("/"):
                    return words[i - 2]
            return None
        node = node.get("/Parent")
    return None


def _appearance_fonts(widget) -> list:
    ap = widget.get("/AP")
    normal = ap.get("/N") if isinstance(ap, pikepdf.Dictionary) else None
    streams = [normal] if isinstance(normal, pikepdf.Stream) else (
        [v for _, v in normal.items()][:16] if isinstance(normal, pikepdf.Dictionary) else [])
    fonts = []
    for stream in streams:
        res = stream.get("/Resources") if isinstance(stream, pikepdf.Stream) else None
        group = res.get("/Font") if isinstance(res, pikepdf.Dictionary) else None
        if isinstance(group, pikepdf.Dictionary):
            fonts.extend(v for _, v in group.items())
    return fonts


def check_field_fonts(pdf: pikepdf.Pdf, page: pikepdf.Page, number: int, add, deadline: Deadline) -> None:
    """Form fields whose typed text or appearance uses a font that is not embedded (a PDF form's
    standard Helvetica, for one): the printer substitutes its own."""
    acro = pdf.Root.get("/AcroForm")
    resources = acro.get("/DR") if isinstance(acro, pikepdf.Dictionary) else None
    shared = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
    shared = shared if isinstance(shared, pikepdf.Dictionary) else pikepdf.Dictionary()
    annots = page.obj.get("/Annots")
    if not isinstance(annots, pikepdf.Array):
        return
    users: dict[str, list[str]] = {}
    for count, widget in enumerate(annots):
        if count >= MAX_ANNOTATIONS:
            break
        if not count & 0xFF:
            deadline.check()
        if not isinstance(widget, pikepdf.Dictionary) or widget.get("/Subtype") != "/Widget":
            continue
        fonts = _appearance_fonts(widget)
        name = _da_font(widget)
        if name and name in shared:
            fonts.append(shared[name])
        for font in fonts:
            if isinstance(font, pikepdf.Dictionary) and not embedded(font):
                base = str(font.get("/BaseFont", "?")).lstrip("/")
                field = _field_name(widget)
                if field not in users.setdefault(base, []):
                    users[base].append(field)
    for base, fields in users.items():
        named = ", ".join(f"'{f}'" for f in fields[:3])
        if len(fields) > 3:
            named = msg("{fields} and {n} more", fields=named, n=len(fields) - 3)
        add(number, msg("fonts"), msg("form fields {fields} use font {font}, which is not embedded (the printer "
                                      "substitutes its own)", fields=named, font=base) if len(fields) > 1 else
            msg("form field {fields} uses font {font}, which is not embedded (the printer substitutes its own)",
                fields=named, font=base))
