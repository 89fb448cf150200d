"""A card deck: categories and cards, compiled through a card template."""
from __future__ import annotations

from pydantic import Field

from .common import CardSize, ColorOrToken, IconName, Id, Strict


class Category(Strict):
    """A group of cards that share a colour band, label and icon."""

    label: str = Field(min_length=1)
    """Shown in the colour band of the card front, e.g. 'Emotionele reflectie'."""
    color: ColorOrToken | None = None
    """'#RRGGBB', 'cmyk(c, m, y, k)', a brand colour (brand.primary) or palette.N; without it the
    category takes the brand palette's colour in the order the categories are listed."""
    icon: IconName | None = None
    """A built-in icon name (hart, oog, ster, pijl, vraag, lamp, mensen, kompas, blad, sleutel, check, klok)."""


class Card(Strict):
    """One card of the deck."""

    category: str
    """The id of one of the deck's categories."""
    text: str = Field(min_length=1)
    """The question or statement on the front. A blank line starts a new paragraph."""
    title: str | None = None
    """An optional heading above the text."""
    back: str | None = None
    """Optional text for the back of this card (e.g. a role's responsibilities); without it the back shows the deck title."""
    copies: int = Field(default=1, ge=1, le=100)
    """How many copies of this card to print (1–100); copies share one card number."""


class Deck(Strict):
    """A deck file under content/decks/."""

    deck: Id
    """The deck id, used for output file names and `--deck`; the same as the file name without .yaml."""
    title: str = Field(min_length=1)
    """The deck title, printed on the card backs and sheet footers."""
    subtitle: str | None = None
    """An optional line under the title on the backs."""
    prefix: str = Field(default="", pattern=r"^[A-Za-z0-9]{0,4}$")
    """Up to four letters or digits before the card number, e.g. 'R' gives R-01."""
    template: str = "question-card"
    """The card layout template, found in the pack's templates/ first, then the built-ins."""
    sheet: str = "a4"
    """The sheet template for print-and-play sheets (a4, letter, a3 or your own)."""
    print: str = "print-shop"
    """The print-shop template: bleed, crop marks, backs interleaved or separate."""
    card_size: CardSize = "poker"
    """poker (63x88 mm), bridge, tarot (70x120), a7 (74x105), a6, square (70x70), or e.g. '80mm x 120mm'."""
    bron: str | None = None
    """The source credit of this content (document, chapter, author)."""
    logo: str | None = None
    """An optional PNG or JPEG logo, as a path inside the pack folder."""
    categories: dict[Id, Category] = Field(min_length=1)
    """The categories by id."""
    cards: list[Card] = Field(min_length=1)
    """The cards, in print order."""
