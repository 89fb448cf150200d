"""Home sheets as a printer and a pair of scissors meet them: bleed around every card, viewer
preferences that print at 100 % and duplex the way the backs were turned, and a footer that no cut
mark runs into.

Positions are worked out by hand from the sizes (A4, poker 63 x 88 mm, 10 mm margin) and read back
from the built PDFs with PDFium (pixels; characters and lines: tests/pdfread.py) and pikepdf (the catalog).
"""
from __future__ import annotations

import pikepdf
import pytest

from ..conftest import copy_fixture, run_cli
from ..pdfread import drawn, read_pages
from ..yamledit import edit_yaml
from .pdfcheck import close, hex_rgb, render

RED, BLUE, WHITE = hex_rgb("#B5452F"), hex_rgb("#2F5F8A"), (255, 255, 255)
PX = 10  # pixels per mm
PT = 72 / 25.4  # points per mm


def build(tmp_path, sheet: str, template: str | None = None):
    """The sample deck built on sheet `sheet` (a template of that name written first when given)."""
    work = copy_fixture("valid/sample", tmp_path)
    if template:
        (work / "templates" / f"{sheet}.yaml").write_text(template, encoding="utf-8")
    with edit_yaml(work / "content" / "decks" / "sample.yaml") as data:
        data["sheet"] = sheet
    result = run_cli("build", "content", "-o", "out", cwd=work)
    return result, work / "out" / "decks"


GUTTER = "kind: sheet\nextends: a4\ngutter: 4mm\n"


@pytest.fixture(scope="module")
def gutter_sheets(tmp_path_factory):
    result, decks = build(tmp_path_factory.mktemp("gutter"), "met-tussenruimte", GUTTER)
    assert result.returncode == 0, result.stderr
    return decks / "sample-sheets.pdf"


# A4 + poker with a 4 mm gutter: 2 columns (3 x 63 + 2 x 4 > 190) and 3 rows, the block 130 mm wide
# from x = 40. It is 272 mm tall: centred it would leave 12.5 mm below, too little for 2 mm bleed, a
# 1 mm gap, 5 mm cut marks and the footer's band (5 mm baseline + 7 pt ascenders + 1 mm = 7.98 mm), so
# it moves up to the 10 mm top margin: the cards' tops at 10 and 102 mm from the top of the paper.
FRONTS = {0: (40, 10), 1: (107, 10), 2: (40, 102), 3: (107, 102)}  # the sample's 4 cards: (x, y) mm
BACKS = {0: (107, 10), 1: (40, 10), 2: (107, 102), 3: (40, 102)}  # mirrored left-right
COLOURS = {0: RED, 1: BLUE, 2: BLUE, 3: RED}


def pixel(image, x_mm: float, y_mm: float):
    return image.getpixel((int(x_mm * PX), int(y_mm * PX)))


def test_every_back_runs_2_mm_past_its_trim_on_every_side(gutter_sheets):
    back = render(gutter_sheets, 1, PX)
    for index, (x, y) in BACKS.items():
        colour = COLOURS[index]
        assert close(pixel(back, x + 1.5, y + 44), colour)  # the card itself, outside its frame
        middle = {"left": (x - 1, y + 44), "right": (x + 64, y + 44), "top": (x + 31.5, y - 1),
                  "bottom": (x + 31.5, y + 89)}
        for side, (px, py) in middle.items():
            assert close(pixel(back, px, py), colour), (index, side)  # 1 mm out: still the card's colour
    # beyond the 2 mm of bleed the margin stays paper: 3 mm left of the left column, above the top row
    assert close(pixel(back, 40 - 3, 10 + 44), WHITE) and close(pixel(back, 40 + 31.5, 10 - 3), WHITE)
    # in the 4 mm gutter the two neighbours' bleeds meet in the middle
    assert close(pixel(back, 103 + 1.5, 54), BLUE) and close(pixel(back, 103 + 2.5, 54), RED)


def test_fronts_colour_bands_run_into_the_bleed(gutter_sheets):
    front = render(gutter_sheets, 0, PX)
    for index, (x, y) in FRONTS.items():
        band = COLOURS[index]
        assert close(pixel(front, x + 20, y + 5), band)
        assert close(pixel(front, x + 20, y - 1), band), index  # above the card
        assert close(pixel(front, x - 1, y + 5), band), index  # left of it
        assert close(pixel(front, x + 64, y + 5), band), index  # right of it
        assert close(pixel(front, x + 2, y + 40), WHITE)  # the white body beside the text: nothing to bleed


def test_cut_marks_start_beyond_the_bleed_and_stop_above_the_footer(gutter_sheets):
    for page in read_pages(gutter_sheets, shapes=True):
        height = page.height
        footer = [c for c in drawn(page.chars) if c["top"] > height - 10 * PT]
        assert "".join(c["text"] for c in footer).startswith("Proefkaarten · vel 1/1")
        footer_top = min(c["top"] for c in footer)
        marks = [line for line in page.shapes if line["kind"] == "line" and line["x0"] == pytest.approx(line["x1"])
                 and line["top"] > height - 20 * PT]  # vertical marks under the block
        assert sorted(round(m["x0"] / PT, 1) for m in marks) == [40, 103, 107, 170]
        for mark in marks:
            # from 3 mm under the cards (15 mm above the edge: 2 mm bleed + 1 mm gap) down to the band
            assert (height - mark["top"]) / PT == pytest.approx(15 - 3, abs=0.05)
            assert (height - mark["bottom"]) / PT == pytest.approx(7.98, abs=0.05)
            assert mark["bottom"] < footer_top - 0.5 * PT  # clear of the footer's letters


def test_sheets_ask_to_print_at_actual_size_and_say_how_to_duplex(tmp_path, gutter_sheets):
    expected = {"a4-short-edge": "/DuplexFlipShortEdge", "a4-fold": "/Simplex"}
    with pikepdf.open(gutter_sheets) as pdf:
        prefs = pdf.Root.ViewerPreferences
        assert prefs.PrintScaling == "/None" and prefs.Duplex == "/DuplexFlipLongEdge"
    with pikepdf.open(gutter_sheets.parent / "sample-print.pdf") as pdf:  # the shop's file: no duplex mode
        prefs = pdf.Root.ViewerPreferences
        assert prefs.PrintScaling == "/None" and "/Duplex" not in prefs
    for sheet, duplex in expected.items():
        result, decks = build(tmp_path / sheet, sheet)
        assert result.returncode == 0, result.stderr
        with pikepdf.open(decks / "sample-sheets.pdf") as pdf:
            assert pdf.Root.ViewerPreferences.Duplex == duplex
            assert pdf.Root.ViewerPreferences.PrintScaling == "/None"


def test_short_edge_with_gutter_keeps_marks_and_footer_apart_on_both_pages(tmp_path):
    """Short-edge duplex turns the room above the cards into the room below them on the back, so the
    block stays centred (12.5 mm above and below) and the marks on both sides stop at the band."""
    result, decks = build(tmp_path, "kort-met-tussenruimte", "kind: sheet\nextends: a4-short-edge\ngutter: 4mm\n")
    assert result.returncode == 0, result.stderr
    for page in read_pages(decks / "sample-sheets.pdf", shapes=True):
        footer_top = min(c["top"] for c in page.chars if c["top"] > page.height - 10 * PT)
        low = [m for m in page.shapes if m["kind"] == "line" and m["bottom"] > page.height - 15 * PT]
        assert low and all(m["bottom"] < footer_top - 0.5 * PT for m in low)
        assert all((page.height - m["bottom"]) / PT == pytest.approx(7.98, abs=0.05) for m in low
                   if m["x0"] == pytest.approx(m["x1"]))


def test_no_room_for_marks_and_footer_is_a_located_error(tmp_path):
    result, decks = build(tmp_path, "te-krap", "kind: sheet\nextends: a4-short-edge\ngutter: 5mm\n")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    # 3 x 88 + 2 x 5 = 274 mm: 11.5 mm above and below; 2 + 1 + 1.5 (shortest mark) + 7.98 = 12.5 mm needed
    line = next(line for line in result.stderr.splitlines() if "do not fit under the cards" in line)
    assert line.startswith("content/decks/sample.yaml:") and (": card_size: the cut marks and the footer do not fit "
                                                              "under the cards: 11.5 mm between the cards and the "
                                                              "paper's edge, 12.5 mm needed") in line
    assert not decks.exists()
