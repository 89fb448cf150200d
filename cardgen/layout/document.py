"""Document pages (cheat-sheets, guides, agendas, forms, certificates) as plans.

A document page has a colour band with the title, a body of blocks stacked
top to bottom, and a footer with the source credit and a page label. The
page's paper, orientation and margin come from the template. The body is fitted
once, here: every block is set at a base size and the whole body shrinks in
steps to the template's floor (or, when the template allows it, first grows up
to its `max_size`: the largest size that fits wins); what still does not fit is
a `Miss` naming the section that runs over or holds a word too wide. A body may
also share the height left over between its sections, so a short one fills
its page.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Hashable

from .credit import CREDIT_HINT, footer_lines  # noqa: F401  (the page layouts import them from here)
from .labels import NL_LABELS, Labels
from .plan import Page, Rect, Rule, Text, moved
from .rich import inline_items, inline_width
from .typeset import Metrics, Span, first_fit, set_lines, place, sizes
from .units import MM, PAPER_SIZES, length_pt, parse_size

MUTED = "#5A5A5A"
RULE_GREY = "#BBBBBB"
WHITE = "#FFFFFF"
PAGE_STEP = 0.25  # points per shrink step of a body that may run over several pages
FOOT_GAP = 2.5 * MM  # the least space between the body and the footer's rule


@dataclass(frozen=True)
class Frame:
    """A document page's geometry in points, y from the top: paper, margin, header and footer."""

    width: float = 210 * MM
    height: float = 297 * MM
    margin: float = 15 * MM
    header: float = 24 * MM
    footer: float = 10 * MM

    @property
    def body_top(self) -> float:
        return self.header + 6 * MM

    @property
    def body_bottom(self) -> float:
        return self.height - self.margin - self.footer

    @property
    def body_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def body_height(self) -> float:
        return self.body_bottom - self.body_top

    @property
    def small(self) -> bool:
        """A5 and smaller: a narrower band and footer."""
        return self.width * self.height < 0.6 * (210 * MM * 297 * MM)


def paper(name: str, orientation: str = "portrait") -> tuple[float, float]:
    """Paper size in points, turned to the orientation."""
    w, h = parse_size(name, PAPER_SIZES)
    if (orientation == "landscape") != (w > h):
        w, h = h, w
    return w, h


def frame_for(template) -> Frame:
    """The page geometry a template asks for: its paper, orientation and margin."""
    w, h = paper(template.paper, template.orientation)
    small = w * h < 0.6 * (210 * MM * 297 * MM)
    margin = length_pt(template.margin) if template.margin is not None else (10 * MM if small else 15 * MM)
    return Frame(w, h, margin, 18 * MM if small else 24 * MM, 8 * MM if small else 10 * MM)


# ---- blocks: a block is set at a size in a width and gives its height and items at the origin

@dataclass
class Laid:
    """A block set: its height, the space around it, and its items placed from (0, 0)."""

    height: float
    items: list = field(default_factory=list)
    before: float = 0.0
    after: float = 0.0

    @property
    def total(self) -> float:
        return self.before + self.height + self.after


# A block builder: (width, base size) -> Laid, or None when a word is too wide for its line or cell.
Block = Callable[[float, float], "Laid | None"]


@dataclass(frozen=True)
class Style:
    """A paragraph style as multiples of the base size."""

    face: str = "regular"
    scale: float = 1.0
    color: str = "#1A1A1A"
    leading: float = 1.3
    before: float = 0.0
    after: float = 0.0
    indent: float = 0.0  # in base sizes
    bullet: str | None = None
    align: str = "left"


def paragraph(content: list[Span] | str, style: Style, metrics: Metrics) -> Block:
    """A block of text (spans, or plain text in the style's face), with an optional bullet."""
    runs = [Span(content, style.face)] if isinstance(content, str) else content

    def build(width: float, base: float) -> Laid | None:
        size = base * style.scale
        indent = style.indent * base
        lines = set_lines(runs, width - indent, size, metrics, style.leading)
        if lines is None:
            return None
        items = place(lines, indent, 0.0, width - indent, style.color, style.align)
        if style.bullet:
            items.append(Text(0.0, size, style.bullet, style.face, size, style.color))
        return Laid(lines.height, items, size * style.before, size * style.after)

    return build


def space(points: float) -> Block:
    return lambda width, base: Laid(points)


def stack(blocks: list[Block], width: float, base: float) -> Laid | None:
    """Blocks one under the other as one block (spaces inside kept)."""
    items, y = [], 0.0
    for block in blocks:
        laid = block(width, base)
        if laid is None:
            return None
        items.extend(moved(laid.items, 0.0, y + laid.before))
        y += laid.total
    return Laid(y, items)


@dataclass(frozen=True)
class Miss:
    """A body that does not fit even at the floor: the section that runs over (or is too wide)."""

    key: Hashable
    too_wide: bool
    excess: float  # points the whole body runs past the bottom at the floor size (0 when too wide)
    floor: float


@dataclass
class Flow:
    """A body fitted: its blocks set at `size`, placed from the body's top-left."""

    items: list
    height: float
    size: float


def fit_flow(build: Callable[[float], list[tuple[Hashable, Block]]], width: float, height: float,
             size: float, floor: float, step: float = 0.25, ceiling: float | None = None,
             spread: Hashable | None = None) -> Flow | Miss:
    """The largest size from `ceiling` (a body may grow past `size` up to it; default `size`) down to
    `floor` at which all blocks fit `width` x `height`. With `spread`, the height left over at that size
    is shared equally by the blocks keyed `spread`, each made taller (`stretched`): the body then fills
    `height`."""
    tried = flow_sizes(size, floor, ceiling, step)

    def flow_at(i: int) -> Flow | None:
        flow = _set_flow(build(tried[i]), width, tried[i])
        return flow if flow is not None and flow.height <= height + 0.01 else None

    flow = first_fit(len(tried), flow_at)
    if flow is not None:
        s = flow.size
        return flow if spread is None else _set_flow(build(s), width, s, spread, height - flow.height)
    used, over = 0.0, None
    for key, block in build(floor):
        laid = block(width, floor)
        if laid is None:
            return Miss(key, True, 0.0, floor)
        used += laid.total
        if over is None and used > height + 0.01:
            over = key  # the section that crosses the bottom; the excess counts the whole body
    return Miss(over, False, max(0.0, used - height), floor)


def flow_sizes(size: float, floor: float, ceiling: float | None = None, step: float = 0.25) -> list[float]:
    """The sizes a body is tried at, largest first: `ceiling` and the steps from `size` up below it,
    then `size` down to `floor` in steps."""
    up, s = [], round(size + step, 3)
    while ceiling is not None and s < ceiling - 1e-9:
        up.append(s)
        s = round(s + step, 3)
    if ceiling is not None and ceiling > size + 1e-9:
        up.append(round(ceiling, 3))
    return up[::-1] + sizes(size, floor, step)


def _set_flow(blocks: list[tuple[Hashable, Block]], width: float, size: float, spread: Hashable | None = None,
              spare: float = 0.0) -> Flow | None:
    share = spare / max(1, sum(1 for key, _ in blocks if key == spread)) if spread is not None else 0.0
    items, y = [], 0.0
    for key, block in blocks:
        laid = block(width, size)
        if laid is None:
            return None
        if spread is not None and key == spread:
            laid = stretched(laid, share)
        items.extend(moved(laid.items, 0.0, y + laid.before))
        y += laid.total
    return Flow(items, y, size)


def stretched(laid: Laid, extra: float) -> Laid:
    """The block `extra` taller: the room is added at its foot, and a background as tall as the block
    (a rectangle from its top to its foot) grows with it."""
    items = [replace(i, height=i.height + extra) if isinstance(i, Rect) and abs(i.y) < 0.01
             and abs(i.height - laid.height) < 0.01 else i for i in laid.items]
    return Laid(laid.height + extra, items, laid.before, laid.after)


# ---- the frame: header band and footer

def header(frame: Frame, title: str, accent: str, metrics: Metrics, subtitle: str | None = None,
           label: str | None = None) -> list | None:
    """A full-width band in the accent colour with the title (shrunk to fit), subtitle and label."""
    items: list = [Rect(0, 0, frame.width, frame.header, fill=accent)]
    room = frame.body_width - (metrics.width(label.upper(), "bold", 8) + 4 * MM if label else 0.0)
    top = 20 if subtitle else 22
    if frame.small:
        top -= 5
    title_size = next((s for s in _steps(top, 11) if inline_width(title, "bold", s, metrics) <= room), None)
    if title_size is None:
        return None
    if subtitle:
        sub_size = 10.5 if not frame.small else 9
        if inline_width(subtitle, "italic", sub_size, metrics) > frame.body_width:
            sub_size = next((s for s in _steps(sub_size, 6.5) if inline_width(subtitle, "italic", s, metrics)
                             <= frame.body_width), None)
            if sub_size is None:
                return None
        baseline = frame.header / 2 - 2 * MM + title_size / 3
        items += inline_items(title, frame.margin, baseline, "bold", title_size, WHITE, metrics)
        items += inline_items(subtitle, frame.margin, baseline + (6.5 if not frame.small else 5) * MM, "italic",
                              sub_size, WHITE, metrics)
    else:
        items += inline_items(title, frame.margin, frame.header / 2 + title_size / 3, "bold", title_size, WHITE,
                              metrics)
    if label:
        items.append(Text(frame.width - frame.margin, frame.header - 4 * MM, label.upper(), "bold", 8, WHITE,
                          "right"))
    return items


def _steps(top: float, floor: float, step: float = 0.5) -> list[float]:
    out, s = [], top
    while s >= floor - 1e-9:
        out.append(s)
        s -= step
    return out


def footer(frame: Frame, left: str, right: str, metrics: Metrics) -> list | None:
    """A thin rule and small print: the credit left (one or two lines), a page label right."""
    fitted = footer_lines(left, right, frame.body_width, metrics)
    if fitted is None:
        return None
    size, lines = fitted
    leading = size * 1.2
    base = frame.height - frame.margin - 1 * MM  # baseline of the last line
    rule = base - (len(lines) - 1) * leading - 3.5 * MM
    items: list = [Rule(frame.margin, rule, frame.width - frame.margin, rule, RULE_GREY, 0.5)]
    for i, line in enumerate(reversed(lines)):
        items += [Text(frame.margin + x, base - i * leading, text, f, size, MUTED) for x, text, f in line]
    if right:
        items.append(Text(frame.width - frame.margin, base, right, "regular", size, MUTED, "right"))
    return items


def page_with(frame: Frame, *parts: list) -> Page:
    page = Page(frame.width, frame.height)
    for part in parts:
        page.add(*part)
    return page


# ---- several pages: the flow set at one size, broken into at most `most` pages

Entry = tuple[Hashable, Block, bool]  # a block of a flow, and whether it keeps with the next (headings)


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


def fit_pages(entries: list[Entry], width: float, heights: list[float], size: float, floor: float,
              least: int = 1, ceiling: float | None = None) -> Flowed | Miss:
    """The fewest pages (from `least` on), and on them the largest size from `ceiling` (default `size`)
    down to `floor`, at which the flow fits `width` wide; `heights[n - 1]` is the body's height on each
    of n pages. Else where the flow fails on the most pages at the floor."""
    tried = flow_sizes(size, floor, ceiling, PAGE_STEP)
    cache: dict[float, list] = {}

    def laid_at(s: float) -> list:
        if s not in cache:
            cache[s] = [(key, block(width, s), keep) for key, block, keep in entries]
        return cache[s]

    for count, height in enumerate(heights, 1):
        if count < least:
            continue

        def placed_at(k: int, height: float = height, count: int = count) -> Flowed | None:
            laid = laid_at(tried[k])
            if any(b is None for _, b, _ in laid):
                return None
            placed = paginate(laid, height, count)
            if isinstance(placed, Stop):
                return None
            return Flowed([[item for i, top in page for item in moved(laid[i][1].items, 0.0, top)]
                           for page in placed], tried[k])

        flowed = first_fit(len(tried), placed_at)
        if flowed is not None:
            return flowed
    last = tried[-1]
    laid = laid_at(last)
    wide = next((key for key, b, _ in laid if b is None), None)
    if wide is not None:
        return Miss(wide, True, 0.0, last)
    stop = paginate(laid, heights[-1], len(heights))
    return Miss(laid[stop.index][0], False, stop.excess, last)


def footers(frame: Frame, credit: str, count: int, metrics: Metrics,
            words: Labels = NL_LABELS) -> list[list] | None:
    """The footer of each of `count` pages ("pagina 1 van 2" beside the credit when there are more, in the
    language of `words`); None when the credit does not fit."""
    labels = [words("page_of", n=n, count=count) for n in range(1, count + 1)] if count > 1 else [""]
    feet = [footer(frame, credit, label, metrics) for label in labels]
    return None if any(f is None for f in feet) else feet


def body_height(frame: Frame, feet: list[list]) -> float:
    """The body ends above the footer's rule, which rises when the credit takes two lines."""
    rule = min(i.y1 for foot in feet for i in foot if isinstance(i, Rule))
    return min(frame.body_bottom, rule - FOOT_GAP) - frame.body_top
