"""A form: fields with room to write by hand, printed flat and as a fillable PDF."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from .common import Id, LengthStr, Strict
from .template import PageTemplate

FieldKind = Literal["heading", "line", "lines", "box", "checkbox", "date", "signature", "table"]


class FormField(Strict):
    """One thing to fill in."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    """The name of the field in the fillable PDF (lowercase letters, digits, - and _)."""
    label: str = Field(min_length=1)
    """The question or caption above the writing space."""
    help: str | None = None
    """A short explanation under the label."""
    kind: FieldKind = "lines"
    """heading (a section title, nothing to fill in), line, lines (with n), box (with height), checkbox (one,
    or options), date, signature, table."""
    n: int | None = Field(default=None, ge=1, le=40)
    """For lines: how many writing lines."""
    height: LengthStr | None = None
    """For box: the height of the box, e.g. '40mm'."""
    options: list[str] | None = None
    """For checkbox: the choices (without: one checkbox with the label)."""
    columns: list[str] | None = None
    """For table: the column headings."""
    rows: int | None = Field(default=None, ge=1, le=40)
    """For table: the number of rows to fill in."""
    widths: list[Annotated[float, Field(gt=0)]] | None = None
    """For table: relative column widths, one per column, e.g. [3, 1] (default: equal)."""

    @model_validator(mode="after")
    def _needs(self) -> "FormField":
        needs = {"lines": ("n",), "box": ("height",), "table": ("columns", "rows")}.get(self.kind, ())
        missing = [key for key in needs if getattr(self, key) is None]
        if missing:
            raise ValueError(f"a '{self.kind}' field needs {' and '.join(missing)}")
        if self.widths is not None and len(self.widths) != len(self.columns or []):
            raise ValueError(f"widths has {len(self.widths)} numbers for {len(self.columns or [])} columns")
        return self


class Form(Strict):
    """A form file under content/forms/."""

    form: Id
    """The form id, used for file names."""
    title: str = Field(min_length=1)
    """The title in the header band."""
    intro: str | None = None
    """A few sentences under the title: what the form is for."""
    tip: str | None = None
    """A tip at the end of the form."""
    bron: str = Field(min_length=1)
    """The source credit, printed in the footer."""
    layout: str = "form-a4"
    """The form layout template."""
    fields: list[FormField] = Field(min_length=1)
    """The fields, in order."""


class FormTemplate(PageTemplate):
    """Page and writing space of forms: the paper (laid out for it, not a scaled A4), margin, ruling
    and label sizes."""

    kind: Literal["form"]
    """Always 'form'."""
    margin: LengthStr | None = "18mm"
    """Page margin on all sides."""
    line_spacing: LengthStr = "8mm"
    """Distance between writing lines: room for handwriting."""
    size: LengthStr = "10pt"
    """Label size; help text is a little smaller."""
    min_size: LengthStr = "8pt"
    """The floor for shrinking a label that does not fit."""
