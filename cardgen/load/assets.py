"""Files that content points at (images, fonts): resolved inside their folder and checked."""
from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from PIL import Image

from ..errors import Problems
from ..layout.images import ImageInfo
from .pack import resolve_inside
from .yamlfile import Source

IMAGE_FORMATS = ("PNG", "JPEG")
MAX_IMAGE_PIXELS = 50_000_000  # Pillow's decompression-bomb guard stays on, at this bound
TTF_MAGIC = (b"\x00\x01\x00\x00", b"true")


def check_image(source: Source, path: tuple, relative: str, root: Path, problems: Problems) -> ImageInfo | None:
    """An image path inside `root` (the pack, or the brand's folder) that exists and is a PNG or JPEG
    within the size limit."""
    resolved = resolve_inside(root, relative)
    if resolved is None:
        source.problem(problems, path, f"'{relative}' points outside the folder {root.name}/; "
                                       "images must lie inside it")
        return None
    if not resolved.is_file():
        source.problem(problems, path, f"image '{relative}' does not exist (paths are relative to {root.name}/)")
        return None
    if resolved.suffix.lower() == ".svg":
        return _check_svg(source, path, relative, resolved, problems)
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with Image.open(resolved) as img:
            fmt, size, mode = img.format, img.size, img.mode
            alpha = img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info)
            img.verify()
    except (OSError, SyntaxError, Image.DecompressionBombError) as exc:
        source.problem(problems, path, f"image '{relative}' cannot be read ({exc})")
        return None
    if fmt not in IMAGE_FORMATS:
        source.problem(problems, path, f"image '{relative}' is {fmt}; use PNG, JPEG or SVG")
        return None
    return ImageInfo(resolved, relative, size[0], size[1], alpha, mode)


def _check_svg(source: Source, path: tuple, relative: str, resolved: Path, problems: Problems) -> ImageInfo | None:
    """An SVG's size in points from its width/height or viewBox (read safely, without entities)."""
    data = resolved.read_bytes()
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # no entity expansion from content files
        source.problem(problems, path, f"image '{relative}' declares a DOCTYPE or entities; remove them")
        return None
    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, ValueError) as exc:
        source.problem(problems, path, f"image '{relative}' is not a readable SVG ({exc})")
        return None
    size = _svg_size(root)
    if root.tag.rsplit("}", 1)[-1] != "svg" or size is None:
        source.problem(problems, path, f"image '{relative}' is not an SVG with a size (give width and height, "
                                       "or a viewBox)")
        return None
    return ImageInfo(resolved, relative, size[0], size[1], False, "SVG")


def _svg_size(root) -> tuple[float, float] | None:
    try:
        w, h = (float(re.sub(r"(px|pt)$", "", root.get(k, "").strip())) for k in ("width", "height"))
        return (w, h) if w > 0 and h > 0 else None
    except ValueError:
        pass
    box = (root.get("viewBox") or "").replace(",", " ").split()
    if len(box) == 4:
        w, h = float(box[2]), float(box[3])
        return (w, h) if w > 0 and h > 0 else None
    return None


def check_font(source: Source, path: tuple, relative: str, root: Path, problems: Problems) -> Path | None:
    """A TrueType font inside `root`. reportlab embeds only TrueType outlines, so CFF (.otf) is refused."""
    resolved = resolve_inside(root, relative)
    if resolved is None:
        source.problem(problems, path, f"'{relative}' points outside the folder {root.name}/; fonts must lie inside it")
        return None
    if not resolved.is_file():
        source.problem(problems, path, f"font '{relative}' does not exist (paths are relative to {root.name}/)")
        return None
    with open(resolved, "rb") as fh:
        magic = fh.read(4)
    if magic not in TTF_MAGIC:
        kind = "an OpenType/CFF font" if magic == b"OTTO" else "not a TrueType font"
        source.problem(problems, path, f"font '{relative}' is {kind}; give a .ttf with TrueType outlines")
        return None
    return resolved
