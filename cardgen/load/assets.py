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
from ..messages import msg
from .paths import OutsideFolder, inside
from .svg import MAX_SVG_BYTES, SvgError, svg_size
from .words import pillow_words
from .yamlfile import Source

MAX_IMAGE_BYTES = 32 * 1024 * 1024
MAX_IMAGE_PIXELS = 16_000_000  # 4000 x 4000: 34 cm square at 300 ppi, more than any logo needs
MAX_FONT_BYTES = 32 * 1024 * 1024
TTF_MAGIC = (b"\x00\x01\x00\x00", b"true")
MODES = {"PNG": ("1", "L", "LA", "P", "RGB", "RGBA"), "JPEG": ("L", "RGB", "CMYK")}
_OTHER = ((b"GIF8", msg("a GIF image")), (b"RIFF", msg("a WebP or other RIFF file")), (b"%PDF", msg("a PDF")),
          (b"II*\x00", msg("a TIFF image")), (b"MM\x00*", msg("a TIFF image")), (b"BM", msg("a BMP image")),
          (b"\x00\x00\x01\x00", msg("an icon (.ico)")), (b"PK\x03\x04", msg("a zip file")))
# The kinds of file `_regular` checks: the word, and the word with its article.
_KINDS = {"image": (msg("image"), msg("an image")), "font": (msg("font"), msg("a font"))}


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
        return msg("text in UTF-16 (save an SVG as UTF-8)")
    return next((name for magic, name in _OTHER if head.startswith(magic)), msg("not a picture"))


def _regular(resolved: Path, relative: str, kind: str, root: Path, limit: int, what: str = "") -> str | None:
    """Why `resolved` cannot be read as a file of at most `limit` bytes, or None; `kind` is "image" or "font",
    `what` names the kind of file the limit is for (msg("an SVG")), when it is not "a/an {kind}"."""
    word, article = _KINDS[kind]
    try:
        info = os.stat(resolved)
    except OSError:
        return msg("{kind} '{file}' does not exist (paths are relative to {folder}/)", kind=word, file=relative,
                   folder=root.name)
    if not stat.S_ISREG(info.st_mode):
        return msg("{kind} '{file}' is not a regular file; give a file", kind=word, file=relative)
    if info.st_size > limit:
        return msg("{kind} '{file}' is {mb:.1f} MB; {what} may be at most {most} MB", kind=word, file=relative,
                   mb=info.st_size / 1024 / 1024, what=what or article, most=limit // 1024 // 1024)
    return None


def check_image(source: Source, path: tuple, relative: str, root: Path, problems: Problems) -> ImageInfo | None:
    """An image path inside `root` (the pack, or the brand's folder) that is a PNG, JPEG or SVG by its
    content, within the limits, and decodes whole."""
    def fail(message: str) -> None:
        source.problem(problems, path, message)

    try:
        resolved = inside(root, relative, "images")
    except OutsideFolder as exc:
        return fail(exc.args[0])
    why = _regular(resolved, relative, "image", root, MAX_IMAGE_BYTES)
    if why:
        return fail(why)
    try:
        with open(resolved, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        return fail(msg("image '{file}' cannot be read ({reason})", file=relative, reason=exc.strerror or str(exc)))
    kind = sniff(head)
    if kind is None:
        return fail(msg("image '{file}' is {what} (by its content, whatever its name says); use PNG, JPEG or SVG",
                        file=relative, what=_what(head)))
    if kind == "SVG":
        why = _regular(resolved, relative, "image", root, MAX_SVG_BYTES, msg("an SVG"))
        if why:
            return fail(why)
        try:
            width, height = svg_size(resolved)
        except SvgError as exc:
            return fail(msg("image '{file}' {reason}", file=relative, reason=exc.args[0]))
        return ImageInfo(resolved, relative, width, height, False, "SVG")
    return _raster(resolved, relative, kind, fail)


def _raster(resolved: Path, relative: str, kind: str, fail) -> ImageInfo | None:
    """Open as `kind` only (never by the extension), check the pixel count before decoding, then decode it
    all: a truncated or damaged file is found here."""
    try:
        with _opened(resolved, kind) as img:
            (w, h), mode = img.size, img.mode
            if w < 1 or h < 1 or w * h > MAX_IMAGE_PIXELS:
                return fail(msg("image '{file}' is {w:,} x {h:,} px ({mp:.1f} megapixels); an image may have at most "
                                "{most:g} megapixels (scale it down)", file=relative, w=w, h=h, mp=w * h / 1e6,
                                most=MAX_IMAGE_PIXELS / 1e6))
            if mode not in MODES[kind]:
                if kind == "JPEG":
                    return fail(msg("image '{file}' is a {kind} in mode {mode}; save it as 8-bit RGB, greyscale or "
                                    "CMYK", file=relative, kind=kind, mode=mode))
                return fail(msg("image '{file}' is a {kind} in mode {mode}; save it as 8-bit RGB, greyscale (with or "
                                "without transparency)", file=relative, kind=kind, mode=mode))
            alpha = mode in ("RGBA", "LA") or (mode == "P" and "transparency" in img.info)
            if kind == "JPEG":
                img.draft(mode, (max(1, w // 8), max(1, h // 8)))  # every byte is still decoded, at 1/64 the memory
            img.load()
    except Exception as exc:  # a hostile file may make any decoder raise anything: it is a located error
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return fail(msg("image '{file}' cannot be read as {kind} ({reason}); export it again", file=relative,
                        kind=kind, reason=pillow_words(reason[:120])))
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
        return fail(exc.args[0])
    why = _regular(resolved, relative, "font", root, MAX_FONT_BYTES)
    if why:
        return fail(why)
    try:
        with open(resolved, "rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        return fail(msg("font '{file}' cannot be read ({reason})", file=relative, reason=exc.strerror or str(exc)))
    if magic not in TTF_MAGIC:
        kind = msg("an OpenType/CFF font") if magic == b"OTTO" else msg("not a TrueType font")
        return fail(msg("font '{file}' is {kind}; give a .ttf with TrueType outlines", file=relative, kind=kind))
    from ..render.fonts import font_problem

    problem = font_problem(resolved)
    if problem:
        return fail(msg("font '{file}' {problem}", file=relative, problem=problem))
    return resolved
