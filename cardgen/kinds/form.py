"""The form kind: forms/<id>.pdf to fill in by hand, forms/<id>-invulbaar.pdf to fill in on screen.

Both files come from one page plan: the fillable file is the same pages plus the AcroForm fields.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problems
from ..layout.document import frame_for
from ..layout.form_page import FormPlan, Ink, plan_form
from ..layout.plan import Look
from ..load.yamlfile import Source
from ..messages import msg
from ..render.draw import write_document
from ..schema.form import Form, FormField, FormTemplate
from ..write import Staging
from .base import Output, report, with_templates
from .tabular import expand_all


@dataclass
class PlannedForm:
    source: Source
    form: Form
    template: FormTemplate
    plan: FormPlan | None = None
    assets: dict | None = None
    look: Look | None = None


def _unique_ids(source: Source, form: Form, problems: Problems) -> None:
    """Each field id names one field of the fillable PDF: a second use is an error."""
    ids: dict[str, int] = {}
    for i, field in enumerate(form.fields):
        if field.id in ids:
            source.problem(problems, ("fields", i, "id"),
                           msg("field id '{id}' is already used by fields[{other}]", id=field.id, other=ids[field.id]))
        ids.setdefault(field.id, i)


class FormKind:
    key = "form"
    model = Form
    templates = {"form": FormTemplate}
    outputs = (Output("form-print", "formulieren", "formulieren om op papier in te vullen", "Formulieren"),
               Output("form-fillable", "formulieren/invulbaar", "formulieren om op de computer in te vullen"))

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedForm]:
        sources = expand_all(sources, "fields", FormField, ctx.pack.root, problems, "fields")  # `fields: x.xlsx`
        return with_templates(Form, "form", FormTemplate, PlannedForm, sources, ctx, problems, _unique_ids)

    def lay_out(self, item: PlannedForm, ctx, problems: Problems) -> PlannedForm | None:
        """The pages on the template's paper, every text fitted; what does not fit is reported."""
        ink = Ink(ctx.colour(item.template.accent), ctx.colour("brand.text"), ctx.labels)
        planned = plan_form(item.form, item.template, frame_for(item.template), ink, ctx.metrics)
        if isinstance(planned, list):
            for overflow in planned:
                report(item.source, overflow, problems)
            return None
        item.plan, item.assets, item.look = planned, ctx.assets(), ctx.look
        return item

    def render(self, planned: PlannedForm, staging: Staging, problems: Problems) -> None:
        fid, title = planned.form.form, planned.form.title
        flat, fill = f"forms/{fid}.pdf", f"forms/{fid}-invulbaar.pdf"
        pages = write_document(planned.plan.document(False, planned.look), staging.path(flat), planned.assets)
        write_document(planned.plan.document(True, planned.look), staging.path(fill), planned.assets)
        staging.add(flat, "form-print", fid, pages, title)
        staging.add(fill, "form-fillable", fid, pages, title)

    def describe(self, planned: PlannedForm) -> str:
        return msg("form      {id:<28} {n:>4} fields {title}", id=planned.form.form, n=len(planned.form.fields),
                   title=planned.form.title)
