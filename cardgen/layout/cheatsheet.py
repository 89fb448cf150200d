"""A method's cheat-sheet as page plans: the band with the method's name; the goal, when to use it,
duration and group size; the steps as a timeline; roles, example questions and pitfalls; the source
in the footer.

The page follows the template (paper, orientation, margin, sizes): the A4 sheet and the small
version are each laid out for their own paper, not scaled. The body is one flow of blocks, fitted
once, here: set at the largest size from the template's `max_size` (when it has one; else its
size) down to its floor at which it fits one page, then (when the template allows two pages) again
on two, breaking between blocks and never right after a heading. What does not fit even so is an
`Overflow` naming the method, the paper and the section that runs over. `sheet()` puts the small pages on one sheet for printing.
"""
from __future__ import annotations

from dataclasses import replace

from ..errors import Overflow
from ..messages import msg
from .document import (CREDIT_HINT, MUTED, Block, Flowed, Miss, Stop, Style, body_height, fit_pages, footers,
                       frame_for, header, page_with, paginate, paragraph)  # Flowed, Stop, paginate: re-exported
from .blocks import rich
from .document import Laid
from .links import icon_item
from .labels import NL_LABELS, Labels
from .plan import Page, Rule, moved
from .timeline import timeline
from .typeset import Metrics, Span, spans
from .units import MM, PAPER_SIZES, length_pt

CUT = "#808080"  # the dashed line between the two halves of a sheet

# The sections of a cheat-sheet and the content fields they show, so an overflow points at the text
# to shorten.
SECTION_FIELDS = {"doel": "goal", "wanneer": "when", "duur": "duration", "stappen": "steps", "rollen": "roles",
                  "vragen": "example_questions", "valkuilen": "pitfalls"}

Key = tuple  # (section, index of the step or list item, or None)
Entry = tuple[Key, Block, bool]  # a block of the flow, and whether it keeps with the next (headings)


def styles(ink: str, accent: str) -> dict[str, Style]:
    """The paragraph styles, as multiples of the body size."""
    return {"body": Style(color=ink, after=0.35),
            "facts": Style("italic", color=MUTED, after=0.35),
            "heading": Style("bold", 1.25, accent, leading=1.2, before=0.6, after=0.3),
            "bullet": Style(color=ink, after=0.2, indent=1.1, bullet="•")}


def flow(method, accent: str, ink: str, metrics: Metrics, words: Labels = NL_LABELS) -> list[Entry]:
    """The body of the cheat-sheet, top to bottom, each block under its section key."""
    st = styles(ink, accent)

    def labelled(label: str, text: str) -> Block:
        return rich(text, st["body"], metrics, first=[Span(label, "bold")])

    out: list[Entry] = [(("doel", None), labelled(words("method.goal"), method.goal), False),
                        (("wanneer", None), labelled(words("method.when"), method.when), False)]
    facts = "; ".join(x for x in (method.duration, method.group_size) if x)
    if facts:
        out.append((("duur", None), paragraph(spans(facts, "italic"), st["facts"], metrics), False))
    out.append((("stappen", None), paragraph(words("method.steps"), st["heading"], metrics), True))
    out += [(("stappen", i), block, False) for i, block in enumerate(timeline(method.steps, accent, ink, metrics))]
    for key, heading, items in (("rollen", words("method.roles"), method.roles),
                                ("vragen", words("method.questions"), method.example_questions),
                                ("valkuilen", words("method.pitfalls"), method.pitfalls)):
        if items:
            out.append(((key, None), paragraph(heading, st["heading"], metrics), True))
            out += [((key, i), role(item, st["bullet"], metrics) if key == "rollen"
                     else paragraph(spans(item), st["bullet"], metrics), False) for i, item in enumerate(items)]
    return out


def role(item, style: Style, metrics: Metrics) -> Block:
    """'Rol: taak' as a bullet point, the role in bold; its icon, when it has one, in place of the bullet."""
    icon = getattr(item, "icon", None)
    text = paragraph(spans(item.role + ":", "bold", hyphens=False) + [Span(" ")] + spans(item.task),
                     replace(style, bullet=None, indent=1.4) if icon else style, metrics)
    if not icon:
        return text

    def build(width: float, base: float) -> Laid | None:
        laid = text(width, base)
        if laid is not None:
            laid.items.append(icon_item(icon, 0.0, 0.05 * base, base * 0.95, style.color))
        return laid

    return build


# ---- the cheat-sheet (the flow is paginated by document.fit_pages)

def plan_cheatsheet(method, template, accent: str, ink: str, metrics: Metrics,
                    words: Labels = NL_LABELS) -> list[Page] | Overflow:
    """The cheat-sheet's pages on the template's paper, or what does not fit (name, a section or bron);
    its fixed labels in the language of `words`."""
    frame = frame_for(template)
    item = msg("method '{id}' ({paper})", id=method.method, paper=template.paper)
    credit = words("source", bron=method.bron)
    too_long = Overflow(item, ("bron",), msg("the source credit"), floor=5.5, hint=CREDIT_HINT)
    band = header(frame, method.name, accent, metrics, label=words("method.band"))
    if band is None:
        return Overflow(item, ("name",), msg("the title"), floor=11)
    heights = []
    for count in range(1, template.pages + 1):
        feet = footers(frame, credit, count, metrics, words)
        if feet is None:  # too long alone, or beside the page number of a second page
            break
        heights.append(body_height(frame, feet))
    if not heights:
        return too_long
    fitted = fit_pages(flow(method, accent, ink, metrics, words), frame.body_width, heights, length_pt(template.size),
                       length_pt(template.min_size),
                       ceiling=length_pt(template.max_size) if template.max_size is not None else None)
    if isinstance(fitted, Miss):
        return too_long if len(heights) < template.pages else _overflow(item, template, fitted)
    feet = footers(frame, credit, len(fitted.pages), metrics, words)
    return [page_with(frame, band, moved(body, frame.margin, frame.body_top), foot)
            for body, foot in zip(fitted.pages, feet)]


def _overflow(item: str, template, miss: Miss) -> Overflow:
    section, index = miss.key
    field = SECTION_FIELDS[section]
    # A word too wide is in one step or list item: point at it; a section that runs over as a whole.
    path = (field, index) if miss.too_wide and index is not None else (field,)
    pages = msg("one page") if template.pages == 1 else msg("{n} pages", n=template.pages)
    return Overflow(item, path, msg("section '{section}'", section=section), miss.excess, miss.too_wide, miss.floor,
                    msg("shorten it (template '{template}' allows {pages})", template=template.template, pages=pages))


def sheet(pages: list[Page]) -> Page:
    """Small pages side by side, centred on the smallest standard paper that holds two (A5 on A4
    landscape), with a dashed line to cut between them: two copies of a one-page cheat-sheet, or page
    1 left and page 2 right (a spread that reads without cutting)."""
    left = pages[0]
    right = pages[1] if len(pages) > 1 else left
    w, h = carrier(2 * left.width, left.height)
    x, y = (w - 2 * left.width) / 2, (h - left.height) / 2
    out = Page(w, h)
    out.add(*moved(left.items, x, y), *moved(right.items, x + left.width, y))
    out.add(Rule(w / 2, 0.0, w / 2, h, CUT, 0.4, (3, 2)))
    return out


def carrier(width: float, height: float) -> tuple[float, float]:
    """The smallest standard paper, landscape, at least `width` x `height`; else exactly that size."""
    fits = [(a * MM, b * MM) for b, a in PAPER_SIZES.values() if a * MM >= width - 0.01 and b * MM >= height - 0.01]
    return min(fits, key=lambda p: p[0] * p[1], default=(width, height))
