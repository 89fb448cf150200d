"""The contents pages of a bundle as numbers: which lines go on which page."""
from __future__ import annotations


def contents_pages(levels: list[int], per_page: int) -> list[tuple[int, int]]:
    """Split contents lines (level 0 = section heading, 1 = entry) into pages of at most `per_page`
    lines, as (start, end) ranges; a heading never ends a page, it moves on with its first entry."""
    pages, start = [], 0
    while start < len(levels):
        end = min(start + per_page, len(levels))
        if end < len(levels) and levels[end - 1] == 0 and end - 1 > start:
            end -= 1
        pages.append((start, end))
        start = end
    return pages or [(0, 0)]
