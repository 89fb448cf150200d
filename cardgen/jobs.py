"""Work spread over the machine's cores: `in_order(work, count, processes)` runs `work(0) … work(count-1)`
in a pool of forked processes and yields the results in index order, so that what the caller does with
them (the staged files, the manifest, the problems reported) is the same as when it ran them one by one.

Forking (Linux) lets every child start from the parent's loaded pack, templates, fonts and metrics without
pickling them; only each result travels back. Elsewhere, or with one process, the work runs in-process.
A child leaves signals to the parent: Ctrl-C is ignored there (the parent stops the pool) and SIGTERM, with
which the parent ends the pool, ends the child at once. Warnings a child logs are handed back with its result
and logged again by the parent, so that `--strict` counts them.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
from typing import Callable, Iterator, TypeVar

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
             weight: Callable[[int], float] | None = None) -> Iterator[tuple[T, list[str]]]:
    """`(work(i), warnings it logged)` for i in 0..count-1, in that order. With more than one process the
    tasks are handed out heaviest first (by `weight`), so that a big one does not start last."""
    if processes <= 1:
        for index in range(count):
            yield work(index), []
        return
    global _WORK
    _WORK = work
    order = sorted(range(count), key=lambda i: -weight(i)) if weight is not None else list(range(count))
    pool = multiprocessing.get_context("fork").Pool(processes, initializer=_child)
    finished = False
    try:
        done: dict[int, tuple[T, list[str]]] = {}
        following = 0
        for index, result, warnings in pool.imap_unordered(_run, order):
            done[index] = (result, warnings)
            while following in done:
                yield done.pop(following)
                following += 1
        finished = True
    finally:
        _WORK = None
        if finished:  # the children end on their own once the work is out (and save what they must)
            pool.close()
        else:  # an error or a stop in this process: end them now
            pool.terminate()
        pool.join()


def relog(warnings: list[str]) -> None:
    """Log in this process the warnings a child logged."""
    for message in warnings:
        logging.getLogger("cardgen").warning("%s", message)


def _child() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    log = logging.getLogger("cardgen")
    for handler in list(log.handlers):
        log.removeHandler(handler)
    log.addHandler(_Collect())
    log.propagate = False


class _Collect(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:  # the warning itself (a Problem), to be said in the parent
        args = record.args if isinstance(record.args, tuple) else ()
        _WARNINGS.append(args[0] if record.msg == "%s" and len(args) == 1 else record.getMessage())


def _run(index: int):
    _WARNINGS.clear()
    result = _WORK(index)
    return index, result, list(_WARNINGS)
