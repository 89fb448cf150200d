"""A guide: one page of background for the group (the facilitator's tasks, SMART, how people learn),
on the paper its template names (A4 by default)."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from ..messages import msg
from .common import Id, Strict, numbers_for
from .method import QrLink
from .template import PageTemplate


def _cells_for(i: int, cells: int, n: int) -> str:
    """A row of a table with another number of cells than the table has columns."""
    if cells == 1:
        return msg("rows[{i}] has 1 cells for {n} columns", i=i, n=n)
    if n == 1:
        return msg("rows[{i}] has {cells} cells for 1 columns", i=i, cells=cells)
    return msg("rows[{i}] has {cells} cells for {n} columns", i=i, cells=cells, n=n)


class Table(Strict):
    """A small table of text, e.g. the SMART letters with their questions and an example."""

    columns: list[str] = Field(min_length=1, max_length=5)
    """The column headings."""
    rows: list[list[str]] = Field(min_length=1)
    """The rows, each with one text per column."""
    widths: list[Annotated[float, Field(gt=0)]] | None = None
    """Relative column widths, one per column, e.g. [1, 2, 2] (default: equal)."""

    @model_validator(mode="after")
    def _shape(self) -> "Table":
        n = len(self.columns)
        for i, row in enumerate(self.rows):
            if len(row) != n:
                raise ValueError(_cells_for(i, len(row), n))
        if self.widths is not None and len(self.widths) != n:
            raise ValueError(numbers_for(len(self.widths), n))
        return self


class Section(Strict):
    """A part of the guide: a heading with any of text, bullet points, a table and a cycle diagram."""

    heading: str = Field(min_length=1)
    """The section heading."""
    text: str | None = None
    """A paragraph under the heading."""
    items: list[str] = Field(default_factory=list)
    """Bullet points; 'Term: explanation' prints the term in bold."""
    table: Table | None = None
    """A table."""
    cycle: list[str] | None = Field(default=None, min_length=3, max_length=6)
    """Three to six stages drawn as a cycle, in order, with arrows (e.g. Kolb's learning cycle)."""
    link: QrLink | None = None
    """A web address, printed as a QR code (20 mm) at the right of the section's text (or heading), with its
    short form beneath."""

    @model_validator(mode="after")
    def _content(self) -> "Section":
        if not (self.text or self.items or self.table or self.cycle):
            raise ValueError(msg("a section needs text, items, a table or a cycle"))
        return self


class Guide(Strict):
    """A guide file under content/guides/."""

    guide: Id
    """The guide id, used for file names."""
    title: str = Field(min_length=1)
    """The title in the header."""
    intro: str | None = None
    """A short introduction under the header."""
    sections: list[Section] = Field(min_length=1)
    """The sections, in order."""
    bron: str = Field(min_length=1)
    """The source credit."""
    layout: str = "guide"
    """The guide template."""


class GuideTemplate(PageTemplate):
    """A guide: its paper (A4 by default; A5 or Letter gives a page laid out for that paper), how many
    pages it may take, base size and floor, and the accent of the band, headings, table header and cycle."""

    kind: Literal["guide"]
    """Always 'guide'."""
    pages: int = Field(default=1, ge=1, le=4)
    """The most pages a guide may take. With 1 the body shrinks to `min_size` to fit one page; with more
    it takes the fewest pages on which it fits at `size`, and shrinks only on the last page count allowed."""
