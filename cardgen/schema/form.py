"""A form: fields with room to write by hand, printed flat and as a fillable PDF."""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from ..messages import msg
from .common import FontSize, Id, Length, Strict, TemplateName, Text, numbers_for
from .tables import or_spreadsheet
from .template import PageTemplate

def _field_id(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}", value):
        raise ValueError(msg("{value} is not a field id (lowercase letters, digits, '-' and '_', e.g. 'naam')",
                             value=repr(value[:40])))
    return value


FieldId = Annotated[str, AfterValidator(_field_id)]
FieldKind = Literal["heading", "line", "lines", "box", "checkbox", "date", "signature", "table"]


class FormField(Strict):
    """One thing to fill in."""

    id: FieldId
    """The name of the field in the fillable PDF (lowercase letters, digits, - and _)."""
    label: Text(500) = Field(min_length=1)
    """The question or caption above the writing space."""
    help: Text(2000) | None = None
    """A short explanation under the label."""
    kind: FieldKind = "lines"
    """heading (a section title, nothing to fill in), line, lines (with n), box (with height), checkbox (one,
    or options), date, signature, table."""
    n: int | None = Field(default=None, ge=1, le=40)
    """For lines: how many writing lines."""
    height: Length("5mm", "1000mm") | None = None
    """For box: the height of the box, e.g. '40mm' (5 mm to 1000 mm)."""
    options: list[Text(500)] | None = Field(default=None, max_length=50)
    """For checkbox: the choices (without: one checkbox with the label)."""
    choice: Literal["one", "any"] = "any"
    """For checkbox with options: 'one' (either/or: a radio group, one option at most) or 'any' (independent
    checkboxes, the default)."""
    columns: list[Text(200)] | None = Field(default=None, max_length=20)
    """For table: the column headings."""
    rows: int | None = Field(default=None, ge=1, le=40)
    """For table: the number of rows to fill in."""
    widths: list[Annotated[float, Field(gt=0, le=1000, allow_inf_nan=False)]] | None = None
    """For table: relative column widths, one per column, e.g. [3, 1] (default: equal)."""

    @model_validator(mode="after")
    def _needs(self) -> "FormField":
        needs = {"lines": ("n",), "box": ("height",), "table": ("columns", "rows")}.get(self.kind, ())
        missing = [key for key in needs if getattr(self, key) is None]
        if missing:
            raise ValueError(msg("a '{kind}' field needs {key}", kind=self.kind, key=missing[0]) if len(missing) == 1
                             else msg("a '{kind}' field needs {key} and {other}", kind=self.kind, key=missing[0],
                                      other=missing[1]))
        if self.choice == "one" and (self.kind != "checkbox" or len(self.options or []) < 2):
            raise ValueError(msg("choice: one needs a checkbox field with at least two options"))
        if self.widths is not None and len(self.widths) != len(self.columns or []):
            raise ValueError(numbers_for(len(self.widths), len(self.columns or [])))
        return self


class Form(Strict):
    """A form file under content/forms/."""

    form: Id
    """The form id, used for file names."""
    title: Text(300) = Field(min_length=1)
    """The title in the header band."""
    intro: Text(5000) | None = None
    """A few sentences under the title: what the form is for."""
    tip: Text(2000) | None = None
    """A tip at the end of the form."""
    bron: Text(1000) = Field(min_length=1)
    """The source credit, printed in the footer."""
    layout: TemplateName = "form-a4"
    """The form layout template."""
    fields: list[FormField] = Field(min_length=1, max_length=200, json_schema_extra=or_spreadsheet)
    """The fields, in order; or a spreadsheet inside the pack folder (`tabellen/velden.xlsx`, or {file, sheet})
    with one field per row and its keys as columns (a list in one cell: 'ja | deels | nee')."""


class FormTemplate(PageTemplate):
    """Page and writing space of forms: the paper (laid out for it, not a scaled A4), margin, ruling
    and label sizes."""

    kind: Literal["form"]
    """Always 'form'."""
    margin: Length("0mm", "100mm") | None = "18mm"
    """Page margin on all sides (0 to 100 mm)."""
    line_spacing: Length("4mm", "30mm") = "8mm"
    """Distance between writing lines: room for handwriting (4 to 30 mm)."""
    size: FontSize = "10pt"
    """Label size (3 pt to 200 pt); help text is a little smaller."""
    min_size: FontSize = "8pt"
    """The floor for shrinking a label that does not fit (3 pt up to `size`)."""
