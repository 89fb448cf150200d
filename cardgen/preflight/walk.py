"""Reading a page's content streams (and the forms they draw) for what preflight checks in them:
the colour spaces used, every image placed with its size on the page, and the thinnest stroke.

The file may be hostile: forms are followed to `Limits.form_depth`, each form is read once per
file (`forms` caches what it holds), image placements are counted against `Limits.placements`,
and a value of the wrong type is skipped, never an exception.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pikepdf

from ..messages import msg
from .guard import Deadline, Limits, Refused

RGB_OPS = {"rg", "RG"}
CMYK_OPS = {"k", "K"}
GRAY_OPS = {"g", "G"}
STROKE_OPS = {"S", "s", "B", "B*", "b", "b*"}
OPERATORS = "q Q cm rg RG k K g G cs CS Do w gs S s B B* b b*"
IDENTITY = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


@dataclass
class Content:
    """What one stream draws, in its own space."""

    used: set  # colour space families, and 'rgb:<operator|space|image>:<name>' naming each RGB source
    placements: list  # (image key, width px, linear CTM): one entry per image and size
    thinnest: float = math.inf  # the thinnest stroke with a line width set in this stream, in points
    inherited: float = math.inf  # strokes with the caller's line width: the least scale they are drawn at


def resources_of(obj) -> pikepdf.Dictionary:
    res = obj.get("/Resources")
    return res if isinstance(res, pikepdf.Dictionary) else pikepdf.Dictionary()


def space_kind(space, depth: int = 0) -> str | None:
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
            return space_kind(space[2], depth + 1) if len(space) > 2 else "other"
        if family == "/Indexed":
            return space_kind(space[1], depth + 1) if len(space) > 1 else "other"
        return space_kind(space[0], depth + 1)
    return None


def mul(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, f * b2 + f * d2 + f2]


def scale_of(m) -> float:
    """How much a matrix scales a length (the square root of its area factor)."""
    return math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))


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


def _number(operands) -> float | None:
    try:
        value = float(operands[0]) if len(operands) == 1 else None
    except (TypeError, ValueError):
        return None
    return value if value is not None and math.isfinite(value) and value >= 0 else None


def _pixels(value) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError, ArithmeticError):
        return 0
    return number if number > 0 else 0


class Walk:
    """Reads the content streams of one page and the forms it draws, within the limits."""

    def __init__(self, page: int, limits: Limits, deadline: Deadline | None):
        self.page, self.limits, self.deadline = page, limits, deadline
        self.placed = 0  # placements made while reading this page, before de-duplication

    def _count(self, n: int) -> None:
        self.placed += n
        if self.placed > self.limits.placements:
            raise Refused(msg("page {page}: places images more than {most:,} times (counting those inside forms); "
                              "preflight follows at most {most:,}", page=self.page, most=self.limits.placements))

    def analyse(self, stream, res, forms: dict, depth: int) -> Content:
        """What `stream` draws, in its own space (the CTM starts at the identity, the line width at
        the caller's)."""
        if depth > self.limits.form_depth:
            raise Refused(msg("page {page}: form XObjects are nested more than {most} levels deep; preflight "
                              "follows at most {most}", page=self.page, most=self.limits.form_depth))
        if self.deadline:
            self.deadline.check()
        spaces = res.get("/ColorSpace")
        spaces = spaces if isinstance(spaces, pikepdf.Dictionary) else pikepdf.Dictionary()
        xobjects = res.get("/XObject")
        xobjects = xobjects if isinstance(xobjects, pikepdf.Dictionary) else pikepdf.Dictionary()
        states = res.get("/ExtGState")
        states = states if isinstance(states, pikepdf.Dictionary) else pikepdf.Dictionary()
        out = Content(set(), [])
        placements: dict[tuple, None] = {}  # an ordered set
        ctm, width, stack = list(IDENTITY), None, []  # width None: the caller's line width
        try:
            instructions = pikepdf.parse_content_stream(stream, OPERATORS)  # filtered in qpdf: fast
        except pikepdf.PdfError:
            return out  # unreadable content: the structure check reports it
        for count, (operands, op) in enumerate(instructions):
            if self.deadline and not count & 0xFFFF:
                self.deadline.check()
            op = str(op)
            if op == "q":
                stack.append((ctm, width))
            elif op == "Q":
                ctm, width = stack.pop() if stack else (ctm, width)
            elif op == "cm":
                matrix = _matrix(operands)
                if matrix is not None:
                    ctm = mul(matrix, ctm)
            elif op == "w":
                width = _number(operands) if _number(operands) is not None else width
            elif op == "gs":
                state = states.get(str(operands[0])) if operands and isinstance(operands[0], pikepdf.Name) else None
                if isinstance(state, pikepdf.Dictionary) and "/LW" in state:
                    width = _number([state.LW]) if _number([state.LW]) is not None else width
            elif op in STROKE_OPS:
                if width is None:
                    out.inherited = min(out.inherited, scale_of(ctm))
                else:
                    out.thinnest = min(out.thinnest, width * scale_of(ctm))
            elif op in RGB_OPS:
                out.used.update(("rgb", f"rgb:operator:{op}"))
            elif op in CMYK_OPS:
                out.used.add("cmyk")
            elif op in GRAY_OPS:
                out.used.add("gray")
            elif op in ("cs", "CS"):
                if not operands or not isinstance(operands[0], pikepdf.Name):
                    continue
                name = str(operands[0])
                kind = space_kind(spaces[name] if name in spaces else operands[0])
                if kind:
                    out.used.add(kind)
                    if kind == "rgb":
                        out.used.add(f"rgb:space:{name.lstrip('/')}")
            elif op == "Do":
                if not operands or not isinstance(operands[0], pikepdf.Name):
                    continue
                xobj = xobjects.get(str(operands[0]))
                if not isinstance(xobj, pikepdf.Stream):
                    continue
                if xobj.get("/Subtype") == "/Image":
                    kind = space_kind(xobj.get("/ColorSpace")) if "/ColorSpace" in xobj else None
                    w_px, h_px = _pixels(xobj.get("/Width", 0)), _pixels(xobj.get("/Height", 0))
                    key = f"{str(operands[0]).lstrip('/')} ({w_px}x{h_px} px)"
                    if kind:
                        out.used.add(kind)
                        if kind == "rgb":
                            out.used.add(f"rgb:image:{key}")
                    self._count(1)
                    placements[(key, w_px, _linear(ctm))] = None
                elif xobj.get("/Subtype") == "/Form":
                    if xobj.objgen not in forms:
                        forms[xobj.objgen] = Content({"other"}, [])  # guards against a form that draws itself
                        forms[xobj.objgen] = self.analyse(xobj, resources_of(xobj) if "/Resources" in xobj else res,
                                                          forms, depth + 1)
                    inner = forms[xobj.objgen]
                    matrix = _matrix(xobj.get("/Matrix", IDENTITY)) or list(IDENTITY)
                    out.used |= inner.used
                    outer = mul(matrix, ctm)
                    self._count(len(inner.placements))
                    for k, w, m in inner.placements:
                        placements[(k, w, _linear(mul(m, outer)))] = None
                    scale = scale_of(outer)
                    out.thinnest = min(out.thinnest, inner.thinnest * scale)
                    if inner.inherited < math.inf:
                        if width is None:
                            out.inherited = min(out.inherited, inner.inherited * scale)
                        else:
                            out.thinnest = min(out.thinnest, width * inner.inherited * scale)
        out.placements = list(placements)
        return out
