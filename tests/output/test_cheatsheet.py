"""Method cheat-sheets: one A4 page with the steps as a timeline, and an A5 version two to a sheet."""
import pdfplumber
import pikepdf
import pytest

from ..conftest import build_fixture
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
    with pdfplumber.open(built / "intercollegiale-bevraging-a4.pdf") as pdf:
        text = pdf.pages[0].extract_text()
        page = pdf.pages[0]
        assert all(c["x0"] >= 10 * MM and c["x1"] <= page.width - 10 * MM for c in page.chars)
    names = ["Probleeminbreng", "Probleemanalyse", "Probleemoplossing", "Reactie van de inbrenger", "Discussie en evaluatie"]
    positions = [text.index(n) for n in names]
    assert positions == sorted(positions)
    for minutes in ("5 min", "10 min", "15 min"):
        assert minutes in text


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


def test_a5_two_copies_on_a4_landscape(built):
    with pdfplumber.open(built / "intercollegiale-bevraging-a5.pdf") as pdf:
        page = pdf.pages[0]
        assert (page.width / MM, page.height / MM) == pytest.approx((297, 210), abs=0.1)
        left = page.crop((0, 0, page.width / 2, page.height)).extract_text()
        right = page.crop((page.width / 2, 0, page.width, page.height)).extract_text()
    assert "Probleemanalyse" in left and "Probleemanalyse" in right
