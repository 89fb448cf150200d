"""Forms as numbers: how much writing space each field takes, and which page it lands on.

Heights are in points; y is measured from the page's top, downwards (as in the page plan).
A field is never split across pages: when it does not fit in what is left of a page it starts
on the next one. A table is the exception: it continues on the next page with its label and
header row repeated, and never leaves a lone row at the foot of a page or alone on the next.
"""
from __future__ import annotations

from dataclasses import dataclass

from .units import length_pt

CHECK_ROW = 7.0 * 72 / 25.4  # height of one checkbox row
CAPTION = 4.5 * 72 / 25.4  # a small caption under a writing line
LABEL_GAP = 2.0 * 72 / 25.4  # between label block and writing space
FIELD_GAP = 5.0 * 72 / 25.4  # between fields


def writing_height(kind: str, spacing: float, n: int | None = None, height: str | None = None,
                   options: int = 0, rows: int | None = None) -> float:
    """The writing space of a field (below its label)."""
    if kind == "heading":
        return 0.0  # a section title: no writing space of its own
    if kind == "lines":
        return (n or 1) * spacing
    if kind == "line":
        return spacing
    if kind == "date":
        return spacing + CAPTION  # captions (dag, maand, jaar) under the lines
    if kind == "signature":
        return 2 * spacing + CAPTION
    if kind == "box":
        return length_pt(height or "30mm")
    if kind == "checkbox":
        return max(1, options) * CHECK_ROW
    if kind == "table":
        return (1 + (rows or 1)) * spacing  # header row + rows
    raise ValueError(kind)


@dataclass(frozen=True)
class Block:
    """A field to place: its label block's height, its writing space, and its rows if it is a table."""

    label: float
    writing: float
    rows: int | None = None

    @property
    def heading(self) -> bool:
        return self.writing == 0 and self.rows is None


@dataclass(frozen=True)
class Placed:
    index: int  # the field's position in the form
    page: int  # 0-based
    top: float  # y of the top of the field's label
    label_height: float
    writing: float  # height of the writing space
    rows: tuple[int, int] | None = None  # for a table part: first row, rows on this page

    @property
    def bottom(self) -> float:
        return self.top + self.label_height + LABEL_GAP + self.writing


def first_part(blocks: list[Block], index: int, spacing: float) -> float:
    """The least height field `index` needs at the foot of a page: all of it, or for a table its label,
    header and two rows (or its only row); a heading needs the first part of what follows it too."""
    block = blocks[index]
    if block.rows:
        return block.label + LABEL_GAP + (1 + min(2, block.rows)) * spacing
    need = block.label + LABEL_GAP + block.writing
    if block.heading and index + 1 < len(blocks):  # a heading stays with the field after it
        need += FIELD_GAP + first_part(blocks, index + 1, spacing)
    return need


def paginate(blocks: list[Block], first_top: float, top: float, bottom: float, spacing: float) -> list[Placed]:
    """Place the blocks from `first_top` down on the first page and from `top` on later pages, above
    `bottom`. Every block's first part must fit an empty page (the caller checks that first)."""
    placed: list[Placed] = []
    page, y = 0, first_top
    for index, block in enumerate(blocks):
        whole = block.label + LABEL_GAP + block.writing
        if block.rows and y + whole > bottom + 1e-6:
            row = 0
            while row < block.rows:
                left = block.rows - row
                room = int((bottom - y - block.label - LABEL_GAP + 1e-6) // spacing) - 1  # minus the header row
                if room < 1 or (room < min(2, left) and y != top):  # no lone row at a page's foot
                    page, y = page + 1, top
                    continue
                take = min(room, left)
                if left - take == 1 and take > 2:  # nor a lone row on the next page
                    take -= 1
                height = (1 + take) * spacing
                placed.append(Placed(index, page, y, block.label, height, (row, take)))
                y += block.label + LABEL_GAP + height + FIELD_GAP
                row += take
            continue
        if y + first_part(blocks, index, spacing) > bottom + 1e-6 and y != top:
            page, y = page + 1, top
        placed.append(Placed(index, page, y, block.label, block.writing, (0, block.rows) if block.rows else None))
        y += whole + FIELD_GAP
    return placed


def column_edges(columns: int, widths: list[float] | None, x: float, width: float) -> list[float]:
    """The x of each column border of a table: widths are relative weights (equal by default)."""
    weights = widths or [1.0] * columns
    edges, at = [x], x
    for weight in weights:
        at += width * weight / sum(weights)
        edges.append(at)
    return edges
