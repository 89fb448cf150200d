"""The form kind: forms/<id>.pdf to fill in by hand, forms/<id>-invulbaar.pdf to fill in on screen."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problems
from ..load.yamlfile import Source
from ..render.form import render_form
from ..schema.form import Form, FormTemplate
from ..write import Staging
from . import with_templates


@dataclass
class PlannedForm:
    source: Source
    form: Form
    template: FormTemplate


def _unique_ids(source: Source, form: Form, problems: Problems) -> None:
    """Each field id names one field of the fillable PDF: a second use is an error."""
    ids: dict[str, int] = {}
    for i, field in enumerate(form.fields):
        if field.id in ids:
            source.problem(problems, ("fields", i, "id"),
                           f"field id '{field.id}' is already used by fields[{ids[field.id]}]")
        ids.setdefault(field.id, i)


class FormKind:
    key = "form"

    def validate(self, sources, ctx, problems: Problems) -> list[PlannedForm]:
        return with_templates(Form, "form", FormTemplate, PlannedForm, sources, ctx, problems, _unique_ids)

    def lay_out(self, item: PlannedForm, ctx, problems: Problems) -> PlannedForm:
        return item  # the page layout needs text measurement, so it happens while rendering

    def fit(self, planned: PlannedForm, problems: Problems) -> None:
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as tmp:  # fitting a form is laying it out; nothing is kept
            self._report(planned, render_form(planned.form, planned.template, Path(tmp) / "a.pdf",
                                              Path(tmp) / "b.pdf"), problems)

    def render(self, planned: PlannedForm, staging: Staging, problems: Problems) -> None:
        fid = planned.form.form
        flat, fill = f"forms/{fid}.pdf", f"forms/{fid}-invulbaar.pdf"
        result = render_form(planned.form, planned.template, staging.path(flat), staging.path(fill))
        if self._report(planned, result, problems):
            staging.add(flat, "form-print", fid, result.pages, planned.form.title)
            staging.add(fill, "form-fillable", fid, result.pages, planned.form.title)

    def _report(self, planned: PlannedForm, result, problems: Problems) -> bool:
        for path, message in result.failures:
            planned.source.problem(problems, path, message)
        return not result.failures

    def describe(self, planned: PlannedForm) -> str:
        return f"form      {planned.form.form:<28} {len(planned.form.fields):>4} fields {planned.form.title}"
