"""Print-and-play imposition: how many cards fit on a sheet, where each goes, and the cut marks.

All positions are PDF points with the origin at the bottom-left of the paper.
"""
from __future__ import annotations

from dataclasses import dataclass

from .units import to_mm


class ImpositionError(ValueError):
    pass


@dataclass(frozen=True)
class Slot:
    x: float  # left edge of the card's trim
    y: float  # bottom edge of the card's trim


@dataclass(frozen=True)
class Grid:
    paper_w: float
    paper_h: float
    card_w: float
    card_h: float
    cols: int
    rows: int
    gutter: float
    left: float  # left edge of the block of cards
    bottom: float  # bottom edge of the block

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows

    def front_slot(self, index: int) -> Slot:
        """Slot `index` counted left to right, top to bottom."""
        row, col = divmod(index, self.cols)
        x = self.left + col * (self.card_w + self.gutter)
        y = self.bottom + (self.rows - 1 - row) * (self.card_h + self.gutter)
        return Slot(x, y)

    def back_slot(self, index: int) -> Slot:
        """Where the back of card `index` goes so that long-edge duplex puts it behind its front.

        Flipping a portrait sheet over its long (vertical) edge mirrors it left-right.
        """
        front = self.front_slot(index)
        return Slot(self.paper_w - front.x - self.card_w, front.y)

    def cut_lines_x(self) -> list[float]:
        """The x of every vertical cut (card edges), sorted and de-duplicated."""
        xs = set()
        for col in range(self.cols):
            x = self.left + col * (self.card_w + self.gutter)
            xs.update((round(x, 4), round(x + self.card_w, 4)))
        return sorted(xs)

    def cut_lines_y(self) -> list[float]:
        ys = set()
        for row in range(self.rows):
            y = self.bottom + row * (self.card_h + self.gutter)
            ys.update((round(y, 4), round(y + self.card_h, 4)))
        return sorted(ys)

    def cut_marks(self, length: float, offset: float) -> list[tuple[float, float, float, float]]:
        """Cut marks as line segments (x0, y0, x1, y1), all in the margin outside the block of cards."""
        top = self.bottom + self.rows * self.card_h + (self.rows - 1) * self.gutter
        right = self.left + self.cols * self.card_w + (self.cols - 1) * self.gutter
        marks = []
        for x in self.cut_lines_x():
            marks.append((x, top + offset, x, top + offset + length))
            marks.append((x, self.bottom - offset, x, self.bottom - offset - length))
        for y in self.cut_lines_y():
            marks.append((self.left - offset, y, self.left - offset - length, y))
            marks.append((right + offset, y, right + offset + length, y))
        return marks


def make_grid(paper_w: float, paper_h: float, card_w: float, card_h: float,
              margin: float, gutter: float) -> Grid:
    """As many cards as fit inside the margins, the block centred on the paper."""
    usable_w, usable_h = paper_w - 2 * margin, paper_h - 2 * margin
    cols = int((usable_w + gutter + 1e-6) // (card_w + gutter))
    rows = int((usable_h + gutter + 1e-6) // (card_h + gutter))
    if cols < 1 or rows < 1:
        raise ImpositionError(
            f"a {to_mm(card_w):.0f}x{to_mm(card_h):.0f} mm card does not fit on "
            f"{to_mm(paper_w):.0f}x{to_mm(paper_h):.0f} mm paper with {to_mm(margin):.0f} mm margins "
            f"(use larger paper, landscape, or a smaller margin)")
    block_w = cols * card_w + (cols - 1) * gutter
    block_h = rows * card_h + (rows - 1) * gutter
    return Grid(paper_w, paper_h, card_w, card_h, cols, rows, gutter,
                (paper_w - block_w) / 2, (paper_h - block_h) / 2)
