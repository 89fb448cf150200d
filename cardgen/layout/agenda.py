"""Agenda clock times, computed and never typed.

The rule: fixed durations count as given. A block with a range starts at its minimum, and the
minutes left of the session length are handed out in proportion to each block's room (maximum
minus minimum), rounded to whole minutes by largest remainder, so the blocks add up to the session
length exactly. Without a session length, every range counts at its midpoint (half minutes round
up). When even the minimums do not fit, or the maximums cannot fill the session, that is an
error with the numbers.
"""
from __future__ import annotations

import math
from dataclasses import dataclass


class AgendaError(ValueError):
    pass


@dataclass(frozen=True)
class Slot:
    name: str
    start: int  # minutes from the start of the session
    minutes: int


def resolve(spans: list[tuple[int, int]], session: int | None) -> list[int]:
    """Minutes per block from (minimum, maximum) spans."""
    low, high = sum(s[0] for s in spans), sum(s[1] for s in spans)
    if session is None:
        return [math.floor((a + b) / 2 + 0.5) for a, b in spans]
    if low > session:
        raise AgendaError(f"the blocks take at least {low} min, which does not fit in {session} min")
    if high < session:
        raise AgendaError(f"the blocks take at most {high} min, which cannot fill {session} min")
    rest, room = session - low, high - low
    if room == 0:
        return [a for a, _ in spans]
    exact = [(b - a) * rest / room for a, b in spans]
    minutes = [a + math.floor(e) for (a, _), e in zip(spans, exact)]
    short = session - sum(minutes)
    order = sorted(range(len(spans)), key=lambda i: (-(exact[i] - math.floor(exact[i])), i))
    for i in order[:short]:
        minutes[i] += 1
    return minutes


def schedule(names: list[str], spans: list[tuple[int, int]], session: int | None) -> list[Slot]:
    slots, clock = [], 0
    for name, minutes in zip(names, resolve(spans, session)):
        slots.append(Slot(name, clock, minutes))
        clock += minutes
    return slots


def clock(start: str, offset: int) -> str:
    """'19:30' plus `offset` minutes, as 'HH:MM' (past midnight it wraps to the next day)."""
    hours, minutes = (int(v) for v in start.split(":"))
    total = (hours * 60 + minutes + offset) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"
