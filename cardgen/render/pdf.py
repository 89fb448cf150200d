"""A reportlab canvas set up the same way for every file: deterministic, our fonts only."""
from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..layout.labels import PDF_LANGUAGE
from ..layout.plan import Look
from .fonts import register_fonts


class _Canvas(Canvas):
    """A canvas that compresses each page's content stream when the page ends.

    reportlab keeps every page's drawing operators as text until `save()`, so
    memory grows with the document; compressing at `showPage` (exactly as
    `save()` would: one FlateDecode filter) keeps a 10,000-page file small in
    memory and gives the same bytes.
    """

    def showPage(self):
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.compression and page.stream and not page.Contents:
            stream = PDFStream(content=PDFZCompress.encode(page.stream), filters=[])
            stream.dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])
            stream.__Comment__ = "page stream"
            page.Contents, page.stream = stream, None


# How a viewer should print a file whose size matters: never scaled to fit the printer's paper, and
# for home sheets on both sides the way the imposition turned the backs.
DUPLEX = {"long-edge": "DuplexFlipLongEdge", "short-edge": "DuplexFlipShortEdge", "fold": "Simplex"}


def actual_size(duplex: str | None = None) -> dict[str, str]:
    """ViewerPreferences for a file to print at 100 %: PrintScaling None, and with `duplex` (a sheet
    template's duplex mode) the Duplex value the imposition needs. Only files meant for home printing
    name a duplex mode."""
    return {"PrintScaling": "None", **({"Duplex": DUPLEX[duplex]} if duplex else {})}


def new_canvas(path: Path, pagesize: tuple[float, float], title: str, subject: str = "",
               look: Look = Look(), viewer: dict[str, str] | None = None) -> Canvas:
    """invariant=1 fixes the document ID and dates (SOURCE_DATE_EPOCH when set), so the bytes repeat.
    Metadata: the title, the brand as author, the pack's language (nl-NL, en-GB), cardgen as creator;
    `viewer`: entries of the ViewerPreferences (see `actual_size`)."""
    base = register_fonts(look)
    rl_config.useA85 = 0  # binary compressed streams: a quarter smaller than ASCII85, and faster
    canvas = _Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1,
                     initialFontName=base, initialFontSize=10, lang=PDF_LANGUAGE.get(look.lang, "nl-NL"))
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setKeywords(look.keywords)
    canvas.setCreator(f"cardgen {__version__}")
    canvas.setAuthor(look.author)
    for key, value in (viewer or {}).items():
        canvas.setViewerPreference(key, value)
    return canvas


def hex_rgb(value: str) -> tuple[float, float, float]:
    value = value.lstrip("#")
    return tuple(int(value[i:i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]
