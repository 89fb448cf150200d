"""The agenda page: date, place and names to fill in, then the blocks with their clock times."""
from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from ..layout.agenda import clock
from ..layout.dates import dutch_date
from ..layout.units import MM
from .document import (MUTED, Page, TextStyles, colour, credit_fits, draw_footer, draw_header, draw_story, fit_story, markup)
from .fonts import font_name
from .pdf import new_canvas
from .text import wrap_all

PAGE = Page()
TIME_COL = 38 * MM
LEAD_COL = 34 * MM


class Fields(Flowable):
    """Datum, plaats, and the names of facilitator, casusinbrenger and notulist, with lines to write on."""

    LABELS = ("Datum", "Plaats", "Facilitator", "Casusinbrenger(s)", "Notulist")

    def __init__(self, date_text: str, styles: TextStyles):
        super().__init__()
        self.date_text, self.styles = date_text, styles

    def wrap(self, avail_w, avail_h):
        self.width, self.height = avail_w, 3 * 8 * MM
        return self.width, self.height

    def draw(self):
        c, half = self.canv, self.width / 2
        for i, label in enumerate(self.LABELS):
            col, row = i % 2, i // 2
            x, y = col * half, self.height - (row + 1) * 8 * MM + 2 * MM
            c.setFont(font_name("bold"), self.styles.size * 0.9)
            c.setFillColor(colour("brand.text"))
            c.drawString(x, y, label)
            c.setStrokeColorRGB(0.6, 0.6, 0.6)
            c.setLineWidth(0.5)
            c.line(x + 32 * MM, y - 1, x + half - 6 * MM, y - 1)
            if label == "Datum" and self.date_text:
                c.setFont(font_name("regular"), self.styles.size)
                c.drawString(x + 33 * MM, y + 0.5, self.date_text)


class Rows(Flowable):
    """The blocks: time (or minutes), name and what happens, who leads."""

    def __init__(self, planned, styles: TextStyles, start: str | None):
        super().__init__()
        self.planned, self.styles, self.start = planned, styles, start
        self.too_wide = False

    def wrap(self, avail_w, avail_h):
        st, self.lines, total = self.styles, [], 0.0
        text_w = avail_w - TIME_COL - LEAD_COL
        for slot, block, label in self.planned.rows:
            title = markup(block.name) + (f" <font color='{MUTED}'>· {label}</font>" if label else "")
            paras = [Paragraph(title, st.bold())]
            if block.what and label in ("", "beurt 1"):  # later turns repeat the same phases: names only
                paras.append(Paragraph(markup(block.what), st.small))
            h = wrap_all(paras, text_w, avail_h)
            if h is None:
                self.too_wide = True
                return avail_w + 1, avail_h + 1
            h = max(h, st.size * 1.4) + 2.0 * MM
            self.lines.append((slot, block, paras, h))
            total += h
        self.width, self.height = avail_w, total
        return avail_w, total

    def draw(self):
        c, st, y = self.canv, self.styles, self.height
        for i, (slot, block, paras, h) in enumerate(self.lines):
            if i % 2 == 0:
                c.setFillColor(colour("#F1F3F6"))
                c.rect(-1.5 * MM, y - h, self.width + 3 * MM, h, stroke=0, fill=1)
            c.setFillColor(colour("brand.text"))
            c.setFont(font_name("bold"), st.size)
            if self.start:
                when = f"{clock(self.start, slot.start)}–{clock(self.start, slot.start + slot.minutes)}"
            else:
                when = f"+{slot.start} min"
            c.drawString(0, y - st.size * 1.15, when)
            c.setFont(font_name("regular"), st.size * 0.85)
            c.setFillColor(colour(MUTED))
            c.drawRightString(TIME_COL - 3 * MM, y - st.size * 1.15, f"{slot.minutes} min")
            py = y - 0.6 * MM
            for para in paras:
                _, ph = para.wrap(self.width - TIME_COL - LEAD_COL, 10000)
                para.drawOn(c, TIME_COL + para.cardgen_shift, py - ph)
                py -= ph
            if block.lead:
                c.setFont(font_name("italic"), st.size * 0.9)
                c.setFillColor(colour("brand.text"))
                c.drawString(self.width - LEAD_COL + 2 * MM, y - st.size * 1.15, block.lead)
            y -= h


FOOTER_LABEL = "tijden berekend door cardgen"


def render_agenda(planned, path: Path | None) -> str | None:
    """Draw the agenda on one A4 page; else the field that does not fit ('blocks' or 'bron')."""
    agenda = planned.agenda
    if not credit_fits(PAGE, agenda.bron, FOOTER_LABEL):
        return "bron"
    total = sum(slot.minutes for slot, _, _ in planned.rows)

    def build(st: TextStyles):
        return [Fields(dutch_date(agenda.date), st), Paragraph("Programma", st.heading()), Rows(planned, st, agenda.start)]

    story = fit_story(build, PAGE.body_width, PAGE.body_top - PAGE.body_bottom, 10.5, 7.5)
    if story is None or any(getattr(f, "too_wide", False) for f in story.flowables):
        return "blocks"
    if path is None:
        return None
    canvas = new_canvas(path, (PAGE.width, PAGE.height), agenda.title, "session agenda")
    bits = [dutch_date(agenda.date), f"{agenda.start}–{clock(agenda.start, total)}" if agenda.start else None,
            f"{total} minuten", f"{agenda.participants} deelnemers" if agenda.participants else None]
    draw_header(canvas, PAGE, agenda.title, " · ".join(b for b in bits if b), label="agenda")
    draw_story(canvas, story, PAGE.margin, PAGE.body_top)
    draw_footer(canvas, PAGE, f"Bron: {agenda.bron}", FOOTER_LABEL)
    canvas.showPage()
    canvas.save()
    return None
