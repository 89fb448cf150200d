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
from .typography import emphasis, normalise
from .plan import Text
from .sizes import first_fit, sizes  # noqa: F401  (sizes: the page layouts import it from here)

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
    end: bool = False  # the last line of a paragraph or before a forced break (never justified)


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
    """Content text as spans: normalised (typography), `**bold**` and `*italic*` as their faces, and
    hyphenated (Dutch) unless `hyphens` is off (titles, headings, names)."""
    return [Span(hyphenate(part) if hyphens else part, f) for part, f in emphasis(normalise(text), face)]


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


def _slice(pieces: list[Piece], start: int, stop: int | None) -> list[Piece]:
    """Characters [start, stop) of the word's joined text; a cut at a soft hyphen (stop set) shows a
    hyphen, and the tail after it starts without the soft hyphen."""
    out, seen = [], 0
    for text, face, color in pieces:
        a, b = max(start - seen, 0), len(text) if stop is None else min(stop - seen, len(text))
        if a < b:
            out.append((text[a:b], face, color))
        seen += len(text)
    if out and start > 0:
        out[0] = (out[0][0].lstrip(SHY), out[0][1], out[0][2])
    if out and stop is not None:
        out[-1] = (out[-1][0].rstrip(SHY) + "-", out[-1][1], out[-1][2])
    return [p for p in out if p[0]]


def _hyphen_points(pieces: list[Piece]) -> list[int]:
    """Soft hyphens that leave at least MIN_PART letters on each side."""
    joined = "".join(t for t, _, _ in pieces)
    letters = len(joined) - joined.count(SHY)
    out, before = [], 0
    for i, ch in enumerate(joined):
        if ch == SHY:
            if MIN_PART <= before <= letters - MIN_PART:
                out.append(i)
        else:
            before += 1
    return out


# Knuth-Plass weights. A line's badness is 100 x its squared shortfall as a share of the measure (ragged
# text); each line costs LINE first, so the fewest lines win and badness only chooses among them.
LINE = 10_000.0
HYPHEN = 120.0  # a line ending in a hyphen
HYPHENS_IN_A_ROW = 300.0  # a second hyphenated line right after one
LONE_WORD = 60.0  # a last line of one short word (fewer than LONE_LETTERS letters)
LONE_LETTERS = 9
MIN_PART = 3  # letters before and after a hyphenated break


def set_lines(paragraph: Iterable[Span], width: float, size: float, metrics: Metrics,
              leading: float = 1.25, hyphens: bool = True) -> Lines | None:
    """Break the paragraph into the fewest lines no wider than `width` at `size`, balanced (total fit,
    see `_breaks`); None when a word is too wide. `hyphens` off: soft hyphens are used only in a word
    that does not fit a line on its own."""
    lines: list[Line] = []
    segment: list[list[Piece]] = []
    tokens = _words(paragraph)
    if len(tokens) > 1 and tokens[-1] == "\n":
        tokens.pop()  # a final break adds no empty line
    for word in tokens + ["\n"]:
        if word != "\n":
            segment.append(word)
            continue
        got = _breaks(segment, width, size, metrics, hyphens)
        if got is None:
            return None
        lines.extend(got)
        segment = []
    return Lines(tuple(lines), size, size * leading)


def _breaks(words: list[list[Piece]], width: float, size: float, metrics: Metrics,
            hyphens: bool) -> list[Line] | None:
    """Knuth-Plass over break points: after each word, and at each soft hyphen leaving 3 letters or more
    on both sides. A dynamic programme over positions (word, character): the best set of lines up to
    each position, trying only the lines that fit the measure behind it (a window, so O(n k))."""
    if not words:
        return [Line((), 0.0, True)]
    room = width + 1e-6
    space = [metrics.width(" ", w[0][1], size) for w in words]
    whole = [_width(w, size, metrics) for w in words]
    # Line widths from prefix sums (a word and the space before it), so trying a line costs O(1) and
    # the pieces of a line are built only for the lines chosen.
    before = [0.0]
    for wi in range(len(words)):
        before.append(before[-1] + space[wi] + whole[wi])

    def content(a: tuple[int, int], b: tuple[int, int]) -> list[tuple[list[Piece], float]]:
        """The words of the line from point a to point b, each with the space before it."""
        out = []
        for wi in range(a[0], (b[0] if b[1] else b[0] - 1) + 1):
            start = a[1] if wi == a[0] else 0
            stop = b[1] if (wi == b[0] and b[1]) else None
            out.append((words[wi] if (start == 0 and stop is None) else _slice(words[wi], start, stop),
                        space[wi] if out else 0.0))
        return out

    if whole[0] + (before[-1] - before[1]) <= room:  # one line holds it all (labels, headings, short texts)
        return [_line(content((0, 0), (len(words), 0)), size, metrics, end=True)]
    points: list[tuple[int, int]] = [(0, 0)]
    for wi, word in enumerate(words):
        if hyphens or whole[wi] > room:
            points.extend((wi, at) for at in _hyphen_points(word))
        points.append((wi + 1, 0))
    parts: dict = {}

    def part(wi: int, start: int, stop: int | None) -> float:
        key = (wi, start, stop)
        if key not in parts:
            parts[key] = _width(_slice(words[wi], start, stop), size, metrics)
        return parts[key]

    # What a line from point k to point j measures: the rest of k's word, the whole words between (prefix
    # sums), and the head of j's word up to its hyphen; the two ends are worked out once per point.
    n, count = len(points), len(words)
    heads = [(part(w, c, None) if c else whole[w]) if w < count else 0.0 for w, c in points]
    tails = [space[w] + part(w, 0, c) if c else 0.0 for w, c in points]
    lone_last = len("".join(t for t, _, _ in words[-1]).replace(SHY, "")) < LONE_LETTERS
    costs = [0.0] * n  # the best cost of lines up to each point, where `back` says it was reached from
    back: list[int | None] = [None] * n
    hyphened = [False] * n  # whether that best line ends in a hyphen
    back[0] = -1
    for k in range(n):
        if back[k] is None:
            continue
        wa, ca = points[k]
        base = costs[k] + LINE
        hyphen_cost = HYPHEN + (HYPHENS_IN_A_ROW if hyphened[k] else 0.0)
        lone = lone_last and k > 0 and ca == 0 and wa == count - 1
        for j in range(k + 1, n):
            wb, cb = points[j]
            if cb and wb == wa:
                used = part(wa, ca, cb)
            else:
                used = heads[k]
                if wb > wa + 1:
                    used += before[wb] - before[wa + 1]
                if cb:
                    used += tails[j]
            if used > room:
                if j == k + 1:
                    return None  # not even the shortest piece fits an empty line
                break
            last = j == n - 1
            cost = base
            if not last:
                cost += 100.0 * ((width - used) / width) ** 2 if width > 0 else 0.0
            if cb:
                cost += hyphen_cost
            if last and lone:
                cost += LONE_WORD
            if back[j] is None or cost < costs[j] - 1e-9:
                costs[j], back[j], hyphened[j] = cost, k, cb > 0
    if back[-1] is None:
        return None
    chain, j = [], n - 1
    while j > 0:
        chain.append(j)
        j = back[j]
    out, start = [], 0
    for j in reversed(chain):
        out.append(_line(content(points[start], points[j]), size, metrics, end=j == n - 1))
        start = j
    return out


def _line(words: list[tuple[list[Piece], float]], size: float, metrics: Metrics, end: bool = False) -> Line:
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
    return Line(tuple(runs), x, end)


def place(lines: Lines, x: float, top: float, width: float, color: str, align: str = "left") -> list[Text]:
    """The lines as text runs in a box `width` wide whose top is at `top` (first baseline one size down)."""
    out = []
    for i, line in enumerate(lines.lines):
        baseline = top + lines.size + i * lines.leading
        shift = {"center": (width - line.width) / 2, "right": width - line.width}.get(align, 0.0)
        for run in line.runs:
            out.append(Text(x + shift + run.x, baseline, run.text, run.face, lines.size, run.color or color))
    return out


BULLET = "\u2022"  # in Lato and in every font that sets Dutch text


@dataclass(frozen=True)
class Fitted:
    """Paragraphs set at the one size at which all fit their box."""

    paragraphs: tuple[Lines, ...]
    gap: float  # space between paragraphs
    size: float
    indents: tuple[float, ...] = ()  # per paragraph, points: a bullet item's hanging indent (0: none)

    @property
    def height(self) -> float:
        return sum(p.height for p in self.paragraphs) + self.gap * max(0, len(self.paragraphs) - 1)


@dataclass(frozen=True)
class Miss:
    """Why paragraphs did not fit at the floor: too tall by `excess` points, or a word too wide."""

    excess: float
    too_wide: bool
    floor: float


def fit_paragraphs(paragraphs: list[list[Span]], width: float, height: float, metrics: Metrics,
                   size: float, floor: float | None, leading: float = 1.25,
                   gap: float = 0.5, grow_to: float | None = None, avoid_hyphens: bool = False,
                   indents: list[float] | None = None) -> Fitted | Miss:
    """The largest size from `grow_to` (or `size`) down to `floor` at which every paragraph fits the box;
    `gap` is the space between paragraphs in lines; `indents` (in sizes, per paragraph) narrow a bullet
    item by its hanging indent. With `avoid_hyphens` every size is tried without hyphenated breaks first,
    and hyphens are used only when nothing fits without them. When none does: how it failed at the floor."""
    indents = list(indents or [])
    top = max(size, grow_to or size)
    candidates = sizes(top, floor if floor is not None else size)
    if not candidates:  # a floor above the size: nothing to try
        return Miss(0.0, False, floor if floor is not None else size)
    miss = Miss(0.0, False, candidates[-1])

    def attempt(s: float, hyphens: bool) -> Fitted | Miss:
        set_, shifts = [], tuple(i * s for i in indents)
        for k, para in enumerate(paragraphs):
            lines = set_lines(para, width - (shifts[k] if k < len(shifts) else 0.0), s, metrics, leading, hyphens)
            if lines is None:
                return Miss(0.0, True, s)
            set_.append(lines)
        fitted = Fitted(tuple(set_), s * leading * gap, s, shifts)
        return fitted if fitted.height <= height + 0.01 else Miss(fitted.height - height, False, s)

    for hyphens in ((False, True) if avoid_hyphens else (True,)):
        misses: dict[int, Miss] = {}

        def fitted(i: int) -> Fitted | None:
            got = attempt(candidates[i], hyphens)
            if isinstance(got, Miss):
                misses[i] = got
                return None
            return got

        best = first_fit(len(candidates), fitted)
        if best is not None:
            return best
        miss = misses[len(candidates) - 1]
    return miss


def place_fitted(fitted: Fitted, x: float, top: float, width: float, height: float, color: str,
                 align: str = "left", valign: str = "top", centre: float = 0.5,
                 aligns: list[str] | None = None) -> list[Text]:
    """The fitted paragraphs in the box (x, top, width, height), aligned as the style says; `centre` is
    the share of the free height above text set 'middle' (below 0.5: the optical centre, a little above
    the geometric one), `aligns` an alignment per paragraph."""
    slack = height - fitted.height
    y = top + {"top": 0.0, "middle": slack * centre, "bottom": slack}[valign]
    out = []
    for i, para in enumerate(fitted.paragraphs):
        indent = fitted.indents[i] if i < len(fitted.indents) else 0.0
        if indent:  # a bullet item: the bullet in the margin, the text set left beside it
            out.append(Text(x, y + para.size, BULLET, "regular", para.size, color))
            out.extend(place(para, x + indent, y, width - indent, color, "left"))
        else:
            out.extend(place(para, x, y, width, color, aligns[i] if aligns else align))
        y += para.height + fitted.gap
    return out
