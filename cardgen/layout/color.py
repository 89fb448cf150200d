"""Colours as numbers: '#RRGGBB' or 'cmyk(c, m, y, k)' (percentages), and the conversions between
the two modes (RGB for screens and home printers, CMYK for print shops).

The conversion is the plain device formula, not a colour-managed one: brand colours that
must match should be given in CMYK directly. Neutral greys convert to black ink only, and
near-black (darker than 15 %) to 100 % K, so text never needs four inks to register.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..messages import msg

_CMYK = re.compile(r"cmyk\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)", re.I)
NEAR_BLACK = 0.15


@dataclass(frozen=True)
class Colour:
    mode: str  # "rgb" or "cmyk"
    values: tuple[float, ...]  # 0..1


def parse_colour(text: str) -> Colour:
    text = text.strip()
    if re.fullmatch(r"#[0-9a-fA-F]{6}", text):
        return Colour("rgb", tuple(int(text[i:i + 2], 16) / 255 for i in (1, 3, 5)))
    m = _CMYK.fullmatch(text)
    if m:
        values = tuple(float(v) / 100 for v in m.groups())
        if all(0 <= v <= 1 for v in values):
            return Colour("cmyk", values)
    raise ValueError(msg("'{text}' is not a colour (use '#RRGGBB', e.g. '#B5452F', or 'cmyk(0, 60, 80, 10)' "
                         "with percentages)", text=text))


def to_cmyk(colour: Colour) -> tuple[float, float, float, float]:
    if colour.mode == "cmyk":
        return colour.values  # type: ignore[return-value]
    r, g, b = colour.values
    k = 1 - max(r, g, b)
    if abs(r - g) < 0.02 and abs(g - b) < 0.02:  # neutral: black ink only
        return (0.0, 0.0, 0.0, 1.0 if k >= 1 - NEAR_BLACK else round(k, 4))
    c, m, y = ((1 - v - k) / (1 - k) for v in (r, g, b))
    return tuple(round(v, 4) for v in (c, m, y, k))  # type: ignore[return-value]


def to_rgb(colour: Colour) -> tuple[float, float, float]:
    if colour.mode == "rgb":
        return colour.values  # type: ignore[return-value]
    c, m, y, k = colour.values
    return tuple(round((1 - v) * (1 - k), 4) for v in (c, m, y))  # type: ignore[return-value]


def resolve(ref: str, colors) -> str:
    """A colour reference as a concrete colour: brand tokens ('brand.primary', 'palette.2') looked up in
    the brand's `colors`, 'white' as #FFFFFF, anything else as given."""
    if ref == "white":
        return "#FFFFFF"
    if ref.startswith("brand."):
        return getattr(colors, ref.split(".", 1)[1])
    if ref.startswith("palette."):
        palette = colors.palette
        return palette[(int(ref.split(".", 1)[1]) - 1) % len(palette)]
    return ref


# ---- contrast (WCAG 2: relative luminance of sRGB)

AA_BODY, AA_LARGE = 4.5, 3.0  # body text; text of 18 pt and more, or 14 pt bold and more


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """The relative luminance of a concrete colour (CMYK as the device formula shows it on screen)."""
    r, g, b = to_rgb(parse_colour(colour))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two concrete colours, from 1 (the same) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def needed_contrast(size: float, bold: bool) -> float:
    """WCAG AA for text of `size` points: 3 : 1 for large text, else 4.5 : 1."""
    return AA_LARGE if size >= 18 or (bold and size >= 14) else AA_BODY


def darkened(colour: str, against: str, ratio: float) -> str | None:
    """`colour` made darker (same hue, every channel scaled down) until it reaches `ratio` against
    `against`, as '#RRGGBB'; None when darkening cannot get there (`against` is dark itself)."""
    r, g, b = to_rgb(parse_colour(colour))
    for step in range(100, -1, -1):
        k = step / 100
        candidate = "#" + "".join(f"{round(v * k * 255):02X}" for v in (r, g, b))
        if contrast(candidate, against) >= ratio and luminance(candidate) <= luminance(against):
            return candidate
    return None
