"""Options that several commands share, so they read and behave alike, and the way times and dates
are read from the command line (as Dutch trainers write them)."""
from __future__ import annotations

import datetime
import re
from pathlib import Path

import click

from ..messages import choose, msg, say
from .report import echo_entries  # noqa: F401  (commands import it from here)

PACK = click.argument("pack", type=click.Path(path_type=Path), default="content", required=False)
ONLY = click.option("--only", "--deck", "only", multiple=True, metavar="ID",
                    help="Only this item: a deck, method, guide, agenda, form or certificate id (repeatable).")
OUTPUT = click.option("-o", "--output", "out", type=click.Path(path_type=Path, file_okay=False), default="output",
                      show_default=True, help="Output folder.")
BRAND = click.option("--brand", type=click.Path(path_type=Path, dir_okay=False), default=None,
                     help="Brand file (default: the pack's brand.yaml, else cardgen's neutral brand).")
def _lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    choose(option=value)  # the messages of this run too, from here on
    return value


LANG = click.option("--lang", type=click.Choice(("nl", "en")), default=None, callback=_lang,
                    help="Language of the printed labels, dates and hyphenation, and of cardgen's messages: nl or "
                         "en (default: the brand's `language:`, else nl). Content text is printed as written.")
# The environment variable is for machines where the cores the system reports are not the ones to use: a
# container with a CPU quota, a CI runner, a test suite that runs in parallel itself.
JOBS = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N", envvar="CARDGEN_JOBS",
                    show_envvar=True,
                    help="Processes to share the items over (default: one per core). The files are the same "
                         "with any number.")
TEMPLATES = click.option("--templates", "template_dirs", multiple=True, metavar="DIR",
                         type=click.Path(path_type=Path, file_okay=False),
                         help="Look for layout templates here first (repeatable).")


def examples(*lines: str) -> str:
    """A command's epilog: its examples, kept as written (click rewraps other text)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" if line else "\n\b" for line in lines)


class Time(click.ParamType):
    """A clock time as people write it: 19:30, 19.30, 1930 (also 9:30, 9.30, 930); given as 'HH:MM'."""

    name = "time"

    def convert(self, value, param, ctx):
        text = str(value).strip()
        m = re.fullmatch(r"(\d{1,2})[:.](\d{2})|(\d{1,2})(\d{2})", text)
        if m:
            hours, minutes = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
            if hours < 24 and minutes < 60:
                return f"{hours:02d}:{minutes:02d}"
        self.fail(say(msg("'{text}' is not a time (use e.g. 19:30, 19.30 or 1930)", text=text)), param, ctx)


class Date(click.ParamType):
    """A date as 2026-12-03 or 3-12-2026 (also 03-12-2026, 3/12/2026, 3.12.2026)."""

    name = "date"

    def convert(self, value, param, ctx):
        if isinstance(value, datetime.date):
            return value
        text = str(value).strip()
        iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        dutch = re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})", text)
        try:
            if iso:
                return datetime.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            if dutch:
                return datetime.date(int(dutch.group(4)), int(dutch.group(3)), int(dutch.group(1)))
        except ValueError:
            self.fail(say(msg("'{text}' is not a day of the calendar", text=text)), param, ctx)
        self.fail(say(msg("'{text}' is not a date (use e.g. 2026-12-03 or 3-12-2026)", text=text)), param, ctx)


TIME = Time()
DATE = Date()
