"""A certificate of participation (bewijs van deelname), blank or filled from a CSV of participants."""
from __future__ import annotations

import string

from typing import Literal

from pydantic import Field, field_validator

from .common import Id, Strict
from .template import PageTemplate

PLACEHOLDERS = ("name", "date", "hours", "group", "organisation")


class Certificate(Strict):
    """A certificate file under content/certificates/."""

    certificate: Id
    """The certificate id."""
    title: str = "Bewijs van deelname"
    """The title."""
    text: str = Field(min_length=1)
    """The sentence with placeholders {name}, {date}, {hours}, {group}, {organisation}."""
    signatory: str = Field(min_length=1)
    """Name and role of who signs."""
    organisation: str | None = None
    """The organising body (default: the brand's name)."""
    bron: str = Field(min_length=1)
    """The source credit."""
    layout: str = "certificate"
    """The certificate layout template."""

    @field_validator("text")
    @classmethod
    def _placeholders(cls, value: str) -> str:
        try:
            names = [f for _, f, _, _ in string.Formatter().parse(value) if f is not None]
        except ValueError as exc:
            raise ValueError(f"the text has a broken placeholder ({exc})") from None
        unknown = [n for n in names if n not in PLACEHOLDERS]
        if unknown:
            raise ValueError(f"unknown placeholder {{{unknown[0]}}} (known: "
                             + ", ".join("{" + p + "}" for p in PLACEHOLDERS) + ")")
        return value


class CertificateTemplate(PageTemplate):
    """The page of a certificate (A4 landscape by default)."""

    kind: Literal["certificate"]
    """Always 'certificate'."""
