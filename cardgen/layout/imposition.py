"""Print-and-play imposition: how many cards fit on a sheet, where each front and back goes,
and the cut marks.

All positions are PDF points with the origin at the bottom-left of the paper.
Three ways of bringing a back behind its front:
- long-edge duplex: the sheet turns over its long (vertical) edge, so backs mirror left-right;
- short-edge duplex: it turns over its short (horizontal) edge, so backs mirror top-bottom;
- fold: fronts on the left half, backs on the right half of the same page, mirrored about the
  fold line in the middle.
A measured printer misalignment (`back_offset`, right and down) moves every back.
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


Segment = tuple[float, float, float, float]


@dataclass(frozen=True)
class Grid:
    paper_w: float
    paper_h: float
    card_w: float
    card_h: float
    cols: int
    rows: int
    gutter: float
    left: float  # left edge of the block of fronts
    bottom: float  # bottom edge of the block
    duplex: str = "long-edge"
    back_dx: float = 0.0  # printer correction: backs move right by this
    back_dy: float = 0.0  # and down by this

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows

    @property
    def block_w(self) -> float:
        return self.cols * self.card_w + (self.cols - 1) * self.gutter

    @property
    def block_h(self) -> float:
        return self.rows * self.card_h + (self.rows - 1) * self.gutter

    @property
    def fold_x(self) -> float | None:
        return self.paper_w / 2 if self.duplex == "fold" else None

    def front_slot(self, index: int) -> Slot:
        """Slot `index` counted left to right, top to bottom."""
        row, col = divmod(index, self.cols)
        x = self.left + col * (self.card_w + self.gutter)
        y = self.bottom + (self.rows - 1 - row) * (self.card_h + self.gutter)
        return Slot(x, y)

    def _mirror(self, x: float, y: float) -> tuple[float, float]:
        """Where a point of the front lands on the back page (before the printer correction)."""
        if self.duplex == "short-edge":
            return x, self.paper_h - y
        return self.paper_w - x, y  # long-edge duplex and fold both mirror left-right

    def back_slot(self, index: int) -> Slot:
        """Where the back of card `index` goes so that it lands behind its front."""
        front = self.front_slot(index)
        x0, y0 = self._mirror(front.x, front.y)
        x1, y1 = self._mirror(front.x + self.card_w, front.y + self.card_h)
        return Slot(min(x0, x1) + self.back_dx, min(y0, y1) - self.back_dy)

    def cut_lines_x(self) -> list[float]:
        """The x of every vertical cut of the fronts (card edges), sorted and de-duplicated."""
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

    def cut_marks(self, length: float, offset: float) -> list[Segment]:
        """Cut marks of the fronts as segments (x0, y0, x1, y1), in the margin outside the cards.

        In fold mode the marks on the fold side are left out (they would cross the fold); the
        back half gets its own marks (`back_cut_marks`), and one cuts through both layers.
        """
        top, right = self.bottom + self.block_h, self.left + self.block_w
        marks = []
        for x in self.cut_lines_x():
            marks.append((x, top + offset, x, top + offset + length))
            marks.append((x, self.bottom - offset, x, self.bottom - offset - length))
        for y in self.cut_lines_y():
            marks.append((self.left - offset, y, self.left - offset - length, y))
            if self.duplex != "fold":
                marks.append((right + offset, y, right + offset + length, y))
        return marks

    def back_cut_marks(self, length: float, offset: float) -> list[Segment]:
        """The fronts' cut marks carried to the backs: mirrored and corrected like the backs."""
        out = []
        for x0, y0, x1, y1 in self.cut_marks(length, offset):
            (a, b), (c, d) = self._mirror(x0, y0), self._mirror(x1, y1)
            out.append((a + self.back_dx, b - self.back_dy, c + self.back_dx, d - self.back_dy))
        return out


def make_grid(paper_w: float, paper_h: float, card_w: float, card_h: float, margin: float, gutter: float,
              duplex: str = "long-edge", fold_gap: float = 0.0,
              back_offset: tuple[float, float] = (0.0, 0.0)) -> Grid:
    """As many cards as fit inside the margins, the block centred in its area.

    The area is the paper inside the margins, or in fold mode the left half up to `fold_gap`
    before the fold line (the backs take the mirror image of it on the right half).
    """
    area_w = (paper_w / 2 - margin - fold_gap) if duplex == "fold" else paper_w - 2 * margin
    area_h = paper_h - 2 * margin
    cols = int((area_w + gutter + 1e-6) // (card_w + gutter))
    rows = int((area_h + gutter + 1e-6) // (card_h + gutter))
    if cols < 1 or rows < 1:
        where = "half of " if duplex == "fold" else ""
        raise ImpositionError(
            f"a {to_mm(card_w):.0f}x{to_mm(card_h):.0f} mm card does not fit on {where}"
            f"{to_mm(paper_w):.0f}x{to_mm(paper_h):.0f} mm paper with {to_mm(margin):.0f} mm margins "
            f"(use larger paper, another orientation, or a smaller margin)")
    block_w = cols * card_w + (cols - 1) * gutter
    block_h = rows * card_h + (rows - 1) * gutter
    left = margin + (area_w - block_w) / 2
    return Grid(paper_w, paper_h, card_w, card_h, cols, rows, gutter, left, (paper_h - block_h) / 2,
                duplex, back_offset[0], back_offset[1])
