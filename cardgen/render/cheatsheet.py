"""Method cheat-sheets: one page with goal, a timeline of the steps, roles, questions and pitfalls.

The steps read as a timeline: number, name, duration, who, what happens, and a bar whose
length is the step's share of the session (ranges count at their midpoint; a method without
durations gets no bars). The whole page is fitted: hyphenation, shrink to the template's
floor, or an error naming the method and the section that overflowed.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from ..layout.durations import midpoint, parse_duration, show
from ..layout.units import MM, length_pt
from ..schema.method import CheatsheetTemplate, Method
from .document import (MUTED, Page, TextStyles, bullet_paragraph, colour, credit_fits, draw_footer, draw_header, draw_story,
                       Overflow, fit_sections, markup)
from .fonts import font_name
from .pdf import new_canvas
from .text import wrap_all

A4 = Page()
A5 = Page(width=148 * MM, height=210 * MM, margin=10 * MM, header=18 * MM, footer=8 * MM)
LEFT = 30 * MM  # the timeline's column for number, duration and bar


class Timeline(Flowable):
    """The steps of a method, one row each."""

    def __init__(self, method: Method, styles: TextStyles, accent: str):
        super().__init__()
        self.method, self.styles, self.accent = method, styles, accent
        spans = [parse_duration(s.duration) if s.duration is not None else None for s in method.steps]
        total = sum(midpoint(*s) for s in spans if s)
        self.shares = [midpoint(*s) / total if s and total else None for s in spans]
        self.spans = spans
        # Without durations there is no time or bar to show: a narrow column for the number only.
        timed = any(spans)
        self.left, self.min_row = (LEFT, 12 * MM) if timed else (10 * MM, 8 * MM)
        self.rows: list[tuple[list[Paragraph], float]] = []

    def wrap(self, avail_w, avail_h):
        st, self.rows, height = self.styles, [], 0.0
        text_w = avail_w - self.left
        for step in self.method.steps:
            who = f" <font color='{MUTED}'><i>· {markup(step.who)}</i></font>" if step.who else ""
            paras = [Paragraph(f"<b>{markup(step.name)}</b>{who}", st.bold(self.accent)),
                     Paragraph(markup(step.what), st.body)]
            paras += [bullet_paragraph(g, st, "›") for g in step.guide]
            h = wrap_all(paras, text_w, avail_h)
            if h is None:
                self.too_wide = True
                return avail_w + 1, avail_h + 1
            h = max(h, self.min_row) + 2.5 * MM
            self.rows.append((paras, h))
            height += h
        self.width, self.height = avail_w, height
        return avail_w, height

    def draw(self):
        canvas, st = self.canv, self.styles
        y = self.height
        for i, ((paras, h), share, span) in enumerate(zip(self.rows, self.shares, self.spans)):
            canvas.setFillColor(colour(self.accent))
            canvas.circle(4 * MM, y - 4 * MM, 3.6 * MM, stroke=0, fill=1)
            canvas.setFillColorRGB(1, 1, 1)
            canvas.setFont(font_name("bold"), 10)
            canvas.drawCentredString(4 * MM, y - 5.2 * MM, str(i + 1))
            if span:
                canvas.setFillColor(colour("brand.text"))
                canvas.setFont(font_name("bold"), st.size * 0.95)
                canvas.drawString(9.5 * MM, y - 5.2 * MM, show(*span))
            if share:
                canvas.setFillColor(colour("#DDDDDD"))
                canvas.rect(0, y - 10.5 * MM, LEFT - 4 * MM, 2.2 * MM, stroke=0, fill=1)
                canvas.setFillColor(colour(self.accent))
                canvas.rect(0, y - 10.5 * MM, (LEFT - 4 * MM) * share, 2.2 * MM, stroke=0, fill=1)
            py = y
            for para in paras:
                _, ph = para.wrap(self.width - self.left, 10000)
                para.drawOn(canvas, self.left + para.cardgen_shift, py - ph)
                py -= ph + para.getSpaceAfter()
            y -= h


def _story(method: Method, accent: str):
    def build(st: TextStyles):
        out = [("doel", Paragraph(f"<b>Doel</b> {markup(method.goal)}", st.body)),
               ("wanneer", Paragraph(f"<b>Wanneer</b> {markup(method.when)}", st.body))]
        facts = "; ".join(x for x in (method.duration, method.group_size) if x)
        if facts:
            out.append(("duur", Paragraph(markup(facts), st.italic)))
        out.append(("stappen", Paragraph("Stappen", st.heading(accent))))
        out.append(("stappen", Timeline(method, st, accent)))
        for key, heading, items in (("rollen", "Wie doet wat", [f"{r.role}: {r.task}" for r in method.roles]),
                                    ("vragen", "Voorbeeldvragen", method.example_questions),
                                    ("valkuilen", "Let op", method.pitfalls)):
            if items:
                out.append((key, Paragraph(heading, st.heading(accent))))
                out.extend((key, bullet_paragraph(item, st)) for item in items)
        return out
    return build


@dataclass
class SheetResult:
    overflow: Overflow | None = None  # the section that did not fit, when the method does not fit one page
    paper: str = ""  # on which version: 'A4' or 'A5'


def _fit(method: Method, template: CheatsheetTemplate, page: Page, scale: float):
    if not credit_fits(page, method.bron):
        return None, Overflow("bron", False)
    size, floor = length_pt(template.size) * scale, length_pt(template.min_size) * scale
    return fit_sections(_story(method, template.accent), page, size, floor)


def _page(canvas, method: Method, template: CheatsheetTemplate, page: Page, fitted, label: str) -> None:
    draw_header(canvas, page, method.name, accent=template.accent, label=label)
    draw_story(canvas, fitted, page.margin, page.body_top)
    draw_footer(canvas, page, f"Bron: {method.bron}")


def render_cheatsheets(method: Method, template: CheatsheetTemplate, a4_path: Path | None,
                       a5_path: Path | None) -> SheetResult:
    a4, missing = _fit(method, template, A4, 1.0)
    if a4 is None:
        return SheetResult(missing, "A4")
    a5, missing = _fit(method, template, A5, 0.8)
    if a5 is None:
        return SheetResult(missing, "A5")
    if a4_path is None:
        return SheetResult()
    canvas = new_canvas(a4_path, (A4.width, A4.height), f"{method.name} – spiekbrief", "method cheat-sheet")
    _page(canvas, method, template, A4, a4, "methode")
    canvas.showPage()
    canvas.save()
    canvas = new_canvas(a5_path, (A4.height, A4.width), f"{method.name} – spiekbrief A5", "two A5 cheat-sheets")
    for x in (0, A5.width):  # two copies side by side on A4 landscape
        canvas.saveState()
        canvas.translate(x, 0)
        _page(canvas, method, template, A5, a5, "methode")
        canvas.restoreState()
    canvas.saveState()
    canvas.setDash(3, 2)
    canvas.setStrokeColorRGB(0.5, 0.5, 0.5)
    canvas.setLineWidth(0.4)
    canvas.line(A5.width, 0, A5.width, A5.height)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return SheetResult()
