"""A certificate page as a plan: a frame in the accent colour, the title, the filled-in sentence
(or dotted blanks to write on), a line to sign and the source credit.

The page follows the template's paper (A4 landscape by default); the sentence is set at the
largest size from 15 pt down to 10 pt that fits its box, with the participant's name in bold.
"""
from __future__ import annotations

from ..errors import Overflow
from .document import Frame, footer_lines, CREDIT_HINT
from .hyphenate import hyphenate
from .plan import Image, Page, Rect, Rule, Text
from .typeset import Metrics, Miss, Span, fit_paragraphs, place_fitted
from .units import MM

BLANK = "…………………………"
TITLE_SIZES = (34, 30, 26, 22, 18)
SENTENCE_MAX, SENTENCE_MIN = 15.0, 10.0


def sentence_spans(text: str, person: dict, organisation: str) -> list[Span]:
    """The sentence with its placeholders filled in (blanks where a value is missing), the name bold."""
    values = {k: person.get(k) or BLANK for k in ("name", "date", "hours", "group", "organisation")}
    values["organisation"] = person.get("organisation") or organisation
    filled = text.format(**values)
    name = person.get("name")
    if name and name in filled:
        before, after = filled.split(name, 1)
        return [Span(hyphenate(before)), Span(name, "bold"), Span(hyphenate(after))]
    return [Span(hyphenate(filled))]


def plan_certificate(cert, person: dict, frame: Frame, organisation: str, accent: str, ink: str,
                     metrics: Metrics, logo: bool) -> Page | Overflow:
    """One certificate page, or what does not fit (title, text, signatory or bron)."""
    w, h = frame.width, frame.height
    item = f"certificate '{cert.certificate}'"
    title_size = next((s for s in TITLE_SIZES if metrics.width(cert.title, "bold", s) <= w - 50 * MM), None)
    if title_size is None:
        return Overflow(item, ("title",), "the title", floor=TITLE_SIZES[-1])
    box_x, box_top, box_w = 40 * MM, 95 * MM, w - 80 * MM
    box_h = h - box_top - 35 * MM
    spans = sentence_spans(cert.text, person, organisation)
    fitted = fit_paragraphs([spans], box_w, box_h, metrics, SENTENCE_MAX, SENTENCE_MIN, leading=1.6)
    if isinstance(fitted, Miss):
        return Overflow(item, ("text",), "the sentence", fitted.excess, fitted.too_wide, fitted.floor)
    if metrics.width(cert.signatory, "regular", 11) > w - 50 * MM:
        return Overflow(item, ("signatory",), "the signatory", floor=11)
    credit = footer_lines(f"Bron: {cert.bron}", "", w - 40 * MM, metrics, "italic")
    if credit is None:
        return Overflow(item, ("bron",), "the source credit", floor=5.5, hint=CREDIT_HINT)
    page = Page(w, h)
    page.add(Rect(12 * MM, 12 * MM, w - 24 * MM, h - 24 * MM, stroke=accent, line_width=3),
             Rect(15 * MM, 15 * MM, w - 30 * MM, h - 30 * MM, stroke=accent, line_width=0.8))
    if logo:
        page.add(Image(w / 2 - 30 * MM, 27 * MM, 60 * MM, 25 * MM, "brand.logo"))
    page.add(Text(w / 2, 75 * MM, cert.title, "bold", title_size, accent, "center"))
    page.add(*place_fitted(fitted, box_x, box_top, box_w, box_h, ink, "center"))
    page.add(Rule(w / 2 - 45 * MM, h - 42 * MM, w / 2 + 45 * MM, h - 42 * MM, "#4D4D4D", 0.6),
             Text(w / 2, h - 36 * MM, cert.signatory, "regular", 11, ink, "center"))
    size, lines = credit
    for i, line in enumerate(reversed(lines)):
        page.add(Text(20 * MM, h - 19 * MM - i * size * 1.2, line, "italic", size, ink))
    return page
