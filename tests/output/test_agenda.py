"""Agendas: clock times computed and printed, in order, on one page of the template's paper; the command
for tonight."""
import re

import pikepdf
import pytest

from ..conftest import copy_fixture, run_cli
from ..pdfread import read_pages, text, words
from .pdfcheck import MM, fonts


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return copy_fixture("valid/agendas", tmp_path_factory.mktemp("agendas"))


def test_agenda_command_for_tonight(work):
    result = run_cli("agenda", "voorbeeldagenda", "content", "--start", "19:30", "--participants", "6",
                     "--date", "2026-12-03", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Intervisiesessie – 2026-12-03"
    times = [re.match(r"(\d\d:\d\d)–(\d\d:\d\d)", line).groups() for line in lines[1:7]]
    assert times[0][0] == "19:30" and times[-1][1] == "21:00"
    assert all(a[1] == b[0] for a, b in zip(times, times[1:]))  # each block starts when the last ends
    out = work / "out"
    assert (out / "agendas" / "voorbeeldagenda.pdf").is_file()
    assert (out / "methods" / "intercollegiale-bevraging-a4.pdf").is_file()  # the handout
    pages = read_pages(out / "agendas" / "voorbeeldagenda.pdf")
    assert len(pages) == 1
    page = pages[0]
    assert (page.width / MM, page.height / MM) == pytest.approx((210, 297), abs=0.1)
    printed = text(page.chars)
    found = re.findall(r"(\d\d:\d\d)–(\d\d:\d\d)", printed)
    assert found[1:] == times  # after the header's 19:30–21:00
    assert "3 december 2026" in printed


def test_turns_per_participant_with_a_break(work):
    result = run_cli("check", "content", cwd=work)
    assert result.returncode == 0, result.stderr
    build = run_cli("agenda", "rondes", "content", "-o", "out2", cwd=work)
    assert build.returncode == 0, build.stderr
    lines = [line for line in build.stdout.splitlines()[1:] if re.match(r"\d\d:\d\d", line)]
    assert sum(1 for line in lines if "beurt 4" in line) == 5  # the five phases of the method, fourth turn
    assert any("Pauze" in line for line in lines)
    assert lines[0].startswith("13:00–13:15") and lines[-1].split()[0].endswith("16:40")  # 220 minutes


def test_too_many_turns_is_an_error_with_the_numbers(work):
    result = run_cli("agenda", "rondes", "content", "--participants", "6", "-o", "out3", cwd=work)
    assert result.returncode == 2
    assert ("6 turns of 45 min + 15 min pause + 25 min other blocks = 310 min do not fit in 220 min"
            in result.stderr)
    assert not (work / "out3").exists()


def test_turn_titles_and_the_footer_read_right(work):
    """'Probleeminbreng · beurt 1' with its space; the footer says the times are computed without
    naming the tool; only the brand's family is embedded."""
    result = run_cli("build", "content", "-o", "out4", "--only", "rondes", cwd=work)
    assert result.returncode == 0, result.stderr
    path = work / "out4" / "agendas" / "rondes.pdf"
    printed = text(read_pages(path)[0].chars)
    assert "Probleeminbreng · beurt 1" in printed and "Discussie en evaluatie · beurt 4" in printed
    assert "tijden berekend" in printed and "cardgen" not in printed
    with pikepdf.open(path) as pdf:
        found = fonts(pdf)
    assert found and all(embedded and "Lato" in name for name, embedded in found), found


@pytest.mark.parametrize("agenda, size_mm", [("kort-a5", (148, 210)), ("kort-letter", (215.9, 279.4)),
                                             ("voorbeeldagenda", (210, 297))])
def test_the_template_paper_is_honoured(work, agenda, size_mm):
    result = run_cli("build", "content", "-o", f"out-{agenda}", "--only", agenda, cwd=work)
    assert result.returncode == 0, result.stderr
    with pikepdf.open(work / f"out-{agenda}" / "agendas" / f"{agenda}.pdf") as pdf:
        assert len(pdf.pages) == 1
        x0, y0, x1, y1 = (float(v) for v in pdf.pages[0].MediaBox)
    assert (x0, y0) == (0, 0)
    assert (x1 / MM, y1 / MM) == pytest.approx(size_mm, abs=0.1)


def test_an_agenda_templates_max_size_grows_a_short_programme(work):
    """The template's ceiling reaches the page: three blocks on A4 fill a fraction of it at 10.5 pt, so
    with max_size 11pt they are set at 11 pt (well below 11.75 pt, where '19:30–19:40' and '10 min' no
    longer fit the 38 mm time column); the same agenda on the plain template stays at 10.5 pt."""
    (work / "content" / "templates" / "agenda-groot.yaml").write_text(
        "template: agenda-groot\nkind: agenda\nextends: agenda\nmax_size: 11pt\n", encoding="utf-8")
    short = (work / "content" / "agendas" / "kort-a5.yaml").read_text(encoding="utf-8")
    for name, layout in (("kort-groot", "agenda-groot"), ("kort-a4", "agenda")):
        (work / "content" / "agendas" / f"{name}.yaml").write_text(
            short.replace("agenda: kort-a5", f"agenda: {name}").replace("layout: agenda-a5", f"layout: {layout}"),
            encoding="utf-8")
    result = run_cli("build", "content", "-o", "out-groot", "--only", "kort-groot", "--only", "kort-a4", cwd=work)
    assert result.returncode == 0, result.stderr

    def size_of(agenda, word):
        page = read_pages(work / "out-groot" / "agendas" / f"{agenda}.pdf", fonts=True)[0]
        return next(w["size"] for w in words(page.chars, ("size",)) if w["text"] == word)

    assert size_of("kort-groot", "Casusinbreng") == pytest.approx(11, abs=0.01)
    assert size_of("kort-a4", "Casusinbreng") == pytest.approx(10.5, abs=0.01)


@pytest.mark.parametrize("only", [(), ("--only", "rondes")])
def test_a_broken_method_is_reported_once_and_its_agenda_adds_no_error(tmp_path, only):
    """An agenda that follows a method with a bad step has no steps to schedule: the method's error is
    the one to fix, reported once (also when only the agenda is built), not followed by 'the blocks do
    not fill 220 min'."""
    work = copy_fixture("valid/agendas", tmp_path)
    method = work / "content" / "methods" / "intercollegiale-bevraging.yaml"
    lines = method.read_text(encoding="utf-8").splitlines()
    lines[10] = lines[10].replace("duration: 5", "duration: kwartier")
    method.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("check", "content", *only, cwd=work)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("  ") or ".yaml:" in line]
    assert len(errors) == 1, result.stderr
    assert "methods/intercollegiale-bevraging.yaml:11:" in errors[0] and "duration" in errors[0]
    assert result.stderr.rstrip().endswith("1 error, nothing written")
