"""A certificate of participation (bewijs van deelname), blank or filled from a CSV of participants, with
what Dutch registers (such as the SKJ) ask to accredit intervision hours: contact hours, date(s), the group,
the begeleider and their registration number, and the participant's registration number."""
from __future__ import annotations

import string

from typing import Literal

from pydantic import Field, field_validator

from ..messages import msg
from .common import Id, Strict
from .template import PageTemplate

PLACEHOLDERS = ("name", "date", "hours", "group", "organisation", "supervisor", "supervisor_registration",
                "registration")


def _broken(reason: str) -> str:
    """Python's reason for a broken placeholder, as a message where it is a known one (the same English)."""
    known = {"Single '}' encountered in format string": msg("Single '}}' encountered in format string"),
             "Single '{' encountered in format string": msg("Single '{{' encountered in format string"),
             "expected '}' before end of string": msg("expected '}}' before end of string"),
             "unmatched '{' in format spec": msg("unmatched '{{' in format spec"),
             "expected ':' after conversion specifier": msg("expected ':' after conversion specifier")}
    return known.get(reason, reason)


class Certificate(Strict):
    """A certificate file under content/certificates/."""

    certificate: Id
    """The certificate id."""
    title: str | None = Field(default=None, min_length=1)
    """The title (default: 'Bewijs van deelname', in an English pack 'Certificate of participation')."""
    text: str | None = Field(default=None, min_length=1)
    """The sentence, with placeholders {name}, {date}, {hours}, {group}, {organisation}, {supervisor},
    {supervisor_registration}, {registration}. The participant's name is printed on its own line, large
    and bold: a text that starts with {name} continues under it. Default, in the pack's language:
    '{name} heeft deelgenomen aan intervisie, georganiseerd door {organisation}.'"""
    signatory: str = Field(min_length=1)
    """The role of who signs, printed under the line for the signature (e.g. 'Begeleider intervisie')."""
    organisation: str | None = None
    """The organising body (default: `--organisation`, else the brand's name; never the tool's: the
    neutral brand leaves a line to fill in)."""
    supervisor: str | None = None
    """The begeleider of the group, when it is the same for everyone (a CSV column `supervisor` wins)."""
    supervisor_registration: str | None = None
    """The begeleider's registration number (a CSV column `supervisor_registration` wins)."""
    registry: str | None = Field(default=None, max_length=20)
    """The register whose numbers are asked for, e.g. 'SKJ': printed as 'SKJ-nummer deelnemer'."""
    bron: str = Field(min_length=1)
    """The source credit."""
    layout: str = "certificate"
    """The certificate layout template."""

    @field_validator("text")
    @classmethod
    def _placeholders(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            names = [f for _, f, _, _ in string.Formatter().parse(value) if f is not None]
        except ValueError as exc:
            raise ValueError(msg("the text has a broken placeholder ({reason})", reason=_broken(str(exc)))) from None
        unknown = [n for n in names if n not in PLACEHOLDERS]
        if unknown:
            raise ValueError(msg("unknown placeholder {{{name}}} (known: {known})", name=unknown[0],
                                 known=", ".join("{" + p + "}" for p in PLACEHOLDERS)))
        return value


class CertificateTemplate(PageTemplate):
    """The page of a certificate (A4 landscape by default)."""

    kind: Literal["certificate"]
    """Always 'certificate'."""
