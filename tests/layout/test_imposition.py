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
