"""A form as a page plan: the band, the intro, every field's label and room to write, the tip, and
the footer, on the template's paper; both files (to print, and to fill in on screen) come from it.

Fitting is decided here, once: labels (with their help) shrink from the template's size to its
floor until no word is wider than the page; column headings (from 9 pt) and checkbox options (from
10 pt) shrink to 7 pt. What still does not fit is an `Overflow` naming the content field; all of
them are returned together, so a run reports every problem of a form at once.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from ..errors import Overflow
from ..messages import msg
from .document import CREDIT_HINT, MUTED, Frame, Laid, footer, footer_lines, header
from .form import CHECK_ROW, FIELD_GAP, LABEL_GAP, Block, Placed, column_edges, paginate, writing_height
from .labels import NL_LABELS, Labels
from .plan import Document, Field, Look, Page, Rect, Rule, Text, moved
from .rich import inline_items, inline_width, plain, set_rich
from .typeset import Metrics, Span, place, set_lines, sizes, spans
from .units import MM, length_pt

LINE = "#8C8C8C"  # writing lines, boxes and table rules: visible, but lighter than what is written
SHORT_FLOOR = 7.0  # column headings and checkbox options shrink to this, then fail
HEADING_TOP, OPTION_TOP = 9.0, 10.0
OPTION_INDENT = 6.5 * MM  # a checkbox option's text starts right of its box
BOX = 4 * MM  # a checkbox
DATE_WIDTH = 52 * MM  # dag – maand – jaar
SIGNATURE_WIDTH = 80 * MM


@dataclass
class FormPlan:
    """The pages both files print, the band's label of each file, and the fields the fillable file adds."""

    title: str
    pages: list[Page]
    band_labels: tuple[Text, Text]  # print file, fillable file
    fields: list[list[Field]]  # per page

    def document(self, fillable: bool, look: Look = Look()) -> Document:
        pages = [Page(p.width, p.height, p.items + [self.band_labels[fillable]] + (self.fields[i] if fillable else []))
                 for i, p in enumerate(self.pages)]
        return Document(self.title, "fillable form" if fillable else "form to fill in by hand", pages, look)


@dataclass(frozen=True)
class Ink:
    accent: str  # band, labels and headings
    text: str  # options, column headings and the tip
    words: Labels = NL_LABELS  # the fixed labels (band, page numbers, date and signature captions)


# What a form's intro and tip are called in a message.
WHAT = {"intro": msg("the intro"), "tip": msg("the tip")}


def plan_form(form, template, frame: Frame, ink: Ink, metrics: Metrics) -> FormPlan | list[Overflow]:
    """The form's pages, or everything that does not fit (title, intro, field by field, tip, credit)."""
    item = msg("form '{id}'", id=form.form)
    size, floor = length_pt(template.size), length_pt(template.min_size)
    spacing = length_pt(template.line_spacing)
    width = frame.body_width
    top, bottom = frame.body_top, frame.body_bottom - 2 * MM  # fields keep 2 mm clear of the footer
    room = bottom - top
    problems: list[Overflow] = []

    bands = (ink.words("form.band"), ink.words("form.band_fillable"))
    band = header(frame, form.title, ink.accent, metrics, label=bands[1])  # sized beside the longer label
    if band is None:
        problems.append(Overflow(item, ("title",), msg("the title beside '{band}' in the header band",
                                                       band=bands[1].upper()), floor=11))
    intro = _rich_block(item, ("intro",), WHAT["intro"], form.intro, width, size, floor, MUTED, metrics) \
        if form.intro else Laid(0.0)
    problems += _problems(item, "intro", intro, room, floor)
    labels, shorts, blocks = [], [], []
    for i, field in enumerate(form.fields):
        label = _label(item, i, field, width, size, floor, ink.accent, metrics)
        short = _short_sizes(item, i, field, width, metrics)
        block = _block(field, label, spacing)
        problems += [x for x in [label] + short if isinstance(x, Overflow)]
        problems += _too_tall(item, i, field, block, room, spacing)
        labels.append(label)
        shorts.append(short)
        blocks.append(block)
    tip = _tip(item, form.tip, width, size, floor, ink, metrics) if form.tip else None
    problems += _problems(item, "tip", tip, room, floor)
    if footer_lines(ink.words("source", bron=form.bron), ink.words("page_of", n=99, count=99), width,
                    metrics) is None:  # the credit must fit beside any page's label
        problems.append(Overflow(item, ("bron",), msg("the source credit"), floor=5.5, hint=CREDIT_HINT))
    if problems:
        return problems

    intro_h = intro.height + 4 * MM if form.intro else 0.0
    placed = paginate(blocks, top + intro_h, top, bottom, spacing)
    bodies: list[list] = [[] for _ in range(placed[-1].page + 1)]
    fields: list[list[Field]] = [[] for _ in bodies]
    bodies[0].extend(moved(intro.items, frame.margin, top))
    for part in placed:
        bodies[part.page].extend(moved(labels[part.index].items, frame.margin, part.top))
        drawn, filled = _writing(form.fields[part.index], part, frame.margin, width, spacing, shorts[part.index],
                                 ink, metrics)
        bodies[part.page].extend(drawn)
        fields[part.page].extend(filled)
    if tip is not None:
        y = placed[-1].bottom + FIELD_GAP
        if y + tip.height > frame.body_bottom:  # never split: it goes to a page of its own
            bodies.append([])
            fields.append([])
            y = top
        bodies[-1].extend(moved(tip.items, frame.margin, y))
    pages = []
    for n, body in enumerate(bodies):
        foot = footer(frame, ink.words("source", bron=form.bron), ink.words("page_of", n=n + 1, count=len(bodies)),
                      metrics)
        pages.append(Page(frame.width, frame.height, band[:-1] + body + (foot or [])))
    label = band[-1]  # header() puts the band's label last: the print file's says FORMULIER
    return FormPlan(form.title, pages, (replace(label, text=bands[0].upper()), label), fields)


def _problems(item: str, what: str, laid, room: float, floor: float) -> list[Overflow]:
    """Why the intro or tip does not fit: a word too wide, or taller than an empty page (it is never split)."""
    if isinstance(laid, Overflow):
        return [laid]
    if isinstance(laid, Laid) and laid.height > room + 0.01:
        return [Overflow(item, (what,), WHAT[what], laid.height - room, floor=floor)]
    return []


def _block(field, label, spacing: float) -> Block | None:
    """The field's heights for page breaking (None when its label could not be set)."""
    if not isinstance(label, Laid):
        return None
    writing = writing_height(field.kind, spacing, field.n, field.height, len(field.options or []), field.rows)
    return Block(label.height, writing, field.rows if field.kind == "table" else None)


def _too_tall(item: str, i: int, field, block: Block | None, room: float, spacing: float) -> list[Overflow]:
    """A field whose label and room to write do not fit an empty page (a table: with two of its rows)."""
    if block is None or _own_need(block, spacing) <= room + 0.01:
        return []
    key = {"lines": "n", "box": "height", "checkbox": "options" if field.options else "label"}.get(field.kind, "label")
    return [Overflow(item, ("fields", i, key),
                     msg("field '{id}' (its label and room to write, on an empty page)", id=field.id),
                     _own_need(block, spacing) - room,
                     hint=msg("make it smaller or split it in two: a field is never split across pages"))]


def _own_need(block: Block, spacing: float) -> float:
    """The height a field needs on an empty page (a table: label, header and its first two rows)."""
    rows = (1 + min(2, block.rows)) * spacing if block.rows else block.writing
    return block.label + LABEL_GAP + rows


# ---- text: labels, intro, tip

def _text_block(item: str, path: tuple, what: str, paragraph: list[Span], width: float, size: float,
                floor: float, color: str, metrics: Metrics, indent: float = 0.0) -> Laid | Overflow:
    """One paragraph (spans hyphenated already) at the largest size from `size` to `floor` whose words
    all fit the width."""
    for s in sizes(size, floor):
        lines = set_lines(paragraph, width - indent, s, metrics, 1.3)
        if lines is not None:
            return Laid(lines.height, place(lines, indent, 0.0, width - indent, color))
    return Overflow(item, path, what, too_wide=True, floor=floor, hint=msg("shorten it or break up long words"))


def _rich_block(item: str, path: tuple, what: str, text: str, width: float, size: float, floor: float,
                color: str, metrics: Metrics) -> Laid | Overflow:
    """A long field (paragraphs, bullet lists) in italic at the largest size whose words all fit."""
    for s in sizes(size, floor):
        got = set_rich(text, width, s, metrics, color, face="italic")
        if got is not None:
            return Laid(*got)
    return Overflow(item, path, what, too_wide=True, floor=floor, hint=msg("shorten it or break up long words"))


def _tip(item: str, tip: str, width: float, size: float, floor: float, ink: Ink, metrics: Metrics
         ) -> Laid | Overflow:
    """The tip at the end of the form: 'Tip:' in the accent colour, beside a thin accent bar."""
    lead = [Span(ink.words("form.tip"), "bold", ink.accent)]
    laid = _text_block(item, ("tip",), WHAT["tip"], lead + spans(tip, "italic"), width, size, floor, ink.text,
                       metrics, indent=4 * MM)
    if isinstance(laid, Overflow):
        return laid
    bar = Rect(0.0, 0.0, 1 * MM, laid.height + 0.3 * size, fill=ink.accent)  # down past the last descender
    return Laid(laid.height + 0.3 * size, [bar] + laid.items)


def _label(item: str, i: int, field, width: float, size: float, floor: float, accent: str,
           metrics: Metrics) -> Laid | Overflow:
    """The label (a heading larger and never hyphenated) and its help, at the largest size from the
    template's size to its floor at which no word is wider than the page."""
    heading = field.kind == "heading"
    scale, leading, after = (1.25, 1.2, 0.3) if heading else (1.0, 1.3, 0.15)
    bad = "label"
    for s in sizes(size, floor):
        label = set_lines(spans(field.label, "bold", hyphens=not heading), width, s * scale, metrics, leading)
        helped = set_rich(field.help, width, s * 0.85, metrics, MUTED) if field.help else None
        if label is None or (field.help and helped is None):
            bad = "label" if label is None else "help"
            continue
        items, height = place(label, 0.0, 0.0, width, accent), label.height + s * scale * after
        if helped is not None:
            items += moved(helped[1], 0.0, height)
            height += helped[0]
        return Laid(height, items)
    what = msg("the label of field '{id}'", id=field.id) if bad == "label" else \
        msg("the help of field '{id}'", id=field.id)
    return Overflow(item, ("fields", i, bad), what, too_wide=True, floor=floor,
                    hint=msg("shorten it or break up long words"))


def _fitting_size(text: str, face: str, room: float, top: float, metrics: Metrics) -> float | None:
    """The largest size, in half points from `top` down to 7 pt, at which a one-line text fits `room`."""
    return next((s for s in sizes(top, SHORT_FLOOR) if inline_width(text, face, s, metrics) <= room + 1e-6), None)


def _short_sizes(item: str, i: int, field, width: float, metrics: Metrics) -> list[float | Overflow]:
    """The size of each column heading of a table, or of each checkbox option (a lone checkbox: its
    label beside the box); an Overflow for each that does not fit its room even at 7 pt."""
    out: list[float | Overflow] = []
    if field.kind == "table":
        edges = column_edges(len(field.columns), field.widths, 0.0, width)
        for c, heading in enumerate(field.columns):
            room = edges[c + 1] - edges[c] - 3 * MM
            s = _fitting_size(heading, "bold", room, HEADING_TOP, metrics)
            out.append(s if s is not None else Overflow(
                item, ("fields", i, "columns", c),
                msg("the column heading '{heading}' ({room:.1f} mm of room)", heading=heading, room=room / MM),
                inline_width(heading, "bold", SHORT_FLOOR, metrics) - room, floor=SHORT_FLOOR,
                hint=msg("shorten it or give the column more room with widths")))
    elif field.kind == "checkbox":
        options = [(("options", k), o, "option") for k, o in enumerate(field.options)] if field.options \
            else [(("label",), field.label, "label")]
        room = width - OPTION_INDENT
        for path, option, what in options:
            s = _fitting_size(option, "regular", room, OPTION_TOP, metrics)
            out.append(s if s is not None else Overflow(
                item, ("fields", i) + path, msg("the option '{text}' beside its box", text=option)
                if what == "option" else msg("the label '{text}' beside its box", text=option),
                inline_width(option, "regular", SHORT_FLOOR, metrics) - room, floor=SHORT_FLOOR))
    return out


# ---- room to write: what is printed, and the fields the fillable file adds on it

TYPED = 11.0  # the size of what is typed into a writing-line field
DESCENT = 1 * MM  # a multi-line field reaches below its last line, so the descenders typed on it show


def on_states(options: list[str]) -> list[str]:
    """The on-state name of each option of a radio group: the option in lowercase letters, digits and
    '-' ("ja", "deels", "nee"), numbered when that leaves it empty or the same as an earlier one."""
    states: list[str] = []
    for k, option in enumerate(options):
        plain = unicodedata.normalize("NFKD", option.lower()).encode("ascii", "ignore").decode()
        state = "-".join(re.findall(r"[a-z0-9]+", plain))[:40] or f"optie-{k + 1}"
        states.append(state if state not in states else f"{state}-{k + 1}")
    return states


def _writing(field, part: Placed, x: float, w: float, spacing: float, short: list[float], ink: Ink,
             metrics: Metrics) -> tuple[list, list[Field]]:
    """What the field prints under its label (lines, box, date, signature line, checkboxes or table), and
    the AcroForm fields over it, named after its id (multi-line where there are several lines)."""
    top, h = part.top + part.label_height + LABEL_GAP, part.writing
    kind, tooltip = field.kind, plain(field.label)
    if kind in ("line", "lines"):
        rows = field.n if kind == "lines" else 1
        drawn = [Rule(x, top + r * spacing, x + w, top + r * spacing, LINE) for r in range(1, rows + 1)]
        return drawn, [Field("multiline", field.id, x, top, w, h + DESCENT, tooltip, TYPED, leading=spacing) if rows > 1
                       else Field("text", field.id, x, top, w, h + DESCENT, tooltip, TYPED, leading=spacing)]
    if kind == "box":
        inside = Field("multiline", field.id, x + 1, top + 1, w - 2, h - 2, tooltip, 11)
        return [Rect(x, top, w, h, stroke=LINE)], [inside]
    if kind == "date":
        base = top + spacing
        drawn = []
        for start, length, caption in zip((0, 16, 32), (12, 12, 20), ink.words.words("form.date_parts")):
            drawn.append(Rule(x + start * MM, base, x + (start + length) * MM, base, LINE))
            drawn.append(Text(x + start * MM, base + 3.2 * MM, caption, "regular", 8, MUTED))
        drawn += [Text(x + at * MM, base - 0.8 * MM, "–", "regular", 8, MUTED) for at in (13, 29)]
        return drawn, [Field("text", field.id, x, base - (spacing - 1), DATE_WIDTH, spacing - 1,
                             f"{tooltip} ({ink.words('form.date_format')})", 11)]
    if kind == "signature":
        base, line = top + 2 * spacing, min(SIGNATURE_WIDTH, w)
        caption = Text(x, base + 3.2 * MM, ink.words("form.signature"), "regular", 8, MUTED)
        drawn = [Rule(x, base, x + line, base, LINE), caption]
        return drawn, [Field("text", field.id, x, base - (h - 4 * MM), line, h - 4 * MM, tooltip, 11)]
    if kind == "checkbox":
        drawn, filled = [], []
        one = field.choice == "one"  # either/or: round boxes, and one radio group in the fillable file
        states = on_states(field.options) if one else []
        for k, option in enumerate(field.options or [field.label]):
            box_top = top + k * CHECK_ROW + 1 * MM
            drawn.append(Rect(x, box_top, BOX, BOX, stroke=LINE, radius=BOX / 2 if one else 0.0))
            drawn += inline_items(option, x + OPTION_INDENT, top + (k + 1) * CHECK_ROW - 3 * MM, "regular", short[k],
                                  ink.text, metrics)
            if one:
                filled.append(Field("radio", field.id, x, box_top, BOX, BOX, plain(option), value=states[k]))
            else:
                name = f"{field.id}.{k + 1}" if field.options else field.id
                filled.append(Field("checkbox", name, x, box_top, BOX, BOX, plain(option)))
        return drawn, filled
    if kind == "table":
        return _table(field, part, top, x, w, spacing, short, ink, metrics)
    return [], []  # a heading: nothing to fill in


def _table(field, part: Placed, top: float, x: float, w: float, spacing: float, short: list[float], ink: Ink,
           metrics: Metrics) -> tuple[list, list[Field]]:
    """A part of a table: its header row, then rows `first` to `first + count` (the fields count from 1)."""
    first, count = part.rows
    edges = column_edges(len(field.columns), field.widths, x, w)
    drawn: list = [t for c, heading in enumerate(field.columns) for t in
                   inline_items(heading, edges[c] + 1.5 * MM, top + spacing - 2.5 * MM, "bold", short[c], ink.text,
                                metrics)]
    drawn += [Rule(x, top + r * spacing, x + w, top + r * spacing, LINE) for r in range(count + 2)]
    drawn += [Rule(edge, top, edge, top + (count + 1) * spacing, LINE) for edge in edges]
    filled = [Field("text", f"{field.id}.r{first + r + 1}.c{c + 1}", edges[c] + 1, top + (r + 1) * spacing + 1,
                    edges[c + 1] - edges[c] - 2, spacing - 2, f"{plain(field.columns[c])}, rij {first + r + 1}", 10)
              for r in range(count) for c in range(len(field.columns))]
    return drawn, filled
