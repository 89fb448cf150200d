"""A reportlab canvas set up the same way for every file: deterministic, our fonts only."""
from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from .fonts import BASE_FONT, register_fonts


def new_canvas(path: Path, pagesize: tuple[float, float], title: str, subject: str = "") -> Canvas:
    """invariant=1 fixes the document ID and dates (SOURCE_DATE_EPOCH when set), so the bytes repeat."""
    register_fonts()
    rl_config.useA85 = 0  # binary compressed streams: a quarter smaller than ASCII85, and faster
    canvas = Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1,
                    initialFontName=BASE_FONT, initialFontSize=10)
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator(f"cardgen {__version__}")
    canvas.setAuthor("cardgen")
    return canvas


def hex_rgb(value: str) -> tuple[float, float, float]:
    value = value.lstrip("#")
    return tuple(int(value[i:i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]
