"""Dutch hyphenation by soft hyphens, inserted before line breaking.

Soft hyphens (U+00AD) mark where a word may break; the line breaker shows a
hyphen only where it breaks, so long compounds like 'casusinbrengformulier'
wrap cleanly instead of overflowing the box.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pyphen

SHY = "\u00ad"
MIN_WORD = 7  # shorter words never need breaking on a card
_WORD = re.compile(r"[^\W\d_]{%d,}" % MIN_WORD)


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="nl_NL", left=4, right=4)  # no two- or three-letter stubs ("ele-menten")


@lru_cache(maxsize=20_000)
def _word(word: str) -> str:
    return _dictionary().inserted(word, hyphen=SHY)


def hyphenate(text: str) -> str:
    """Insert soft hyphens into every long word; words that already hold one are left alone."""
    if SHY in text:
        return text
    return _WORD.sub(lambda m: _word(m.group(0)), text)
