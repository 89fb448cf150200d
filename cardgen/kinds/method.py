"""The method kind: a cheat-sheet per method, methods/<id>-a4.pdf and methods/<id>-a5.pdf.

The first follows the method's template (`layout:`, default `cheatsheet`: A4); the second the small
template that one names (`a5:`, default `cheatsheet-a5`), printed two to a sheet.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import Overflow, Problems
from ..layout.cheatsheet import plan_cheatsheet, sheet
from ..layout.plan import Document
from ..load.pictures import check_pictures
from ..load.yamlfile import Source
from ..messages import msg
from ..render.draw import write_document
from ..schema.common import ICON_NAMES
from ..schema.method import CheatsheetTemplate, Method
from ..write import Staging
from .base import Output, report, with_templates


@dataclass
class PlannedMethod:
    source: Source
    method: Method
    template: CheatsheetTemplate
    small: CheatsheetTemplate | None = None  # the template of the A5 version
    full: Document | None = None  # the plan of methods/<id>-a4.pdf
    sheet: Document | None = None  # the plan of methods/<id>-a5.pdf
    assets: dict | None = None


class MethodKind:
    key = "method"
    model = Method
    templates = {"cheatsheet": CheatsheetTemplate}
    outputs = (Output("cheatsheet", "methoden", "spiekbrieven per methode (A4, en A5: twee per vel, of een lange "
                      "methode op twee pagina’s naast elkaar)", "Methoden"),)

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedMethod]:
        def planned(source: Source, method: Method, template: CheatsheetTemplate) -> PlannedMethod:
            where = ctx.store.source(template.template).mark(("a5",))
            return PlannedMethod(source, method, template, ctx.store.get(template.a5, CheatsheetTemplate, where, "a5"))

        return with_templates(Method, "method", CheatsheetTemplate, planned, sources, ctx, problems)

    def lay_out(self, item: PlannedMethod, ctx, problems: Problems) -> PlannedMethod | None:
        if item.small is None:  # its template was reported
            return None
        method, ink = item.method, ctx.colour("brand.text")
        before = len(problems.items)
        icons = check_pictures(item.source, pack_icons(method), ctx.pack.root, problems)
        if len(problems.items) > before:  # an icon that is not a picture inside the pack (reported)
            return None
        full = plan_cheatsheet(method, item.template, ctx.colour(item.template.accent), ink, ctx.metrics, ctx.labels)
        if isinstance(full, Overflow):  # one report per method: the small version would say the same
            report(item.source, full, problems)
            return None
        small = plan_cheatsheet(method, item.small, ctx.colour(item.small.accent), ink, ctx.metrics, ctx.labels)
        if isinstance(small, Overflow):
            report(item.source, small, problems)
            return None
        item.full = ctx.document(ctx.labels("method.title", name=method.name), "method cheat-sheet", full)
        subject = "two A5 cheat-sheets" if len(small) == 1 else "an A5 cheat-sheet, its two pages side by side"
        item.sheet = ctx.document(ctx.labels("method.title_a5", name=method.name), subject, [sheet(small)])
        item.assets = {**ctx.assets(), **icons}
        return item

    def render(self, planned: PlannedMethod, staging: Staging, problems: Problems) -> None:
        mid, name = planned.method.method, planned.method.name
        a4, a5 = f"methods/{mid}-a4.pdf", f"methods/{mid}-a5.pdf"
        staging.add(a4, "cheatsheet", mid, write_document(planned.full, staging.path(a4), planned.assets), name)
        staging.add(a5, "cheatsheet", mid, write_document(planned.sheet, staging.path(a5), planned.assets),
                    f"{name} (A5)")

    def describe(self, planned: PlannedMethod) -> str:
        return msg("method    {id:<28} {n:>4} steps  {name}", id=planned.method.method, n=len(planned.method.steps),
                   name=planned.method.name)


def pack_icons(method: Method) -> list[tuple[tuple, str, bool]]:
    """(field path, path as written, True) of each picture in the pack that a step or role names as its
    icon (a built-in icon is a name, not a file)."""
    return [((key, i, "icon"), x.icon, True) for key, items in (("steps", method.steps), ("roles", method.roles))
            for i, x in enumerate(items) if x.icon and x.icon not in ICON_NAMES]
