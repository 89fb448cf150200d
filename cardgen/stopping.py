"""Signals during a build: SIGTERM and Ctrl-C stop it cleanly, and never in the middle of a step that
must not be cut in half.

The default SIGTERM kills the process where it stands, so no `finally` runs and a staging folder stays
behind; while a staging folder exists (`write.Staging`), SIGTERM becomes an exit (status 143) that runs
every clean-up on the way out, and SIGINT stays KeyboardInterrupt. Inside `critical()` (files being moved
into the output folder) both wait until the step is done.
"""
from __future__ import annotations

import signal
import sys
import threading
from contextlib import contextmanager

import click

from .messages import msg, say


class _Signals:
    """SIGTERM becomes an exit that runs every `finally` (the default would kill the process and leave the
    staging folder behind); SIGINT stays KeyboardInterrupt. Inside `critical()` both wait until it ends.
    Installed while a staging folder exists (in the main thread only: Python delivers signals there)."""

    def __init__(self) -> None:
        self.users = 0
        self.saved: dict[int, object] = {}
        self.critical_depth = 0
        self.pending: int | None = None
        self.stopping: int | None = None  # the signal that ends this run, once it has arrived

    def acquire(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        if self.users == 0:
            self.stopping = None
            for signum in (signal.SIGTERM, signal.SIGINT):
                self.saved[signum] = signal.signal(signum, self._handle)
        self.users += 1

    def release(self) -> None:
        if threading.current_thread() is not threading.main_thread() or self.users == 0:
            return
        self.users -= 1
        if self.users == 0:
            for signum, handler in self.saved.items():
                signal.signal(signum, handler)
            self.saved.clear()

    def _handle(self, signum: int, _frame) -> None:
        if self.critical_depth:
            self.pending = signum
            return
        self._stop(signum)

    def _stop(self, signum: int) -> None:
        first = self.stopping is None
        self.stopping = signum
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        if first:
            line = msg("cardgen: stopped ({signal}); the output folder is as it was",
                       signal=signal.Signals(signum).name)
            try:
                line = say(line)  # in the run's language (its table may still have to be read)
            except Exception:  # noqa: BLE001 - a signal handler must stop the run whatever happens
                pass
            click.echo(line, err=True)
        raise SystemExit(128 + signum)

    def stop_again(self) -> None:
        """Raise the stop again when a signal arrived: a library with a bare `except:` may have caught the
        first one and raised something else (or nothing) instead."""
        if self.stopping is not None:
            raise (KeyboardInterrupt() if self.stopping == signal.SIGINT else SystemExit(128 + self.stopping))

    @contextmanager
    def critical(self):
        """A step that must not be cut in half: a signal that arrives meanwhile is acted on after it."""
        self.critical_depth += 1
        try:
            yield
        finally:
            self.critical_depth -= 1
            if not self.critical_depth and self.pending is not None:
                signum, self.pending = self.pending, None
                if sys.exc_info()[1] is None:
                    self._stop(signum)


SIGNALS = _Signals()
