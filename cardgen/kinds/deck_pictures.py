"""A deck's pictures, icons and layouts as the deck kind checks them before and while planning:
each card's `layout:` names a face of its template, pictures can go into the print file's colour
mode, and each picture prints sharp where the template places it (else a warning at the file's line)."""
from __future__ import annotations

from ..errors import Problems
from ..layout.deck import DeckLayout
from ..layout.geometry import Rect as Area
from ..layout.picture import PACK, resolution
from ..messages import msg
from ..validate import ValidDeck


def card_layouts_known(item: ValidDeck, problems: Problems) -> bool:
    """Every card's `layout:` is one of the template's `faces`; each one that is not is a located error."""
    known = list(item.template.faces)
    ok = True
    for i, card in enumerate(item.deck.cards):
        if card.layout is not None and card.layout not in item.template.faces:
            listed = (msg("known: {names}", names=", ".join(known)) if known
                      else msg("it has no other layouts than its front and back"))
            item.source.problem(problems, ("cards", i, "layout"),
                                msg("'{layout}' is not a layout of card template '{template}' ({listed})",
                                    layout=card.layout, template=item.template.template, listed=listed))
            ok = False
    return ok


def pictures_printable(item: ValidDeck, brand, problems: Problems) -> bool:
    """In a CMYK print file a picture must be CMYK already, or (raster) convertible through the brand's
    ICC profile; an SVG picture keeps its RGB colours, so it is refused there."""
    if item.printer.color != "cmyk":
        return True
    profile = brand is not None and getattr(brand, "icc_profile", None) is not None
    files = [(item.source, path, relative, item.images.get(PACK + relative)) for path, relative in _named(item)]
    # the brand's logo too, where the card template shows it (the deck's own logo: validate.py)
    shown = {box.show for face in _faces(item.template) for box in face.boxes.values()}
    if "brand.logo" in shown and brand is not None and brand.logo is not None:
        files.append((brand.source, ("logo",), brand.brand.logo, brand.logo))
    ok = True
    for source, path, relative, info in files:
        if info is None or info.mode == "CMYK" or (profile and info.mode != "SVG"):
            continue
        need = (msg("a CMYK JPEG") if info.mode == "SVG"
                else msg("a CMYK JPEG, or name the print shop's profile in the brand (icc_profile)"))
        source.problem(problems, path, msg("'{file}' is {mode}, and print template '{template}' asks for CMYK; "
                                           "give {need}", file=relative, mode=info.mode, template=item.deck.print,
                                           need=need))
        ok = False
    return ok


def _faces(template):
    """Every face of a card template: its front and back and those of its layout variants."""
    yield template.front
    yield template.back
    for variant in template.faces.values():
        yield from (face for face in (variant.front, variant.back) if face is not None)


def _named(item: ValidDeck):
    """(field path, path as written) of each picture and icon file, once per file: where it is first named."""
    from ..load.pictures import named_files

    seen = set()
    for path, relative, _ in named_files(item.deck):
        if relative not in seen:
            seen.add(relative)
            yield path, relative


def warn_soft_pictures(item: ValidDeck, layout: DeckLayout, problems: Problems) -> None:
    """A picture under 300 ppi where it is placed: a warning at the `image:` it comes from (the card's, or
    its category's for a category picture), once per place and box."""
    seen = set()
    trim = Area(0, 0, layout.card_w, layout.card_h)
    for inst in layout.cards:
        card = inst.card
        where = ("cards", inst.index, "image") if card.image else ("categories", card.category, "image")
        relative = card.image or layout.deck.categories[card.category].image
        info = item.images.get(PACK + relative) if relative else None
        if info is None:
            continue
        for face in layout.faces_of(card):
            for placed in face.boxes:
                key = (where, placed.name, placed.rect)
                if placed.box.show != "card.image" or key in seen:
                    continue
                seen.add(key)
                why = resolution(info, placed.rect, trim, layout.bleed, placed.box.bleed, placed.box.fit,
                                 placed.box.focus, placed.name)
                if why:
                    item.source.warning(problems, where, why)
