"""Guides: one A4 page in sections of text, bullet points, tables and cycle diagrams.

The page is fitted like a cheat-sheet (hyphenation, shrink to the template's floor); when it
does not fit, the result names the first section that runs over. Table cells and the stages of
a cycle must fit their own boxes too: a word too wide for its cell counts as not fitting.
"""
from __future__ import annotations

import math
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ..layout.form import column_edges
from ..layout.units import MM, length_pt
from ..schema.guide import Guide, GuideTemplate, Section
from .document import (Overflow, Page, TextStyles, bullet_paragraph, colour, credit_fits, draw_footer, draw_header,
                       draw_story, fit_sections, markup)
from .fonts import font_name
from .pdf import new_canvas
from .text import wrap_within

PAGE = Page()
PAD = 3.0  # table cell padding, points


def _item(text: str, st: TextStyles) -> Paragraph:
    """A bullet point; 'Term: explanation' sets the term in bold."""
    term, sep, rest = text.partition(": ")
    if sep and len(term) <= 40:
        return Paragraph(f"<b>{markup(term)}:</b> {markup(rest)}", st.bullet(), bulletText="•")
    return bullet_paragraph(text, st)


def _table(section: Section, st: TextStyles, accent: str, width: float) -> Table:
    spec = section.table
    edges = column_edges(len(spec.columns), spec.widths, 0.0, width)
    widths = [b - a for a, b in zip(edges, edges[1:])]
    head = st.bold("#FFFFFF")
    cells = [[Paragraph(markup(c), head) for c in spec.columns]]
    cells += [[Paragraph(markup(c), st.body.clone("cell", spaceAfter=0)) for c in row] for row in spec.rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    # fit_story reads this: a word wider than its cell does not fit, whatever the table's own width
    table.too_wide = any(wrap_within(p, w - 2 * PAD, 10000) is None for row in cells for p, w in zip(row, widths))
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colour(accent)),
        ("GRID", (0, 0), (-1, -1), 0.4, colour("#BBBBBB")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), font_name("regular")),  # else reportlab's default: Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD)]))
    table.spaceAfter = st.size * 0.5
    return table


class Cycle(Flowable):
    """Stages on a ring, clockwise from the top, with arrows from each stage to the next."""

    def __init__(self, stages: list[str], st: TextStyles, accent: str):
        super().__init__()
        self.stages, self.styles, self.accent = stages, st, accent
        self.box_w, self.box_h = st.size * 13, st.size * 4.4
        self.too_wide = False
        self.spaceAfter = st.size * 0.6

    def _centres(self, width: float) -> list[tuple[float, float]]:
        rx, ry = min(width / 2 - self.box_w / 2, self.box_w * 1.15), self.box_h * 1.45
        n = len(self.stages)
        return [(width / 2 + rx * math.sin(2 * math.pi * i / n), ry + self.box_h / 2 + ry * math.cos(2 * math.pi * i / n))
                for i in range(n)]

    def wrap(self, avail_w, avail_h):
        self.width, self.height = avail_w, 2 * (self.box_h * 1.45) + self.box_h
        style = self.styles.bold("#FFFFFF").clone("stage", alignment=TA_CENTER, spaceAfter=0)
        self.paras = [Paragraph(markup(s), style) for s in self.stages]
        self.fitted = [wrap_within(para, self.box_w - 2 * PAD, 10000) for para in self.paras]
        self.too_wide = any(f is None or f[0] > self.box_h - 2 * PAD for f in self.fitted)
        return self.width, self.height

    def draw(self):
        c, centres = self.canv, self._centres(self.width)
        c.setStrokeColor(colour("#888888"))
        c.setFillColor(colour("#888888"))
        c.setLineWidth(1.2)
        n = len(centres)
        for i, (x0, y0) in enumerate(centres):  # arrows first, boxes over them
            x1, y1 = centres[(i + 1) % n]
            dx, dy = x1 - x0, y1 - y0
            length = math.hypot(dx, dy)
            ux, uy = dx / length, dy / length
            # leave the boxes: shorten each end by how far the box edge lies along the line
            cut = min(self.box_w / 2 / max(abs(ux), 1e-6), self.box_h / 2 / max(abs(uy), 1e-6)) + 2
            sx, sy, ex, ey = x0 + ux * cut, y0 + uy * cut, x1 - ux * cut, y1 - uy * cut
            c.line(sx, sy, ex, ey)
            head = self.styles.size * 0.7
            path = c.beginPath()
            path.moveTo(ex, ey)
            path.lineTo(ex - ux * head * 1.6 - uy * head, ey - uy * head * 1.6 + ux * head)
            path.lineTo(ex - ux * head * 1.6 + uy * head, ey - uy * head * 1.6 - ux * head)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
        for (x, y), para, (h, shift) in zip(centres, self.paras, self.fitted):  # drawn only when all fit
            c.setFillColor(colour(self.accent))
            c.roundRect(x - self.box_w / 2, y - self.box_h / 2, self.box_w, self.box_h, 3 * MM, stroke=0, fill=1)
            para.drawOn(c, x - self.box_w / 2 + PAD + shift, y - h / 2)


def _story(guide: Guide, accent: str, width: float):
    def build(st: TextStyles):
        out = [(("intro",), Paragraph(markup(guide.intro), st.italic))] if guide.intro else []
        for i, section in enumerate(guide.sections):
            key = ("sections", i)
            out.append((key, Paragraph(markup(section.heading), st.heading(accent))))
            if section.text:
                out.append((key, Paragraph(markup(section.text), st.body)))
            out.extend((key, _item(item, st)) for item in section.items)
            if section.table:
                out.append((key, _table(section, st, accent, width)))
            if section.cycle:
                out.append((key, Cycle(section.cycle, st, accent)))
        return out
    return build


def render_guide(guide: Guide, template: GuideTemplate, path: Path | None) -> Overflow | None:
    """Draw the guide on one A4 page; else what does not fit, keyed by its field path: ('bron',),
    ('intro',) or ('sections', i)."""
    if not credit_fits(PAGE, guide.bron):
        return Overflow(("bron",), False)
    fitted, overflow = fit_sections(_story(guide, template.accent, PAGE.body_width), PAGE,
                                    length_pt(template.size), length_pt(template.min_size))
    if fitted is None:
        return overflow
    if path is None:
        return None
    canvas = new_canvas(path, (PAGE.width, PAGE.height), guide.title, "guide")
    draw_header(canvas, PAGE, guide.title, accent=template.accent, label="handleiding")
    draw_story(canvas, fitted, PAGE.margin, PAGE.body_top)
    draw_footer(canvas, PAGE, f"Bron: {guide.bron}")
    canvas.showPage()
    canvas.save()
    return None
