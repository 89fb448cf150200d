"""CMYK print files: every colour operator is CMYK, text is black ink only, RGB images are refused."""
from decimal import Decimal

import pikepdf
import pytest
from PIL import Image

from cardgen.layout.color import parse_colour, to_cmyk, to_rgb
from ..conftest import copy_fixture, run_cli
from ..yamledit import add, edit_yaml, line_of, swap

CMYK_PRINT = "kind: print\nextends: print-shop\ncolor: cmyk\n"


def operators(pdf: pikepdf.Pdf):
    """Every operator of every page and of every form XObject (faces are drawn as forms)."""
    streams = list(pdf.pages) + [obj for obj in pdf.objects if isinstance(obj, pikepdf.Stream)
                                 and obj.get("/Subtype") == "/Form"]
    for stream in streams:
        for operands, op in pikepdf.parse_content_stream(stream):
            yield str(op), [float(v) for v in operands if isinstance(v, (int, float, Decimal))]


def make_pack(tmp_path, logo_mode: str | None):
    work = copy_fixture("valid/sample", tmp_path)
    (work / "templates" / "cmyk.yaml").write_text(CMYK_PRINT, encoding="utf-8")
    with edit_yaml(work / "content" / "decks" / "sample.yaml") as deck:
        add(deck, "print", "cmyk")
        swap(deck["categories"]["blauw"], "color", "#2F5F8A", "cmyk(80, 45, 0, 30)")
        if logo_mode:
            Image.new(logo_mode, (600, 220), (0, 60, 100, 0) if logo_mode == "CMYK" else (40, 90, 140)).save(
                work / "content" / "images" / "logo.jpg")
            swap(deck, "logo", "images/logo.png", "images/logo.jpg")
    return work


def test_cmyk_print_file_has_no_rgb(tmp_path):
    work = make_pack(tmp_path, "CMYK")
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    with pikepdf.open(work / "out" / "decks" / "sample-print.pdf") as pdf:
        ops = list(operators(pdf))
        names = {op for op, _ in ops}
        assert not names & {"rg", "RG", "g", "G"}, names
        fills = [tuple(v) for op, v in ops if op == "k"]
        assert (0.0, 0.0, 0.0, 1.0) in fills  # the question text: black ink only
        assert (0.8, 0.45, 0.0, 0.3) in fills  # a colour given in CMYK passes unchanged
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image":
                assert obj.ColorSpace == "/DeviceCMYK"
    with pikepdf.open(work / "out" / "decks" / "sample-sheets.pdf") as pdf:
        assert "rg" in {op for op, _ in operators(pdf)}  # home printing stays RGB


def test_rgb_logo_in_cmyk_mode_is_an_error(tmp_path):
    work = make_pack(tmp_path, "RGB")
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 2
    line = line_of(work / "content" / "decks" / "sample.yaml", "logo")
    assert (f"content/decks/sample.yaml:{line}:1: logo: 'images/logo.jpg' is RGB, and print template 'cmyk' asks for "
            "CMYK; give a CMYK JPEG (cardgen ships no CMYK colour profile to convert it faithfully)") in result.stderr
    assert not (work / "out").exists()


@pytest.mark.parametrize("text, cmyk", [
    ("#000000", (0, 0, 0, 1)), ("#1A1A1A", (0, 0, 0, 1)), ("#666666", (0, 0, 0, 0.6)),
    ("#FFFFFF", (0, 0, 0, 0)), ("#FF0000", (0, 1, 1, 0)), ("cmyk(10, 20, 30, 40)", (0.1, 0.2, 0.3, 0.4)),
])
def test_colour_conversion(text, cmyk):
    assert to_cmyk(parse_colour(text)) == pytest.approx(cmyk, abs=0.001)


def test_cmyk_to_rgb_for_home_printing():
    assert to_rgb(parse_colour("cmyk(0, 100, 100, 0)")) == pytest.approx((1, 0, 0))
    with pytest.raises(ValueError, match="is not a colour"):
        parse_colour("cmyk(0, 120, 0, 0)")
