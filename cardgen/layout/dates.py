"""Dates as the pack's language writes them: 3 december 2026, 3 December 2026 (24-hour times either way)."""
from __future__ import annotations

import datetime

from .labels import NL_LABELS, Labels

MONTHS = NL_LABELS.words("months")


def dutch_date(day: datetime.date | None) -> str:
    return NL_LABELS.date(day)


def date_text(day: datetime.date | None, labels: Labels = NL_LABELS) -> str:
    """The day written out in the labels' language ('' without a day)."""
    return labels.date(day)
