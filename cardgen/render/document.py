"""Shared drawing for page documents (cheat-sheets, agendas, forms, certificates).

A document page has a coloured header band with a title, a body drawn as a
story of reportlab flowables, and a footer with the source credit and a page
label. The body is fitted like card text: the whole story is laid out at a
base font size and shrunk in steps down to a floor; if it still does not fit
the page, the caller reports which item and which section overflowed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Hashable

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from ..layout.hyphenate import hyphenate
from ..layout.units import MM
from .fonts import font_name
from .brand import token
from .color import paint
from .pdf import new_canvas
from .text import wrap_within

MUTED = "#5A5A5A"
# The brand's colours (brand.text, brand.primary) unless a caller gives its own.
INK = "brand.text"
DEFAULT_ACCENT = "brand.primary"


def colour(value: str):
    """A colour or brand token as a reportlab colour (documents are RGB)."""
    return paint(token(value) or value, "rgb")


def markup(text: str) -> str:
    """Plain content text as safe paragraph markup, hyphenated (Dutch), newlines kept."""
    from xml.sax.saxutils import escape

    return escape(hyphenate(text)).replace("\n", "<br/>")


@dataclass(frozen=True)
class TextStyles:
    """Paragraph styles for one base size; `at(size)` gives the same set scaled."""

    size: float

    def _style(self, name: str, face: str, scale: float, color: str = INK, leading: float = 1.3,
               before: float = 0.0, after: float = 0.0, indent: float = 0.0, first: float = 0.0) -> ParagraphStyle:
        s = self.size * scale
        return ParagraphStyle(name, fontName=font_name(face), fontSize=s, leading=s * leading,
                              textColor=colour(color), alignment=TA_LEFT, spaceBefore=s * before,
                              spaceAfter=s * after, leftIndent=indent, firstLineIndent=first,
                              bulletFontName=font_name(face),  # else reportlab's default: Helvetica
                              splitLongWords=0)  # an unbreakable word must count as not fitting

    @property
    def body(self) -> ParagraphStyle:
        return self._style("body", "regular", 1.0, after=0.35)

    @property
    def small(self) -> ParagraphStyle:
        return self._style("small", "regular", 0.85, MUTED)

    @property
    def italic(self) -> ParagraphStyle:
        return self._style("italic", "italic", 1.0, MUTED, after=0.35)

    def heading(self, color: str = DEFAULT_ACCENT) -> ParagraphStyle:
        return self._style("h2", "bold", 1.25, color, leading=1.2, before=0.6, after=0.3)

    def bold(self, color: str = INK) -> ParagraphStyle:
        return self._style("bold", "bold", 1.0, color, after=0.15)

    def bullet(self) -> ParagraphStyle:
        return self._style("bullet", "regular", 1.0, after=0.2, indent=self.size * 1.1)


def bullet_paragraph(text: str, styles: TextStyles, symbol: str = "•") -> Paragraph:
    return Paragraph(markup(text), styles.bullet(), bulletText=symbol)


@dataclass
class FittedStory:
    flowables: list[Flowable]
    heights: list[float]
    size: float

    @property
    def height(self) -> float:
        return sum(self.heights)


def _measure(flowable: Flowable, width: float, height: float) -> float | None:
    """The flowable's height with the space around it, or None when something in it is wider than
    `width` (a word, a table cell's word, a cycle stage). Paragraphs keep their x shift for drawing."""
    if isinstance(flowable, Paragraph):
        wrapped = wrap_within(flowable, width, height)
        if wrapped is None:
            return None
        h, flowable.cardgen_shift = wrapped
    else:
        w, h = flowable.wrap(width, height)
        if w > width + 0.01 or getattr(flowable, "too_wide", False):
            return None
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def fit_story(build: Callable[[TextStyles], list[Flowable]], width: float, height: float,
              size: float, floor: float, step: float = 0.25) -> FittedStory | None:
    """Build the story at `size`, shrinking by `step` down to `floor` until it fits (width and height)."""
    while size >= floor - 1e-9:
        story, heights = build(TextStyles(size)), []
        for flowable in story:
            h = _measure(flowable, width, height)
            if h is None or sum(heights) + h > height + 0.01:
                break
            heights.append(h)
        else:
            return FittedStory(story, heights, size)
        size = round(size - step, 3)
    return None


@dataclass(frozen=True)
class Overflow:
    """What keeps a story from fitting its page even at the floor size."""

    key: Hashable  # the section, as the caller named it
    too_wide: bool  # a word too wide for its line, cell or box; else the page runs over in this section


def fit_sections(build: Callable[[TextStyles], list[tuple[Hashable, Flowable]]], page: "Page", size: float,
                 floor: float) -> tuple[FittedStory | None, Overflow | None]:
    """Fit a story of (section key, flowable) pairs to the page body; when it does not fit even at
    `floor`, say instead which section first runs over or is too wide."""
    width, height = page.body_width, page.body_top - page.body_bottom
    fitted = fit_story(lambda st: [f for _, f in build(st)], width, height, size, floor)
    if fitted is not None:
        return fitted, None
    sections, used = build(TextStyles(floor)), 0.0
    for key, flowable in sections:
        h = _measure(flowable, width, height)
        if h is None:
            return None, Overflow(key, True)
        used += h
        if used > height + 0.01:
            return None, Overflow(key, False)
    return None, Overflow(sections[-1][0], False)


def draw_story(canvas, story: FittedStory, x: float, y_top: float) -> float:
    """Draw the fitted story from `y_top` downwards; returns the y below the last flowable."""
    y = y_top
    for flowable, h in zip(story.flowables, story.heights):
        y -= flowable.getSpaceBefore()
        inner = h - flowable.getSpaceBefore() - flowable.getSpaceAfter()
        flowable.drawOn(canvas, x + getattr(flowable, "cardgen_shift", 0.0), y - inner)
        y -= inner + flowable.getSpaceAfter()
    return y


@dataclass(frozen=True)
class Page:
    """A document page's geometry in points: paper size, margin, header height."""

    width: float = 210 * MM
    height: float = 297 * MM
    margin: float = 15 * MM
    header: float = 24 * MM
    footer: float = 10 * MM

    @property
    def body_top(self) -> float:
        return self.height - self.header - 6 * MM

    @property
    def body_bottom(self) -> float:
        return self.margin + self.footer

    @property
    def body_width(self) -> float:
        return self.width - 2 * self.margin


def open_document(path, page: Page, title: str, subject: str):
    return new_canvas(path, (page.width, page.height), title, subject)


def draw_header(canvas, page: Page, title: str, subtitle: str | None = None,
                accent: str = DEFAULT_ACCENT, label: str | None = None) -> None:
    """A full-width colour band at the top with the title (and a subtitle and small label)."""
    canvas.setFillColor(colour(accent))
    canvas.rect(0, page.height - page.header, page.width, page.header, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    title_size = 20 if subtitle else 22
    baseline = page.height - page.header / 2 - (0 if subtitle else title_size / 3) + (2 * MM if subtitle else 0)
    canvas.setFont(font_name("bold"), title_size)
    canvas.drawString(page.margin, baseline, title)
    if subtitle:
        canvas.setFont(font_name("italic"), 10.5)
        canvas.drawString(page.margin, baseline - 6.5 * MM, subtitle)
    if label:
        canvas.setFont(font_name("bold"), 8)
        canvas.drawRightString(page.width - page.margin, page.height - page.header + 4 * MM, label.upper())


# The credit line shrinks to fit its page, then takes a second line; beyond that the item fails.
FOOTER_SIZES = (7.0, 6.5, 6.0, 5.5)


def footer_lines(left: str, right: str, width: float, face: str = "regular") -> tuple[float, list[str]] | None:
    """The credit as (size, lines) at the largest size where it fits `width` beside the page label
    `right` in one line, else in two; None when even two lines at the smallest size are too long."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = font_name(face)
    for max_lines in (1, 2):
        for size in FOOTER_SIZES:
            room = width - (stringWidth(right, font, size) + 4 * MM if right else 0.0)
            lines = simpleSplit(left, font, size, room)
            if len(lines) <= max_lines and all(stringWidth(line, font, size) <= room for line in lines):
                return size, lines
    return None


CREDIT_TOO_LONG = ("the source credit does not fit the page footer, even in two lines of small print; "
                   "shorten it (the full credit can go in a comment or the pack's README)")


def credit_fits(page: "Page", bron: str, right: str = "") -> bool:
    return footer_lines(f"Bron: {bron}", right, page.body_width) is not None


def draw_footer(canvas, page: Page, left: str, right: str = "") -> None:
    """A thin rule and small print: the source credit left (one or two lines), a page label right."""
    fitted = footer_lines(left, right, page.body_width)
    if fitted is None:  # callers check credit_fits first and report the item
        raise ValueError(f"footer does not fit: {left!r}")
    size, lines = fitted
    leading, y = size * 1.2, page.margin + 1 * MM
    rule = y + (len(lines) - 1) * leading + 3.5 * MM
    canvas.setStrokeColor(colour("#BBBBBB"))
    canvas.setLineWidth(0.5)
    canvas.line(page.margin, rule, page.width - page.margin, rule)
    canvas.setFillColor(colour(MUTED))
    canvas.setFont(font_name("regular"), size)
    for i, line in enumerate(reversed(lines)):
        canvas.drawString(page.margin, y + i * leading, line)
    if right:
        canvas.drawRightString(page.width - page.margin, y, right)
