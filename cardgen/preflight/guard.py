"""The limits that keep preflight bounded on any file, and the checks made before qpdf reads deeply.

`cardgen preflight` is run on PDFs from anywhere, so a file may be built to make a checker
hang or run out of memory. Before the checks proper, preflight makes sure that the path is a
regular file, that qpdf opened it without repairing it, that it has a sane number of objects and
pages, and that no stream decodes to more than the cap (see decode.py). During the checks, form
XObjects are followed to a bounded depth and a deadline is watched. docs/limits.md lists the
limits and what the user sees when one is exceeded.
"""
from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from ..messages import msg
from .decode import TooBig, decoded_size

MiB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What preflight is prepared to spend on one file."""

    seconds: float = 20.0  # wall-clock time for the whole check of one file
    memory: int = 2048 * MiB  # memory the check may take on top of what the process already uses
    objects: int = 1_000_000  # objects in the file (its cross-reference table)
    pages: int = 100_000  # page references in the page tree
    page_tree_depth: int = 64  # levels of /Pages nodes
    form_depth: int = 32  # form XObjects drawn inside form XObjects
    stream_bytes: int = 256 * MiB  # what one stream may decode to
    total_bytes: int = 1024 * MiB  # what all streams together may decode to
    placements: int = 1_000_000  # images placed on one page, counting those inside forms
    isolate: bool = True  # run the check in a child process: a hard stop at `seconds` and `memory`
    scan_streams: bool = True  # decode every stream (bounded) before qpdf does; off for cardgen's own files


class Refused(Exception):
    """The file cannot be checked; the message says why (without the file name)."""

    @property
    def reason(self) -> str:
        """The message as it was given (a `Msg`, to be said in the run's language)."""
        return self.args[0] if self.args else str(self)


def mib(n: int) -> str:
    return f"{n / MiB:,.0f} MiB" if n >= MiB else f"{n:,} bytes"


class Deadline:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise Refused(timeout_message(self.seconds))


def timeout_message(seconds: float) -> str:
    return msg("took longer than {seconds:g} s to check; preflight gives up after {seconds:g} s per file",
               seconds=seconds)


def memory_message(limit: int) -> str:
    return msg("needs more than {size} of memory to check; preflight gave up", size=mib(limit))


_KINDS = ((stat.S_ISDIR, msg("a directory")), (stat.S_ISFIFO, msg("a named pipe (FIFO)")),
          (stat.S_ISCHR, msg("a character device")), (stat.S_ISBLK, msg("a block device")),
          (stat.S_ISSOCK, msg("a socket")))


def regular_file(path: Path) -> None:
    """Refuse anything but a regular file, without opening it (a FIFO or /dev/zero would never end)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise Refused(msg("cannot be read: {reason}", reason=str(exc.strerror or exc))) from None
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), msg("not a file"))
        raise Refused(msg("is not a regular file ({kind}); preflight reads only PDF files", kind=kind))


def _qpdf_text(exc: Exception, path: Path) -> str:
    """qpdf's message without the file name it starts with."""
    text = str(exc).strip()
    for prefix in (f"{path}: ", f"{path} "):
        if text.startswith(prefix):
            return text[len(prefix):]
    return text


def open_pdf(path: Path) -> pikepdf.Pdf:
    """Open lazily (page attributes are not pushed down, which would walk the whole page tree);
    a file qpdf could only read by repairing it is refused as damaged."""
    try:
        pdf = pikepdf.open(path, inherit_page_attributes=False, access_mode=pikepdf.AccessMode.stream)
    except pikepdf.PasswordError:
        raise Refused(msg("is encrypted with a password; preflight cannot check it "
                          "(save a copy without a password)")) from None
    except pikepdf.PdfError as exc:
        raise Refused(msg("cannot be read as a PDF ({reason})", reason=_qpdf_text(exc, path))) from None
    except OSError as exc:
        raise Refused(msg("cannot be read: {reason}", reason=str(exc.strerror or exc))) from None
    warnings = [_qpdf_text(w, path) for w in pdf.get_warnings()]
    if warnings:
        pdf.close()
        first = next((w for w in warnings if w != "file is damaged"), warnings[0])  # the more telling one
        n = len(warnings) - 1
        more = (msg(", and {n} more problems", n=n) if n != 1 else msg(", and 1 more problem")) if n else ""
        raise Refused(msg("is damaged or truncated: qpdf could read it only by repairing it "
                          "({first}{more}); export or download it again", first=first, more=more))
    return pdf


def check_objects(pdf: pikepdf.Pdf, limits: Limits) -> dict:
    """The cross-reference table, refused when it lists more than `limits.objects` objects."""
    declared = pdf.trailer.get("/Size")
    if isinstance(declared, int) and declared - 1 > limits.objects:
        raise Refused(msg("has {n:,} objects; preflight reads at most {most:,}", n=declared - 1, most=limits.objects))
    xref = pdf.get_xref_table()
    if len(xref) > limits.objects:
        raise Refused(msg("has {n:,} objects; preflight reads at most {most:,}", n=len(xref), most=limits.objects))
    return xref


def check_streams(pdf: pikepdf.Pdf, xref: dict, limits: Limits, deadline: Deadline) -> None:
    """Every stream decodes to at most `limits.stream_bytes`, all together to `limits.total_bytes`.
    Object streams (which hold other objects) go first: reading an object inside one decodes it."""
    holders = {(e.obj_stream_number, 0) for e in xref.values() if e.type == 2}
    order = sorted(holders) + [og for og, e in xref.items() if e.type == 1 and og not in holders]
    total = 0
    for count, objgen in enumerate(order):
        if not count & 0xFF:
            deadline.check()
        try:
            obj = pdf.get_object(objgen)
        except pikepdf.PdfError:
            continue  # an unreadable object: qpdf's structure check names it
        if not isinstance(obj, pikepdf.Stream):
            continue
        try:
            total += decoded_size(obj, limits.stream_bytes, deadline.check)
        except TooBig:
            raise Refused(msg("object {number} {generation} R is a stream that decodes to more than {size}; "
                              "preflight decodes at most {size} per stream (a decompression bomb?)",
                              number=objgen[0], generation=objgen[1], size=mib(limits.stream_bytes))) from None
        except pikepdf.PdfError:
            continue
        if total > limits.total_bytes:
            raise Refused(msg("its streams decode to more than {size} together; preflight decodes at most {size} "
                              "per file", size=mib(limits.total_bytes)))


def _dict(obj) -> bool:
    return isinstance(obj, pikepdf.Dictionary)


def check_page_tree(pdf: pikepdf.Pdf, limits: Limits, deadline: Deadline) -> int:
    """Walk the page tree without recursion; refuse loops, deep trees and too many pages.
    Returns the number of page references."""
    root = pdf.Root.get("/Pages") if _dict(pdf.Root) else None
    if not _dict(root):
        raise Refused(msg("has no page tree (its catalog has no /Pages dictionary)"))
    seen, stack, pages, steps = {root.objgen}, [(root, 1)], 0, 0
    while stack:
        node, depth = stack.pop()
        kids = node.get("/Kids")
        if not isinstance(kids, pikepdf.Array):
            continue
        if pages + len(kids) > limits.pages:
            raise Refused(msg("its page tree lists more than {most:,} pages; preflight checks at most {most:,}",
                              most=limits.pages))
        for kid in kids:
            steps += 1
            if not steps & 0x3FF:
                deadline.check()
            if not _dict(kid):
                continue  # qpdf's structure check reports it
            if kid.get("/Type") == "/Pages" or "/Kids" in kid:
                if depth >= limits.page_tree_depth:
                    raise Refused(msg("its page tree is nested more than {most} levels deep; preflight follows at "
                                      "most {most}", most=limits.page_tree_depth))
                if kid.is_indirect:
                    if kid.objgen in seen:
                        raise Refused(msg("its page tree contains a loop (object {number} {generation} R is "
                                          "reached twice)", number=kid.objgen[0], generation=kid.objgen[1]))
                    seen.add(kid.objgen)
                stack.append((kid, depth + 1))
            else:
                pages += 1
    return pages


def page_resources(page: pikepdf.Dictionary, limits: Limits | None = None) -> pikepdf.Dictionary:
    """The page's /Resources, or those it inherits from its /Pages ancestors (the file was opened
    without pushing inherited attributes down to the pages)."""
    node, seen = page, set()
    for _ in range(limits.page_tree_depth + 1 if limits else 65):
        if not _dict(node):
            break
        res = node.get("/Resources")
        if _dict(res):
            return res
        if node.is_indirect:
            if node.objgen in seen:
                break
            seen.add(node.objgen)
        node = node.get("/Parent")
    return pikepdf.Dictionary()
