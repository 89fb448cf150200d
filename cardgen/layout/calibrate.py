"""The duplex calibration sheet as a plan: two verniers at each of five places (three on the narrow
front half of a fold sheet), readable at arm's length.

A vernier here is a row of 13 short strokes on the front and 13 on the back, 3.5 mm apart. Each back
stroke is drawn where its front stroke lands, moved by its value: -3 to +3 mm in 0.5 mm steps. Held
against the light, the front's strokes show through; where the printer put the back `s` off, the
pair whose value is -s meets as one straight line and its neighbours show a jog of half a millimetre.
The value at that pair is what to add to the sheet's `back_offset` ([right, down]): the row above
(or below) a target reads right (+) and left (-), the row beside it down (+) and up (-). Pairs 3.5 mm apart and
numbers of 8 pt are read without a magnifier, where a scale of 0.5 mm ticks is not.

Coordinates: the plan's (from the top-left, y down); the geometry is worked out in PDF space (y up,
as `Grid.behind` mirrors it) and turned over at the end.
"""
from __future__ import annotations

from dataclasses import dataclass

from .imposition import Grid, Segment
from .labels import NL_LABELS, Labels
from .plan import Page, Rect, Rule, Text
from .units import MM

STEP_MM = 0.5  # what one pair of strokes stands for
REACH_MM = 3.0  # the verniers read from -3 to +3 mm
PITCH = 3.5 * MM  # between neighbouring pairs
GAP = 8 * MM  # from the target to the nearest end of its verniers' strokes
FRONT_LEN, BACK_LEN, OVERLAP = 6 * MM, 6 * MM, 2 * MM  # the back stroke overlaps the front one's far end
ARM = 6 * MM  # the front's crosshair: short of the verniers' first strokes
STROKE = 0.6  # points: thick enough to see through paper, thin enough to see half a millimetre
LABEL = 8.0  # points
INK = "#000000"
# The instructions (at most 80 characters a line: they fit beside the verniers on a fold sheet's front
# half), the legend and the headings are in layout/labels.py, per language.
INSTRUCTIONS = NL_LABELS.words("calibrate.instructions")
LEGEND = NL_LABELS.words("calibrate.legend")
LINE = 3.6 * MM  # leading of the instructions (7.5 pt)
FIVE = 180 * MM  # a front this wide or wider takes five targets; a narrower one (a fold sheet's half) three


@dataclass(frozen=True)
class Target:
    x: float  # the front's crosshair, PDF points (y up)
    y: float


def values() -> list[float]:
    """The value of each pair, -3 to +3 mm in 0.5 mm steps."""
    n = round(REACH_MM / STEP_MM)
    return [round(k * STEP_MM, 1) for k in range(-n, n + 1)]


def label(value: float) -> str | None:
    """Whole millimetres are numbered (with a real minus sign); half ones are not."""
    if value != int(value):
        return None
    return "0" if value == 0 else f"{'+' if value > 0 else '−'}{abs(int(value))}"


INSET_X, INSET_Y = 35 * MM, 30 * MM  # the corner targets from the paper's edges (the front half's)


def targets(grid: Grid) -> list[Target]:
    """A target near each corner and one in the middle (on the front half in fold mode); where the
    front is too narrow for two verniers side by side, the top-left and bottom-right corners only."""
    width = grid.fold_x if grid.fold_x is not None else grid.paper_w
    xs = (INSET_X, width / 2, width - INSET_X)
    ys = (INSET_Y, grid.paper_h / 2, grid.paper_h - INSET_Y)  # from the top
    corners = ((0, 0), (2, 0), (1, 1), (0, 2), (2, 2)) if width >= FIVE else ((0, 0), (1, 1), (2, 2))
    return [Target(xs[i], grid.paper_h - ys[j]) for i, j in corners]


def verniers(grid: Grid, t: Target) -> tuple[list[Segment], list[Segment], list[tuple[float, float, str, str]]]:
    """The front's strokes, the back's strokes (PDF space, each on its own page) and the back's
    labels (x, y, text, align) of the two verniers of target `t`.

    Laid out on the back page, where the reader looks (values grow to the right and downwards), and
    carried to the front through the sheet's mirror. Pair k stands PITCH from its neighbours; its back
    stroke is moved by its value (right, or down: minus y) and by the sheet's `back_offset`, as every
    back of the sheets is. The row read left-right lies above (or below) the target and runs towards
    the middle; the row read up-down lies beside it and runs the other way, so the two never cross.
    """
    bx, by = grid.behind(t.x, t.y)
    middle = grid.paper_w * 3 / 4 if grid.fold_x is not None else grid.paper_w / 2
    across = 1 if bx <= middle + 0.01 else -1  # where the left-right row runs on the back
    down = -1 if by >= grid.paper_h / 2 - 0.01 else 1  # where the up-down row runs (PDF y)
    n = len(values()) // 2
    dx, dy = grid.back_dx, -grid.back_dy
    front, back, labels = [], [], []
    for k, value in enumerate(values()):
        step, v = (k - n) * PITCH, value * MM
        # left-right: vertical strokes GAP above (or below) the target, running away from it
        x, y0, out = bx + across * (3 * MM + n * PITCH) + step, by - down * GAP, -down
        front.append(grid.segment_behind((x, y0, x, y0 + out * FRONT_LEN)))
        far = y0 + out * (FRONT_LEN - OVERLAP)
        back.append((x + v + dx, far + dy, x + v + dx, far + out * BACK_LEN + dy))
        # up-down: horizontal strokes GAP beside the target, on the other side
        y, x0, side = by + down * (3 * MM + n * PITCH) - step, bx - across * GAP, -across
        front.append(grid.segment_behind((x0, y, x0 + side * FRONT_LEN, y)))
        far_x = x0 + side * (FRONT_LEN - OVERLAP)
        back.append((far_x + dx, y - v + dy, far_x + side * BACK_LEN + dx, y - v + dy))
        text = label(value)
        if text:
            ly = far + out * (BACK_LEN + 2 * MM) - (0.7 * LABEL if out < 0 else 0.0)
            labels.append((x + v + dx, ly + dy, text, "center"))
            labels.append((far_x + side * (BACK_LEN + 2 * MM) + dx, y - v - 0.35 * LABEL + dy, text,
                           "right" if side < 0 else "left"))
    return front, back, labels


def calibration_pages(grid: Grid, sheet_name: str, words: Labels = NL_LABELS) -> list[Page]:
    """The front page and the back page (one page with both halves in fold mode)."""
    w, h = grid.paper_w, grid.paper_h
    front, back = Page(w, h), Page(w, h)
    width = grid.fold_x if grid.fold_x is not None else w

    def rule(page: Page, s: Segment, thick: float = STROKE) -> None:
        page.add(Rule(s[0], h - s[1], s[2], h - s[3], INK, thick))

    for t in targets(grid):
        for s in ((t.x - ARM, t.y, t.x + ARM, t.y), (t.x, t.y - ARM, t.x, t.y + ARM)):
            rule(front, s, 0.4)
        front.add(Rect(t.x - 3 * MM, h - t.y - 3 * MM, 6 * MM, 6 * MM, stroke=INK, line_width=0.4, radius=3 * MM))
        ahead, behind, labels = verniers(grid, t)
        for segment in ahead:
            rule(front, segment)
        for segment in behind:
            rule(back, segment)
        back.add(*(Text(x, h - y, text, "bold", LABEL, INK, align) for x, y, text, align in labels))
    # the instructions below the upper verniers, in the middle (five targets) or right of the top-left
    # target's up-down row (three), on the front; the legend in the same place on the back
    text_x = width / 2 if width >= FIVE else (width + INSET_X) / 2 + 2 * MM
    y = INSET_Y + 14 * MM
    front.add(Text(text_x, y, words("calibrate.front", sheet=sheet_name, duplex=grid.duplex), "bold", 10, INK,
                   "center"))
    for i, line in enumerate(words.words("calibrate.instructions")):
        front.add(Text(text_x, y + 5 * MM + i * LINE, line, "regular", 7.5, INK, "center"))
    back_x = grid.behind(text_x, 0)[0] if grid.fold_x is not None else text_x  # the targets lie symmetric
    back.add(Text(back_x, y, words("calibrate.back"), "bold", 10, INK, "center"))
    for i, line in enumerate(words.words("calibrate.legend")):
        back.add(Text(back_x, y + 5 * MM + i * LINE, line, "regular", 7.5, INK, "center"))
    if grid.fold_x is not None:  # fronts left, backs right: fold along the middle
        front.add(*back.items, Rule(grid.fold_x, 4 * MM, grid.fold_x, h - 4 * MM, "#737373", 0.4, (3, 2)))
        return [front]
    return [front, back]
