"""The method kind: a cheat-sheet per method, methods/<id>-a4.pdf and methods/<id>-a5.pdf."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problems
from ..load.yamlfile import Source
from ..render.cheatsheet import render_cheatsheets
from ..render.document import CREDIT_TOO_LONG
from ..schema.method import CheatsheetTemplate, Method
from ..write import Staging
from . import with_templates


@dataclass
class PlannedMethod:
    source: Source
    method: Method
    template: CheatsheetTemplate


# The cheat-sheet's sections and the fields they show, so an overflow points at the text to shorten.
SECTION_FIELDS = {"doel": "goal", "wanneer": "when", "duur": "duration", "stappen": "steps", "rollen": "roles",
                  "vragen": "example_questions", "valkuilen": "pitfalls"}


class MethodKind:
    key = "method"

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedMethod]:
        return with_templates(Method, "method", CheatsheetTemplate, PlannedMethod, sources, ctx, problems)

    def lay_out(self, item: PlannedMethod, ctx, problems: Problems) -> PlannedMethod:
        return item  # fitting the page is the layout; it needs the fonts, so it happens in render

    def fit(self, planned: PlannedMethod, problems: Problems) -> None:
        self._report(planned, render_cheatsheets(planned.method, planned.template, None, None), problems)

    def render(self, planned: PlannedMethod, staging: Staging, problems: Problems) -> None:
        mid = planned.method.method
        a4, a5 = f"methods/{mid}-a4.pdf", f"methods/{mid}-a5.pdf"
        result = render_cheatsheets(planned.method, planned.template, staging.path(a4), staging.path(a5))
        if self._report(planned, result, problems):
            staging.add(a4, "cheatsheet", mid, 1, planned.method.name)
            staging.add(a5, "cheatsheet", mid, 1, f"{planned.method.name} (A5)")

    def _report(self, planned: PlannedMethod, result, problems: Problems) -> bool:
        overflow = result.overflow
        if overflow and overflow.key == "bron":
            planned.source.problem(problems, ("bron",), CREDIT_TOO_LONG)
        elif overflow:
            planned.source.problem(problems, (SECTION_FIELDS.get(overflow.key, "method"),), (
                f"method '{planned.method.method}' does not fit one page even at the floor size "
                f"{planned.template.min_size}: section '{overflow.key} ({result.paper})' runs over; shorten it"))
        return overflow is None

    def describe(self, planned: PlannedMethod) -> str:
        return f"method    {planned.method.method:<28} {len(planned.method.steps):>4} steps  {planned.method.name}"
