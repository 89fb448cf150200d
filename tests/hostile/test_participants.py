"""The participants list of `cardgen certificates` is checked like content: a cell over the csv
module's limit, a FIFO or a folder are one located line with status 2, never a traceback or a hang."""
import os

from ..conftest import copy_fixture, run_cli


def _run(work, people):
    return run_cli("certificates", "bewijs-van-deelname", "content", "--participants", people, "-o", "out",
                   cwd=work)


def test_a_cell_over_the_csv_limit_is_a_located_error(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    (work / "lang.csv").write_text("name,date,hours,group\nAnna,2026-12-03,2,A\n\"" + "x" * 200_000 + "\",2026-12-03,2,A\n",
                                   encoding="utf-8")
    result = _run(work, "lang.csv")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == (
        "lang.csv:3: is not a readable CSV file from row 3 on (field larger than field limit (131072)); "
        "a cell may be at most 120 characters")
    assert not (work / "out").exists()


def test_a_fifo_or_a_folder_is_refused_without_reading_it(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    os.mkfifo(work / "pijp.csv")
    (work / "map.csv").mkdir()
    for name in ("pijp.csv", "map.csv"):
        result = _run(work, name)
        assert result.returncode == 2, result.stderr
        assert result.stderr.splitlines()[0] == (
            f"{name}: is not a file (give the .csv or .xlsx file with one row per participant)")
    assert not (work / "out").exists()
