"""A method's cheat-sheet as page plans: the band with the method's name; the goal, when to use it,
duration and group size; the steps as a timeline; roles, example questions and pitfalls; the source
in the footer.

The page follows the template (paper, orientation, margin, sizes): the A4 sheet and the small
version are each laid out for their own paper, not scaled. The body is one flow of blocks, fitted
once, here: set at the template's size and shrunk in steps to its floor on one page, then (when the
template allows two pages) again from its size on two, breaking between blocks and never right
after a heading. What does not fit even so is an `Overflow` naming the method, the paper and the
section that runs over. `sheet()` puts the small pages on one sheet for printing.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable

from ..errors import Overflow
from .document import CREDIT_HINT, MUTED, Block, Laid, Miss, Style, footer, frame_for, header, page_with, paragraph
from .hyphenate import hyphenate
from .plan import Page, Rule, moved
from .timeline import timeline
from .typeset import Metrics, Span, sizes, spans
from .units import MM, PAPER_SIZES, length_pt

STEP = 0.25  # points per shrink step of the body
CUT = "#808080"  # the dashed line between the two halves of a sheet
FOOT_GAP = 2.5 * MM  # the least space between the body and the footer's rule

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


def flow(method, accent: str, ink: str, metrics: Metrics) -> list[Entry]:
    """The body of the cheat-sheet, top to bottom, each block under its section key."""
    st = styles(ink, accent)

    def labelled(label: str, text: str) -> Block:
        return paragraph([Span(label, "bold"), Span(" " + hyphenate(text))], st["body"], metrics)

    out: list[Entry] = [(("doel", None), labelled("Doel", method.goal), False),
                        (("wanneer", None), labelled("Wanneer", method.when), False)]
    facts = "; ".join(x for x in (method.duration, method.group_size) if x)
    if facts:
        out.append((("duur", None), paragraph(spans(facts, "italic"), st["facts"], metrics), False))
    out.append((("stappen", None), paragraph("Stappen", st["heading"], metrics), True))
    out += [(("stappen", i), block, False) for i, block in enumerate(timeline(method.steps, accent, ink, metrics))]
    for key, heading, items in (("rollen", "Wie doet wat", [f"{r.role}: {r.task}" for r in method.roles]),
                                ("vragen", "Voorbeeldvragen", method.example_questions),
                                ("valkuilen", "Let op", method.pitfalls)):
        if items:
            out.append(((key, None), paragraph(heading, st["heading"], metrics), True))
            out += [((key, i), paragraph(spans(text), st["bullet"], metrics), False) for i, text in enumerate(items)]
    return out


# ---- pages: the flow set at one size, broken into at most `most` pages

@dataclass(frozen=True)
class Stop:
    """Where the flow stops fitting the last page allowed: the block, and how far the rest runs over."""

    index: int
    excess: float


@dataclass
class Flowed:
    """The body fitted: the items of each page from the body's top-left, at `size`."""

    pages: list[list]
    size: float


def paginate(laid: list[tuple[Hashable, Laid, bool]], height: float, most: int) -> list[list[tuple[int, float]]] | Stop:
    """The blocks' (index, top) on each page of a body `height` tall, at most `most` pages. A block's
    space before is dropped at the top of a page; a heading that would end a page goes to the next."""
    pages: list[list[tuple[int, float]]] = [[]]
    y, i = 0.0, 0
    while i < len(laid):
        block = laid[i][1]
        top = y + (block.before if pages[-1] else 0.0)
        if top + block.height <= height + 0.01:
            pages[-1].append((i, top))
            y, i = top + block.height + block.after, i + 1
            continue
        if not pages[-1] or len(pages) == most:  # taller than a page, or no page left
            end = top + block.height + sum(b.total for _, b, _ in laid[i + 1:]) + block.after - laid[-1][1].after
            return Stop(i, end - height)
        while len(pages[-1]) > 1 and laid[pages[-1][-1][0]][2]:
            i = pages[-1].pop()[0]
        pages.append([])
        y = 0.0
    return pages


def fit_pages(entries: list[Entry], width: float, heights: list[float], size: float, floor: float
              ) -> Flowed | Miss:
    """The fewest pages, and on them the largest size from `size` down to `floor`, at which the flow
    fits `width` wide; `heights[n - 1]` is the body's height on each of n pages. Else where the flow
    fails on the most pages at the floor."""
    tried = sizes(size, floor, STEP)
    cache: dict[float, list] = {}

    def laid_at(s: float) -> list:
        if s not in cache:
            cache[s] = [(key, block(width, s), keep) for key, block, keep in entries]
        return cache[s]

    for count, height in enumerate(heights, 1):
        for s in tried:
            laid = laid_at(s)
            if any(b is None for _, b, _ in laid):
                continue
            placed = paginate(laid, height, count)
            if not isinstance(placed, Stop):
                return Flowed([[item for i, top in page for item in moved(laid[i][1].items, 0.0, top)]
                               for page in placed], s)
    last = tried[-1]
    laid = laid_at(last)
    wide = next((key for key, b, _ in laid if b is None), None)
    if wide is not None:
        return Miss(wide, True, 0.0, last)
    stop = paginate(laid, heights[-1], len(heights))
    return Miss(laid[stop.index][0], False, stop.excess, last)


# ---- the cheat-sheet

def footers(frame, credit: str, count: int, metrics: Metrics) -> list[list] | None:
    """The footer of each of `count` pages (the page number beside the credit when there are two);
    None when the credit does not fit."""
    labels = [f"pagina {n} van {count}" for n in range(1, count + 1)] if count > 1 else [""]
    feet = [footer(frame, credit, label, metrics) for label in labels]
    return None if any(f is None for f in feet) else feet


def body_height(frame, feet: list[list]) -> float:
    """The body ends above the footer's rule, which rises when the credit takes two lines."""
    rule = min(i.y1 for foot in feet for i in foot if isinstance(i, Rule))
    return min(frame.body_bottom, rule - FOOT_GAP) - frame.body_top


def plan_cheatsheet(method, template, accent: str, ink: str, metrics: Metrics) -> list[Page] | Overflow:
    """The cheat-sheet's pages on the template's paper, or what does not fit (name, a section or bron)."""
    frame = frame_for(template)
    item = f"method '{method.method}' ({template.paper})"
    credit = f"Bron: {method.bron}"
    too_long = Overflow(item, ("bron",), "the source credit", floor=5.5, hint=CREDIT_HINT)
    band = header(frame, method.name, accent, metrics, label="methode")
    if band is None:
        return Overflow(item, ("name",), "the title", floor=11)
    heights = []
    for count in range(1, template.pages + 1):
        feet = footers(frame, credit, count, metrics)
        if feet is None:  # too long alone, or beside the page number of a second page
            break
        heights.append(body_height(frame, feet))
    if not heights:
        return too_long
    fitted = fit_pages(flow(method, accent, ink, metrics), frame.body_width, heights, length_pt(template.size),
                       length_pt(template.min_size))
    if isinstance(fitted, Miss):
        return too_long if len(heights) < template.pages else _overflow(item, template, fitted)
    feet = footers(frame, credit, len(fitted.pages), metrics)
    return [page_with(frame, band, moved(body, frame.margin, frame.body_top), foot)
            for body, foot in zip(fitted.pages, feet)]


def _overflow(item: str, template, miss: Miss) -> Overflow:
    section, index = miss.key
    field = SECTION_FIELDS[section]
    # A word too wide is in one step or list item: point at it; a section that runs over as a whole.
    path = (field, index) if miss.too_wide and index is not None else (field,)
    pages = "one page" if template.pages == 1 else f"{template.pages} pages"
    return Overflow(item, path, f"section '{section}'", miss.excess, miss.too_wide, miss.floor,
                    f"shorten it (template '{template.template}' allows {pages})")


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
