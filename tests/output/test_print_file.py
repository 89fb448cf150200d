"""The print-shop file: one card a page with bleed, boxes, fonts, safe zone, backgrounds into the bleed."""
import pikepdf
import pytest

from .pdfcheck import MM, boxes, close, fonts, hex_rgb, render
from ..conftest import copy_fixture, run_cli
from ..pdfread import read_pages, text

RED, BLUE = hex_rgb("#B5452F"), hex_rgb("#2F5F8A")


@pytest.fixture(scope="module")
def print_pdf(sample_build):
    return sample_build / "decks" / "sample-print.pdf"


def test_one_card_per_page_front_then_back(print_pdf):
    """Eight pages, alternating: the front of each printed card (P-01, P-02 twice for its two copies,
    P-03), with its number and a white body under the band, then its back, without a number and in the
    category colour all over."""
    import re

    numbers = [re.findall(r"P-\d\d", text(page.chars)) for page in read_pages(print_pdf)]
    assert numbers == [["P-01"], [], ["P-02"], [], ["P-02"], [], ["P-03"], []]
    px = lambda mm: int(mm * 8)
    for k, colour in enumerate((RED, BLUE, BLUE, RED)):
        front, back = render(print_pdf, 2 * k), render(print_pdf, 2 * k + 1)
        spot = (px(4.5), px(33))  # 1.5 mm inside the trim's left edge, 30 mm below its top
        assert close(front.getpixel(spot), (255, 255, 255)), f"page {2 * k + 1} is not a front"
        assert close(back.getpixel(spot), colour), f"page {2 * k + 2} is not the back of card {k + 1}"


def test_page_is_card_plus_3mm_bleed_with_trim_and_bleed_boxes(print_pdf):
    with pikepdf.open(print_pdf) as pdf:
        for page in pdf.pages:
            b = boxes(page)
            assert b["TrimBox"] is not None and b["BleedBox"] is not None
            assert [v / MM for v in b["MediaBox"]] == pytest.approx([0, 0, 69, 94], abs=0.1)
            assert [v / MM for v in b["TrimBox"]] == pytest.approx([3, 3, 66, 91], abs=0.1)
            assert b["BleedBox"] == b["MediaBox"]


def test_every_font_embedded_subset_and_no_base14(print_pdf):
    with pikepdf.open(print_pdf) as pdf:
        found = fonts(pdf)
    assert found
    for name, embedded in found:
        assert embedded, name
        assert "+" in name, f"{name} is not a subset"
        assert "Helvetica" not in name and "Times" not in name


def test_all_text_inside_the_safe_zone(print_pdf):
    safe = (3 + 4) * MM  # bleed + safe zone, from the page edge
    count = 0
    for page in read_pages(print_pdf):
        for ch in page.chars:
            count += 1
            assert ch["x0"] >= safe - 0.5 and ch["x1"] <= page.width - safe + 0.5, ch["text"]
            assert ch["top"] >= safe - 0.5 and ch["bottom"] <= page.height - safe + 0.5, ch["text"]
    assert count > 100


def test_backgrounds_reach_into_the_bleed(print_pdf):
    front = render(print_pdf, 0)
    back = render(print_pdf, 1)
    px = lambda mm: int(mm * 8)
    assert close(front.getpixel((px(0.5), px(0.5))), RED)  # band, top-left corner of the bleed
    assert close(front.getpixel((px(68.5), px(0.5))), RED)
    assert close(front.getpixel((px(0.5), px(93.5))), (255, 255, 255))  # white card body below
    for corner in ((0.5, 0.5), (68.5, 93.5), (0.5, 93.5)):
        assert close(back.getpixel((px(corner[0]), px(corner[1]))), RED)
    assert close(render(print_pdf, 3).getpixel((px(0.5), px(50))), BLUE)  # back of the blue card


def test_card_numbers_and_text_on_the_pages(print_pdf):
    texts = [text(page.chars) for page in read_pages(print_pdf)]
    assert "P-01" in texts[0] and "Emotionele reflectie" in texts[0]
    assert "P-02" in texts[2] and "P-02" in texts[4]  # two copies share a number
    assert "Proefkaarten" in texts[1]  # the deck title on an ordinary back
    assert "Verantwoordelijkheden" in texts[7] and "Proefkaarten" not in texts[7]  # the card's own back text


def test_crop_marks_and_separate_backs(tmp_path):
    import pikepdf

    from ..conftest import copy_fixture, run_cli
    from ..yamledit import add, edit_yaml

    work = copy_fixture("valid/sample", tmp_path)
    (work / "templates" / "drukker.yaml").write_text(
        "kind: print\nextends: print-shop\nbleed: 5mm\ncrop_marks: true\nbacks: separate\n", encoding="utf-8")
    with edit_yaml(work / "content" / "decks" / "sample.yaml") as deck:
        add(deck, "print", "drukker")
    assert run_cli("build", "content", "-o", "out", cwd=work).returncode == 0
    decks = work / "out" / "decks"
    assert sorted(p.name for p in decks.iterdir()) == ["sample-print-back.pdf", "sample-print-front.pdf",
                                                        "sample-sheets.pdf"]
    for name in ("sample-print-front.pdf", "sample-print-back.pdf"):
        with pikepdf.open(decks / name) as pdf:
            assert len(pdf.pages) == 4
            for page in pdf.pages:
                b = boxes(page)
                pad = 5 + 1 + 5
                assert [v / MM for v in b["MediaBox"]] == pytest.approx([0, 0, 63 + 2 * pad, 88 + 2 * pad], abs=0.1)
                assert [v / MM for v in b["TrimBox"]] == pytest.approx([pad, pad, pad + 63, pad + 88], abs=0.1)
                assert [v / MM for v in b["BleedBox"]] == pytest.approx([6, 6, 6 + 73, 6 + 98], abs=0.1)
            resources = pdf.pages[0].Resources
            assert "/ColorSpace" in resources  # the registration colour of the crop marks
            spaces = [str(cs[0]) for cs in resources.ColorSpace.values()]
            assert "/Separation" in spaces
        image = render(decks / name, 0)
        px = lambda v: int(v * 8)
        # inside the bleed at the top-left of the card: the band (fronts) or background (backs) of P-01
        assert close(image.getpixel((px(pad + 0.5), px(6 + 0.3))), RED)
        assert close(image.getpixel((px(2), px(2))), (255, 255, 255))  # outside the bleed: paper


def test_transparent_logo_is_flattened(print_pdf):
    with pikepdf.open(print_pdf) as pdf:
        images = [obj for obj in pdf.objects
                  if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image"]
        assert images, "the logo is placed"
        for image in images:
            assert "/SMask" not in image and "/Mask" not in image
        assert float(pdf.pdf_version) <= 1.4


def test_low_resolution_logo_warns_with_its_ppi(tmp_path):
    from PIL import Image

    from ..conftest import copy_fixture, run_cli

    work = copy_fixture("valid/sample", tmp_path)
    Image.new("RGB", (60, 22), (40, 90, 140)).save(work / "content" / "images" / "logo.png")
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    # 60 px across the 15 mm that the 60x22 logo takes in its 15 x 5.5 mm box: 102 ppi
    assert ("warning: content/decks/sample.yaml:10:1: logo: 'images/logo.png' (60x22 px) is 102 ppi at "
            "15.0 x 5.5 mm in box 'logo' of template 'proef-card'; 300 ppi or more prints sharp") in result.stderr.splitlines()


def test_build_preflight_checks_the_print_files_and_a_plain_build_does_not(tmp_path, monkeypatch):
    """--preflight runs the print-shop checks on the files the build writes and reports a failure at the
    deck's print: line with nothing written; a plain build does not open them again."""
    import cardgen.preflight

    seen = []

    def failing(paths, cmyk=False):
        seen.extend(p.name for p in paths)
        return ["page 1: bleed: 1.0 mm on the left"]

    monkeypatch.setattr(cardgen.preflight, "preflight_print_files", failing)
    work = copy_fixture("valid/sample", tmp_path)
    assert run_cli("build", "content", "-o", "plain", cwd=work).returncode == 0 and seen == []
    result = run_cli("build", "content", "-o", "checked", "--preflight", cwd=work)
    assert result.returncode == 2 and seen == ["sample-print.pdf"]
    assert "print: the print-shop file fails preflight: page 1: bleed: 1.0 mm on the left" in result.stderr
    assert not (work / "checked").exists()
