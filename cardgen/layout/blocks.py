"""Blocks for document bodies: bullet points with an optional bold 'Term:' lead, tables and cycle
diagrams.

Each builder takes its content, the `Metrics` to measure with and its colours, and returns a block
for `document.fit_flow`: called with (width, base size) it gives a `Laid` (items from (0, 0), y
downwards) or None when a word is too wide for its line or cell, or a stage's text too tall for its
box. Tables and cycles also say which part does not fit (`misfit`), so that a kind can point at the
cell or stage to change.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .document import RULE_GREY, WHITE, Block, Laid, Style, paragraph
from .plan import Path, Rect, Rule
from .rich import set_rich
from .typeset import Lines, Metrics, Span, place, set_lines, spans

PAD = 3.0  # table cell padding, points
TERM_MAX = 40  # a longer lead before ': ' is a sentence, not a term
ARROW_GREY = "#888888"


@dataclass(frozen=True)
class Misfit:
    """The part of a block that does not fit at a size: its path inside the block's content
    (("rows", 2, 1) for a table cell, (3,) for a cycle stage), and how."""

    path: tuple
    too_wide: bool
    excess: float = 0.0  # points too tall (when not too wide)


# ---- bullet points

def term_spans(text: str, face: str = "regular", hyphens: bool = True) -> list[Span]:
    """'Term: uitleg' as a bold term (colon included) and the explanation; other text as it is."""
    term, sep, rest = text.partition(": ")
    if not sep or len(term) > TERM_MAX:
        return spans(text, face, hyphens)
    lead = spans(term + ":", "bold", hyphens)
    return lead + [Span(" " + s.text, s.face) for s in spans(rest, face, hyphens)]


def bullet(text: str, style: Style, metrics: Metrics) -> Block:
    """A bullet point in `style` (which gives the bullet symbol and the indent); a 'Term:' lead in bold."""
    return paragraph(term_spans(text, style.face), style, metrics)


def rich(text: str, style: Style, metrics: Metrics, first: list[Span] | None = None, hyphens: bool = True) -> Block:
    """A long field in `style`: paragraphs, hard breaks and '- ' bullet lists (`rich.set_rich`); `first`
    spans lead its first paragraph."""

    def build(width: float, base: float) -> Laid | None:
        size = base * style.scale
        got = set_rich(text, width, size, metrics, style.color, face=style.face, leading=style.leading,
                       gap=style.after, hyphens=hyphens, first=first)
        return None if got is None else Laid(got[0], got[1], size * style.before, size * style.after)

    return build


# ---- tables

def column_widths(columns: int, weights: list[float] | None, width: float) -> list[float]:
    """The width of each column: `weights` are relative (equal by default)."""
    weights = weights or [1.0] * columns
    return [width * w / sum(weights) for w in weights]


class Table:
    """A table with a header row in `head_fill`, relative column widths and text wrapped in its cells
    (hyphenated), rows as tall as their tallest cell, a thin grid; `after` is in base sizes."""

    def __init__(self, columns: list[str], rows: list[list[str]], widths: list[float] | None, metrics: Metrics,
                 *, ink: str, head_fill: str, head_ink: str = WHITE, grid: str = RULE_GREY,
                 leading: float = 1.3, after: float = 0.5):
        self.cells = [[(c, "bold") for c in columns]] + [[(c, "regular") for c in row] for row in rows]
        self.widths, self.metrics = widths, metrics
        self.ink, self.head_fill, self.head_ink, self.grid = ink, head_fill, head_ink, grid
        self.leading, self.after = leading, after

    def _set(self, width: float, size: float) -> list[list[Lines | None]]:
        cols = column_widths(len(self.cells[0]), self.widths, width)
        return [[set_lines(spans(text, face), w - 2 * PAD, size, self.metrics, self.leading)
                 for (text, face), w in zip(row, cols)] for row in self.cells]

    def __call__(self, width: float, base: float) -> Laid | None:
        cells = self._set(width, base)
        if any(lines is None for row in cells for lines in row):
            return None
        cols = column_widths(len(self.cells[0]), self.widths, width)
        edges = [sum(cols[:i]) for i in range(len(cols) + 1)]
        heights = [max(lines.height for lines in row) + 2 * PAD for row in cells]
        tops = [sum(heights[:i]) for i in range(len(heights) + 1)]
        items: list = [Rect(0.0, 0.0, width, heights[0], fill=self.head_fill)]
        for r, row in enumerate(cells):
            color = self.head_ink if r == 0 else self.ink
            for c, lines in enumerate(row):
                items += place(lines, edges[c] + PAD, tops[r] + PAD, cols[c] - 2 * PAD, color)
        # the grid over the cells, as a table is ruled: every row and column border
        items += [Rule(0.0, y, width, y, self.grid, 0.4) for y in tops]
        items += [Rule(x, 0.0, x, tops[-1], self.grid, 0.4) for x in edges]
        return Laid(tops[-1], items, 0.0, base * self.after)

    def misfit(self, width: float, base: float) -> Misfit | None:
        """The first cell with a word wider than its column: ("columns", c) or ("rows", r, c)."""
        for r, row in enumerate(self._set(width, base)):
            for c, lines in enumerate(row):
                if lines is None:
                    return Misfit(("columns", c) if r == 0 else ("rows", r - 1, c), True)
        return None


# ---- cycle diagrams

@dataclass(frozen=True)
class Ring:
    """Where a cycle's stage boxes go: centres clockwise from the top, in a block `height` tall."""

    box_w: float
    box_h: float
    centres: tuple[tuple[float, float], ...]
    height: float


def ring(n: int, width: float, size: float) -> Ring:
    """Boxes 13 x 4.4 sizes on an ellipse filling at most `width`; neighbours keep 1.5 sizes apart
    (sideways or up and down, 2.5 when one is right above the other) so every arrow between them shows."""
    box_w, box_h, room, straight = min(13 * size, width / 2), 4.4 * size, 1.5 * size, 2.5 * size
    if n % 2:  # the two lowest stages sit level: an arrow straight across needs room for its head
        s = math.sin(math.pi / n)
        box_w = min(box_w, (s * width - straight) / (1 + s))
    angles = [2 * math.pi * i / n for i in range(n)]
    pairs = list(zip(angles, angles[1:] + angles[:1]))
    rx, ry = min(width / 2 - box_w / 2, 1.15 * box_w), 1.45 * box_h

    def cramped(a: float, b: float, rx: float, ry: float) -> bool:
        return (rx * abs(math.sin(b) - math.sin(a)) - box_w < room - 1e-6
                and ry * abs(math.cos(b) - math.cos(a)) - box_h < room - 1e-6)

    if any(cramped(a, b, rx, ry) for a, b in pairs):  # (five or six stages) use the whole width
        rx = width / 2 - box_w / 2
    for a, b in pairs:  # still too close side by side: move them apart up and down
        side, drop = rx * abs(math.sin(b) - math.sin(a)) - box_w, abs(math.cos(b) - math.cos(a))
        if side < room - 1e-6 and drop > 1e-9:
            need = room if side >= 0 else straight
            ry = max(ry, (box_h + need) / drop)
    lowest = min(math.cos(a) for a in angles)
    centres = tuple((width / 2 + rx * math.sin(a), box_h / 2 + ry * (1 - math.cos(a))) for a in angles)
    return Ring(box_w, box_h, centres, ry * (1 - lowest) + box_h)


class Cycle:
    """Three to six stages as rounded boxes in `fill` on a ring, clockwise from the top, with an
    arrow from each stage to the next; the stage names bold in `ink`, centred in their boxes."""

    def __init__(self, stages: list[str], metrics: Metrics, *, fill: str, ink: str = WHITE,
                 arrow: str = ARROW_GREY, leading: float = 1.3, after: float = 0.6):
        self.stages, self.metrics = stages, metrics
        self.fill, self.ink, self.arrow, self.leading, self.after = fill, ink, arrow, leading, after

    def _set(self, shape: Ring, size: float) -> list[Lines | None]:
        return [set_lines(spans(stage, "bold"), shape.box_w - 2 * PAD, size, self.metrics, self.leading)
                for stage in self.stages]

    def __call__(self, width: float, base: float) -> Laid | None:
        shape = ring(len(self.stages), width, base)
        texts = self._set(shape, base)
        if any(t is None or t.height > shape.box_h - 2 * PAD + 0.01 for t in texts):
            return None
        items: list = []
        for i, start in enumerate(shape.centres):  # arrows first, boxes over their ends
            items += arrow(start, shape.centres[(i + 1) % len(shape.centres)], shape, base * 0.7, self.arrow)
        for (x, y), lines in zip(shape.centres, texts):
            left, top = x - shape.box_w / 2, y - shape.box_h / 2
            items.append(Rect(left, top, shape.box_w, shape.box_h, fill=self.fill, radius=3 * 72 / 25.4))
            items += place(lines, left + PAD, y - lines.height / 2, shape.box_w - 2 * PAD, self.ink, "center")
        return Laid(shape.height, items, 0.0, base * self.after)

    def misfit(self, width: float, base: float) -> Misfit | None:
        """The first stage with a word wider than its box (k,), or too tall for it."""
        shape = ring(len(self.stages), width, base)
        for k, lines in enumerate(self._set(shape, base)):
            if lines is None:
                return Misfit((k,), True)
            if lines.height > shape.box_h - 2 * PAD + 0.01:
                return Misfit((k,), False, lines.height - (shape.box_h - 2 * PAD))
        return None


def arrow(start: tuple[float, float], end: tuple[float, float], shape: Ring, head: float, color: str) -> list:
    """A line from box to box (leaving 2 pt at each box edge) ending in a filled head 2 x `head` wide
    and 1.6 x `head` long."""
    (x0, y0), (x1, y1) = start, end
    length = math.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    # how far the box edge lies along the line from the centre
    cut = min(shape.box_w / 2 / max(abs(ux), 1e-6), shape.box_h / 2 / max(abs(uy), 1e-6)) + 2
    sx, sy, ex, ey = x0 + ux * cut, y0 + uy * cut, x1 - ux * cut, y1 - uy * cut
    back_x, back_y = ex - ux * head * 1.6, ey - uy * head * 1.6
    tip = Path(((ex, ey), (back_x - uy * head, back_y + ux * head), (back_x + uy * head, back_y - ux * head)),
               fill=color)
    if (back_x - sx) * ux + (back_y - sy) * uy <= 0:  # boxes this close take the head alone
        return [tip]
    return [Rule(sx, sy, back_x, back_y, color, 1.2), tip]
