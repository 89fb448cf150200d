"""The guide kind: background for the group on the template's paper (one page, or as many as the
template allows), guides/<id>.pdf."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import Overflow, Problems
from ..layout.document import frame_for
from ..layout.guide import plan_guide_pages
from ..layout.plan import Document
from ..layout.units import length_pt
from ..load.yamlfile import Source
from ..messages import msg
from ..render.draw import write_document
from ..schema.guide import Guide, GuideTemplate
from ..write import Staging
from .base import Output, report, with_templates


@dataclass
class PlannedGuide:
    source: Source
    guide: Guide
    template: GuideTemplate
    doc: Document | None = None  # the planned file
    assets: dict | None = None


class GuideKind:
    key = "guide"
    model = Guide
    templates = {"guide": GuideTemplate}
    outputs = (Output("guide", "handleidingen", "handleidingen: achtergrond voor de groep en de facilitator, één of "
                      "twee A4 per onderwerp", "Handleidingen"),)

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedGuide]:
        return with_templates(Guide, "guide", GuideTemplate, PlannedGuide, sources, ctx, problems)

    def lay_out(self, item: PlannedGuide, ctx, problems: Problems) -> PlannedGuide | None:
        """The pages planned and fitted; what does not fit is reported at its content field."""
        template = item.template
        pages = plan_guide_pages(item.guide, frame_for(template), template.paper, ctx.colour(template.accent),
                                 ctx.colour("brand.text"), ctx.metrics, length_pt(template.size),
                                 length_pt(template.min_size), template.pages, ctx.labels)
        if any(isinstance(p, Overflow) for p in pages):
            for overflow in pages:
                report(item.source, overflow, problems)
            return None
        item.doc, item.assets = ctx.document(item.guide.title, "guide", pages), ctx.assets()
        return item

    def render(self, planned: PlannedGuide, staging: Staging, problems: Problems) -> None:
        guide = planned.guide
        path = f"guides/{guide.guide}.pdf"
        pages = write_document(planned.doc, staging.path(path), planned.assets)
        staging.add(path, "guide", guide.guide, pages, guide.title)

    def describe(self, planned: PlannedGuide) -> str:
        return msg("guide     {id:<28} {n:>4} parts  {title}", id=planned.guide.guide, n=len(planned.guide.sections),
                   title=planned.guide.title)
