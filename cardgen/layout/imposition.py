"""Print-and-play imposition: how many cards fit on a sheet, where each front and back goes,
and the cut marks.

All positions are PDF points with the origin at the bottom-left of the paper.
Three ways of bringing a back behind its front:
- long-edge duplex: the sheet turns over its long edge, so on portrait paper backs mirror
  left-right (on landscape paper, top-bottom);
- short-edge duplex: it turns over its short edge, so on portrait paper backs mirror top-bottom;
- fold: fronts on the left half, backs on the right half of the same page, mirrored about the
  fold line in the middle.
A measured printer misalignment (`back_offset`, right and down) moves every back.

Every card gets bleed where white paper would otherwise meet its edge, so a cut a little off (or
a back printed a little off) shows the card's own colours: `bleed` into the margin all round the
block, half the gutter between cards (at most `bleed`), and half the gap to the fold in fold mode.
Cards that share a cut line (gutter 0) meet without bleed. Cut marks start beyond the bleed.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..messages import msg
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
    bleed: float = 0.0  # bleed of the cards into the margin (between cards: see `side_bleeds`)

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

    @property
    def flips_top_bottom(self) -> bool:
        """Whether backs mirror top-bottom: the sheet turns over a horizontal edge.

        On portrait paper the long edges are the vertical ones, so long-edge duplex mirrors
        left-right and short-edge duplex top-bottom; on landscape paper the other way round.
        A folded sheet always mirrors about the vertical fold."""
        return self.duplex != "fold" and (self.duplex == "long-edge") != (self.paper_h >= self.paper_w)

    def behind(self, x: float, y: float) -> tuple[float, float]:
        """Where a point of the front lands on the back page (before the printer correction); the
        mirror is its own inverse, so it also carries a point of the back to the front."""
        return (x, self.paper_h - y) if self.flips_top_bottom else (self.paper_w - x, y)

    def segment_behind(self, segment: Segment) -> Segment:
        """A segment (x0, y0, x1, y1) carried through the paper like `behind` carries a point."""
        (a, b), (c, d) = self.behind(segment[0], segment[1]), self.behind(segment[2], segment[3])
        return a, b, c, d

    def back_slot(self, index: int) -> Slot:
        """Where the back of card `index` goes so that it lands behind its front."""
        front = self.front_slot(index)
        x0, y0 = self.behind(front.x, front.y)
        x1, y1 = self.behind(front.x + self.card_w, front.y + self.card_h)
        return Slot(min(x0, x1) + self.back_dx, min(y0, y1) - self.back_dy)

    def side_bleeds(self, index: int, count: int | None = None) -> tuple[float, float, float, float]:
        """The bleed of front `index` on its left, top, right and bottom side (top: towards the paper's
        top), on a sheet that holds `count` cards (default: full): full bleed where no card is next to
        it, half the gutter (at most the bleed) where one is."""
        count = self.per_sheet if count is None else count
        row, col = divmod(index, self.cols)
        inner = min(self.bleed, self.gutter / 2)
        right = self.bleed
        if self.fold_x is not None:  # never across the fold: half the gap to it at most
            right = min(self.bleed, (self.fold_x - self.left - self.block_w) / 2)
        has_right = col < self.cols - 1 and index + 1 < count
        has_below = index + self.cols < count
        return (inner if col else self.bleed, inner if row else self.bleed,
                inner if has_right else (right if col == self.cols - 1 else self.bleed),
                inner if has_below else self.bleed)

    def back_bleeds(self, index: int, count: int | None = None) -> tuple[float, float, float, float]:
        """The bleed of back `index`, which lies mirrored behind its front."""
        left, top, right, bottom = self.side_bleeds(index, count)
        return (left, bottom, right, top) if self.flips_top_bottom else (right, top, left, bottom)

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

    def cut_marks(self, length: float, offset: float, floor: float = 0.0) -> list[Segment]:
        """Cut marks of the fronts as segments (x0, y0, x1, y1), in the margin outside the cards,
        `offset` beyond the bleed.

        The marks below the block stop at `floor` above the paper's bottom edge (the footer's
        band); where backs mirror top-bottom the marks above it stop as far below the top edge,
        because the back page turns them into marks below its own cards. A mark with no room left is omitted.
        In fold mode the marks on the fold side are left out (they would cross the fold); the
        back half gets its own marks (`back_cut_marks`), and one cuts through both layers.
        """
        top, right = self.bottom + self.block_h, self.left + self.block_w
        start = self.bleed + offset
        ceiling = self.paper_h - floor if self.flips_top_bottom else self.paper_h
        marks = []
        for x in self.cut_lines_x():
            if top + start < ceiling:
                marks.append((x, top + start, x, min(top + start + length, ceiling)))
            if self.bottom - start > floor:
                marks.append((x, self.bottom - start, x, max(self.bottom - start - length, floor)))
        for y in self.cut_lines_y():
            marks.append((self.left - start, y, self.left - start - length, y))
            if self.duplex != "fold":
                marks.append((right + start, y, right + start + length, y))
        return marks

    def back_cut_marks(self, length: float, offset: float, floor: float = 0.0) -> list[Segment]:
        """The fronts' cut marks carried to the backs: mirrored and corrected like the backs."""
        out = []
        for mark in self.cut_marks(length, offset, floor):
            a, b, c, d = self.segment_behind(mark)
            out.append((a + self.back_dx, b - self.back_dy, c + self.back_dx, d - self.back_dy))
        return out


def make_grid(paper_w: float, paper_h: float, card_w: float, card_h: float, margin: float, gutter: float,
              duplex: str = "long-edge", fold_gap: float = 0.0,
              back_offset: tuple[float, float] = (0.0, 0.0), bleed: float = 0.0, below: float = 0.0) -> Grid:
    """As many cards as fit inside the margins, the block centred in its area.

    The area is the paper inside the margins, or in fold mode the left half up to `fold_gap`
    before the fold line (the backs take the mirror image of it on the right half). `below` is
    the room wanted under the block (cut marks and the footer): where centring leaves less, the
    block moves up, no closer to the top than `margin`; not where the back page turns the room
    above the block into the room below it (short-edge duplex on portrait paper, long-edge on
    landscape). `bleed` is at most the margin.
    """
    area_w = (paper_w / 2 - margin - fold_gap) if duplex == "fold" else paper_w - 2 * margin
    area_h = paper_h - 2 * margin
    cols = int((area_w + gutter + 1e-6) // (card_w + gutter))
    rows = int((area_h + gutter + 1e-6) // (card_h + gutter))
    if cols < 1 or rows < 1:
        sizes = dict(card_w=to_mm(card_w), card_h=to_mm(card_h), paper_w=to_mm(paper_w), paper_h=to_mm(paper_h),
                     margin=to_mm(margin))
        raise ImpositionError(
            msg("a {card_w:.0f}x{card_h:.0f} mm card does not fit on half of {paper_w:.0f}x{paper_h:.0f} mm paper "
                "with {margin:.0f} mm margins (use larger paper, another orientation, or a smaller margin)", **sizes)
            if duplex == "fold" else
            msg("a {card_w:.0f}x{card_h:.0f} mm card does not fit on {paper_w:.0f}x{paper_h:.0f} mm paper with "
                "{margin:.0f} mm margins (use larger paper, another orientation, or a smaller margin)", **sizes))
    block_w = cols * card_w + (cols - 1) * gutter
    block_h = rows * card_h + (rows - 1) * gutter
    left = margin + (area_w - block_w) / 2
    grid = Grid(paper_w, paper_h, card_w, card_h, cols, rows, gutter, left, (paper_h - block_h) / 2,
                duplex, back_offset[0], back_offset[1], max(0.0, min(bleed, margin)))
    if not grid.flips_top_bottom and grid.bottom < below:
        grid = replace(grid, bottom=max(grid.bottom, min(below, paper_h - margin - block_h)))
    return grid
