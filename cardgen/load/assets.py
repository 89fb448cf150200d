"""Files that content points at (images, fonts): resolved inside their folder, sniffed and checked.

Nothing is trusted by its name: a file is a PNG, JPEG, SVG or TrueType font by its first bytes, it is
decoded whole here (a truncated JPEG or a PNG with a broken stream is a located error now, not a crash
while drawing), and every limit of docs/limits.md is checked before the expensive part.
"""
from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path

from PIL import Image

from ..errors import Problems
from ..layout.images import ImageInfo
from .paths import OutsideFolder, inside
from .svg import MAX_SVG_BYTES, SvgError, svg_size
from .yamlfile import Source

MAX_IMAGE_BYTES = 32 * 1024 * 1024
MAX_IMAGE_PIXELS = 16_000_000  # 4000 x 4000: 34 cm square at 300 ppi, more than any logo needs
MAX_FONT_BYTES = 32 * 1024 * 1024
TTF_MAGIC = (b"\x00\x01\x00\x00", b"true")
MODES = {"PNG": ("1", "L", "LA", "P", "RGB", "RGBA"), "JPEG": ("L", "RGB", "CMYK")}
_OTHER = ((b"GIF8", "a GIF image"), (b"RIFF", "a WebP or other RIFF file"), (b"%PDF", "a PDF"),
          (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"), (b"BM", "a BMP image"),
          (b"\x00\x00\x01\x00", "an icon (.ico)"), (b"PK\x03\x04", "a zip file"))


def sniff(head: bytes) -> str | None:
    """'PNG', 'JPEG' or 'SVG' from a file's first bytes, or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<") and (b"<svg" in head or text.startswith((b"<?xml", b"<!--"))):
        return "SVG"
    return None


def _what(head: bytes) -> str:
    if head.startswith((b"\xfe\xff", b"\xff\xfe")):
        return "text in UTF-16 (save an SVG as UTF-8)"
    return next((name for magic, name in _OTHER if head.startswith(magic)), "not a picture")


def _regular(resolved: Path, relative: str, kind: str, root: Path, limit: int, what: str = "") -> str | None:
    """Why `resolved` cannot be read as a file of at most `limit` bytes, or None; `what` names the kind of
    file the limit is for ("an SVG"), when it is not "a/an {kind}"."""
    try:
        info = os.stat(resolved)
    except OSError:
        return f"{kind} '{relative}' does not exist (paths are relative to {root.name}/)"
    if not stat.S_ISREG(info.st_mode):
        return f"{kind} '{relative}' is not a regular file; give a file"
    if info.st_size > limit:
        what = what or f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"
        return (f"{kind} '{relative}' is {info.st_size / 1024 / 1024:.1f} MB; {what} may be at most "
                f"{limit // 1024 // 1024} MB")
    return None


def check_image(source: Source, path: tuple, relative: str, root: Path, problems: Problems) -> ImageInfo | None:
    """An image path inside `root` (the pack, or the brand's folder) that is a PNG, JPEG or SVG by its
    content, within the limits, and decodes whole."""
    def fail(message: str) -> None:
        source.problem(problems, path, message)

    try:
        resolved = inside(root, relative, "images")
    except OutsideFolder as exc:
        return fail(str(exc))
    why = _regular(resolved, relative, "image", root, MAX_IMAGE_BYTES)
    if why:
        return fail(why)
    try:
        with open(resolved, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        return fail(f"image '{relative}' cannot be read ({exc.strerror or exc})")
    kind = sniff(head)
    if kind is None:
        return fail(f"image '{relative}' is {_what(head)} (by its content, whatever its name says); "
                    f"use PNG, JPEG or SVG")
    if kind == "SVG":
        why = _regular(resolved, relative, "image", root, MAX_SVG_BYTES, "an SVG")
        if why:
            return fail(why)
        try:
            width, height = svg_size(resolved)
        except SvgError as exc:
            return fail(f"image '{relative}' {exc}")
        return ImageInfo(resolved, relative, width, height, False, "SVG")
    return _raster(resolved, relative, kind, fail)


def _raster(resolved: Path, relative: str, kind: str, fail) -> ImageInfo | None:
    """Open as `kind` only (never by the extension), check the pixel count before decoding, then decode it
    all: a truncated or damaged file is found here."""
    try:
        with _opened(resolved, kind) as img:
            (w, h), mode = img.size, img.mode
            if w < 1 or h < 1 or w * h > MAX_IMAGE_PIXELS:
                return fail(f"image '{relative}' is {w:,} x {h:,} px ({w * h / 1e6:.1f} megapixels); an image may "
                            f"have at most {MAX_IMAGE_PIXELS / 1e6:g} megapixels (scale it down)")
            if mode not in MODES[kind]:
                return fail(f"image '{relative}' is a {kind} in mode {mode}; save it as 8-bit RGB, greyscale"
                            f"{' or CMYK' if kind == 'JPEG' else ' (with or without transparency)'}")
            alpha = mode in ("RGBA", "LA") or (mode == "P" and "transparency" in img.info)
            if kind == "JPEG":
                img.draft(mode, (max(1, w // 8), max(1, h // 8)))  # every byte is still decoded, at 1/64 the memory
            img.load()
    except Exception as exc:  # a hostile file may make any decoder raise anything: it is a located error
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return fail(f"image '{relative}' cannot be read as {kind} ({reason[:120]}); export it again")
    return ImageInfo(resolved, relative, w, h, alpha, mode)


@contextmanager
def _opened(resolved: Path, kind: str):
    """The image opened (its header read, nothing decoded) without Pillow's own bomb guard, which would
    refuse a huge image with its own words: `_raster` checks the pixel count itself before decoding."""
    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None
    try:
        img = Image.open(resolved, formats=[kind])
    finally:
        Image.MAX_IMAGE_PIXELS = saved
    with img:
        yield img


def check_font(source: Source, path: tuple, relative: str, root: Path, problems: Problems) -> Path | None:
    """A TrueType font inside `root`, by its content, that reportlab can read and embed. CFF (.otf) is
    refused: reportlab embeds only TrueType outlines."""
    def fail(message: str) -> None:
        source.problem(problems, path, message)

    try:
        resolved = inside(root, relative, "fonts")
    except OutsideFolder as exc:
        return fail(str(exc))
    why = _regular(resolved, relative, "font", root, MAX_FONT_BYTES)
    if why:
        return fail(why)
    try:
        with open(resolved, "rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        return fail(f"font '{relative}' cannot be read ({exc.strerror or exc})")
    if magic not in TTF_MAGIC:
        kind = "an OpenType/CFF font" if magic == b"OTTO" else "not a TrueType font"
        return fail(f"font '{relative}' is {kind}; give a .ttf with TrueType outlines")
    from ..render.fonts import font_problem

    problem = font_problem(resolved)
    if problem:
        return fail(f"font '{relative}' {problem}")
    return resolved
