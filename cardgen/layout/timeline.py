"""The steps of a method as a timeline: a row per step with its number in a disc, its duration, a bar
for its share of the session, and beside them its name, who, what happens and the pointers for the
facilitator.

Ranges count at their midpoint. A method without durations gets no times or bars, and a narrow
number column. Each row is one block of the cheat-sheet's flow, so a long timeline continues on the
next page between two steps, never inside one.
"""
from __future__ import annotations

from dataclasses import replace

from .blocks import rich
from .document import MUTED, WHITE, Block, Laid, Style, paragraph, stack
from .durations import midpoint, parse_duration, show
from .links import QR_BOX, QR_GAP, icon_item, qr_block
from .plan import Rect, Text, moved
from .typeset import Metrics, Span, spans
from .units import MM

COLUMN = 30 * MM  # number, duration and bar, left of the text of a timed timeline
NARROW = 10 * MM  # the number alone, when no step has a duration
MIN_ROW = {True: 12 * MM, False: 8 * MM}  # a row is at least as tall as its disc (and bar)
ROW_GAP = 2.5 * MM  # below every row
DISC_X, DISC_Y, DISC_R = 4 * MM, 4 * MM, 3.6 * MM  # the disc's centre from the row's top-left
NUMBER_SIZE = 10.0
LABEL_X, LABEL_BASELINE = 9.5 * MM, 5.2 * MM  # the duration, beside the disc
BAR_TOP, BAR_WIDTH, BAR_HEIGHT = 8.3 * MM, 26 * MM, 2.2 * MM
TRACK = "#DDDDDD"  # the bar's full length: the whole session
ICON = 1.45  # the step's name starts this many sizes right of its icon


def durations(steps) -> list[tuple[int, int] | None]:
    return [parse_duration(s.duration) if s.duration is not None else None for s in steps]


def shares(spans_: list[tuple[int, int] | None]) -> list[float | None]:
    """Each step's part of the session (ranges at their midpoint); None for a step without a duration."""
    total = sum(midpoint(*s) for s in spans_ if s)
    return [midpoint(*s) / total if s and total else None for s in spans_]


def timeline(steps, accent: str, ink: str, metrics: Metrics) -> list[Block]:
    """One block per step."""
    spans_ = durations(steps)
    timed = any(spans_)
    return [row(step, i + 1, span, share, timed, accent, ink, metrics)
            for i, (step, span, share) in enumerate(zip(steps, spans_, shares(spans_)))]


def row(step, number: int, span: tuple[int, int] | None, share: float | None, timed: bool, accent: str,
        ink: str, metrics: Metrics) -> Block:
    left = COLUMN if timed else NARROW
    # The step's name is a heading: never hyphenated (typography notes); who it is for may break.
    title = spans(step.name, "bold", hyphens=False)
    if step.who:
        title += [Span(" · ", "italic", MUTED)] + [replace(s, color=MUTED) for s in spans(step.who, "italic")]
    icon = getattr(step, "icon", None)
    blocks = [paragraph(title, Style("bold", color=accent, after=0.15, indent=ICON if icon else 0.0), metrics),
              rich(step.what, Style(color=ink, after=0.35), metrics)]
    blocks += [paragraph(spans(g), Style(color=ink, after=0.2, indent=1.1, bullet="›"), metrics)
               for g in step.guide]
    link = getattr(step, "link", None)

    def build(width: float, base: float) -> Laid | None:
        room = width - left - (QR_BOX + QR_GAP if link else 0.0)
        text = stack(blocks, room, base)
        if text is None:
            return None
        code_h, code = qr_block(link, width - QR_BOX, 0.0, metrics, ink) if link else (0.0, [])
        if icon:  # beside the name, on its first line: as tall as the capitals and descenders
            text.items.append(icon_item(icon, 0.0, 0.05 * base, base * 1.05, accent))
        items: list = [Rect(DISC_X - DISC_R, DISC_Y - DISC_R, 2 * DISC_R, 2 * DISC_R, fill=accent, radius=DISC_R),
                       Text(DISC_X, LABEL_BASELINE, str(number), "bold", NUMBER_SIZE, WHITE, "center")]
        if span:
            label = show(*span)
            room = left - LABEL_X - 1 * MM
            size = base  # the floor holds for this label too
            while size > 5 and metrics.width(label, "bold", size) > room:
                size -= 0.25  # a long range ("120–180 min") shrinks to its column rather than running into the text
            items.append(Text(LABEL_X, LABEL_BASELINE, label, "bold", size, ink))
        if share:
            items += [Rect(0, BAR_TOP, BAR_WIDTH, BAR_HEIGHT, fill=TRACK),
                      Rect(0, BAR_TOP, BAR_WIDTH * share, BAR_HEIGHT, fill=accent)]
        items += moved(text.items, left, 0.0) + code
        return Laid(max(text.height, MIN_ROW[timed], code_h) + ROW_GAP, items)

    return build
