"""Images as placed in a PDF: transparency flattened onto what lies behind them.

Print shops want no transparency (it raises the PDF version and can print oddly),
so an image with an alpha channel is composited onto the colour behind it first.
"""
from __future__ import annotations

import io
import os
from functools import lru_cache
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader

from ..layout.images import ImageInfo, placed_size


@lru_cache(maxsize=32)
def _flat(path: str, background: tuple[int, int, int]) -> ImageReader:
    with Image.open(path) as img:
        rgba = img.convert("RGBA")
    flat = Image.new("RGB", rgba.size, background)
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return ImageReader(flat)


@lru_cache(maxsize=32)
def _as_is(path: str) -> ImageReader:
    # from the bytes, not the path: reportlab names the image after what it is given, and a
    # path-derived name would make the same input give other bytes in another folder
    return ImageReader(io.BytesIO(Path(path).read_bytes()))


def image_source(info: ImageInfo, background: tuple[float, float, float] | None):
    """What to hand to `drawImage`: the file's own data (a JPEG stays JPEG), or a flattened copy."""
    if not info.has_alpha:
        return _as_is(str(info.path))
    rgb = tuple(round(v * 255) for v in (background or (1.0, 1.0, 1.0)))
    return _flat(str(info.path), rgb)


def svg_drawing(path: Path):
    """The SVG as a reportlab drawing, converted once per file version (the load stage converts it to
    check it, the draw stage places the same drawing)."""
    info = os.stat(path)
    return _svg(str(path), info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=8)
def _svg(path: str, _mtime: int, _size: int):
    import logging

    from svglib.svglib import svg2rlg  # only for SVG logos

    logging.getLogger("svglib").setLevel(logging.ERROR)  # load/svg.py has refused what it would warn about
    return svg2rlg(path)


def draw_image(canvas, info: ImageInfo, x: float, y: float, w: float, h: float,
               background: tuple[float, float, float] | None) -> None:
    """Place an image in the box (x, y, w, h), centred, aspect ratio kept; SVG stays vector."""
    pw, ph = placed_size(info.width_px, info.height_px, w, h)
    px, py = x + (w - pw) / 2, y + (h - ph) / 2
    if info.mode == "SVG":
        from reportlab.graphics import renderPDF

        drawing = svg_drawing(info.path)
        scale = pw / drawing.width
        canvas.saveState()
        canvas.translate(px, py)
        canvas.scale(scale, scale)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.restoreState()
    else:
        canvas.drawImage(image_source(info, background), px, py, pw, ph)


def draw_svg_once(canvas, info: ImageInfo, x: float, y: float, w: float, h: float) -> None:
    """An SVG picture of the pack, fitted whole in (x, y, w, h): drawn once per file as a form XObject
    and placed wherever a card shows it."""
    from reportlab.graphics import renderPDF

    forms = canvas.__dict__.setdefault("_cardgen_svgs", {})
    drawing = svg_drawing(info.path)
    if info.path not in forms:
        forms[info.path] = name = f"cgsvg{len(forms)}"
        canvas.beginForm(name, 0, 0, drawing.width, drawing.height)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.endForm()
    pw, ph = placed_size(info.width_px, info.height_px, w, h)
    canvas.saveState()
    canvas.translate(x + (w - pw) / 2, y + (h - ph) / 2)
    canvas.scale(pw / drawing.width, ph / drawing.height)
    canvas.doForm(forms[info.path])
    canvas.restoreState()
