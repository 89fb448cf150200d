"""Method cheat-sheets: one A4 page with the steps as a timeline, and an A5 version two to a sheet."""
import pikepdf
import pytest

from ..conftest import build_fixture
from ..pdfread import drawn, read_pages, text
from .pdfcheck import MM, boxes, fonts, render


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_fixture(tmp_path_factory, "methods") / "methods"


def test_one_a4_page_with_embedded_fonts(built):
    with pikepdf.open(built / "intercollegiale-bevraging-a4.pdf") as pdf:
        assert len(pdf.pages) == 1
        assert [v / MM for v in boxes(pdf.pages[0])["MediaBox"]] == pytest.approx([0, 0, 210, 297], abs=0.1)
        assert all(embedded for _, embedded in fonts(pdf)) and not any("Helvetica" in n for n, _ in fonts(pdf))


def test_steps_in_order_with_durations(built):
    page = read_pages(built / "intercollegiale-bevraging-a4.pdf")[0]
    assert all(c["x0"] >= 10 * MM and c["x1"] <= page.width - 10 * MM for c in page.chars)
    page_text = text(page.chars)
    names = ["Probleeminbreng", "Probleemanalyse", "Probleemoplossing", "Reactie van de inbrenger", "Discussie en evaluatie"]
    positions = [page_text.index(n) for n in names]
    assert positions == sorted(positions)
    for minutes in ("5 min", "10 min", "15 min"):
        assert minutes in page_text


def test_bars_are_proportional_to_the_durations(built):
    image = render(built / "intercollegiale-bevraging-a4.pdf", 0, 10)
    accent = (0x2F, 0x5F, 0x8A)
    left = 15 * 10  # the page margin: bars start at the left of the timeline

    def run(y):  # accent pixels from the left edge of the timeline onwards
        x = left
        while x < left + 300 and all(abs(a - b) < 12 for a, b in zip(image.getpixel((x, y)), accent)):
            x += 1
        return (x - left) / 10

    groups, current = [], []
    for y in range(30 * 10, image.height):
        if run(y) > 0.5:
            current.append(run(y))
        elif current:
            groups.append(current)
            current = []
    bars = [max(g) for g in groups if 15 <= len(g) <= 28]  # 2.2 mm tall: bars, not the number discs
    assert len(bars) == 5, groups
    for bar, minutes in zip(bars, [5, 10, 15, 5, 10]):
        assert bar == pytest.approx(26 * minutes / 45, abs=0.3)


def _halves(page):
    """The text of the left and of the right half of the page (the characters touching each, as pdfplumber's
    crop keeps them)."""
    half = page.width / 2
    return text([c for c in page.chars if c["x0"] <= half]), text([c for c in page.chars if c["x1"] >= half])


def test_a5_two_copies_on_a4_landscape(built):
    pages = read_pages(built / "vijf-stappenmethode-a5.pdf")
    page = pages[0]
    assert len(pages) == 1
    assert (page.width / MM, page.height / MM) == pytest.approx((297, 210), abs=0.1)
    # The two A5 pages (296 mm together) are centred: each half's text keeps the 10 mm margin.
    half = page.width / 2
    for c in page.chars:
        start, end = (0.5 * MM, half) if c["x0"] < half else (half, page.width - 0.5 * MM)
        assert c["x0"] >= start + 10 * MM - 0.1 and c["x1"] <= end - 10 * MM + 0.1
    left, right = _halves(page)
    assert "Probleemformulering" in left and left == right


def test_a5_of_a_long_method_is_two_pages_side_by_side(built):
    pages = read_pages(built / "intercollegiale-bevraging-a5.pdf", fonts=True)
    assert len(pages) == 1
    page = pages[0]
    assert (page.width / MM, page.height / MM) == pytest.approx((297, 210), abs=0.1)
    left, right = _halves(page)
    body = [c for c in page.chars if 18 * MM < c["top"] < page.height - 18 * MM]
    assert "pagina 1 van 2" in left and "pagina 2 van 2" in right
    both = left + right
    names = ["Probleeminbreng", "Probleemanalyse", "Probleemoplossing", "Wie doet wat", "Voorbeeldvragen", "Let op"]
    assert [both.index(n) for n in names] == sorted(both.index(n) for n in names)
    assert "Probleeminbreng" in left and "Let op" in right
    # A real A5 layout, not the A4 page shrunk: body text at 8.5 pt or more.
    assert body and min(round(c["size"], 2) for c in body) >= 8.5


def test_a_pack_template_on_letter_gives_letter_pages(built):
    with pikepdf.open(built / "vijf-stappen-letter-a4.pdf") as pdf:
        assert len(pdf.pages) == 1
        assert [v / MM for v in boxes(pdf.pages[0])["MediaBox"]] == pytest.approx([0, 0, 215.9, 279.4], abs=0.1)
    page = read_pages(built / "vijf-stappen-letter-a4.pdf", fonts=True)[0]
    # laid out for Letter: the 15 mm margins from Letter's own edges, the footer at Letter's foot
    assert all(c["x0"] >= 15 * MM - 0.1 and c["x1"] <= page.width - 15 * MM + 0.1 for c in page.chars)
    credit = [c for c in drawn(page.chars) if c["text"] == "B" and c["size"] <= 7]
    assert credit and credit[0]["bottom"] == pytest.approx(page.height - 16 * MM, abs=1.5 * MM)
