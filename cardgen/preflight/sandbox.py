"""Run one check in a child process with a hard time limit and a memory limit.

qpdf is C++: while it works on a file, Python cannot interrupt it, and a deadline checked
between steps cannot stop a step that never ends. On POSIX systems the check therefore runs in a
forked child with its address space limited (RLIMIT_AS) and is killed when the time is up; the
result comes back pickled through a pipe. Where fork is missing the check runs in-process,
bounded by the caps and the deadline checked between steps (guard.py).
"""
from __future__ import annotations

import faulthandler
import os
import pickle
import select
import signal
import sys
import time

from ..messages import msg
from .guard import Limits, Refused, memory_message, timeout_message

GRACE = 1.0  # the child watches the same deadline; it gets this long to say so itself


def available() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32"


def _address_space() -> int | None:
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _limit_memory(extra: int) -> None:
    try:
        import resource
    except ImportError:
        return
    current = _address_space()
    if current is None:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = current + extra
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    except (ValueError, OSError):
        pass


def run(func, args: tuple, limits: Limits):
    """`func(*args)` in a child process; its result, or Refused with what went wrong."""
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        raise
    if pid == 0:  # the child: never returns, never runs the parent's clean-up
        status = 70
        try:
            os.close(read_end)
            if faulthandler.is_enabled():  # a crash here is the parent's to report, in one line
                faulthandler.disable()
            _limit_memory(limits.memory)
            try:
                result = ("ok", func(*args))
            except Refused as exc:
                result = ("refused", exc.reason)  # a message, said in the parent's language
            except MemoryError:
                result = ("refused", memory_message(limits.memory))
            except BaseException as exc:  # noqa: BLE001 - everything must reach the parent as a message
                result = ("refused", msg("cannot be checked ({error}: {detail})", error=type(exc).__name__,
                                         detail=str(exc)))
            data = pickle.dumps(result)
            view = memoryview(data)
            while view:
                view = view[os.write(write_end, view):]
            status = 0
        except BaseException:  # noqa: BLE001
            pass
        finally:
            os._exit(status)
    os.close(write_end)
    chunks: list[bytes] = []
    finished = False
    try:
        end = time.monotonic() + limits.seconds + GRACE
        while True:
            remaining = end - time.monotonic()
            if remaining <= 0:
                break
            ready, _, _ = select.select([read_end], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                finished = True
                break
            chunks.append(chunk)
    finally:
        os.close(read_end)
        if not finished:
            _kill(pid)
        _, status = os.waitpid(pid, 0)
    if not finished:
        raise Refused(timeout_message(limits.seconds))
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        if number == signal.SIGKILL:  # the kernel's out-of-memory killer, most likely
            raise Refused(memory_message(limits.memory))
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = msg("signal {number}", number=number)
        raise Refused(msg("made the PDF reader crash ({signal}); the file is probably malformed", signal=name))
    if status != 0 or not chunks:  # the child could not even report its error
        raise Refused(msg("cannot be checked: the check ended without a result (out of memory?)"))
    kind, value = pickle.loads(b"".join(chunks))
    if kind == "refused":
        raise Refused(value)
    return value


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
