"""The pages cardgen adds when it bundles a pack: the cover, the table of contents, and a
stamp (brand footer and page number) laid over every page of the combined PDF."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from ..layout.contents import contents_pages
from ..layout.images import placed_size
from ..layout.units import MM
from .brand import active, logo
from .color import paint
from .fonts import font_name
from .images import draw_image
from .pdf import new_canvas

A4 = (210 * MM, 297 * MM)
TOC_LINES = 34  # entries (and section headings) per contents page
LINE = 6.2 * MM


@dataclass(frozen=True)
class TocLine:
    text: str
    page: int | None  # None for a section heading
    level: int  # 0 section, 1 item


@dataclass(frozen=True)
class TocLink:
    toc_page: int  # 0-based page index in the combined PDF
    rect: tuple[float, float, float, float]
    target: int  # 0-based page index


def toc_pages_needed(levels: list[int]) -> int:
    """Contents pages for lines of these levels (0 = section heading, 1 = entry)."""
    return len(contents_pages(levels, TOC_LINES))


def render_front_matter(path: Path, title: str, date: str, lines: list[TocLine], first_toc: int) -> list[TocLink]:
    """Cover and contents pages; returns where each contents line sits, to make it a link."""
    brand = active()
    canvas = new_canvas(path, A4, title, "cover and contents")
    _cover(canvas, title, date)
    links = []
    for page, (start, end) in enumerate(contents_pages([line.level for line in lines], TOC_LINES)):
        chunk = lines[start:end]
        canvas.setFillColor(paint(brand.colors.primary, "rgb"))
        canvas.setFont(font_name("bold"), 20)
        canvas.drawString(20 * MM, A4[1] - 30 * MM, "Inhoud" if page == 0 else "Inhoud (vervolg)")
        y = A4[1] - 45 * MM
        for line in chunk:
            if line.level == 0:
                y -= 2 * MM
                canvas.setFillColor(paint(brand.colors.primary, "rgb"))
                canvas.setFont(font_name("bold"), 12)
                canvas.drawString(20 * MM, y, line.text)
            else:
                canvas.setFillColor(paint(brand.colors.text, "rgb"))
                canvas.setFont(font_name("regular"), 10.5)
                canvas.drawString(26 * MM, y, line.text)
                canvas.drawRightString(A4[0] - 20 * MM, y, str(line.page + 1))
                _leader(canvas, 26 * MM + canvas.stringWidth(line.text, font_name("regular"), 10.5) + 2 * MM,
                        A4[0] - 20 * MM - canvas.stringWidth(str(line.page + 1), font_name("regular"), 10.5) - 2 * MM, y)
                links.append(TocLink(first_toc + page, (24 * MM, y - 1.8 * MM, A4[0] - 18 * MM, y + 4.2 * MM),
                                     line.page))
            y -= LINE
        canvas.showPage()
    canvas.save()
    return links


def _leader(canvas, x0: float, x1: float, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(0.7, 0.7, 0.7)
    canvas.setDash(0.5, 2)
    canvas.setLineWidth(0.6)
    if x1 > x0:
        canvas.line(x0, y + 0.5, x1, y + 0.5)
    canvas.restoreState()


def _cover(canvas, title: str, date: str) -> None:
    brand = active()
    w, h = A4
    canvas.setFillColor(paint(brand.colors.primary, "rgb"))
    canvas.rect(0, h * 0.55, w, h * 0.45, stroke=0, fill=1)
    image = logo()
    if image is not None:
        lw, lh = placed_size(image.width_px, image.height_px, 90 * MM, 35 * MM)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.roundRect(20 * MM - 4 * MM, h - 25 * MM - lh - 4 * MM, lw + 8 * MM, lh + 8 * MM, 3 * MM, stroke=0, fill=1)
        draw_image(canvas, image, 20 * MM, h - 25 * MM - lh, lw, lh, (1.0, 1.0, 1.0))
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFont(font_name("bold"), 30)
    canvas.drawString(20 * MM, h * 0.55 + 30 * MM, title)
    canvas.setFont(font_name("regular"), 14)
    canvas.drawString(20 * MM, h * 0.55 + 18 * MM, brand.name)
    canvas.setFillColor(paint(brand.colors.text, "rgb"))
    canvas.setFont(font_name("regular"), 11)
    rows = [f"Versie {brand.version}" if brand.version else None, date, brand.website, brand.contact, brand.licence]
    y = h * 0.55 - 20 * MM
    for row in (r for r in rows if r):
        canvas.drawString(20 * MM, y, row)
        y -= 6.5 * MM
    if brand.website:
        _qr(canvas, brand.website, w - 20 * MM - 30 * MM, h * 0.55 - 45 * MM, 30 * MM)
    if brand.footer:
        canvas.setFont(font_name("italic"), 9)
        canvas.drawString(20 * MM, 20 * MM, brand.footer)
    canvas.showPage()


def _qr(canvas, text: str, x: float, y: float, size: float) -> None:
    widget = QrCodeWidget(text)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def render_stamps(path: Path, sizes: list[tuple[float, float]], first_number: int, total: int) -> None:
    """One transparent page per content page: the brand footer and 'pagina N van M' at the very bottom."""
    brand = active()
    canvas = new_canvas(path, sizes[0] if sizes else A4, "stamps")
    for i, (w, h) in enumerate(sizes):
        canvas.setPageSize((w, h))
        canvas.setFont(font_name("regular"), 6.5)
        canvas.setFillColorRGB(0.4, 0.4, 0.4)
        if brand.footer:
            canvas.drawString(8 * MM, 2.5 * MM, brand.footer)
        canvas.drawRightString(w - 8 * MM, 2.5 * MM, f"pagina {first_number + i} van {total}")
        canvas.showPage()
    canvas.save()
