"""The rules of layout/agenda.py that the end-to-end agendas do not reach (issue 17, item 5): the edges of
the 5-minute grid, the spare block's range, the search budget and the fallbacks.

Every expected answer is worked out by hand from the module's docstring: shares first (minimum plus the
minutes left in proportion to the room), then among the timetables that fill the session: (1) blocks on
multiples of 5 where their range holds one, (2) the spare block within its range, (3) the least sum of
squared differences from the shares, ties to the spare block and then to the earlier blocks. The search
costs (candidates of every group) x (session + 1) steps and runs up to 300 000 of them; beyond that
every block takes its share's nearest grid value and the spare block the rest, if that leaves it a
minute; when nothing fits, the last resort is the largest remainder.
"""
from fractions import Fraction

from cardgen.layout.agenda import on_grid, resolve


def test_on_grid_takes_the_nearest_multiple_of_5_inside_the_range():
    """7 in 7-20: the nearest multiple of 5 is 5, outside the range; the first one inside is 10.
    The midpoint of 9-13 is 11: the one multiple of 5 inside, 10 (not 11 by whole minutes).
    11-14 holds no multiple of 5: its midpoint 12.5 rounds half up to 13 (not down to 12)."""
    assert on_grid(Fraction(7), 7, 20) == 10
    assert on_grid(Fraction(22), 7, 20) == 20
    assert resolve([(9, 13)], None) == [10]
    assert resolve([(11, 14)], None) == [13]


def test_a_block_off_the_grid_may_take_any_minute_of_its_range():
    """5-15 and 6-10 in 18 min, no spare block: minimums 11, room 10 + 4, 7 to share at half the room:
    shares 10 and 8. On the grid the blocks make 10, 15 or 20 + 10, never 18, so one block leaves the
    grid: 10 + 8 is exactly the shares (8 lies below 6-10's only multiple of 5, 10); 8 + 10 is 2 + 2 off."""
    assert resolve([(5, 15), (6, 10)], 18) == [10, 8]


def test_a_block_never_leaves_its_range_to_reach_the_grid():
    """5-10 and 11-14 in 20 min: minimums 16, room 5 + 3, shares 7.5 and 12.5. 11-14 holds no multiple of
    5, so it is off the grid whatever it takes, and 5 + 15 (both on the grid) is not allowed: 15 is past
    14. With 5-10 on the grid the other would need 15 or 10; so both are off the grid: 6 + 14, 7 + 13,
    8 + 12, 9 + 11; 7 + 13 and 8 + 12 are both 0.5 + 0.5 off, the earlier block gets the longer time."""
    assert resolve([(5, 10), (11, 14)], 20) == [8, 12]


def test_the_spare_block_may_take_a_single_minute():
    """6-10 and a closing (the spare block) of 1-5 in 11 min: minimums 7, room 4 + 4, shares 8 and 3.
    6-10 holds one multiple of 5, 10, which leaves the closing 1 minute, inside 1-5: 10 and 1 (rule 1
    before closeness: 8 and 3 would put the first block off the grid)."""
    assert resolve([(6, 10), (1, 5)], 11, spare=1) == [10, 1]


def test_the_spare_block_stays_within_its_range_before_the_blocks_keep_their_shares():
    """5-20 and a closing of 5-10, room 15 + 5 = 20 over minimums 10.
    In 14 min: 4 to share, f = 1/5, shares 8 and 6. 10 would leave the closing 4, below its 5 (yet 2 + 2
    off, closer than 3 + 3); 5 leaves it 9, inside: 5 and 9.
    In 26 min: 16 to share, f = 4/5, shares 17 and 9. 15 would leave the closing 11, above its 10 (2 + 2
    off, closer than 3 + 3); 20 leaves it 6, inside: 20 and 6."""
    assert resolve([(5, 20), (5, 10)], 14, spare=1) == [5, 9]
    assert resolve([(5, 20), (5, 10)], 26, spare=1) == [20, 6]


def test_inside_its_range_the_spare_block_keeps_close_to_its_share():
    """5-15 and a closing of 5-25 in 20 min: minimums 10, room 30, 10 to share: shares 8.33 and 11.67.
    5, 10 and 15 all leave the closing inside 5-25 (15, 10, 5); the nearest to the shares is 10 + 10
    (1.67 + 1.67 off), not the middle of the closing's range (5 + 15)."""
    assert resolve([(5, 15), (5, 25)], 20, spare=1) == [10, 10]


def test_the_spare_blocks_own_share_counts_in_the_squares():
    """Two blocks of 5-10 and a closing of 5-25 in 30 min: minimums 15, room 30, 15 to share at half the
    room: shares 7.5, 7.5 and 15. On the grid: 10 + 5 or 5 + 10 leave the closing 15 (2.5² + 2.5² + 0 =
    12.5), 10 + 10 leaves it 10 (6.25 + 6.25 + 25 = 37.5), 5 + 5 leaves it 20 (37.5). A tie between
    10 + 5 and 5 + 10: the earlier block gets the longer time."""
    assert resolve([(5, 10), (5, 10), (5, 25)], 30, spare=2) == [10, 5, 15]


def test_a_tie_goes_to_the_earlier_block_whatever_order_the_search_meets_it_in():
    """Opening 5-10, two turns of 5-15, a closing of 5-10, in 35 min: minimums 20, room 5 + 2 x 10 + 5 = 30,
    15 to share at half the room: opening 7.5, turn 10, closing 7.5. On the grid a turn of 10 leaves
    opening + closing 15: opening 5 with closing 10, or opening 10 with closing 5, both 2.5 + 2.5 off;
    turns of 5 leave the closing 15 or 20 and turns of 15 leave it 0 or less (outside 5-10 either way).
    The earlier block, the opening, gets the longer time: 10, 10, 10, 5. (The search meets opening 10 with
    turns of 10 after the total that leaves the closing nothing: skipping that total must not end the
    search.)"""
    spans = [(5, 10), (5, 15), (5, 15), (5, 10)]
    assert resolve(spans, 35, ["open", "turn", "turn", "close"], spare=3) == [10, 10, 10, 5]


BIG = [(20, 20)] * 92 + [(5, 140), (5, 150)]  # 92 fixed blocks of 20 min, then two wide ranges


def test_an_agenda_of_exactly_the_search_budget_is_searched():
    """92 fixed blocks of 20 min, 5-140, 5-150 and a closing of 5-13 in 1999 min. On the grid the fixed
    blocks have 1 candidate each, 5-140 has 28 (5, 10, ..., 140), 5-150 has 30: 150 x (1999 + 1) =
    300 000 steps, exactly the budget, so the search runs. Minimums 1840 + 15, room 135 + 145 + 8 = 288,
    144 to share at half the room: shares 72.5, 77.5 and 9. The closing keeps within 5-13 only if the two
    ranges make 150 (it then takes 9, its share); 75 + 75 and 70 + 80 are both 2.5 + 2.5 off, the earlier
    block gets the longer time. (The quick answer would be 75, 80 and a closing of 4.)"""
    minutes = resolve(BIG + [(5, 13)], 1999, spare=94)
    assert minutes == [20] * 92 + [75, 75, 9]


def test_an_agenda_past_the_search_budget_takes_the_nearest_grid_values():
    """The same agenda with a closing of 5-15 in 2000 min: 150 x 2001 = 300 150 steps, over the budget.
    Minimums 1855, room 290, 145 to share at half the room: shares 72.5, 77.5 and 10. Nearest grid values
    (half up): 75 and 80; the closing takes 2000 - 1840 - 155 = 5. (The search would give 75, 75, 10.)"""
    minutes = resolve(BIG + [(5, 15)], 2000, spare=94)
    assert minutes == [20] * 92 + [75, 80, 5]


def test_a_large_agenda_gives_the_spare_block_its_last_minute():
    """100 blocks of 1-60 and a closing of 1-101: on the grid 100 x 12 candidates, x 502 = 602 400 steps,
    past the budget. In 501 min: minimums 101, room 5900 + 100 = 6000, 400 to share, f = 1/15: each block
    1 + 59/15 = 4.93, nearest grid value 5; the closing takes 501 - 500 = 1, still a minute."""
    assert resolve([(1, 60)] * 100 + [(1, 101)], 501, spare=100) == [5] * 100 + [1]


def test_a_large_agenda_that_leaves_the_spare_block_nothing_falls_back_to_the_largest_remainder():
    """The same in 500 min: 399 to share, f = 399/6000: each block 1 + 59 x 0.0665 = 4.9235 (grid 5), the
    closing 1 + 100 x 0.0665 = 7.65. 100 x 5 = 500 leaves the closing 0 minutes: no quick answer, so the
    last resort: whole minutes 100 x 4 + 7 = 407, the 93 left go to the largest remainders, the blocks'
    .9235 before the closing's .65, equal ones to the earlier blocks: 93 blocks of 5, 7 of 4, closing 7."""
    assert resolve([(1, 60)] * 100 + [(1, 101)], 500, spare=100) == [5] * 93 + [4] * 7 + [7]


def test_without_a_spare_block_a_session_off_the_grid_and_too_wide_to_search_goes_by_largest_remainder():
    """5-605 and 5-305 in 343 min, no spare block. On the grid (121 + 61 candidates x 344 = 62 608 steps)
    the blocks make multiples of 5, never 343; every minute would take 601 + 301 = 902 x 344 = 310 288
    steps, past the budget, and the quick answer needs a spare block. So the last resort: minimums 10,
    room 900, 333 to share: shares 5 + 222 = 227 and 5 + 111 = 116, already whole. (A search would have
    found 228 + 115, one block off the grid.)"""
    assert resolve([(5, 605), (5, 305)], 343) == [227, 116]


def test_the_last_resort_keeps_fixed_durations():
    """100 fixed blocks of 30 min in 3000: 100 x 3001 = 300 100 steps, past the budget, and no spare block,
    so the largest remainder: every share is its fixed 30, nothing to add."""
    assert resolve([(30, 30)] * 100, 3000) == [30] * 100


def test_the_last_resort_gives_the_odd_minute_to_the_largest_remainder_not_the_largest_block():
    """A fixed 50 and two turns of 10-20 in 77 min, no spare block: 50 + 2 x turn is never 77, so no
    timetable keeps the turns equal: minimums 70, room 20, 7 to share: turns 10 + 10 x 7/20 = 13.5 each.
    Whole minutes 50 + 13 + 13 = 76; the one left goes to the largest remainder (.5, .5; the fixed 50 has
    none), the earlier turn: 50, 14, 13."""
    assert resolve([(50, 50), (10, 20), (10, 20)], 77, [0, 1, 1]) == [50, 14, 13]
