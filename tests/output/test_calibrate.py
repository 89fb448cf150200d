"""`cardgen calibrate`: verniers a person reads at arm's length. Seen through the paper, pair k of a row
is off by exactly its value (0.5 mm steps from -3 to +3), so the zero pair meets as one line on a
perfect printer, and a printer that puts the back 1 mm right makes the pair labelled −1 meet. Strokes
are found in the pages as PDFium draws them, labels, sizes and strokes read with PDFium (tests/pdfread.py).

Where the middle target's left-right row lies, worked out from the layout's rules: the target at the
page's centre (105, 148.5 mm); the row runs right, its pairs 3.5 mm apart from x = 105 + 3 mm; the
front strokes from 8 to 14 mm above the target, the back strokes from 12 to 18 mm, the labels above.
"""
import pikepdf
import pytest
from PIL import ImageOps

from cardgen.layout.calibrate import label, values

from ..conftest import run_cli
from ..pdfread import read_pages, words
from .pdfcheck import render

PX = 20  # pixels per mm
PT = 72 / 25.4
CENTRE = (105, 148.5)


def make(tmp_path, sheet="a4", template=None):
    if template:
        (tmp_path / "templates").mkdir()
        (tmp_path / "templates" / f"{sheet}.yaml").write_text(template, encoding="utf-8")
        (tmp_path / "content").mkdir()
    result = run_cli("calibrate", "--sheet", sheet, "-o", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path / "out" / f"calibrate-{sheet}.pdf"


def stroke_centres(image, y_mm: float, x_from: float, x_to: float) -> list[float]:
    """The centres (mm) of the dark vertical strokes crossing the row `y_mm` between two x."""
    y = int(round(y_mm * PX))
    dark = [x for x in range(int(x_from * PX), int(x_to * PX)) if image.getpixel((x, y)) < 128]
    groups: list[list[int]] = []
    for x in dark:
        if groups and x - groups[-1][-1] <= 1:
            groups[-1].append(x)
        else:
            groups.append([x])
    return [(sum(g) / len(g) + 0.5) / PX for g in groups]


def middle_row(pdf, shift_mm: float = 0.0):
    """Front and back stroke x of the middle target's left-right row, the back shifted right by
    `shift_mm` as a printer that misses would put it; and the labels above the row."""
    front = ImageOps.mirror(render(pdf, 0, PX).convert("L"))  # seen through the paper from the back
    back = render(pdf, 1, PX).convert("L")
    if shift_mm:
        back = back.transform(back.size, 0, (1, 0, -shift_mm * PX, 0, 1, 0), fillcolor=255)
    x0, x1 = CENTRE[0] + 3 - 4, CENTRE[0] + 3 + 12 * 3.5 + 4
    fronts = stroke_centres(front, CENTRE[1] - 8 - 4, x0, x1)  # halfway along the front strokes
    backs = stroke_centres(back, CENTRE[1] - 12 - 3, x0, x1 + 4)  # halfway along the back strokes
    page = read_pages(pdf)[1]
    labels = [(w["text"], (w["x0"] + w["x1"]) / 2 / PT, w["bottom"] / PT) for w in words(page.chars)
              if (x0 - 3) * PT < w["x0"] < x1 * PT and (CENTRE[1] - 24) * PT < w["top"] < (CENTRE[1] - 18) * PT]
    return fronts, backs, labels


def test_each_pair_is_off_by_its_value_and_zero_meets(tmp_path):
    fronts, backs, labels = middle_row(make(tmp_path))
    assert len(fronts) == len(backs) == 13
    assert [round(b - f, 2) for f, b in zip(fronts, backs)] == pytest.approx(values(), abs=0.06)
    assert [round(b - a, 2) for a, b in zip(fronts, fronts[1:])] == pytest.approx([3.5] * 12, abs=0.06)
    # the labels, left to right, name the whole millimetres over their pairs' back strokes
    assert [text for text, _, _ in labels] == ["−3", "−2", "−1", "0", "+1", "+2", "+3"]
    for text, x, _ in labels:
        pair = next(i for i, v in enumerate(values()) if label(v) == text)
        assert x == pytest.approx(backs[pair], abs=0.1)


def test_a_printer_that_misses_by_1_mm_right_reads_minus_1(tmp_path):
    fronts, backs, labels = middle_row(make(tmp_path), shift_mm=1.0)
    gaps = [abs(b - f) for f, b in zip(fronts, backs)]
    met = gaps.index(min(gaps))
    assert min(gaps) < 0.06 and sorted(gaps)[1] > 0.44  # one pair meets, the next best is half a mm off
    over = min(labels, key=lambda item: abs(item[1] - backs[met]))
    assert over[0] == "−1"  # put −1 mm (1 mm to the left) into back_offset


def test_back_offset_moves_the_back_strokes(tmp_path):
    pdf = make(tmp_path, "mijn-printer", "kind: sheet\nextends: a4\nback_offset: [1mm, -0.5mm]\n")
    fronts, backs, _ = middle_row(pdf)
    assert [round(b - f, 2) for f, b in zip(fronts, backs)] == pytest.approx([v + 1 for v in values()], abs=0.06)
    # the up-down row beside the middle target (8 to 14 mm left of it on the front, seen from the back:
    # 12 to 18 mm left on the back): every back stroke 0.5 mm higher, so the pair of +0.5 meets
    front = ImageOps.mirror(render(pdf, 0, PX).convert("L")).rotate(90, expand=True)
    back = render(pdf, 1, PX).convert("L").rotate(90, expand=True)
    # rotated a quarter turn anticlockwise: x' = y, y' = width - x; the rows become columns
    width = 210
    f = stroke_centres(front, width - (CENTRE[0] - 8 - 4), CENTRE[1] - 1, CENTRE[1] + 3 + 12 * 3.5 + 4)
    b = stroke_centres(back, width - (CENTRE[0] - 12 - 3), CENTRE[1] - 1, CENTRE[1] + 3 + 12 * 3.5 + 4)
    assert len(f) == len(b) == 13
    assert [round(y - x, 2) for x, y in zip(f, b)] == pytest.approx([v - 0.5 for v in values()], abs=0.06)


def test_readable_at_arms_length_and_printed_at_actual_size(tmp_path):
    pdf = make(tmp_path)
    with pikepdf.open(pdf) as doc:
        assert doc.Root.ViewerPreferences.PrintScaling == "/None"
        assert doc.Root.ViewerPreferences.Duplex == "/DuplexFlipLongEdge"
    back = read_pages(pdf, fonts=True, shapes=True)[1]
    numbers = [w for w in words(back.chars, ("size",)) if w["text"] in {label(v) for v in values()}]
    assert len(numbers) == 5 * 2 * 7 and min(w["size"] for w in numbers) >= 7.99  # 5 targets, 2 rows, −3 to +3
    assert min(line["linewidth"] for line in back.shapes if line["kind"] == "line") >= 0.5


@pytest.mark.parametrize("sheet", ["a4", "a4-short-edge", "a4-fold", "letter", "a3"])
def test_no_text_runs_into_a_stroke_and_all_stays_on_the_paper(tmp_path, sheet):
    pdf = make(tmp_path, sheet)
    for page in read_pages(pdf, shapes=True):
        margin = 5 * PT
        lines = [s for s in page.shapes if s["kind"] == "line"]
        for c in page.chars:
            assert margin < c["x0"] and c["x1"] < page.width - margin, c["text"]
            assert margin < c["top"] and c["bottom"] < page.height - margin, c["text"]
            for line in lines:
                apart = (c["x1"] < line["x0"] - 0.3 or line["x1"] + 0.3 < c["x0"]
                         or c["bottom"] < line["top"] - 0.3 or line["bottom"] + 0.3 < c["top"])
                assert apart, (sheet, c["text"], line["x0"] / PT, line["top"] / PT)


def test_unknown_sheet_is_a_located_error(tmp_path):
    result = run_cli("calibrate", "--sheet", "a9", "-o", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("--sheet: sheet: template 'a9' not found")
    assert not (tmp_path / "out").exists()
