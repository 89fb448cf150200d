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

from ..messages import MessageError, msg

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


class SvgError(MessageError):
    """Why an SVG is refused, worded to follow "image 'x.svg' "."""


# expat's words for what is wrong, as messages (the rest is said as expat says it).
_EXPAT_WORDS = {
    "not well-formed (invalid token)": msg("not well-formed (invalid token)"),
    "mismatched tag": msg("mismatched tag"),
    "unclosed token": msg("unclosed token"),
    "no element found": msg("no element found"),
    "syntax error": msg("syntax error"),
    "junk after document element": msg("junk after document element"),
    "undefined entity": msg("undefined entity"),
    "duplicate attribute": msg("duplicate attribute"),
    "unbound prefix": msg("unbound prefix"),
}


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
            raise SvgError(msg("has more than {most:,} elements; a logo may have at most {most:,} (simplify it, or "
                               "export it as PNG)", most=MAX_SVG_ELEMENTS))
        if self.depth > MAX_SVG_DEPTH:
            raise SvgError(msg("nests elements more than {most} levels deep; cardgen reads at most {most}",
                               most=MAX_SVG_DEPTH))
        if self.root is None:
            if local != "svg":
                raise SvgError(msg("is XML but not an SVG (its first element is <{element}>)", element=local))
            self.root = {k.rpartition(" ")[2]: v for k, v in attrs.items() if " " not in k}
        if local == "image":
            raise SvgError(msg("holds a picture (<image>); cardgen draws only the SVG's own shapes: remove it, or "
                               "give the logo as PNG or JPEG"))
        if local in _TEXT and uri in ("", SVG_NS):
            raise SvgError(msg("holds text (<{element}>); convert the text to outlines (paths) in your drawing "
                               "program: cardgen embeds only its own fonts", element=local))
        self.style = local == "style"
        for key, value in attrs.items():
            space, _, attr = key.rpartition(" ")
            if attr == "href" and not value.strip().startswith("#"):
                raise SvgError(msg("refers to '{target}' outside the file (<{element} href>); cardgen draws only "
                                   "what the SVG itself holds", target=value[:60], element=local))
            self.urls(value, f"<{local} {attr}>")
            if not space and attr not in _PLAIN and attr != "href":
                self.numbers(value, f"<{local} {attr}>")

    def end(self, _name: str) -> None:
        self.depth -= 1
        self.style = False

    def text(self, data: str) -> None:
        if self.style:
            if "@import" in data:
                raise SvgError(msg("imports a stylesheet (@import in <style>); put the styles in the SVG itself"))
            self.urls(data, "<style>")
            self.numbers(data, "<style>")

    @staticmethod
    def urls(value: str, where: str) -> None:
        for target in _URL.findall(value):
            if target and not target.startswith("#"):
                raise SvgError(msg("refers to '{target}' outside the file ({where}: url(…)); cardgen draws only "
                                   "what the SVG itself holds", target=target[:60], where=where))

    @staticmethod
    def numbers(value: str, where: str) -> None:
        for number in _NUMBER.findall(_HEX.sub("", value)):  # a colour such as #4E7C96 is not the number 4E7
            if "e" in number.lower() or len(number) > 9:
                x = float(number)
                if not math.isfinite(x) or abs(x) > MAX_COORDINATE:
                    raise SvgError(msg("has the number {number} in {where}, beyond what any drawing uses (at most "
                                       "{most:,.0f})", number=number[:30], where=where, most=MAX_COORDINATE))


def _refuse(what: str):
    def handler(*_args) -> None:
        raise SvgError(msg("declares {what}; remove it (cardgen reads SVGs without DTDs or entities)", what=what))
    return handler


def _stylesheet(target: str, _data: str) -> None:
    if target == "xml-stylesheet":
        raise SvgError(msg("links a stylesheet (<?xml-stylesheet?>); put the styles in the SVG itself"))


def _length(value: str, name: str) -> float:
    """An SVG root width/height in points: a finite, positive number with an absolute unit."""
    m = re.fullmatch(r"\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*", value)
    if not m:
        raise SvgError(msg("has {name}=\"{value}\", which is not a size (give a number, e.g. {name}=\"120\" or "
                           "\"40mm\"; no percentages)", name=name, value=value[:40]))
    points = float(m.group(1)) * UNITS[m.group(2) or ""]
    if not (math.isfinite(points) and 0 < points <= MAX_SIZE_PT):
        raise SvgError(msg("has {name}=\"{value}\"; it must be more than 0 and at most 200 in (5080 mm)", name=name,
                           value=value[:40]))
    return points


def _view_box(value: str) -> tuple[float, float]:
    parts = value.replace(",", " ").split()
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or not all(math.isfinite(n) and abs(n) <= MAX_COORDINATE for n in numbers) \
            or numbers[2] <= 0 or numbers[3] <= 0:
        raise SvgError(msg("has viewBox=\"{value}\"; give four numbers, x y width height, with width and height "
                           "more than 0 (e.g. viewBox=\"0 0 240 80\")", value=value[:40]))
    return numbers[2], numbers[3]


def svg_size(path: Path) -> tuple[float, float]:
    """The SVG's size (points, or viewBox units when it gives no width and height): checked with expat
    first, then converted to a drawing once (cached for drawing). Raises SvgError saying what is wrong."""
    data = path.read_bytes()
    if len(data) > MAX_SVG_BYTES:
        raise SvgError(msg("is {mb:.1f} MB; an SVG may be at most {most} MB", mb=len(data) / 1024 / 1024,
                           most=MAX_SVG_BYTES // 1024 // 1024))
    reader = _Reader()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _refuse(msg("a DOCTYPE"))
    parser.EntityDeclHandler = _refuse(msg("entities"))
    parser.ProcessingInstructionHandler = _stylesheet
    parser.StartElementHandler, parser.EndElementHandler = reader.start, reader.end
    parser.CharacterDataHandler = reader.text
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        error = str(expat.errors.messages.get(exc.code, exc))
        raise SvgError(msg("is not a readable SVG ({error} at line {line}, column {column})",
                           error=_EXPAT_WORDS.get(error, error), line=exc.lineno, column=exc.offset + 1)) from None
    root = reader.root or {}
    if "viewBox" in root:
        size = _view_box(root["viewBox"])
    if "width" in root or "height" in root:
        if "width" not in root or "height" not in root:
            raise SvgError(msg("gives only one of width and height; give both, or only a viewBox"))
        size = (_length(root["width"], "width"), _length(root["height"], "height"))
    elif "viewBox" not in root:
        raise SvgError(msg("has no size; give width and height, or a viewBox"))
    from ..render.images import svg_drawing

    try:
        drawing = svg_drawing(path)
    except Exception as exc:  # svglib on a file that passed the checks above: still the file's problem
        raise SvgError(msg("cannot be drawn ({error})", error=f"{type(exc).__name__}: {str(exc)[:100]}")) from None
    if drawing is None or not all(math.isfinite(v) and v > 0 for v in (drawing.width, drawing.height)):
        raise SvgError(msg("cannot be drawn (it converts to an empty drawing)"))
    return size
