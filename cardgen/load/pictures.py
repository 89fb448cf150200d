"""The pictures and icons an item names (a deck's cards and categories, a method's steps and roles), each
file checked once however many places name it, every problem at the first place that names the file."""
from __future__ import annotations

from pathlib import Path

from ..errors import Problems
from ..messages import msg
from ..layout.images import ImageInfo
from ..layout.picture import PACK
from ..schema.common import ICON_NAMES
from ..schema.deck import Deck
from .assets import check_image
from .yamlfile import Source



def named_files(deck: Deck) -> list[tuple[tuple, str, bool]]:
    """(field path, path as written, is an icon) of every picture and icon file the deck names, in file order."""
    out = []
    for cid, category in deck.categories.items():
        if category.icon and category.icon not in ICON_NAMES:
            out.append((("categories", cid, "icon"), category.icon, True))
        if category.image:
            out.append((("categories", cid, "image"), category.image, False))
    for i, card in enumerate(deck.cards):
        if card.icon and card.icon not in ICON_NAMES:
            out.append((("cards", i, "icon"), card.icon, True))
        if card.image:
            out.append((("cards", i, "image"), card.image, False))
    return out


def check_pictures(source: Source, named: list[tuple[tuple, str, bool]], root: Path, problems: Problems
                   ) -> dict[str, ImageInfo]:
    """Each named file (field path, path as written, is an icon) checked: inside the pack, PNG/JPEG/SVG by
    its content, within the limits, an icon SVG or PNG; keyed "pack:PATH" for the run's assets."""
    found: dict[str, ImageInfo | None] = {}
    for path, relative, icon in named:
        if relative not in found:
            found[relative] = check_image(source, path, relative, root, problems)
        info = found[relative]
        if icon and info is not None and _kind(info) == "JPEG":  # the name says .png, the content JPEG
            source.problem(problems, path, msg("icon '{file}' is a JPEG; an icon is an SVG or a PNG", file=relative))
    return {PACK + rel: info for rel, info in found.items() if info is not None}


def _kind(info: ImageInfo) -> str:
    with open(info.path, "rb") as fh:
        return "JPEG" if fh.read(3) == b"\xff\xd8\xff" else "other"
