"""A cardgen command running as a real process (watch, serve), its output lines read as they come."""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path


class Running:
    """`python -m cardgen ARGS` in `cwd`; `expect` waits for a line on stdout or stderr."""

    def __init__(self, *args: str, cwd: Path):
        env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
        env["PYTHONUNBUFFERED"] = "1"
        self.process = subprocess.Popen([sys.executable, "-m", "cardgen", *args], cwd=cwd, env=env, text=True,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[str] = []
        for name in ("stdout", "stderr"):
            threading.Thread(target=self._read, args=(getattr(self.process, name), name), daemon=True).start()

    def _read(self, stream, name: str) -> None:
        for line in stream:
            self.lines.put((name, line.rstrip("\n"), time.monotonic()))

    def expect(self, test, timeout: float = 30.0) -> tuple[str, str, float]:
        """The first line (stream, text, time read) for which test(text) is true."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no such line within {timeout} s; seen: {self.seen[-20:]}")
            try:
                stream, line, at = self.lines.get(timeout=left)
            except queue.Empty:
                continue
            self.seen.append(f"{stream}: {line}")
            if test(line):
                return stream, line, at

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        for stream in (self.process.stdout, self.process.stderr):
            stream.close()
