"""A method of intervision, printed as a one-page cheat-sheet."""
from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import AfterValidator, Field

from ..layout.durations import parse_duration
from ..layout.links import too_long
from ..messages import msg
from .common import IconRef, Id, LengthStr, Link, Strict
from .template import PageTemplate


def _duration(value):
    parse_duration(value)
    return value


Duration = Annotated[Union[int, str], AfterValidator(_duration)]


def _fits_qr(value: str) -> str:
    why = too_long(value)
    if why:
        raise ValueError(msg("the URL {why}", why=why))
    return value


QrLink = Annotated[Link, AfterValidator(_fits_qr)]
"""A link printed as a QR code in the fixed box of a cheat-sheet step or a guide section."""


class Step(Strict):
    """A phase of the method."""

    name: str = Field(min_length=1)
    """The name of the phase."""
    what: str = Field(min_length=1)
    """What happens."""
    who: str | None = None
    """Who does it (e.g. 'casusinbrenger', 'groep', 'gespreksleider')."""
    duration: Duration | None = None
    """Minutes: 10, '10 min', or a range '10–15'."""
    guide: list[str] = Field(default_factory=list)
    """Pointers for the gespreksleider in this phase."""
    icon: IconRef | None = None
    """An icon beside the step's name: a built-in name (hart, oog, …) or an .svg or .png in the pack."""
    link: QrLink | None = None
    """A web address, printed as a QR code (20 mm) at the right of the step with its short form beneath."""


class Role(Strict):
    """Who does what."""

    role: str = Field(min_length=1)
    """The role."""
    task: str = Field(min_length=1)
    """Its task in this method."""
    icon: IconRef | None = None
    """An icon before the role (instead of the bullet): a built-in name or an .svg or .png in the pack."""


class Method(Strict):
    """A method file under content/methods/."""

    method: Id
    """The method id, used for file names."""
    name: str = Field(min_length=1)
    """The name of the method."""
    goal: str = Field(min_length=1)
    """What the method is for."""
    when: str = Field(min_length=1)
    """When to use it."""
    group_size: str | None = None
    """Group size, e.g. 'maximaal 5 deelnemers'."""
    duration: str | None = None
    """Total time, e.g. '45 minuten'."""
    steps: list[Step] = Field(min_length=1)
    """The phases, in order."""
    roles: list[Role] = Field(default_factory=list)
    """Roles and tasks."""
    example_questions: list[str] = Field(default_factory=list)
    """Example questions."""
    pitfalls: list[str] = Field(default_factory=list)
    """Things to watch out for."""
    bron: str = Field(min_length=1)
    """The source credit."""
    layout: str = "cheatsheet"
    """The cheat-sheet template."""


class CheatsheetTemplate(PageTemplate):
    """A method's cheat-sheet on the template's paper (A4 by default), with a small version beside it."""

    kind: Literal["cheatsheet"]
    """Always 'cheatsheet'."""
    pages: int = Field(default=1, ge=1, le=2)
    """The most pages a cheat-sheet may take: the body shrinks to `min_size` on one page first, and
    only then runs on to a second page."""
    a5: str = "cheatsheet-a5"
    """The template of the small version (methods/ID-a5.pdf), laid out on its own paper: two copies side
    by side on one sheet, or its first and second page side by side. Read from the method's template only."""
