"""Certificates: one page per participant from a CSV, split files named after the person, and every
bad row reported with its line, nothing written."""
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
