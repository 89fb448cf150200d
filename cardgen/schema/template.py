"""Layout templates: card faces made of named boxes, and sheets for imposition."""
from __future__ import annotations

import re
from typing import Annotated, Literal, Union

from pydantic import AfterValidator, Field, field_validator

from ..messages import msg
from .common import (ColorOrToken, FontSize, Length, LengthStr, PaperSize, Strict, TemplateName, Id, margin_leaves_room,
                     not_above_size, not_below_size)

# What a box can show; each names a value of the card, its category or its deck.
SHOWABLE = ("card.text", "card.number", "card.back", "card.bron", "card.image", "card.link", "category.label", "category.icon",
            "deck.title", "deck.subtitle", "deck.logo", "deck.bron",
            "brand.name", "brand.logo", "brand.footer", "brand.website", "brand.licence", "brand.version")
Show = Literal[SHOWABLE]  # type: ignore[valid-type]
ColorRef = Union[Literal["category", "white", "none"], ColorOrToken]


def _focus(value: str) -> str:
    """'x% y%': the point of a picture that stays in view when it is cropped (0% 0% top-left)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)%\s+(\d+(?:\.\d+)?)%\s*", str(value))
    if not m or not all(0 <= float(v) <= 100 for v in m.groups()):
        raise ValueError(msg("{value} is not a focal point (give 'x% y%', each 0% to 100%, e.g. '30% 40%')",
                             value=repr(str(value)[:40])))
    return value


Focus = Annotated[str, AfterValidator(_focus)]


class Style(Strict):
    """How text in a box is set."""

    font: Literal["regular", "bold", "italic", "bold-italic"] = "regular"
    """The face of the family (cardgen ships Lato)."""
    size: FontSize = "11pt"
    """The normal font size (3 pt to 200 pt); text is shrunk from here when it does not fit."""
    min_size: FontSize | None = None
    """The floor for shrinking (3 pt up to `size`); text that does not fit at this size is an error.
    Default: no shrinking."""
    max_size: FontSize | None = None
    """Card text only: text grows from `size` up to this size (3 pt to 200 pt, at least `size`) to fill
    its box; the largest size at which it fits is used. Default: no growing."""
    align_long: Literal["left", "center", "right", "justify"] | None = None
    """The alignment of a paragraph that runs to more than `long_lines` lines (e.g. 'left' for a
    centred question that turns out long). Default: always `align`."""
    long_lines: int = Field(default=3, ge=1, le=50)
    """How many lines a paragraph may have before `align_long` applies (1 to 50)."""
    leading: float = Field(default=1.25, ge=0.8, le=3)
    """Line height as a multiple of the font size."""
    color: ColorRef = "#1A1A1A"
    """'#RRGGBB', 'cmyk(...)', 'white', a brand colour (brand.text), or 'category' for the card's category colour."""
    align: Literal["left", "center", "right", "justify"] = "left"
    """Horizontal alignment."""
    valign: Literal["top", "middle", "bottom"] = "top"
    """Vertical alignment inside the box."""
    title_font: Literal["regular", "bold", "italic", "bold-italic"] = "bold"
    """The face of a card's title when the box shows card.text."""

    _floor = field_validator("min_size")(not_above_size)

    _ceiling = field_validator("max_size")(not_below_size)


class Box(Strict):
    """A named rectangle on a card face, measured from the top-left corner of the trim."""

    x: LengthStr = 0
    """Left edge; % is of the card width, e.g. '4mm' or '100% - 12mm'."""
    y: LengthStr = 0
    """Top edge; % is of the card height."""
    width: LengthStr = "100%"
    """Width; % is of the card width."""
    height: LengthStr = "100%"
    """Height; % is of the card height."""
    show: Show | None = None
    """What the box shows; a box without it only draws its fill and stroke."""
    text: str | None = None
    """Literal text to show instead of a value."""
    style: str | None = None
    """The name of a style of the template, for text."""
    fill: ColorRef = "none"
    """Background of the box."""
    stroke: ColorRef = "none"
    """Outline colour of the box."""
    stroke_width: Length("0mm", "10mm") = "0.5pt"
    """Outline width (0 to 10 mm)."""
    radius: Length("0mm", "100mm") = 0
    """Corner radius of fill and stroke (0 to 100 mm)."""
    color: ColorRef = "white"
    """Colour of an icon."""
    bleed: bool = False
    """Extend the fill (and a picture) into the bleed on each side that touches the trim edge."""
    opacity: float = Field(default=1.0, ge=0.05, le=1.0)
    """Opacity of the fill (0.05 to 1): below 1 a scrim, e.g. fill '#000000' at 0.45 darkens a picture under
    white text."""
    fit: Literal["cover", "contain"] = "cover"
    """A picture (card.image): 'cover' fills the box and crops what sticks out, 'contain' shows it whole."""
    focus: Focus = "50% 50%"
    """A cropped picture: the point that stays in view, 'x% y%' of the picture from its top-left."""
    when: Show | None = None
    """Draw the box only when this value is present (e.g. card.back)."""
    unless: Show | None = None
    """Draw the box only when this value is absent."""


class Face(Strict):
    """One side of a card."""

    background: ColorRef = "white"
    """Fills the whole face, bleed included."""
    boxes: dict[str, Box] = Field(default_factory=dict)
    """Named boxes, drawn in the order given."""


class Variant(Strict):
    """Another face of a card template, picked by a card's `layout:`; a side it leaves out is the main one."""

    front: Face | None = None
    """The front face of this layout."""
    back: Face | None = None
    """The back face of this layout."""


class TemplateBase(Strict):
    """What every layout template has: its name, what it builds on, and what it is for."""

    template: Id
    """The template name (the file name without .yaml)."""
    extends: TemplateName | list[TemplateName] | None = None
    """Template(s) this one builds on; mappings merge deeply, later keys override earlier ones."""
    description: str = ""
    """What the template is for."""


class CardTemplate(TemplateBase):
    """A card layout: front and back faces, styles and safe zone."""

    kind: Literal["card"]
    """Always 'card' for a card layout."""
    safe_zone: Length("0mm", "30mm") = "4mm"
    """Text boxes must stay this far inside the trim (0 to 30 mm)."""
    styles: dict[str, Style] = Field(default_factory=dict)
    """Named text styles."""
    front: Face
    """The front face."""
    back: Face
    """The back face."""
    faces: dict[Id, Variant] = Field(default_factory=dict, max_length=50)
    """Other layouts by name (e.g. instructie, omslag), picked by a card's `layout:` (at most 50)."""


class SheetTemplate(TemplateBase):
    """Print-and-play imposition: cards n-up on paper with cut marks."""

    kind: Literal["sheet"]
    """Always 'sheet' for an imposition layout."""
    paper: PaperSize = "A4"
    """A4, A3, A5, Letter, or e.g. '210mm x 297mm'."""
    orientation: Literal["portrait", "landscape"] = "portrait"
    """Paper orientation."""
    margin: Length("0mm", "100mm") = "10mm"
    """The least distance between the cards and the paper edge (room for cut marks and printer margins;
    0 to 100 mm)."""
    gutter: Length("0mm", "50mm") = 0
    """Space between neighbouring cards (0 to 50 mm); 0 means shared cut lines."""
    cut_marks: bool = True
    """Draw cut marks in the margin, outside the cards."""
    cut_mark_length: Length("0mm", "30mm") = "5mm"
    """Length of a cut mark (0 to 30 mm)."""
    cut_mark_offset: Length("0mm", "20mm") = "1mm"
    """Gap between the cards and the start of a cut mark (0 to 20 mm)."""
    duplex: Literal["long-edge", "short-edge", "fold"] = "long-edge"
    """How fronts meet backs: duplex flipped on the long edge (backs mirrored left-right), on the short
    edge (backs mirrored top-bottom), or 'fold': fronts and backs side by side on one page, folded
    along the marked middle line, for printers without duplex."""
    back_offset: tuple[Length("-20mm", "20mm"), Length("-20mm", "20mm")] = (0, 0)
    """Shift of all backs [right, down] to correct a printer's front-to-back misalignment, as read
    from `cardgen calibrate`, e.g. [0.6mm, -0.4mm] (each −20 mm to 20 mm)."""
    fold_gap: Length("0mm", "50mm") = "5mm"
    """In fold mode: the least distance between the cards and the fold line (0 to 50 mm)."""
    footer: bool = True
    """Print deck, sheet number and 'print op 100 %' below the cards."""


class PrintTemplate(TemplateBase):
    """The print-shop file: one card per page with bleed, optional crop marks, sides together or apart."""

    kind: Literal["print"]
    """Always 'print' for print-shop settings."""
    bleed: Length("0mm", "20mm") = "3mm"
    """Bleed on every side of the card (shops ask 2, 3 or 5 mm; 0 to 20 mm); backgrounds run into it."""
    crop_marks: bool = False
    """Draw crop marks (registration colour) outside the bleed; the page grows to hold them."""
    crop_mark_length: Length("0mm", "30mm") = "5mm"
    """Length of a crop mark (0 to 30 mm)."""
    crop_mark_gap: Length("0mm", "20mm") = "1mm"
    """Gap between the bleed edge and the start of a crop mark (0 to 20 mm)."""
    color: Literal["rgb", "cmyk"] = "rgb"
    """Colour mode of the print-shop file: 'cmyk' writes every colour in CMYK (text in black ink only);
    an image that would stay RGB is an error. The print-and-play sheets stay RGB."""
    backs: Literal["interleaved", "separate"] = "interleaved"
    """'interleaved': one file, front, back, front, back; 'separate': one file of fronts, one of backs."""


TEMPLATE_KINDS = {"card": CardTemplate, "sheet": SheetTemplate, "print": PrintTemplate}


class PageTemplate(TemplateBase):
    """What the document templates share: the page (paper, orientation, margin), a base text size,
    a floor and an accent colour."""

    paper: PaperSize = "A4"
    """A4, A5, A3, Letter, or e.g. '210mm x 297mm'; the page is laid out for it (not a scaled A4)."""
    orientation: Literal["portrait", "landscape"] = "portrait"
    """Paper orientation."""
    margin: Length("0mm", "100mm") | None = None
    """Page margin on all sides (default 15 mm, 10 mm on A5 and smaller; 0 to 100 mm, and at least 50 mm
    of the page left between the margins)."""

    size: FontSize = "10pt"
    """Body text size (3 pt to 200 pt)."""
    min_size: FontSize = "7pt"
    """The floor (3 pt up to `size`): a document that does not fit its page at this size is an error naming
    what runs over."""
    accent: ColorOrToken = "brand.primary"
    """Colour of the header, headings and graphics (a colour or a brand token)."""

    _floor = field_validator("min_size")(not_above_size)
    _margin = field_validator("margin")(margin_leaves_room)

    max_size: FontSize | None = None
    """Cheat-sheets and agendas: the ceiling for growing (3 pt to 200 pt, at least `size`): a body that
    leaves its page partly empty at `size` is set larger, up to this size; the largest size at which it
    fits is used. Default: no growing."""

    _ceiling = field_validator("max_size")(not_below_size)
