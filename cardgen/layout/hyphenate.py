"""Hyphenation by soft hyphens (Dutch, or English for an English pack), inserted before line breaking.

Soft hyphens (U+00AD) mark where a word may break; the line breaker shows a
hyphen only where it breaks, so long compounds like 'casusinbrengformulier'
wrap cleanly instead of overflowing the box.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pyphen

from .labels import HYPHENATION, text_language

SHY = "\u00ad"
MIN_WORD = 7  # shorter words never need breaking on a card
_WORD = re.compile(r"[^\W\d_]{%d,}" % MIN_WORD)


@lru_cache(maxsize=len(HYPHENATION))
def _dictionary(lang: str = "nl") -> pyphen.Pyphen:
    # no two- or three-letter stubs ("ele-menten"); English (en_GB) keeps the same margins
    return pyphen.Pyphen(lang=HYPHENATION[lang], left=4, right=4)


@lru_cache(maxsize=20_000)
def _word(word: str, lang: str = "nl") -> str:
    return _dictionary(lang).inserted(word, hyphen=SHY)


def hyphenate(text: str, lang: str | None = None) -> str:
    """Insert soft hyphens into every long word, by the rules of `lang` (default: the run's text language,
    nl outside a run); words that already hold one are left alone."""
    if SHY in text:
        return text
    lang = lang or text_language()
    return _WORD.sub(lambda m: _word(m.group(0), lang), text)
