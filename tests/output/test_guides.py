"""Guides: one page (A4 unless the template says otherwise) with sections of text, bullet points, a table
and a cycle diagram."""
import json

import pikepdf
import pytest

from ..conftest import build_fixture
from ..pdfread import read_pages, words
from .pdfcheck import MM, boxes, close, fonts, render

STAGES = ["Concrete ervaring", "Waarnemen en reflecteren", "Actief experimenteren"]


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return build_fixture(tmp_path_factory, "guides")


def test_one_a4_page_with_embedded_fonts_in_the_manifest(out):
    path = out / "guides" / "leren-in-intervisie.pdf"
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 1
        assert [v / MM for v in boxes(pdf.pages[0])["MediaBox"]] == pytest.approx([0, 0, 210, 297], abs=0.1)
        assert fonts(pdf) and all(embedded for _, embedded in fonts(pdf))
        assert not any("Helvetica" in n for n, _ in fonts(pdf))
    entries = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert {"kind": "guide", "id": "leren-in-intervisie"}.items() <= next(
        e for e in entries if e["path"].endswith("leren-in-intervisie.pdf")).items()


def _words(path, phrase):
    """The (x0, top) of each occurrence of the phrase's first word followed by its second."""
    page = read_pages(path)[0]
    found = words(page.chars)
    first, second = phrase.split()[:2]
    hits = [(w["x0"], w["top"], w["x1"]) for w, nxt in zip(found, found[1:])
            if w["text"] == first and nxt["text"] == second]
    return hits, page.width, [(c["x0"], c["x1"]) for c in page.chars]


def test_the_cycle_runs_clockwise_from_the_top(out):
    path = out / "guides" / "leren-in-intervisie.pdf"
    found = {stage: _words(path, stage)[0][0] for stage in STAGES}  # the first occurrence is the cycle's
    (top_x, top_y, _), (right_x, right_y, _), (left_x, left_y, _) = (found[s] for s in STAGES)
    assert top_y < right_y and top_y < left_y  # the first stage is highest (`top` grows down)
    assert right_x > 105 * MM > left_x  # the second stage right of the middle, the fourth left


def test_text_stays_inside_the_margins(out):
    _, width, chars = _words(out / "guides" / "leren-in-intervisie.pdf", "Concrete ervaring")
    assert chars and all(x0 >= 15 * MM - 0.5 and x1 <= width - 15 * MM + 0.5 for x0, x1 in chars)


ACCENT = (0x2F, 0x5F, 0x8A)


def test_every_cycle_box_is_in_the_accent_colour(out):
    path = out / "guides" / "leren-in-intervisie.pdf"
    image = render(path, 0, 4)
    for stage in STAGES + ["Vormen van"]:
        x, top, _ = _words(path, stage)[0][0]  # the first occurrence is the cycle's; its box is filled around it
        px = (int((x - 2) * 4 / MM), int((top + 2) * 4 / MM))
        assert close(image.getpixel(px), ACCENT, 20), f"the box of '{stage}': {image.getpixel(px)}"


def test_the_table_header_row_is_filled_in_the_accent_colour_across_the_table(out):
    """The header cells ('Kolb', 'In de intervisie') sit on one accent-filled row from margin to margin
    (15 to 195 mm), read back as a vector; rendered, a line of pixels through the row above the text is
    accent from edge to edge (but for the thin grid line between the columns, widths 1:2, at
    15 + 180 / 3 = 75 mm), and the same line through the first body row has no accent at all."""
    path = out / "guides" / "leren-in-intervisie.pdf"
    page = read_pages(path, shapes=True)[0]
    fills = [r for r in page.shapes if r["kind"] == "rect" and r["fill"] and r["top"] > 30 * MM]  # below the band
    head = [w for w in words(page.chars) if w["text"] in ("Kolb", "In", "intervisie") and w["top"] > 100 * MM
            and w["top"] < 130 * MM]  # the table's, not the heading's or the footer's
    assert [w["text"] for w in head] == ["Kolb", "In", "intervisie"]
    [row] = [r for r in fills if r["top"] <= head[0]["top"] and head[0]["bottom"] <= r["bottom"]]
    assert (row["x0"] / MM, row["x1"] / MM) == pytest.approx((15, 195), abs=0.05)
    assert row["non_stroking_color"] == ACCENT
    image = render(path, 0, 4)
    y = int((row["top"] + 2) * 4 / MM)  # 2 pt into the row, above the text
    line = [image.getpixel((x, y)) for x in range(int(15.5 * 4), int(194.5 * 4)) if abs(x / 4 - 75) > 0.5]
    assert all(close(p, ACCENT, 20) for p in line), "the header row is not accent from edge to edge"
    below = [image.getpixel((x, int((row["bottom"] + 1) * 4 / MM))) for x in range(int(15.5 * 4), int(194.5 * 4))]
    assert not any(close(p, ACCENT, 20) for p in below), "the accent runs into the first body row"


@pytest.mark.parametrize("name,size", [("leren-a5", (148, 210)), ("kringen", (215.9, 279.4))])
def test_the_templates_paper_gives_the_page_size(out, name, size):
    with pikepdf.open(out / "guides" / f"{name}.pdf") as pdf:
        assert len(pdf.pages) == 1
        assert [v / MM for v in boxes(pdf.pages[0])["MediaBox"]] == pytest.approx([0, 0, *size], abs=0.1)
        assert fonts(pdf) and all(embedded for _, embedded in fonts(pdf))
        assert not any("Helvetica" in n for n, _ in fonts(pdf))


def test_an_a5_guide_keeps_its_text_inside_the_a5_margins(out):
    page = read_pages(out / "guides" / "leren-a5.pdf")[0]
    assert page.chars and all(10 * MM - 0.5 <= c["x0"] and c["x1"] <= page.width - 10 * MM + 0.5
                              for c in page.chars)
    assert all(c["bottom"] <= page.height - 10 * MM + 0.5 for c in page.chars)


def test_a_bullet_term_prints_in_bold(out):
    page = read_pages(out / "guides" / "leren-in-intervisie.pdf", fonts=True)[0]
    faces = {w["text"]: w["fontname"] for w in words(page.chars, ("fontname",))}
    assert "Bold" in faces["action:"] and "Bold" not in faces["inzicht"]
