"""`cardgen calibrate`: the back's scales sit exactly behind the front's crosshairs (zero reads 0),
and a sheet's back_offset moves them by that much."""
import pytest
from PIL import ImageOps

from cardgen.layout.calibrate import ticks
from ..conftest import run_cli
from .pdfcheck import render

PX = 20  # pixels per mm


def dark_xs(image, y_mm):
    y = int(round(y_mm * PX))
    return [x / PX for x in range(image.width) if image.getpixel((x, y)) < 160]


def scale_centre_and_line(tmp_path, extra_args=(), templates=None):
    args = ["calibrate", "-o", "out", *extra_args]
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "out" / f"calibrate-{extra_args[1] if extra_args else 'a4'}.pdf"
    front = ImageOps.mirror(render(pdf, 0, PX).convert("L"))  # seen through the paper from the back
    back = render(pdf, 1, PX).convert("L")
    # the middle target is at the page centre; its horizontal scale's baseline is 6 mm above it
    rows = [dark_xs(back, 297 / 2 - 6 + dy / PX) for dy in range(-20, 21)]
    baseline = max(rows, key=len)  # the row of the baseline: the most dark pixels
    centre = (min(baseline) + max(baseline)) / 2
    line = [x for x in dark_xs(front, 297 / 2 - 7.5) if 80 < x < 130]
    return centre, sum(line) / len(line)


def test_zero_of_each_scale_is_behind_the_crosshair(tmp_path):
    centre, line = scale_centre_and_line(tmp_path)
    assert centre == pytest.approx(105, abs=0.1)
    assert line == pytest.approx(centre, abs=0.1)


def test_back_offset_moves_the_scales(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "mijn-printer.yaml").write_text(
        "kind: sheet\nextends: a4\nback_offset: [0.6mm, -0.4mm]\n", encoding="utf-8")
    (tmp_path / "content").mkdir()
    centre, line = scale_centre_and_line(tmp_path, ("--sheet", "mijn-printer"))
    assert centre - line == pytest.approx(0.6, abs=0.1)


def test_scale_ticks_are_symmetric_and_labelled_on_even_millimetres():
    values = [t.offset_mm for t in ticks()]
    assert values == sorted(values) and values[0] == -values[-1]
    assert [t.label for t in ticks() if t.label] == ["-2", "0", "+2"]


def test_unknown_sheet_is_a_located_error(tmp_path):
    result = run_cli("calibrate", "--sheet", "a9", "-o", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("--sheet: sheet: template 'a9' not found")
    assert not (tmp_path / "out").exists()
