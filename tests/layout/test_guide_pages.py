"""A guide whose template allows two pages, as numbers (no drawing): the fewest pages at the full size,
a heading never left at the foot of a page, "pagina N van M" beside the credit, and what runs over
named when even two pages at the floor are not enough."""
import pytest

from cardgen.errors import Overflow
from cardgen.layout.document import frame_for
from cardgen.layout.guide import plan_guide_pages
from cardgen.layout.plan import Text
from cardgen.render.fonts import FontMetrics
from cardgen.schema.guide import Guide, GuideTemplate

METRICS = FontMetrics()
A4 = frame_for(GuideTemplate(template="guide-2", kind="guide", pages=2))
LINE = "Een zin die de regel vult met woorden over intervisie, over vragen en over leren van elkaar."


def guide(sections: int, items: int = 6):
    return Guide(guide="gids", title="Gids", bron="Test", sections=[
        {"heading": f"Deel {i + 1}", "items": [f"{LINE} ({i + 1}.{j + 1})" for j in range(items)]}
        for i in range(sections)])


def plan(g, most=2, size=10.0, floor=7.0):
    return plan_guide_pages(g, A4, "A4", "#2F5F8A", "#1A1A1A", METRICS, size, floor, most)


def texts(page):
    return [i for i in page.items if isinstance(i, Text)]


def test_a_short_guide_stays_on_one_page_without_a_page_number():
    [page] = plan(guide(2))
    assert not any(t.text.startswith("pagina") for t in texts(page))


def test_a_long_guide_runs_on_at_the_full_size_instead_of_shrinking():
    pages = plan(guide(9))
    assert len(pages) == 2
    body = [t for page in pages for t in texts(page) if t.text.startswith("Een") or t.text.startswith("Deel")]
    assert {t.size for t in body if t.text.startswith("Een")} == {10.0}  # the items at the base size
    assert [t.text for t in texts(pages[0]) if t.text.startswith("pagina")] == ["pagina 1 van 2"]
    assert [t.text for t in texts(pages[1]) if t.text.startswith("pagina")] == ["pagina 2 van 2"]
    # the band and title on both pages; page 1 does not end with a heading; nothing is lost or repeated
    assert all(any(t.text == "Gids" for t in texts(p)) for p in pages)
    first_body = [t for t in texts(pages[0]) if t.y > A4.body_top and not t.text.startswith(("pagina", "Bron"))]
    assert not max(first_body, key=lambda t: t.y).text.startswith("Deel")
    printed = [t.text for p in pages for t in texts(p) if t.text.startswith(("Een", "Deel"))]
    assert len(printed) == 9 * 7 and len(set(printed)) == 9 * 7


def test_one_page_template_keeps_shrinking_to_fit_one_page():
    pages = plan(guide(7), most=1)
    assert len(pages) == 1
    sizes = {t.size for t in texts(pages[0]) if t.text.startswith("Een")}
    assert sizes and max(sizes) < 10.0


def test_too_long_for_two_pages_names_the_section_and_the_pages():
    [overflow] = plan(guide(40))
    assert isinstance(overflow, Overflow)
    assert overflow.field[0] == "sections" and overflow.floor == pytest.approx(7.0)
    assert overflow.hint == "shorten the guide: it must fit 2 A4 pages"
