"""A session agenda: blocks with durations, turns per inbrenger, breaks; clock times are computed."""
from __future__ import annotations

import datetime
import re
from typing import Annotated, Literal, Union

from pydantic import AfterValidator, Field

from ..messages import msg
from .common import FontSize, Id, Length, Strict, TemplateName, Text
from .method import Duration
from .template import PageTemplate

MAX_TURNS = 20  # as many as participants may be (docs/limits.md)


def _clock(value: str) -> str:
    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
        raise ValueError(msg("{value} is not a time of day (use HH:MM, e.g. 19:30)", value=repr(value[:40])))
    return value


Clock = Annotated[str, AfterValidator(_clock)]


class Block(Strict):
    """One part of the session."""

    name: Text(200) = Field(min_length=1)
    """The name of the block."""
    duration: Duration
    """Minutes: 10, '10 min', or a range '10–15'."""
    lead: Text(200) | None = None
    """Who leads it."""
    what: Text(2000) | None = None
    """What happens."""


class Break(Strict):
    """A pause after a given turn."""

    after_turn: int = Field(ge=1, le=MAX_TURNS - 1)
    """After which turn (1 = after the first inbrenger); a turn before the last."""
    duration: int = Field(ge=1, le=120)
    """Minutes."""
    name: Text(200) | None = None
    """What it is called on the agenda (default: 'Pauze', in an English pack 'Break')."""


class Agenda(Strict):
    """An agenda file under content/agendas/."""

    agenda: Id
    """The agenda id."""
    title: Text(300) = Field(min_length=1)
    """The title on the page."""
    opening: list[Block] = Field(default_factory=list, max_length=100)
    """Blocks before the turns."""
    blocks: list[Block] = Field(default_factory=list, max_length=100)
    """The session's blocks (for a session without turns)."""
    method: Id | None = None
    """A method id: its steps are the blocks of each turn."""
    turn: list[Block] = Field(default_factory=list, max_length=100)
    """The blocks of one turn, repeated once per inbrenger."""
    turns: Union[Annotated[int, Field(ge=1, le=MAX_TURNS)], Literal["participants"]] = 1
    """How many turns: a number (1 to 20), or 'participants' (one per participant)."""
    breaks: list[Break] = Field(default_factory=list, max_length=MAX_TURNS - 1)
    """Pauses between turns."""
    closing: list[Block] = Field(default_factory=list, max_length=100)
    """Blocks after the turns."""
    session_length: int | None = Field(default=None, ge=5, le=600)
    """Minutes; ranges are resolved to fill it exactly."""
    start: Clock | None = None
    """Start time 'HH:MM'; without it the agenda shows minutes instead of clock times."""
    participants: int | None = Field(default=None, ge=1, le=MAX_TURNS)
    """Number of participants (for turns: participants)."""
    date: datetime.date | None = None
    """The date of the session (YYYY-MM-DD)."""
    handouts: list[Id] = Field(default_factory=list, max_length=100)
    """Ids of forms and methods that belong with this session (built along with `cardgen agenda`)."""
    bron: Text(1000) = Field(min_length=1)
    """The source credit."""
    layout: TemplateName = "agenda"
    """The agenda template (its paper, sizes and columns)."""


class AgendaTemplate(PageTemplate):
    """A one-page agenda: fields to fill in, then the programme as rows (time, minutes, block, who leads),
    shrunk from `size` down to `min_size` to fit the page."""

    kind: Literal["agenda"]
    """Always 'agenda'."""
    size: FontSize = "10.5pt"
    """Text size of the programme's block names (3 pt to 200 pt); descriptions are set at 85 % of it."""
    min_size: FontSize = "7.5pt"
    """The floor (3 pt up to `size`): an agenda whose programme does not fit its page at this size is an error."""
    time_column: Length("10mm", "200mm") = "38mm"
    """Width of the column with the clock time (or minutes from the start) and the block's minutes (10 to 200 mm)."""
    lead_column: Length("0mm", "200mm") = "34mm"
    """Width of the column with who leads the block (0 to 200 mm)."""
