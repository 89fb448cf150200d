"""Backs land behind their fronts when the sheet is flipped (or folded) the configured way.

Each mode is built from the sample deck, both sides rendered with PDFium, the back side
flipped as the paper would be, and the coloured card areas compared: within 0.2 mm.
"""
import pytest
from PIL import ImageOps

from ..conftest import copy_fixture, run_cli
from ..yamledit import add, edit_yaml
from .pdfcheck import close, hex_rgb, render

RED, BLUE = hex_rgb("#B5452F"), hex_rgb("#2F5F8A")
PX = 10  # pixels per mm
MM_PT = 72 / 25.4  # points per mm


def build(tmp_path, sheet_yaml: str | None, sheet_name: str):
    tmp_path.mkdir(parents=True, exist_ok=True)
    work = copy_fixture("valid/sample", tmp_path)
    if sheet_yaml:
        (work / "templates" / f"{sheet_name}.yaml").write_text(sheet_yaml, encoding="utf-8")
    with edit_yaml(work / "content" / "decks" / "sample.yaml") as deck:
        add(deck, "sheet", sheet_name)
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    return work / "out" / "decks" / "sample-sheets.pdf"


def spans(image, at_mm: float, vertical: bool = False) -> dict:
    """Per colour, the first and last pixel (in mm) along a horizontal (or vertical) line."""
    found: dict = {}
    length = image.height if vertical else image.width
    for i in range(length):
        rgb = image.getpixel((int(at_mm * PX), i) if vertical else (i, int(at_mm * PX)))
        for colour in (RED, BLUE):
            if close(rgb, colour, 6):
                found.setdefault(colour, []).append(i)
    return {c: (v[0] / PX, (v[-1] + 1) / PX) for c, v in found.items()}


def first_card_top(image, x_mm: float) -> float:
    return spans(image, x_mm, vertical=True)[RED][0]


@pytest.mark.parametrize("sheet, flip, rows_mm", [
    ("a4", ImageOps.mirror, (16.5 + 5, 16.5 + 20)),
    ("a4-short-edge", ImageOps.flip, (16.5 + 5, 16.5 + 20)),
])
def test_duplex_backs_behind_fronts(tmp_path, sheet, flip, rows_mm):
    pdf = build(tmp_path, None, sheet)
    front, back = render(pdf, 0, PX), flip(render(pdf, 1, PX))
    band_y, body_y = rows_mm
    f, b = spans(front, band_y), spans(back, body_y)
    assert f[RED] == pytest.approx((10.5 - 2, 73.5), abs=0.2)  # 2 mm bleed into the margin
    for colour in (RED, BLUE):
        assert b[colour] == pytest.approx(f[colour], abs=0.2)
    # vertically too: the first card's back starts where its front starts
    assert first_card_top(back, 20) == pytest.approx(first_card_top(front, 20), abs=0.2)


def test_fold_mode_backs_mirror_onto_fronts_across_the_fold(tmp_path):
    pdf = build(tmp_path, None, "a4-fold")
    page = render(pdf, 0, PX)
    assert page.width == pytest.approx(297 * PX, abs=2)  # A4 landscape, one page per sheet
    half = (0, 0, page.width // 2, page.height)
    fronts = page.crop(half)  # left of the fold
    backs = ImageOps.mirror(page).crop(half)  # the right half, folded over onto the left
    f, b = spans(fronts, 17 + 13), spans(backs, 17 + 40)  # through the fronts' bands, the backs' bodies
    left = 10 + (148.5 - 5 - 10 - 126) / 2  # centred between the margin and 5 mm before the fold
    assert f[RED] == pytest.approx((left - 2, left + 63), abs=0.2)  # 2 mm bleed into the margin
    for colour in (RED, BLUE):
        assert b[colour] == pytest.approx(f[colour], abs=0.2)
    assert first_card_top(backs, 20) == pytest.approx(first_card_top(fronts, 20), abs=0.2)
    # the fold line: one dashed grey line in the middle (148.5 mm), from 4 mm below the top to 8 mm above
    # the bottom (above the footer), read back as a vector (tests/pdfread.py; its colours are RGB 0-255)
    from ..pdfread import read_pages

    lines = [s for s in read_pages(pdf, shapes=True)[0].shapes if s["kind"] == "line"]
    middle = [(round(l["top"] / MM_PT, 2), round(l["bottom"] / MM_PT, 2), l["dash"], l["stroking_color"])
              for l in lines if l["x0"] == l["x1"] and abs(l["x0"] / MM_PT - 148.5) < 1]
    assert middle == [(4.0, 202.0, ([3, 2], 0), (0x73,) * 3)], middle


def test_back_offset_moves_every_back(tmp_path):
    shifted = "kind: sheet\nextends: a4\nback_offset: [0.6mm, -0.4mm]\n"
    pdf = build(tmp_path / "shifted", shifted, "a4-shifted")
    plain = build(tmp_path / "plain", None, "a4")
    a, b = render(plain, 1, PX), render(pdf, 1, PX)
    ra, rb = spans(a, 16.5 + 20)[RED], spans(b, 16.5 + 20)[RED]
    assert rb[0] - ra[0] == pytest.approx(0.6, abs=0.15)  # right by 0.6 mm
    top_a, top_b = first_card_top(a, 180), first_card_top(b, 180)
    assert top_b - top_a == pytest.approx(-0.4, abs=0.15)  # up by 0.4 mm (negative = up)
    # fronts do not move
    assert spans(render(plain, 0, PX), 21.5) == spans(render(pdf, 0, PX), 21.5)
