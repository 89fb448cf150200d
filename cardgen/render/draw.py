"""Drawing a plan: every item of a page onto a reportlab canvas, deciding nothing.

Plans measure from the page's top-left with y downwards; PDF space has y
upwards, so every y is flipped here. Colours are concrete in the plan and are
painted in the file's colour mode (RGB, or CMYK for print-shop files).
"""
from __future__ import annotations

from pathlib import Path as FilePath

from ..layout import plan
from ..layout.picture import PACK
from ..layout.printshop import OutputProfile
from .color import paint, rgb_of
from .fonts import font_name
from .icc import converts, draw_converted
from .icons import draw_icon
from .images import draw_image, draw_svg_once
from .pdf import new_canvas


def write_document(doc: plan.Document, path: FilePath, assets: dict | None = None, mode: str = "rgb") -> int:
    """Draw every page of the plan into a new PDF at `path`; returns the page count."""
    first = doc.pages[0]
    canvas = new_canvas(path, (first.width, first.height), doc.title, doc.subject, doc.look)
    for page in doc.pages:
        canvas.setPageSize((page.width, page.height))
        draw_page(canvas, page, assets or {}, mode, doc.look)
        canvas.showPage()
    canvas.save()
    fields = plan.fields_of(doc)
    if any(fields):  # a fillable file
        from .acroform import add_fields  # only then: pikepdf takes ~35 ms to import

        add_fields(path, doc, fields)
    return len(doc.pages)


def draw_page(canvas, page: plan.Page, assets: dict, mode: str = "rgb", look: plan.Look = plan.Look(),
              profile: OutputProfile | None = None) -> None:
    """`profile`: the print shop's output profile, which RGB pictures of a CMYK file are converted through."""
    if page.trim is not None:
        canvas.setTrimBox(_box(page, page.trim))
    if page.bleed is not None:
        canvas.setBleedBox(_box(page, page.bleed))
    draw_items(canvas, page.items, page.height, _Pen(assets, mode, look, profile))


def _box(page: plan.Page, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    x, y, w, h = box
    return x, page.height - y - h, x + w, page.height - y


class _Pen:
    """What drawing an item needs besides the item: the pictures, the colour mode and the fonts."""

    def __init__(self, assets: dict, mode: str, look: plan.Look, profile: OutputProfile | None = None):
        self.assets, self.mode, self.look, self.profile = assets, mode, look, profile


def draw_items(canvas, items, height: float, pen: _Pen) -> None:
    """Draw items measured from the top-left of an area `height` points tall."""
    for item in items:
        _DRAW[type(item)](canvas, item, height, pen)


def _text(canvas, t: plan.Text, height, pen) -> None:
    canvas.setFillColor(paint(t.color, pen.mode))
    canvas.setFont(font_name(t.face, pen.look), t.size)
    y = height - t.y
    if t.align == "right":
        canvas.drawRightString(t.x, y, t.text)
    elif t.align == "center":
        canvas.drawCentredString(t.x, y, t.text)
    else:
        canvas.drawString(t.x, y, t.text)


def _rect(canvas, r: plan.Rect, height, pen) -> None:
    if r.fill:
        canvas.setFillColor(paint(r.fill, pen.mode))
    if r.stroke:
        canvas.setStrokeColor(paint(r.stroke, pen.mode))
        canvas.setLineWidth(r.line_width)
    args = (r.x, height - r.y - r.height, r.width, r.height)
    stroke, fill = (1 if r.stroke else 0), (1 if r.fill else 0)
    see_through = r.fill and r.opacity < 1
    if see_through:  # a scrim: only the fill lets the picture under it show
        canvas.saveState()
        canvas.setFillAlpha(r.opacity)
    if r.radius:
        canvas.roundRect(*args, r.radius, stroke=stroke, fill=fill)
    else:
        canvas.rect(*args, stroke=stroke, fill=fill)
    if see_through:
        canvas.restoreState()


def _rule(canvas, r: plan.Rule, height, pen) -> None:
    canvas.setStrokeColor(paint(r.color, pen.mode))
    canvas.setLineWidth(r.width)
    canvas.setDash(list(r.dash) if r.dash else [])
    canvas.line(r.x1, height - r.y1, r.x2, height - r.y2)
    if r.dash:
        canvas.setDash([])


def _path(canvas, p: plan.Path, height, pen) -> None:
    path = canvas.beginPath()
    (x0, y0), rest = p.points[0], p.points[1:]
    path.moveTo(x0, height - y0)
    for x, y in rest:
        path.lineTo(x, height - y)
    if p.closed:
        path.close()
    if p.fill:
        canvas.setFillColor(paint(p.fill, pen.mode))
    if p.stroke:
        canvas.setStrokeColor(paint(p.stroke, pen.mode))
        canvas.setLineWidth(p.line_width)
    canvas.drawPath(path, stroke=1 if p.stroke else 0, fill=1 if p.fill else 0)


def _image(canvas, i: plan.Image, height, pen) -> None:
    info = pen.assets.get(i.ref)
    if info is None:
        return
    place = (i.x, height - i.y - i.height, i.width, i.height, rgb_of(paint(i.behind, "rgb")))
    if i.clip is not None:  # a cropped picture: placed whole, only the clip shows
        canvas.saveState()
        cx, cy, cw, ch = i.clip
        path = canvas.beginPath()
        path.rect(cx, height - cy - ch, cw, ch)
        canvas.clipPath(path, stroke=0, fill=0)
    if converts(info, pen.profile, pen.mode):
        draw_converted(canvas, info, *place, pen.profile)
    elif i.ref.startswith(PACK) and info.mode == "SVG":
        draw_svg_once(canvas, info, *place[:4])
    else:
        draw_image(canvas, info, *place)
    if i.clip is not None:
        canvas.restoreState()


def _icon(canvas, i: plan.Icon, height, pen) -> None:
    if i.name.startswith(PACK):  # an SVG or PNG of the pack, fitted whole in the icon's square
        _image(canvas, plan.Image(i.x, i.y, i.size, i.size, i.name, i.behind or "#FFFFFF"), height, pen)
        return
    draw_icon(canvas, i.name, i.x, height - i.y - i.size, i.size, paint(i.color, pen.mode),
              paint(i.behind, pen.mode) if i.behind else None, font_name("bold", pen.look))


def _field(canvas, f: plan.Field, height, pen) -> None:
    """Nothing on the canvas: `write_document` adds the fields afterwards (render/acroform.py), with the
    document's own font and drawn check marks instead of reportlab's standard-14 fonts."""


def _use(canvas, u: plan.Use, height, pen) -> None:
    """A group drawn once per file as a form XObject, placed here (its top-left at u.x, u.y)."""
    g = u.group
    forms = canvas.__dict__.setdefault("_cardgen_forms", {})
    key = (g.key, pen.mode)
    if key not in forms:
        forms[key] = name = f"cgform{len(forms)}"
        canvas.beginForm(name, -g.bleed, -g.bleed, g.width + g.bleed, g.height + g.bleed)
        draw_items(canvas, g.items, g.height, pen)
        canvas.endForm()
        if any(isinstance(i, plan.Rect) and i.opacity < 1 for i in g.items):
            _keep_opacity(canvas, name)
    canvas.saveState()
    canvas.translate(u.x, height - u.y - g.height)
    canvas.doForm(forms[key])
    canvas.restoreState()


def _keep_opacity(canvas, name: str) -> None:
    """reportlab leaves a form's graphics states (a scrim's fill opacity) out of the form's resources,
    so viewers would not find them: give the form resources that hold them."""
    from reportlab.pdfbase import pdfdoc

    form = canvas._doc.idToObject[pdfdoc.xObjectName(name)]
    resources = pdfdoc.PDFResourceDictionary()
    resources.basicFonts()
    resources.allProcs()
    if form.XObjects:
        resources.XObject = form.XObjects
    resources.ExtGState = form.ExtGState
    form.Resources = resources


_DRAW = {plan.Text: _text, plan.Rect: _rect, plan.Rule: _rule, plan.Path: _path, plan.Image: _image,
         plan.Icon: _icon, plan.Field: _field, plan.Use: _use}
