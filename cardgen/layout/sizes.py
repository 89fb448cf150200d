"""The sizes a text is tried at, and the search for the largest that fits.

Smaller type never needs more room (each line holds at least as much, and the leading shrinks with the
size), so whether a setting fits is monotone in the size, and bisection finds the largest size that fits.
"""
from __future__ import annotations

from typing import Callable, TypeVar

STEP = 0.5  # points per shrink step

T = TypeVar("T")


def first_fit(count: int, attempt: Callable[[int], T | None]) -> T | None:
    """`attempt(i)` at the smallest i (of `count`) where it gives something, for candidates ordered so that
    once one fits every later one does (sizes largest first: smaller type never needs more room). The
    first is tried alone (it usually fits), then the last (when it fails nothing does), then bisection:
    a handful of settings instead of one per step."""
    if count == 0:
        return None
    got = attempt(0)
    if got is not None or count == 1:
        return got
    best = attempt(count - 1)
    lo, hi = 1, count - 2
    while best is not None and lo <= hi:
        mid = (lo + hi) // 2
        got = attempt(mid)
        if got is not None:
            best, hi = got, mid - 1
        else:
            lo = mid + 1
    return best


def sizes(size: float, floor: float | None, step: float = STEP) -> list[float]:
    """Sizes from `size` down to `floor` (inclusive) in `step`s."""
    floor = size if floor is None else floor
    out, s = [], size
    while s >= floor - 1e-9:
        out.append(round(s, 3))
        s = round(s - step, 3)
    return out
