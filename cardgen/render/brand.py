"""The brand in force while rendering: its fonts, colours and name for every file drawn.

The render stage is entered once per build with `activate()`, so the documents and
decks of one build share one brand, and a second build in the same process (two
brands in a test) starts from a clean state.
"""
from __future__ import annotations

from ..layout.images import ImageInfo
from ..schema.brand import Brand
from . import fonts

_brand: Brand | None = None
_logo: ImageInfo | None = None


def activate(brand: Brand, font_files: dict, logo: ImageInfo | None) -> None:
    global _brand, _logo
    _brand, _logo = brand, logo
    fonts.use_faces(font_files, f"{brand.brand}")


def active() -> Brand:
    if _brand is None:  # rendering outside a build (tests of one module): the neutral defaults
        return Brand(brand="cardgen", name="cardgen")
    return _brand


def logo() -> ImageInfo | None:
    return _logo


def token(ref: str) -> str | None:
    """A brand colour token ('brand.primary', 'brand.secondary', 'brand.text', 'palette.N') as a colour."""
    colors = active().colors
    if ref.startswith("brand."):
        return getattr(colors, ref.split(".", 1)[1], None)
    if ref.startswith("palette."):
        index = int(ref.split(".", 1)[1]) - 1
        return colors.palette[index % len(colors.palette)]
    return None
