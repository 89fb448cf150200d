"""One card face as a plan: the parts every card of its kind shares, as a group drawn once per
file, and the card's own values (its text, number and back text) set on top.

Every text box is fitted here, once per card, for both output files: Dutch soft hyphens, then
the largest size from the style's `size` down to its `min_size` in 0.5 pt steps at which all
paragraphs fit (an optional title first, in the style's title face; a blank line starts a
paragraph, a single newline breaks the line). What does not fit is an `Overflow` per card and box.

A face's shared part depends only on its side, the card's category and which boxes are visible,
so it is planned once per such kind of face, in two variants: cut at the trim (print-and-play
sheets, where neighbours share cut lines) and running into the print file's bleed.
Coordinates are points from the top-left corner of the trim, y downwards.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..errors import Overflow
from ..messages import msg
from ..schema.brand import Brand
from ..schema.common import ICON_NAMES
from ..schema.template import Style
from .deck import CardInstance, DeckLayout, FaceLayout, PlacedBox
from .geometry import Rect as Area
from .picture import PACK, picture_items
from .plan import Group, Icon, Image, Rect, Text, Use
from .qrbox import qr_box
from .rich import INDENT, units
from .typeset import Fitted, Metrics, Miss, Span, fit_paragraphs, place_fitted, spans
from .units import length_pt, to_mm

# Values that differ from card to card; every other box looks the same on all cards of a kind of face.
CARD_VALUES = ("card.text", "card.number", "card.back", "card.bron")
PICTURES = ("deck.logo", "brand.logo")
# Shown as given: names and titles are never hyphenated (typography notes); running text is.
UNBROKEN = ("card.number", "card.bron", "category.label", "deck.title", "deck.subtitle", "brand.name", "brand.website",
            "brand.version", "brand.licence")
HINT = msg("shorten it or use a larger card_size")
DEFAULT_STYLE = Style()
BLACK, WHITE = "#000000", "#FFFFFF"
OPTICAL = 0.46  # text set 'middle' sits at the optical centre: 46 % of the free height above it

# Where a box's text comes from, so an overflow points at the line to shorten.
_FIELD: dict[str, Callable[[int, str], tuple]] = {
    "card.text": lambda i, c: ("cards", i, "text"), "card.back": lambda i, c: ("cards", i, "back"),
    "card.bron": lambda i, c: ("cards", i, "bron"),
    "category.label": lambda i, c: ("categories", c, "label"), "deck.title": lambda i, c: ("title",),
    "deck.subtitle": lambda i, c: ("subtitle",), "deck.bron": lambda i, c: ("bron",),
    "card.number": lambda i, c: ("prefix",)}


def card_side(number: str, side: str) -> str:
    """The item of an overflow on a card: "card R-04 (front)"."""
    return msg("card {number} (front)", number=number) if side == "front" else \
        msg("card {number} (back)", number=number)


def field_of(show: str | None, index: int, category: str) -> tuple:
    return _FIELD.get(show or "", lambda i, c: ("template",))(index, category)


@dataclass(frozen=True)
class FacePlan:
    """One face of one card: the shared part cut at the trim and with bleed, and the card's own text."""

    trim: Group
    bleed: Group
    texts: tuple[Text, ...]  # from the trim's top-left

    def placed(self, x: float, y: float, bleed: bool = False) -> list:
        """The face with its trim's top-left at (x, y) of a page."""
        out: list = [Use(self.bleed if bleed else self.trim, x, y)]
        out.extend(Text(t.x + x, t.y + y, t.text, t.face, t.size, t.color, t.align) for t in self.texts)
        return out


def paragraphs(text: str, style: Style, title: str | None = None, hyphens: bool = True
               ) -> tuple[list[list[Span]], list[float]]:
    """An optional title paragraph (never hyphenated), then the text's paragraphs at blank lines and its
    bullet items ('- ' lines, rich.py), each normalised (typography), with `**bold**` and `*italic*`, and
    hyphenated unless `hyphens` is off; with each paragraph's hanging indent in sizes (0: none)."""
    out = [spans(title.strip(), style.title_font, hyphens=False)] if title and title.strip() else []
    indents = [0.0] * len(out)
    for unit in units(text):
        if unit.text.strip():
            out.append(spans(unit.text.strip(), style.font, hyphens))
            indents.append(INDENT if unit.item else 0.0)
    return out, indents


def alignments(fitted: Fitted, style: Style) -> list[str]:
    """Each paragraph's alignment: `align_long` for all of them when one runs past `long_lines` lines (a
    centred question that turns out long reads better set left, and a short paragraph under it follows,
    so one text never mixes two alignments), else `align`."""
    long = style.align_long and any(len(p.lines) > style.long_lines for p in fitted.paragraphs)
    return [style.align_long if long else style.align for _ in fitted.paragraphs]


def justified(fitted: Fitted, box: Area, colour: str, valign: str, metrics: Metrics,
              aligns: list[str]) -> list[Text]:
    """Like `place_fitted`, with every line but a paragraph's last (or one before a newline) of a justified
    paragraph spread to the full width: each word is its own run, the space between words grown evenly."""
    slack = box.height - fitted.height
    y = box.y + {"top": 0.0, "middle": slack * OPTICAL, "bottom": slack}[valign]
    size, out = fitted.size, []
    for i, (para, align) in enumerate(zip(fitted.paragraphs, aligns)):
        if align != "justify" or (i < len(fitted.indents) and fitted.indents[i]):  # bullet items: as placed
            one = Fitted((para,), 0.0, fitted.size, fitted.indents[i:i + 1])
            out.extend(place_fitted(one, box.x, y, box.width, para.height, colour, align))
            y += para.height + fitted.gap
            continue
        for i, line in enumerate(para.lines):
            baseline = y + size + i * para.leading
            words = [(box.x + run.x + metrics.width(run.text[:at], run.face, size), word, run)
                     for run in line.runs for at, word in _words(run.text)]
            gaps = len(words) - 1
            extra = 0.0 if line.end or gaps < 1 else (box.width - line.width) / gaps
            for k, (x, word, run) in enumerate(words):
                out.append(Text(x + k * extra, baseline, word, run.face, size, run.color or colour))
        y += para.height + fitted.gap
    return out


def _words(text: str) -> list[tuple[int, str]]:
    """(offset, word) of each word of a run."""
    out, at = [], 0
    for word in text.split(" "):
        if word:
            out.append((at, word))
        at += len(word) + 1
    return out


@dataclass
class Faces:
    """Plans the faces of one deck's cards; each kind of face's shared part is planned once."""

    layout: DeckLayout
    metrics: Metrics
    colour: Callable[[str], str]  # a template's colour reference (brand tokens too) as a concrete colour
    brand: Brand
    pictures: frozenset[str]  # the picture refs the run has ('deck.logo', 'brand.logo')
    images: dict = field(default_factory=dict)  # pictures and icons from the pack, by their path as written
    _shared: dict = field(default_factory=dict)  # kind of face -> its groups, or what did not fit
    _style_sizes: dict = field(default_factory=dict)

    def value(self, show: str | None, inst: CardInstance):
        """What a box shows for this card (None or empty when absent)."""
        if not show:
            return None
        if show in PICTURES:
            present = show in self.pictures
            return (self.layout.deck.logo if show == "deck.logo" else True) if present else None
        owner, name = show.split(".", 1)
        if owner == "brand":
            return getattr(self.brand, name)
        category = self.layout.deck.categories.get(inst.card.category)
        if owner == "card":
            if name == "bron":  # a card's own credit, with the label in the pack's language
                return self.layout.words("source", bron=inst.card.bron) if inst.card.bron else None
            own = inst.number if name == "number" else getattr(inst.card, name)
            # a card without its own picture shows its category's
            return own if own or name != "image" or category is None else category.image
        if owner == "category":
            if name == "icon" and inst.card.icon:  # a card's own icon stands in for its category's
                return inst.card.icon
            return getattr(category, name) if category else None
        return getattr(self.layout.deck, name)

    def colour_of(self, ref: str, category: str) -> str | None:
        """A template's colour reference: None for 'none'; 'category' is the category's colour, or the
        brand palette's colour at the category's position."""
        if ref == "none":
            return None
        if ref == "category":
            own = self.layout.deck.categories[category].color
            ref = own if own is not None else f"palette.{list(self.layout.deck.categories).index(category) + 1}"
        return self.colour(ref)

    def plan(self, side: str, inst: CardInstance) -> FacePlan | list[Overflow]:
        front, back = self.layout.faces_of(inst.card)
        face = front if side == "front" else back
        visible = [p for p in face.boxes if self._visible(p, inst)]
        shows = {p.box.show for p in visible}
        # what the shared part shows of this card itself: its layout, picture, icon and link
        own = (inst.card.layout, self.value("card.image", inst) if "card.image" in shows else None,
               inst.card.icon if "category.icon" in shows else None,
               inst.card.link if "card.link" in shows else None)
        key = (side, inst.card.category, tuple(p.name for p in visible)) + (own if any(own) else ())
        if key not in self._shared:
            self._shared[key] = self._plan_shared(side, face, visible, inst, key)
        shared = self._shared[key]
        if isinstance(shared, list):
            return shared
        texts, overflows = [], []
        for placed in visible:
            if placed.box.show in CARD_VALUES:
                got = self._text(side, placed, inst)
                (overflows.append if isinstance(got, Overflow) else texts.extend)(got)
        return overflows or FacePlan(shared[0], shared[1], tuple(texts))

    def _visible(self, placed: PlacedBox, inst: CardInstance) -> bool:
        box = placed.box
        return not ((box.when and not self.value(box.when, inst)) or (box.unless and self.value(box.unless, inst)))

    def _plan_shared(self, side: str, face: FaceLayout, visible: list[PlacedBox], inst: CardInstance,
                     key: tuple) -> tuple[Group, Group] | list[Overflow]:
        """The shared part, cut at the trim and with bleed: background, then each box in template order
        (fill and stroke, then its icon, picture or text); boxes of card values give only their fills."""
        category, bleed = inst.card.category, self.layout.bleed
        w, h = self.layout.card_w, self.layout.card_h
        trim = Area(0, 0, w, h)
        background = self.colour_of(face.background, category)
        items: dict[float, list] = {0.0: [], bleed: []}
        if background:
            for b in items:
                items[b].append(Rect(-b, -b, w + 2 * b, h + 2 * b, fill=background))
        overflows = []
        for placed in visible:
            box, rect = placed.box, placed.rect
            fill, stroke = self.colour_of(box.fill, category), self.colour_of(box.stroke, category)
            if fill or stroke:
                for b in items:
                    area = rect.bleed_out(trim, b) if (box.bleed and fill) else rect
                    items[b].append(Rect(area.x, area.y, area.width, area.height, fill, stroke,
                                         placed.stroke_width, placed.radius, box.opacity if fill else 1.0))
            if box.show in CARD_VALUES:
                continue  # drawn per card, on top of the shared part
            own: list = []
            if box.show == "card.image":
                info = self.images.get(self.value(box.show, inst) or "")
                if info is not None:
                    pictures = picture_items(info, rect, trim, bleed, box.bleed, box.fit, box.focus,
                                             fill or _behind(visible, placed, category, self.colour_of,
                                                             background or WHITE))
                    for b in items:
                        items[b].append(pictures[b])
                continue
            if box.show == "card.link":
                link = self.value(box.show, inst)
                got = qr_box(link, rect, self.metrics, self._caption_colour(box, category), placed.name) if link else []
                if isinstance(got, str):
                    overflows.append(Overflow(card_side(inst.number, side), ("cards", inst.index, "link"), got,
                                              hint=msg("shorten the link or enlarge the box")))
                    continue
                own = got
            elif box.show == "category.icon":
                name = self.value(box.show, inst)
                if name:
                    size = min(rect.width, rect.height)
                    # a built-in, or an SVG or PNG of the pack (its transparency flattened onto what lies behind it)
                    ref, behind = ((name, self.colour_of("category", category)) if name in ICON_NAMES else
                                   (PACK + name, fill or _behind(visible, placed, category, self.colour_of,
                                                                 background or WHITE)))
                    own.append(Icon(ref, rect.x + (rect.width - size) / 2, rect.y + (rect.height - size) / 2, size,
                                    self.colour_of(box.color, category) or BLACK, behind))
            elif box.show in PICTURES:
                if box.show in self.pictures:
                    own.append(Image(rect.x, rect.y, rect.width, rect.height, box.show,
                                     fill or background or WHITE))
            else:
                got = self._text(side, placed, inst)
                if isinstance(got, Overflow):
                    overflows.append(got)
                    continue
                own = got
            for b in items:
                items[b].extend(own)
        if overflows:
            return overflows
        name = f"{side}:{category}:{'+'.join(key[2])}" + ("".join(f":{v}" for v in key[3:]) if len(key) > 3 else "")
        return (Group(f"{name}:0", w, h, tuple(items[0.0])),
                Group(f"{name}:{bleed:g}", w, h, tuple(items[bleed]), bleed))

    def _caption_colour(self, box, category: str) -> str:
        """The colour of a QR code's caption: its box's style's, else dark grey."""
        style = self.layout.template.styles.get(box.style) if box.style else None
        return self.colour_of(style.color if style else "#1A1A1A", category) or BLACK

    def _sizes(self, name: str | None, style: Style) -> tuple[float, float, float]:
        """A style's size, floor and ceiling in points (read once: every card asks)."""
        if name not in self._style_sizes:
            size = length_pt(style.size)
            self._style_sizes[name] = (size, length_pt(style.min_size) if style.min_size is not None else size,
                                       length_pt(style.max_size) if style.max_size is not None else size)
        return self._style_sizes[name]

    def _text(self, side: str, placed: PlacedBox, inst: CardInstance) -> list[Text] | Overflow:
        """The box's text fitted and placed, or what did not fit."""
        box, rect = placed.box, placed.rect
        value = box.text if box.text is not None else self.value(box.show, inst)
        if not value:
            return []
        style = self.layout.template.styles.get(box.style, DEFAULT_STYLE) if box.style else DEFAULT_STYLE
        title = inst.card.title if box.show == "card.text" else None
        paras, indents = paragraphs(str(value), style, title, hyphens=box.show not in UNBROKEN)
        size, floor, ceiling = self._sizes(box.style, style)
        fitted = fit_paragraphs(paras, rect.width, rect.height, self.metrics, size, floor, style.leading,
                                grow_to=ceiling, avoid_hyphens=True, indents=indents)
        if isinstance(fitted, Miss):
            return Overflow(card_side(inst.number, side), field_of(box.show, inst.index, inst.card.category),
                            msg("box '{name}' ({w:.1f} x {h:.1f} mm)", name=placed.name, w=to_mm(rect.width),
                                h=to_mm(rect.height)),
                            fitted.excess, fitted.too_wide, fitted.floor, HINT)
        colour = self.colour_of(style.color, inst.card.category) or BLACK
        aligns = alignments(fitted, style)
        if "justify" in aligns:
            return justified(fitted, rect, colour, style.valign, self.metrics, aligns)
        return place_fitted(fitted, rect.x, rect.y, rect.width, rect.height, colour, style.align, style.valign,
                            OPTICAL, aligns)


def _behind(visible: list[PlacedBox], placed: PlacedBox, category: str, colour_of, background: str) -> str:
    """The colour under a box: the fill of the last box drawn before it that covers it, else the face's."""
    r = placed.rect
    for other in reversed(visible[:visible.index(placed)]):
        o = other.rect
        fill = colour_of(other.box.fill, category)
        if fill and o.x <= r.x + 0.01 and o.y <= r.y + 0.01 and o.right >= r.right - 0.01 and o.bottom >= r.bottom - 0.01:
            return fill
    return background


def plan_cards(faces: Faces) -> tuple[dict[int, tuple[FacePlan, FacePlan]], list[Overflow]]:
    """Front and back of every distinct card (copies share one plan), and every overflow of every card,
    so that one run reports them all (the plans are complete only when there is none)."""
    planned: dict = {}
    overflows: list[Overflow] = []
    for inst in faces.layout.cards:
        if inst.index in planned:
            continue
        front, back = faces.plan("front", inst), faces.plan("back", inst)
        missed = [o for got in (front, back) if isinstance(got, list) for o in got]
        overflows.extend(missed)
        planned[inst.index] = None if missed else (front, back)
    return planned, overflows
