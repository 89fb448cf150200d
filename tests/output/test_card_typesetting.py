"""The default pack's decks as a reader sees them: every card's text lines read back with PDFium
(tests/pdfread.py: the lines in drawing order, each character with its font).

Counts hyphenated line ends across all decks (fewer than 12), and checks that no title or heading line (set
in bold) ends in a hyphen and that no hyphenated break leaves fewer than 3 letters on either side."""
import re

from ..pdfread import lines, read_pages

HYPHENATED = re.compile(r"([^\W\d_]+)-$")
CONTINUED = re.compile(r"^([a-zà-ÿ]+)")


def _lines(pdf_path):
    """(text, bold) per text line of every page."""
    for page in read_pages(pdf_path, fonts=True):
        yield [("".join(c["text"] for c in line).strip(), all("Bold" in c["fontname"] for c in line if c["text"].strip()))
               for line in lines(page)]


def test_the_decks_hardly_hyphenate_and_never_in_titles_or_into_stubs(default_build):
    decks = sorted((default_build / "decks").glob("*-print.pdf"))
    assert len(decks) >= 9
    breaks, stubs, in_titles = [], [], []
    for deck in decks:
        for page in _lines(deck):
            for (text, bold), (after, _) in zip(page, page[1:]):
                head, tail = HYPHENATED.search(text), CONTINUED.match(after)
                if not (head and tail):
                    continue
                breaks.append((deck.name, text, after))
                if bold:
                    in_titles.append((deck.name, text))
                if len(head.group(1)) < 3 or len(tail.group(1)) < 3:
                    stubs.append((deck.name, text, after))
    assert len(breaks) < 12, breaks
    assert in_titles == []
    assert stubs == []
