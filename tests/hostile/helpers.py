"""Shared by the hostile-input tests: small packs written on the fly, and runs of the real process
measured for time and peak memory."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
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
    peak_mib: float


# The CLI, reporting its own peak memory at exit: VmHWM of its memory map, which starts afresh at exec
# (the rusage of a child counts the memory of the test process it was forked from).
_RUN = """
import atexit, os, sys
def peak():
    with open("/proc/self/status") as status, open(os.environ["CARDGEN_PEAK_FILE"], "w") as out:
        out.write(next((line.split()[1] for line in status if line.startswith("VmHWM:")), "0"))
atexit.register(peak)
from cardgen.cli import main
main(sys.argv[1:], prog_name="cardgen")
"""


def measured(*args: str, cwd: Path, timeout: float = 60) -> Measured:
    """The CLI as a real process: its status, stderr, wall time and peak resident memory (read by the
    process itself from /proc at exit). A run past `timeout` seconds is killed (a hang)."""
    peak_file = cwd / ".." / f"peak-{os.getpid()}-{time.monotonic_ns()}.txt"
    # measured as a user runs it: without the coverage tracer that `make test` puts into child processes
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS")}
    env.update(SOURCE_DATE_EPOCH=EPOCH, CARDGEN_PEAK_FILE=str(peak_file))
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", _RUN, *args], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    killer = threading.Timer(timeout, proc.kill)
    killer.start()
    try:
        stderr = proc.communicate()[1]
    finally:
        killer.cancel()
    seconds = time.monotonic() - start
    try:
        peak_kib = int(peak_file.read_text())
        peak_file.unlink()
    except (OSError, ValueError):
        peak_kib = 0
    return Measured(proc.returncode, stderr.decode("utf-8", "replace"), seconds, peak_kib / 1024)
