"""The source credit in a page's footer: small print that shrinks to fit its width beside the page label,
then takes a second line; beyond that the item fails (CREDIT_HINT says what to do).

The same credit stands on every page of a document and on every certificate of a list, so each is set
once per run (per text, width, face, measuring fonts and text language).
"""
from __future__ import annotations

from functools import lru_cache

from ..messages import msg
from .labels import text_language
from .typeset import Metrics, set_lines, spans
from .units import MM

CREDIT_HINT = msg("shorten it: the footer takes two lines of small print at most (the full credit can go in a "
                  "comment or the pack's README)")

FOOTER_SIZES = (7.0, 6.5, 6.0, 5.5)

Runs = tuple[tuple[tuple[float, str, str], ...], ...]  # lines of runs (x, text, face)


def footer_lines(left: str, right: str, width: float, metrics: Metrics, face: str = "regular"
                 ) -> tuple[float, Runs] | None:
    """The credit as (size, lines of runs (x, text, face), emphasis read, never hyphenated) at the largest
    size where it fits `width` beside the page label `right` in one line, else in two; None when two lines
    at the smallest size do not fit."""
    return _set(left, right, width, metrics, face, text_language())


@lru_cache(maxsize=256)
def _set(left: str, right: str, width: float, metrics: Metrics, face: str, _language: str
         ) -> tuple[float, Runs] | None:
    for max_lines in (1, 2):
        for size in FOOTER_SIZES:
            room = width - (metrics.width(right, face, size) + 4 * MM if right else 0.0)
            lines = set_lines(spans(left, face, hyphens=False), room, size, metrics, 1.2)
            if lines is not None and len(lines.lines) <= max_lines:
                return size, tuple(tuple((r.x, r.text.lstrip(" ") if i == 0 else r.text, r.face)
                                         for i, r in enumerate(line.runs)) for line in lines.lines)
    return None
