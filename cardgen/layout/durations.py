"""Durations in minutes: 15, "15 min", "10–15", "10-15 min" (a range), as (shortest, longest)."""
from __future__ import annotations

import re

from ..messages import msg

_RANGE = re.compile(r"^\s*(\d+)\s*(?:[–-]\s*(\d+))?\s*(?:min(?:uten)?\.?)?\s*$")


def parse_duration(value) -> tuple[int, int]:
    if isinstance(value, bool):
        raise ValueError(msg("{value} is not a duration", value=repr(value)))
    if isinstance(value, int):
        if value <= 0:
            raise ValueError(msg("{value} is not a duration (give minutes above 0)", value=value))
        return value, value
    m = _RANGE.match(str(value))
    if not m:
        raise ValueError(msg("'{value}' is not a duration (give minutes: 15, '15 min' or a range '10–15')",
                             value=value))
    low, high = int(m.group(1)), int(m.group(2) or m.group(1))
    if low <= 0 or high < low:
        raise ValueError(msg("'{value}' is not a duration (minutes above 0, a range from low to high)",
                             value=value))
    return low, high


def show(low: int, high: int) -> str:
    """'15 min' or '10–15 min' (with an en dash)."""
    return f"{low} min" if low == high else f"{low}–{high} min"


def midpoint(low: int, high: int) -> float:
    return (low + high) / 2
