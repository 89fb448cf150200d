"""A brand: the identity an association puts on everything cardgen renders."""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from .common import Color, Id, PackPath, Strict, Text, Version, Website

DEFAULT_PALETTE = ["#B5452F", "#2F5F8A", "#3D7A4A", "#7A4E8C", "#9D6D1B", "#2E7D7A", "#8C3B5E", "#4A4A4A"]


class BrandColors(Strict):
    """The brand's colours; templates refer to them as brand.primary, brand.secondary, brand.text."""

    primary: Color = "#2F5F8A"
    """Headers, bands and rules."""
    secondary: Color = "#B5452F"
    """Accents."""
    text: Color = "#1A1A1A"
    """Body text."""
    palette: list[Color] = Field(default_factory=lambda: list(DEFAULT_PALETTE), min_length=1, max_length=99)
    """Colours that categories without a colour of their own take, in order (or by `palette.N`)."""


class BrandFonts(Strict):
    """TrueType files of the brand (paths beside brand.yaml); a face not given falls back to Lato."""

    regular: PackPath | None = None
    """The regular face (.ttf)."""
    bold: PackPath | None = None
    """The bold face (.ttf)."""
    italic: PackPath | None = None
    """The italic face (.ttf)."""
    bold_italic: PackPath | None = None
    """The bold italic face (.ttf)."""


class Brand(Strict):
    """brand.yaml in the pack, or the file given with --brand."""

    brand: Id
    """The brand id."""
    name: Text(200) = Field(min_length=1)
    """The organisation's name: the PDFs' author, on covers and footers."""
    logo: PackPath | None = None
    """PNG or JPEG logo, a path beside brand.yaml."""
    colors: BrandColors = Field(default_factory=BrandColors)
    """The brand colours."""
    fonts: BrandFonts = Field(default_factory=BrandFonts)
    """The brand fonts."""
    footer: Text(500) | None = None
    """A line for the foot of documents."""
    website: Website | None = None
    """Printed as text (and as a QR code where a template asks for one); at most 500 characters."""
    contact: Text(200) | None = None
    """Contact line (e-mail or phone)."""
    licence: Text(200) | None = None
    """Licence line of the material, e.g. 'CC BY-SA 4.0'."""
    version: Version | None = None
    """A version label of the pack, e.g. '2026.1' (part of the bundle's file name: letters, digits, '.', '-'
    and '_', at most 40)."""
    language: Literal["nl", "en"] = "nl"
    """The pack's language, nl or en: every fixed label printed (Bron/Source, Stappen/Steps, page numbers,
    sheet footers, certificate and form labels), dates ('3 december 2026', '3 December 2026') and
    hyphenation follow it. Content text stays as written. `--lang` overrides it for one run."""
    icc_profile: PackPath | None = None
    """The print shop's CMYK output profile (.icc, e.g. the FOGRA39 file the shop sends), a path beside
    brand.yaml: print files in CMYK get it as their output intent, and RGB pictures are converted
    through it. Without it colours are converted with the plain device formula."""
