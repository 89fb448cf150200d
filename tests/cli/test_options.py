"""The command line as people use it: -h everywhere with examples, times and dates as Dutch people
write them, only the files a run wrote, --quiet, --verbose, --strict and the exit statuses."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from cardgen.cli import main

from ..conftest import copy_fixture, run_cli, run_process
from ..yamledit import write_yaml

COMMANDS = sorted(main.commands)


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("opts")
    assert run_cli("init", "p", cwd=home).returncode == 0
    return home / "p"


def test_every_command_takes_dash_h_and_shows_examples():
    assert {"init", "build", "check", "watch", "serve", "agenda"} <= set(COMMANDS)
    for name in [None, *COMMANDS]:
        args = [name, "-h"] if name else ["-h"]
        ran = run_cli(*args, cwd=Path.cwd())
        assert ran.returncode == 0, (name, ran.stderr)
        assert ran.stdout.startswith(f"Usage: cardgen {name + ' ' if name else ''}"), name
        lines = ran.stdout.splitlines()
        examples = lines[lines.index("  Examples:") + 1:]
        assert sum(line.strip().startswith("cardgen ") for line in examples) >= 2, (name, examples)
        assert run_cli(*(args[:-1] + ["--help"]), cwd=Path.cwd()).stdout == ran.stdout


def test_python_dash_m_cardgen_help_in_a_real_process(tmp_path):
    ran = run_process("--help", cwd=tmp_path)
    assert ran.returncode == 0 and ran.stdout.startswith("Usage: cardgen [OPTIONS] COMMAND")


@pytest.mark.parametrize("given", ["19:30", "19.30", "1930"])
def test_start_times_as_people_write_them(pack, tmp_path, given):
    ran = run_cli("agenda", "mijn-sessie", "--start", given, "-o", str(tmp_path / "out"), cwd=pack)
    assert ran.returncode == 0, ran.stderr
    first = ran.stdout.splitlines()[1]
    assert first.startswith("19:30–"), first
    text = PdfReader(tmp_path / "out/agendas/mijn-sessie.pdf").pages[0].extract_text()
    assert "19:30" in text


@pytest.mark.parametrize("given", ["9.05", "905", "09:05"])
def test_an_hour_of_one_digit(pack, tmp_path, given):
    ran = run_cli("agenda", "mijn-sessie", "--start", given, "-o", str(tmp_path / "out"), cwd=pack)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines()[1].startswith("09:05–")


@pytest.mark.parametrize("given", ["24:00", "19:60", "7", "19,30", "half acht"])
def test_a_time_that_is_not_one_is_refused_with_exit_2(pack, tmp_path, given):
    ran = run_cli("agenda", "mijn-sessie", "--start", given, "-o", str(tmp_path / "out"), cwd=pack)
    assert ran.returncode == 2 and "Traceback" not in ran.stderr
    assert f"'{given}' is not a time (use e.g. 19:30, 19.30 or 1930)" in ran.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("given", ["2026-12-03", "3-12-2026", "03-12-2026", "3/12/2026", "3.12.2026"])
def test_dates_as_people_write_them(pack, tmp_path, given):
    ran = run_cli("agenda", "mijn-sessie", "--date", given, "-o", str(tmp_path / "out"), cwd=pack)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines()[0].endswith("2026-12-03")


@pytest.mark.parametrize("given, message", [("31-2-2026", "is not a day of the calendar"),
                                            ("12-3", "is not a date"), ("2026/12/03", "is not a date")])
def test_a_date_that_is_not_one_is_refused(pack, tmp_path, given, message):
    ran = run_cli("agenda", "mijn-sessie", "--date", given, "-o", str(tmp_path / "out"), cwd=pack)
    assert ran.returncode == 2 and f"'{given}' {message}" in ran.stderr


def test_each_command_lists_only_the_files_it_wrote(pack, tmp_path):
    out = tmp_path / "out"
    everything = run_cli("build", "-o", str(out), cwd=pack)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert sorted(line.split()[-1] for line in everything.stdout.splitlines()) == \
        sorted(str(out / e["path"]) for e in manifest)
    time.sleep(0.05)
    one = run_cli("build", "--only", "mijn-kaarten", "--force", "-o", str(out), cwd=pack)
    assert sorted(line.split()[-1] for line in one.stdout.splitlines()) == \
        [str(out / "decks/mijn-kaarten-print.pdf"), str(out / "decks/mijn-kaarten-sheets.pdf")]
    assert len(json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]) == len(manifest)
    time.sleep(0.05)
    agenda = run_cli("agenda", "mijn-sessie", "-o", str(out), cwd=pack)
    written = sorted(line.split()[-1] for line in agenda.stdout.splitlines() if line.startswith(("agenda", "form",
                                                                                                "cheatsheet")))
    assert all("decks/" not in path for path in written) and str(out / "agendas/mijn-sessie.pdf") in written
    assert str(out / "forms/mijn-formulier.pdf") in written  # the agenda's handout


def test_quiet_prints_nothing_and_verbose_tells_the_stages(pack, tmp_path):
    for args in (["build", "-q"], ["-q", "build"], ["build", "--quiet"]):
        ran = run_cli(*args, "-o", str(tmp_path / "q"), cwd=pack)
        assert ran.returncode == 0 and ran.stdout == "" and ran.stderr == "", args
    assert (tmp_path / "q/decks/mijn-kaarten-print.pdf").is_file()
    ran = run_cli("build", "-v", "-o", str(tmp_path / "v"), cwd=pack)
    assert ran.returncode == 0 and len(ran.stdout.splitlines()) == 7
    [summary] = ran.stderr.splitlines()
    assert summary.startswith(f"built 4 items into {tmp_path / 'v'}: 7 files in ")
    assert all(f"{stage} " in summary for stage in ("load", "plan", "draw"))


def test_verbose_preflight_and_calibrate_say_how_long_they_took(pack, tmp_path):
    """-v promises the time on stderr for every command; quiet or not, stdout stays the same."""
    import re

    assert run_cli("build", "-q", "-o", str(tmp_path / "b"), cwd=pack).returncode == 0
    pdf = str(tmp_path / "b/decks/mijn-kaarten-print.pdf")
    for args, command in ((["preflight", pdf], "preflight"), (["calibrate", "-o", str(tmp_path / "c")], "calibrate")):
        plain, verbose = run_cli(*args, cwd=pack), run_cli(*args, "-v", cwd=pack)
        assert plain.returncode == verbose.returncode == 0, verbose.stderr
        assert plain.stderr == ""
        said = verbose.stderr.splitlines()
        assert said and re.fullmatch(rf"{command}: done in \d+\.\d s", said[-1]), f"{command} -v said {said}"
        assert verbose.stdout == plain.stdout


def test_strict_turns_warnings_into_exit_status_1(tmp_path):
    from PIL import Image

    work = copy_fixture("valid/sample", tmp_path)
    Image.new("RGB", (60, 22), (40, 90, 140)).save(work / "content/images/logo.png")  # 102 ppi: a warning
    plain = run_cli("build", "content", "-o", "a", cwd=work)
    assert plain.returncode == 0 and plain.stderr.startswith("warning: ")
    strict = run_cli("build", "content", "-o", "b", "--strict", cwd=work)
    assert strict.returncode == 1
    assert strict.stderr.splitlines()[-1] == "--strict: 1 warning"
    assert (work / "b/decks/sample-print.pdf").is_file()  # written all the same
    assert run_cli("check", "content", "--strict", cwd=work).returncode == 1


def test_errors_exit_2(tmp_path):
    work = copy_fixture("invalid/unknown-category", tmp_path)
    assert run_cli("build", "content", "--strict", cwd=work).returncode == 2


def test_the_progress_bar_waits_a_second_then_shows_done_of_total(monkeypatch, capsys):
    from cardgen.commands import report

    with report.Bar("build", enabled=True) as bar:  # a quick run: nothing at all
        bar.update("draw", 1, 2)
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(report, "DELAY", 0.0)
    with report.Bar("build", enabled=True) as bar:
        bar.update("draw", 3, 12)
        time.sleep(0.6)
    err = capsys.readouterr().err
    assert "\rdraw [########----------------------] 3/12  0 s" in err  # 30 cells, 3/12 of them filled
    assert err.endswith("\r" + " " * len("draw [########----------------------] 3/12  0 s") + "\r")  # wiped


def test_a_long_build_shows_progress_on_a_terminal(tmp_path):
    """Two decks of 900 cards take over a second: on a terminal (a pty) stderr shows the bar, and stdout lists
    the files. In one process (-j 1) the decks are drawn one after the other, so the bar stands at 1/2 for a
    while (with two, both end at about the same moment)."""
    import os
    import pty
    import subprocess
    import sys

    (tmp_path / "content/decks").mkdir(parents=True)
    for name in ("groot", "ook-groot"):
        deck = {"deck": name, "title": "Groot", "bron": "test", "categories": {"a": {"label": "A"}},
                "cards": [{"category": "a", "text": f"Vraag nummer {n} over de casus?"} for n in range(900)]}
        write_yaml(tmp_path / f"content/decks/{name}.yaml", deck)
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    process = subprocess.Popen([sys.executable, "-m", "cardgen", "build", "-o", "tty", "-j", "1"], cwd=tmp_path, env=env,
                               stdout=subprocess.PIPE, stderr=follower, text=True)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    stdout = process.communicate(timeout=120)[0]
    os.close(leader)
    assert process.returncode == 0, seen.decode(errors="replace")[-2000:]
    assert b"\rdraw [###############---------------] 1/2  " in seen, seen[-300:]  # one deck of two drawn
    assert "decks/groot-print.pdf" in stdout


def test_a_build_into_a_pipe_shows_no_progress(tmp_path, monkeypatch):
    """Not a terminal (the in-process runner's stderr, as a pipe or a file): no bar, even with no delay
    before it would show; the bars the build made say they were off, and stderr has no carriage return."""
    from cardgen.commands import build, report

    made = []

    class Spied(report.Bar):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(report, "DELAY", 0.0)
    monkeypatch.setattr(build, "Bar", Spied)
    work = copy_fixture("valid/sample", tmp_path)
    piped = run_cli("build", "content", "-o", "pipe", cwd=work)
    assert piped.returncode == 0 and "decks/sample-print.pdf" in piped.stdout
    assert [bar.enabled for bar in made] == [False]
    assert "\r" not in piped.stderr and "draw [" not in piped.stderr


def test_shell_completion_comes_from_click(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "_CARDGEN_COMPLETE": "bash_complete", "COMP_WORDS": "cardgen build --on", "COMP_CWORD": "2"}
    ran = subprocess.run([sys.executable, "-m", "cardgen"], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=60)
    assert ran.stdout.split() == ["plain,--only"]
    env.update(_CARDGEN_COMPLETE="bash_source")
    assert "complete -o nosort -F _cardgen_completion cardgen" in subprocess.run(
        [sys.executable, "-m", "cardgen"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60).stdout
