"""Guides: one page (A4 unless the template says otherwise) with sections of text, bullet points, a table
and a cycle diagram."""
import json

import pdfplumber
import pikepdf
import pytest

from ..conftest import build_fixture
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
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        first, second = phrase.split()[:2]
        hits = [(w["x0"], w["top"], w["x1"]) for w, nxt in zip(words, words[1:])
                if w["text"] == first and nxt["text"] == second]
        return hits, page.width, [(c["x0"], c["x1"]) for c in page.chars]


def test_the_cycle_runs_clockwise_from_the_top(out):
    path = out / "guides" / "leren-in-intervisie.pdf"
    found = {stage: _words(path, stage)[0][0] for stage in STAGES}  # the first occurrence is the cycle's
    (top_x, top_y, _), (right_x, right_y, _), (left_x, left_y, _) = (found[s] for s in STAGES)
    assert top_y < right_y and top_y < left_y  # the first stage is highest (pdfplumber's top grows down)
    assert right_x > 105 * MM > left_x  # the second stage right of the middle, the fourth left


def test_text_stays_inside_the_margins(out):
    _, width, chars = _words(out / "guides" / "leren-in-intervisie.pdf", "Concrete ervaring")
    assert chars and all(x0 >= 15 * MM - 0.5 and x1 <= width - 15 * MM + 0.5 for x0, x1 in chars)


def test_cycle_boxes_and_table_header_are_in_the_accent_colour(out):
    image = render(out / "guides" / "leren-in-intervisie.pdf", 0, 4)
    accent = (0x2F, 0x5F, 0x8A)
    hits, _, _ = _words(out / "guides" / "leren-in-intervisie.pdf", "Concrete ervaring")
    x, top, x1 = hits[0]  # the cycle's first stage: its box is filled around the text
    px = (int((x - 2) * 4 / 72 * 25.4), int((top + 2) * 4 / 72 * 25.4))
    assert close(image.getpixel(px), accent, 20), image.getpixel(px)


@pytest.mark.parametrize("name,size", [("leren-a5", (148, 210)), ("kringen", (215.9, 279.4))])
def test_the_templates_paper_gives_the_page_size(out, name, size):
    with pikepdf.open(out / "guides" / f"{name}.pdf") as pdf:
        assert len(pdf.pages) == 1
        assert [v / MM for v in boxes(pdf.pages[0])["MediaBox"]] == pytest.approx([0, 0, *size], abs=0.1)
        assert fonts(pdf) and all(embedded for _, embedded in fonts(pdf))
        assert not any("Helvetica" in n for n, _ in fonts(pdf))


def test_an_a5_guide_keeps_its_text_inside_the_a5_margins(out):
    with pdfplumber.open(out / "guides" / "leren-a5.pdf") as pdf:
        page = pdf.pages[0]
        assert page.chars and all(10 * MM - 0.5 <= c["x0"] and c["x1"] <= page.width - 10 * MM + 0.5
                                  for c in page.chars)
        assert all(c["bottom"] <= page.height - 10 * MM + 0.5 for c in page.chars)


def test_a_bullet_term_prints_in_bold(out):
    with pdfplumber.open(out / "guides" / "leren-in-intervisie.pdf") as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["fontname"])
    faces = {w["text"]: w["fontname"] for w in words}
    assert "Bold" in faces["action:"] and "Bold" not in faces["inzicht"]
