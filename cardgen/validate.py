"""Validate stage: typed parsing of every item, then the checks that span fields and files.

Each check records a located problem and goes on, so one run reports everything.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from .errors import Problems
from .layout.images import ImageInfo
from .load.pack import Pack, resolve_inside
from .load.templates import TemplateStore
from .load.yamlfile import Source
from .schema.common import parse_model
from .schema.deck import Deck
from .schema.template import CardTemplate, PrintTemplate, SheetTemplate

IMAGE_FORMATS = ("PNG", "JPEG")
MAX_IMAGE_PIXELS = 50_000_000  # Pillow's decompression-bomb guard stays on, at this bound


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
    result, seen = [], {}
    for source in sources:
        deck = parse_model(Deck, source, problems)
        if deck is None:
            continue
        if deck.deck in seen:
            source.problem(problems, ("deck",), f"deck id '{deck.deck}' is already used by {seen[deck.deck]}")
            continue
        seen[deck.deck] = source.file
        if only is not None and deck.deck not in only:
            continue
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
                           f"'{card.category}' is not a category of this deck (known: {known})")
    images = {}
    if deck.logo is not None:
        path = check_image(source, ("logo",), deck.logo, pack, problems)
        if path:
            images["logo"] = path
    template = store.get(deck.template, CardTemplate, source.mark(("template",)))
    sheet = store.get(deck.sheet, SheetTemplate, source.mark(("sheet",)), "sheet")
    printer = store.get(deck.print, PrintTemplate, source.mark(("print",)), "print")
    if printer is not None and printer.color == "cmyk":
        for name, info in images.items():
            if info.mode != "CMYK":
                source.problem(problems, (name,), (
                    f"'{info.relative}' is {info.mode}, and print template '{deck.print}' asks for CMYK; "
                    "give a CMYK JPEG (cardgen ships no CMYK colour profile to convert it faithfully)"))
    if template is None or sheet is None or printer is None or len(problems.items) > before:
        return None
    return ValidDeck(source, deck, template, sheet, printer, images)


def check_image(source: Source, path: tuple, relative: str, pack: Pack, problems: Problems) -> ImageInfo | None:
    """An image path inside the pack that exists and is a PNG or JPEG within the size limit."""
    resolved = resolve_inside(pack.root, relative)
    if resolved is None:
        source.problem(problems, path, f"'{relative}' points outside the content pack folder; "
                                       "images must lie inside it")
        return None
    if not resolved.is_file():
        source.problem(problems, path, f"image '{relative}' does not exist (paths are relative to {pack.root.name}/)")
        return None
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with Image.open(resolved) as img:
            fmt, size, mode = img.format, img.size, img.mode
            alpha = img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info)
            img.verify()
    except (OSError, SyntaxError, Image.DecompressionBombError) as exc:
        source.problem(problems, path, f"image '{relative}' cannot be read ({exc})")
        return None
    if fmt not in IMAGE_FORMATS:
        source.problem(problems, path, f"image '{relative}' is {fmt}; use PNG or JPEG")
        return None
    return ImageInfo(resolved, relative, size[0], size[1], alpha, mode)
