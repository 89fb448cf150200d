"""Lengths with units ("4mm", "50%", "100% - 8mm") and named sizes, in points."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..messages import msg

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

_TERM = re.compile(r"\s*([+-])?\s*([0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*(mm|cm|in|pt|%)?\s*", re.IGNORECASE)
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-"})  # a typographic minus or dash, as word processors write it
MAX_POINTS = 14_400.0  # 200 in (5080 mm): the largest page a PDF can describe; no length in a layout is longer
MAX_PERCENT = 1_000.0
MAX_TEXT = 200  # characters; a length is a few terms


class UnitError(ValueError):
    """A length or size that cannot be read; the message says what is allowed."""


@dataclass(frozen=True)
class Length:
    """A sum of terms: an absolute part in points plus a fraction of a reference length."""

    points: float = 0.0
    fraction: float = 0.0

    def resolve(self, reference: float = 0.0) -> float:
        return self.points + self.fraction * reference


def _show(value) -> str:
    """The value as it would be written, cut short when it is long."""
    text = repr(value)
    return text if len(text) <= 40 else text[:30] + "..."


def _examples(allow_percent: bool) -> str:
    if allow_percent:
        return msg("e.g. '4mm', '11pt', '50%', '100% - 8mm'")
    return msg("e.g. '4mm', '2.5 cm', '11pt', '0.5in'")


def _hint(text: str) -> str:
    """What is probably wrong with a length that does not parse."""
    if re.search(r"[0-9],[0-9]", text):
        return msg("; use a decimal point, e.g. '4.5mm'")
    if re.search(r"[0-9][eE][+-]?[0-9]", text):
        return msg("; write the number out, without an exponent")
    if re.fullmatch(r"\s*[0-9.]+\s*[a-zA-Z%]*(\s+[0-9.]+\s*[a-zA-Z%]*)+\s*", text):
        return msg("; join terms with + or -")
    return ""


def parse_length(value: str | int | float, allow_percent: bool = True, allow_negative: bool = True) -> Length:
    """Read "4mm", "2.5 cm", "4 mm", "11pt", "50%", "100% - 8mm"; a bare 0 is allowed.

    Every problem raises UnitError (a ValueError) with a message that says what is allowed, for
    the schema validators to show: not a string or number, empty, no unit, a percentage where
    `allow_percent` is False, a number that is not finite or longer than a PDF page can be, and,
    when `allow_negative` is False, a length below zero (a percentage minus a length, such as
    "100% - 8mm", is allowed: its sign depends on what it is a percentage of)."""
    units = "mm, cm, in, pt" + (", %" if allow_percent else "")
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise UnitError(msg("{value} is not a length: give it as text with a unit ({examples})", value=_show(value),
                            examples=_examples(allow_percent)))
    if isinstance(value, (int, float)):
        if value == 0:
            return Length()
        if isinstance(value, float) and not math.isfinite(value):
            raise UnitError(msg("{value} is not a finite number ({examples})", value=_show(value),
                                examples=_examples(allow_percent)))
        raise UnitError(msg("{value} has no unit (use {units}, e.g. '4mm')", value=_show(value), units=units))
    text = value.strip().translate(_MINUS)
    if not text:
        raise UnitError(msg("{value} is empty: give a length ({examples})", value=_show(value),
                            examples=_examples(allow_percent)))
    if len(text) > MAX_TEXT:
        raise UnitError(msg("{value} is {n:,} characters long, too long for a length (at most {most})",
                            value=_show(value), n=len(text), most=MAX_TEXT))

    def bad() -> UnitError:
        return UnitError(msg("{value} is not a length (use {examples}){hint}", value=_show(value),
                             examples=_examples(allow_percent), hint=_hint(text)))

    terms: list[tuple[float, float, str | None]] = []
    pos = 0
    while pos < len(text):
        m = _TERM.match(text, pos)
        if not m or m.end() == pos or (terms and not m.group(1)):
            raise bad()
        unit = m.group(3).lower() if m.group(3) else None
        terms.append((-1.0 if m.group(1) == "-" else 1.0, float(m.group(2)), unit))
        pos = m.end()
    if not terms:
        raise bad()
    points = fraction = 0.0
    for sign, number, unit in terms:
        if unit is None:
            if number != 0:
                raise UnitError(msg("{value}: the number {number:g} has no unit (use {units})", value=_show(value),
                                    number=number, units=units))
        elif unit == "%":
            if not allow_percent:
                raise UnitError(msg("{value}: percentages are not allowed here (give an absolute length, "
                                    "e.g. '4mm')", value=_show(value)))
            if not number <= MAX_PERCENT:  # also catches a number too long to be finite
                raise UnitError(msg("{value}: {number:g}% is more than {most:g}%", value=_show(value), number=number,
                                    most=MAX_PERCENT))
            fraction += sign * number / 100.0
        else:
            if not number * UNITS[unit] <= MAX_POINTS:
                raise UnitError(msg("{value} is longer than a PDF page can be (at most {most:g} mm)",
                                    value=_show(value), most=MAX_POINTS / MM))
            points += sign * number * UNITS[unit]
    if not abs(points) <= MAX_POINTS:
        raise UnitError(msg("{value} is longer than a PDF page can be (at most {most:g} mm)", value=_show(value),
                            most=MAX_POINTS / MM))
    if not allow_negative and (fraction < 0 or (fraction == 0 and points < 0)):
        raise UnitError(msg("{value} is negative; it must be 0 or more", value=_show(value)))
    return Length(points, fraction)


def length_pt(value: str | int | float, allow_negative: bool = True) -> float:
    """An absolute length in points (no percentages)."""
    return parse_length(value, allow_percent=False, allow_negative=allow_negative).points


def check_length(value, allow_percent: bool = True, allow_negative: bool = True):
    """For schema validators: `value` unchanged when it is a length, else UnitError (a ValueError)
    with what is allowed."""
    parse_length(value, allow_percent=allow_percent, allow_negative=allow_negative)
    return value


def parse_size(value: str, named: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """A named size ("poker", "A4") or "80mm x 120mm"; returns (width, height) in points."""
    key = str(value).strip().lower()
    names = ", ".join(named)
    if len(key) > 2 * MAX_TEXT:
        raise UnitError(msg("{value} is not a size (use one of {names}, or e.g. '80mm x 120mm')", value=_show(value),
                            names=names))
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
    raise UnitError(msg("{value} is not a size (use one of {names}, or e.g. '80mm x 120mm')", value=repr(value),
                        names=names))


def to_mm(points: float) -> float:
    return points / MM
