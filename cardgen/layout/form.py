"""Forms as numbers: how much writing space each field takes, and which page it lands on.

Heights are in points. A field is never split across pages: when it does not fit in what is
left of a page it starts on the next one (a table continues with its header repeated).
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
class Placed:
    index: int  # the field's position in the form
    page: int  # 0-based
    top: float  # PDF y of the top of the field's label
    label_height: float
    writing: float  # height of the writing space
    rows: tuple[int, int] | None = None  # for a table part: first row, rows on this page


def paginate(blocks: list[tuple[float, float, int | None]], first_top: float, top: float, bottom: float,
             spacing: float) -> list[Placed]:
    """Place (label height, writing height, table rows or None) blocks from `first_top` down on the first
    page and from `top` on later pages, above `bottom`."""
    placed, page, y = [], 0, first_top
    for index, (label, writing, rows) in enumerate(blocks):
        need = label + LABEL_GAP + writing
        if y - need < bottom and rows:
            row = 0
            while row < rows:
                room = int((y - label - LABEL_GAP - bottom) // spacing) - 1  # minus the header row
                if room < 1 or (room < min(2, rows - row) and y != top):  # no lone row at a page end
                    page, y = page + 1, top
                    continue
                take = min(room, rows - row)
                height = (1 + take) * spacing
                placed.append(Placed(index, page, y, label, height, (row, take)))
                y -= label + LABEL_GAP + height + FIELD_GAP
                row += take
            continue
        if writing == 0 and rows is None and index + 1 < len(blocks):  # a heading stays with what follows
            next_label, next_writing, _ = blocks[index + 1]
            need = max(need, label + next_label + 2 * LABEL_GAP + min(next_writing, 2 * spacing))
        if y - need < bottom and y != top:
            page, y = page + 1, top
        if y - need < bottom:
            raise ValueError(f"field {index + 1} is taller than a page")
        placed.append(Placed(index, page, y, label, writing, (0, rows) if rows else None))
        y -= label + LABEL_GAP + writing + FIELD_GAP
    return placed


def column_edges(columns: int, widths: list[float] | None, x: float, width: float) -> list[float]:
    """The x of each column border of a table: widths are relative weights (equal by default)."""
    weights = widths or [1.0] * columns
    edges, at = [x], x
    for weight in weights:
        at += width * weight / sum(weights)
        edges.append(at)
    return edges
