"""A card deck: categories and cards, compiled through a card template."""
from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field, field_validator

from ..messages import msg
from .common import CardSize, ColorOrToken, IconRef, Id, Link, PackPath, Strict, TemplateName, Text
from .tables import or_spreadsheet

MAX_CARDS = 10_000  # printed cards per deck, copies counted (docs/limits.md)


def _prefix(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9]{0,4}", value):
        raise ValueError(msg("{value} is not a card number prefix (up to four letters or digits, e.g. 'R')",
                             value=repr(value[:40])))
    return value


Prefix = Annotated[str, AfterValidator(_prefix)]




class Category(Strict):
    """A group of cards that share a colour band, label and icon."""

    label: Text(200) = Field(min_length=1)
    """Shown in the colour band of the card front, e.g. 'Emotionele reflectie'."""
    color: ColorOrToken | None = None
    """'#RRGGBB', 'cmyk(c, m, y, k)', a brand colour (brand.primary) or palette.N; without it the
    category takes the brand palette's colour in the order the categories are listed."""
    icon: IconRef | None = None
    """A built-in icon name (hart, oog, ster, pijl, vraag, lamp, mensen, kompas, blad, sleutel, check, klok),
    or a path to an SVG or PNG in the pack (e.g. iconen/hart.svg)."""
    image: PackPath | None = None
    """The default picture of the category's cards (PNG, JPEG or SVG, a path inside the pack), shown where
    the card template has a box for card.image."""


class Card(Strict):
    """One card of the deck."""

    category: str
    """The id of one of the deck's categories."""
    text: Text(5000) = Field(min_length=1)
    """The question or statement on the front. A blank line starts a new paragraph."""
    title: Text(300) | None = None
    """An optional heading above the text."""
    back: Text(5000) | None = None
    """Optional text for the back of this card (e.g. a role's responsibilities); without it the back shows the deck title."""
    bron: Text(1000) | None = None
    """This card's own source credit (e.g. the method's source on a method card), printed small at the
    foot of the front as 'Bron: …' where the template has a card.bron box."""
    copies: int = Field(default=1, ge=1, le=100)
    """How many copies of this card to print (1–100); copies share one card number."""
    image: PackPath | None = None
    """A picture (PNG, JPEG or SVG, a path inside the pack) for the template's card.image box; without it
    the category's image."""
    icon: IconRef | None = None
    """An icon in place of the category's: a built-in name or a path to an SVG or PNG in the pack."""
    link: Link | None = Field(default=None, max_length=2000)
    """A web address, printed as a QR code where the template has a box for card.link."""
    layout: Id | None = None
    """Another face of the card template (one of its `faces`, e.g. 'instructie'); default the main one."""


class Deck(Strict):
    """A deck file under content/decks/."""

    deck: Id
    """The deck id, used for output file names and `--deck`; the same as the file name without .yaml."""
    title: Text(300) = Field(min_length=1)
    """The deck title, printed on the card backs and sheet footers."""
    subtitle: Text(500) | None = None
    """An optional line under the title on the backs."""
    prefix: Prefix = ""
    """Up to four letters or digits before the card number, e.g. 'R' gives R-01."""
    template: TemplateName = "question-card"
    """The card layout template, found in the pack's templates/ first, then the built-ins."""
    sheet: TemplateName = "a4"
    """The sheet template for print-and-play sheets (a4, letter, a3 or your own)."""
    print: TemplateName = "print-shop"
    """The print-shop template: bleed, crop marks, backs interleaved or separate."""
    card_size: CardSize = "poker"
    """poker (63x88 mm), bridge, tarot (70x120), a7 (74x105), a6, square (70x70), or e.g. '80mm x 120mm'."""
    bron: Text(1000) | None = None
    """The source credit of this content (document, chapter, author)."""
    logo: PackPath | None = None
    """An optional PNG or JPEG logo, as a path inside the pack folder."""
    categories: dict[Id, Category] = Field(min_length=1, max_length=99)
    """The categories by id (1 to 99)."""
    cards: list[Card] = Field(min_length=1, max_length=MAX_CARDS, json_schema_extra=or_spreadsheet)
    """The cards, in print order (at most 10,000 printed cards, copies counted); or a spreadsheet inside the
    pack folder whose first row names the card fields (`tabellen/kaarten.xlsx`, `kaarten.csv`, or
    {file: tabellen/kaarten.xlsx, sheet: Vragen}), one card per row."""

    @field_validator("cards")
    @classmethod
    def _printed(cls, cards: list[Card]) -> list[Card]:
        printed = sum(card.copies for card in cards)
        if printed > MAX_CARDS:
            raise ValueError(msg("the deck prints {n:,} cards, copies counted; a deck may have at most {most:,} "
                                 "(split it into several decks)", n=printed, most=MAX_CARDS))
        return cards
