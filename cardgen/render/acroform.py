"""A plan with AcroForm fields drawn as forms need them: invisible widgets over the printed ruling.

render/draw.py draws a `Field` with reportlab's defaults (a tinted fill and a dark border), which
would cover the writing lines and boxes the page already prints. A form's fields lie over that
ruling, so they are drawn here without border or fill; everything else on the page goes through
draw.py unchanged. What is typed uses the viewer's standard font (Helvetica), as PDF fields require.
"""
from __future__ import annotations

from pathlib import Path as FilePath

from reportlab.lib.colors import Color

from ..layout import plan
from .draw import draw_page
from .pdf import new_canvas

CLEAR = Color(1, 1, 1, 0)


def write_fillable(doc: plan.Document, path: FilePath, assets: dict | None = None) -> int:
    """Draw every page of the plan into a new PDF at `path`, its fields invisible; returns the page count."""
    first = doc.pages[0]
    canvas = new_canvas(path, (first.width, first.height), doc.title, doc.subject)
    for page in doc.pages:
        canvas.setPageSize((page.width, page.height))
        printed = [i for i in page.items if not isinstance(i, plan.Field)]
        draw_page(canvas, plan.Page(page.width, page.height, printed, page.trim, page.bleed), assets or {})
        for field in (i for i in page.items if isinstance(i, plan.Field)):
            _field(canvas, field, page.height)
        canvas.showPage()
    canvas.save()
    return len(doc.pages)


def _field(canvas, f: plan.Field, height: float) -> None:
    y = height - f.y - f.height
    if f.kind == "checkbox":
        canvas.acroForm.checkbox(name=f.name, tooltip=f.tooltip, x=f.x, y=y, size=f.width, borderWidth=0,
                                 fillColor=CLEAR, buttonStyle="check")
    else:
        canvas.acroForm.textfield(name=f.name, tooltip=f.tooltip, x=f.x, y=y, width=f.width, height=f.height,
                                  borderWidth=0, fillColor=None, fontSize=f.size,
                                  fieldFlags="multiline" if f.kind == "multiline" else "")
