"""The cheat-sheet's page plan as numbers: positions, sizes and page breaks worked out from the
template values (A4: 15 mm margin, band 24 mm, body from 30 mm, 10 pt down to 7 pt; A5: 10 mm
margin, band 18 mm, body from 24 mm, 9.5 pt down to 8.5 pt on up to two pages)."""
import pytest

from cardgen.errors import Overflow
from cardgen.layout.cheatsheet import carrier, paginate, plan_cheatsheet, sheet, Stop
from cardgen.layout.document import CREDIT_HINT, Laid
from cardgen.layout.plan import Rect, Rule, Text
from cardgen.layout.units import MM
from cardgen.render.fonts import FontMetrics
from cardgen.schema.method import CheatsheetTemplate, Method

ACCENT, INK = "#2F5F8A", "#1A1A1A"
A4 = CheatsheetTemplate(template="cheatsheet", kind="cheatsheet")
A5 = CheatsheetTemplate(template="cheatsheet-a5", kind="cheatsheet", paper="A5", size="9.5pt", min_size="8.5pt",
                        pages=2)
A4_BODY = (297 - 15 - 10 - 30) * MM  # paper - margin - footer - (band + 6 mm): 242 mm


@pytest.fixture(scope="module")
def metrics():
    return FontMetrics()


def method(steps=None, pitfalls=(), **more) -> Method:
    steps = steps or [{"name": "Een", "what": "Kort.", "duration": 5},
                      {"name": "Twee", "what": "Kort.", "duration": "10–20"},
                      {"name": "Drie", "what": "Kort.", "duration": 10}]
    data = {"method": "m", "name": "Proef", "goal": "Kort doel.", "when": "Altijd.", "steps": steps,
            "pitfalls": list(pitfalls), "bron": "Eigen werk", **more}
    return Method(**data)


def text(page, value: str) -> Text:
    return next(t for t in page.items if isinstance(t, Text) and t.text == value)


def plan(m, template, metrics):
    pages = plan_cheatsheet(m, template, ACCENT, INK, metrics)
    assert not isinstance(pages, Overflow), pages
    return pages


def test_a4_body_starts_under_the_band_at_the_template_size(metrics):
    [page] = plan(method(), A4, metrics)
    assert (page.width, page.height) == pytest.approx((210 * MM, 297 * MM))
    band = page.items[0]
    assert (band.x, band.y, band.width, band.height) == pytest.approx((0, 0, 210 * MM, 24 * MM))
    assert band.fill == ACCENT
    doel = text(page, "Doel")
    assert (doel.x, doel.y, doel.size, doel.face) == (pytest.approx(15 * MM), pytest.approx(30 * MM + 10), 10, "bold")
    # Doel: one line of 10 pt x 1.3 and 0.35 x 10 pt after it.
    assert text(page, "Wanneer").y == pytest.approx(30 * MM + 16.5 + 10)
    # The heading (12.5 pt) after Wanneer's 3.5 pt and its own 0.6 x 12.5 pt before.
    heading = text(page, "Stappen")
    assert (heading.y, heading.size, heading.color) == (pytest.approx(30 * MM + 33 + 7.5 + 12.5), 12.5, ACCENT)


def test_timeline_rows_discs_and_bars(metrics):
    [page] = plan(method(), A4, metrics)
    row = 30 * MM + 33 + 7.5 + 15 + 3.75  # under the heading: 12.5 x 1.2 tall, 0.3 x 12.5 after
    discs = [r for r in page.items if isinstance(r, Rect) and r.radius]
    assert [(d.x, d.width, d.radius) for d in discs] == [pytest.approx((15.4 * MM, 7.2 * MM, 3.6 * MM))] * 3
    # Each row holds a name and a 'what' line (13 + 1.5 and 13 + 3.5 pt = 10.9 mm): the row is its
    # 12 mm minimum plus 2.5 mm.
    assert [d.y for d in discs] == pytest.approx([row + 0.4 * MM + i * 14.5 * MM for i in range(3)])
    assert text(page, "1").x == pytest.approx(19 * MM) and text(page, "1").y == pytest.approx(row + 5.2 * MM)
    assert text(page, "Een").x == pytest.approx(45 * MM) and text(page, "Een").y == pytest.approx(row + 10)
    assert text(page, "Twee").y == pytest.approx(row + 14.5 * MM + 10)
    label = text(page, "10–20 min")
    assert (label.x, label.size) == (pytest.approx(24.5 * MM), 10)
    # 5, 10–20 (its midpoint 15) and 10 minutes of 30: a sixth, a half and a third of 26 mm.
    bars = [r for r in page.items if isinstance(r, Rect) and r.height == pytest.approx(2.2 * MM)]
    tracks, shares = bars[0::2], bars[1::2]
    assert [t.width for t in tracks] == pytest.approx([26 * MM] * 3)
    assert [s.width for s in shares] == pytest.approx([26 * MM / 6, 13 * MM, 26 * MM / 3])
    assert [s.y for s in shares] == pytest.approx([row + 8.3 * MM + i * 14.5 * MM for i in range(3)])
    assert all(s.fill == ACCENT for s in shares)


def test_without_durations_a_narrow_number_column_and_no_bars(metrics):
    steps = [{"name": "Een", "what": "Kort."}, {"name": "Twee", "what": "Kort."}]
    [page] = plan(method(steps), A4, metrics)
    row = 30 * MM + 33 + 7.5 + 15 + 3.75
    assert text(page, "Een").x == pytest.approx(25 * MM)
    # The row is its text (31 pt, over the 8 mm minimum) plus 2.5 mm.
    assert text(page, "Twee").y == pytest.approx(row + 31 + 2.5 * MM + 10)
    assert not [r for r in page.items if isinstance(r, Rect) and r.height == pytest.approx(2.2 * MM)]
    assert not [t for t in page.items if isinstance(t, Text) and t.text.endswith("min")]


def test_a4_shrinks_to_the_largest_size_that_fits(metrics):
    # Every line is one line; at size s the body is s x (Doel 1.65 + Wanneer 1.65 + heading 2.625 +
    # row 3.1 + heading 2.625 + 1.5 per pitfall - 0.2 after the last) + the row's 2.5 mm.
    steps = [{"name": "Een", "what": "Kort."}]
    for n, size in ((30, 10.0), (38, 9.75)):
        k = 1.65 + 1.65 + 2.625 + 3.1 + 2.625 + 1.5 * n - 0.2
        assert (10 * k + 2.5 * MM <= A4_BODY) == (size == 10.0)
        assert 9.75 * k + 2.5 * MM <= A4_BODY
        [page] = plan(method(steps, [f"Valkuil {i}." for i in range(n)]), A4, metrics)
        assert text(page, "Doel").size == size
        assert text(page, f"Valkuil {n - 1}.").y <= 30 * MM + A4_BODY


def test_a4_runs_over_is_one_overflow_naming_method_paper_and_section(metrics):
    steps = [{"name": "Een", "what": "Kort."}]
    result = plan_cheatsheet(method(steps, [f"Valkuil {i}." for i in range(100)]), A4, ACCENT, INK, metrics)
    assert isinstance(result, Overflow)
    assert (result.item, result.field, result.what, result.too_wide, result.floor) == (
        "method 'm' (A4)", ("pitfalls",), "section 'valkuilen'", False, 7.0)
    # Everything at 7 pt (the row at its 8 mm minimum + 2.5 mm) less the 242 mm body.
    total = 7 * (1.65 + 1.65 + 2.625 + 2.625 + 1.5 * 100 - 0.2) + 10.5 * MM
    assert result.excess == pytest.approx(total - A4_BODY)
    assert result.message().startswith("method 'm' (A4): section 'valkuilen' runs over by ")
    assert result.hint == "shorten it (template 'cheatsheet' allows one page)"


def test_a_word_too_wide_points_at_its_item(metrics):
    url = "https://example.org/" + "a1" * 150
    result = plan_cheatsheet(method(pitfalls=["Kort.", url]), A4, ACCENT, INK, metrics)
    assert isinstance(result, Overflow) and result.too_wide and result.field == ("pitfalls", 1)


def test_a_credit_too_long_is_the_footer_overflow(metrics):
    result = plan_cheatsheet(method(bron="lang " * 200), A4, ACCENT, INK, metrics)
    assert isinstance(result, Overflow) and result.field == ("bron",) and result.hint == CREDIT_HINT


def test_a5_is_laid_out_for_a5(metrics):
    [page] = plan(method(), A5, metrics)
    assert (page.width, page.height) == pytest.approx((148 * MM, 210 * MM))
    band = page.items[0]
    assert (band.width, band.height) == pytest.approx((148 * MM, 18 * MM))
    doel = text(page, "Doel")
    assert (doel.x, doel.y, doel.size) == (pytest.approx(10 * MM), pytest.approx(24 * MM + 9.5), 9.5)


def test_a5_runs_on_to_a_second_page_at_the_template_size(metrics):
    # 40 one-line pitfalls: 40 x 1.5 x 8.5 pt = 180 mm alone, more than an A5 body (168 mm) at the
    # floor; on two pages they fit at 9.5 pt.
    pages = plan(method(pitfalls=[f"Valkuil {i}." for i in range(40)]), A5, metrics)
    assert len(pages) == 2
    body = [t for p in pages for t in p.items if isinstance(t, Text) and 18 * MM < t.y < 190 * MM]
    assert {t.size for t in body if t.color == INK and t.face == "regular"} == {9.5}
    assert text(pages[0], "pagina 1 van 2") and text(pages[1], "pagina 2 van 2")
    # The second page starts at the body's top, without the space before its first block.
    first = min((t for t in pages[1].items if isinstance(t, Text) and 18 * MM < t.y < 190 * MM), key=lambda t: t.y)
    assert first.y == pytest.approx(24 * MM + 9.5)


def test_a_heading_never_ends_a_page():
    blocks = [("a", Laid(60), False), ("h", Laid(20, before=5), True), ("b", Laid(30), False)]
    assert paginate(blocks, 100, 2) == [[(0, 0.0)], [(1, 0.0), (2, 20.0)]]
    # On one page only: b is where it stops, 65 + 20 + 30 - 100 = 15 points over.
    assert paginate(blocks, 100, 1) == Stop(2, 15.0)


def test_the_sheet_centres_two_a5_pages_on_a4_landscape(metrics):
    [page] = plan(method(), A5, metrics)
    out = sheet([page])
    assert (out.width, out.height) == pytest.approx((297 * MM, 210 * MM))
    doel = [t for t in out.items if isinstance(t, Text) and t.text == "Doel"]
    assert [t.x for t in doel] == pytest.approx([10.5 * MM, 158.5 * MM])
    cut = [r for r in out.items if isinstance(r, Rule)][-1]
    assert (cut.x1, cut.x2, cut.y1, cut.y2, cut.dash) == (pytest.approx(148.5 * MM), pytest.approx(148.5 * MM), 0,
                                                         pytest.approx(210 * MM), (3, 2))
    # Half-letter pages go on Letter; a size no standard paper holds is its own sheet.
    assert carrier(2 * 139.7 * MM, 215.9 * MM) == pytest.approx((279.4 * MM, 215.9 * MM))
    assert carrier(500 * MM, 100 * MM) == (500 * MM, 100 * MM)
