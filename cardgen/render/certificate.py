"""Certificates on A4 landscape: a frame in the brand colour, the title, the filled-in sentence
(or lines to write on), and a line to sign."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from ..layout.units import MM
from ..schema.certificate import Certificate
from .brand import active, logo
from .document import TextStyles, colour, footer_lines, markup
from .fonts import font_name
from .images import draw_image
from .pdf import new_canvas
from .text import wrap_within

W, H = 297 * MM, 210 * MM
SENTENCE_W, SENTENCE_H = W - 80 * MM, 80 * MM  # the box for the sentence, between title and signature
BLANK = "…………………………"


def render_certificates(cert: Certificate, people: list[dict], path: Path, title: str) -> int:
    """One page per person (a blank one when `people` is empty); returns the page count."""
    canvas = new_canvas(path, (W, H), title, "certificate of participation")
    for person in people or [{}]:
        _page(canvas, cert, person)
        canvas.showPage()
    canvas.save()
    return max(1, len(people))


def _sentence(cert: Certificate, person: dict):
    """The filled-in sentence at the largest size (15 pt down to 10 pt) that fits its box; None if none does."""
    values = {k: person.get(k) or BLANK for k in ("name", "date", "hours", "group", "organisation")}
    values["organisation"] = person.get("organisation") or cert.organisation or active().name
    text = markup(cert.text.format(**values))
    if person.get("name"):  # the name stands out
        text = text.replace(markup(person["name"]), f"<b>{markup(person['name'])}</b>", 1)
    for size in (15, 14, 13, 12, 11, 10):
        style = TextStyles(size).body.clone("cert", alignment=TA_CENTER, leading=size * 1.6)
        para = Paragraph(text, style)
        fitted = wrap_within(para, SENTENCE_W, SENTENCE_H)
        if fitted is not None and fitted[0] <= SENTENCE_H:
            return para, fitted
    return None


def _title_size(cert: Certificate) -> float | None:
    return next((s for s in (34, 30, 26, 22, 18) if stringWidth(cert.title, font_name("bold"), s) <= W - 50 * MM), None)


def certificate_problem(cert: Certificate, person: dict) -> str | None:
    """The field whose text does not fit the page ('title', 'text', 'signatory', 'bron'), or None."""
    if _title_size(cert) is None:
        return "title"
    if _sentence(cert, person) is None:
        return "text"
    if stringWidth(cert.signatory, font_name("regular"), 11) > W - 50 * MM:
        return "signatory"
    if footer_lines(f"Bron: {cert.bron}", "", W - 40 * MM, "italic") is None:
        return "bron"
    return None


def _page(canvas, cert: Certificate, person: dict) -> None:
    canvas.setStrokeColor(colour("brand.primary"))
    canvas.setLineWidth(3)
    canvas.rect(12 * MM, 12 * MM, W - 24 * MM, H - 24 * MM, stroke=1, fill=0)
    canvas.setLineWidth(0.8)
    canvas.rect(15 * MM, 15 * MM, W - 30 * MM, H - 30 * MM, stroke=1, fill=0)
    image = logo()
    if image is not None:
        draw_image(canvas, image, W / 2 - 30 * MM, H - 52 * MM, 60 * MM, 25 * MM, (1.0, 1.0, 1.0))
    canvas.setFillColor(colour("brand.primary"))
    canvas.setFont(font_name("bold"), _title_size(cert))
    canvas.drawCentredString(W / 2, H - 75 * MM, cert.title)
    para, (h, shift) = _sentence(cert, person)
    para.drawOn(canvas, 40 * MM + shift, H - 95 * MM - h)
    canvas.setStrokeColorRGB(0.3, 0.3, 0.3)
    canvas.setLineWidth(0.6)
    canvas.line(W / 2 - 45 * MM, 42 * MM, W / 2 + 45 * MM, 42 * MM)
    canvas.setFillColor(colour("brand.text"))
    canvas.setFont(font_name("regular"), 11)
    canvas.drawCentredString(W / 2, 36 * MM, cert.signatory)
    size, lines = footer_lines(f"Bron: {cert.bron}", "", W - 40 * MM, "italic")
    canvas.setFont(font_name("italic"), size)
    for i, line in enumerate(reversed(lines)):
        canvas.drawString(20 * MM, 19 * MM + i * size * 1.2, line)
