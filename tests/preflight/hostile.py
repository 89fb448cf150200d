"""Builders of hostile PDFs for the preflight tests, made on the fly (small, fast, deterministic)."""
from __future__ import annotations

import zlib
from pathlib import Path

import pikepdf

from ..conftest import FIXTURES

GOOD = FIXTURES / "preflight" / "good.pdf"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"


def raw_pdf(path: Path, objects: list[bytes]) -> Path:
    """A PDF written byte by byte: object i + 1 is objects[i], object 1 is the catalog."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def zeros_deflated(n: int) -> bytes:
    """`n` zero bytes, deflated (about a thousandth of `n`)."""
    compressor, block = zlib.compressobj(9), bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(n >> 20)] + [compressor.compress(bytes(n & ((1 << 20) - 1)))]
    return b"".join(parts) + compressor.flush()


def one_page(path: Path, *extra: bytes, contents: bytes = b"", resources: bytes = b"") -> Path:
    """Catalog, pages, one page (object 3) with `contents` as its content stream (object 4) and
    `resources`; `extra` objects are numbered from 5."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << %s >> >>" % resources
    return raw_pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                          page, stream(contents), *extra])


def encrypted(path: Path) -> Path:
    with pikepdf.open(GOOD) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="a", user="b"))
    return path


def truncated(path: Path, cut: int) -> Path:
    path.write_bytes(GOOD.read_bytes()[:-cut])
    return path


def page_references(path: Path, n: int) -> Path:
    """One page listed `n` times in the page tree's /Kids (6 bytes a reference)."""
    return raw_pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>",
                          b"<< /Type /Pages /Kids [" + b"3 0 R " * n + b"] /Count %d >>" % n, PAGE])


def page_tree_loop(path: Path) -> Path:
    """The page tree holds a /Pages node that holds its own parent."""
    return raw_pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>",
                          b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>", PAGE,
                          b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"])


def deep_page_tree(path: Path, levels: int) -> Path:
    """`levels` /Pages nodes, each the only kid of the one before, and one page at the bottom."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(levels):  # node i is object i + 2
        number = level + 2
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 %s>>"
                       % (number + 1, b"/Parent %d 0 R " % (number - 1) if level else b""))
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 200 200] >>" % (levels + 1))
    return raw_pdf(path, objects)


def nested_forms(path: Path, depth: int) -> Path:
    """A page that draws form 1, which draws form 2, ... down to form `depth` (objects 5 on)."""
    forms = []
    for level in range(depth):
        number = level + 5
        inner = b"/XObject << /F %d 0 R >>" % (number + 1) if level < depth - 1 else b""
        body = b"q /F Do Q" if level < depth - 1 else b"0 0 0 1 k"
        forms.append(stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << %s >>" % inner))
    return one_page(path, *forms, contents=b"q /F Do Q", resources=b"/XObject << /F 5 0 R >>")


def image_stream(data: bytes, filters: bytes, width: int = 10, height: int = 10,
                 space: bytes = b"/DeviceGray") -> bytes:
    return stream(data, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
                        b"/Filter %s" % (width, height, space, filters))


def jpeg_header(width: int, height: int, components: int = 3) -> bytes:
    """The start of a baseline JPEG: SOI and a frame header (SOF0) that declares the size."""
    sof = bytes([8]) + height.to_bytes(2, "big") + width.to_bytes(2, "big") + bytes([components])
    sof += b"".join(bytes([i + 1, 0x11, 0]) for i in range(components))
    return b"\xff\xd8" + b"\xff\xc0" + (len(sof) + 2).to_bytes(2, "big") + sof + b"\xff\xd9"
