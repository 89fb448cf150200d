"""The deck kind: question cards as print-and-play sheets and a print-shop file.

`lay_out` plans every distinct card's faces (all text fitted, once for both files) and the sheet
footer; `render` only draws the plan, so `cardgen check` reports the same overflows without drawing.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..errors import Overflow, Problems
from ..messages import msg
from ..layout.contrast import low_contrast, message as contrast_message
from ..layout.deck import TEXT_SHOWS, DeckLayout, DeckPlan, PlacedBox, layout_deck, plan_footer
from ..layout.face import Faces, plan_cards
from ..layout.images import PRINT_PPI, effective_ppi, placed_size
from ..layout.picture import PACK
from .deck_pictures import card_layouts_known, pictures_printable, warn_soft_pictures
from ..layout.units import to_mm
from ..render.deck import print_paths_for, render_deck
from ..layout.plan import Look
from ..validate import ValidDeck, validate_decks
from ..write import Staging
from ..schema.deck import Card, Deck
from ..schema.template import CardTemplate, PrintTemplate, SheetTemplate
from .base import Output, report
from .tabular import expand_all


@dataclass
class PlannedDeck:
    valid: ValidDeck
    layout: DeckLayout
    plan: DeckPlan
    assets: dict
    look: Look
    preflight: bool = False  # check the print-shop files after drawing them (build --preflight)


class DeckKind:
    key = "deck"
    model = Deck
    templates = {"card": CardTemplate, "sheet": SheetTemplate, "print": PrintTemplate}
    outputs = (Output("deck-sheets", "kaarten", "kaartensets als speelvellen om thuis te printen en te knippen",
                      "Kaartensets"),
               Output("deck-print", "kaarten/drukkerij",
                      "kaartensets als drukbestand voor de drukkerij (één kaart per pagina, met afloop)"))

    def validate(self, sources, ctx, problems: Problems) -> list[ValidDeck]:
        sources = expand_all(sources, "cards", Card, ctx.pack.root, problems, "cards")  # `cards: kaarten.xlsx`
        return validate_decks(sources, ctx.pack, ctx.store, problems, ctx.only)

    def lay_out(self, item: ValidDeck, ctx, problems: Problems) -> PlannedDeck | None:
        deck = item.deck
        if not card_layouts_known(item, problems) or not pictures_printable(item, ctx.brand, problems):
            return None
        layout, found = layout_deck(deck, item.template, item.sheet, item.printer)
        for path, message in found:
            if path:  # a box of the template, as applied to this deck's card size
                ctx.store.source(deck.template).problem(problems, path, msg(
                    "{message} (deck '{deck}', card_size '{size}')", message=message, deck=deck.deck,
                    size=deck.card_size))
            else:
                item.source.problem(problems, ("card_size",),
                                    msg("{message} (sheet '{sheet}')", message=message, sheet=deck.sheet))
        if layout is None:
            return None
        layout = replace(layout, words=ctx.labels)  # the sheets' footer in the pack's language
        warn_low_resolution(item, layout, problems, ctx.brand)
        warn_soft_pictures(item, layout, problems)
        assets = dict(ctx.assets())
        if "logo" in item.images:
            assets["deck.logo"] = item.images["logo"]
        pack_files = {k: v for k, v in item.images.items() if k.startswith(PACK)}
        assets.update(pack_files)
        planner = Faces(layout, ctx.metrics, ctx.colour, ctx.identity(), frozenset(assets),
                        {k[len(PACK):]: v for k, v in pack_files.items()})
        warn_low_contrast(item, layout, planner, problems)
        faces, overflows = plan_cards(planner)
        footer = plan_footer(layout, ctx.metrics)
        if isinstance(footer, Overflow):
            overflows.append(footer)
        report_overflows(item, overflows, problems)
        if overflows:
            return None
        profile = ctx.brand.icc_profile if ctx.brand is not None and item.printer.color == "cmyk" else None
        return PlannedDeck(item, layout, DeckPlan(layout, faces, footer, profile), assets, ctx.look,
                           bool(ctx.options.get("deck", {}).get("preflight")))

    def render(self, planned: PlannedDeck, staging: Staging, problems: Problems) -> None:
        deck_id = planned.valid.deck.deck
        sheets = f"decks/{deck_id}-sheets.pdf"
        shops = print_paths_for(planned.plan, f"decks/{deck_id}")
        result = render_deck(planned.plan, staging.path(sheets), [(staging.path(p), side) for p, side in shops],
                             planned.assets, planned.look)
        if planned.preflight:  # what a shop checks, on request: the checks of the content ran before drawing
            from ..preflight import preflight_print_files

            cmyk = planned.layout.printer.color == "cmyk"
            for message in preflight_print_files([staging.path(p) for p, _ in shops], cmyk=cmyk):
                planned.valid.source.problem(problems, ("print",),
                                             msg("the print-shop file fails preflight: {message}", message=message))
        title = planned.valid.deck.title
        staging.add(sheets, "deck-sheets", deck_id, result.sheet_pages, title)
        for (path, _), pages in zip(shops, result.print_pages):
            staging.add(path, "deck-print", deck_id, pages, title)

    def describe(self, planned: PlannedDeck) -> str:
        deck, layout = planned.valid.deck, planned.layout
        return msg("deck      {id:<28} {n:>4} cards  {size}, {cols}x{rows} per sheet  {title}", id=deck.deck,
                   n=len(layout.cards), size=deck.card_size, cols=layout.grid.cols, rows=layout.grid.rows,
                   title=deck.title)


def warn_low_resolution(item: ValidDeck, layout: DeckLayout, problems: Problems, brand=None) -> None:
    """A logo under 300 ppi at the size it is placed prints soft: say so, once per logo and box size.
    The deck's logo is reported at the deck file, the brand's at the brand file."""
    logos = {"deck.logo": (item.images.get("logo"), item.source)}
    if brand is not None:
        logos["brand.logo"] = (brand.logo, brand.source)
    seen = set()
    for placed in layout.front.boxes + layout.back.boxes:
        info, source = logos.get(placed.box.show, (None, None))
        key = (placed.box.show, placed.rect.width, placed.rect.height)
        if info is None or info.mode == "SVG" or key in seen:
            continue
        seen.add(key)
        ppi = effective_ppi(info.width_px, info.height_px, placed.rect.width, placed.rect.height)
        if ppi < PRINT_PPI:
            w, h = placed_size(info.width_px, info.height_px, placed.rect.width, placed.rect.height)
            source.warning(problems, ("logo",), msg(
                "'{file}' ({width}x{height} px) is {ppi:.0f} ppi at {w:.1f} x {h:.1f} mm in box '{box}' of "
                "template '{template}'; {enough} ppi or more prints sharp", file=info.relative, width=info.width_px,
                height=info.height_px, ppi=ppi, w=to_mm(w), h=to_mm(h), box=placed.name,
                template=layout.template.template, enough=PRINT_PPI))


def warn_low_contrast(item: ValidDeck, layout: DeckLayout, faces: Faces, problems: Problems) -> None:
    """Text below WCAG AA contrast on its background: a warning at the category's colour (or at the
    deck's template when the template's own colours are the cause), once per colour pair."""
    by_category: dict[str, list] = {}
    for inst in layout.cards:
        by_category.setdefault(inst.card.category, []).append(inst)

    def shown(side: str, placed: PlacedBox, category: str) -> bool:
        """Whether some card of the category shows the box (a box of a value shows only a present one)."""
        value = placed.box.text is None and placed.box.show in TEXT_SHOWS
        return any(faces._visible(placed, inst) and (not value or faces.value(placed.box.show, inst))
                   for inst in by_category.get(category, ()))

    for found in low_contrast(layout, faces.colour_of, shown):
        if not found.by_category:
            item.source.warning(problems, ("template",), msg("template '{template}': {problem}",
                                                             template=layout.template.template,
                                                             problem=contrast_message(found)))
            continue
        category = layout.deck.categories[found.category]
        own = category.color is not None
        where = ("categories", found.category, "color") if own else ("categories", found.category)
        said = (msg("category '{category}': {problem}", category=found.category, problem=contrast_message(found))
                if own else msg("category '{category}' (its colour comes from the brand palette): {problem}",
                                category=found.category, problem=contrast_message(found)))
        item.source.warning(problems, where, said)


def report_overflows(item: ValidDeck, overflows: list[Overflow], problems: Problems) -> None:
    """Each overflow at its content field, once per field and box: a deck title too long for the back
    is said once, not once per card."""
    seen = set()
    for overflow in overflows:
        if (overflow.field, overflow.what) not in seen:
            seen.add((overflow.field, overflow.what))
            report(item.source, overflow, problems)
