"""Lengths with units ("4mm", "50%", "100% - 8mm") and named sizes, in points."""
from __future__ import annotations

import re
from dataclasses import dataclass

MM = 72.0 / 25.4
UNITS = {"mm": MM, "cm": 10 * MM, "in": 72.0, "pt": 1.0}

# Named card sizes (width x height in mm, portrait), as trainers and print shops call them.
CARD_SIZES: dict[str, tuple[float, float]] = {
    "poker": (63, 88),
    "bridge": (57, 89),
    "tarot": (70, 120),
    "a7": (74, 105),
    "a6": (105, 148),
    "square": (70, 70),
}
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "a4": (210, 297),
    "a3": (297, 420),
    "a5": (148, 210),
    "letter": (215.9, 279.4),
}

_TERM = re.compile(r"\s*([+-])?\s*(\d+(?:\.\d+)?|\.\d+)\s*(mm|cm|in|pt|%)?\s*")


class UnitError(ValueError):
    """A length or size that cannot be read; the message says what is allowed."""


@dataclass(frozen=True)
class Length:
    """A sum of terms: an absolute part in points plus a fraction of a reference length."""

    points: float = 0.0
    fraction: float = 0.0

    def resolve(self, reference: float = 0.0) -> float:
        return self.points + self.fraction * reference


def parse_length(value: str | int | float, allow_percent: bool = True) -> Length:
    """Read "4mm", "2.5 cm", "11pt", "50%", "100% - 8mm"; a bare 0 is allowed."""
    if isinstance(value, bool):
        raise UnitError(f"{value!r} is not a length")
    if isinstance(value, (int, float)):
        if value == 0:
            return Length()
        raise UnitError(f"{value!r} has no unit (use mm, cm, in, pt{', %' if allow_percent else ''}, e.g. '4mm')")
    text = str(value).strip()
    bad = UnitError(f"{value!r} is not a length (use e.g. '4mm', '11pt', '50%', '100% - 8mm')")
    terms: list[tuple[float, float, str | None]] = []
    pos = 0
    while pos < len(text):
        m = _TERM.match(text, pos)
        if not m or m.end() == pos or (terms and not m.group(1)):
            raise bad
        terms.append((-1.0 if m.group(1) == "-" else 1.0, float(m.group(2)), m.group(3)))
        pos = m.end()
    if not terms:
        raise bad
    points = fraction = 0.0
    for sign, number, unit in terms:
        if unit is None:
            if number != 0:
                raise UnitError(f"{value!r}: the number {number:g} has no unit (use mm, cm, in or pt)")
        elif unit == "%":
            if not allow_percent:
                raise UnitError(f"{value!r}: percentages are not allowed here")
            fraction += sign * number / 100.0
        else:
            points += sign * number * UNITS[unit]
    return Length(points, fraction)


def length_pt(value: str | int | float) -> float:
    """An absolute length in points (no percentages)."""
    return parse_length(value, allow_percent=False).points


def parse_size(value: str, named: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """A named size ("poker", "A4") or "80mm x 120mm"; returns (width, height) in points."""
    key = str(value).strip().lower()
    if key in named:
        w, h = named[key]
        return w * MM, h * MM
    parts = re.split(r"\s*[x×]\s*", key)
    if len(parts) == 2:
        try:
            w, h = (length_pt(p) for p in parts)
        except UnitError:
            pass
        else:
            if w > 0 and h > 0:
                return w, h
    names = ", ".join(named)
    raise UnitError(f"{value!r} is not a size (use one of {names}, or e.g. '80mm x 120mm')")


def to_mm(points: float) -> float:
    return points / MM
