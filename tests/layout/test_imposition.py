import pytest

from cardgen.layout.imposition import ImpositionError, make_grid
from cardgen.layout.units import MM


def grid(paper, card, margin=10, gutter=0):
    return make_grid(paper[0] * MM, paper[1] * MM, card[0] * MM, card[1] * MM, margin * MM, gutter * MM)


@pytest.mark.parametrize("paper, card, cols, rows", [
    ((210, 297), (63, 88), 3, 3),        # A4 + poker
    ((297, 420), (63, 88), 4, 4),        # A3 + poker
    ((215.9, 279.4), (63, 88), 3, 2),    # Letter + poker: 279.4 - 20 < 3 * 88
    ((210, 297), (70, 120), 2, 2),       # A4 + tarot
    ((210, 297), (70, 70), 2, 3),        # A4 + square: 190 // 70 = 2, 277 // 70 = 3
])
def test_cards_per_sheet_follow_from_sizes(paper, card, cols, rows):
    g = grid(paper, card)
    assert (g.cols, g.rows) == (cols, rows)


def test_block_is_centred_and_first_slot_top_left():
    g = grid((210, 297), (63, 88))
    assert g.left / MM == pytest.approx(10.5)
    assert g.bottom / MM == pytest.approx(16.5)
    first = g.front_slot(0)
    assert (first.x / MM, first.y / MM) == pytest.approx((10.5, 297 - 16.5 - 88))
    last = g.front_slot(8)
    assert (last.x / MM, last.y / MM) == pytest.approx((10.5 + 126, 16.5))


def test_gutter_separates_cards_and_can_cost_a_column():
    g = grid((210, 297), (63, 88), gutter=5)
    assert (g.cols, g.rows) == (2, 3)
    assert (g.front_slot(1).x - g.front_slot(0).x) / MM == pytest.approx(68)


def test_backs_are_mirrored_for_long_edge_duplex():
    g = grid((210, 297), (63, 88))
    for i in range(g.per_sheet):
        front, back = g.front_slot(i), g.back_slot(i)
        assert back.y == front.y
        # mirrored about the vertical centre line of the paper
        assert (front.x + g.card_w / 2) + (back.x + g.card_w / 2) == pytest.approx(g.paper_w)
    assert g.back_slot(0).x == pytest.approx(g.front_slot(2).x)


def test_cut_marks_stay_in_the_margin():
    g = grid((210, 297), (63, 88))
    marks = g.cut_marks(5 * MM, 1 * MM)
    assert len(marks) == 2 * 4 + 2 * 4  # shared cut lines: 4 vertical and 4 horizontal
    top = g.bottom + 3 * g.card_h
    right = g.left + 3 * g.card_w
    for x0, y0, x1, y1 in marks:
        for x, y in ((x0, y0), (x1, y1)):
            inside_block = g.left < x < right and g.bottom < y < top
            assert not inside_block
            assert 0 <= x <= g.paper_w and 0 <= y <= g.paper_h


def test_cut_lines_with_gutter_are_per_card():
    g = grid((210, 297), (63, 88), gutter=4)
    assert len(g.cut_lines_x()) == 2 * g.cols


def test_card_too_big_for_paper():
    with pytest.raises(ImpositionError, match="does not fit on 210x297 mm paper"):
        grid((210, 297), (200, 290))


# ---- the sheet pages as plans (y from the top of the paper)

def sheet_plan(sheet="a4"):
    from cardgen.layout.deck import DeckPlan, plan_footer
    from cardgen.layout.face import plan_cards

    from .test_face_plan import M, make_faces

    faces = make_faces(sheet=sheet)
    planned, overflows = plan_cards(faces)
    assert not overflows
    return DeckPlan(faces.layout, planned, plan_footer(faces.layout, M))


def uses(page):
    from cardgen.layout.plan import Use

    return [item for item in page.items if isinstance(item, Use)]


def test_sheet_pages_place_fronts_then_mirrored_backs():
    from cardgen.layout.deck import sheet_pages

    plan = sheet_plan()
    front, back = list(sheet_pages(plan))  # 5 printed cards: one sheet, two sides
    # the block of 3 x 3 poker cards is centred: 10.5 mm from the left, (297 - 264) / 2 from the top
    assert [v / MM for u in uses(front) for v in (u.x, u.y)] == pytest.approx(
        [10.5, 16.5, 73.5, 16.5, 136.5, 16.5, 10.5, 104.5, 73.5, 104.5])
    assert [u.group.key.startswith("front:") for u in uses(front)] == [True] * 5
    # long-edge duplex: the backs mirror left-right, so the first card's back is in the last column
    assert [v / MM for u in uses(back) for v in (u.x, u.y)] == pytest.approx(
        [136.5, 16.5, 73.5, 16.5, 10.5, 16.5, 136.5, 104.5, 73.5, 104.5])
    # cut at the trim where a neighbour shares the cut, 2 mm of bleed where paper lies next to the card:
    # each face's background (its first item) runs out by (left, top, right, bottom) mm
    bled = [(0 - r.x / MM, 0 - r.y / MM, (r.x + r.width) / MM - 63, (r.y + r.height) / MM - 88)
            for r in (u.group.items[0] for u in uses(front))]
    assert bled == [pytest.approx(v, abs=1e-6) for v in [(2, 2, 0, 0), (0, 2, 0, 0), (0, 2, 2, 2), (2, 0, 0, 2),
                                                         (0, 0, 2, 2)]]


def test_sheet_footer_and_cut_marks():
    from cardgen.layout.deck import CUT_MARK, sheet_pages
    from cardgen.layout.plan import Rule, Text

    front, back = list(sheet_pages(sheet_plan()))
    footer = [t for t in front.items if isinstance(t, Text) and t.text.startswith("Proefkaarten")]
    assert footer == [Text(105 * MM, pytest.approx(292 * MM), "Proefkaarten · vel 1/1 · voorkant · print op 100 % "
                           "(werkelijke grootte), dubbelzijdig, omslaan over de lange kant", "regular", 7.0, "#595959",
                           "center")]
    marks = [r for r in front.items if isinstance(r, Rule)]
    assert len(marks) == 16 and {(r.color, r.width) for r in marks} == {(CUT_MARK, 0.25)}
    # the mark above the left edge: from 1 mm beyond the 2 mm bleed above the block (16.5 mm from the top) 5 mm up
    assert (10.5 * MM, 13.5 * MM, 10.5 * MM, 8.5 * MM) in [pytest.approx((r.x1, r.y1, r.x2, r.y2)) for r in marks]
    assert "achterkant" in [t for t in back.items if isinstance(t, Text)][-1].text


def test_fold_sheet_is_one_page_with_a_fold_line():
    from cardgen.layout.deck import sheet_pages
    from cardgen.layout.plan import Rule, Text

    page, second = list(sheet_pages(sheet_plan("a4-fold")))  # 5 cards, 4 a sheet
    assert (page.width / MM, page.height / MM) == pytest.approx((297, 210))
    assert len(uses(page)) == 2 * 4 and len(uses(second)) == 2  # 2 x 2 fronts on the left half, backs right
    fold = [r for r in page.items if isinstance(r, Rule) and r.dash]
    assert [(r.x1 / MM, r.x2 / MM) for r in fold] == [(pytest.approx(148.5), pytest.approx(148.5))]
    assert any(isinstance(t, Text) and t.text == "vouwlijn" for t in page.items)
