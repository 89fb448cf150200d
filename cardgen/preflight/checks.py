"""The individual preflight checks; each reports through `add(page, check, message, fails=True)`."""
from __future__ import annotations

import math

import pikepdf

MM = 72 / 25.4
MIN_BLEED_MM = 2.0
RGB_OPS = {"rg", "RG"}
CMYK_OPS = {"k", "K"}
GRAY_OPS = {"g", "G"}
OPERATORS = "q Q cm rg RG k K g G cs CS Do"


def page_size_mm(page: pikepdf.Page) -> tuple[float, float]:
    box = [float(v) for v in page.mediabox]
    return round((box[2] - box[0]) / MM, 1), round((box[3] - box[1]) / MM, 1)


def check_structure(pdf: pikepdf.Pdf, add) -> None:
    for problem in pdf.check_pdf_syntax():
        text = str(problem)
        add(None, "structure", text, fails="warning" not in text.lower())


def _box(page: pikepdf.Page, name: str) -> list[float] | None:
    obj = page.obj.get(f"/{name}")  # present in the page itself: qpdf would fall back to MediaBox
    return [float(v) for v in obj] if obj is not None else None


def _inside(inner, outer, tolerance=0.01) -> bool:
    return (inner[0] >= outer[0] - tolerance and inner[1] >= outer[1] - tolerance
            and inner[2] <= outer[2] + tolerance and inner[3] <= outer[3] + tolerance)


def check_boxes(page: pikepdf.Page, number: int, add) -> None:
    media = [float(v) for v in page.mediabox]
    trim, bleed = _box(page, "TrimBox"), _box(page, "BleedBox")
    if trim is None:
        add(number, "boxes", "no TrimBox (a print shop places the page by it)")
        return
    if bleed is None:
        add(number, "boxes", "no BleedBox")
        return
    if not _inside(trim, bleed):
        add(number, "boxes", "TrimBox is not inside the BleedBox")
    if not _inside(bleed, media):
        add(number, "boxes", "BleedBox is not inside the MediaBox")
    widths = [(trim[0] - bleed[0]) / MM, (trim[1] - bleed[1]) / MM, (bleed[2] - trim[2]) / MM, (bleed[3] - trim[3]) / MM]
    least = min(widths)
    if least < MIN_BLEED_MM - 0.01:
        add(number, "boxes", f"bleed is {least:.1f} mm on the narrowest side; at least {MIN_BLEED_MM:g} mm is needed")


def _resources(obj) -> pikepdf.Dictionary:
    res = obj.get("/Resources")
    return res if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary()


def _fonts_of(res: pikepdf.Dictionary, seen: set):
    for name, font in (res.get("/Font") or {}).items():
        yield name, font
    for _, xobj in (res.get("/XObject") or {}).items():
        if xobj.get("/Subtype") == "/Form" and xobj.objgen not in seen:
            seen.add(xobj.objgen)
            yield from _fonts_of(_resources(xobj), seen)


def _embedded(font: pikepdf.Dictionary) -> bool:
    subtype = font.get("/Subtype")
    if subtype == "/Type3":
        return True  # drawn with PDF operators: nothing to embed
    if subtype == "/Type0":
        font = font["/DescendantFonts"][0]
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def check_fonts(page: pikepdf.Page, number: int, add, seen: set | None = None) -> None:
    """`seen` carries the font dictionaries already checked on earlier pages (pages share them)."""
    reported, seen = set(), set() if seen is None else seen
    for _, font in _fonts_of(_resources(page.obj), set()):
        if font.is_indirect:
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
        base = str(font.get("/BaseFont", "?")).lstrip("/")
        if not _embedded(font) and base not in reported:
            reported.add(base)
            add(number, "fonts", f"font {base} is not embedded")


def _space_kind(space) -> str | None:
    """'rgb', 'cmyk', 'gray' or 'other' for a colour space object."""
    if isinstance(space, pikepdf.Name):
        return {"/DeviceRGB": "rgb", "/CalRGB": "rgb", "/DeviceCMYK": "cmyk", "/DeviceGray": "gray",
                "/CalGray": "gray"}.get(str(space), "other")
    if isinstance(space, pikepdf.Array) and len(space):
        family = str(space[0])
        if family == "/ICCBased":
            return {1: "gray", 3: "rgb", 4: "cmyk"}.get(int(space[1].get("/N", 0)), "other")
        if family in ("/Separation", "/DeviceN"):
            return _space_kind(space[2])  # the alternate space is what a RIP falls back to
        if family == "/Indexed":
            return _space_kind(space[1])
        return _space_kind(space[0])
    return None


def check_colours_and_images(page: pikepdf.Page, number: int, add, cmyk: bool, min_ppi: int,
                             ppi_fails: bool, forms: dict | None = None) -> set[str]:
    """Returns the colour space families the page uses. `forms` caches what each form XObject
    holds, so a form placed on a thousand pages is read once."""
    used, placements = _analyse(page.obj, _resources(page.obj), {} if forms is None else forms)
    if cmyk and "rgb" in used:
        sources = sorted(u.split(":", 1)[1] for u in used if u.startswith("rgb:"))
        add(number, "colour", f"RGB is used by {', '.join(sources)}; the file must be CMYK")
    lowest: dict[str, float] = {}
    for key, width_px, ctm in placements:
        width_pt = math.hypot(ctm[0], ctm[1])
        if width_pt > 0:
            ppi = width_px / (width_pt / 72)
            lowest[key] = min(ppi, lowest.get(key, ppi))
    for name, ppi in sorted(lowest.items()):
        if ppi < min_ppi:
            add(number, "images", f"image {name} is {ppi:.0f} ppi where it is placed (at least {min_ppi} wanted)",
                fails=ppi_fails)
    return used


def _mul(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, f * b2 + f * d2 + f2]


def _analyse(stream, res, forms: dict) -> tuple[set, list]:
    """Colour space families used, and images placed as (name, width px, CTM in this stream's space)."""
    spaces = res.get("/ColorSpace") or {}
    used: set[str] = set()
    placements: list = []
    ctm, stack = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], []
    for operands, op in pikepdf.parse_content_stream(stream, OPERATORS):  # filtered in qpdf: fast
        op = str(op)
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop() if stack else ctm
        elif op == "cm":
            ctm = _mul([float(v) for v in operands], ctm)
        elif op in RGB_OPS:
            used.update(("rgb", f"rgb:colour operator {op}"))
        elif op in CMYK_OPS:
            used.add("cmyk")
        elif op in GRAY_OPS:
            used.add("gray")
        elif op in ("cs", "CS"):
            name = str(operands[0])
            kind = _space_kind(spaces[name] if name in spaces else operands[0])
            if kind:
                used.add(kind)
                if kind == "rgb":
                    used.add(f"rgb:colour space {name.lstrip('/')}")
        elif op == "Do":
            xobj = (res.get("/XObject") or {}).get(str(operands[0]))
            if xobj is None:
                continue
            if xobj.get("/Subtype") == "/Image":
                kind = _space_kind(xobj.get("/ColorSpace")) if "/ColorSpace" in xobj else None
                key = f"{str(operands[0]).lstrip('/')} ({int(xobj.get('/Width', 0))}x{int(xobj.get('/Height', 0))} px)"
                if kind:
                    used.add(kind)
                    if kind == "rgb":
                        used.add(f"rgb:image {key}")
                placements.append((key, int(xobj.get("/Width", 0)), ctm))
            elif xobj.get("/Subtype") == "/Form":
                if xobj.objgen not in forms:
                    forms[xobj.objgen] = ({"other"}, [])  # guards against a form that draws itself
                    forms[xobj.objgen] = _analyse(xobj, _resources(xobj) if "/Resources" in xobj else res, forms)
                inner_used, inner = forms[xobj.objgen]
                matrix = [float(v) for v in xobj.get("/Matrix", [1, 0, 0, 1, 0, 0])]
                used |= inner_used
                outer = _mul(matrix, ctm)
                placements.extend((k, w, _mul(m, outer)) for k, w, m in inner)
    return used, placements
