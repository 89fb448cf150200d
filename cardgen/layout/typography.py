"""Dutch typographic normalisation of content text, applied once before line breaking.

Content is written as people type; what is printed follows one set of rules:

- quotes: straight and low-9 double quotes become “…”, straight single quotes ‘…’, an apostrophe
  inside or at the end of a word ’ ("zo’n", "auto's" -> "auto’s");
- three dots become one ellipsis character … (U+2026);
- no-break spaces (U+00A0) where a line must not break: between a number and the word or unit after
  it ("45 minuten", "4 mm", "10 %"), after "§", "nr." and "p.", between a month and its year
  ("3 december 2026"), and a range of numbers loses the spaces around its dash and takes an en dash
  ("4 - 8", "4 – 8" -> "4–8").

Inline emphasis is read here too: `**vet**` is bold, `*cursief*` italic, and `\\*` a literal asterisk.
"""
from __future__ import annotations

import re

from .labels import TABLES, text_language

NBSP = "\u00a0"
ELLIPSIS = "\u2026"
MONTHS = TABLES["nl"]["months"]

_RANGE = re.compile(r"(?<=\d) ?[-–] ?(?=\d)")
_NUMBER_WORD = re.compile(r"(?<=\d) (?=[^\W\d_]|%|‰|°)")
_BEFORE_NUMBER = re.compile(r"(§|\bnr\.|\bp\.|\bblz\.) ?(?=\d)")
_MONTH_YEAR = re.compile(r"\b(%s) (?=\d{4}\b)" % "|".join(MONTHS), re.IGNORECASE)
_MONTH_YEAR_IN = {"nl": _MONTH_YEAR, "en": re.compile(r"\b(%s) (?=\d{4}\b)" % "|".join(TABLES["en"]["months"]))}
_ELLIPSIS = re.compile(r"\.\.\.|\. \. \.")
_APOSTROPHE = re.compile(r"(?<=[^\W_])'(?=[^\W_])|(?<=[^\W_]s)'(?=\s|$)|'(?=(s|t|n|k)\b)")
_EMPHASIS = re.compile(r"(?<!\\)(\*\*|\*)(?=\S)(.+?)(?<=\S)(?<!\\)\1")


def _quotes(text: str, straight: str, opening: str, closing: str) -> str:
    """Straight quotes as opening or closing by what stands before them."""
    out = []
    for i, ch in enumerate(text):
        if ch == straight:
            before = text[i - 1] if i else " "
            out.append(opening if before.isspace() or before in "([{–—-/" + NBSP else closing)
        else:
            out.append(ch)
    return "".join(out)


def normalise(text: str) -> str:
    """The text with one set of quotes, real ellipses and no-break spaces (see the module)."""
    if not text:
        return text
    text = _ELLIPSIS.sub(ELLIPSIS, text)
    text = text.replace("„", "“").replace("‚", "‘")
    text = _APOSTROPHE.sub("’", text)
    text = _quotes(text, '"', "“", "”")
    text = _quotes(text, "'", "‘", "’")
    text = _RANGE.sub("–", text)
    text = _NUMBER_WORD.sub(NBSP, text)
    text = _BEFORE_NUMBER.sub(lambda m: m.group(1) + NBSP, text)
    text = _MONTH_YEAR_IN[text_language()].sub(lambda m: m.group(1) + NBSP, text)  # the run's language
    return text


def emphasis(text: str, face: str = "regular") -> list[tuple[str, str]]:
    """The text cut into (text, face) parts at `**bold**` and `*italic*` marks; `\\*` is a literal
    asterisk. Emphasis adds to the face: italic text with bold marks is bold-italic."""
    out: list[tuple[str, str]] = []
    at = 0
    for m in _EMPHASIS.finditer(text):
        if m.start() > at:
            out.append((text[at:m.start()], face))
        out.append((m.group(2), _add(face, "bold" if m.group(1) == "**" else "italic")))
        at = m.end()
    if at < len(text):
        out.append((text[at:], face))
    return [(part.replace("\\*", "*"), f) for part, f in out if part]


def _add(face: str, extra: str) -> str:
    bold = "bold" in face or extra == "bold"
    italic = "italic" in face or extra == "italic"
    return {(False, False): "regular", (True, False): "bold", (False, True): "italic"}.get((bold, italic),
                                                                                             "bold-italic")
