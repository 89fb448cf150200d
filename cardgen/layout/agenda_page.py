"""The agenda page as a plan: a header band, fields to fill in (date, place, names), the heading
"Programma" and one row per block (time, minutes, block name and turn, what happens, who leads),
alternate rows shaded, and the source credit in the footer.

The page follows the template's paper. The fields, heading and rows are one body fitted once, here:
the block names start at the template's size (10.5 pt) and the whole body shrinks in steps down to
its floor (7.5 pt), or grows up to a ceiling when one is given; the height left over is shared by
the rows, so a short programme fills its page with room for notes. What still does not fit is an
`Overflow` naming the agenda and the field to shorten. Clock times come from `layout.agenda` (the
scheduler); this module only sets them.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..errors import Overflow
from ..messages import msg
from .labels import NL_LABELS, Labels
from .document import (CREDIT_HINT, MUTED, Frame, Laid, Miss, Style, fit_flow, footer, header, page_with,
                       paragraph)
from .plan import Page, Rect, Rule, Text, moved
from .typeset import Metrics, Span, place, set_lines, spans
from .units import MM

FOOTER_LABEL = NL_LABELS("agenda.footer")  # the times are computed, not typed (without naming the tool)
SHADE = "#F1F3F6"  # every other row
LINE_GREY = "#999999"  # the lines to write on
FIELD_LABELS = NL_LABELS.words("agenda.fields")  # Datum first: the date is printed on its line
FIELD_ROW = 8 * MM  # one row of fields: two side by side
FIELD_LABEL = 32 * MM  # the label's room; the writing line starts here
NBSP = "\u00a0"

# Sizes and spacing as multiples of the base size (the block names' size).
TIME_BASELINE = 1.15  # time, minutes and lead share this baseline, from the row's top
MINUTES, WHAT, LEAD = 0.85, 0.85, 0.9  # scales of the minutes, the description and who leads
LEADING = 1.3
TITLE_AFTER = 0.15  # space between a block's name and its description
ROW_MIN = 1.4  # the least height of a row's content
ROW_PAD = 2 * MM  # added to every row (the text starts 0.6 mm below the row's top)
TEXT_TOP = 0.6 * MM
HEADING = Style("bold", 1.25, leading=1.2, before=0.6, after=0.3)


@dataclass(frozen=True)
class Row:
    """One block of the programme as printed."""

    when: str  # "19:30–19:38", or "+12 min" without a start time
    minutes: int
    name: str
    label: str = ""  # the turn, e.g. "beurt 2"
    what: str | None = None
    lead: str | None = None
    field: tuple = ()  # the content field it comes from (where a word too wide is reported)


@dataclass(frozen=True)
class Look:
    """Colours and columns of the page, in points (brand tokens resolved)."""

    ink: str
    accent: str
    time_column: float = 38 * MM
    lead_column: float = 34 * MM
    words: Labels = NL_LABELS  # the fixed labels (fields, heading, footer) in the pack's language


def subtitle(agenda, total: int, end: str | None, words: Labels = NL_LABELS) -> str:
    """Date, start–end, minutes and participants, as far as they are known."""
    bits = [words.date(agenda.date), f"{agenda.start}–{end}" if agenda.start and end else None,
            words("agenda.minutes", n=total),
            words("agenda.participants", n=agenda.participants) if agenda.participants else None]
    return " · ".join(b for b in bits if b)


def plan_agenda(agenda, rows: list[Row], frame: Frame, look: Look, metrics: Metrics, size: float, floor: float,
                subtitle_text: str, programme: tuple = ("blocks",), ceiling: float | None = None) -> Page | Overflow:
    """The agenda page, or what does not fit: the credit ('bron'), the title, or the programme
    (`programme` is the field named when the rows run over the page)."""
    item = msg("agenda '{id}'", id=agenda.agenda)
    bottom = footer(frame, look.words("source", bron=agenda.bron), look.words("agenda.footer"), metrics)
    if bottom is None:
        return Overflow(item, ("bron",), msg("the source credit"), floor=5.5, hint=CREDIT_HINT)
    top = header(frame, agenda.title, look.accent, metrics, subtitle_text, label=look.words("agenda.band"))
    if top is None:
        return Overflow(item, ("title",), msg("the title"), floor=11)  # the header's smallest title size
    date = look.words.date(agenda.date)

    def body(_size: float):  # the blocks take the size themselves; one block a row, so rows share the room
        return [("fields", fields_block(date, look, metrics)),
                ("heading", paragraph(look.words("agenda.programme"), replace(HEADING, color=look.accent),
                                      metrics))] + \
               [("rows", lambda width, base, row=row, shaded=i % 2 == 0: _row(row, shaded, width, base, look, metrics))
                for i, row in enumerate(rows)]

    # the largest size that fits (up to the template's max_size), and the height left over shared
    # after the rows, so a short programme fills its page with room for notes under each block
    flow = fit_flow(body, frame.body_width, frame.body_height, size, floor, ceiling=ceiling, spread="rows")
    if isinstance(flow, Miss):
        return _overflow(item, flow, rows, look, metrics, frame.body_width, programme)
    return page_with(frame, top, moved(flow.items, frame.margin, frame.body_top), bottom)


def _overflow(item: str, miss: Miss, rows: list[Row], look: Look, metrics: Metrics, width: float,
              programme: tuple) -> Overflow:
    if miss.key == "rows" and miss.too_wide:
        for row in rows:  # the row to shorten
            if _row(row, False, width, miss.floor, look, metrics) is None:
                return Overflow(item, row.field or programme, msg("the programme's row '{name}'", name=row.name),
                                too_wide=True, floor=miss.floor, hint=msg("shorten the word or split it"))
    if miss.key in ("fields", "heading"):
        return Overflow(item, ("layout",), msg("the fields to fill in"), miss.excess, miss.too_wide, miss.floor,
                        hint=msg("choose a larger paper in the agenda template"))
    return Overflow(item, programme, msg("the programme"), miss.excess, miss.too_wide, miss.floor,
                    hint=msg("shorten the descriptions or plan fewer blocks (an agenda is one page)"))


def fields_block(date: str, look: Look, metrics: Metrics):
    """Datum, Plaats, Facilitator, Casusinbrenger(s) and Notulist, two side by side, each with a line
    to write on; the date printed on its line when it is known."""

    def build(width: float, base: float) -> Laid | None:
        half, label_size, items = width / 2, base * 0.9, []
        for i, label in enumerate(look.words.words("agenda.fields")):
            x, baseline = (i % 2) * half, (i // 2 + 1) * FIELD_ROW - 2 * MM
            start, end = x + FIELD_LABEL, x + half - 6 * MM
            if metrics.width(label, "bold", label_size) > FIELD_LABEL - 1 * MM:
                return None
            items.append(Text(x, baseline, label, "bold", label_size, look.ink))
            items.append(Rule(start, baseline + 1, end, baseline + 1, LINE_GREY, 0.5))
            if i == 0 and date:  # the first field is the date
                if metrics.width(date, "regular", base) > end - start - 1 * MM:
                    return None
                items.append(Text(start + 1 * MM, baseline - 0.5, date, "regular", base, look.ink))
        rows = (len(FIELD_LABELS) + 1) // 2
        return Laid(rows * FIELD_ROW, items)

    return build


def rows_block(rows: list[Row], look: Look, metrics: Metrics):
    """The programme: the rows one under the other, every other one shaded."""

    def build(width: float, base: float) -> Laid | None:
        items, y = [], 0.0
        for i, row in enumerate(rows):
            laid = _row(row, i % 2 == 0, width, base, look, metrics)
            if laid is None:
                return None
            items.extend(moved(laid.items, 0.0, y))
            y += laid.height
        return Laid(y, items)

    return build


def title_spans(row: Row) -> list[Span]:
    """The block's name in bold, then ' · beurt N' in grey. No-break spaces keep the '·' with the
    name and 'beurt' with its number; names are never hyphenated."""
    name = spans(row.name, "bold", hyphens=False)
    if not row.label:
        return name
    return name + [Span(f"{NBSP}· {row.label.replace(' ', NBSP)}", "bold", MUTED)]


def _row(row: Row, shaded: bool, width: float, base: float, look: Look, metrics: Metrics) -> Laid | None:
    """One row from (0, 0): time and minutes | name, turn and description | who leads."""
    text_x, text_w = look.time_column, width - look.time_column - look.lead_column
    baseline = TIME_BASELINE * base
    minutes = f"{row.minutes} min"
    time_room = look.time_column - 3 * MM  # the minutes end 3 mm before the block's column
    if metrics.width(row.when, "bold", base) + 1 * MM + metrics.width(minutes, "regular", base * MINUTES) > time_room:
        return None
    title = set_lines(title_spans(row), text_w, base, metrics, LEADING)
    what = set_lines(spans(row.what), text_w, base * WHAT, metrics, LEADING) if row.what else None
    lead = set_lines(spans(row.lead, "italic", hyphens=False), look.lead_column - 2 * MM, base * LEAD, metrics,
                     LEADING) if row.lead else None
    if title is None or (row.what and what is None) or (row.lead and lead is None):
        return None
    text_h = title.height + TITLE_AFTER * base + (what.height if what else 0.0)
    lead_h = (baseline - base * LEAD + lead.height) if lead else 0.0
    height = max(text_h, lead_h, ROW_MIN * base) + ROW_PAD
    items: list = [Rect(-1.5 * MM, 0, width + 3 * MM, height, fill=SHADE)] if shaded else []
    items.append(Text(0, baseline, row.when, "bold", base, look.ink))
    items.append(Text(time_room, baseline, minutes, "regular", base * MINUTES, MUTED, "right"))
    items.extend(_plain_spaces(place(title, text_x, TEXT_TOP, text_w, look.ink), metrics))
    if what:
        items.extend(place(what, text_x, TEXT_TOP + title.height + TITLE_AFTER * base, text_w, MUTED))
    if lead:
        lead_x = width - look.lead_column + 2 * MM
        items.extend(place(lead, lead_x, baseline - base * LEAD, look.lead_column - 2 * MM, look.ink))
    return Laid(height, items)


def _plain_spaces(items: list[Text], metrics: Metrics) -> list[Text]:
    """No-break spaces decided the line breaks; the page prints ordinary spaces (the same width in
    the face), so the text reads and searches as 'Probleemstelling · beurt 1'."""
    out = []
    for t in items:
        if NBSP in t.text and metrics.width(NBSP, t.face, t.size) == metrics.width(" ", t.face, t.size):
            t = Text(t.x, t.y, t.text.replace(NBSP, " "), t.face, t.size, t.color, t.align)
        out.append(t)
    return out
