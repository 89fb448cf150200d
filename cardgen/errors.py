"""One error class for everything a user can get wrong.

Every stage collects `Problem`s instead of raising at the first one; the
pipeline raises a single `CardgenError` carrying all of them, which the CLI
prints (one line each) before exiting with status 2.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import click

from .messages import language, msg, say

log = logging.getLogger("cardgen")


@dataclass(frozen=True)
class Problem:
    """One located complaint: `file:line:col: field: message`, or in a spreadsheet
    `file:Sheet!C14: field: message` (`cell`: the sheet and cell, a CSV's only the cell)."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    field: str = ""
    cell: str = ""

    def __str__(self) -> str:
        return self.said("en")

    def said(self, lang: str | None = None) -> str:
        """The line in the run's language (or `lang`): the place as it is, the message translated."""
        where = self.file
        if self.cell:
            where += f":{self.cell}"
        elif self.line:  # 0 or None: a command-line option, not a place in a file
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {say(self.message, lang)}"


class CardgenError(click.ClickException):
    """All problems of a run; the CLI exits with status 2 and no traceback."""

    exit_code = 2

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(self.format_message())

    def format_message(self) -> str:
        lang = language()
        lines = [p.said(lang) for p in self.problems]
        n = len(self.problems)
        lines.append(say(nothing_written(n), lang))
        return "\n".join(lines)

    def show(self, file=None) -> None:  # click prints "Error: " before the message otherwise
        click.echo(self.format_message(), err=True, file=file)


def nothing_written(n: int) -> str:
    """How a run with `n` errors ends: "3 errors, nothing written"."""
    return msg("{n} errors, nothing written", n=n) if n != 1 else msg("1 error, nothing written")


class Problems:
    """A collector the stages append to; `raise_if_any()` aborts once."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self._seen: set[Problem] = set()

    def add(self, file: str | Path, message: str, line: int | None = None,
            column: int | None = None, field: str = "", cell: str = "") -> None:
        self.extend([Problem(str(file), message, line, column, field, cell)])

    def extend(self, problems: list[Problem]) -> None:
        for problem in problems:
            if problem not in self._seen:  # a file two kinds read (a method an agenda follows) is reported once
                self._seen.add(problem)
                self.items.append(problem)

    def warn(self, file: str | Path, message: str, line: int | None = None,
             column: int | None = None, field: str = "", cell: str = "") -> None:
        """Something worth knowing that does not stop the build (e.g. a low-resolution logo)."""
        log.warning("%s", Problem(str(file), message, line, column, field, cell))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise CardgenError(self.items)


@dataclass(frozen=True)
class Overflow:
    """Text that does not fit where the layout put it: the one shape every kind reports it in.

    The layout stage decides fitting once and returns these; the kind locates them in the content
    file (`field`) and the run prints them with every other problem."""

    item: str  # e.g. "card R-04 (front)", "method 'roddelmethode' (A5)"
    field: tuple  # the content field to shorten, e.g. ("cards", 3, "text")
    what: str  # what did not fit, e.g. "box 'question' (55.0 x 40.0 mm)", "section 'stappen'"
    excess: float = 0.0  # points it runs over (0: a word too wide, or not measured)
    too_wide: bool = False
    floor: float | None = None  # the smallest size tried, points
    hint: str = msg("shorten it")

    def message(self) -> str:
        return msg("{item}: {detail}; {hint}", item=self.item, detail=self.detail(), hint=self.hint)

    def detail(self) -> str:
        """What did not fit and by how much, without the item and the hint."""
        if self.too_wide:
            how = msg("has a word wider than its line")
        elif self.excess > 0:
            how = msg("runs over by {mm:.1f} mm", mm=self.excess / (72 / 25.4))
        else:
            how = msg("does not fit")
        if self.floor is not None:
            return msg("{what} {how} even at the floor size {floor:g} pt", what=self.what, how=how, floor=self.floor)
        return msg("{what} {how}", what=self.what, how=how)
