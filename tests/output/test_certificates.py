"""Certificates: one page per participant from a CSV, split files named after the person, and every
bad row reported with its line, nothing written."""
import pytest
from pypdf import PdfReader

from ..conftest import copy_fixture, run_cli

CSV = "name,date,hours,group\nSanne de Vries,2026-12-03,2,Groep A\nJoël Bakker,2026-12-03,\"1,5\",Groep A\n" \
      "Sanne de Vries,2026-12-10,2,Groep B\n"


def test_one_page_per_participant_and_split_files(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    (work / "people.csv").write_text(CSV, encoding="utf-8")
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "people.csv", "--split",
                     "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    merged = PdfReader(work / "out" / "certificates" / "bewijs-van-deelname-deelnemers.pdf")
    texts = [page.extract_text() for page in merged.pages]
    assert len(texts) == 3
    assert "Sanne de Vries" in texts[0] and "3 december 2026" in texts[0] and "Groep A" in texts[0]
    assert "Joël Bakker" in texts[1] and "1,5 uur" in texts[1]
    assert "10 december 2026" in texts[2]
    split = sorted(p.name for p in (work / "out" / "certificates" / "bewijs-van-deelname").iterdir())
    assert split == ["joel-bakker.pdf", "sanne-de-vries-2.pdf", "sanne-de-vries.pdf"]


def test_blank_certificate_in_the_build(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    assert run_cli("build", "content", "-o", "out", cwd=work).returncode == 0
    reader = PdfReader(work / "out" / "certificates" / "bewijs-van-deelname.pdf")
    assert len(reader.pages) == 1 and "Bewijs van deelname" in reader.pages[0].extract_text()
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert width > height  # landscape


def test_bad_rows_are_reported_with_their_lines_and_nothing_is_written(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    (work / "bad.csv").write_text("name,date,hours,group,rol\n,2026-12-03,2,A\nPiet,3-12-2026,twee,A\n", encoding="utf-8")
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "bad.csv", "-o", "out",
                     cwd=work)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "bad.csv:1: rol: unknown column (allowed: name, date, hours, group, organisation)",
        "bad.csv:2: name: a name is required",
        "bad.csv:3: date: '3-12-2026' is not a date (use YYYY-MM-DD, e.g. 2026-12-03)",
        "bad.csv:3: hours: 'twee' is not a number of hours (e.g. 2 or 1,5)",
        "4 errors, nothing written"]
    assert not (work / "out").exists()


def test_a_row_too_long_for_the_page_is_reported_and_nothing_is_written(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    long_group = " ".join(["Intervisiegroep casemanagers verzuim regio Utrecht-Noord"] * 40)
    (work / "long.csv").write_text(f"name,date,hours,group\nAnna,2026-12-03,2,A\nPiet,2026-12-03,2,{long_group}\n",
                                   encoding="utf-8")
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "long.csv", "-o", "out",
                     cwd=work)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        "long.csv:3: name: the certificate for 'Piet' does not fit its page: the sentence runs over by 27.2 mm "
        "even at the floor size 10 pt; shorten the row",
        "1 error, nothing written"]
    assert not (work / "out").exists()


def test_the_template_paper_is_honoured_and_laid_out_for_it(tmp_path):
    """A pack template with paper Letter (portrait) or A5 (landscape) gives that page, with the frame
    and text scaled to it, not an A4 page scaled down (pikepdf and pdfplumber read it back)."""
    import pdfplumber
    import pikepdf

    import yaml

    work = copy_fixture("valid/certificates", tmp_path)
    source = yaml.safe_load((work / "content" / "certificates" / "bewijs-van-deelname.yaml").read_text("utf-8"))
    for name, layout in (("letter", "certificaat-letter"), ("a5", "certificaat-a5")):
        variant = {"certificate": f"bewijs-{name}", **{k: v for k, v in source.items() if k != "certificate"},
                   "layout": layout}
        (work / "content" / "certificates" / f"{name}.yaml").write_text(yaml.safe_dump(variant, allow_unicode=True, sort_keys=False),
                                                                         encoding="utf-8")
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    mm = 72 / 25.4
    for name, size in (("letter", (215.9, 279.4)), ("a5", (210.0, 148.0)), ("", (297.0, 210.0))):
        path = work / "out" / "certificates" / (f"bewijs-{name}.pdf" if name else "bewijs-van-deelname.pdf")
        with pikepdf.open(path) as pdf:
            assert tuple(round(float(v) / mm, 1) for v in pdf.pages[0].mediabox[2:]) == size
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[0]
            chars = page.chars
            k = min(page.width / (297 * mm), page.height / (210 * mm))
            # every letter inside the inner frame (15 mm at A4 landscape, scaled with the page)
            inner = 15 * mm * k
            assert all(inner < c["x0"] and c["x1"] < page.width - inner and inner < c["top"]
                       and c["bottom"] < page.height - inner for c in chars), name
            title = [c for c in chars if "Bold" in c["fontname"] and c["text"] == "B"][0]
            assert title["size"] == pytest.approx(34 * k, abs=0.01)  # the first title size that fits
