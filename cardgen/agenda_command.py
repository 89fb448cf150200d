"""`cardgen agenda`: tonight's agenda with clock times, plus its method's cheat-sheet and handouts."""
from __future__ import annotations

import datetime
from pathlib import Path

from . import pipeline
from .errors import Problems
from .kinds.agenda import AgendaKind
from .layout.agenda import clock
from .layout.labels import setting_text_language
from .messages import msg


def agenda(pack_dir: Path, out_dir: Path, agenda_id: str, start: str | None, participants: int | None,
           date: datetime.date | None, template_dirs=None, brand=None,
           lang: str | None = None) -> tuple[list[str], list[dict]]:
    """Returns the timetable as lines and the manifest entries of the files written."""
    options = {"start": start, "participants": participants, "date": date}
    problems = Problems()
    ctx = pipeline.load(pack_dir, template_dirs, [agenda_id], problems, brand, lang)
    ctx.options = {"agenda": options}
    kind = AgendaKind()
    items = kind.validate(ctx.pack.items.get("agenda", []), ctx, problems)
    if not items and not problems:
        known = ", ".join(sorted(str(s.data.get("agenda")) for s in ctx.pack.items.get("agenda", [])))
        problems.add(str(pack_dir), msg("no agenda with id '{id}' (known: {known})", id=agenda_id, known=known))
    pipeline.activate_brand(ctx)  # the page is planned (and measured) with the brand's fonts
    with setting_text_language(ctx.labels.lang):
        planned = [kind.lay_out(item, ctx, problems) for item in items]
    problems.raise_if_any()
    item = planned[0]
    a = item.agenda
    lines = [f"{a.title}" + (f" – {a.date.isoformat()}" if a.date else "")]
    for slot, block, label in item.rows:
        when = f"{clock(a.start, slot.start)}–{clock(a.start, slot.start + slot.minutes)}" if a.start \
            else f"+{slot.start:>3} min"
        lead = f"  ({block.lead})" if block.lead else ""
        lines.append(f"{when}  {slot.minutes:>3} min  {block.name}{' · ' + label if label else ''}{lead}")
    ctx.only = {agenda_id} | ({a.method} if a.method else set()) | set(a.handouts)
    entries = pipeline.build_loaded(ctx, out_dir, problems)  # the pack loaded once
    return lines, entries
