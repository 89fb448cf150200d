"""Drawing one card face: background, fills, text boxes, icons and logo.

A face is fitted first (`fit_face`, which needs no canvas, so `cardgen check`
can run it alone) and then drawn (`draw_face`) as often as needed: once on a
print-and-play sheet and once in the print-shop file.
"""
from __future__ import annotations

from dataclasses import dataclass


from ..layout.deck import CardInstance, DeckLayout, FaceLayout, PlacedBox
from ..layout.geometry import Rect
from ..layout.images import ImageInfo
from reportlab.lib.colors import Color

from ..layout.units import length_pt
from ..schema.template import Style
from .icons import draw_icon
from .images import draw_image
from . import brand
from .color import paint, rgb_of
from .text import Fitted, blocks, draw_fitted, fit_text

DEFAULT_STYLE = Style()


@dataclass
class FaceFit:
    """The fitted text of each text box of a face, by box name."""

    texts: dict[str, Fitted]


@dataclass
class FitFailure:
    box: str
    show: str
    width: float
    height: float
    floor: float


def value_of(show: str | None, layout: DeckLayout, inst: CardInstance):
    """The value a box shows for this card (None when absent)."""
    if not show:
        return None
    if show.startswith("brand."):
        if show == "brand.logo":
            return brand.logo()
        return getattr(brand.active(), show.split(".", 1)[1])
    owner, field = show.split(".", 1)
    if owner == "card":
        return inst.number if field == "number" else getattr(inst.card, field)
    if owner == "category":
        category = layout.deck.categories.get(inst.card.category)
        return getattr(category, field) if category else None
    return getattr(layout.deck, field)


def _visible(placed: PlacedBox, layout: DeckLayout, inst: CardInstance) -> bool:
    box = placed.box
    if box.when and not value_of(box.when, layout, inst):
        return False
    if box.unless and value_of(box.unless, layout, inst):
        return False
    return True


def color_of(ref: str, layout: DeckLayout, inst: CardInstance, mode: str = "rgb") -> Color | None:
    """A colour reference of a template ('none', 'white', 'category', or a colour) in `mode`."""
    if ref == "none":
        return None
    if ref == "category":
        ref = category_color(layout, inst.card.category)
    return paint(brand.token(ref) or ref, mode)


def category_color(layout: DeckLayout, category_id: str) -> str:
    """The category's own colour, or the brand palette's colour at the category's position."""
    own = layout.deck.categories[category_id].color
    if own is not None:
        return own
    return f"palette.{list(layout.deck.categories).index(category_id) + 1}"


def _style(layout: DeckLayout, name: str | None) -> Style:
    return layout.template.styles.get(name, DEFAULT_STYLE) if name else DEFAULT_STYLE


def fit_face(face: FaceLayout, layout: DeckLayout, inst: CardInstance,
             mode: str = "rgb") -> tuple[FaceFit, list[FitFailure]]:
    """Fit every text box; the paragraphs carry their colour, so a CMYK file gets its own fit."""
    texts, failures = {}, []
    for placed in face.boxes:
        box = placed.box
        if not _visible(placed, layout, inst) or box.show in ("category.icon", "deck.logo", "brand.logo"):
            continue
        value = box.text if box.text is not None else value_of(box.show, layout, inst)
        if not value:
            continue
        title = inst.card.title if box.show == "card.text" else None
        style = _style(layout, box.style)
        color = color_of(style.color, layout, inst, mode)
        if _per_card(placed):  # unique to this card: not worth keeping
            fitted = fit_text(blocks(str(value), title), style, color, placed.rect.width, placed.rect.height)
        else:
            key = (str(value), id(style), id(color), placed.rect.width, placed.rect.height)
            if key not in layout.fitted:
                layout.fitted[key] = fit_text(blocks(str(value)), style, color, placed.rect.width, placed.rect.height)
            fitted = layout.fitted[key]
        if fitted is None:
            floor = length_pt(style.min_size if style.min_size is not None else style.size)
            failures.append(FitFailure(placed.name, box.show or "text", placed.rect.width, placed.rect.height, floor))
        else:
            texts[placed.name] = fitted
    return FaceFit(texts), failures


# Values that differ from card to card; every other box of a face looks the same on all cards of a
# category, so it is drawn once per file as a form XObject and placed on each card (smaller and
# faster files). Boxes showing card values are drawn on top of the form.
CARD_VALUES = ("card.text", "card.number", "card.back")


def _per_card(placed: PlacedBox) -> bool:
    return placed.box.show in CARD_VALUES


def draw_face(canvas, face: FaceLayout, fit: FaceFit, layout: DeckLayout, inst: CardInstance,
              ox: float, oy: float, bleed: float, images: dict[str, ImageInfo], mode: str = "rgb") -> None:
    """Draw a face with its trim's bottom-left at (ox, oy); fills reach `bleed` beyond the trim."""
    visible = [p for p in face.boxes if _visible(p, layout, inst)]
    forms = canvas.__dict__.setdefault("_cardgen_forms", {})
    key = (id(face), inst.card.category, bleed, mode, tuple(p.name for p in visible))
    if key not in forms:
        forms[key] = name = f"cgface{len(forms)}"
        trim = layout.trim
        canvas.beginForm(name, -bleed, -bleed, trim.width + bleed, trim.height + bleed)
        _draw_boxes(canvas, face, [p for p in visible if not _per_card(p)], fit, layout, inst, 0, 0, bleed,
                    images, mode, background=True)
        canvas.endForm()
    canvas.saveState()
    canvas.translate(ox, oy)
    canvas.doForm(forms[key])
    canvas.restoreState()
    _draw_boxes(canvas, face, [p for p in visible if _per_card(p)], fit, layout, inst, ox, oy, bleed, images, mode)


def _draw_boxes(canvas, face: FaceLayout, boxes: list[PlacedBox], fit: FaceFit, layout: DeckLayout,
                inst: CardInstance, ox: float, oy: float, bleed: float, images: dict[str, ImageInfo], mode: str,
                background: bool = False) -> None:
    card_h = layout.card_h
    trim = layout.trim

    def pdf_rect(r: Rect) -> tuple[float, float, float, float]:
        return ox + r.x, oy + card_h - r.y - r.height, r.width, r.height

    face_color = color_of(face.background, layout, inst, mode)
    if background and face_color:
        canvas.setFillColor(face_color)
        canvas.rect(ox - bleed, oy - bleed, trim.width + 2 * bleed, trim.height + 2 * bleed, stroke=0, fill=1)
    for placed in boxes:
        box, rect = placed.box, placed.rect
        fill, stroke = color_of(box.fill, layout, inst, mode), color_of(box.stroke, layout, inst, mode)
        if fill or stroke:
            area = rect.bleed_out(trim, bleed) if (box.bleed and fill) else rect
            x, y, w, h = pdf_rect(area)
            if fill:
                canvas.setFillColor(fill)
            if stroke:
                canvas.setStrokeColor(stroke)
                canvas.setLineWidth(placed.stroke_width)
            radius = placed.radius
            if radius:
                canvas.roundRect(x, y, w, h, radius, stroke=1 if stroke else 0, fill=1 if fill else 0)
            else:
                canvas.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        if box.show == "category.icon":
            name = value_of(box.show, layout, inst)
            if name:
                x, y, w, h = pdf_rect(rect)
                size = min(w, h)
                # the '?' is cut out of its disc in the category colour, which is what the icon stands on
                draw_icon(canvas, name, x + (w - size) / 2, y + (h - size) / 2, size,
                          color_of(box.color, layout, inst, mode) or paint("#000000", mode),
                          color_of("category", layout, inst, mode))
        elif box.show in ("deck.logo", "brand.logo"):
            info = images.get("logo") if box.show == "deck.logo" else brand.logo()
            if info:
                x, y, w, h = pdf_rect(rect)
                behind = rgb_of(fill or face_color or paint("white", "rgb"))
                draw_image(canvas, info, x, y, w, h, behind)
        elif placed.name in fit.texts:
            x, y, w, h = pdf_rect(rect)
            draw_fitted(canvas, fit.texts[placed.name], x, y + h, h, _style(layout, box.style).valign)
