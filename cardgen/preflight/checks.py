"""The individual preflight checks; each reports through `add(page, check, message, fails=True)`.

The file may be hostile: nothing here recurses without a bound (form XObjects are followed to
`Limits.form_depth`, colour spaces to a few levels), and a value of the wrong type is skipped
or reported, never an exception.
"""
from __future__ import annotations

import math

import pikepdf

from ..messages import joined, msg
from .guard import Deadline, Limits, Refused, page_resources
from .walk import Walk, resources_of

MM = 72 / 25.4
MIN_BLEED_MM = 2.0
HAIRLINE_PT = 0.25  # thinner strokes may not print (or print unevenly) on a press


def page_size_mm(page: pikepdf.Page) -> tuple[float, float]:
    box = numbers(page.mediabox)
    if box is None:
        raise Refused(msg("its MediaBox is not four numbers"))
    return round((box[2] - box[0]) / MM, 1), round((box[3] - box[1]) / MM, 1)


def check_structure(pdf: pikepdf.Pdf, add) -> None:
    for problem in pdf.check_pdf_syntax():
        text = str(problem)
        add(None, msg("structure"), text, fails="warning" not in text.lower())  # qpdf's words, as they are


def numbers(obj, n: int = 4) -> list[float] | None:
    """`obj` as a list of `n` finite numbers, or None."""
    if not isinstance(obj, pikepdf.Array) or len(obj) != n:
        return None
    try:
        values = [float(v) for v in obj]
    except (TypeError, ValueError):
        return None
    return values if all(math.isfinite(v) for v in values) else None


class Malformed(Exception):
    """A page box that is not four numbers."""


def _box(page: pikepdf.Page, name: str) -> list[float] | None:
    obj = page.obj.get(f"/{name}")  # present in the page itself: qpdf would fall back to MediaBox
    if obj is None:
        return None
    box = numbers(obj)
    if box is None:
        raise Malformed(msg("{box} is not four numbers", box=name))
    return box


def _inside(inner, outer, tolerance=0.01) -> bool:
    return (inner[0] >= outer[0] - tolerance and inner[1] >= outer[1] - tolerance
            and inner[2] <= outer[2] + tolerance and inner[3] <= outer[3] + tolerance)


def check_boxes(page: pikepdf.Page, number: int, add) -> None:
    media = numbers(page.mediabox) or [0.0, 0.0, 0.0, 0.0]
    try:
        trim, bleed = _box(page, "TrimBox"), _box(page, "BleedBox")
    except Malformed as exc:
        add(number, msg("boxes"), exc.args[0])
        return
    if trim is None:
        add(number, msg("boxes"), msg("no TrimBox (a print shop places the page by it)"))
        return
    if bleed is None:
        add(number, msg("boxes"), msg("no BleedBox"))
        return
    if not _inside(trim, bleed):
        add(number, msg("boxes"), msg("TrimBox is not inside the BleedBox"))
    if not _inside(bleed, media):
        add(number, msg("boxes"), msg("BleedBox is not inside the MediaBox"))
    widths = [(trim[0] - bleed[0]) / MM, (trim[1] - bleed[1]) / MM, (bleed[2] - trim[2]) / MM, (bleed[3] - trim[3]) / MM]
    least = min(widths)
    if least < MIN_BLEED_MM - 0.01:
        add(number, msg("boxes"), msg("bleed is {mm:.1f} mm on the narrowest side; at least {least:g} mm is needed",
                                      mm=least, least=MIN_BLEED_MM))


def _entries(res: pikepdf.Dictionary, kind: str) -> list:
    """The values of a resource category (/Font, /XObject, /ColorSpace), if it is a dictionary."""
    group = res.get(kind)
    return list(group.items()) if isinstance(group, pikepdf.Dictionary) else []


def _is_form(xobj) -> bool:
    return isinstance(xobj, pikepdf.Stream) and xobj.get("/Subtype") == "/Form"


def _fonts_of(res: pikepdf.Dictionary, seen: set, deadline: Deadline | None = None):
    """Every font in `res` and in the resources of the forms it holds, however deep (no recursion)."""
    stack = [res]
    while stack:
        if deadline:
            deadline.check()
        current = stack.pop()
        for name, font in _entries(current, "/Font"):
            if isinstance(font, pikepdf.Dictionary):
                yield name, font
        forms = []
        for _, xobj in _entries(current, "/XObject"):
            if _is_form(xobj) and xobj.objgen not in seen:
                seen.add(xobj.objgen)
                forms.append(resources_of(xobj))
        stack.extend(reversed(forms))  # depth first, in the order the resources list them


def embedded(font: pikepdf.Dictionary) -> bool:
    subtype = font.get("/Subtype")
    if subtype == "/Type3":
        return True  # drawn with PDF operators: nothing to embed
    if subtype == "/Type0":
        descendants = font.get("/DescendantFonts")
        if not isinstance(descendants, pikepdf.Array) or not len(descendants) or not isinstance(
                descendants[0], pikepdf.Dictionary):
            return False
        font = descendants[0]
    descriptor = font.get("/FontDescriptor")
    return isinstance(descriptor, pikepdf.Dictionary) and any(
        k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def check_fonts(page: pikepdf.Page, number: int, add, seen: set | None = None, limits: Limits | None = None,
                deadline: Deadline | None = None) -> None:
    """`seen` carries the font dictionaries already checked on earlier pages (pages share them)."""
    reported, seen = set(), set() if seen is None else seen
    for _, font in _fonts_of(page_resources(page.obj, limits), set(), deadline):
        if font.is_indirect:
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
        base = str(font.get("/BaseFont", "?")).lstrip("/")
        if not embedded(font) and base not in reported:
            reported.add(base)
            add(number, msg("fonts"), msg("font {font} is not embedded", font=base))


def check_colours_and_images(page: pikepdf.Page, number: int, add, cmyk: bool, min_ppi: int,
                             ppi_fails: bool, forms: dict | None = None, limits: Limits | None = None,
                             deadline: Deadline | None = None, hairlines: bool = False) -> set[str]:
    """Returns the colour space families the page uses. `forms` caches what each form XObject
    holds, so a form placed on a thousand pages is read once. `hairlines`: a stroke thinner than
    `HAIRLINE_PT` where it is drawn fails (a print shop's rule)."""
    walk = Walk(number, limits or Limits(), deadline)
    content = walk.analyse(page.obj, page_resources(page.obj, limits), {} if forms is None else forms, 0)
    used = content.used
    if cmyk and "rgb" in used:
        sources = sorted(_rgb_source(u) for u in used if u.startswith("rgb:"))
        add(number, msg("colour"), msg("RGB is used by {sources}; the file must be CMYK", sources=joined(sources)))
    lowest: dict[str, float] = {}
    for key, width_px, ctm in content.placements:
        width_pt = math.hypot(ctm[0], ctm[1])
        if width_pt > 0:
            ppi = width_px / (width_pt / 72)
            lowest[key] = min(ppi, lowest.get(key, ppi))
    for name, ppi in sorted(lowest.items()):
        if ppi < min_ppi:
            add(number, msg("images"), msg("image {name} is {ppi:.0f} ppi where it is placed (at least {least} wanted)",
                                           name=name, ppi=ppi, least=min_ppi), fails=ppi_fails)
    thinnest = min(content.thinnest, content.inherited)  # a page starts with a line width of 1 pt
    if hairlines and thinnest < HAIRLINE_PT - 0.001:
        what = msg("a line of width 0 (the thinnest the device can draw)") if thinnest == 0 else \
            msg("a line of {width:.2f} pt", width=thinnest)
        add(number, msg("lines"), msg("{what} is drawn; lines under {least:g} pt may not print", what=what,
                                      least=HAIRLINE_PT))
    return used


def _rgb_source(tag: str) -> str:
    """What uses RGB, from walk.py's 'rgb:<operator|space|image>:<name>'."""
    _, kind, name = tag.split(":", 2)
    if kind == "operator":
        return msg("colour operator {name}", name=name)
    if kind == "space":
        return msg("colour space {name}", name=name)
    return msg("image {name}", name=name)
