"""Preflight: check any PDF the way a print shop would, and say what is wrong.

Reads with pikepdf (qpdf) only: file structure, page sizes and boxes, fonts,
colour spaces and image resolution. `cardgen build` runs it on its own
print-shop files (`preflight_print_files`); `cardgen preflight` on any PDF.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

from .checks import check_boxes, check_colours_and_images, check_fonts, check_structure, page_size_mm


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
        name = display or str(self.path)
        sizes = sorted(set(self.sizes))
        out = [f"{name}: {len(self.sizes)} page{'s' if len(self.sizes) != 1 else ''}, "
               + "; ".join(f"{w:g} x {h:g} mm" for w, h in sizes)
               + (f"; colour spaces: {', '.join(sorted(self.colours))}" if self.colours else "")]
        for f in self.findings:
            where = f"page {f.page}: " if f.page else ""
            out.append(f"{name}: {where}{f.check}: {'' if f.fails else 'warning: '}{f.message}")
        failures = sum(1 for f in self.findings if f.fails)
        out.append(f"preflight: {name}: " + ("passed" if not failures else
                                              f"failed ({failures} problem{'s' if failures != 1 else ''})"))
        return out


class Unreadable(Exception):
    """The file is not a PDF that qpdf can open at all."""


def preflight(path: Path, shop: bool = False, cmyk: bool = False, min_ppi: int = 300,
              ppi_fails: bool | None = None, colours: bool = True) -> Report:
    """Check one PDF. `shop`: page boxes and (unless `ppi_fails` says otherwise) image resolution
    are requirements, not remarks; `cmyk`: anything RGB is a failure."""
    ppi_fails = shop if ppi_fails is None else ppi_fails
    report = Report(path)
    try:
        pdf = pikepdf.open(path)
    except (pikepdf.PdfError, OSError) as exc:
        raise Unreadable(f"{path}: cannot be read as a PDF ({exc})") from None
    with pdf:
        add = lambda page, check, message, fails=True: report.findings.append(Finding(page, check, message, fails))
        check_structure(pdf, add)
        forms: dict = {}
        fonts_seen: set = set()
        for number, page in enumerate(pdf.pages, start=1):
            report.sizes.append(page_size_mm(page))
            if shop:
                check_boxes(page, number, add)
            check_fonts(page, number, add, fonts_seen)
            if not colours:  # nothing in them could fail: skip reading every content stream
                continue
            report.colours |= {c for c in check_colours_and_images(page, number, add, cmyk=cmyk, min_ppi=min_ppi,
                                                       ppi_fails=ppi_fails, forms=forms) if ":" not in c}
    return report


def preflight_print_files(paths: list[Path], cmyk: bool = False) -> list[str]:
    """For `cardgen build`: the failures of its own print-shop files, as messages (empty when all pass)."""
    messages = []
    for path in paths:
        # a low resolution is the content's matter and already a warning of the build, so the colour
        # and image pass can only fail in CMYK mode: an RGB file skips it (it reads every page's stream)
        report = preflight(path, shop=True, cmyk=cmyk, ppi_fails=False, colours=cmyk)
        messages.extend(f"page {f.page}: {f.check}: {f.message}" if f.page else f"{f.check}: {f.message}"
                        for f in report.findings if f.fails)
    return messages
