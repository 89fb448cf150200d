"""Characters the build cannot draw, found before anything is drawn.

The layout stage measures every text it will draw through the metrics, which note each character the
font has no glyph for (it would print as an empty box). After an item is planned, `unprintable` names
those characters and right-to-left letters (cardgen sets text left to right only, so Hebrew or Arabic
would print in the wrong order even in a font that has them), each located at the first content field
that holds it: the item, the field, the character with its U+ code point, and the font.
"""
from __future__ import annotations

import unicodedata
from typing import Any, Iterator

from ..messages import joined, msg

RIGHT_TO_LEFT = ("R", "AL")
MAX_SHOWN = 5  # characters named in one message


def code(char: str) -> str:
    """'你' -> "'你' (U+4F60 CJK UNIFIED IDEOGRAPH-4F60)"."""
    name = unicodedata.name(char, "")
    shown = char if char.isprintable() else ""
    return f"{repr(shown) + ' ' if shown else ''}(U+{ord(char):04X}{' ' + name if name else ''})"


def right_to_left(text: str) -> list[str]:
    """The right-to-left letters in `text`, in order, each once."""
    return list(dict.fromkeys(c for c in text if unicodedata.bidirectional(c) in RIGHT_TO_LEFT))


def strings(data: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every text value in `data` (keys are not printed) with its path, depth first, in order."""
    stack = [(path, data)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, str):
            yield here, node
        elif isinstance(node, dict):
            stack.extend(reversed([(here + (k,), v) for k, v in node.items()]))
        elif isinstance(node, list):
            stack.extend(reversed([(here + (i,), v) for i, v in enumerate(node)]))


def unprintable(missing: dict[str, str], sources: list[Any], item: str) -> list[tuple[Any, tuple, str]]:
    """(source, field path, message) for each content field that holds characters the build cannot draw.

    `missing` maps characters to the font that lacks them (from the metrics); right-to-left letters are
    found in the first source's text. Each character is located at the first field of the first source
    (the item's own file, then e.g. the brand) that holds it; one message per field."""
    by_field: dict[tuple[int, tuple], dict[str, str]] = {}
    rtl: dict[str, str] = {}
    if sources:
        for _, text in strings(sources[0].data):
            rtl.update((c, "") for c in right_to_left(text))
    wanted = {**missing, **rtl}
    left = set(wanted)
    for i, source in enumerate(sources):  # one pass over the text, however many characters are wanted
        for path, text in strings(source.data):
            if not left:
                break
            found = sorted(left.intersection(text), key=text.index)  # in the order they are written
            if found:
                by_field[(i, path)] = {char: wanted[char] for char in found}
                left.difference_update(found)
    unplaced = {char: wanted[char] for char in wanted if char in left}
    out = []
    for (i, path), chars in by_field.items():
        out.append((sources[i], path, _message(chars, item)))
    if unplaced and sources:
        out.append((sources[0], (), _message(unplaced, item)))
    return out


def unprintable_values(missing: dict[str, str], values: dict[str, Any], item: str) -> list[tuple[str, str]]:
    """(key, message) for each value of a row (a participant from a list, not a YAML file) that holds
    characters the build cannot draw: those in `missing` and right-to-left letters."""
    out = []
    for key, value in values.items():
        if not isinstance(value, str):
            continue
        chars = {c: missing[c] for c in dict.fromkeys(value) if c in missing}
        chars.update((c, "") for c in right_to_left(value))
        if chars:
            out.append((key, _message(chars, item)))
    return out


def _message(chars: dict[str, str], item: str) -> str:
    """One field's characters: those that are right to left, then those missing from a font."""
    parts = []
    rtl = [c for c, font in chars.items() if not font]
    if rtl:
        parts.append(msg("{chars} is right-to-left text, which cardgen cannot set (it sets text left to right only)",
                         chars=_listed(rtl)) if len(rtl) == 1 else
                     msg("{chars} are right-to-left text, which cardgen cannot set (it sets text left to right only)",
                         chars=_listed(rtl)))
    fonts: dict[str, list[str]] = {}
    for char, font in chars.items():
        if font:
            fonts.setdefault(font, []).append(char)
    for font, found in fonts.items():
        parts.append(msg("{chars} is not in the font {font} and would print as an empty box", chars=_listed(found),
                         font=font) if len(found) == 1 else
                     msg("{chars} are not in the font {font} and would print as empty boxes", chars=_listed(found),
                         font=font))
    if len(chars) == 1:
        advice = msg("remove it or give the brand a font that has it") if fonts else msg("remove it")
    else:
        advice = msg("remove them or give the brand a font that has them") if fonts else msg("remove them")
    return msg("{item}: {problems}; {advice}", item=item, problems=joined(parts, "; "), advice=advice)


def _listed(chars: list[str]) -> str:
    shown = ", ".join(code(c) for c in chars[:MAX_SHOWN])
    more = len(chars) - MAX_SHOWN
    return msg("{shown} and {more} more", shown=shown, more=more) if more > 0 else shown
