"""A certificate page as a plan: a frame in the accent colour, the title, the participant's name on its
own line (large and bold, or a line to write it on), the filled-in sentence (dotted blanks where a value
is missing), the facts a register asks for to accredit the hours (date(s), contact hours, group, the
begeleider and their registration number, the participant's registration number: values, or lines to
fill in by hand), lines for place and date and for the signature, and the source credit.

The page follows the template's paper (A4 landscape by default): the design is drawn for A4 landscape
and on other paper the margins and type scale with the page (`k`) while vertical positions keep their
share of it (`down`). The name is set at the largest size from 28 pt down to 16 pt that fits its line,
the sentence from 14 pt down to 10 pt in its box, each fact from 10.5 pt down to 8 pt on its line.
"""
from __future__ import annotations

from functools import lru_cache

from ..errors import Overflow
from ..messages import msg
from .document import CREDIT_HINT, MUTED, Frame, footer_lines
from .labels import NL_LABELS, Labels
from .plan import Image, Page, Rect, Rule, Text
from .rich import inline_items, inline_width
from .typeset import Metrics, Miss, Span, fit_paragraphs, place_fitted, spans
from .units import MM

BLANK = "…………………………"
LINE = "#4D4D4D"  # the lines to write and sign on
TITLE_SIZES = (34, 30, 26, 22, 18)
NAME_SIZES = tuple(s / 2 for s in range(56, 31, -2))  # 28 pt down to 16 pt
SENTENCE_MAX, SENTENCE_MIN = 14.0, 10.0
FACT_SIZES = (10.5, 10.0, 9.5, 9.0, 8.5, 8.0)
LABEL_SIZE = 8.5
A4_LANDSCAPE = (297 * MM, 210 * MM)  # the paper the design is drawn for
VALUES = ("name", "date", "hours", "group", "organisation", "supervisor", "supervisor_registration",
          "registration")


def values_of(cert, person: dict, organisation: str) -> dict[str, str]:
    """Every placeholder's printed value ('' when unknown): the row's, else the certificate's defaults."""
    out = {k: (person.get(k) or "").strip() for k in VALUES}
    out["organisation"] = out["organisation"] or organisation
    out["supervisor"] = out["supervisor"] or (cert.supervisor or "")
    out["supervisor_registration"] = out["supervisor_registration"] or (cert.supervisor_registration or "")
    if out["date"] and person.get("date_to"):
        out["date"] = f"{out['date']} – {person['date_to']}"
    return out


def sentence_text(text: str) -> str:
    """The sentence under the name line: a leading {name} is the name line itself."""
    return text[len("{name}"):].lstrip() if text.startswith("{name}") else text


def sentence_spans(text: str, values: dict[str, str]) -> list[Span]:
    """The sentence with its placeholders filled in (blanks where a value is missing), the name bold;
    the text's own `**vet**` and `*cursief*` read, a value's asterisks printed as they are."""
    name = values.get("name")
    marked = {k: (v.replace("*", "\\*") if v else BLANK) for k, v in values.items()}
    if name:
        marked["name"] = "\0"  # a mark no text holds: the name goes in as its own bold span
    out: list[Span] = []
    for k, part in enumerate(sentence_text(text).format(**marked).split("\0")):
        if k:
            out.append(Span(name, "bold"))
        out += spans(part)
    return out


def facts(cert, values: dict[str, str], ranged: bool,
          words: Labels = NL_LABELS) -> list[list[tuple[str, str, str]]]:
    """The two columns of facts: (label, value, the CSV column it comes from), labelled in `words`."""
    number = words("certificate.registry_number", registry=cert.registry) if cert.registry \
        else words("certificate.registration_number")
    hours = words("certificate.hours", hours=values["hours"]) if values["hours"] else ""
    return [[(words("certificate.dates" if ranged else "certificate.date"), values["date"], "date"),
             (words("certificate.hours_label"), hours, "hours"),
             (words("certificate.group"), values["group"], "group")],
            [(words("certificate.supervisor"), values["supervisor"], "supervisor"),
             (words("certificate.number_supervisor", number=number), values["supervisor_registration"],
              "supervisor_registration"),
             (words("certificate.number_participant", number=number), values["registration"], "registration")]]


@lru_cache(maxsize=64)
def _fit_sentence(sentence: tuple[Span, ...], width: float, height: float, metrics: Metrics, size: float,
                  floor: float):
    """The sentence fitted to its box. The name stands on its own line, so the sentence is the same for
    every participant who shares the other values (a list of one group and date): it is set once. The
    spans are already hyphenated and normalised in the run's language, so they are the whole key."""
    return fit_paragraphs([list(sentence)], width, height, metrics, size, floor, leading=1.5)


def plan_certificate(cert, person: dict, frame: Frame, organisation: str, accent: str, ink: str,
                     metrics: Metrics, logo: bool, words: Labels = NL_LABELS) -> Page | Overflow:
    """One certificate page, or what does not fit: the title, name, text, a fact (named by its CSV
    column), signatory or bron."""
    w, h = frame.width, frame.height
    k = min(w / A4_LANDSCAPE[0], h / A4_LANDSCAPE[1])
    down = h / A4_LANDSCAPE[1]  # vertical positions keep their place on the page
    item = msg("certificate '{id}'", id=cert.certificate)
    values = values_of(cert, person, organisation)
    title_size = next((s * k for s in TITLE_SIZES if inline_width(cert.title, "bold", s * k, metrics)
                       <= w - 50 * MM * k), None)
    if title_size is None:
        return Overflow(item, ("title",), msg("the title"), floor=round(TITLE_SIZES[-1] * k, 1))
    name_room = w - 70 * MM * k
    name_size = next((s * k for s in NAME_SIZES if metrics.width(values["name"], "bold", s * k) <= name_room), None)
    if name_size is None:
        return Overflow(item, ("name",), msg("the name"), too_wide=True, floor=round(NAME_SIZES[-1] * k, 1))
    box_x, box_top, box_w, box_h = 40 * MM * k, 92 * MM * down, w - 80 * MM * k, 27 * MM * down
    sentence = sentence_spans(cert.text, values) if sentence_text(cert.text) else None
    fitted = None
    if sentence:
        fitted = _fit_sentence(tuple(sentence), box_w, box_h, metrics, round(SENTENCE_MAX * k * 2) / 2,
                               round(SENTENCE_MIN * k * 2) / 2)
        if isinstance(fitted, Miss):
            return Overflow(item, ("text",), msg("the sentence"), fitted.excess, fitted.too_wide, fitted.floor)
    grid = facts_items(cert, values, bool(person.get("date_to")), box_x, 126 * MM * down, box_w, k, ink, metrics,
                       words)
    if isinstance(grid, Overflow):
        return Overflow(item, grid.field, grid.what, grid.excess, grid.too_wide, grid.floor, grid.hint)
    sign = signature_items(cert, values, w, h, k, ink, metrics, words)
    if sign is None:
        field = ("supervisor",) if values["supervisor"] else ("signatory",)
        return Overflow(item, field, msg("the name under the signature line"), floor=round(8 * k, 1),
                        hint=msg("shorten it: it takes one line"))
    credit = footer_lines(words("source", bron=cert.bron), "", w - 40 * MM * k, metrics, "italic")
    if credit is None:
        return Overflow(item, ("bron",), msg("the source credit"), floor=5.5, hint=CREDIT_HINT)
    page = Page(w, h)
    page.add(Rect(12 * MM * k, 12 * MM * k, w - 24 * MM * k, h - 24 * MM * k, stroke=accent, line_width=3 * k),
             Rect(15 * MM * k, 15 * MM * k, w - 30 * MM * k, h - 30 * MM * k, stroke=accent, line_width=0.8 * k))
    if logo:
        page.add(Image(w / 2 - 30 * MM * k, 22 * MM * down, 60 * MM * k, 20 * MM * k, "brand.logo"))
    page.add(*inline_items(cert.title, w / 2, 60 * MM * down, "bold", title_size, accent, metrics, "center"))
    name_y = 82 * MM * down
    if values["name"]:
        page.add(Text(w / 2, name_y, values["name"], "bold", name_size, ink, "center"))
    else:  # a line to write the name on, and what it is for
        page.add(Rule(w / 2 - 75 * MM * k, name_y, w / 2 + 75 * MM * k, name_y, LINE, 0.6),
                 Text(w / 2, name_y + 4 * MM * k, words("certificate.name_line"), "italic", LABEL_SIZE * k, MUTED,
                      "center"))
    if fitted is not None:
        page.add(*place_fitted(fitted, box_x, box_top, box_w, box_h, ink, "center"))
    page.add(*grid, *sign)
    size, lines = credit
    for i, line in enumerate(reversed(lines)):
        page.add(*[Text(20 * MM * k + x, h - 19 * MM * k - i * size * 1.2, text, f, size, ink) for x, text, f in line])
    return page


def facts_items(cert, values: dict[str, str], ranged: bool, x: float, top: float, width: float, k: float,
                ink: str, metrics: Metrics, words: Labels = NL_LABELS) -> list | Overflow:
    """The facts in two columns of three rows: a bold label, then its value or a line to write on."""
    gap, row = 10 * MM * k, 8.5 * MM * k
    col_w = (width - gap) / 2
    items: list = []
    for c, column in enumerate(facts(cert, values, ranged, words)):
        left = x + c * (col_w + gap)
        label_w = max(metrics.width(label, "bold", LABEL_SIZE * k) for label, _, _ in column) + 3 * MM * k
        room = col_w - label_w
        for r, (label, value, source) in enumerate(column):
            baseline = top + (r + 1) * row - 2.5 * MM * k
            items.append(Text(left, baseline, label, "bold", LABEL_SIZE * k, MUTED))
            if not value:
                items.append(Rule(left + label_w, baseline + 1, left + col_w, baseline + 1, LINE, 0.5))
                continue
            size = next((s * k for s in FACT_SIZES if metrics.width(value, "regular", s * k) <= room), None)
            if size is None:
                floor = FACT_SIZES[-1] * k
                return Overflow("", (source,), msg("the {label}", label=label[0].lower() + label[1:]),
                                metrics.width(value, "regular", floor) - room, floor=round(floor, 1),
                                hint=msg("shorten it: it takes one line"))
            items.append(Text(left + label_w, baseline, value, "regular", size, ink))
    return items


def signature_items(cert, values: dict[str, str], w: float, h: float, k: float, ink: str,
                    metrics: Metrics, words: Labels = NL_LABELS) -> list | None:
    """A line for place and date on the left, and one to sign on the right with the signatory (and the
    begeleider's name when known) under it; None when that does not fit under its line."""
    y, length = h - 40 * MM * k, 85 * MM * k
    left, right = 40 * MM * k, w - 40 * MM * k - length
    signer = f"{values['supervisor']}, {cert.signatory}" if values["supervisor"] else cert.signatory
    size = next((s * k for s in (9.0, 8.5, 8.0) if inline_width(signer, "regular", s * k, metrics) <= length), None)
    if size is None:
        return None
    return [Rule(left, y, left + length, y, LINE, 0.6), Rule(right, y, right + length, y, LINE, 0.6),
            Text(left, y + 4.5 * MM * k, words("certificate.place_date"), "regular", size, MUTED),
            *inline_items(signer, right, y + 4.5 * MM * k, "regular", size, ink, metrics)]
