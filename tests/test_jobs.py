"""Both cores: items shared over a pool of processes give the same files, manifest, errors and warnings as
one process, in the same order; and the pool really runs the work in other processes."""
from __future__ import annotations

import errno
import json
import os
import shutil
import time
from pathlib import Path

import pytest

from cardgen import jobs, pipeline
from cardgen.errors import CardgenError

from .conftest import EPOCH, ROOT, copy_fixture, run_cli
from .yamledit import edit_yaml, read_yaml, write_yaml

pytestmark = pytest.mark.skipif(not jobs.sys.platform.startswith("linux"), reason="the pool forks: Linux only")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_pool_runs_tasks_in_other_processes_and_yields_them_in_order():
    def task(i: int) -> tuple[int, int]:
        time.sleep(0.1)  # long enough that both processes take tasks
        return i, os.getpid()

    results = list(jobs.in_order(task, 7, 2, weight=lambda i: i))  # heaviest (6) first
    assert [i for (i, _), _ in results] == list(range(7))
    pids = {pid for (_, pid), _ in results}
    assert os.getpid() not in pids and len(pids) == 2


def test_a_run_that_stops_early_ends_its_children(tmp_path):
    """The caller stops taking results (an error, Ctrl-C): the children are ended, none is left running."""
    def task(i: int) -> int:
        time.sleep(0.2 if i == 0 else 30)  # all but the first would run for half a minute
        return os.getpid()

    started = time.monotonic()
    results = jobs.in_order(task, 4, 2)
    (child, _) = next(results)
    results.close()  # as a `for` loop left by an exception does
    assert time.monotonic() - started < 10
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)  # ended and reaped


def test_a_child_takes_signals_only_once_it_has_its_own_handlers(tmp_path, monkeypatch):
    """Born with SIGTERM and SIGINT blocked (a SIGTERM that came before the child had reset the parent's
    handler was lost, and the pool waited for ever); unblocked, with SIGTERM ending it, once set up."""
    import signal

    original = jobs._child

    def child() -> None:
        before = signal.pthread_sigmask(signal.SIG_BLOCK, [])
        original()
        after = signal.pthread_sigmask(signal.SIG_BLOCK, [])
        handlers = (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT))
        (tmp_path / str(os.getpid())).write_text(json.dumps([sorted(map(int, before)), sorted(map(int, after)),
                                                             [int(h) for h in handlers]]))

    monkeypatch.setattr(jobs, "_child", child)
    assert [r for r, _ in jobs.in_order(lambda i: i, 2, 2)] == [0, 1]
    seen = [json.loads(p.read_text()) for p in tmp_path.iterdir()]
    assert len(seen) == 2
    for before, after, handlers in seen:
        assert {signal.SIGTERM, signal.SIGINT} <= set(before)
        assert signal.SIGTERM not in after and signal.SIGINT not in after
        assert handlers == [int(signal.SIG_DFL), int(signal.SIG_IGN)]
    assert signal.SIGTERM not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # the parent's mask as it was


def test_a_bug_in_a_child_is_raised_in_the_parent_with_its_traceback():
    def task(i: int) -> int:
        if i == 2:
            raise ZeroDivisionError("task two")
        return i

    with pytest.raises(RuntimeError, match=r"(?s)in build process \d+:.*ZeroDivisionError: task two"):
        list(jobs.in_order(task, 4, 2))


def test_on_an_error_only_the_children_at_work_are_killed(tmp_path, monkeypatch):
    """A child without a task (done, or told to stop) leaves by itself, however long that takes (coverage
    writes its data on the way out: killed then, it left a broken data file). Here each child, on its way
    out, waits 0.5 s and then leaves a mark; a SIGKILL would leave none."""
    original = jobs._serve

    def serve(conn) -> None:
        try:
            original(conn)
        finally:
            time.sleep(0.5)
            (tmp_path / str(os.getpid())).write_text("left")

    def task(i: int) -> int:
        if i == 0:
            time.sleep(0.1)  # task 1 is done meanwhile: its child is told to stop
            raise ZeroDivisionError("task zero")
        return os.getpid()

    monkeypatch.setattr(jobs, "_serve", serve)  # the children are forked after this: they inherit it
    with pytest.raises(RuntimeError, match="ZeroDivisionError: task zero"):
        list(jobs.in_order(task, 2, 2))
    left = len(list(tmp_path.iterdir()))
    assert left == 2, f"{2 - left} child(ren) without a task killed on the way out"  # both left, and were waited for


def test_one_process_or_one_task_runs_here():
    assert jobs.processes_for(1, 10) == 1 and jobs.processes_for(4, 1) == 1 and jobs.processes_for(4, 3) == 3
    assert [r for r, _ in jobs.in_order(lambda i: os.getpid(), 3, 1)] == [os.getpid()] * 3


def test_two_processes_write_the_same_bytes_and_manifest_as_one(tmp_path, monkeypatch, default_build):
    """The default pack built in two processes, against the session's build in one (`-j 1`, same epoch)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    two = pipeline.build(ROOT / "content", tmp_path / "two", jobs=2)
    one = json.loads((default_build / "manifest.json").read_text(encoding="utf-8"))
    assert len(two) > 20 and two == one["files"]  # the manifest entries, in the same order
    a, b = _files(default_build), _files(tmp_path / "two")
    assert a.keys() == b.keys() and "manifest.json" in a
    assert [name for name in a if a[name] != b[name]] == []


def _two_items(tmp_path: Path) -> Path:
    """The sample pack with a second deck (the first one under another id)."""
    work = copy_fixture("valid/sample", tmp_path)
    data = read_yaml(work / "content/decks/sample.yaml")
    data["deck"] = "sample-twee"
    write_yaml(work / "content/decks/sample-twee.yaml", data)
    return work


def test_errors_in_the_pool_are_those_of_one_process_in_the_same_order(tmp_path):
    work = _two_items(tmp_path)
    for name in ("sample.yaml", "sample-twee.yaml"):
        with edit_yaml(work / "content/decks" / name) as deck:
            deck["cards"][0]["text"] = "Wat deed je toen de vergadering begon? " * 30  # too long for a card
    one = run_cli("build", "content", "-o", "out", "-j", "1", cwd=work)
    two = run_cli("build", "content", "-o", "out", "-j", "2", cwd=work)
    assert one.returncode == two.returncode == 2
    assert two.stderr == one.stderr
    lines = two.stderr.splitlines()
    assert [line.split(":")[0] for line in lines[:2]] == ["content/decks/sample-twee.yaml", "content/decks/sample.yaml"]
    assert lines[-1] == "2 errors, nothing written"
    assert not (work / "out").exists()


def test_warnings_logged_in_the_pool_count_for_strict(tmp_path):
    from PIL import Image

    work = _two_items(tmp_path)
    Image.new("RGB", (60, 22), (40, 90, 140)).save(work / "content/images/logo.png")  # 102 ppi: a warning per deck
    ran = run_cli("build", "content", "-o", "out", "-j", "2", "--strict", cwd=work)
    assert ran.returncode == 1
    warnings = [line for line in ran.stderr.splitlines() if line.startswith("warning: ")]
    assert [w.split(":")[1].strip() for w in warnings] == ["content/decks/sample-twee.yaml", "content/decks/sample.yaml"]
    assert ran.stderr.splitlines()[-1] == "--strict: 2 warnings"


def test_a_write_error_in_the_pool_is_one_line_and_leaves_nothing(tmp_path, monkeypatch):
    from cardgen import write

    work = _two_items(tmp_path)

    def full(self, relative):
        raise OSError(errno.ENOSPC, "No space left on device", str(self.tmp / relative))

    monkeypatch.setattr(write.Part, "path", full)  # the children are forked after this: they inherit it
    with pytest.raises(CardgenError) as caught:
        pipeline.build(work / "content", work / "out", jobs=2)
    assert [str(p) for p in caught.value.problems] == [f"{work / 'out'}: cannot write the output: the disk is full "
                                                       "(No space left on device)"]
    assert not (work / "out").exists()
    assert [p.name for p in work.iterdir() if p.name.startswith(".out")] == []
    shutil.rmtree(work)


def test_cardgen_jobs_in_the_environment_sets_the_default_and_the_option_wins(tmp_path, monkeypatch):
    work = _two_items(tmp_path)
    asked: list[int] = []

    def spy(jobs_: int, count: int) -> int:
        asked.append(jobs_)
        return jobs.processes_for(jobs_, count)

    monkeypatch.setattr(pipeline, "processes_for", spy)
    monkeypatch.setenv("CARDGEN_JOBS", "1")
    assert run_cli("build", "content", "-o", "een", cwd=work).returncode == 0
    assert run_cli("build", "content", "-o", "twee", "-j", "2", cwd=work).returncode == 0
    monkeypatch.setenv("CARDGEN_JOBS", "2")
    assert run_cli("pack", "content", "-o", "bundel", cwd=work).returncode == 0
    assert asked == [1, 2, 2]
    monkeypatch.setenv("CARDGEN_JOBS", "0")
    bad = run_cli("build", "content", "-o", "nul", cwd=work)
    assert bad.returncode == 2 and "CARDGEN_JOBS" in bad.stderr and "0 is not in the range x>=1" in bad.stderr
    assert not (work / "nul").exists()
