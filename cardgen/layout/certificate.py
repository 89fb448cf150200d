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
A4_LANDSCAPE = (297 * MM, 210 * MM)  # the paper the design is drawn for


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
    """One certificate page, or what does not fit (title, text, signatory or bron).

    The design is drawn for A4 landscape; on other paper the margins and type scale with the page
    (`k`, the page's size against A4 landscape) and the vertical positions keep their share of it."""
    w, h = frame.width, frame.height
    k = min(w / A4_LANDSCAPE[0], h / A4_LANDSCAPE[1])
    down = h / A4_LANDSCAPE[1]  # vertical positions keep their place on the page
    item = f"certificate '{cert.certificate}'"
    title_size = next((s * k for s in TITLE_SIZES if metrics.width(cert.title, "bold", s * k) <= w - 50 * MM * k),
                      None)
    if title_size is None:
        return Overflow(item, ("title",), "the title", floor=round(TITLE_SIZES[-1] * k, 1))
    box_x, box_top, box_w = 40 * MM * k, 95 * MM * down, w - 80 * MM * k
    box_h = h - box_top - 35 * MM * k
    spans = sentence_spans(cert.text, person, organisation)
    fitted = fit_paragraphs([spans], box_w, box_h, metrics, round(SENTENCE_MAX * k * 2) / 2,
                            round(SENTENCE_MIN * k * 2) / 2, leading=1.6)
    if isinstance(fitted, Miss):
        return Overflow(item, ("text",), "the sentence", fitted.excess, fitted.too_wide, fitted.floor)
    if metrics.width(cert.signatory, "regular", 11 * k) > w - 50 * MM * k:
        return Overflow(item, ("signatory",), "the signatory", floor=round(11 * k, 1))
    credit = footer_lines(f"Bron: {cert.bron}", "", w - 40 * MM * k, metrics, "italic")
    if credit is None:
        return Overflow(item, ("bron",), "the source credit", floor=5.5, hint=CREDIT_HINT)
    page = Page(w, h)
    page.add(Rect(12 * MM * k, 12 * MM * k, w - 24 * MM * k, h - 24 * MM * k, stroke=accent, line_width=3 * k),
             Rect(15 * MM * k, 15 * MM * k, w - 30 * MM * k, h - 30 * MM * k, stroke=accent, line_width=0.8 * k))
    if logo:
        page.add(Image(w / 2 - 30 * MM * k, 27 * MM * down, 60 * MM * k, 25 * MM * k, "brand.logo"))
    page.add(Text(w / 2, 75 * MM * down, cert.title, "bold", title_size, accent, "center"))
    page.add(*place_fitted(fitted, box_x, box_top, box_w, box_h, ink, "center"))
    line_y = h - 42 * MM * k
    page.add(Rule(w / 2 - 45 * MM * k, line_y, w / 2 + 45 * MM * k, line_y, "#4D4D4D", 0.6),
             Text(w / 2, h - 36 * MM * k, cert.signatory, "regular", 11 * k, ink, "center"))
    size, lines = credit
    for i, line in enumerate(reversed(lines)):
        page.add(Text(20 * MM * k, h - 19 * MM * k - i * size * 1.2, line, "italic", size, ink))
    return page
