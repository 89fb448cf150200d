"""`cardgen preflight` on deliberately bad PDFs (tests/fixtures/preflight/, made by make_bad_pdfs.py)
and on cardgen's own print file."""
import pytest

from ..conftest import FIXTURES, run_cli

BAD = FIXTURES / "preflight"


@pytest.mark.parametrize("name, args, message", [
    ("no-trimbox.pdf", ["--shop"], "page 1: boxes: no TrimBox (a print shop places the page by it)"),
    ("unembedded-font.pdf", [], "page 1: fonts: font Helvetica is not embedded"),
    ("rgb-image.pdf", ["--cmyk"], "page 1: colour: RGB is used by image FormXob."),
    ("low-ppi.pdf", ["--shop"], "(142x71 px) is 72 ppi where it is placed (at least 300 wanted)"),
])
def test_each_bad_file_fails_with_its_message(name, args, message, tmp_path):
    result = run_cli("preflight", str(BAD / name), *args, cwd=tmp_path)
    assert result.returncode == 1, result.stdout
    assert any(message in line for line in result.stdout.splitlines()), result.stdout
    assert result.stdout.splitlines()[-1] == f"preflight: {BAD / name}: failed (1 problem)"


def test_the_same_files_pass_where_their_fault_is_not_checked(tmp_path):
    assert run_cli("preflight", str(BAD / "rgb-image.pdf"), "--shop", cwd=tmp_path).returncode == 0
    result = run_cli("preflight", str(BAD / "low-ppi.pdf"), cwd=tmp_path)
    assert result.returncode == 0 and "warning: image" in result.stdout


def test_good_file_passes_everything(tmp_path):
    result = run_cli("preflight", str(BAD / "good.pdf"), "--shop", "--cmyk", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[0].endswith("1 page, 69 x 94 mm; colour spaces: cmyk")


def test_our_print_file_passes_shop_checks_and_sheets_do_not(sample_build, tmp_path):
    result = run_cli("preflight", str(sample_build / "decks" / "sample-print.pdf"), "--shop", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    sheets = run_cli("preflight", str(sample_build / "decks" / "sample-sheets.pdf"), "--shop", cwd=tmp_path)
    assert sheets.returncode == 1 and "no TrimBox" in sheets.stdout  # home sheets are not shop files


def test_not_a_pdf(tmp_path):
    (tmp_path / "x.pdf").write_text("hallo", encoding="utf-8")
    result = run_cli("preflight", "x.pdf", cwd=tmp_path)
    assert result.returncode == 2 and "cannot be read as a PDF" in result.stderr and "Traceback" not in result.stderr


def test_fixtures_are_reproducible(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "tests" / "fixtures" / "preflight"
    shutil.copytree(BAD, copy)
    shutil.copytree(FIXTURES.parent.parent / "cardgen" / "fonts", tmp_path / "cardgen" / "fonts")
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}  # the fixtures carry the invariant date
    subprocess.run([sys.executable, str(copy / "make_bad_pdfs.py")], check=True, env=env)
    for pdf in BAD.glob("*.pdf"):
        assert (copy / pdf.name).read_bytes() == pdf.read_bytes(), pdf.name
