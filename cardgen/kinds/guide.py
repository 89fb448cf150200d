"""The guide kind: one page of background per guide on the template's paper, guides/<id>.pdf."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problems
from ..layout.document import frame_for
from ..layout.guide import plan_guide
from ..layout.plan import Document
from ..layout.units import length_pt
from ..load.yamlfile import Source
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
    outputs = (Output("guide", "handleidingen",
                      "handleidingen op één A4 (facilitator, SMART actieplan, leren in intervisie)", "Handleidingen"),)

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedGuide]:
        return with_templates(Guide, "guide", GuideTemplate, PlannedGuide, sources, ctx, problems)

    def lay_out(self, item: PlannedGuide, ctx, problems: Problems) -> PlannedGuide | None:
        """The page planned and fitted; what does not fit is reported at its content field."""
        template = item.template
        page = plan_guide(item.guide, frame_for(template), template.paper, ctx.colour(template.accent),
                          ctx.colour("brand.text"), ctx.metrics, length_pt(template.size),
                          length_pt(template.min_size))
        if isinstance(page, list):
            for overflow in page:
                report(item.source, overflow, problems)
            return None
        item.doc, item.assets = ctx.document(item.guide.title, "guide", [page]), ctx.assets()
        return item

    def render(self, planned: PlannedGuide, staging: Staging, problems: Problems) -> None:
        guide = planned.guide
        path = f"guides/{guide.guide}.pdf"
        pages = write_document(planned.doc, staging.path(path), planned.assets)
        staging.add(path, "guide", guide.guide, pages, guide.title)

    def describe(self, planned: PlannedGuide) -> str:
        return f"guide     {planned.guide.guide:<28} {len(planned.guide.sections):>4} parts  {planned.guide.title}"
