"""Durations in minutes: 15, "15 min", "10–15", "10-15 min" (a range), as (shortest, longest)."""
from __future__ import annotations

import re

_RANGE = re.compile(r"^\s*(\d+)\s*(?:[–-]\s*(\d+))?\s*(?:min(?:uten)?\.?)?\s*$")


def parse_duration(value) -> tuple[int, int]:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a duration")
    if isinstance(value, int):
        if value <= 0:
            raise ValueError(f"{value} is not a duration (give minutes above 0)")
        return value, value
    m = _RANGE.match(str(value))
    if not m:
        raise ValueError(f"'{value}' is not a duration (give minutes: 15, '15 min' or a range '10–15')")
    low, high = int(m.group(1)), int(m.group(2) or m.group(1))
    if low <= 0 or high < low:
        raise ValueError(f"'{value}' is not a duration (minutes above 0, a range from low to high)")
    return low, high


def show(low: int, high: int) -> str:
    """'15 min' or '10–15 min' (with an en dash)."""
    return f"{low} min" if low == high else f"{low}–{high} min"


def midpoint(low: int, high: int) -> float:
    return (low + high) / 2
