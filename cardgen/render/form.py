"""Drawing forms: a flat print version with writing space, and the same page with AcroForm fields.

The fillable version's fields use a standard PDF font (Helvetica) for what the participant types,
as PDF viewers require; everything printed on the page uses the embedded family.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from ..layout.form import CAPTION, CHECK_ROW, LABEL_GAP, Placed, column_edges, paginate, writing_height
from ..layout.units import MM, length_pt
from ..schema.form import Form, FormField, FormTemplate
from .document import CREDIT_TOO_LONG, MUTED, Page, TextStyles, colour, credit_fits, draw_footer, draw_header, markup, open_document
from .fonts import font_name
from .text import wrap_all, wrap_within

LINE = (0.55, 0.55, 0.55)


@dataclass
class FormResult:
    pages: int
    failures: list[tuple[tuple, str]]  # (field path, what is wrong) for text that does not fit


SHORT_FLOOR = 7.0  # column headings (from 9 pt) and checkbox options (from 10 pt) shrink to this, then fail
OPTION_INDENT = 6.5 * MM  # a checkbox option's text starts right of its box


def _short_size(text: str, width: float, face: str, largest: float) -> float | None:
    """The largest size, in half points from `largest` down to the floor, at which a short text fits `width`."""
    size = largest
    while size >= SHORT_FLOOR:
        if stringWidth(text, font_name(face), size) <= width:
            return size
        size -= 0.5
    return None


def heading_size(heading: str, left: float, right: float) -> float | None:
    """A table column heading between column borders `left` and `right`."""
    return _short_size(heading, right - left - 3 * MM, "bold", 9.0)


def option_size(option: str, width: float) -> float | None:
    """A checkbox option on a writing space `width` wide."""
    return _short_size(option, width - OPTION_INDENT, "regular", 10.0)


def _short_texts(field: FormField, index: int, width: float) -> list[tuple[tuple, str]]:
    """Column headings and checkbox options that do not fit their room."""
    bad = []
    if field.kind == "table":
        edges = column_edges(len(field.columns), field.widths, 0.0, width)
        for c, heading in enumerate(field.columns):
            if heading_size(heading, edges[c], edges[c + 1]) is None:
                bad.append((("fields", index, "columns", c), f"the column heading '{heading}' does not fit its "
                            "column even at 7pt; shorten it or give the column more room with widths"))
    if field.kind == "checkbox":  # a lone checkbox has its label beside the box
        for path, option in ([(("options", k), o) for k, o in enumerate(field.options)] if field.options
                             else [(("label",), field.label)]):
            if option_size(option, width) is None:
                bad.append((("fields", index) + path, f"the option '{option}' does not fit the page width beside "
                            "its box even at 7pt; shorten it"))
    return bad


def _label(field: FormField, styles: TextStyles, accent: str, width: float):
    """The label (and help) as paragraphs at the largest size that fits the width; None if none does."""
    style = styles.heading(accent) if field.kind == "heading" else styles.bold(accent)
    paras = [Paragraph(markup(field.label), style)]
    if field.help:
        paras.append(Paragraph(markup(field.help), styles.small))
    height = wrap_all(paras, width, 1000)
    return None if height is None else (paras, height)


def render_form(form: Form, template: FormTemplate, print_path: Path, fill_path: Path) -> FormResult:
    page = Page(margin=length_pt(template.margin))
    spacing = length_pt(template.line_spacing)
    width = page.body_width
    labels, failures = [], []
    for field in form.fields:
        size, floor, found = length_pt(template.size), length_pt(template.min_size), None
        while size >= floor - 1e-9 and found is None:
            found = _label(field, TextStyles(size), template.accent, width)
            size -= 0.5
        if found is None:
            failures.append((("fields", len(labels), "label"), f"the label of field '{field.id}' does not fit the page "
                             f"width even at the floor size {template.min_size}; shorten it or break up long words"))
        failures.extend(_short_texts(field, len(labels), width))
        labels.append(found)
    if not credit_fits(page, form.bron, "pagina 99 van 99"):
        failures.append((("bron",), CREDIT_TOO_LONG))
    if failures:
        return FormResult(0, failures)
    intro = []
    if form.intro:
        intro = [Paragraph(markup(form.intro), TextStyles(length_pt(template.size)).italic)]
        intro_h = sum(wrap_within(p, width, 1000)[0] for p in intro) + 4 * MM
    else:
        intro_h = 0.0
    blocks = [(labels[i][1], writing_height(f.kind, spacing, f.n, f.height, len(f.options or []), f.rows),
               f.rows if f.kind == "table" else None) for i, f in enumerate(form.fields)]
    placed = paginate(blocks, page.body_top - intro_h, page.body_top, page.body_bottom + 2 * MM, spacing)
    total = placed[-1].page + 1
    for path, fillable in ((print_path, False), (fill_path, True)):
        _draw(path, fillable, form, template, page, labels, intro, placed, total, spacing)
    return FormResult(total, [])


def _draw(path, fillable, form, template, page, labels, intro, placed, total, spacing) -> None:
    subject = "fillable form" if fillable else "form to fill in by hand"
    canvas = open_document(path, page, form.title, subject)
    current = -1
    for item in placed + [None]:
        if item is None or item.page != current:
            if current >= 0:
                draw_footer(canvas, page, f"Bron: {form.bron}", f"pagina {current + 1} van {total}")
                canvas.showPage()
            if item is None:
                break
            current = item.page
            draw_header(canvas, page, form.title, accent=template.accent,
                        label="invulformulier" if fillable else "formulier")
            if current == 0 and intro:
                y = page.body_top
                for para in intro:
                    h = para.wrap(page.body_width, 1000)[1]
                    para.drawOn(canvas, page.margin, y - h)
                    y -= h
        field = form.fields[item.index]
        paras, _ = labels[item.index]
        y = item.top
        for para in paras:
            h = para.wrap(page.body_width - 1, 1000)[1]
            para.drawOn(canvas, page.margin + para.cardgen_shift, y - h)
            y -= h
        _writing(canvas, field, page, y - LABEL_GAP, item, spacing, fillable)
    canvas.save()


def _writing(canvas, field: FormField, page: Page, top: float, item: Placed, spacing: float, fillable: bool) -> None:
    x, w, h = page.margin, page.body_width, item.writing
    canvas.setStrokeColorRGB(*LINE)
    canvas.setLineWidth(0.5)
    form = canvas.acroForm if fillable else None
    kind = field.kind
    if kind in ("lines", "line"):
        rows = field.n if kind == "lines" else 1
        for r in range(1, rows + 1):
            canvas.line(x, top - r * spacing, x + w, top - r * spacing)
        if form:
            form.textfield(name=field.id, tooltip=field.label, x=x, y=top - h, width=w, height=h, borderWidth=0,
                           fillColor=None, fontSize=11, fieldFlags="multiline" if rows > 1 else "")
    elif kind == "box":
        canvas.rect(x, top - h, w, h, stroke=1, fill=0)
        if form:
            form.textfield(name=field.id, tooltip=field.label, x=x + 1, y=top - h + 1, width=w - 2, height=h - 2,
                           borderWidth=0, fillColor=None, fontSize=11, fieldFlags="multiline")
    elif kind == "date":
        base = top - spacing
        canvas.setFont(font_name("regular"), 8)
        canvas.setFillColor(colour(MUTED))
        for start, length, label in ((0, 12, "dag"), (16, 12, "maand"), (32, 20, "jaar")):
            canvas.line(x + start * MM, base, x + (start + length) * MM, base)
            canvas.drawString(x + start * MM, base - 3.2 * MM, label)
        canvas.drawString(x + 13 * MM, base + 0.8 * MM, "–")
        canvas.drawString(x + 29 * MM, base + 0.8 * MM, "–")
        if form:
            form.textfield(name=field.id, tooltip=f"{field.label} (dd-mm-jjjj)", x=x, y=base, width=52 * MM,
                           height=spacing - 1, borderWidth=0, fillColor=None, fontSize=11)
    elif kind == "signature":
        base = top - h + CAPTION
        canvas.line(x, base, x + 80 * MM, base)
        canvas.setFont(font_name("regular"), 8)
        canvas.setFillColor(colour(MUTED))
        canvas.drawString(x, base - 3.2 * MM, "handtekening")
        if form:
            form.textfield(name=field.id, tooltip=field.label, x=x, y=base, width=80 * MM, height=h - 4 * MM,
                           borderWidth=0, fillColor=None, fontSize=11)
    elif kind == "checkbox":
        options = field.options or [field.label]
        canvas.setFillColor(colour("brand.text"))
        for k, option in enumerate(options):
            y = top - (k + 1) * CHECK_ROW + 2 * MM
            canvas.setFont(font_name("regular"), option_size(option, w))  # checked to fit before drawing
            canvas.rect(x, y, 4 * MM, 4 * MM, stroke=1, fill=0)
            canvas.drawString(x + OPTION_INDENT, y + 1 * MM, option)
            if form:
                name = field.id if not field.options else f"{field.id}.{k + 1}"
                form.checkbox(name=name, tooltip=option, x=x, y=y, size=4 * MM, borderWidth=0,
                              fillColor=Color(1, 1, 1, 0), buttonStyle="check")
    elif kind == "table":
        first, count = item.rows
        cols = field.columns
        edges = column_edges(len(cols), field.widths, x, w)
        canvas.setFillColor(colour("brand.text"))
        for c, heading in enumerate(cols):
            canvas.setFont(font_name("bold"), heading_size(heading, edges[c], edges[c + 1]))
            canvas.drawString(edges[c] + 1.5 * MM, top - spacing + 2.5 * MM, heading)
        for r in range(count + 2):
            canvas.line(x, top - r * spacing, x + w, top - r * spacing)
        for edge in edges:
            canvas.line(edge, top, edge, top - (count + 1) * spacing)
        if form:
            for r in range(count):
                for c in range(len(cols)):
                    form.textfield(name=f"{field.id}.r{first + r + 1}.c{c + 1}", tooltip=f"{cols[c]}, rij {first + r + 1}",
                                   x=edges[c] + 1, y=top - (r + 2) * spacing + 1, width=edges[c + 1] - edges[c] - 2,
                                   height=spacing - 2, borderWidth=0, fillColor=None, fontSize=10)
