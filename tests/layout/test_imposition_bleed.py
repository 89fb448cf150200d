"""The sheet grid's bleed, its room for the footer and how it turns on landscape paper, as numbers."""
import pytest

from cardgen.layout.imposition import make_grid
from cardgen.layout.units import MM


def grid(paper=(210, 297), card=(63, 88), margin=10, gutter=0, duplex="long-edge", bleed=2, below=0):
    return make_grid(paper[0] * MM, paper[1] * MM, card[0] * MM, card[1] * MM, margin * MM, gutter * MM, duplex,
                     5 * MM, (0, 0), bleed * MM, below * MM)


def mm(values):
    return tuple(round(v / MM, 6) for v in values)


def test_shared_cuts_meet_without_bleed_and_paper_gets_bleed():
    g = grid()  # 3 x 3, gutter 0
    assert mm(g.side_bleeds(0)) == (2, 2, 0, 0)  # top-left: margin above and left
    assert mm(g.side_bleeds(4)) == (0, 0, 0, 0)  # the middle card shares all four cuts
    assert mm(g.side_bleeds(8)) == (0, 0, 2, 2)
    # a sheet of 5 cards: card 4 has no right neighbour, cards 2 to 4 none below
    assert mm(g.side_bleeds(4, 5)) == (0, 0, 2, 2)
    assert mm(g.side_bleeds(2, 5)) == (0, 2, 2, 2)
    assert mm(g.side_bleeds(1, 5)) == (0, 2, 0, 0)  # card 4 is below it


def test_gutter_gives_each_card_half_of_it_at_most_the_bleed():
    assert mm(grid(gutter=3).side_bleeds(0)) == (2, 2, 1.5, 1.5)
    assert mm(grid(gutter=6).side_bleeds(0)) == (2, 2, 2, 2)


def test_backs_take_the_mirrored_bleed():
    long, short = grid(), grid(duplex="short-edge")
    assert mm(long.back_bleeds(0, 5)) == (0, 2, 2, 0)  # left and right change places
    assert mm(short.back_bleeds(0, 5)) == (2, 0, 0, 2)  # top and bottom change places


def test_bleed_toward_the_fold_is_half_the_gap_at_most():
    g = grid(paper=(297, 210), duplex="fold", bleed=5)  # bleed capped by nothing but the gap and the margin
    gap = g.fold_x - g.left - g.block_w
    assert g.side_bleeds(1)[2] == pytest.approx(min(5 * MM, gap / 2))
    assert g.bleed == pytest.approx(5 * MM)


def test_bleed_never_exceeds_the_margin():
    assert grid(margin=1.5).bleed == pytest.approx(1.5 * MM)


def test_block_moves_up_for_room_below_but_not_past_the_top_margin():
    plain = grid(gutter=4)  # 2 x 3, block 272 mm tall: 12.5 mm above and below
    assert plain.bottom / MM == pytest.approx(12.5)
    assert grid(gutter=4, below=14).bottom / MM == pytest.approx(14)
    assert grid(gutter=4, below=20).bottom / MM == pytest.approx(297 - 10 - 272)  # top margin reached
    assert grid(gutter=4, below=10).bottom / MM == pytest.approx(12.5)  # enough already
    # short-edge: the back page turns the room above into the room below, so the block stays centred
    assert grid(gutter=4, below=20, duplex="short-edge").bottom / MM == pytest.approx(12.5)


def test_marks_below_the_block_stop_at_the_floor():
    g = grid(gutter=4)  # 12.5 mm below; marks from 3 mm under the cards (bleed 2 + offset 1)
    marks = g.cut_marks(5 * MM, 1 * MM, floor=8 * MM)
    below = [m for m in marks if m[0] == m[2] and m[1] < g.bottom]
    assert below and all(mm(m)[1:4:2] == (9.5, 8) for m in below)  # from 9.5 mm down to 8 mm
    above = [m for m in marks if m[0] == m[2] and m[1] > g.bottom]
    assert all(mm(m)[3] - mm(m)[1] == pytest.approx(5) for m in above)  # full length above
    # short-edge: the marks above stop as far below the top edge (they become the back's lower marks)
    s = grid(gutter=4, duplex="short-edge")
    top = [m for m in s.cut_marks(5 * MM, 1 * MM, floor=8 * MM) if m[0] == m[2] and m[1] > s.bottom]
    assert top and all(mm(m)[3] == pytest.approx(297 - 8) for m in top)
    # no room at all: the mark is left out
    assert not [m for m in g.cut_marks(5 * MM, 1 * MM, floor=10 * MM) if m[0] == m[2] and m[1] < g.bottom]


@pytest.mark.parametrize("duplex, flips", [("long-edge", True), ("short-edge", False), ("fold", False)])
def test_landscape_paper_turns_over_its_long_horizontal_edge(duplex, flips):
    g = grid(paper=(297, 210), duplex=duplex)
    assert g.flips_top_bottom is flips
    front, back = g.front_slot(0), g.back_slot(0)
    if flips:  # top-bottom: same x, mirrored y
        assert back.x == pytest.approx(front.x)
        assert back.y + g.card_h / 2 == pytest.approx(g.paper_h - (front.y + g.card_h / 2))
    else:
        assert back.y == pytest.approx(front.y)
