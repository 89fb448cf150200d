"""A tiny CMYK output profile for tests: ICC v2, printer class, Lab connection space, with coarse
lookup tables in both directions (lut16). Pillow ships no profiles and its ImageCms builds only
sRGB, Lab and XYZ ones, so this stands in for the FOGRA39 file a print shop would send. The
colours it gives are rough (ink from lightness and the a/b axes); what matters to the tests is
that littleCMS accepts it as a CMYK output profile and converts through it.
"""
from __future__ import annotations

import itertools
import struct


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _u16(values) -> bytes:
    return b"".join(struct.pack(">H", max(0, min(65535, round(v)))) for v in values)


def _lut16(inputs: int, outputs: int, grid: int, table) -> bytes:
    """An mft2 tag: identity matrix and curves, `table(point) -> outputs in 0..1` on the grid."""
    head = b"mft2" + bytes(4) + bytes([inputs, outputs, grid, 0])
    matrix = b"".join(_s15(1.0 if i % 4 == 0 else 0.0) for i in range(9))
    curves = struct.pack(">HH", 2, 2)
    identity = _u16([0, 65535])
    clut = b"".join(_u16(v * 65535 for v in table([i / (grid - 1) for i in point]))
                    for point in itertools.product(range(grid), repeat=inputs))
    return head + matrix + curves + identity * inputs + clut + identity * outputs


def _lab_to_cmyk(point):
    lightness, a, b = point[0], point[1] * 255 - 128, point[2] * 255 - 128  # v2 16-bit Lab: L 0..100 as 0..1
    k = 1 - lightness
    c = max(0.0, -a) / 128 + max(0.0, -b) / 256
    m = max(0.0, a) / 128 + max(0.0, -b) / 256
    y = max(0.0, b) / 128
    return [min(1.0, v) for v in (c, m, y, k)]


def _cmyk_to_lab(point):
    c, m, y, k = point
    lightness = (1 - k) * (1 - 0.25 * max(c, m, y))
    a = (m - c) * 0.5
    b = (y - (c + m) / 2) * 0.5
    return [lightness, 0.5 + a * 0.5, 0.5 + b * 0.5]


def _text(kind: bytes, text: str) -> bytes:
    if kind == b"desc":
        ascii_ = text.encode("ascii") + b"\0"
        return b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_ + bytes(4 + 4 + 2 + 1 + 67)
    return b"text" + bytes(4) + text.encode("ascii") + b"\0"


def cmyk_profile(name: str = "Proefdruk CMYK (test)") -> bytes:
    tags = [(b"desc", _text(b"desc", name)), (b"cprt", _text(b"text", "Public domain test profile")),
            (b"wtpt", b"XYZ " + bytes(4) + _s15(0.9642) + _s15(1.0) + _s15(0.8249)),
            (b"A2B0", _lut16(4, 3, 2, _cmyk_to_lab)), (b"B2A0", _lut16(3, 4, 3, _lab_to_cmyk))]
    offset = 128 + 4 + 12 * len(tags)
    table, data = struct.pack(">I", len(tags)), b""
    for signature, body in tags:
        body += bytes(-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (struct.pack(">I", size) + b"lcms" + struct.pack(">I", 0x02100000) + b"prtr" + b"CMYK" + b"Lab "
              + struct.pack(">6H", 2026, 1, 1, 0, 0, 0) + b"acsp" + b"APPL" + bytes(4) + bytes(4) + bytes(4)
              + bytes(8) + struct.pack(">I", 0) + _s15(0.9642) + _s15(1.0) + _s15(0.8249) + b"lcms" + bytes(16)
              + bytes(28))
    assert len(header) == 128
    return header + table + data
