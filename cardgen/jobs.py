"""Work spread over the machine's cores: `in_order(work, count, processes)` runs `work(0) … work(count-1)`
in a pool of forked processes and yields the results in index order, so that what the caller does with
them (the staged files, the manifest, the problems reported) is the same as when it ran them one by one.

Forking (Linux) lets every child start from the parent's loaded pack, templates, fonts and metrics without
pickling them; only each result travels back. Elsewhere, or with one process, the work runs in-process.
Each child has its own pipe (no lock is shared, so ending a child can never leave the others waiting). A
child leaves signals to the parent: Ctrl-C is ignored there, and when the parent stops early (an error, a
stop) it ends the children at work with SIGKILL; the others, waiting for a task or already leaving (and
perhaps writing something on their way out, as coverage does), end by themselves when their pipe closes.
Warnings a child logs are handed back with its result and logged again by the parent, so that `--strict`
counts them.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
import traceback
from multiprocessing.connection import Connection, Pipe, wait
from typing import Callable, Iterator, TypeVar

from .messages import logged

T = TypeVar("T")

_WORK: Callable | None = None  # set in the parent just before the pool forks; the children inherit it
_WARNINGS: list = []  # in a child: the warnings logged by the task it is running


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def processes_for(jobs: int, count: int) -> int:
    """How many processes `count` tasks get with `jobs` allowed: one when forking is not how this platform
    starts processes, or when there is nothing to share out."""
    if jobs <= 1 or count < 2 or not sys.platform.startswith("linux"):
        return 1
    return min(jobs, count)


def in_order(work: Callable[[int], T], count: int, processes: int,
             weight: Callable[[int], float] | None = None) -> Iterator[tuple[T, list]]:
    """`(work(i), warnings it logged)` for i in 0..count-1, in that order. With more than one process the
    tasks are handed out heaviest first (by `weight`), so that a big one does not start last."""
    if processes <= 1:
        for index in range(count):
            yield work(index), []
        return
    global _WORK
    _WORK = work
    tasks = iter(sorted(range(count), key=lambda i: -weight(i)) if weight is not None else range(count))
    children = _fork(processes)
    finished = False
    busy: dict[Connection, int] = {}  # the children with a task in hand
    try:
        for pid, conn in children:
            _hand_out(conn, tasks, busy, pid)
        done: dict[int, tuple[T, list]] = {}
        following = 0
        while busy:
            for conn in wait(list(busy)):
                try:
                    index, result, warnings, failure = conn.recv()
                except EOFError:
                    raise RuntimeError(f"build process {busy[conn]} ended without its result") from None
                if failure is not None:
                    raise RuntimeError(f"in build process {busy.pop(conn)}:\n{failure}")
                done[index] = (result, warnings)
                _hand_out(conn, tasks, busy, busy.pop(conn))
            while following in done:
                yield done.pop(following)
                following += 1
        finished = True
    finally:
        _WORK = None
        for pid, conn in children:
            if not finished and conn in busy:  # an error or a stop in this process: end those at work now
                os.kill(pid, signal.SIGKILL)
            conn.close()  # the others are waiting for a task or leaving already: this ends their wait
        for pid, _ in children:
            os.waitpid(pid, 0)


def _fork(processes: int) -> list[tuple[int, Connection]]:
    """Start the children, each serving tasks on its own pipe. They are born with SIGTERM and SIGINT blocked and
    unblock them once their own handlers are set: a signal that came before would meet the parent's handler."""
    children: list[tuple[int, Connection]] = []
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        for _ in range(processes):
            ours, theirs = Pipe()
            pid = os.fork()
            if pid == 0:  # the child: serve tasks until told to stop, then leave without the parent's clean-ups
                status = 1
                try:
                    ours.close()
                    for _, other in children:
                        other.close()
                    _child()
                    _serve(theirs)
                    status = 0
                finally:
                    os._exit(status)
            theirs.close()
            children.append((pid, ours))
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    return children


def _hand_out(conn: Connection, tasks: Iterator[int], busy: dict, pid: int) -> None:
    """The next task to the child at `conn`, or the word to stop when there is none."""
    index = next(tasks, None)
    conn.send(index)
    if index is not None:
        busy[conn] = pid


def _serve(conn: Connection) -> None:
    while True:
        index = conn.recv()
        if index is None:
            return
        _WARNINGS.clear()
        try:
            result, failure = _WORK(index), None
        except Exception:  # a bug: its traceback goes to the parent, which raises it there
            result, failure = None, traceback.format_exc()
        conn.send((index, result, list(_WARNINGS), failure))


def relog(warnings: list) -> None:
    """Log in this process the warnings a child logged (each a Problem, or text)."""
    for message in warnings:
        logging.getLogger("cardgen").warning("%s", message)


_SIGNALS = {signal.SIGTERM, signal.SIGINT}


def _child() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)
    log = logging.getLogger("cardgen")
    for handler in list(log.handlers):
        log.removeHandler(handler)
    log.addHandler(_Collect())
    log.propagate = False


class _Collect(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        _WARNINGS.append(logged(record))  # the warning itself (a Problem), to be said in the parent
