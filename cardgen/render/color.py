"""Colours for reportlab in the output's mode: RGB for sheets, RGB or CMYK for print files."""
from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import CMYKColor, Color

from ..layout.color import parse_colour, to_cmyk, to_rgb

WHITE = "#FFFFFF"


@lru_cache(maxsize=256)
def paint(value: str, mode: str) -> Color:
    """`value` ('#RRGGBB', 'cmyk(...)', or 'white') as a reportlab colour in `mode`."""
    colour = parse_colour(WHITE if value == "white" else value)
    if mode == "cmyk":
        return CMYKColor(*to_cmyk(colour))
    return Color(*to_rgb(colour))


def rgb_of(color: Color) -> tuple[float, float, float]:
    """An RGB approximation, for flattening images onto a colour."""
    return tuple(color.rgb())  # type: ignore[return-value]
