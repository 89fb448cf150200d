"""Preflight: check any PDF the way a print shop would, and say what is wrong.

Reads with pikepdf (qpdf): file structure, page sizes and boxes, fonts, colour spaces,
image resolution and line widths; for a print shop (`shop`) also what PDFium draws: text too
close to the trim and artwork that stops where its bleed should be (shop.py), and the fonts of
form fields. `cardgen build` runs it on its own
print-shop files (`preflight_print_files`); `cardgen preflight` on any PDF, which
may be hostile: the check is bounded in time and memory (`Limits`, guard.py,
sandbox.py; docs/limits.md), and a file it cannot check raises `Unreadable`.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

import pikepdf

from ..messages import msg
from . import sandbox
from .checks import check_boxes, check_colours_and_images, check_fonts, check_structure, page_size_mm
from .shop import check_drawn, check_field_fonts, page_boxes
from .guard import (Deadline, Limits, Refused, check_objects, check_page_tree, check_streams, memory_message,
                    open_pdf, regular_file)


@dataclass
class Finding:
    page: int | None  # 1-based; None for the whole file
    check: str
    message: str
    fails: bool = True  # False: a warning


@dataclass
class Report:
    path: Path
    findings: list[Finding] = field(default_factory=list)
    sizes: list[tuple[float, float]] = field(default_factory=list)
    colours: set[str] = field(default_factory=set)

    @property
    def passed(self) -> bool:
        return not any(f.fails for f in self.findings)

    def lines(self, display: str | None = None) -> list[str]:
        """The report, one message a line: the pages and colours, each finding, the verdict."""
        name = display or str(self.path)
        sizes = "; ".join(f"{w:g} x {h:g} mm" for w, h in sorted(set(self.sizes)))
        colours = msg("; colour spaces: {spaces}", spaces=", ".join(sorted(self.colours))) if self.colours else ""
        n = len(self.sizes)
        out = [msg("{name}: {n} pages, {sizes}{colours}", name=name, n=n, sizes=sizes, colours=colours) if n != 1
               else msg("{name}: 1 page, {sizes}{colours}", name=name, sizes=sizes, colours=colours)]
        for f in self.findings:
            values = dict(name=name, page=f.page, check=f.check, message=f.message)
            if f.page and f.fails:
                out.append(msg("{name}: page {page}: {check}: {message}", **values))
            elif f.page:
                out.append(msg("{name}: page {page}: {check}: warning: {message}", **values))
            elif f.fails:
                out.append(msg("{name}: {check}: {message}", **values))
            else:
                out.append(msg("{name}: {check}: warning: {message}", **values))
        failures = sum(1 for f in self.findings if f.fails)
        if not failures:
            out.append(msg("preflight: {name}: passed", name=name))
        elif failures != 1:
            out.append(msg("preflight: {name}: failed ({n} problems)", name=name, n=failures))
        else:
            out.append(msg("preflight: {name}: failed (1 problem)", name=name))
        return out


class Unreadable(Exception):
    """The file could not be read or checked; the message is one line, `FILE: what went wrong` (a `Msg`:
    `exc.args[0]`), and `reason` what went wrong."""

    def __init__(self, path, reason: str):
        super().__init__(msg("{path}: {reason}", path=str(path), reason=reason))
        self.path, self.reason = path, reason

    def __reduce__(self):
        return type(self), (self.path, self.reason)


LIMITS = Limits()  # for `cardgen preflight`: any file, from anywhere
OWN_FILES = replace(LIMITS, isolate=False, scan_streams=False)  # the print files a build has just written


def preflight(path: Path, shop: bool = False, cmyk: bool = False, min_ppi: int = 300,
              ppi_fails: bool | None = None, colours: bool = True, limits: Limits | None = None,
              drawn: bool | None = None) -> Report:
    """Check one PDF. `shop`: page boxes, line widths, the fonts of form fields and (unless `ppi_fails`
    says otherwise) image resolution are requirements, not remarks, and (unless `drawn` is False) the
    pages are drawn to find text inside the safe margin and missing bleed; `cmyk`: anything RGB is a
    failure. A file that cannot be read, or not within `limits` (default `LIMITS`), raises Unreadable;
    nothing else is raised."""
    ppi_fails = shop if ppi_fails is None else ppi_fails
    drawn = shop if drawn is None else drawn
    limits = LIMITS if limits is None else limits
    args = (Path(path), shop, cmyk, min_ppi, ppi_fails, colours, limits, drawn)
    try:
        regular_file(path)
        if limits.isolate and sandbox.available():
            try:
                return sandbox.run(_check, args, limits)
            except OSError:  # no process to spare: check here, bounded by the caps and the deadline
                pass
        return _check(*args)
    except Refused as exc:
        raise Unreadable(path, exc.reason) from None


def _check(path: Path, shop: bool, cmyk: bool, min_ppi: int, ppi_fails: bool, colours: bool,
           limits: Limits, drawn: bool = False) -> Report:
    deadline = Deadline(limits.seconds)
    try:
        with warnings.catch_warnings():  # e.g. pikepdf's note that it has no JBIG2 decoder
            warnings.simplefilter("ignore")
            pdf = open_pdf(path)
            with pdf:
                return _run_checks(pdf, path, shop, cmyk, min_ppi, ppi_fails, colours, limits, deadline, drawn)
    except Refused:
        raise
    except MemoryError:
        raise Refused(memory_message(limits.memory)) from None
    except pikepdf.PdfError as exc:
        raise Refused(msg("cannot be read as a PDF ({reason})", reason=str(exc).removeprefix(f"{path}: "))) \
            from None
    except Exception as exc:  # noqa: BLE001 - a hostile file must give a message, never a traceback
        raise Refused(msg("cannot be checked ({error}: {detail})", error=type(exc).__name__, detail=str(exc))) \
            from None


def _run_checks(pdf: pikepdf.Pdf, path: Path, shop: bool, cmyk: bool, min_ppi: int, ppi_fails: bool,
                colours: bool, limits: Limits, deadline: Deadline, drawn: bool = False) -> Report:
    xref = check_objects(pdf, limits)
    if limits.scan_streams:
        check_streams(pdf, xref, limits, deadline)  # before qpdf decodes them all in check_structure
    check_page_tree(pdf, limits, deadline)
    deadline.check()
    report = Report(path)
    add = lambda page, check, message, fails=True: report.findings.append(Finding(page, check, message, fails))
    check_structure(pdf, add)
    deadline.check()
    forms: dict = {}
    fonts_seen: set = set()
    boxes: dict = {}  # the pages with a TrimBox, to draw
    for number, page in enumerate(pdf.pages, start=1):
        deadline.check()
        try:
            report.sizes.append(page_size_mm(page))
        except Refused as exc:
            raise Refused(msg("page {page}: {reason}", page=number, reason=exc.reason)) from None
        if shop:
            check_boxes(page, number, add)
            check_field_fonts(pdf, page, number, add, deadline)
            found = page_boxes(page) if drawn else None
            if found:
                boxes[number] = found
        check_fonts(page, number, add, fonts_seen, limits, deadline)
        if not (colours or (shop and drawn)):  # nothing in them could fail: skip reading every content stream
            continue
        report.colours |= {c for c in check_colours_and_images(page, number, add, cmyk=cmyk, min_ppi=min_ppi,
                                                               ppi_fails=ppi_fails, forms=forms, limits=limits,
                                                               deadline=deadline, hairlines=shop) if ":" not in c}
    if boxes:
        check_drawn(path, boxes, add, deadline)
    report.findings.sort(key=lambda f: (f.page or 0))  # page by page, whatever check found it
    return report


def preflight_print_files(paths: list[Path], cmyk: bool = False) -> list[str]:
    """For `cardgen build`: the failures of its own print-shop files, as messages (empty when all pass).
    These files were written by this build, so they are checked in-process without the stream scan
    (`OWN_FILES`); the structural caps still apply."""
    messages = []
    for path in paths:
        # a low resolution is the content's matter and already a warning of the build, so the colour
        # and image pass can only fail in CMYK mode: an RGB file skips it (it reads every page's stream)
        try:
            report = preflight(path, shop=True, cmyk=cmyk, ppi_fails=False, colours=cmyk, limits=OWN_FILES,
                               drawn=False)
        except Unreadable as exc:
            messages.append(exc.reason)
            continue
        messages.extend(msg("page {page}: {check}: {message}", page=f.page, check=f.check, message=f.message)
                        if f.page else msg("{check}: {message}", check=f.check, message=f.message)
                        for f in report.findings if f.fails)
    return messages
