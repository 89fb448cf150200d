"""A guide's page plan as numbers (no drawing): y is measured from the page's top, downwards.

Expected positions are worked out from the rules: an A4 page has 15 mm margins, a 24 mm band and a
body from 30 mm down to 297 - 15 - 10 mm; headings are 1.25 x the base size with 0.6 size before,
1.2 leading and 0.3 after; text and cells have 1.3 leading; the first baseline is one size below
the top of its block.
"""
import math

import pytest

from cardgen.errors import Overflow
from cardgen.layout.blocks import Cycle, Table, column_widths, ring, term_spans
from cardgen.layout.document import frame_for
from cardgen.layout.guide import plan_guide
from cardgen.layout.plan import Path, Rect, Rule, Text
from cardgen.layout.units import MM
from cardgen.render.fonts import FontMetrics
from cardgen.schema.guide import Guide, GuideTemplate

ACCENT, INK = "#2F5F8A", "#1A1A1A"
METRICS = FontMetrics()
A4 = frame_for(GuideTemplate(template="guide", kind="guide"))
BODY_TOP, BODY_W = 30 * MM, 180 * MM
BODY_H = (297 - 15 - 10) * MM - BODY_TOP
HEADING = 0.6 * 12.5 + 12.5 * 1.2 + 0.3 * 12.5  # a one-line heading at base 10: 26.25 pt


def guide(*sections, intro=None, title="Gids", bron="Test"):
    return Guide(guide="gids", title=title, intro=intro, sections=list(sections), bron=bron)


def plan(g, frame=A4, paper="A4", size=10.0, floor=7.0):
    return plan_guide(g, frame, paper, ACCENT, INK, METRICS, size, floor)


def texts(page):
    return [i for i in page.items if isinstance(i, Text)]


def find(page, text):
    return next(t for t in texts(page) if t.text == text)


def test_header_band_and_title_on_a4():
    page = plan(guide({"heading": "Taken", "text": "Kort."}))
    assert (page.width, page.height) == pytest.approx((210 * MM, 297 * MM))
    assert page.items[0] == Rect(0, 0, 210 * MM, 24 * MM, fill=ACCENT)
    title = find(page, "Gids")
    assert (title.x, title.y, title.size, title.face) == pytest.approx((15 * MM, 12 * MM + 22 / 3, 22, "bold"))


def test_heading_then_text_sit_on_their_baselines():
    page = plan(guide({"heading": "Taken", "text": "Kort."}))
    heading, text = find(page, "Taken"), find(page, "Kort.")
    assert (heading.x, heading.y, heading.size, heading.color) == pytest.approx((15 * MM, BODY_TOP + 7.5 + 12.5,
                                                                                 12.5, ACCENT))
    assert (text.x, text.y, text.size, text.face) == pytest.approx((15 * MM, BODY_TOP + HEADING + 10, 10, "regular"))


def test_a_bullet_term_is_bold_and_the_explanation_follows_a_space_later():
    page = plan(guide({"heading": "Taken", "items": ["Tijd: houd de klok in de gaten", "Zonder term"]}))
    dot = [t for t in texts(page) if t.text == "•"]
    term, rest = find(page, "Tijd:"), find(page, " houd de klok in de gaten")  # the space opens the run
    baseline = BODY_TOP + HEADING + 10
    assert dot[0].x == pytest.approx(15 * MM) and dot[0].y == pytest.approx(baseline)
    assert (term.face, term.x, term.y) == pytest.approx(("bold", 15 * MM + 11, baseline))  # indent 1.1 sizes
    assert (rest.face, rest.x) == pytest.approx(("regular", 15 * MM + 11 + METRICS.width("Tijd:", "bold", 10)))
    # the second item: one line of 1.3 sizes and 0.2 sizes after the first
    assert find(page, "Zonder term").y == pytest.approx(baseline + 13 + 2)
    assert find(page, "Zonder term").face == "regular"


def test_only_a_short_lead_is_a_term():
    assert [s.face for s in term_spans("Kort: uitleg")] == ["bold", "regular"]
    long_lead = "Een zin die langer is dan veertig tekens, met dubbele punt: en meer"
    assert [s.face for s in term_spans(long_lead)] == ["regular"]
    assert [s.face for s in term_spans("Geen term hier")] == ["regular"]


def test_table_columns_follow_the_relative_widths_and_rows_their_tallest_cell():
    table = {"columns": ["Kolb", "In de intervisie"], "widths": [1, 2], "rows": [["Concrete ervaring", "Een zin."]]}
    page = plan(guide({"heading": "Cyclus", "table": table}))
    top = BODY_TOP + HEADING
    row = 10 * 1.3 + 2 * 3  # one line and 3 pt padding above and below
    assert Rect(15 * MM, top, BODY_W, row, fill=ACCENT) in page.items
    left, right = BODY_W / 3, BODY_W * 2 / 3
    assert column_widths(2, [1, 2], BODY_W) == pytest.approx([left, right])
    head = find(page, "In de intervisie")
    assert (head.x, head.y, head.face, head.color) == pytest.approx((15 * MM + left + 3, top + 3 + 10, "bold",
                                                                     "#FFFFFF"))
    cell = find(page, "Concrete ervaring")
    assert (cell.x, cell.y, cell.color) == pytest.approx((15 * MM + 3, top + row + 3 + 10, INK))
    rules = sorted({r.y1 for r in page.items if isinstance(r, Rule) and r.y1 == r.y2 and r.y1 < 250 * MM})
    assert rules == pytest.approx([top, top + row, top + 2 * row])


def test_a_cell_wraps_inside_its_column():
    cell = "Onderzoek en analyse: veel open vragen, nog geen conclusies, interpretaties of adviezen."
    laid = Table(["Kolb", "Uitleg"], [["Kort", cell]], [3, 1], METRICS, ink=INK, head_fill=ACCENT)(BODY_W, 10)
    runs = [t for t in laid.items if isinstance(t, Text) and t.x >= BODY_W * 3 / 4 and t.face == "regular"]
    lines = len({t.y for t in runs})
    assert lines > 1  # wrapped onto several lines, each inside the column's padding
    assert all(BODY_W * 3 / 4 + 3 <= t.x and t.x + METRICS.width(t.text, t.face, t.size) <= BODY_W - 3 + 0.01
               for t in runs)
    assert laid.height == pytest.approx(13 + 6 + lines * 13 + 6)  # header row, then the tallest cell


def test_the_cycle_of_four_runs_clockwise_from_the_top():
    stages = ["Concrete ervaring", "Waarnemen", "Begrippen", "Experimenteren"]
    page = plan(guide({"heading": "Kolb", "cycle": stages}))
    top = BODY_TOP + HEADING
    box_w, box_h = 13 * 10, 4.4 * 10
    rx, ry = min(BODY_W / 2 - box_w / 2, 1.15 * box_w), 1.45 * box_h  # 149.5, 63.8
    centres = [(BODY_W / 2, box_h / 2), (BODY_W / 2 + rx, box_h / 2 + ry), (BODY_W / 2, box_h / 2 + 2 * ry),
               (BODY_W / 2 - rx, box_h / 2 + ry)]
    boxes = [r for r in page.items if isinstance(r, Rect) and r.radius]
    assert len(boxes) == 4
    for box, (cx, cy) in zip(boxes, centres):
        assert (box.x, box.y, box.width, box.height) == pytest.approx(
            (15 * MM + cx - box_w / 2, top + cy - box_h / 2, box_w, box_h))
    for stage, (cx, cy) in zip(stages, centres):  # each name centred in its box, on one line at 10 pt
        t = find(page, stage)
        assert t.x + METRICS.width(stage, "bold", 10) / 2 == pytest.approx(15 * MM + cx)
        assert t.y == pytest.approx(top + cy - 13 / 2 + 10)
    assert sum(isinstance(i, Path) for i in page.items) == 4  # an arrow head to each stage
    assert ring(4, BODY_W, 10).height == pytest.approx(2 * ry + box_h)


def _apart(a, b, ring_):
    """Two stage boxes do not overlap (with 1 pt to spare)."""
    (ax, ay), (bx, by) = a, b
    return abs(ax - bx) >= ring_.box_w + 1 or abs(ay - by) >= ring_.box_h + 1


@pytest.mark.parametrize("n", [3, 4, 5, 6])
@pytest.mark.parametrize("width", [BODY_W, 128 * MM])  # A4 and A5 bodies
def test_stage_boxes_never_overlap_and_stay_inside_the_width(n, width):
    shape = ring(n, width, 10)
    centres = shape.centres
    for i, a in enumerate(centres):
        assert shape.box_w / 2 - 0.01 <= a[0] <= width - shape.box_w / 2 + 0.01
        assert shape.box_h / 2 - 0.01 <= a[1] <= shape.height - shape.box_h / 2 + 0.01
        for b in centres[i + 1:]:
            assert _apart(a, b, shape), (i, a, b)
    laid = Cycle([f"Fase {k}" for k in range(n)], METRICS, fill=ACCENT)(width, 10)
    shafts = [r for r in laid.items if isinstance(r, Rule)]
    assert len(shafts) == n
    for shaft, (a, b) in zip(shafts, zip(centres, centres[1:] + centres[:1])):
        ahead = (shaft.x2 - shaft.x1) * (b[0] - a[0]) + (shaft.y2 - shaft.y1) * (b[1] - a[1])
        assert ahead > 0 and math.hypot(shaft.x2 - shaft.x1, shaft.y2 - shaft.y1) > 1  # from stage to the next


def test_a_long_guide_shrinks_to_the_largest_quarter_point_that_fits():
    # a heading (2.625 sizes) and 50 one-line items (1.5 sizes each): 77.625 s <= BODY_H -> s = 8.75
    page = plan(guide({"heading": "Punten", "items": ["Punt."] * 50}))
    assert {t.size for t in texts(page) if t.text == "Punt."} == {8.75}
    assert 77.625 * 8.75 <= BODY_H < 77.625 * 9.0


def test_a_guide_too_long_even_at_the_floor_names_its_section_and_the_excess():
    result = plan(guide({"heading": "Begin", "text": "Kort."}, {"heading": "Punten", "items": ["Punt."] * 100}))
    assert isinstance(result, list) and len(result) == 1
    overflow = result[0]
    assert isinstance(overflow, Overflow)
    assert overflow.field == ("sections", 1) and not overflow.too_wide and overflow.floor == 7
    first = (2.625 + 1.3 + 0.35) * 7  # heading, one line of text and its space after
    assert overflow.excess == pytest.approx(first + (2.625 + 150) * 7 - BODY_H)
    assert "section 'Punten'" in overflow.message() and "one A4 page" in overflow.message()


def test_a_word_too_wide_for_its_cell_points_at_the_cell():
    table = {"columns": ["Smal", "Breed"], "widths": [1, 9],
             "rows": [["kort", "ook kort"], ["www.mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm.nl", "past"]]}
    [overflow] = plan(guide({"heading": "Inleiding", "text": "Kort."}, {"heading": "Tabel", "table": table}))
    assert overflow.field == ("sections", 1, "table", "rows", 1, 0) and overflow.too_wide
    assert "row 2, column 'Smal'" in overflow.message()


def test_title_credit_and_body_are_reported_together():
    overflows = plan(guide({"heading": "Kring", "cycle": ["Een", "Twee " * 40, "Drie"]},
                           title="Een titel die veel te lang is voor de kopbalk van de pagina. " * 2,
                           bron="Een bron die veel te lang is. " * 20))
    assert [o.field for o in overflows] == [("title",), ("bron",), ("sections", 0, "cycle", 1)]
    assert not overflows[2].too_wide and overflows[2].excess > 0  # the stage is too tall for its box


@pytest.mark.parametrize("paper,size,margin,band", [("A5", (148, 210), 10, 18), ("Letter", (215.9, 279.4), 15, 24)])
def test_the_page_is_laid_out_for_the_templates_paper(paper, size, margin, band):
    frame = frame_for(GuideTemplate(template="g", kind="guide", paper=paper))
    g = guide({"heading": "Kolb", "cycle": ["Ervaren", "Reflecteren", "Begrijpen", "Uitproberen"]},
              {"heading": "Taken", "items": ["Tijd: houd de klok in de gaten."] * 5}, intro="Een korte inleiding.")
    page = plan(g, frame, paper)
    assert (page.width / MM, page.height / MM) == pytest.approx(size)
    assert page.items[0] == Rect(0, 0, page.width, band * MM, fill=ACCENT)
    for t in texts(page):  # every run inside the margins
        w = METRICS.width(t.text, t.face, t.size)
        left = {"left": t.x, "right": t.x - w, "center": t.x - w / 2}[t.align]
        assert margin * MM - 0.01 <= left and left + w <= page.width - margin * MM + 0.01, t
        assert t.y <= page.height - margin * MM + 0.01
