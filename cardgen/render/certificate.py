"""Certificates on A4 landscape: a frame in the brand colour, the title, the filled-in sentence
(or lines to write on), and a line to sign."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Paragraph

from ..layout.units import MM
from ..schema.certificate import Certificate
from .brand import active, logo
from .document import TextStyles, colour, markup
from .fonts import font_name
from .images import draw_image
from .pdf import new_canvas
from .text import wrap_within

W, H = 297 * MM, 210 * MM
BLANK = "…………………………"


def render_certificates(cert: Certificate, people: list[dict], path: Path, title: str) -> int:
    """One page per person (a blank one when `people` is empty); returns the page count."""
    canvas = new_canvas(path, (W, H), title, "certificate of participation")
    for person in people or [{}]:
        _page(canvas, cert, person)
        canvas.showPage()
    canvas.save()
    return max(1, len(people))


def _page(canvas, cert: Certificate, person: dict) -> None:
    brand = active()
    canvas.setStrokeColor(colour("brand.primary"))
    canvas.setLineWidth(3)
    canvas.rect(12 * MM, 12 * MM, W - 24 * MM, H - 24 * MM, stroke=1, fill=0)
    canvas.setLineWidth(0.8)
    canvas.rect(15 * MM, 15 * MM, W - 30 * MM, H - 30 * MM, stroke=1, fill=0)
    image = logo()
    if image is not None:
        draw_image(canvas, image, W / 2 - 30 * MM, H - 52 * MM, 60 * MM, 25 * MM, (1.0, 1.0, 1.0))
    canvas.setFillColor(colour("brand.primary"))
    canvas.setFont(font_name("bold"), 34)
    canvas.drawCentredString(W / 2, H - 75 * MM, cert.title)
    values = {k: person.get(k) or BLANK for k in ("name", "date", "hours", "group", "organisation")}
    values["organisation"] = person.get("organisation") or cert.organisation or brand.name
    styles = TextStyles(15)
    style = styles.body.clone("cert", alignment=TA_CENTER, leading=15 * 1.6)
    text = markup(cert.text.format(**values))
    for key in ("name",):
        if person.get(key):  # the name stands out
            text = text.replace(markup(person[key]), f"<b>{markup(person[key])}</b>", 1)
    para = Paragraph(text, style)
    h, shift = wrap_within(para, W - 80 * MM, 80 * MM) or (0.0, 0.0)
    para.drawOn(canvas, 40 * MM + shift, H - 95 * MM - h)
    canvas.setStrokeColorRGB(0.3, 0.3, 0.3)
    canvas.setLineWidth(0.6)
    canvas.line(W / 2 - 45 * MM, 42 * MM, W / 2 + 45 * MM, 42 * MM)
    canvas.setFillColor(colour("brand.text"))
    canvas.setFont(font_name("regular"), 11)
    canvas.drawCentredString(W / 2, 36 * MM, cert.signatory)
    canvas.setFont(font_name("italic"), 8)
    canvas.drawString(20 * MM, 19 * MM, f"Bron: {cert.bron}")
