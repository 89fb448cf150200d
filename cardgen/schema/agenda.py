"""A session agenda: blocks with durations, turns per inbrenger, breaks; clock times are computed."""
from __future__ import annotations

import datetime
from typing import Literal, Union

from pydantic import Field

from .common import Id, LengthStr, Strict
from .method import Duration
from .template import PageTemplate


class Block(Strict):
    """One part of the session."""

    name: str = Field(min_length=1)
    """The name of the block."""
    duration: Duration
    """Minutes: 10, '10 min', or a range '10–15'."""
    lead: str | None = None
    """Who leads it."""
    what: str | None = None
    """What happens."""


class Break(Strict):
    """A pause after a given turn."""

    after_turn: int = Field(ge=1)
    """After which turn (1 = after the first inbrenger)."""
    duration: int = Field(ge=1, le=120)
    """Minutes."""
    name: str = "Pauze"
    """What it is called on the agenda."""


class Agenda(Strict):
    """An agenda file under content/agendas/."""

    agenda: Id
    """The agenda id."""
    title: str = Field(min_length=1)
    """The title on the page."""
    opening: list[Block] = Field(default_factory=list)
    """Blocks before the turns."""
    blocks: list[Block] = Field(default_factory=list)
    """The session's blocks (for a session without turns)."""
    method: Id | None = None
    """A method id: its steps are the blocks of each turn."""
    turn: list[Block] = Field(default_factory=list)
    """The blocks of one turn, repeated once per inbrenger."""
    turns: Union[int, Literal["participants"]] = 1
    """How many turns: a number, or 'participants' (one per participant)."""
    breaks: list[Break] = Field(default_factory=list)
    """Pauses between turns."""
    closing: list[Block] = Field(default_factory=list)
    """Blocks after the turns."""
    session_length: int | None = Field(default=None, ge=5, le=600)
    """Minutes; ranges are resolved to fill it exactly."""
    start: str | None = Field(default=None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    """Start time 'HH:MM'; without it the agenda shows minutes instead of clock times."""
    participants: int | None = Field(default=None, ge=1, le=20)
    """Number of participants (for turns: participants)."""
    date: datetime.date | None = None
    """The date of the session (YYYY-MM-DD)."""
    handouts: list[Id] = Field(default_factory=list)
    """Ids of forms and methods that belong with this session (built along with `cardgen agenda`)."""
    bron: str = Field(min_length=1)
    """The source credit."""
    layout: str = "agenda"
    """The agenda template (its paper, sizes and columns)."""


class AgendaTemplate(PageTemplate):
    """A one-page agenda: fields to fill in, then the programme as rows (time, minutes, block, who leads),
    shrunk from `size` down to `min_size` to fit the page."""

    kind: Literal["agenda"]
    """Always 'agenda'."""
    size: LengthStr = "10.5pt"
    """Text size of the programme's block names; descriptions are set at 85 % of it."""
    min_size: LengthStr = "7.5pt"
    """The floor: an agenda whose programme does not fit its page at this size is an error."""
    time_column: LengthStr = "38mm"
    """Width of the column with the clock time (or minutes from the start) and the block's minutes."""
    lead_column: LengthStr = "34mm"
    """Width of the column with who leads the block."""
