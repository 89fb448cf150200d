"""Rich text: what a content text may hold besides words, set through `typeset`.

In every text field `**vet**` is bold, `*cursief*` italic and `\\*` a literal asterisk (`typography.emphasis`),
and a single newline (a YAML `|` block) breaks the line. In long fields (a card's back, a guide section's
text, a method's `what` and `guide`, a form's help, intro texts) a blank line starts a new paragraph and
lines that start with `- ` are a bullet list: each item a paragraph of its own with a bullet in the
margin and a hanging indent, at the same leading as the text. Short fields (names, titles, labels,
table cells) take emphasis and hard breaks, set on one line or wrapped as their kind decides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .plan import Text
from .typeset import BULLET, Metrics, Span, place, set_lines, spans
from .typography import emphasis, normalise

INDENT = 1.1  # the hanging indent of a bullet item, in sizes
ITEM_GAP = 0.2  # space between two bullet items, in sizes
_BLANK = re.compile(r"\n[ \t]*\n+")


@dataclass(frozen=True)
class Unit:
    """A paragraph of a long field: text (its lines joined by hard breaks) or one bullet item."""

    text: str
    item: bool = False


def units(text: str) -> list[Unit]:
    """The paragraphs and bullet items of a long field. A blank line ends a paragraph; a line starting
    with '- ' starts a bullet item, and an indented line after it continues the item; any other line
    after a paragraph's line is a hard break inside that paragraph."""
    out: list[Unit] = []
    for block in _BLANK.split(text.replace("\r\n", "\n").strip("\n")):
        current: list[str] = []
        item = False
        for line in block.split("\n"):
            bare = line.strip()
            if not bare:
                continue
            if bare.startswith("- ") or bare == "-":
                if current:
                    out.append(Unit("\n".join(current) if not item else " ".join(current), item))
                current, item = [bare[2:].strip()], True
            elif item and line[:1] in (" ", "\t"):
                current.append(bare)  # a folded continuation of the item
            else:
                if item and current:
                    out.append(Unit(" ".join(current), True))
                    current, item = [], False
                current.append(line.rstrip())
        if current:
            out.append(Unit(" ".join(current) if item else "\n".join(current), item))
    return out


def set_rich(text: str, width: float, size: float, metrics: Metrics, color: str, *, face: str = "regular",
             leading: float = 1.3, gap: float = 0.35, hyphens: bool = True, bullets: bool = True,
             first: list[Span] | None = None) -> tuple[float, list] | None:
    """A long field set `width` wide at `size` from (0, 0): (height, items), or None when a word is too
    wide. `gap` is the space between paragraphs in sizes; `first` spans go before the first paragraph's
    text (a bold 'Doel' lead)."""
    parts = units(text) if bullets else [Unit(text.strip("\n"))]
    if not parts:
        parts = [Unit("")]
    items: list = []
    y = 0.0
    for k, unit in enumerate(parts):
        runs = spans(unit.text, face, hyphens)
        if k == 0 and first:
            runs = list(first) + ([Span(" " + runs[0].text, runs[0].face)] + runs[1:] if runs else [])
        indent = INDENT * size if unit.item else 0.0
        lines = set_lines(runs, width - indent, size, metrics, leading)
        if lines is None:
            return None
        if k:
            y += (ITEM_GAP if unit.item and parts[k - 1].item else gap) * size
        items += place(lines, indent, y, width - indent, color)
        if unit.item:
            items.append(Text(0.0, y + size, BULLET, "regular", size, color))
        y += lines.height
    return y, items


# ---- one-line texts with emphasis (titles, names, labels, options)

def inline(text: str, face: str, size: float, metrics: Metrics) -> tuple[float, list[tuple[float, str, str]]]:
    """A one-line text's width and its runs (x from its start, text, face): emphasis read, never
    hyphenated, a newline read as a space."""
    runs, x = [], 0.0
    for part, f in emphasis(normalise(text.replace("\n", " ")), face):
        runs.append((x, part, f))
        x += metrics.width(part, f, size)
    return x, runs


def inline_width(text: str, face: str, size: float, metrics: Metrics) -> float:
    return inline(text, face, size, metrics)[0]


def inline_items(text: str, x: float, baseline: float, face: str, size: float, color: str, metrics: Metrics,
                 align: str = "left") -> list[Text]:
    """A one-line text as runs, starting at `x` (its end with 'right', its centre with 'center')."""
    width, runs = inline(text, face, size, metrics)
    start = x - {"right": width, "center": width / 2}.get(align, 0.0)
    return [Text(start + dx, baseline, part, f, size, color) for dx, part, f in runs]


def plain(text: str) -> str:
    """The text as printed without its marks (for tooltips and messages)."""
    return "".join(part for part, _ in emphasis(text))
