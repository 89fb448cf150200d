"""`cardgen agenda`: tonight's agenda with clock times, its cheat-sheet and its handouts."""
from __future__ import annotations

from pathlib import Path

import click

from .options import BRAND, DATE, LANG, OUTPUT, PACK, TEMPLATES, TIME, examples
from .report import STRICT_OPTION, Bar, chatty, done, say


@click.command(epilog=examples(
    "cardgen agenda voorbeeldagenda --start 19.30",
    "cardgen agenda intercollegiale-bevraging-45 --start 1930 --participants 6 --date 3-12-2026",
    "cardgen agenda mijn-sessie mijn-pack/content --start 9:15 -o vanavond"))
@click.argument("agenda_id", metavar="AGENDA")
@PACK
@click.option("--start", type=TIME, metavar="HH:MM", help="Start time: 19:30, 19.30 or 1930.")
@click.option("--participants", type=click.IntRange(1, 20), help="Number of participants (one turn each).")
@click.option("--date", type=DATE, metavar="DATE", help="Date of the session: 2026-12-03 or 3-12-2026.")
@OUTPUT
@TEMPLATES
@BRAND
@LANG
@chatty
@STRICT_OPTION
def agenda(agenda_id: str, pack: Path, start: str | None, participants: int | None, date, out: Path,
           template_dirs: tuple[Path, ...], brand: Path | None, lang: str | None) -> None:
    """Print AGENDA with clock times and write it, its method's cheat-sheet and its handouts."""
    from ..agenda_command import agenda as make
    from ..runner import file_clock, written_since

    since = file_clock(out.parent)
    with Bar("agenda") as bar:
        lines, entries = make(pack, out, agenda_id, start, participants, date, list(template_dirs), brand, lang)
    for line in lines:
        say(line)
    for entry in written_since(entries, out, since):
        say(f"{entry['kind']:<14} {out / entry['path']}")
    done("agenda", bar.started)
