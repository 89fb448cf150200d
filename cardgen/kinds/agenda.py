"""The agenda kind: agendas/<id>.pdf with computed clock times."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Problems
from ..layout.agenda import AgendaError, Slot, schedule
from ..layout.durations import parse_duration
from ..load.yamlfile import Source
from ..render.agenda import render_agenda
from ..render.document import CREDIT_TOO_LONG
from ..schema.agenda import Agenda, Block
from ..schema.common import parse_items, parse_model
from ..schema.method import Method
from ..write import Staging


@dataclass
class PlannedAgenda:
    source: Source
    agenda: Agenda
    rows: list[tuple[Slot, Block | None, str]] = field(default_factory=list)  # slot, block, turn label


def expand(agenda: Agenda, method: Method | None) -> tuple[list[tuple[Block, str]], int]:
    """The blocks in order with their turn label, and the number of turns."""
    turns = agenda.participants if agenda.turns == "participants" else agenda.turns
    turn = list(agenda.turn) or ([Block(name=s.name, duration=s.duration, lead=s.who, what=s.what)
                                  for s in method.steps] if method else [])
    out = [(b, "") for b in agenda.opening + agenda.blocks]
    pauses = {b.after_turn: b for b in agenda.breaks}
    for t in range(1, (turns or 1) + 1 if turn else 1):
        label = f"beurt {t}" if (turns or 1) > 1 else ""
        out.extend((b, label) for b in turn)
        if t in pauses and t < (turns or 1):
            pause = pauses[t]
            out.append((Block(name=pause.name, duration=pause.duration), ""))
    out.extend((b, "") for b in agenda.closing)
    return out, turns or 1


class AgendaKind:
    key = "agenda"

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedAgenda]:
        overrides = getattr(ctx, "agenda_options", None) or {}
        known = {str(s.data.get(k)) for k, items in ctx.pack.items.items() for s in items}
        result = []
        for source, agenda in parse_items(Agenda, "agenda", sources, problems, ctx.only):
            if overrides:
                agenda = agenda.model_copy(update={k: v for k, v in overrides.items() if v is not None})
            if agenda.method and agenda.method not in {str(s.data.get("method")) for s in ctx.pack.items.get("method", [])}:
                source.problem(problems, ("method",), f"'{agenda.method}' is not a method of this pack")
            for i, handout in enumerate(agenda.handouts):
                if handout not in known:
                    source.problem(problems, ("handouts", i), f"'{handout}' is not an item of this pack")
            if agenda.turns == "participants" and not agenda.participants:
                source.problem(problems, ("participants",), "turns: participants needs the number of participants "
                                                            "(participants: 6, or --participants 6)")
            result.append(PlannedAgenda(source, agenda))
        return result

    def lay_out(self, item: PlannedAgenda, ctx, problems: Problems) -> PlannedAgenda | None:
        agenda, method = item.agenda, None
        if agenda.method:
            for source in ctx.pack.items.get("method", []):
                if source.data.get("method") == agenda.method:
                    method = parse_model(Method, source, Problems())
        blocks, turns = expand(agenda, method)
        spans = [parse_duration(b.duration) for b, _ in blocks]
        try:
            slots = schedule([b.name for b, _ in blocks], spans, agenda.session_length)
        except AgendaError as exc:
            item.source.problem(problems, ("session_length",), self._explain(agenda, blocks, spans, turns, exc))
            return None
        item.rows = [(slot, block, label) for slot, (block, label) in zip(slots, blocks)]
        return item

    @staticmethod
    def _explain(agenda, blocks, spans, turns, exc) -> str:
        turn_low = sum(spans[i][0] for i, (_, label) in enumerate(blocks) if label == "beurt 1")
        pauses = sum(b.duration for b in agenda.breaks if b.after_turn < turns)
        low = sum(s[0] for s in spans)
        if turns > 1 and turn_low:
            rest = low - turns * turn_low - pauses
            return (f"{turns} turns of {turn_low} min + {pauses} min pause + {rest} min other blocks = {low} min "
                    f"do not fit in {agenda.session_length} min (shorten the turns, lower the participants, or "
                    f"lengthen the session)")
        return f"{exc} (shorten the blocks or change session_length)"

    def fit(self, planned: PlannedAgenda, problems: Problems) -> None:
        self._report(planned, render_agenda(planned, None), problems)

    def render(self, planned: PlannedAgenda, staging: Staging, problems: Problems) -> None:
        path = f"agendas/{planned.agenda.agenda}.pdf"
        if self._report(planned, render_agenda(planned, staging.path(path)), problems):
            staging.add(path, "agenda", planned.agenda.agenda, 1, planned.agenda.title)

    def _report(self, planned: PlannedAgenda, overflow: str | None, problems: Problems) -> bool:
        """Record what does not fit; True when the agenda fits (as the other kinds' _report)."""
        if overflow == "bron":
            planned.source.problem(problems, ("bron",), CREDIT_TOO_LONG)
        elif overflow:
            planned.source.problem(problems, ("blocks",), "the agenda does not fit one page; shorten the descriptions")
        return overflow is None

    def describe(self, planned: PlannedAgenda) -> str:
        total = sum(slot.minutes for slot, _, _ in planned.rows)
        return f"agenda    {planned.agenda.agenda:<28} {len(planned.rows):>4} blocks {total} min  {planned.agenda.title}"
