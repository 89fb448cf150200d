"""`cardgen watch`: a saved change rebuilds the items it affects, within 2 s, and nothing else; errors
are reported and the watch goes on. The process runs for real and the files are changed on disk."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from ..conftest import run_cli
from .live import Running


def _stamps(out: Path) -> dict[str, int]:
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in out.rglob("*.pdf")}


@pytest.fixture
def pack(tmp_path) -> Path:
    """The new pack of `cardgen init`, with a second deck."""
    assert run_cli("init", "p", cwd=tmp_path).returncode == 0
    pack = tmp_path / "p"
    text = (pack / "content/decks/mijn-kaarten.yaml").read_text(encoding="utf-8")
    (pack / "content/decks/tweede.yaml").write_text(text.replace("deck: mijn-kaarten", "deck: tweede"),
                                                    encoding="utf-8")
    return pack


def test_a_saved_card_rebuilds_its_deck_within_two_seconds_and_nothing_else(pack):
    watch = Running("watch", cwd=pack)
    try:
        watch.expect(lambda line: line.startswith("watching "))
        out = pack / "output"
        before = _stamps(out)
        assert len(before) == 9  # two decks (2 files each), a method (2), an agenda, a form (2)
        deck = pack / "content/decks/mijn-kaarten.yaml"
        deck.write_text(deck.read_text(encoding="utf-8").replace(
            "Hoe zou de ander deze situatie beschrijven?", "Hoe zou je buurman dit beschrijven?"), encoding="utf-8")
        saved = time.monotonic()
        print_file = out / "decks/mijn-kaarten-print.pdf"
        while _stamps(out).get("decks/mijn-kaarten-print.pdf") == before["decks/mijn-kaarten-print.pdf"]:
            assert time.monotonic() - saved < 2.0, f"the deck was not rebuilt within 2 s of the save: {watch.seen}"
            time.sleep(0.02)
        _, line, _ = watch.expect(lambda line: "mijn-kaarten:" in line, timeout=5)
        assert line.endswith(" s") and "mijn-kaarten: 2 files in " in line
        assert line[:8].count(":") == 2  # the time of the rebuild, HH:MM:SS
        time.sleep(0.5)
        after = _stamps(out)
        changed = sorted(k for k in after if after[k] != before[k])
        assert changed == ["decks/mijn-kaarten-print.pdf", "decks/mijn-kaarten-sheets.pdf"]
        text = " ".join(page.extract_text() for page in PdfReader(print_file).pages)
        assert "buurman" in " ".join(text.split())
    finally:
        watch.stop()


def test_errors_are_shown_and_the_watch_goes_on(pack):
    watch = Running("watch", cwd=pack)
    try:
        watch.expect(lambda line: line.startswith("watching "))
        method = pack / "content/methods/mijn-methode.yaml"
        good = method.read_text(encoding="utf-8")
        method.write_text(good.replace("duration: 15,", "duration: kwartier,"), encoding="utf-8")
        # the method and the agenda that follows its steps are rebuilt together; the method's error is
        # reported once, and the agenda adds none of its own (it has no steps to schedule)
        _, line, _ = watch.expect(lambda line: "mijn-methode, mijn-sessie:" in line, timeout=10)
        assert line.endswith("1 error, nothing written"), line
        # stderr and stdout are read apart, so the message may come in before or after the summary
        messages = [s for s in watch.seen if s.startswith("stderr:   content/")]
        if not messages:
            messages = ["stderr: " + watch.expect(lambda line: line.startswith("  content/"))[1]]
        assert len(messages) == 1 and messages[0].startswith("stderr:   content/methods/mijn-methode.yaml:")
        assert "steps[2].duration" in messages[0]
        assert watch.process.poll() is None
        method.write_text(good.replace("Vragen, verkennen, vooruit", "Vragen en verder"), encoding="utf-8")
        _, line, _ = watch.expect(lambda line: "mijn-methode, mijn-sessie: 3 files" in line, timeout=10)
        text = PdfReader(pack / "output/methods/mijn-methode-a4.pdf").pages[0].extract_text()
        assert "Vragen en verder" in text
    finally:
        watch.stop()


def test_what_a_change_affects(pack):
    from cardgen.kinds import kind_keys
    from cardgen.watch import Watcher

    watcher = Watcher(pack / "content", pack / "output", [], None, kind_keys())
    content = pack / "content"
    assert watcher.affected({content / "decks/tweede.yaml"}) == ["tweede"]
    assert watcher.affected({content / "forms/mijn-formulier.yaml"}) == ["mijn-formulier", "mijn-sessie"]
    assert watcher.affected({pack / "templates/mijn-kaart.yaml"}) is None  # a template: everything
    assert watcher.affected({content / "brand.yaml"}) is None
    assert watcher.affected({pack / "output/decks/tweede-print.pdf", content / ".mijn-kaarten.yaml.swp",
                             pack / "README.md"}) == []
    (content / "decks/tweede.yaml").unlink()
    assert watcher.affected({content / "decks/tweede.yaml"}) == []
    shutil.copy(content / "decks/mijn-kaarten.yaml", content / "decks/kopie.yaml")
    assert watcher.affected({content / "decks/kopie.yaml"}) == ["mijn-kaarten"]


def test_a_changed_spreadsheet_rebuilds_the_items_that_read_it(pack):
    """A deck's `cards:` and a form's `fields:` may name a spreadsheet: saving it rebuilds that deck, and that
    form with the agenda that hands it out; a spreadsheet no item reads (or Excel's lock file) rebuilds nothing."""
    from cardgen.kinds import kind_keys
    from cardgen.watch import Watcher

    content = pack / "content"
    (content / "tabellen").mkdir()
    for name in ("kaarten.xlsx", "velden.csv", "los.csv", "~$kaarten.xlsx"):
        (content / "tabellen" / name).write_bytes(b"")
    deck = (content / "decks/tweede.yaml").read_text(encoding="utf-8").split("\ncards:")[0]
    (content / "decks/tweede.yaml").write_text(deck + "\ncards: {file: tabellen/kaarten.xlsx, sheet: Vragen}\n",
                                                encoding="utf-8")
    form = (content / "forms/mijn-formulier.yaml").read_text(encoding="utf-8").split("\nfields:")[0]
    (content / "forms/mijn-formulier.yaml").write_text(form + "\nfields: tabellen/velden.csv\n", encoding="utf-8")
    watcher = Watcher(content, pack / "output", [], None, kind_keys())
    assert watcher.affected({content / "tabellen/kaarten.xlsx"}) == ["tweede"]
    assert watcher.affected({content / "tabellen/velden.csv"}) == ["mijn-formulier", "mijn-sessie"]
    assert watcher.affected({content / "tabellen/los.csv", content / "tabellen/~$kaarten.xlsx"}) == []
    # the deck is changed to read another file: the watch follows the YAML it was last given
    (content / "decks/tweede.yaml").write_text(deck + "\ncards: tabellen/los.csv\n", encoding="utf-8")
    assert watcher.affected({content / "decks/tweede.yaml"}) == ["tweede"]
    assert watcher.affected({content / "tabellen/los.csv"}) == ["tweede"]
    assert watcher.affected({content / "tabellen/kaarten.xlsx"}) == []


def test_watch_and_serve_refuse_a_pack_that_is_not_there(tmp_path):
    for command in ("watch", "serve"):
        ran = run_cli(command, "nergens", cwd=tmp_path)
        assert ran.returncode == 2 and "Traceback" not in ran.stderr
        assert ran.stderr.splitlines()[0].startswith("nergens: is not a folder")
