"""Text set in lines: measured through font metrics, broken at spaces and (Dutch) soft hyphens,
shrunk in steps down to a floor.

Nothing here draws. `Metrics` is the one measuring interface (the render stage's
fonts provide it); a paragraph is a list of `Span`s (text in a face); `set_lines`
breaks it greedily into `Line`s no wider than the measure, showing a hyphen only
where a word breaks. A word wider than the measure does not fit: None, never a
line running out of its box.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Protocol

from .hyphenate import SHY, hyphenate
from .plan import Text

STEP = 0.5  # points per shrink step
_TOKEN = re.compile(r"\n| +|[^ \n]+")


class Metrics(Protocol):
    def width(self, text: str, face: str, size: float) -> float:
        """The advance width of `text` in `face` at `size` points."""


@dataclass(frozen=True)
class Span:
    text: str
    face: str = "regular"
    color: str | None = None  # None: the paragraph's colour


@dataclass(frozen=True)
class Run:
    text: str
    face: str
    x: float  # from the line's start
    color: str | None = None


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float


@dataclass(frozen=True)
class Lines:
    """A paragraph set at `size`: its lines and line height."""

    lines: tuple[Line, ...]
    size: float
    leading: float  # points from baseline to baseline

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading

    @property
    def widest(self) -> float:
        return max((line.width for line in self.lines), default=0.0)


Piece = tuple[str, str, "str | None"]  # text, face, colour


def spans(text: str, face: str = "regular", hyphens: bool = True) -> list[Span]:
    """Plain content text as one span, hyphenated (Dutch) unless `hyphens` is off."""
    return [Span(hyphenate(text) if hyphens else text, face)]


def _words(paragraph: Iterable[Span]) -> list[list[Piece] | str]:
    """Words (lists of pieces: a word may change face, '**vet**,'), and '\n' for a forced break."""
    out: list[list[Piece] | str] = []
    joined = False  # the last token was a word that the next piece continues
    for span in paragraph:
        for token in _TOKEN.findall(span.text):
            if token == "\n":
                out.append("\n")
                joined = False
            elif token.startswith(" "):
                joined = False
            else:
                if joined and out and isinstance(out[-1], list):
                    out[-1].append((token, span.face, span.color))
                else:
                    out.append([(token, span.face, span.color)])
                joined = True
    return out


def _width(pieces: list[Piece], size: float, metrics: Metrics) -> float:
    return sum(metrics.width(t.replace(SHY, ""), f, size) for t, f, _ in pieces)


def _split(pieces: list[Piece], at: int) -> tuple[list[Piece], list[Piece]]:
    """The word cut at character `at` of its joined text: the head ends in a visible hyphen."""
    head, tail, seen = [], [], 0
    for text, face, color in pieces:
        if seen + len(text) <= at:
            head.append((text, face, color))
        elif seen >= at:
            tail.append((text, face, color))
        else:
            head.append((text[:at - seen], face, color))
            tail.append((text[at - seen:], face, color))
        seen += len(text)
    text, face, color = head[-1]
    head[-1] = (text.rstrip(SHY) + "-", face, color)
    tail[0] = (tail[0][0].lstrip(SHY), tail[0][1], tail[0][2])
    return head, tail


def _hyphen_points(pieces: list[Piece]) -> list[int]:
    joined = "".join(t for t, _, _ in pieces)
    return [i for i, ch in enumerate(joined) if ch == SHY and i > 0]


def _fit_head(pieces: list[Piece], room: float, size: float, metrics: Metrics):
    """The longest hyphenated head of the word that fits `room`, and the rest; None if none does."""
    for at in reversed(_hyphen_points(pieces)):
        head, tail = _split(pieces, at)
        if _width(head, size, metrics) <= room + 1e-6:
            return head, tail
    return None


def set_lines(paragraph: Iterable[Span], width: float, size: float, metrics: Metrics,
              leading: float = 1.25) -> Lines | None:
    """Break the paragraph into lines no wider than `width` at `size`; None when a word is too wide."""
    lines: list[Line] = []
    current: list[tuple[list[Piece], float]] = []  # words of the line with the space before each
    used = 0.0

    def finish() -> None:
        nonlocal current, used
        lines.append(_line(current, size, metrics))
        current, used = [], 0.0

    for word in _words(paragraph):
        if word == "\n":
            finish()
            continue
        while True:
            w = _width(word, size, metrics)
            # the space is drawn at the start of the next word's run, so it is measured in that face
            space = metrics.width(" ", word[0][1], size) if current else 0.0
            if used + space + w <= width + 1e-6:
                current.append((word, space))
                used += space + w
                break
            head = _fit_head(word, width - used - space, size, metrics)
            if head is not None:
                current.append((head[0], space))
                finish()
                word = head[1]
                continue
            if not current:
                return None  # not even the shortest head of this word fits an empty line
            finish()
    if current or not lines:
        finish()
    return Lines(tuple(lines), size, size * leading)


def _line(words: list[tuple[list[Piece], float]], size: float, metrics: Metrics) -> Line:
    """Merge the words into runs of one face and colour, with their x offsets."""
    runs: list[Run] = []
    x = 0.0
    for pieces, space in words:
        for i, (text, face, color) in enumerate(pieces):
            text = text.replace(SHY, "")
            lead = " " if (i == 0 and space) else ""
            if runs and runs[-1].face == face and runs[-1].color == color:
                last = runs[-1]
                runs[-1] = Run(last.text + lead + text, face, last.x, color)
            else:  # a run after a space starts with it, so the words stay apart when the text is read back
                runs.append(Run(lead + text, face, x, color))
            x += (space if lead else 0.0) + metrics.width(text, face, size)
    return Line(tuple(runs), x)


def place(lines: Lines, x: float, top: float, width: float, color: str, align: str = "left") -> list[Text]:
    """The lines as text runs in a box `width` wide whose top is at `top` (first baseline one size down)."""
    out = []
    for i, line in enumerate(lines.lines):
        baseline = top + lines.size + i * lines.leading
        shift = {"center": (width - line.width) / 2, "right": width - line.width}.get(align, 0.0)
        for run in line.runs:
            out.append(Text(x + shift + run.x, baseline, run.text, run.face, lines.size, run.color or color))
    return out


@dataclass(frozen=True)
class Fitted:
    """Paragraphs set at the one size at which all fit their box."""

    paragraphs: tuple[Lines, ...]
    gap: float  # space between paragraphs
    size: float

    @property
    def height(self) -> float:
        return sum(p.height for p in self.paragraphs) + self.gap * max(0, len(self.paragraphs) - 1)


@dataclass(frozen=True)
class Miss:
    """Why paragraphs did not fit at the floor: too tall by `excess` points, or a word too wide."""

    excess: float
    too_wide: bool
    floor: float


def sizes(size: float, floor: float | None, step: float = STEP) -> list[float]:
    """Sizes from `size` down to `floor` (inclusive) in `step`s."""
    floor = size if floor is None else floor
    out, s = [], size
    while s >= floor - 1e-9:
        out.append(round(s, 3))
        s = round(s - step, 3)
    return out


def fit_paragraphs(paragraphs: list[list[Span]], width: float, height: float, metrics: Metrics,
                   size: float, floor: float | None, leading: float = 1.25,
                   gap: float = 0.5) -> Fitted | Miss:
    """The largest size from `size` to `floor` at which every paragraph fits the box; `gap` is the
    space between paragraphs in lines. When none does: how it failed at the floor."""
    miss = Miss(0.0, False, size if floor is None else floor)
    for s in sizes(size, floor):
        set_ = []
        for para in paragraphs:
            lines = set_lines(para, width, s, metrics, leading)
            if lines is None:
                miss = Miss(0.0, True, s)
                break
            set_.append(lines)
        else:
            fitted = Fitted(tuple(set_), s * leading * gap, s)
            if fitted.height <= height + 0.01:
                return fitted
            miss = Miss(fitted.height - height, False, s)
    return miss


def place_fitted(fitted: Fitted, x: float, top: float, width: float, height: float, color: str,
                 align: str = "left", valign: str = "top") -> list[Text]:
    """The fitted paragraphs in the box (x, top, width, height), aligned as the style says."""
    slack = height - fitted.height
    y = top + {"top": 0.0, "middle": slack / 2, "bottom": slack}[valign]
    out = []
    for para in fitted.paragraphs:
        out.extend(place(para, x, y, width, color, align))
        y += para.height + fitted.gap
    return out
