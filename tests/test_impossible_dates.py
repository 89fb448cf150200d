"""An impossible date such as 2026-02-30 is a located error wherever a date is read, never a traceback;
where the content holds text, a date-like text stays text. (The content files themselves are in
fixtures/invalid/impossible-date, checked by test_errors.py for `check` and `build`.)"""
import re
import shutil

from .conftest import copy_fixture, run_cli
from .pdfread import read_pages, text


def test_the_scenario_reports_both_agendas_at_their_date(tmp_path):
    work = copy_fixture("invalid/impossible-date", tmp_path)
    result = run_cli("check", "content", cwd=work)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert any(line.startswith("content/agendas/a.yaml:4:1: date: ") and "'2026-02-30'" in line for line in lines)
    assert "content/agendas/b.yaml:4:7: date: cannot be read as a YAML timestamp (day is out of range for month)" \
        in lines


def test_a_date_in_a_cards_text_is_printed_as_written(tmp_path):
    work = copy_fixture("invalid/impossible-date", tmp_path)
    shutil.rmtree(work / "content" / "agendas")  # the valid variant: the deck alone
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    printed = text(read_pages(work / "out" / "decks" / "d-print.pdf")[0].chars)
    assert re.search(r"2026[-–]02[-–]30", printed), printed  # (the typesetter may set its hyphens as dashes)


def test_an_impossible_date_on_the_command_line_is_a_usage_error(tmp_path):
    work = copy_fixture("valid/agendas", tmp_path)
    result = run_cli("agenda", "voorbeeldagenda", "content", "--date", "2026-02-30", "-o", "out", cwd=work)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Invalid value for '--date'" in result.stderr and "2026-02-30" in result.stderr
    assert not (work / "out").exists()


def test_an_impossible_date_in_the_participants_csv_is_reported_with_its_line(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    (work / "bad.csv").write_text("name,date,hours,group\nAnna,2026-12-03,2,A\nPiet,2026-02-30,2,A\n", encoding="utf-8")
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "bad.csv", "-o", "out",
                     cwd=work)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith("bad.csv:3: date: '2026-02-30' is not a date (use ")
    assert not (work / "out").exists()
