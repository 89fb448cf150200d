"""Shared by the hostile-input tests: small packs written on the fly, and runs of the real process
measured for time and peak memory."""
from __future__ import annotations

import os
import select
import signal
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from ..conftest import EPOCH

DECK = """deck: d
title: Proefkaarten
bron: Testfixture
categories:
  a: {label: Een, color: "#B5452F"}
cards:
  - {category: a, text: "Hoe voelde je je?"}
"""


def write_pack(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write `files` (path -> text or bytes) below `root`; returns `root`."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def listing(root: Path) -> list[str]:
    """Every file and folder below `root` (hidden ones included), to see that nothing was written."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


@dataclass
class Measured:
    returncode: int
    stderr: str
    seconds: float
    peak_mib: float  # the resident memory the run added to the loaded program, at its highest


def _status_kib(key: str) -> int:
    with open("/proc/self/status") as status:
        return next((int(line.split()[1]) for line in status if line.startswith(key)), 0)


def _run_child(args: tuple[str, ...], cwd: Path, err_file: Path, peak_file: Path) -> int:
    """In the forked child: the CLI on `args`, stderr into `err_file`, the added peak memory into `peak_file`."""
    from cardgen.cli import main  # loaded in the parent already

    os.chdir(cwd)
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(os.open(err_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
    start_kib = _status_kib("VmRSS:")  # VmHWM starts afresh at fork: the program's pages are not counted twice
    status = 1
    try:
        main(list(args), prog_name="cardgen")
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # noqa: BLE001 - shown as the real process would show it
        traceback.print_exc()
    finally:
        sys.stderr.flush()
        peak_file.write_text(str(_status_kib("VmHWM:") - start_kib))
    return status


def measured(*args: str, cwd: Path, timeout: float = 60) -> Measured:
    """The CLI in a real process, forked from this one: its status, stderr, wall time and the peak resident
    memory it added. Forking spares each case the import of cardgen (~0.25 s); what is measured (loading
    and refusing the input) is the same as in a fresh process. A run past `timeout` seconds is killed."""
    import cardgen.runner  # noqa: F401 - loaded before the fork, as the child's program

    base = cwd / ".." / f"run-{os.getpid()}-{time.monotonic_ns()}"
    err_file, peak_file = base.with_suffix(".err"), base.with_suffix(".peak")
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            status = _run_child(args, cwd, err_file, peak_file)
        finally:
            os._exit(status)
    with os.fdopen(os.pidfd_open(pid)) as exited:
        if not select.select([exited], [], [], timeout)[0]:
            os.kill(pid, signal.SIGKILL)
    status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    seconds = time.monotonic() - start
    stderr = err_file.read_text(encoding="utf-8", errors="replace") if err_file.exists() else ""
    try:
        peak_kib = int(peak_file.read_text())
    except (OSError, ValueError):
        peak_kib = 0
    for path in (err_file, peak_file):
        path.unlink(missing_ok=True)
    return Measured(status, stderr, seconds, peak_kib / 1024)
