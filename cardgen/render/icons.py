"""Built-in category icons, drawn as vector paths in a unit square so they print sharp at any size."""
from __future__ import annotations

import math

from ..schema.common import ICON_NAMES


def _heart(c, p):
    p.moveTo(0.5, 0.12)
    p.curveTo(0.2, 0.38, 0.02, 0.52, 0.08, 0.72)
    p.curveTo(0.14, 0.92, 0.42, 0.94, 0.5, 0.74)
    p.curveTo(0.58, 0.94, 0.86, 0.92, 0.92, 0.72)
    p.curveTo(0.98, 0.52, 0.8, 0.38, 0.5, 0.12)
    p.close()


def _star(c, p):
    for i in range(10):
        r = 0.48 if i % 2 == 0 else 0.2
        a = math.pi / 2 + i * math.pi / 5
        x, y = 0.5 + r * math.cos(a), 0.48 + r * math.sin(a)
        p.moveTo(x, y) if i == 0 else p.lineTo(x, y)
    p.close()


def _eye(c, p):
    p.moveTo(0.04, 0.5)
    p.curveTo(0.3, 0.85, 0.7, 0.85, 0.96, 0.5)
    p.curveTo(0.7, 0.15, 0.3, 0.15, 0.04, 0.5)
    p.close()
    p.circle(0.5, 0.5, 0.16)  # drawn even-odd: a pupil-shaped hole
    p.circle(0.5, 0.5, 0.08)


def _arrow(c, p):
    p.moveTo(0.06, 0.4)
    p.lineTo(0.56, 0.4)
    p.lineTo(0.56, 0.2)
    p.lineTo(0.94, 0.5)
    p.lineTo(0.56, 0.8)
    p.lineTo(0.56, 0.6)
    p.lineTo(0.06, 0.6)
    p.close()


def _lamp(c, p):
    p.circle(0.5, 0.62, 0.3)
    p.rect(0.38, 0.12, 0.24, 0.16)
    p.rect(0.42, 0.04, 0.16, 0.06)


def _people(c, p):
    # three figures side by side, the middle one taller; they do not overlap, so even-odd filling is safe
    for cx, s in ((0.19, 0.8), (0.81, 0.8), (0.5, 1.0)):
        p.circle(cx, 0.36 + 0.3 * s, 0.1 * s)
        p.moveTo(cx - 0.15 * s, 0.16)
        p.curveTo(cx - 0.15 * s, 0.48 * s, cx + 0.15 * s, 0.48 * s, cx + 0.15 * s, 0.16)
        p.close()


def _compass(c, p):
    p.circle(0.5, 0.5, 0.46)
    p.circle(0.5, 0.5, 0.38)
    p.moveTo(0.5, 0.86)
    p.lineTo(0.6, 0.5)
    p.lineTo(0.5, 0.14)
    p.lineTo(0.4, 0.5)
    p.close()


def _leaf(c, p):
    p.moveTo(0.1, 0.1)
    p.curveTo(0.1, 0.7, 0.4, 0.92, 0.92, 0.92)
    p.curveTo(0.92, 0.4, 0.7, 0.1, 0.1, 0.1)
    p.close()


def _key(c, p):
    p.circle(0.28, 0.62, 0.2)
    p.circle(0.28, 0.62, 0.08)
    p.rect(0.48, 0.56, 0.46, 0.12)
    p.rect(0.76, 0.42, 0.08, 0.14)
    p.rect(0.88, 0.42, 0.06, 0.14)


def _check(c, p):
    p.moveTo(0.08, 0.52)
    p.lineTo(0.2, 0.64)
    p.lineTo(0.4, 0.42)
    p.lineTo(0.8, 0.86)
    p.lineTo(0.92, 0.74)
    p.lineTo(0.4, 0.18)
    p.close()


def _clock(c, p):
    p.circle(0.5, 0.5, 0.46)
    p.circle(0.5, 0.5, 0.38)
    p.rect(0.46, 0.46, 0.08, 0.34)  # the hands meet without overlapping (even-odd would cut a hole)
    p.rect(0.54, 0.46, 0.18, 0.08)


def _question(c, p):
    p.circle(0.5, 0.5, 0.46)


DRAW = {"hart": _heart, "ster": _star, "oog": _eye, "pijl": _arrow, "lamp": _lamp, "mensen": _people,
        "kompas": _compass, "blad": _leaf, "sleutel": _key, "check": _check, "klok": _clock, "vraag": _question}
ICONS = tuple(DRAW)
assert set(ICONS) == set(ICON_NAMES), "render/icons.py and schema ICON_NAMES disagree"


def draw_icon(canvas, name: str, x: float, y: float, size: float, color, background=None,
              font: str | None = None) -> None:
    """Draw icon `name` in the square (x, y, size); `background` is the colour behind it (for the '?'),
    `font` the registered bold face its '?' is set in."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size, size)
    canvas.setFillColor(color)
    path = canvas.beginPath()
    DRAW[name](canvas, path)
    # even-odd (fillMode 0): rings and holes (oog, kompas, klok, sleutel) come out of nested subpaths
    canvas.drawPath(path, stroke=0, fill=1, fillMode=0)
    if name == "vraag":
        from .fonts import font_name

        canvas.setFillColor(background or "white")
        canvas.setFont(font or font_name("bold"), 0.7)
        canvas.drawCentredString(0.5, 0.26, "?")
    canvas.restoreState()
