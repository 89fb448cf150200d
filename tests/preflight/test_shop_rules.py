"""`cardgen preflight --shop` on print files made here with one known fault each (text 1 mm from the
trim, a background that stops at the trim, a hairline, Helvetica in a form field), and on a file
that has none of them. Each file is a 63 x 88 mm card with 3 mm bleed, drawn with reportlab in CMYK
and the embedded Lato, so that only the planted fault can fail."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ..conftest import ROOT, run_cli

MM = 72 / 25.4
W, H, B = 63 * MM, 88 * MM, 3 * MM


def card(path: Path, fault: str | None = None) -> Path:
    pdfmetrics.registerFont(TTFont("LatoTest", str(ROOT / "cardgen" / "fonts" / "Lato-Regular.ttf")))
    canvas = Canvas(str(path), pagesize=(W + 2 * B, H + 2 * B), invariant=1, initialFontName="LatoTest")
    canvas.setTrimBox((B, B, B + W, B + H))
    canvas.setBleedBox((0, 0, W + 2 * B, H + 2 * B))
    canvas.setFillColorCMYK(0, 0.6, 0.8, 0.1)
    if fault == "no-bleed":  # the band stops at the trim on the top, left and right
        canvas.rect(B, B + H - 20 * MM, W, 20 * MM, stroke=0, fill=1)
    else:
        canvas.rect(0, B + H - 20 * MM, W + 2 * B, 20 * MM + B, stroke=0, fill=1)
    canvas.setFillColorCMYK(0, 0, 0, 1)
    canvas.setFont("LatoTest", 11)
    x = B + (1 if fault == "text" else 5) * MM  # 1 mm from the trim: the cutter may take it
    canvas.drawString(x, B + 40 * MM, "Hoe voelde je je?")
    canvas.setStrokeColorCMYK(0, 0, 0, 1)
    canvas.setLineWidth(0.1 if fault == "hairline" else 0.5)
    canvas.line(B + 5 * MM, B + 30 * MM, B + W - 5 * MM, B + 30 * MM)
    if fault == "hairline-in-form":  # 1 pt drawn in a form placed at a fifth of its size: 0.2 pt
        canvas.beginForm("thin")
        canvas.setLineWidth(1)
        canvas.line(0, 0, 100, 0)
        canvas.endForm()
        canvas.saveState()
        canvas.translate(B + 5 * MM, B + 20 * MM)
        canvas.scale(0.2, 0.2)
        canvas.doForm("thin")
        canvas.restoreState()
    if fault == "field":  # what is typed into it is set in Helvetica, which a form field cannot embed
        canvas.acroForm.textfield(name="naam", x=B + 5 * MM, y=B + 10 * MM, width=40 * MM, height=8 * MM,
                                  borderWidth=0, fillColor=None)
    canvas.showPage()
    canvas.save()
    return path


def shop(path: Path) -> tuple[int, list[str]]:
    result = run_cli("preflight", str(path), "--shop", "--cmyk", cwd=path.parent)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stdout.splitlines()


def test_a_clean_card_passes(tmp_path):
    status, lines = shop(card(tmp_path / "goed.pdf"))
    assert status == 0, lines
    assert lines[-1].endswith("goed.pdf: passed")


def ink_left_of_text(path: Path) -> float:
    """Where the text's ink starts, in mm from the trim, read from the page as PDFium draws it: the
    glyph 'H' starts a little right of the pen position (its side bearing)."""
    from ..output.pdfcheck import render

    image = render(path, 0, 20).convert("L")
    baseline = (H + 2 * B - (B + 40 * MM)) / MM  # from the top, in mm
    rows = range(int((baseline - 2.5) * 20), int((baseline - 0.5) * 20))
    left = min(x for y in rows for x in range(0, 20 * 20) if image.getpixel((x, y)) < 128)
    return left / 20 - 3


@pytest.mark.parametrize("fault, message", [
    ("text", "page 1: safe zone: text {} mm from the trim ('Hoe voelde je je?', at the left edge); keep "
             "text at least 3 mm inside the trim"),
    ("no-bleed", "page 1: bleed: the artwork stops at the trim on the left, right and top sides (white where "
                 "the bleed should be, over "),
    ("hairline", "page 1: lines: a line of 0.10 pt is drawn; lines under 0.25 pt may not print"),
    ("hairline-in-form", "page 1: lines: a line of 0.20 pt is drawn; lines under 0.25 pt may not print"),
    ("field", "page 1: fonts: form field 'naam' uses font Helvetica, which is not embedded (the printer "
              "substitutes its own)"),
])
def test_each_fault_is_reported_once(tmp_path, fault, message):
    path = card(tmp_path / f"{fault}.pdf", fault)
    status, lines = shop(path)
    assert status == 1, lines
    found = [line for line in lines if ": page 1: " in line]
    assert len(found) == 1, lines
    if fault == "text":  # the distance as the ink shows it, to a pixel of 0.05 mm and the rounding
        ink = ink_left_of_text(path)
        assert 1.0 < ink < 1.6  # the pen is 1 mm from the trim
        said = float(found[0].split("safe zone: text ")[1].split(" mm")[0])
        assert said == pytest.approx(ink, abs=0.11)
        message = message.format(f"{said:.1f}")
    assert message in found[0], lines
    assert lines[-1] == f"preflight: {path}: failed (1 problem)"


def test_without_shop_the_drawn_checks_are_not_made(tmp_path):
    path = card(tmp_path / "text.pdf", "text")
    result = run_cli("preflight", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stdout


def test_the_packs_own_print_files_pass(sample_build, tmp_path):
    result = run_cli("preflight", str(sample_build / "decks" / "sample-print.pdf"), "--shop", cwd=tmp_path)
    assert result.returncode == 0, result.stdout


def test_every_print_file_of_the_default_pack_passes(default_build, tmp_path):
    """The build no longer re-opens its print files (build --preflight does): this is the check that the
    default pack's print-shop files, pictures and QR codes included, pass what a shop checks."""
    files = sorted(str(p) for p in (default_build / "decks").glob("*-print*.pdf"))
    assert len(files) >= 11
    result = run_cli("preflight", *files, "--shop", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert result.stdout.count(": passed") == len(files)
