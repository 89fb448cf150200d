"""A role-rotation schedule (rooster) for one intervision group: its members, the dates of a year's
meetings and the roles that go round (who brings in a case, who facilitates, keeps time, takes notes)."""
from __future__ import annotations

import datetime
from typing import Literal, Union

from pydantic import Field, ValidationInfo, field_validator

from ..messages import msg
from .common import Id, Strict
from .template import PageTemplate

MONTHLY = "maandelijks"
DEFAULT_ROLES = ("Casusinbrenger", "Facilitator", "Tijdbewaker", "Notulist")


class Schedule(Strict):
    """A schedule file under content/schedules/."""

    schedule: Id
    """The schedule id, used for file names."""
    title: str = Field(default="Intervisierooster", min_length=1)
    """The title in the header."""
    group: str = Field(min_length=1, max_length=80)
    """The name of the group, printed under the title and in every calendar entry."""
    members: list[str] = Field(min_length=2, max_length=20)
    """The members, each once; the first role goes round in this order."""
    first: datetime.date
    """The date of the first meeting (YYYY-MM-DD)."""
    interval: Union[int, Literal["maandelijks"]] = Field(default=6)
    """Weeks between meetings (1–26), or 'maandelijks': the same weekday of every month as the first
    date (the first Thursday, the second Tuesday, …)."""
    meetings: int = Field(ge=1, le=52)
    """How many meetings the schedule covers (e.g. 8 at six weeks apart is about a year)."""
    roles: list[str] = Field(default_factory=lambda: list(DEFAULT_ROLES), min_length=1, max_length=6)
    """The roles that go round, as column headings; the first is the one of the case (inbreng)."""
    methods: list[Id] = Field(default_factory=list)
    """Optional: a method id of this pack per meeting, in order (fewer than the meetings is fine)."""
    start: str | None = Field(default=None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    """Start time 'HH:MM'; without it the calendar gets all-day entries."""
    duration: int = Field(default=120, ge=15, le=600)
    """Minutes a meeting takes (for the calendar and the times under the title)."""
    location: str | None = None
    """Where the group meets (printed, and the calendar entries' location)."""
    intro: str | None = None
    """A short text above the rooster (e.g. how to swap a turn)."""
    bron: str = Field(min_length=1)
    """The source credit."""
    layout: str = "schedule"
    """The schedule template."""

    @field_validator("members", "roles")
    @classmethod
    def _each_once(cls, names: list[str], info: ValidationInfo) -> list[str]:
        seen: set[str] = set()
        for i, name in enumerate(names):
            if not name:
                raise ValueError(msg("entry {n} is empty", n=i + 1))
            if name.casefold() in seen:
                raise ValueError(msg("'{name}' is named twice (each once)", name=name))
            seen.add(name.casefold())
        members = info.data.get("members")
        if info.field_name == "roles" and members and len(names) > len(members):
            raise ValueError(msg("{n} roles need at least {n} members (there are {members}): nobody holds two roles "
                                 "at one meeting", n=len(names), members=len(members)))
        return names

    @field_validator("interval")
    @classmethod
    def _interval(cls, value, info: ValidationInfo):
        if isinstance(value, int) and not 1 <= value <= 26:
            raise ValueError(msg("{value} is not a number of weeks from 1 to 26 (or 'maandelijks')", value=value))
        first = info.data.get("first")
        if value == MONTHLY and first is not None and first.day > 28:
            raise ValueError(msg("'maandelijks' repeats the weekday of the first date in its week of the month, "
                                 "and {date} is in a fifth week, which not every month has (choose a first date on "
                                 "day 1–28)", date=first.isoformat()))
        return value

    @field_validator("methods")
    @classmethod
    def _methods(cls, value: list[str], info: ValidationInfo) -> list[str]:
        meetings = info.data.get("meetings")
        if meetings is not None and len(value) > meetings:
            raise ValueError(msg("{n} methods for 1 meetings (one per meeting at most)", n=len(value))
                             if meetings == 1 else
                             msg("{n} methods for {meetings} meetings (one per meeting at most)", n=len(value),
                                 meetings=meetings))
        return value


class ScheduleTemplate(PageTemplate):
    """A schedule's page: the rooster as a table of dates and roles, and how the roles are shared over
    the year, fitted to one page from `size` down to `min_size`."""

    kind: Literal["schedule"]
    """Always 'schedule'."""
