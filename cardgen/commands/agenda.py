"""`cardgen agenda`: tonight's agenda with clock times, its cheat-sheet and its handouts."""
from __future__ import annotations

import re
from pathlib import Path

import click

from .options import BRAND, OUTPUT, PACK, TEMPLATES


@click.command()
@click.argument("agenda_id", metavar="AGENDA")
@PACK
@click.option("--start", metavar="HH:MM", help="Start time, e.g. 19:30.")
@click.option("--participants", type=click.IntRange(1, 20), help="Number of participants (one turn each).")
@click.option("--date", type=click.DateTime(formats=["%Y-%m-%d"]), help="Date of the session, YYYY-MM-DD.")
@OUTPUT
@TEMPLATES
@BRAND
def agenda(agenda_id: str, pack: Path, start: str | None, participants: int | None, date, out: Path,
           template_dirs: tuple[Path, ...], brand: Path | None) -> None:
    """Print AGENDA with clock times and write it, its method's cheat-sheet and its handouts."""
    from ..agenda_command import agenda as make

    if start is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", start):
        raise click.BadParameter(f"'{start}' is not a time (use HH:MM, e.g. 19:30)", param_hint="--start")
    lines, entries = make(pack, out, agenda_id, start, participants, date.date() if date else None,
                          list(template_dirs), brand)
    for line in lines:
        click.echo(line)
    for entry in entries:
        if entry["id"] in {agenda_id} or entry["kind"] in ("cheatsheet", "form-print", "form-fillable"):
            click.echo(f"{entry['kind']:<14} {out / entry['path']}")
