"""Print-and-play sheets: A4, n-up, cut marks outside the cards, backs mirrored for long-edge duplex."""
import pikepdf
import pytest
from pypdf import PdfReader

from .pdfcheck import MM, boxes, close, fonts, hex_rgb, render

RED, BLUE, WHITE = hex_rgb("#B5452F"), hex_rgb("#2F5F8A"), (255, 255, 255)
PX = 10  # pixels per mm: 0.1 mm resolution


@pytest.fixture(scope="module")
def sheets_pdf(sample_build):
    return sample_build / "decks" / "sample-sheets.pdf"


def test_a4_pages_front_then_back(sheets_pdf):
    with pikepdf.open(sheets_pdf) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            assert [v / MM for v in boxes(page)["MediaBox"]] == pytest.approx([0, 0, 210, 297], abs=0.1)
        assert all(embedded for _, embedded in fonts(pdf))


def runs(image, y_mm: float) -> dict[tuple, tuple[float, float]]:
    """For each colour on a horizontal line: the span (in mm) it covers from first to last pixel."""
    y = int(y_mm * PX)
    spans: dict[tuple, list[int]] = {}
    for x in range(image.width):
        rgb = image.getpixel((x, y))
        for name in (RED, BLUE):
            if close(rgb, name, 6):
                spans.setdefault(name, []).append(x)
    return {c: (xs[0] / PX, (xs[-1] + 1) / PX) for c, xs in spans.items()}


def test_backs_land_behind_their_fronts_when_flipped_on_the_long_edge(sheets_pdf):
    front, back = render(sheets_pdf, 0, PX), render(sheets_pdf, 1, PX)
    # Row 1 holds P-01 (red) and two copies of P-02 (blue); the block starts 10.5 mm from the left,
    # and the cards' colours run 2 mm into the margin (bleed).
    front_row = runs(front, 16.5 + 5)  # through the colour band of the fronts
    back_row = runs(back, 16.5 + 20)  # through the coloured backs
    assert front_row[RED] == pytest.approx((8.5, 73.5), abs=0.2)
    assert front_row[BLUE] == pytest.approx((73.5, 201.5), abs=0.2)
    for colour in (RED, BLUE):
        x0, x1 = front_row[colour]
        assert back_row[colour] == pytest.approx((210 - x1, 210 - x0), abs=0.2)
    # Row 2: P-03 (red) in the first slot, with no neighbour (2 mm bleed on its right too); its back sits
    # in the last column, the rest stays white.
    assert runs(front, 16.5 + 88 + 5)[RED] == pytest.approx((8.5, 75.5), abs=0.2)
    assert runs(back, 16.5 + 88 + 20)[RED] == pytest.approx((134.5, 201.5), abs=0.2)
    assert close(back.getpixel((int(40 * PX), int((16.5 + 88 + 20) * PX))), WHITE)


def test_cut_marks_in_the_margin_at_every_card_edge(sheets_pdf):
    for index in (0, 1):
        page = render(sheets_pdf, index, PX)
        y = int((16.5 - 3.5) * PX)  # halfway along the marks above the block
        dark = [x / PX for x in range(page.width) if sum(page.getpixel((x, y))) < 600]
        groups = []
        for x in dark:
            if not groups or x - groups[-1][-1] > 0.5:
                groups.append([x])
            else:
                groups[-1].append(x)
        centres = [sum(g) / len(g) for g in groups]
        assert centres == pytest.approx([10.5, 73.5, 136.5, 199.5], abs=0.2)


def test_sheet_says_how_to_print(sheets_pdf):
    reader = PdfReader(sheets_pdf)
    first, second = (reader.pages[i].extract_text() for i in (0, 1))
    assert "print op 100 %" in first and "vel 1/1" in first and "voorkant" in first
    assert "achterkant" in second
