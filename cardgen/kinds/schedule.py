"""The schedule kind: a group's rooster for the year, schedules/<id>.pdf (one page on the template's
paper), and the same meetings as a calendar file for the members' calendars, schedules/<id>.ics."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Overflow, Problems
from ..layout.document import frame_for
from ..layout.plan import Document
from ..layout.schedule import Event, Meeting, events, meetings_of, plan_schedule
from ..layout.units import length_pt
from ..load.yamlfile import Source
from ..messages import msg
from ..render.draw import write_document
from ..render.ical import write_calendar
from ..schema.schedule import Schedule, ScheduleTemplate
from ..write import Staging
from .base import Output, report, with_templates


@dataclass
class PlannedSchedule:
    source: Source
    schedule: Schedule
    template: ScheduleTemplate
    meetings: list[Meeting] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    calendar: str = ""  # the calendar's name ('Intervisie <group>')
    doc: Document | None = None  # the planned file
    assets: dict | None = None


class ScheduleKind:
    key = "schedule"
    model = Schedule
    templates = {"schedule": ScheduleTemplate}
    outputs = (Output("schedule", "roosters", "rooster voor het jaar: wie brengt in, wie faciliteert, wie houdt de "
                      "tijd, wie notuleert", "Roosters"),
               Output("calendar", "roosters", "dezelfde bijeenkomsten als agenda-bestand (.ics) voor de agenda’s "
                      "van de leden"))

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedSchedule]:
        methods = {str(s.data.get("method")) for s in ctx.pack.items.get("method", [])}

        def check(source: Source, schedule: Schedule, problems: Problems) -> None:
            for i, method in enumerate(schedule.methods):
                if method not in methods:
                    source.problem(problems, ("methods", i), msg(
                        "'{method}' is not a method of this pack (known: {known})", method=method,
                        known=", ".join(sorted(methods))) if methods else msg(
                        "'{method}' is not a method of this pack (known: none)", method=method))

        return with_templates(Schedule, "schedule", ScheduleTemplate, PlannedSchedule, sources, ctx, problems, check)

    def lay_out(self, item: PlannedSchedule, ctx, problems: Problems) -> PlannedSchedule | None:
        """The meetings (dates and who holds which role), the page and the calendar's entries."""
        names = {str(s.data.get("method")): str(s.data.get("name") or s.data.get("method"))
                 for s in ctx.pack.items.get("method", [])}
        schedule, template = item.schedule, item.template
        item.meetings = meetings_of(schedule, names)
        page = plan_schedule(schedule, item.meetings, frame_for(template), ctx.colour(template.accent),
                             ctx.colour("brand.text"), ctx.metrics, length_pt(template.size),
                             length_pt(template.min_size), ctx.labels)
        if isinstance(page, Overflow):
            report(item.source, page, problems)
            return None
        item.events = events(schedule, item.meetings, ctx.labels)
        item.calendar = ctx.labels("schedule.calendar", group=schedule.group)
        title = f"{schedule.title} – {schedule.group}"
        item.doc, item.assets = ctx.document(title, "role rotation schedule", [page]), ctx.assets()
        return item

    def render(self, planned: PlannedSchedule, staging: Staging, problems: Problems) -> None:
        schedule = planned.schedule
        title = f"{schedule.title} – {schedule.group}"
        path = f"schedules/{schedule.schedule}.pdf"
        staging.add(path, "schedule", schedule.schedule, write_document(planned.doc, staging.path(path),
                                                                         planned.assets), title)
        ics = f"schedules/{schedule.schedule}.ics"
        write_calendar(planned.events, planned.calendar, staging.path(ics))
        staging.add(ics, "calendar", schedule.schedule, 0, title)  # not a PDF: no pages

    def describe(self, planned: PlannedSchedule) -> str:
        s = planned.schedule
        return msg("schedule  {id:<28} {n:>4} meetings {members} members  {title} – {group}", id=s.schedule,
                   n=s.meetings, members=len(s.members), title=s.title, group=s.group)
