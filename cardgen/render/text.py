"""Fitting text into a box: hyphenate (Dutch), then shrink in steps down to the style's floor.

reportlab's `Paragraph.wrap` reports the width it was given, not the width
used, so the widest line is checked separately: a word wider than the box
must count as not fitting, never as overflowing silently.
"""
from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from ..layout.hyphenate import hyphenate
from ..layout.units import length_pt
from ..schema.template import Style
from .fonts import font_name

STEP = 0.5  # points per shrink step
ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


@dataclass
class Fitted:
    """Paragraphs wrapped at the size that fits, ready to draw."""

    paragraphs: list[tuple[Paragraph, float, float]]  # paragraph, height, space after it
    height: float
    size: float


def _markup(text: str) -> str:
    return escape(hyphenate(text)).replace("\n", "<br/>")


def blocks(text: str, title: str | None = None) -> list[tuple[str, bool]]:
    """Split into (markup, is_title) blocks: an optional title, then paragraphs at blank lines."""
    out = [(_markup(title), True)] if title else []
    for para in text.strip().split("\n\n"):
        if para.strip():
            out.append((_markup(para.strip()), False))
    return out


def _para_style(style: Style, size: float, color, title: bool) -> ParagraphStyle:
    face = style.title_font if title else style.font
    return ParagraphStyle(
        "t" if title else "b", fontName=font_name(face), fontSize=size, leading=size * style.leading,
        textColor=color, alignment=ALIGN[style.align],
        splitLongWords=0)  # reportlab would chop a too-long word silently; we want it to not fit


def fit_text(items: list[tuple[str, bool]], style: Style, color, width: float, height: float) -> Fitted | None:
    """The largest size from `style.size` down to `style.min_size` at which all blocks fit; None if none does."""
    size = length_pt(style.size)
    floor = length_pt(style.min_size) if style.min_size is not None else size
    while size >= floor - 1e-9:
        fitted = _try(items, style, color, size, width, height)
        if fitted is not None:
            return fitted
        size = round(size - STEP, 3)
    return None


def wrap_within(para: Paragraph, width: float, height: float) -> tuple[float, float] | None:
    """Wrap so that no line is wider than `width`; returns (height, x offset) or None.

    reportlab may let a line that ends in a soft-hyphen break run a point or so past the width
    it was given; wrapping again a little narrower moves the break instead of shrinking the text.
    The offset keeps centred and right-aligned text where it belongs in the full width.
    """
    indent = para.style.leftIndent + para.style.rightIndent
    avail = width
    for _ in range(4):
        _, h = para.wrap(avail, height)
        widths = para.getActualLineWidths0()
        widest = max(widths) if widths else 0.0
        if widest <= width - indent + 0.01:
            shift = {TA_CENTER: (width - avail) / 2, TA_RIGHT: width - avail}.get(para.style.alignment, 0.0)
            return h, shift
        avail -= widest - (width - indent) + 0.5
        if avail < width * 0.6:
            break
    return None


def wrap_all(paras: list[Paragraph], width: float, height: float) -> float | None:
    """Wrap a column of paragraphs within `width`; their total height (space after included),
    or None when one has a word wider than the column."""
    total = 0.0
    for para in paras:
        wrapped = wrap_within(para, width, height)
        if wrapped is None:
            return None
        para.cardgen_shift = wrapped[1]
        total += wrapped[0] + para.getSpaceAfter()
    return total


def _try(items, style, color, size, width, height) -> Fitted | None:
    paragraphs, total = [], 0.0
    gap = size * style.leading * 0.5
    for i, (markup, is_title) in enumerate(items):
        para = Paragraph(markup, _para_style(style, size, color, is_title))
        wrapped = wrap_within(para, width, height)
        if wrapped is None:
            return None
        h, shift = wrapped
        para.cardgen_shift = shift
        after = gap if i < len(items) - 1 else 0.0
        paragraphs.append((para, h, after))
        total += h + after
        if total > height + 0.01:
            return None
    return Fitted(paragraphs, total, size)


def draw_fitted(canvas, fitted: Fitted, x: float, y_top: float, height: float, valign: str) -> None:
    """Draw from the top of the box (PDF y of its top edge), aligned vertically as the style says."""
    slack = height - fitted.height
    y = y_top - {"top": 0.0, "middle": slack / 2, "bottom": slack}[valign]
    for para, h, after in fitted.paragraphs:
        y -= h
        para.drawOn(canvas, x + para.cardgen_shift, y)
        y -= after
