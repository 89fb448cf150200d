"""SVG logos, checked before anything draws them.

An SVG is XML from anywhere: it may declare entities (a "billion laughs"), link files outside the pack
(`<use href="/elsewhere.svg#x">`, `<image href="../../secret.png">`, `url(http://…)`, a stylesheet),
nest without end, hold hundreds of thousands of elements, or give a size no page can have (`1e999`,
`0`, a broken `viewBox`). It is read here with expat, element by element, and refused at the first
such thing with a message that completes "image 'logo.svg' …". Only an SVG that then converts to a
drawing is accepted; the drawing is cached for the draw stage.
"""
from __future__ import annotations

import math
import re
from pathlib import Path
from xml.parsers import expat

MAX_SVG_BYTES = 2 * 1024 * 1024
MAX_SVG_ELEMENTS = 5_000  # a logo has a few hundred; svglib takes about a second per 5,000
MAX_SVG_DEPTH = 64
MAX_COORDINATE = 1e7  # user units; anything larger is a broken or hostile file
MAX_SIZE_PT = 14_400.0  # the largest page a PDF can describe (200 in)
UNITS = {"": 0.75, "px": 0.75, "pt": 1.0, "pc": 12.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0}
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_HEX = re.compile(r"#[0-9A-Fa-f]{3,8}\b")
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_PLAIN = {"id", "class", "font-family", "lang", "title", "version", "baseProfile"}
_TEXT = {"text", "tspan", "textPath", "tref"}
SVG_NS = "http://www.w3.org/2000/svg"


class SvgError(ValueError):
    """Why an SVG is refused, worded to follow "image 'x.svg' "."""


class _Reader:
    def __init__(self) -> None:
        self.count = self.depth = 0
        self.root: dict | None = None
        self.style = False

    def start(self, name: str, attrs: dict) -> None:
        self.count += 1
        self.depth += 1
        uri, _, local = name.rpartition(" ")
        if self.count > MAX_SVG_ELEMENTS:
            raise SvgError(f"has more than {MAX_SVG_ELEMENTS:,} elements; a logo may have at most "
                           f"{MAX_SVG_ELEMENTS:,} (simplify it, or export it as PNG)")
        if self.depth > MAX_SVG_DEPTH:
            raise SvgError(f"nests elements more than {MAX_SVG_DEPTH} levels deep; cardgen reads at most "
                           f"{MAX_SVG_DEPTH}")
        if self.root is None:
            if local != "svg":
                raise SvgError(f"is XML but not an SVG (its first element is <{local}>)")
            self.root = {k.rpartition(" ")[2]: v for k, v in attrs.items() if " " not in k}
        if local == "image":
            raise SvgError("holds a picture (<image>); cardgen draws only the SVG's own shapes: remove it, or "
                           "give the logo as PNG or JPEG")
        if local in _TEXT and uri in ("", SVG_NS):
            raise SvgError(f"holds text (<{local}>); convert the text to outlines (paths) in your drawing "
                           f"program: cardgen embeds only its own fonts")
        self.style = local == "style"
        for key, value in attrs.items():
            space, _, attr = key.rpartition(" ")
            if attr == "href" and not value.strip().startswith("#"):
                raise SvgError(f"refers to '{value[:60]}' outside the file (<{local} href>); cardgen draws only "
                               f"what the SVG itself holds")
            self.urls(value, f"<{local} {attr}>")
            if not space and attr not in _PLAIN and attr != "href":
                self.numbers(value, f"<{local} {attr}>")

    def end(self, _name: str) -> None:
        self.depth -= 1
        self.style = False

    def text(self, data: str) -> None:
        if self.style:
            if "@import" in data:
                raise SvgError("imports a stylesheet (@import in <style>); put the styles in the SVG itself")
            self.urls(data, "<style>")
            self.numbers(data, "<style>")

    @staticmethod
    def urls(value: str, where: str) -> None:
        for target in _URL.findall(value):
            if target and not target.startswith("#"):
                raise SvgError(f"refers to '{target[:60]}' outside the file ({where}: url(…)); cardgen draws only "
                               f"what the SVG itself holds")

    @staticmethod
    def numbers(value: str, where: str) -> None:
        for number in _NUMBER.findall(_HEX.sub("", value)):  # a colour such as #4E7C96 is not the number 4E7
            if "e" in number.lower() or len(number) > 9:
                x = float(number)
                if not math.isfinite(x) or abs(x) > MAX_COORDINATE:
                    raise SvgError(f"has the number {number[:30]} in {where}, beyond what any drawing uses "
                                   f"(at most {MAX_COORDINATE:,.0f})")


def _refuse(what: str):
    def handler(*_args) -> None:
        raise SvgError(f"declares {what}; remove it (cardgen reads SVGs without DTDs or entities)")
    return handler


def _stylesheet(target: str, _data: str) -> None:
    if target == "xml-stylesheet":
        raise SvgError("links a stylesheet (<?xml-stylesheet?>); put the styles in the SVG itself")


def _length(value: str, name: str) -> float:
    """An SVG root width/height in points: a finite, positive number with an absolute unit."""
    m = re.fullmatch(r"\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*", value)
    if not m:
        raise SvgError(f"has {name}=\"{value[:40]}\", which is not a size (give a number, e.g. {name}=\"120\" or "
                       f"\"40mm\"; no percentages)")
    points = float(m.group(1)) * UNITS[m.group(2) or ""]
    if not (math.isfinite(points) and 0 < points <= MAX_SIZE_PT):
        raise SvgError(f"has {name}=\"{value[:40]}\"; it must be more than 0 and at most 200 in (5080 mm)")
    return points


def _view_box(value: str) -> tuple[float, float]:
    parts = value.replace(",", " ").split()
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or not all(math.isfinite(n) and abs(n) <= MAX_COORDINATE for n in numbers) \
            or numbers[2] <= 0 or numbers[3] <= 0:
        raise SvgError(f"has viewBox=\"{value[:40]}\"; give four numbers, x y width height, with width and height "
                       f"more than 0 (e.g. viewBox=\"0 0 240 80\")")
    return numbers[2], numbers[3]


def svg_size(path: Path) -> tuple[float, float]:
    """The SVG's size (points, or viewBox units when it gives no width and height): checked with expat
    first, then converted to a drawing once (cached for drawing). Raises SvgError saying what is wrong."""
    data = path.read_bytes()
    if len(data) > MAX_SVG_BYTES:
        raise SvgError(f"is {len(data) / 1024 / 1024:.1f} MB; an SVG may be at most {MAX_SVG_BYTES // 1024 // 1024} MB")
    reader = _Reader()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _refuse("a DOCTYPE")
    parser.EntityDeclHandler = _refuse("entities")
    parser.ProcessingInstructionHandler = _stylesheet
    parser.StartElementHandler, parser.EndElementHandler = reader.start, reader.end
    parser.CharacterDataHandler = reader.text
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise SvgError(f"is not a readable SVG ({expat.errors.messages.get(exc.code, exc)} at line {exc.lineno}, "
                       f"column {exc.offset + 1})") from None
    root = reader.root or {}
    if "viewBox" in root:
        size = _view_box(root["viewBox"])
    if "width" in root or "height" in root:
        if "width" not in root or "height" not in root:
            raise SvgError("gives only one of width and height; give both, or only a viewBox")
        size = (_length(root["width"], "width"), _length(root["height"], "height"))
    elif "viewBox" not in root:
        raise SvgError("has no size; give width and height, or a viewBox")
    from ..render.images import svg_drawing

    try:
        drawing = svg_drawing(path)
    except Exception as exc:  # svglib on a file that passed the checks above: still the file's problem
        raise SvgError(f"cannot be drawn ({type(exc).__name__}: {str(exc)[:100]})") from None
    if drawing is None or not all(math.isfinite(v) and v > 0 for v in (drawing.width, drawing.height)):
        raise SvgError("cannot be drawn (it converts to an empty drawing)")
    return size
