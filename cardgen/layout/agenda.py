"""Agenda clock times, computed and never typed.

The rule. Every block first gets its share: fixed durations count as given, a block with a range
starts at its minimum and the minutes left of the session length are shared in proportion to each
block's room (maximum minus minimum). The minutes printed are then chosen, among all timetables
that add up to the session length exactly, by these wishes in order:

1. every block lasts a multiple of 5 minutes (so every clock time lies on the 5-minute grid from
   the start), unless its range holds no multiple of 5 (a fixed 3, a range 11–14): those are the
   only blocks that may move the clock off the grid;
2. the spare block (the kind names it: the closing's last block, see `kinds/agenda.py`) stays
   within its range; it is the one block that takes whatever the others leave, so it may leave its
   range (and the grid, when the fixed durations force odd minutes) rather than break rule 1;
3. the blocks are as close to their shares as they can be (the least sum of squared differences,
   a turn's block counted once per turn); on a tie, the spare block takes the difference, and then
   earlier blocks get the longer time.

Blocks with the same key in `same` (a turn's n-th block in every turn) always get the same minutes.
Without a session length, every range counts at its midpoint rounded to the nearest multiple of 5
inside it (half up). When even the minimums do not fit, or the maximums cannot fill the session,
that is an error with the numbers. Should no timetable keep the turns equal (only possible without a
spare block), the minutes are shared as before the grid: by largest remainder, block by block. The
search walks every possible total, so an agenda too large for it (hundreds of blocks with wide ranges)
takes the nearest grid values with the spare block taking the rest.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from ..messages import msg

GRID = 5  # minutes
BUDGET = 300_000  # steps of the search; a larger agenda (hundreds of wide ranges) takes the nearest grid values


class AgendaError(ValueError):
    pass


@dataclass(frozen=True)
class Slot:
    name: str
    start: int  # minutes from the start of the session
    minutes: int


def on_grid(x: Fraction, low: int, high: int) -> int:
    """The multiple of 5 within [low, high] nearest to x (half up), or x rounded to whole minutes (half
    up, kept within the range) when the range holds no multiple of 5."""
    first, last = -(-low // GRID) * GRID, high // GRID * GRID
    if first > last:
        return min(high, max(low, math.floor(x + Fraction(1, 2))))
    return min(last, max(first, math.floor(x / GRID + Fraction(1, 2)) * GRID))


def shares(spans: list[tuple[int, int]], session: int) -> list[Fraction]:
    """Each block's exact share of the session: its minimum plus the minutes left in proportion to its room."""
    low, high = sum(s[0] for s in spans), sum(s[1] for s in spans)
    if low > session:
        raise AgendaError(msg("the blocks take at least {low} min, which does not fit in {session} min", low=low,
                              session=session))
    if high < session:
        raise AgendaError(msg("the blocks take at most {high} min, which cannot fill {session} min", high=high,
                              session=session))
    room = high - low
    return [Fraction(a) + (Fraction((b - a) * (session - low), room) if room else 0) for a, b in spans]


def resolve(spans: list[tuple[int, int]], session: int | None, same: list | None = None,
            spare: int | None = None) -> list[int]:
    """Minutes per block from (minimum, maximum) spans (see the module's rule)."""
    if session is None:
        return [on_grid(Fraction(a + b, 2), a, b) for a, b in spans]
    share = shares(spans, session)
    same = list(range(len(spans))) if same is None else same
    groups: dict = {}
    for i, key in enumerate(same):
        if i != spare:
            groups.setdefault(key, []).append(i)
    for grid_only in (True, False):
        work = sum(len(_candidates(*spans[m[0]], grid_only)) for m in groups.values()) * (session + 1)
        found = (_search(list(groups.values()), spans, share, session, spare, grid_only) if work <= BUDGET
                 else _nearest(list(groups.values()), spans, share, session, spare))
        if found is not None:
            return found
    return _largest_remainder(spans, share, session)


def _candidates(low: int, high: int, grid_only: bool) -> list[int]:
    grid = list(range(-(-low // GRID) * GRID, high + 1, GRID))
    return grid if grid and grid_only else list(range(low, high + 1))


def _search(groups, spans, share, session, spare, grid_only) -> list[int] | None:
    """The best timetable by the module's wishes: a walk over the groups in order that keeps, for every
    total so far, the best (blocks off the grid, squared difference, earlier blocks longer)."""
    best = {0: (0, Fraction(0), ())}
    for members in groups:
        (low, high), n, x = spans[members[0]], len(members), share[members[0]]
        values = _candidates(low, high, grid_only)
        step: dict = {}
        for total, (off, diff, longer) in best.items():
            for v in values:
                t = total + n * v
                if t > session:
                    break
                option = (off + (n if v % GRID else 0), diff + n * (v - x) ** 2, longer + (-v,))
                if t not in step or option < step[t]:
                    step[t] = option
        best = step
    ranked = []
    for total, (off, diff, longer) in best.items():
        if spare is None:
            if total == session:
                ranked.append(((off, 0, diff, diff, longer), total))
            continue
        rest = session - total
        if rest < 1:
            continue
        low, high = spans[spare]
        ranked.append(((off, max(low - rest, 0, rest - high), diff + (rest - share[spare]) ** 2, diff, longer),
                       total))
    if not ranked:
        return None
    (*_, longer), total = min(ranked)
    minutes = [0] * len(spans)
    for members, v in zip(groups, longer):
        for i in members:
            minutes[i] = -v
    if spare is not None:
        minutes[spare] = session - total
    return minutes


def _nearest(groups, spans, share, session, spare) -> list[int] | None:
    """Every block at its share's nearest grid value and the spare block takes the rest, if that leaves it a
    minute: the quick answer for agendas too large to search."""
    minutes = [0] * len(spans)
    for members in groups:
        for i in members:
            minutes[i] = on_grid(share[i], *spans[i])
    if spare is None or session - sum(minutes) < 1:
        return None
    minutes[spare] = session - sum(minutes)
    return minutes


def _largest_remainder(spans, share, session) -> list[int]:
    """Whole minutes by largest remainder (equal remainders to the earlier blocks): the last resort."""
    minutes = [math.floor(e) for e in share]
    order = sorted(range(len(spans)), key=lambda i: (-(share[i] - minutes[i]), i))
    for i in order[:session - sum(minutes)]:
        minutes[i] += 1
    return minutes


def schedule(names: list[str], spans: list[tuple[int, int]], session: int | None, same: list | None = None,
             spare: int | None = None) -> list[Slot]:
    slots, clock = [], 0
    for name, minutes in zip(names, resolve(spans, session, same, spare)):
        slots.append(Slot(name, clock, minutes))
        clock += minutes
    return slots


def clock(start: str, offset: int) -> str:
    """'19:30' plus `offset` minutes, as 'HH:MM' (past midnight it wraps to the next day)."""
    hours, minutes = (int(v) for v in start.split(":"))
    total = (hours * 60 + minutes + offset) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"
