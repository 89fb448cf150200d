"""No page of the default pack is more than 40 % empty below its content, unless it is the last page
of a multi-page item ("pagina 2 van 2"): read back with PDFium from the built PDFs (tests/pdfread.py: the
characters' boxes, and the geometry of every path drawn).

Every document page (agendas, forms, guides, cheat-sheets, schedules; the decks' sheets and print
files have rules of their own) has a colour band at the top and a footer: a full-width rule with the
credit ("Bron: …") under it. The body runs from the band's foot to that rule; its lowest ink is the
largest `bottom` of the characters, lines, rectangles and curves between the two. The empty share is
(rule − lowest ink) / (rule − band's foot). An A5 cheat-sheet file is a sheet of two A5 pages side by
side: each half is measured as a page. The certificate is one composed page (a border, no band or
body flow) and is not measured."""
from __future__ import annotations

import re

import pytest

from ..pdfread import read_pages, words

LIMIT = 0.40
MEASURED = ("agendas", "forms", "guides", "methods", "schedules")


def halves(path, page) -> list[tuple[str, float, float]]:
    """The pages on a PDF page: the two A5 halves of a cheat-sheet sheet, else the page itself."""
    if path.name.endswith("-a5.pdf"):
        w = page.width
        return [("links", 0.0, w / 2), ("rechts", w / 2, w)]
    return [("", 0.0, page.width)]


def measure(page, x0: float, x1: float) -> tuple[float, str]:
    """(empty share of the body, the page label in the footer) of the page between x0 and x1."""
    chars = [c for c in page.chars if c["x0"] >= x0 - 1 and c["x1"] <= x1 + 1]
    paths = [p for p in page.shapes if p["x0"] >= x0 - 1 and p["x1"] <= x1 + 1]
    width = x1 - x0
    rules = [p for p in paths if p["bottom"] - p["top"] < 0.1 and p["x1"] - p["x0"] > 0.75 * width]
    assert rules, "no footer rule"
    rule = max(p["top"] for p in rules)  # the footer's rule is the lowest full-width line
    foot = "".join(c["text"] for c in chars if c["top"] > rule)
    assert "Bron:" in foot, f"no credit under the lowest rule: {foot[:40]!r}"
    bands = [p for p in paths if p["top"] < 1 and p["bottom"] > 1 and p["x1"] - p["x0"] > 0.9 * width]
    assert bands, "no header band"
    band = max(p["bottom"] for p in bands)
    ink = [o["bottom"] for o in chars + paths if o["top"] > band + 0.5 and o["bottom"] < rule - 0.5]
    lowest = max(ink, default=band)
    label = re.search(r"pagina (\d+) van (\d+)", foot)
    return (rule - lowest) / (rule - band), label.group(0) if label else ""


def pages(default_build):
    for folder in MEASURED:
        for path in sorted((default_build / folder).glob("*.pdf")):
            for number, page in enumerate(read_pages(path, shapes=True), 1):
                for side, x0, x1 in halves(path, page):
                    where = f"{folder}/{path.name} page {number}" + (f" ({side})" if side else "")
                    yield where, page, x0, x1


def test_no_page_of_the_default_pack_is_more_than_40_percent_empty(default_build):
    measured, over = 0, []
    for where, page, x0, x1 in pages(default_build):
        share, label = measure(page, x0, x1)
        measured += 1
        numbers = re.findall(r"\d+", label)
        if numbers and numbers[0] == numbers[1] != "1":
            continue  # the last page of a multi-page item may end where its content ends
        if share > LIMIT:
            over.append(f"{where}: {share:.0%} of the body empty below the content")
    assert measured >= 60, f"only {measured} pages measured"  # 5 agendas, 16 forms, 5 guides, 12 x 3 methods…
    assert not over, "pages more than 40 % empty:\n" + "\n".join(over)


@pytest.mark.parametrize("name", ["intercollegiale-bevraging-45", "voorbeeldagenda"])
def test_a_short_agenda_fills_its_page(default_build, name):
    """The two agendas that were half empty (54 % and 48 %): the programme now reaches the footer,
    its rows sharing the room, at least the template's 10.5 pt."""
    path = default_build / "agendas" / f"{name}.pdf"
    page = read_pages(path, fonts=True, shapes=True)[0]
    share, _ = measure(page, 0, page.width)
    assert share < 0.15, f"agendas/{name}.pdf page 1: {share:.0%} empty"
    # the block's clock times ("+5 min", or "19:30–19:35" with a start) stay at the template's size
    times = [w for w in words(page.chars, ("size",)) if re.fullmatch(r"\+\d+|\d\d:\d\d.*", w["text"])]
    assert times and min(w["size"] for w in times) == pytest.approx(10.5)
