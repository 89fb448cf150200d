"""The individual preflight checks; each reports through `add(page, check, message, fails=True)`.

The file may be hostile: nothing here recurses without a bound (form XObjects are followed to
`Limits.form_depth`, colour spaces to a few levels), and a value of the wrong type is skipped
or reported, never an exception.
"""
from __future__ import annotations

import math

import pikepdf

from .guard import Deadline, Limits, Refused, page_resources

MM = 72 / 25.4
MIN_BLEED_MM = 2.0
RGB_OPS = {"rg", "RG"}
CMYK_OPS = {"k", "K"}
GRAY_OPS = {"g", "G"}
OPERATORS = "q Q cm rg RG k K g G cs CS Do"


def page_size_mm(page: pikepdf.Page) -> tuple[float, float]:
    box = _numbers(page.mediabox)
    if box is None:
        raise Refused("its MediaBox is not four numbers")
    return round((box[2] - box[0]) / MM, 1), round((box[3] - box[1]) / MM, 1)


def check_structure(pdf: pikepdf.Pdf, add) -> None:
    for problem in pdf.check_pdf_syntax():
        text = str(problem)
        add(None, "structure", text, fails="warning" not in text.lower())


def _numbers(obj, n: int = 4) -> list[float] | None:
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
    box = _numbers(obj)
    if box is None:
        raise Malformed(f"{name} is not four numbers")
    return box


def _inside(inner, outer, tolerance=0.01) -> bool:
    return (inner[0] >= outer[0] - tolerance and inner[1] >= outer[1] - tolerance
            and inner[2] <= outer[2] + tolerance and inner[3] <= outer[3] + tolerance)


def check_boxes(page: pikepdf.Page, number: int, add) -> None:
    media = _numbers(page.mediabox) or [0.0, 0.0, 0.0, 0.0]
    try:
        trim, bleed = _box(page, "TrimBox"), _box(page, "BleedBox")
    except Malformed as exc:
        add(number, "boxes", str(exc))
        return
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
                forms.append(_resources(xobj))
        stack.extend(reversed(forms))  # depth first, in the order the resources list them


def _embedded(font: pikepdf.Dictionary) -> bool:
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
        if not _embedded(font) and base not in reported:
            reported.add(base)
            add(number, "fonts", f"font {base} is not embedded")


def _space_kind(space, depth: int = 0) -> str | None:
    """'rgb', 'cmyk', 'gray' or 'other' for a colour space object."""
    if isinstance(space, pikepdf.Name):
        return {"/DeviceRGB": "rgb", "/CalRGB": "rgb", "/DeviceCMYK": "cmyk", "/DeviceGray": "gray",
                "/CalGray": "gray"}.get(str(space), "other")
    if isinstance(space, pikepdf.Array) and len(space):
        if depth > 4:  # an Indexed space over a Separation over ... (or over itself)
            return "other"
        family = str(space[0])
        if family == "/ICCBased":
            profile = space[1] if len(space) > 1 else None
            n = profile.get("/N", 0) if isinstance(profile, pikepdf.Stream) else 0
            return {1: "gray", 3: "rgb", 4: "cmyk"}.get(n if isinstance(n, int) else 0, "other")
        if family in ("/Separation", "/DeviceN"):  # the alternate space is what a RIP falls back to
            return _space_kind(space[2], depth + 1) if len(space) > 2 else "other"
        if family == "/Indexed":
            return _space_kind(space[1], depth + 1) if len(space) > 1 else "other"
        return _space_kind(space[0], depth + 1)
    return None


def check_colours_and_images(page: pikepdf.Page, number: int, add, cmyk: bool, min_ppi: int,
                             ppi_fails: bool, forms: dict | None = None, limits: Limits | None = None,
                             deadline: Deadline | None = None) -> set[str]:
    """Returns the colour space families the page uses. `forms` caches what each form XObject
    holds, so a form placed on a thousand pages is read once."""
    walk = _Walk(number, limits or Limits(), deadline)
    used, placements = walk.analyse(page.obj, page_resources(page.obj, limits), {} if forms is None else forms, 0)
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


def _linear(m) -> tuple:
    """The part of a matrix that sets an image's size (placements differing only in position are one)."""
    return (m[0], m[1], m[2], m[3], 0.0, 0.0)


def _matrix(operands) -> list[float] | None:
    if len(operands) != 6:
        return None
    try:
        values = [float(v) for v in operands]
    except (TypeError, ValueError):
        return None
    return values if all(math.isfinite(v) for v in values) else None


def _pixels(value) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError, ArithmeticError):
        return 0
    return number if number > 0 else 0


class _Walk:
    """Reads the content streams of one page and the forms it draws, within the limits."""

    def __init__(self, page: int, limits: Limits, deadline: Deadline | None):
        self.page, self.limits, self.deadline = page, limits, deadline
        self.placed = 0  # placements made while reading this page, before de-duplication

    def _count(self, n: int) -> None:
        self.placed += n
        if self.placed > self.limits.placements:
            raise Refused(f"page {self.page}: places images more than {self.limits.placements:,} times "
                          f"(counting those inside forms); preflight follows at most {self.limits.placements:,}")

    def analyse(self, stream, res, forms: dict, depth: int) -> tuple[set, list]:
        """Colour space families used, and images placed as (name, width px, CTM in this stream's
        space), one entry per image and size."""
        if depth > self.limits.form_depth:
            raise Refused(f"page {self.page}: form XObjects are nested more than {self.limits.form_depth} levels "
                          f"deep; preflight follows at most {self.limits.form_depth}")
        if self.deadline:
            self.deadline.check()
        spaces = res.get("/ColorSpace")
        spaces = spaces if isinstance(spaces, pikepdf.Dictionary) else pikepdf.Dictionary()
        xobjects = res.get("/XObject")
        xobjects = xobjects if isinstance(xobjects, pikepdf.Dictionary) else pikepdf.Dictionary()
        used: set[str] = set()
        placements: dict[tuple, None] = {}  # an ordered set
        ctm, stack = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], []
        try:
            instructions = pikepdf.parse_content_stream(stream, OPERATORS)  # filtered in qpdf: fast
        except pikepdf.PdfError:
            return used, []  # unreadable content: the structure check reports it
        for count, (operands, op) in enumerate(instructions):
            if self.deadline and not count & 0xFFFF:
                self.deadline.check()
            op = str(op)
            if op == "q":
                stack.append(ctm)
            elif op == "Q":
                ctm = stack.pop() if stack else ctm
            elif op == "cm":
                matrix = _matrix(operands)
                if matrix is not None:
                    ctm = _mul(matrix, ctm)
            elif op in RGB_OPS:
                used.update(("rgb", f"rgb:colour operator {op}"))
            elif op in CMYK_OPS:
                used.add("cmyk")
            elif op in GRAY_OPS:
                used.add("gray")
            elif op in ("cs", "CS"):
                if not operands or not isinstance(operands[0], pikepdf.Name):
                    continue
                name = str(operands[0])
                kind = _space_kind(spaces[name] if name in spaces else operands[0])
                if kind:
                    used.add(kind)
                    if kind == "rgb":
                        used.add(f"rgb:colour space {name.lstrip('/')}")
            elif op == "Do":
                if not operands or not isinstance(operands[0], pikepdf.Name):
                    continue
                xobj = xobjects.get(str(operands[0]))
                if not isinstance(xobj, pikepdf.Stream):
                    continue
                if xobj.get("/Subtype") == "/Image":
                    kind = _space_kind(xobj.get("/ColorSpace")) if "/ColorSpace" in xobj else None
                    width, height = _pixels(xobj.get("/Width", 0)), _pixels(xobj.get("/Height", 0))
                    key = f"{str(operands[0]).lstrip('/')} ({width}x{height} px)"
                    if kind:
                        used.add(kind)
                        if kind == "rgb":
                            used.add(f"rgb:image {key}")
                    self._count(1)
                    placements[(key, width, _linear(ctm))] = None
                elif xobj.get("/Subtype") == "/Form":
                    if xobj.objgen not in forms:
                        forms[xobj.objgen] = ({"other"}, [])  # guards against a form that draws itself
                        forms[xobj.objgen] = self.analyse(xobj, _resources(xobj) if "/Resources" in xobj else res,
                                                          forms, depth + 1)
                    inner_used, inner = forms[xobj.objgen]
                    matrix = _matrix(xobj.get("/Matrix", [1, 0, 0, 1, 0, 0])) or [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
                    used |= inner_used
                    outer = _mul(matrix, ctm)
                    self._count(len(inner))
                    for k, w, m in inner:
                        placements[(k, w, _linear(_mul(m, outer)))] = None
        return used, list(placements)
