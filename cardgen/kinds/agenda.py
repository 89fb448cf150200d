"""The agenda kind: agendas/<id>.pdf with computed clock times, one page on the template's paper."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Overflow, Problems
from ..layout.agenda import AgendaError, Slot, clock, schedule
from ..layout.agenda_page import Look, Row, plan_agenda, subtitle
from ..layout.document import frame_for
from ..layout.durations import parse_duration
from ..layout.labels import NL_LABELS, Labels
from ..layout.plan import Document
from ..layout.units import length_pt
from ..load.yamlfile import Source
from ..messages import msg
from ..render.draw import write_document
from ..schema.agenda import Agenda, AgendaTemplate, Block
from ..schema.common import parse_model
from ..schema.method import Method
from ..write import Staging
from .base import Output, report, with_templates


@dataclass
class PlannedAgenda:
    source: Source
    agenda: Agenda
    template: AgendaTemplate | None = None
    rows: list[tuple[Slot, Block | None, str]] = field(default_factory=list)  # slot, block, turn label
    doc: Document | None = None  # the planned file
    assets: dict | None = None


def expand(agenda: Agenda, method: Method | None,
           words: Labels = NL_LABELS) -> tuple[list[tuple[Block, str, tuple]], int]:
    """The blocks in order with their turn label ('beurt 2', in the language of `words`) and the content
    field they come from, and the number of turns."""
    turns = agenda.participants if agenda.turns == "participants" else agenda.turns
    if agenda.turn:
        turn = [(b, ("turn", i)) for i, b in enumerate(agenda.turn)]
    else:  # a method's steps live in the method's file: point at the agenda's `method:`
        turn = [(Block(name=s.name, duration=s.duration, lead=s.who, what=s.what), ("method",))
                for s in method.steps] if method else []
    out = [(b, "", ("opening", i)) for i, b in enumerate(agenda.opening)]
    out += [(b, "", ("blocks", i)) for i, b in enumerate(agenda.blocks)]
    pauses = {b.after_turn: (i, b) for i, b in enumerate(agenda.breaks)}
    for t in range(1, (turns or 1) + 1 if turn else 1):
        label = words("agenda.turn", n=t) if (turns or 1) > 1 else ""
        out.extend((b, label, where) for b, where in turn)
        if t in pauses and t < (turns or 1):
            i, pause = pauses[t]
            out.append((Block(name=pause.name or words("agenda.break"), duration=pause.duration), "", ("breaks", i)))
    out += [(b, "", ("closing", i)) for i, b in enumerate(agenda.closing)]
    return out, turns or 1


def overridden(agenda: Agenda, ctx) -> Agenda:
    """The agenda with the command line's start, participants and date over the file's."""
    options = {k: v for k, v in ctx.options.get("agenda", {}).items() if v is not None}
    return agenda.model_copy(update=options) if options else agenda


def programme_field(agenda: Agenda) -> tuple:
    """The field named when the programme runs over the page: where most of its rows come from."""
    for key in ("blocks", "turn", "method", "opening", "closing"):
        if getattr(agenda, key):
            return (key,)
    return ("blocks",)


class AgendaKind:
    key = "agenda"
    model = Agenda
    templates = {"agenda": AgendaTemplate}
    outputs = (Output("agenda", "agendas", "sessieagenda’s", "Agenda’s"),)

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedAgenda]:
        known = {str(s.data.get(k)) for k, items in ctx.pack.items.items() for s in items}
        methods = {str(s.data.get("method")) for s in ctx.pack.items.get("method", [])}

        def check(source: Source, agenda: Agenda, problems: Problems) -> None:
            agenda = overridden(agenda, ctx)
            if agenda.method and agenda.method not in methods:
                source.problem(problems, ("method",), msg("'{method}' is not a method of this pack",
                                                          method=agenda.method))
            for i, handout in enumerate(agenda.handouts):
                if handout not in known:
                    source.problem(problems, ("handouts", i), msg("'{item}' is not an item of this pack", item=handout))
            if agenda.turns == "participants" and not agenda.participants:
                source.problem(problems, ("participants",), msg("turns: participants needs the number of "
                                                                "participants (participants: 6, or --participants 6)"))
            else:
                check_breaks(source, agenda, problems)

        return with_templates(Agenda, "agenda", AgendaTemplate,
                              lambda source, agenda, template: PlannedAgenda(source, overridden(agenda, ctx), template),
                              sources, ctx, problems, check)

    def lay_out(self, item: PlannedAgenda, ctx, problems: Problems) -> PlannedAgenda | None:
        """The clock times, then the page with every size decided."""
        agenda, method = item.agenda, None
        if agenda.method:
            for source in ctx.pack.items.get("method", []):
                if source.data.get("method") == agenda.method:
                    # the method's own errors, not an agenda without steps that then fails to fill its time
                    method = parse_model(Method, source, problems)
                    if method is None:
                        return None
        blocks, turns = expand(agenda, method, ctx.labels)
        spans = [parse_duration(b.duration) for b, _, _ in blocks]
        try:
            slots = schedule([b.name for b, _, _ in blocks], spans, agenda.session_length, *shared(blocks))
        except AgendaError as exc:
            item.source.problem(problems, ("session_length",),
                                self._explain(agenda, blocks, spans, turns, exc, ctx.labels("agenda.turn", n=1)))
            return None
        item.rows = [(slot, block, label) for slot, (block, label, _) in zip(slots, blocks)]
        first = ctx.labels("agenda.turn", n=1)
        rows = [printed(agenda.start, slot, block, label, where, first)
                for slot, (block, label, where) in zip(slots, blocks)]
        total = sum(slot.minutes for slot in slots)
        end = clock(agenda.start, total) if agenda.start else None
        template = item.template
        look = Look(ctx.colour("brand.text"), ctx.colour(template.accent), length_pt(template.time_column),
                    length_pt(template.lead_column), ctx.labels)
        page = plan_agenda(agenda, rows, frame_for(template), look, ctx.metrics, length_pt(template.size),
                           length_pt(template.min_size), subtitle(agenda, total, end, ctx.labels),
                           programme_field(agenda),
                           ceiling=length_pt(template.max_size) if template.max_size is not None else None)
        if isinstance(page, Overflow):
            report(item.source, page, problems)
            return None
        item.doc, item.assets = ctx.document(agenda.title, "session agenda", [page]), ctx.assets()
        return item

    @staticmethod
    def _explain(agenda, blocks, spans, turns, exc, first: str = "beurt 1") -> str:
        """Why the blocks and the session length do not match, with the numbers and what to change: the
        blocks are too long for the session, or even at their longest too short to fill it."""
        session = agenda.session_length
        pauses = sum(b.duration for b in agenda.breaks if b.after_turn < turns)
        too_long = sum(s[0] for s in spans) > session
        end = 0 if too_long else 1  # the minimums when the blocks run over, else the maximums
        total = sum(s[end] for s in spans)
        turn = sum(spans[i][end] for i, (_, label, _) in enumerate(blocks) if label == first)
        if turns > 1 and turn:
            numbers = dict(turns=turns, turn=turn, pauses=pauses, rest=total - turns * turn - pauses, total=total,
                           session=session)
            if too_long:
                return msg("{turns} turns of {turn} min + {pauses} min pause + {rest} min other blocks = {total} min "
                           "do not fit in {session} min ({advice})", **numbers,
                           advice=msg("shorten the turns, lower the participants, or lengthen the session"))
            return msg("{turns} turns of at most {turn} min + {pauses} min pause + {rest} min other blocks = {total} "
                       "min do not fill {session} min ({advice})", **numbers,
                       advice=msg("give blocks a range such as '10–20', add turns or participants, or shorten "
                                  "session_length"))
        if too_long:
            return msg("the blocks take at least {total} min, which does not fit in {session} min ({advice})",
                       total=total, session=session,
                       advice=msg("shorten the blocks or lengthen session_length"))
        return msg("the blocks take at most {total} min, which does not fill {session} min ({advice})",
                   total=total, session=session,
                   advice=msg("lengthen the blocks (or give them a range such as '10–20'), or shorten "
                              "session_length"))

    def render(self, planned: PlannedAgenda, staging: Staging, problems: Problems) -> None:
        agenda = planned.agenda
        path = f"agendas/{agenda.agenda}.pdf"
        pages = write_document(planned.doc, staging.path(path), planned.assets)
        staging.add(path, "agenda", agenda.agenda, pages, agenda.title)

    def describe(self, planned: PlannedAgenda) -> str:
        total = sum(slot.minutes for slot, _, _ in planned.rows)
        return msg("agenda    {id:<28} {n:>4} blocks {total} min  {title}", id=planned.agenda.agenda,
                   n=len(planned.rows), total=total, title=planned.agenda.title)


def check_breaks(source: Source, agenda: Agenda, problems: Problems) -> None:
    """Every break pauses between two turns that exist, once: a break after the last turn, after a turn
    the agenda does not have, or in an agenda without turns would be dropped without a word."""
    turns = agenda.participants if agenda.turns == "participants" else agenda.turns
    has_turns = bool(agenda.turn or agenda.method)
    seen: dict[int, int] = {}
    for i, pause in enumerate(agenda.breaks):
        where = ("breaks", i, "after_turn")
        if not has_turns:
            source.problem(problems, ("breaks", i), msg("a break pauses between turns, and this agenda has none "
                                                        "(give turn: or method:, or put the pause in blocks)"))
        elif pause.after_turn >= (turns or 1):
            last = (turns or 1) - 1
            allowed = msg("after turn 1 to {last}", last=last) if last > 1 else msg("after turn 1")
            what = (msg("there is no turn {n}", n=pause.after_turn) if pause.after_turn > (turns or 1)
                    else msg("turn {n} is the last turn", n=pause.after_turn))
            if last < 1:
                source.problem(problems, where, msg("{what}: the agenda has one turn, so there is nothing to pause "
                                                    "between (put the pause in closing)", what=what))
            else:
                source.problem(problems, where, msg("{what}: the agenda has {turns} turns, so a break goes {allowed} "
                                                    "(a pause after the last turn belongs in closing)", what=what,
                                                    turns=turns, allowed=allowed))
        elif pause.after_turn in seen:
            source.problem(problems, where, msg("breaks[{other}] is already after turn {n}; give one break per turn",
                                                other=seen[pause.after_turn], n=pause.after_turn))
        else:
            seen[pause.after_turn] = i


def shared(blocks: list[tuple[Block, str, tuple]]) -> tuple[list, int | None]:
    """What the scheduler needs to keep turns equal and the clock on the grid: a key per block (a turn's
    n-th block has the same key in every turn, so it gets the same minutes) and the spare block, which
    takes the minutes that cannot be shared on the 5-minute grid: the last block outside the turns and
    breaks, i.e. the closing's last block (else the last of `blocks`, else of the opening). The closing,
    because it comes last: an odd remainder then moves no clock time but the end, and the check-out can
    stretch or shrink without touching anyone's turn."""
    keys, position, previous = [], 0, None
    for i, (_, label, _) in enumerate(blocks):
        position = position + 1 if label and label == previous else 0
        keys.append(("turn", position) if label else i)
        previous = label
    outside = [i for i, (_, _, where) in enumerate(blocks) if where[0] in ("opening", "blocks", "closing")]
    return keys, (outside[-1] if outside else None)


def printed(start: str | None, slot: Slot, block: Block, label: str, where: tuple, first: str = "beurt 1") -> Row:
    """A row as the page shows it: later turns repeat the same phases, so only the first (labelled `first`)
    has its description."""
    when = f"{clock(start, slot.start)}–{clock(start, slot.start + slot.minutes)}" if start else f"+{slot.start} min"
    what = block.what if label in ("", first) else None
    return Row(when, slot.minutes, block.name, label, what, block.lead, where)
