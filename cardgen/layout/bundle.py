"""The pages a member bundle adds, as plans: the cover, the contents (whose lines become links), and
the stamp ('pagina N van M', with the brand footer on the bundle's own pages) laid over every page of
the combined PDF after the cover."""
from __future__ import annotations

from dataclasses import dataclass

from .contents import contents_pages
from .images import placed_size
from .labels import NL_LABELS, Labels
from .plan import Document, Image, Page, Rect, Rule, Text
from .qr import qr_items
from .typeset import Metrics
from .units import MM

A4 = (210 * MM, 297 * MM)
TOC_LINES = 34  # entries (and section headings) per contents page
LINE = 6.2 * MM
WHITE = "#FFFFFF"
GREY = "#666666"


@dataclass(frozen=True)
class TocLine:
    text: str
    page: int | None  # None for a section heading
    level: int  # 0 section, 1 item


@dataclass(frozen=True)
class TocLink:
    """Where a contents line sits (plan coordinates: from the page's top-left), and the page it opens."""

    toc_page: int  # 0-based page index in the combined PDF
    rect: tuple[float, float, float, float]  # x, y, width, height
    target: int  # 0-based page index


def toc_pages_needed(levels: list[int]) -> int:
    """Contents pages for lines of these levels (0 = section heading, 1 = entry)."""
    return len(contents_pages(levels, TOC_LINES))


def front_matter(title: str, date: str, brand, logo, lines: list[TocLine], first_toc: int,
                 metrics: Metrics, publisher: bool = True,
                 words: Labels = NL_LABELS) -> tuple[Document, list[TocLink]]:
    """The cover and the contents pages, and the link areas of the contents lines. `publisher`: the
    brand's name goes on the cover as the publisher (not for cardgen's neutral brand)."""
    doc = Document(title, "cover and contents", [cover(title, date, brand, logo, publisher, words)])
    links: list[TocLink] = []
    primary, ink = brand.colors.primary, brand.colors.text
    w, h = A4
    for number, (start, end) in enumerate(contents_pages([line.level for line in lines], TOC_LINES)):
        page = Page(w, h)
        heading = words("bundle.contents" if number == 0 else "bundle.contents_continued")
        page.add(Text(20 * MM, 30 * MM, heading, "bold", 20, primary))
        y = 45 * MM
        for line in lines[start:end]:
            if line.level == 0:
                y += 2 * MM
                page.add(Text(20 * MM, y, line.text, "bold", 12, primary))
            else:
                label = str(line.page + 1)
                x0 = 26 * MM + metrics.width(line.text, "regular", 10.5) + 2 * MM
                x1 = w - 20 * MM - metrics.width(label, "regular", 10.5) - 2 * MM
                page.add(Text(26 * MM, y, line.text, "regular", 10.5, ink),
                         Text(w - 20 * MM, y, label, "regular", 10.5, ink, "right"))
                if x1 > x0:
                    page.add(Rule(x0, y - 0.5, x1, y - 0.5, "#B3B3B3", 0.6, (0.5, 2)))
                links.append(TocLink(first_toc + number, (24 * MM, y - 4.2 * MM, w - 42 * MM, 6 * MM), line.page))
            y += LINE
        doc.pages.append(page)
    return doc, links


def cover(title: str, date: str, brand, logo, publisher: bool = True, words: Labels = NL_LABELS) -> Page:
    """A band in the brand colour with title and brand (the publisher, when there is one), the version,
    date and contact below, and a QR code of the website."""
    w, h = A4
    band = h * 0.45  # the band's height from the top
    page = Page(w, h)
    page.add(Rect(0, 0, w, band, fill=brand.colors.primary))
    if logo is not None:
        lw, lh = placed_size(logo.width_px, logo.height_px, 90 * MM, 35 * MM)
        page.add(Rect(16 * MM, 21 * MM, lw + 8 * MM, lh + 8 * MM, fill=WHITE, radius=3 * MM),
                 Image(20 * MM, 25 * MM, lw, lh, "brand.logo"))
    page.add(Text(20 * MM, band - 30 * MM, title, "bold", 30, WHITE))
    if publisher:
        page.add(Text(20 * MM, band - 18 * MM, brand.name, "regular", 14, WHITE))
    rows = [words("bundle.version", version=brand.version) if brand.version else None, date, brand.website,
            brand.contact, brand.licence]
    y = band + 20 * MM
    for row in (r for r in rows if r):
        page.add(Text(20 * MM, y, row, "regular", 11, brand.colors.text))
        y += 6.5 * MM
    if brand.website:
        page.add(*(qr_items(brand.website, w - 50 * MM, band + 15 * MM, 30 * MM) or []))
    if brand.footer:
        page.add(Text(20 * MM, h - 20 * MM, brand.footer, "italic", 9, brand.colors.text))
    return page


def stamps(sizes: list[tuple[float, float]], first_number: int, total: int, footer: str | None,
           own: int = 0, words: Labels = NL_LABELS) -> Document:
    """One otherwise empty page per page after the cover, laid over it. The bundle's own first `own`
    pages (the contents) get the brand footer and 'pagina N van M' at the very bottom; the items'
    pages print their own footer, so they get only the page number, in the bottom-right corner, where
    no item prints (documents keep their margin; a home sheet's footer leaves the corners free)."""
    doc = Document("stamps", "")
    for i, (w, h) in enumerate(sizes):
        page = Page(w, h)
        if footer and i < own:
            page.add(Text(8 * MM, h - 2.5 * MM, footer, "regular", 6.5, GREY))
        page.add(Text(w - 8 * MM, h - 2.5 * MM, words("page_of", n=first_number + i, count=total), "regular", 6.5,
                      GREY, "right"))
        doc.pages.append(page)
    return doc
