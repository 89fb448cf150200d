"""Imposition as known answers: every slot, cut line, cut mark and bleed worked out by hand from the
rules in layout/imposition.py's docstring. Lengths are given in millimetres and passed through
unchanged (the grid does not care about the unit), so the arithmetic below is exact.

A4 (210 x 297) with 10 mm margins holds 3 x 3 poker cards (63 x 88): the block (189 x 264) is centred,
10.5 mm from the left and 16.5 mm from the bottom; the bottom row sits at y = 16.5, the top row at
16.5 + 2 x 88 = 192.5 (y up from the paper's bottom edge)."""
import pytest

from cardgen.layout.imposition import ImpositionError, make_grid

A4, POKER = (210, 297), (63, 88)


def grid(paper=A4, card=POKER, margin=10, gutter=0, **kw):
    return make_grid(paper[0], paper[1], card[0], card[1], margin, gutter, **kw)


def slots(g, which="front_slot"):
    return [tuple(getattr(g, which)(i).__dict__.values()) for i in range(g.per_sheet)]


def test_the_default_is_long_edge_duplex():
    g = grid()
    assert (g.duplex, g.back_dx, g.back_dy, g.bleed) == ("long-edge", 0, 0, 0)
    assert g.back_slot(0).__dict__ == {"x": 136.5, "y": 192.5}  # mirrored left-right, same height


def test_front_slots_left_to_right_top_to_bottom():
    assert slots(grid()) == [(10.5, 192.5), (73.5, 192.5), (136.5, 192.5), (10.5, 104.5), (73.5, 104.5),
                             (136.5, 104.5), (10.5, 16.5), (73.5, 16.5), (136.5, 16.5)]


def test_a_gutter_separates_the_cards_both_ways():
    """Gutter 5: (190 + 5) // 68 = 2 columns, (277 + 5) // 93 = 3 rows; the block is 2 x 63 + 5 = 131
    wide and 3 x 88 + 2 x 5 = 274 high, so it starts at 10 + (190 - 131) / 2 = 39.5 and (297 - 274) / 2
    = 11.5; the cards are 68 and 93 apart."""
    g = grid(gutter=5)
    assert (g.cols, g.rows, g.block_w, g.block_h, g.left, g.bottom) == (2, 3, 131, 274, 39.5, 11.5)
    assert slots(g) == [(39.5, 197.5), (107.5, 197.5), (39.5, 104.5), (107.5, 104.5), (39.5, 11.5), (107.5, 11.5)]
    assert g.cut_lines_x() == [39.5, 102.5, 107.5, 170.5]
    assert g.cut_lines_y() == [11.5, 99.5, 104.5, 192.5, 197.5, 285.5]


def test_shared_cut_lines_without_a_gutter():
    g = grid()
    assert g.cut_lines_x() == [10.5, 73.5, 136.5, 199.5]
    assert g.cut_lines_y() == [16.5, 104.5, 192.5, 280.5]


@pytest.mark.parametrize("paper, card, gutter, cols, rows", [
    ((210, 297), (95, 138.5), 0, 2, 2),      # exactly two across (190) and two down (277)
    ((210, 297), (95.2, 138.8), 0, 1, 1),    # a hair too wide and too tall for two
    ((210, 297), (90, 90), 5, 2, 2),         # (190 + 5) // 95 = 2 across, (277 + 5) // 95 = 2 down
    ((210, 297), (150, 200), 0, 1, 1),       # one card is enough
])
def test_as_many_cards_as_fit(paper, card, gutter, cols, rows):
    g = grid(paper, card, gutter=gutter)
    assert (g.cols, g.rows) == (cols, rows)


@pytest.mark.parametrize("card", [(63, 290), (200, 88), (200, 290)])
def test_a_card_that_does_not_fit_one_way_is_an_error(card):
    # (the message converts from points: these millimetre numbers print as other values)
    with pytest.raises(ImpositionError, match=r"^a \d+x\d+ mm card does not fit on \d+x\d+ mm paper with \d+ mm margins "
                                              r"\(use larger paper, another orientation, or a smaller margin\)$"):
        grid(card=card)


def test_fold_mode_fills_the_left_half_up_to_the_gap_before_the_fold():
    """A4 landscape, fold gap 5: the area is 297 / 2 - 10 - 5 = 133.5 wide, two columns of 63 (126),
    starting at 10 + (133.5 - 126) / 2 = 13.75; without a gap, 138.5 wide: 10 + 12.5 / 2 = 16.25."""
    g = grid((297, 210), POKER, duplex="fold", fold_gap=5)
    assert (g.cols, g.rows, g.left, g.fold_x) == (2, 2, 13.75, 148.5)
    assert grid((297, 210), POKER, duplex="fold").left == 16.25
    assert g.back_slot(0).__dict__ == {"x": 297 - 13.75 - 63, "y": g.front_slot(0).y}  # mirrored about the fold
    with pytest.raises(ImpositionError, match=r"^a \d+x\d+ mm card does not fit on half of \d+x\d+ mm paper with \d+ mm "
                                              r"margins \(use larger paper, another orientation, or a smaller margin\)$"):
        grid((297, 210), (140, 88), duplex="fold")


def test_short_edge_backs_mirror_top_to_bottom():
    g = grid(duplex="short-edge")
    assert slots(g, "back_slot") == [(10.5, 16.5), (73.5, 16.5), (136.5, 16.5), (10.5, 104.5), (73.5, 104.5),
                                     (136.5, 104.5), (10.5, 192.5), (73.5, 192.5), (136.5, 192.5)]


def test_the_back_offset_moves_every_back_right_and_down():
    g = grid(back_offset=(0.5, -0.25))  # 0.5 right, 0.25 up
    assert (g.back_dx, g.back_dy) == (0.5, -0.25)
    assert g.back_slot(0).__dict__ == {"x": 137.0, "y": 192.75}
    assert g.back_slot(8).__dict__ == {"x": 11.0, "y": 16.75}


def test_room_below_moves_the_block_up_but_not_past_the_top_margin():
    """Centred, the block starts 16.5 above the bottom; asking 20 moves it to 20; asking 30 moves it only
    to 297 - 10 - 264 = 23 (the top margin); short-edge duplex does not move it (its back page turns the
    room above into the room below)."""
    assert [grid(below=b).bottom for b in (0, 16.5, 20, 30)] == [16.5, 16.5, 20, 23]
    assert grid(duplex="short-edge", below=30).bottom == 16.5
    assert make_grid(63, 88.5, 63, 88, 0, 0).bottom == 0.25  # a snug sheet stays centred without `below`


def test_bleed_is_at_most_the_margin_and_never_negative():
    assert [grid(bleed=b).bleed for b in (3, 12, -1)] == [3, 10, 0]


def test_cut_marks_of_a_full_sheet():
    """Length 5, offset 1, no bleed: above the block (top 280.5) from 281.5 to 286.5, below it from 15.5
    down to 10.5, left of it from x 9.5 to 4.5, right of it (199.5) from 200.5 to 205.5."""
    g = grid()
    xs, ys = g.cut_lines_x(), g.cut_lines_y()
    expected = {m for x in xs for m in ((x, 281.5, x, 286.5), (x, 15.5, x, 10.5))}
    expected |= {m for y in ys for m in ((9.5, y, 4.5, y), (200.5, y, 205.5, y))}
    marks = g.cut_marks(5, 1)
    assert len(marks) == 16 and set(marks) == expected


def test_cut_marks_start_beyond_the_bleed():
    marks = grid(bleed=3).cut_marks(5, 1)
    assert (10.5, 284.5, 10.5, 289.5) in marks and (10.5, 12.5, 10.5, 7.5) in marks
    assert (6.5, 16.5, 1.5, 16.5) in marks and (203.5, 16.5, 208.5, 16.5) in marks


def test_cut_marks_stop_at_the_floor_or_are_left_out():
    """Floor 12: the marks below stop at 12 instead of 10.5. Floor 15.5, exactly where they would start:
    none below. Long-edge: the marks above are not limited by the floor."""
    g = grid()
    below = [m for m in g.cut_marks(5, 1, floor=12) if m[1] < 100 and m[0] == m[2]]
    assert below == [(x, 15.5, x, 12) for x in g.cut_lines_x()]
    assert [m for m in g.cut_marks(5, 1, floor=15.5) if m[1] < 100 and m[0] == m[2]] == []
    assert {m[3] for m in g.cut_marks(5, 1, floor=12) if m[1] > 200 and m[0] == m[2]} == {286.5}


def test_short_edge_cut_marks_above_stop_as_far_below_the_top():
    """The back page turns the marks above the block into marks below its cards, so they stop at
    297 - 12 = 285 (and with floor 15.5 they would start exactly at the ceiling 281.5: none)."""
    g = grid(duplex="short-edge")
    above = [m for m in g.cut_marks(5, 1, floor=12) if m[1] > 200 and m[0] == m[2]]
    assert above == [(x, 281.5, x, 285) for x in g.cut_lines_x()]
    assert [m for m in g.cut_marks(5, 1, floor=15.5) if m[1] > 200 and m[0] == m[2]] == []


def test_fold_mode_leaves_out_the_marks_on_the_fold_side():
    g = grid((297, 210), POKER, duplex="fold", fold_gap=5)
    marks = g.cut_marks(5, 1)
    horizontal = [m for m in marks if m[1] == m[3]]
    assert horizontal == [(12.75, y, 7.75, y) for y in g.cut_lines_y()]  # the left side only


def test_back_cut_marks_are_the_fronts_mirrored_and_moved_like_the_backs():
    g = grid(back_offset=(0.5, -0.25))
    fronts, backs = g.cut_marks(5, 1, floor=12), g.back_cut_marks(5, 1, floor=12)
    assert backs == [(210 - x0 + 0.5, y0 + 0.25, 210 - x1 + 0.5, y1 + 0.25) for x0, y0, x1, y1 in fronts]
    s = grid(duplex="short-edge")
    assert s.back_cut_marks(5, 1) == [(x0, 297 - y0, x1, 297 - y1) for x0, y0, x1, y1 in s.cut_marks(5, 1)]


def test_side_bleeds_full_at_the_block_edges_half_the_gutter_between_cards():
    """Gutter 0.5 (still 3 x 3: (190 + 0.5) // 63.5 = 3), bleed 3: between cards min(3, 0.25) = 0.25.
    Order: left, top, right, bottom."""
    g = grid(gutter=0.5, bleed=3)
    assert (g.cols, g.rows) == (3, 3)
    assert g.side_bleeds(0) == (3, 3, 0.25, 0.25)
    assert g.side_bleeds(4) == (0.25, 0.25, 0.25, 0.25)
    assert g.side_bleeds(8) == (0.25, 0.25, 3, 3)
    # a sheet with 5 cards: card 5 (index 4) has no neighbour right or below, card 3 none below
    assert g.side_bleeds(4, 5) == (0.25, 0.25, 3, 3)
    assert g.side_bleeds(2, 5) == (0.25, 3, 3, 3)
    assert g.side_bleeds(1, 5) == (0.25, 3, 0.25, 0.25)
    # backs: long-edge mirrors left-right (left and right swap), short-edge top-bottom
    assert g.back_bleeds(0) == (0.25, 3, 3, 0.25)
    assert grid(gutter=0.5, bleed=3, duplex="short-edge").back_bleeds(0) == (3, 0.25, 0.25, 3)


def test_without_a_floor_the_marks_below_run_to_the_paper_edge():
    """A 100 x 100 sheet with 1 mm margins holds one poker card, 6 above the bottom: its marks below
    run from 5 down to the edge (0), unless a floor stops them."""
    g = make_grid(100, 100, 63, 88, 1, 0)
    assert g.bottom == 6
    assert (18.5, 5, 18.5, 0) in g.cut_marks(5, 1) and (18.5, 5, 18.5, 0) in g.back_cut_marks(5, 1)
    assert (18.5, 5, 18.5, 2) in g.cut_marks(5, 1, floor=2)


def test_side_bleeds_on_a_partial_sheet_of_backs():
    g = grid(gutter=0.5, bleed=3)
    assert g.back_bleeds(4, 5) == (3, 0.25, 0.25, 3)  # card 5 of 5: no neighbour right or below


def test_side_bleeds_never_reach_across_the_fold():
    """Fold gap 5, bleed 5: the right column's right side gets half the gap to the fold,
    (148.5 - 13.75 - 126) / 2 = 4.375."""
    g = grid((297, 210), POKER, duplex="fold", fold_gap=5, bleed=5)
    assert g.side_bleeds(1) == (0, 5, 4.375, 0)
    assert g.side_bleeds(0) == (5, 5, 0, 0)
    assert g.side_bleeds(0, 1) == (5, 5, 5, 5)  # alone on its sheet: no neighbour, and not next to the fold
