"""Images as placed in a PDF: transparency flattened onto what lies behind them.

Print shops want no transparency (it raises the PDF version and can print oddly),
so an image with an alpha channel is composited onto the colour behind it first.
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader

from ..layout.images import ImageInfo


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
