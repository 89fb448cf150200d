"""The page toolkit for documents: stories shrink to a floor or fail; the header takes the brand colour."""
import pypdfium2 as pdfium
import pytest
from reportlab.platypus import Paragraph

from cardgen.render.document import Page, draw_footer, draw_header, draw_story, fit_story, markup, open_document

PAGE = Page()
HEIGHT = PAGE.body_top - PAGE.body_bottom


def story(words: int):
    return lambda st: [Paragraph(markup("Kop"), st.heading()), Paragraph(markup("intervisie " * words), st.body)]


def test_story_keeps_its_size_when_it_fits_and_shrinks_when_not():
    assert fit_story(story(50), PAGE.body_width, HEIGHT, 11, 8).size == 11
    shrunk = fit_story(story(550), PAGE.body_width, HEIGHT, 11, 8)
    assert 8 <= shrunk.size < 11 and shrunk.height <= HEIGHT
    assert fit_story(story(9000), PAGE.body_width, HEIGHT, 11, 8) is None


def test_header_band_in_brand_primary(tmp_path):
    path = tmp_path / "doc.pdf"
    canvas = open_document(path, PAGE, "Test", "test")
    draw_header(canvas, PAGE, "Casusinbrengformulier")
    draw_story(canvas, fit_story(story(40), PAGE.body_width, HEIGHT, 11, 8), PAGE.margin, PAGE.body_top)
    draw_footer(canvas, PAGE, "Bron: test", "pagina 1")
    canvas.showPage()
    canvas.save()
    doc = pdfium.PdfDocument(str(path))
    image = doc[0].render(scale=1).to_pil().convert("RGB")
    doc.close()
    assert image.getpixel((5, 5)) == pytest.approx((0x2F, 0x5F, 0x8A), abs=3)  # the neutral brand's primary
