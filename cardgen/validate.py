"""Validate stage: typed parsing of every item, then the checks that span fields and files.

Each check records a located problem and goes on, so one run reports everything.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .errors import Problems
from .messages import msg
from .layout.images import ImageInfo
from .load.assets import check_image
from .load.pack import Pack
from .load.pictures import check_pictures, named_files
from .load.templates import TemplateStore
from .load.yamlfile import Source
from .schema.common import parse_items
from .schema.deck import Deck
from .schema.template import CardTemplate, PrintTemplate, SheetTemplate



@dataclass
class ValidDeck:
    source: Source
    deck: Deck
    template: CardTemplate
    sheet: SheetTemplate
    printer: PrintTemplate
    images: dict[str, ImageInfo] = field(default_factory=dict)


def validate_decks(sources: list[Source], pack: Pack, store: TemplateStore, problems: Problems,
                   only: set[str] | None) -> list[ValidDeck]:
    result = []
    for source, deck in parse_items(Deck, "deck", sources, problems, only):
        valid = _check_deck(source, deck, pack, store, problems)
        if valid:
            result.append(valid)
    return result


def _check_deck(source: Source, deck: Deck, pack: Pack, store: TemplateStore, problems: Problems) -> ValidDeck | None:
    before = len(problems.items)
    known = ", ".join(deck.categories)
    for i, card in enumerate(deck.cards):
        if card.category not in deck.categories:
            source.problem(problems, ("cards", i, "category"),
                           msg("'{category}' is not a category of this deck (known: {known})",
                               category=card.category, known=known))
    images = {}
    if deck.logo is not None:
        path = check_image(source, ("logo",), deck.logo, pack.root, problems)
        if path:
            images["logo"] = path
    template = store.get(deck.template, CardTemplate, source.mark(("template",)))
    sheet = store.get(deck.sheet, SheetTemplate, source.mark(("sheet",)), "sheet")
    printer = store.get(deck.print, PrintTemplate, source.mark(("print",)), "print")
    if printer is not None and printer.color == "cmyk":
        for name, info in images.items():
            if info.mode != "CMYK":
                source.problem(problems, (name,), msg(
                    "'{file}' is {mode}, and print template '{template}' asks for CMYK; give a CMYK JPEG (cardgen "
                    "ships no CMYK colour profile to convert it faithfully)", file=info.relative, mode=info.mode,
                    template=deck.print))
    images.update(check_pictures(source, named_files(deck), pack.root, problems))  # cards' and categories' pictures and icons
    if template is None or sheet is None or printer is None or len(problems.items) > before:
        return None
    return ValidDeck(source, deck, template, sheet, printer, images)
