"""The duplex calibration sheet as numbers: where the targets go on the front and where
their scales go on the back.

The front has crosshairs; the back has, at the place each crosshair should land, a
scale from -3 to +3 mm in both directions. Held against the light, the front's line
crosses the back's scale at the printer's misalignment, which is read off directly as
`back_offset: [right, down]` (the scales count right and down as positive).
"""
from __future__ import annotations

from dataclasses import dataclass

from .imposition import Grid
from .units import MM

SCALE_MM = 2.0
STEP_MM = 0.2


@dataclass(frozen=True)
class Target:
    x: float  # front crosshair centre, PDF points
    y: float
    back_x: float  # where the back scale's zero goes
    back_y: float


@dataclass(frozen=True)
class Tick:
    offset_mm: float  # the value it stands for (right/down positive)
    length: float  # points
    label: str | None


def targets(grid: Grid) -> list[Target]:
    """A crosshair near each corner and one in the middle (on the front half in fold mode)."""
    inset = 35 * MM
    width = grid.fold_x if grid.fold_x is not None else grid.paper_w
    xs = (inset, width / 2, width - inset)
    ys = (inset, grid.paper_h / 2, grid.paper_h - inset)
    points = [(xs[0], ys[2]), (xs[2], ys[2]), (xs[1], ys[1]), (xs[0], ys[0]), (xs[2], ys[0])]
    out = []
    for x, y in points:
        bx, by = _back_of(grid, x, y)
        out.append(Target(x, y, bx + grid.back_dx, by - grid.back_dy))
    return out


def _back_of(grid: Grid, x: float, y: float) -> tuple[float, float]:
    if grid.duplex == "short-edge":
        return x, grid.paper_h - y
    return grid.paper_w - x, y


def ticks() -> list[Tick]:
    out = []
    n = round(SCALE_MM / STEP_MM)
    for i in range(-n, n + 1):
        value = round(i * STEP_MM, 1)
        whole = abs(value - round(value)) < 1e-9
        half = abs(value * 2 - round(value * 2)) < 1e-9
        length = (2.5 if whole else 1.6 if half else 0.9) * MM
        # labels on even millimetres only: at 5 pt, "+1" is wider than the 1 mm between ticks
        label = f"{value:+g}".replace("+0", "0") if whole and round(value) % 2 == 0 else None
        out.append(Tick(value, length, label))
    return out
