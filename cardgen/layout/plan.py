"""The page plan: what the layout stage decides and the render stage draws.

A plan is plain data in points, measured from the page's top-left corner with y
downwards (as a designer reads a page). Text is already broken into lines at
its chosen size; colours are concrete (`#RRGGBB` or `cmyk(...)`), brand tokens
resolved. The render stage walks the items and decides nothing; tests read a
plan as numbers without drawing.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Union


@dataclass(frozen=True)
class Text:
    """One run of text on one baseline; `x` is where it starts (left), ends (right) or its centre."""

    x: float
    y: float  # baseline
    text: str
    face: str  # regular, bold, italic, bold-italic
    size: float
    color: str
    align: str = "left"


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str | None = None
    stroke: str | None = None
    line_width: float = 0.5
    radius: float = 0.0
    opacity: float = 1.0  # of the fill: below 1 a scrim over a picture


@dataclass(frozen=True)
class Rule:
    """A straight line (optionally dashed: `dash` is on/off lengths)."""

    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    width: float = 0.5
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Path:
    """A closed or open polygon through `points`, filled and/or stroked (arrows, rings)."""

    points: tuple[tuple[float, float], ...]
    fill: str | None = None
    stroke: str | None = None
    line_width: float = 0.5
    closed: bool = True


@dataclass(frozen=True)
class Image:
    """A picture from the run's assets (`ref`), fitted whole and centred in the box; with `clip`, the
    box is the picture's full placed rectangle and only the part inside `clip` (x, y, width, height)
    shows (a picture cropped to fill its box)."""

    x: float
    y: float
    width: float
    height: float
    ref: str  # "brand.logo", "deck.logo", …: the render stage looks it up in its assets
    behind: str = "#FFFFFF"  # what transparency is flattened onto
    clip: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class Icon:
    name: str
    x: float
    y: float
    size: float
    color: str
    behind: str | None = None  # the colour a cut-out shape stands on


@dataclass(frozen=True)
class Field:
    """An AcroForm field: `kind` text, multiline, checkbox or radio (an option of the radio group
    `name`, its on-state `value`). `leading`: for a multi-line field over printed writing lines, the
    distance between them (the first lies `leading` below the field's top; a one-line field: its line);
    0 when there are none."""

    kind: str
    name: str
    x: float
    y: float
    width: float
    height: float
    tooltip: str = ""
    size: float = 10.0
    leading: float = 0.0
    value: str = ""


@dataclass(frozen=True)
class Group:
    """Items drawn together, once per file, and placed wherever a `Use` names them (form XObjects)."""

    key: str
    width: float
    height: float
    items: tuple
    bleed: float = 0.0


@dataclass(frozen=True)
class Use:
    group: Group
    x: float
    y: float


Item = Union[Text, Rect, Rule, Path, Image, Icon, Field, Use]


@dataclass
class Page:
    width: float
    height: float
    items: list = field(default_factory=list)
    trim: tuple[float, float, float, float] | None = None  # x, y, width, height (print-shop pages)
    bleed: tuple[float, float, float, float] | None = None

    def add(self, *items) -> None:
        self.items.extend(items)


@dataclass(frozen=True)
class Look:
    """What every file of a run shares, as data: its author (the brand), keywords, and the font file
    of each face, so drawing needs no state of its own."""

    author: str = "cardgen"
    keywords: str = "intervisie"
    fonts: tuple[tuple[str, str, str], ...] = ()  # (face, font name, .ttf path); faces not given: Lato
    lang: str = "nl"  # the pack's language (layout/labels.py): the files' /Lang


@dataclass
class Document:
    """One output file's pages and metadata."""

    title: str
    subject: str
    pages: list[Page] = field(default_factory=list)
    look: Look = Look()


def moved(items, dx: float, dy: float) -> list:
    """The items shifted by (dx, dy): blocks are laid out at the origin and placed afterwards."""
    out = []
    for item in items:
        if isinstance(item, Rule):
            out.append(replace(item, x1=item.x1 + dx, y1=item.y1 + dy, x2=item.x2 + dx, y2=item.y2 + dy))
        elif isinstance(item, Path):
            out.append(replace(item, points=tuple((x + dx, y + dy) for x, y in item.points)))
        elif isinstance(item, Image) and item.clip is not None:
            cx, cy, cw, ch = item.clip
            out.append(replace(item, x=item.x + dx, y=item.y + dy, clip=(cx + dx, cy + dy, cw, ch)))
        else:
            out.append(replace(item, x=item.x + dx, y=item.y + dy))
    return out


def texts(page: Page) -> list[Text]:
    """The text runs of a page in drawing order (tests and the fit report read them)."""
    return [i for i in page.items if isinstance(i, Text)]


def fields_of(doc: Document) -> list[list[Field]]:
    """The form fields of each page; a file with any is fillable (render/acroform.py)."""
    return [[i for i in page.items if isinstance(i, Field)] for page in doc.pages]
