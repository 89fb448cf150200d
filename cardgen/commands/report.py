"""What a command tells its user: the files it wrote (stdout), and on stderr a progress bar for runs over
a second, warnings, and with `--verbose` what it did and how long it took.

`--quiet`, `--verbose` and `--strict` may be given to the group (`cardgen -q build`) or to a command
(`cardgen build -q`); they are kept in the root context's `meta`, where `cli.py` also counts warnings.
"""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import click

from ..messages import msg, say as said

QUIET, VERBOSE, STRICT, WARNINGS = "cardgen.quiet", "cardgen.verbose", "cardgen.strict", "cardgen.warnings"
DELAY = 1.0  # seconds before a progress bar shows: quick runs stay silent


def _meta() -> dict:
    ctx = click.get_current_context(silent=True)
    return ctx.find_root().meta if ctx is not None else {}


def _remember(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.find_root().meta[{"quiet": QUIET, "verbose": VERBOSE, "strict": STRICT}[param.name]] = True


QUIET_OPTION = click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_remember,
                            help="Print nothing but warnings and errors.")
VERBOSE_OPTION = click.option("-v", "--verbose", is_flag=True, expose_value=False, callback=_remember,
                              help="Also say what was read and how long each stage took (on stderr).")
STRICT_OPTION = click.option("--strict", is_flag=True, expose_value=False, callback=_remember,
                             help="Exit with status 1 when there were warnings.")


def chatty(command):
    """-q/--quiet and -v/--verbose on a command."""
    return QUIET_OPTION(VERBOSE_OPTION(command))


def quiet() -> bool:
    return bool(_meta().get(QUIET))


def verbose() -> bool:
    return bool(_meta().get(VERBOSE)) and not quiet()


def say(line: str = "") -> None:
    """A line of the command's result on stdout (the files written, a timetable), in the run's language;
    not with --quiet."""
    if not quiet():
        click.echo(said(line))


def note(line: str) -> None:
    """A --verbose line on stderr, in the run's language."""
    if verbose():
        click.echo(said(line), err=True)


def done(command: str, started: float) -> None:
    """The --verbose line a command ends with: how long it took since `started` (time.monotonic())."""
    note(msg("{command}: done in {seconds:.1f} s", command=command, seconds=time.monotonic() - started))


def count_warning() -> None:
    meta = _meta()
    meta[WARNINGS] = meta.get(WARNINGS, 0) + 1


def strict_failed() -> int:
    """The number of warnings when --strict was given, else 0."""
    meta = _meta()
    return meta.get(WARNINGS, 0) if meta.get(STRICT) else 0


def echo_entries(entries: list[dict], out: Path, width: int = 14) -> None:
    """One line per file written: its manifest kind, pages and path."""
    for entry in entries:
        say(f"{entry['kind']:<{width}} {entry['pages']:>5} p.  {out / entry['path']}")


def _terminal() -> bool:
    return bool(getattr(sys.stderr, "isatty", lambda: False)()) and not quiet()


class Bar:
    """Progress on stderr: `label [####----] done/total  N s`, or `label … N s` while the total is unknown.
    Drawn only on a terminal, only once the run has taken a second, redrawn by a thread four times a
    second, and wiped when the run ends so that what follows starts on a clean line."""

    def __init__(self, label: str, total: int = 0, enabled: bool | None = None):
        self.label, self.total, self.done = label, total, 0
        self.enabled = _terminal() if enabled is None else enabled
        self.started = time.monotonic()
        self.width = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._tick, daemon=True)

    def __enter__(self) -> "Bar":
        if self.enabled:
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self.enabled:
            self._thread.join()
        with self._lock:
            if self.width:
                sys.stderr.write("\r" + " " * self.width + "\r")
                sys.stderr.flush()

    def update(self, label: str, done: int, total: int) -> None:
        """The callback a build reports to: (stage, done, total)."""
        self.label, self.done, self.total = label, done, total

    def line(self, now: float) -> str:
        seconds = f"{now - self.started:.0f} s"
        if self.total <= 0:
            return f"{self.label} … {seconds}"
        filled = round(30 * min(self.done, self.total) / self.total)
        return f"{self.label} [{'#' * filled}{'-' * (30 - filled)}] {self.done}/{self.total}  {seconds}"

    def _tick(self) -> None:
        while not self._stop.wait(0.25):
            now = time.monotonic()
            if now - self.started < DELAY:
                continue
            with self._lock:
                line = self.line(now)
                sys.stderr.write("\r" + line.ljust(self.width))
                sys.stderr.flush()
                self.width = max(self.width, len(line))
