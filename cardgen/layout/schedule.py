"""A group's rooster as numbers and as a page plan.

The rotation: with n members and k roles (k <= n), role r at meeting t (from 0) goes to member
(t + offset[r]) mod n, with offset[0] = 0. So every role goes round the members in their order:
everyone has it once before anyone has it twice, nobody has the same role at two meetings in a row
(n >= 2), and the k people of one meeting are different (the offsets are). Of all offsets, the ones
chosen share the roles most evenly over the year (the least difference between the most and the
fewest roles a member has), then put the fewest members in a role at two meetings in a row, then
come first in order; so eight members with four roles get the offsets 0, 2, 4, 6.

The page: the header band with the title and the group, the rooster as a table (number, date, one
column per role, the method when given), the share of each member per role, and the credit; fitted
once from the template's size down to its floor (`document.fit_flow`).
"""
from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass
from itertools import combinations

from ..errors import Overflow
from ..messages import msg
from .blocks import PAD, Table
from .document import CREDIT_HINT, MUTED, Frame, Miss, Style, fit_flow, footer, header, page_with, paragraph
from .labels import NL_LABELS, Labels
from .plan import Page, moved
from .typeset import Metrics, spans

# Weekdays, months, the rhythm and the rules under the tables are in layout/labels.py, per language.


# ---- the rotation, as member indexes

def offsets(members: int, roles: int, meetings: int) -> tuple[int, ...]:
    """The offset of each role (role 0 first, at 0): the fairest over `meetings`, then the fewest
    members in a role twice in a row, then the first in order."""
    best: tuple | None = None
    for rest in combinations(range(1, members), roles - 1):
        chosen = (0, *rest)
        totals = [sum(share(member, offset, members, meetings) for offset in chosen) for member in range(members)]
        spread = max(totals) - min(totals)
        close = sum(1 for a, b in combinations(chosen, 2) if (a - b) % members in (1, members - 1))
        key = (spread, close, chosen)
        best = key if best is None or key < best else best
    return best[2]


def share(member: int, offset: int, members: int, meetings: int) -> int:
    """How often the role with `offset` falls to `member` over `meetings`."""
    return meetings // members + (1 if (member - offset) % members < meetings % members else 0)


def rotation(members: int, roles: int, meetings: int) -> list[tuple[int, ...]]:
    """For each meeting, the member (index) who holds each role."""
    if not 1 <= roles <= members:
        raise ValueError(msg("{roles} roles need between 1 and {members} members", roles=roles, members=members))
    chosen = offsets(members, roles, meetings)
    return [tuple((t + offset) % members for offset in chosen) for t in range(meetings)]


def tally(rota: list[tuple[int, ...]], members: int) -> list[list[int]]:
    """counts[member][role]: how often each member holds each role over the schedule."""
    roles = len(rota[0]) if rota else 0
    counts = [[0] * roles for _ in range(members)]
    for people in rota:
        for role, member in enumerate(people):
            counts[member][role] += 1
    return counts


# ---- dates

def meeting_dates(first: datetime.date, interval: int | str, count: int) -> list[datetime.date]:
    """The dates of `count` meetings: every `interval` weeks, or (for 'maandelijks') on the same
    weekday in the same week of every month as `first` (the first Thursday of each month)."""
    if isinstance(interval, int):
        return [first + datetime.timedelta(weeks=interval * i) for i in range(count)]
    week = (first.day - 1) // 7
    out = []
    for i in range(count):
        year, month = divmod(first.month - 1 + i, 12)
        out.append(nth_weekday(first.year + year, month + 1, first.weekday(), week))
    return out


def natural(columns: list[str], rows: list[list[str]], metrics: Metrics) -> list[float]:
    """Relative column widths: each column's widest text on one line (the heading bold), so a table
    narrower than the page shares the room out in proportion and a wider one wraps evenly."""
    return [max([metrics.width(heading, "bold", 10)] + [metrics.width(row[c], "regular", 10) for row in rows]) + 2 * PAD
            for c, heading in enumerate(columns)]


def nth_weekday(year: int, month: int, weekday: int, week: int) -> datetime.date:
    """The weekday (0 = Monday) of the month's week `week` (0 = the first seven days)."""
    day = datetime.date(year, month, 1)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7 + 7 * week)


def short_date(day: datetime.date, words: Labels = NL_LABELS) -> str:
    """'do 15 jan. 2026' ('Th 15 Jan 2026')."""
    return words.short_date(day)


def rhythm(schedule, words: Labels = NL_LABELS) -> str:
    """'elke 6 weken', 'elke week' or 'elke eerste donderdag van de maand' (in the language of `words`)."""
    if isinstance(schedule.interval, int):
        return words("schedule.weekly") if schedule.interval == 1 \
            else words("schedule.every_weeks", n=schedule.interval)
    first = schedule.first
    return words("schedule.monthly", ordinal=words.words("schedule.ordinals")[(first.day - 1) // 7],
                 weekday=words.words("weekdays")[first.weekday()])


def end_time(start: str, minutes: int) -> str:
    hours, mins = divmod(int(start[:2]) * 60 + int(start[3:]) + minutes, 60)
    return f"{hours % 24:02d}:{mins:02d}"


# ---- meetings: what the page and the calendar show

@dataclass(frozen=True)
class Meeting:
    number: int  # from 1
    day: datetime.date
    people: tuple[str, ...]  # who holds each role
    method: str | None = None  # the method's name


@dataclass(frozen=True)
class Event:
    """One calendar entry: `start` and `end` are dates (all day) or local date-times."""

    uid: str
    start: datetime.date | datetime.datetime
    end: datetime.date | datetime.datetime
    summary: str
    description: str
    location: str | None = None


def meetings_of(schedule, method_names: dict[str, str]) -> list[Meeting]:
    """The schedule's meetings with their dates, people and methods (names by method id)."""
    days = meeting_dates(schedule.first, schedule.interval, schedule.meetings)
    rota = rotation(len(schedule.members), len(schedule.roles), schedule.meetings)
    methods = [method_names.get(m, m) for m in schedule.methods]
    return [Meeting(t + 1, day, tuple(schedule.members[i] for i in people), methods[t] if t < len(methods) else None)
            for t, (day, people) in enumerate(zip(days, rota))]


def events(schedule, meetings: list[Meeting], words: Labels = NL_LABELS) -> list[Event]:
    """A calendar entry per meeting. Its UID depends on the schedule, the group and the meeting's number
    only, so a rebuilt calendar updates the same entries (also when a date moves)."""
    out = []
    for m in meetings:
        digest = hashlib.sha256(f"{schedule.schedule}\n{schedule.group}\n{m.number}".encode()).hexdigest()[:16]
        if schedule.start:
            hour, minute = int(schedule.start[:2]), int(schedule.start[3:])
            start = datetime.datetime.combine(m.day, datetime.time(hour, minute))
            end = start + datetime.timedelta(minutes=schedule.duration)
        else:
            start, end = m.day, m.day + datetime.timedelta(days=1)
        lines = [f"{role}: {person}" for role, person in zip(schedule.roles, m.people)]
        if m.method:
            lines.append(words("schedule.event_method", method=m.method))
        out.append(Event(f"{schedule.schedule}-{m.number:02d}-{digest}@intervisierooster", start, end,
                         words("schedule.event", group=schedule.group, n=m.number, count=len(meetings)),
                         "\n".join(lines),
                         schedule.location))
    return out


# ---- the page

def subtitle(schedule, words: Labels = NL_LABELS) -> str:
    bits = [schedule.group, words("schedule.meetings", n=schedule.meetings, rhythm=rhythm(schedule, words)),
            f"{schedule.start}–{end_time(schedule.start, schedule.duration)}" if schedule.start else None,
            schedule.location]
    return " · ".join(b for b in bits if b)


def plan_schedule(schedule, meetings: list[Meeting], frame: Frame, accent: str, ink: str, metrics: Metrics,
                  size: float, floor: float, words: Labels = NL_LABELS) -> Page | Overflow:
    """The rooster on one page, or what does not fit (title, group or location, bron, or the body)."""
    item = msg("schedule '{id}'", id=schedule.schedule)
    if header(frame, schedule.title, accent, metrics, label=words("schedule.band")) is None:
        return Overflow(item, ("title",), msg("the title"), floor=11,
                        hint=msg("shorten it: it takes one line of the band"))
    top = header(frame, schedule.title, accent, metrics, subtitle(schedule, words), label=words("schedule.band"))
    if top is None:
        field = ("location",) if schedule.location else ("group",)
        return Overflow(item, field, msg("the line under the title"), floor=6.5, hint=msg("shorten it"))
    bottom = footer(frame, words("source", bron=schedule.bron), "", metrics)
    if bottom is None:
        return Overflow(item, ("bron",), msg("the source credit"), floor=5.5, hint=CREDIT_HINT)
    blocks = body(schedule, meetings, accent, ink, metrics, words)
    flow = fit_flow(lambda _size: blocks, frame.body_width, frame.body_height, size, floor)
    if isinstance(flow, Miss):
        field, hint = {"intro": (("intro",), msg("shorten it")),
                       "rooster": (("members",) if flow.too_wide else ("meetings",),
                                   msg("shorten the names") if flow.too_wide else
                                   msg("plan fewer meetings, or choose a larger paper in the template")),
                       "tally": (("members",), msg("shorten the names or choose a larger paper"))
                       }.get(flow.key, (("meetings",), msg("plan fewer meetings")))
        return Overflow(item, field, msg("the rooster") if flow.key != "intro" else msg("the intro"), flow.excess,
                        flow.too_wide, flow.floor, hint)
    return page_with(frame, top, moved(flow.items, frame.margin, frame.body_top), bottom)


def body(schedule, meetings: list[Meeting], accent: str, ink: str, metrics: Metrics,
         words: Labels = NL_LABELS) -> list[tuple]:
    """The blocks of the page in order, each under the name of the part it shows."""
    heading = Style("bold", 1.25, accent, leading=1.2, before=0.6, after=0.3)
    text = Style("regular", 1.0, ink, after=0.35)
    with_method = any(m.method for m in meetings)
    columns = [words("schedule.number"), words("schedule.date"), *schedule.roles] + \
        ([words("schedule.method")] if with_method else [])
    rows = [[str(m.number), short_date(m.day, words), *m.people] + ([m.method or "–"] if with_method else [])
            for m in meetings]
    counts = tally([tuple(schedule.members.index(p) for p in m.people) for m in meetings], len(schedule.members))
    shares = [[name, *map(str, row), str(sum(row))] for name, row in zip(schedule.members, counts)]
    share_columns = [words("schedule.member"), *schedule.roles, words("schedule.total")]
    out: list[tuple] = []
    if schedule.intro:
        out.append(("intro", paragraph(spans(schedule.intro), text, metrics)))
    out += [("rooster", paragraph(words("schedule.heading"), heading, metrics)),
            ("rooster", Table(columns, rows, natural(columns, rows, metrics), metrics, ink=ink, head_fill=accent)),
            ("tally", paragraph(words("schedule.shares"), heading, metrics)),
            ("tally", Table(share_columns, shares, natural(share_columns, shares, metrics), metrics, ink=ink,
                            head_fill=accent)),
            ("rules", paragraph(spans(words("schedule.rules")), Style("italic", 0.9, MUTED, after=0.2), metrics))]
    return out
