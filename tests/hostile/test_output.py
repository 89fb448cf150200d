"""Output is all or nothing: an unusable output folder, a full disk, SIGTERM and Ctrl-C leave the output
folder as it was (no half-written files, no staging folders) and say so in one line."""
import errno
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cardgen.errors import CardgenError
from cardgen.write import Staging

from ..conftest import EPOCH, run_cli
from .helpers import DECK, listing, write_pack


def _digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()}


def _one_line(result, message: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [message, "1 error, nothing written"]


def test_an_output_folder_below_a_file(tmp_path):
    write_pack(tmp_path, {"content/decks/d.yaml": DECK, "bestand": "x"})
    before = listing(tmp_path)
    result = run_cli("build", "content", "-o", "bestand/uit", cwd=tmp_path)
    _one_line(result, "bestand/uit: cannot write the output: a file stands where a folder must be at bestand "
                      "(Not a directory)")
    assert listing(tmp_path) == before


def test_an_output_folder_that_is_a_file(tmp_path, monkeypatch):
    (tmp_path / "uit").write_text("x")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CardgenError) as raised:
        Staging(tmp_path / "uit")
    assert str(raised.value.problems[0]) == ("uit: cannot write the output: it is a file, not a folder (give an "
                                             "output folder with -o)")


def test_a_read_only_output_folder(tmp_path, monkeypatch):
    """As root, chmod does not stop writing: the folder is made read-only in the eyes of os.access."""
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path).name == "out" else real(path, mode))
    with pytest.raises(CardgenError) as raised:
        Staging(tmp_path / "out")
    assert str(raised.value.problems[0]) == ("out: cannot write the output: no permission to write there at out "
                                             "(Permission denied)")
    assert listing(tmp_path) == ["out"]


def test_a_full_disk_while_drawing(tmp_path, monkeypatch):
    write_pack(tmp_path, {"content/decks/d.yaml": DECK})
    from reportlab.pdfgen.canvas import Canvas

    def full(self):
        Path(self._filename).write_bytes(b"%PDF-1.4 half")  # half a file, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(Canvas, "save", full)
    result = run_cli("build", "content", "-o", "out", cwd=tmp_path)
    _one_line(result, "out: cannot write the output: the disk is full (No space left on device)")
    assert listing(tmp_path) == ["content", "content/decks", "content/decks/d.yaml"]


def test_a_failure_while_moving_files_in_puts_the_old_output_back(tmp_path, monkeypatch):
    write_pack(tmp_path, {"content/decks/d.yaml": DECK})
    assert run_cli("build", "content", "-o", "out", cwd=tmp_path).returncode == 0
    old = _digests(tmp_path / "out")
    assert sorted(old) == [".cardgen-cache.json", "decks/d-print.pdf", "decks/d-sheets.pdf", "manifest.json"]
    deck = tmp_path / "content/decks/d.yaml"
    deck.write_text(deck.read_text(encoding="utf-8").replace("Proefkaarten", "Andere titel"), encoding="utf-8")
    real, calls = os.replace, []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == 3:  # the cache and the first file are in place, the next cannot be written
            raise OSError(errno.EACCES, "Permission denied", str(dst))
        return real(src, dst)
    monkeypatch.setattr("cardgen.write.os.replace", replace)
    result = run_cli("build", "content", "-o", "out", cwd=tmp_path)
    _one_line(result, "out: cannot write the output: no permission to write there at out/decks/d-sheets.pdf "
                      f"(Permission denied)")
    assert _digests(tmp_path / "out") == old  # the first file moved in was put back
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_staging_folder_of_a_killed_process_is_removed_by_the_next_run(tmp_path):
    write_pack(tmp_path, {"content/decks/d.yaml": DECK})
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".out.tmp-{dead.pid}-abcd"
    (stale / "decks").mkdir(parents=True)
    (stale / "decks" / "half.pdf").write_bytes(b"%PDF-1.4")
    assert run_cli("build", "content", "-o", "out", cwd=tmp_path).returncode == 0
    assert not stale.exists()
    assert sorted(_digests(tmp_path / "out")) == [".cardgen-cache.json", "decks/d-print.pdf", "decks/d-sheets.pdf",
                                                  "manifest.json"]


def test_a_malformed_source_date_epoch(tmp_path):
    write_pack(tmp_path, {"content/decks/d.yaml": DECK})
    result = run_cli("build", "content", "-o", "out", cwd=tmp_path, epoch="gisteren")
    _one_line(result, "SOURCE_DATE_EPOCH: 'gisteren' is not a build time (give whole seconds since 1970-01-01 UTC, "
                      "0 to 253402300799, e.g. 1764000000; or unset it)")
    assert listing(tmp_path) == ["content", "content/decks", "content/decks/d.yaml"]


@pytest.mark.parametrize("signum, status", [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGINT, 1)])
def test_a_build_stopped_half_way_leaves_the_output_as_it_was(tmp_path, signum, status):
    cards = "".join(f'  - {{category: a, text: "Kaart {i} met een vraag die op de kaart past"}}\n' for i in range(1500))
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.split("  - ")[0] + cards})
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "eerder.txt").write_text("van een vorige keer")
    proc = subprocess.Popen([sys.executable, "-m", "cardgen", "build", "content", "-o", "out", "-q"], cwd=tmp_path,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.tmp-*/decks/*.pdf")):  # stop it while it draws into its staging folder
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signum)
    stderr = proc.communicate(timeout=60)[1].decode()
    assert proc.returncode == status, stderr
    assert "Traceback" not in stderr
    assert listing(tmp_path / "out") == ["eerder.txt"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_pack_stopped_while_it_plans_leaves_no_work_folder(tmp_path):
    """`cardgen pack` makes its work folder before the build plans anything: SIGTERM while the 1,500 cards
    are planned (no staging folder yet) still removes it and leaves the output as it was."""
    cards = "".join(f'  - {{category: a, text: "Kaart {i} met een vraag die op de kaart past"}}\n' for i in range(1500))
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.split("  - ")[0] + cards})
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    proc = subprocess.Popen([sys.executable, "-m", "cardgen", "pack", "content", "-o", "out/bundel", "-q"],
                            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list((tmp_path / "out").glob(".bundel.pack-*")):  # the work folder, before any drawing
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.005)
    assert not list((tmp_path / "out").glob(".bundel.pack-*/files/decks/*.pdf"))  # still planning
    proc.send_signal(signal.SIGTERM)
    stderr = proc.communicate(timeout=60)[1].decode()
    assert proc.returncode == 128 + signal.SIGTERM, stderr
    assert "Traceback" not in stderr
    assert listing(tmp_path / "out") == []
