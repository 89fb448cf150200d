"""The guide kind: one A4 page of background per guide, guides/<id>.pdf."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problems
from ..load.yamlfile import Source
from ..render.document import CREDIT_TOO_LONG, Overflow
from ..render.guide import render_guide
from ..schema.guide import Guide, GuideTemplate
from ..write import Staging
from . import with_templates


@dataclass
class PlannedGuide:
    source: Source
    guide: Guide
    template: GuideTemplate


class GuideKind:
    key = "guide"

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedGuide]:
        return with_templates(Guide, "guide", GuideTemplate, PlannedGuide, sources, ctx, problems)

    def lay_out(self, item: PlannedGuide, ctx, problems: Problems) -> PlannedGuide:
        return item  # fitting the page needs the fonts, so it happens in render

    def fit(self, planned: PlannedGuide, problems: Problems) -> None:
        self._report(planned, render_guide(planned.guide, planned.template, None), problems)

    def render(self, planned: PlannedGuide, staging: Staging, problems: Problems) -> None:
        path = f"guides/{planned.guide.guide}.pdf"
        if self._report(planned, render_guide(planned.guide, planned.template, staging.path(path)), problems):
            staging.add(path, "guide", planned.guide.guide, 1, planned.guide.title)

    def _report(self, planned: PlannedGuide, overflow: Overflow | None, problems: Problems) -> bool:
        if overflow is None:
            return True
        if overflow.key == ("bron",):
            message = CREDIT_TOO_LONG
        elif overflow.too_wide:
            message = (f"a word in this section is too wide for its line, table cell or cycle stage even at the "
                       f"floor size {planned.template.min_size}; shorten it, break it up or widen the column")
        else:
            message = (f"guide '{planned.guide.guide}' does not fit one page even at the floor size "
                       f"{planned.template.min_size}: the page runs over in this section; shorten the guide")
        planned.source.problem(problems, overflow.key, message)
        return False

    def describe(self, planned: PlannedGuide) -> str:
        return f"guide     {planned.guide.guide:<28} {len(planned.guide.sections):>4} parts  {planned.guide.title}"
