"""Agenda clock times on the 5-minute grid with equal turns (issue 16, correction 6).

Every expected time is worked out by hand from the rule in layout/agenda.py: shares first (minimum
plus the minutes left in proportion to the room), then among the timetables that fill the session
exactly: blocks on multiples of 5 where their range allows, the spare block (the closing's last block)
within its range, the blocks closest to their shares (squared), ties to the spare block and then to
the earlier blocks. A turn's block gets the same minutes in every turn.
"""
import pytest

from cardgen.kinds.agenda import expand, shared
from cardgen.layout.agenda import clock, resolve, schedule
from cardgen.schema.agenda import Agenda


def times(spans, session, same=None, spare=None, start="19:30"):
    slots = schedule([str(i) for i in range(len(spans))], spans, session, same, spare)
    return [f"{clock(start, s.start)}–{clock(start, s.start + s.minutes)}" for s in slots]


ONLINE = [(10, 10), (5, 10), (20, 25), (5, 5), (5, 10), (20, 25), (5, 5), (15, 15),
          (5, 10), (20, 25), (5, 5), (5, 10), (20, 25), (5, 5), (10, 20)]
ONLINE_SAME = ["open", 0, 1, 2, 0, 1, 2, "pause", 0, 1, 2, 0, 1, 2, "close"]


def test_turns_are_equal_and_every_time_is_on_the_grid():
    """online-drie-uur: opening 10, four turns of 5–10 + 20–25 + 5, a pause of 15 after turn 2, closing
    10–20, in 180 min. Minimums 155, room 4x5 + 4x5 + 10 = 50, so 25 min shared at half the room: 7.5 and
    22.5 per turn, closing 15. On the grid the turn is 25, 30 or 35 (5–10 and 20–25 in steps of 5), and
    the closing is 180 - 10 - 15 - 4 x turn: 35, 15 or -5; only a 35-minute turn keeps the closing in
    10–20. 10 + 20 and 5 + 25 are equally far from 7.5 + 22.5: the earlier block gets the longer time.
    (The old rule gave turns of 38, 38, 37 and 37 minutes, and times like 20:11.)"""
    assert times(ONLINE, 180, ONLINE_SAME, spare=14) == [
        "19:30–19:40",
        "19:40–19:50", "19:50–20:10", "20:10–20:15",
        "20:15–20:25", "20:25–20:45", "20:45–20:50",
        "20:50–21:05",
        "21:05–21:15", "21:15–21:35", "21:35–21:40",
        "21:40–21:50", "21:50–22:10", "22:10–22:15",
        "22:15–22:30"]


def test_an_odd_session_length_moves_only_the_end():
    """Opening 10–15, three turns of 5–10 + 15–20, closing 10–15, in 97 min. Minimums 80, room 40, 17 to
    share (x 17/40): opening 12.125, turn 7.125 + 17.125, closing 12.125. On the grid the closing is
    97 - opening - 3 x turn: with opening 10 and turns of 25 it is 12, inside 10–15; every other choice
    puts it outside (opening 15: 7; turns of 20: 27; turns of 30: below 1). 10 + 15 and 5 + 20 are
    equally far from the shares: the earlier block longer. The 2 odd minutes are the closing's."""
    spans = [(10, 15), (5, 10), (15, 20), (5, 10), (15, 20), (5, 10), (15, 20), (10, 15)]
    same = ["open", 0, 1, 0, 1, 0, 1, "close"]
    assert times(spans, 97, same, spare=7) == [
        "19:30–19:40", "19:40–19:50", "19:50–20:05", "20:05–20:15", "20:15–20:30", "20:30–20:40",
        "20:40–20:55", "20:55–21:07"]


def test_the_opening_moves_when_the_closing_cannot_take_the_remainder():
    """Opening 10–20, two turns of 20–30, a fixed closing of 10, in 85 min. Minimums 60, room 30, 25 to
    share: opening 18.33 (nearest grid 20), turns 28.33 (30). 20 + 30 + 30 = 80 would leave the closing
    5, outside its fixed 10: the others must make 75 on the grid, and the only way is opening 15 with
    turns of 30 (turns of 25 would need an opening of 25)."""
    spans = [(10, 20), (20, 30), (20, 30), (10, 10)]
    assert times(spans, 85, ["open", 0, 0, "close"], spare=3) == [
        "19:30–19:45", "19:45–20:15", "20:15–20:45", "20:45–20:55"]


def test_a_fixed_odd_block_moves_the_clock_and_the_closing_brings_it_back():
    """Opening 10–15, a fixed 12, closing 10–20, in 45 min. Minimums 32, room 15, 13 to share: opening
    14.33 (grid 15), closing 18.67. Opening 15 leaves the closing 45 - 15 - 12 = 18, inside 10–20 (opening
    10 would leave 23). The fixed 12 forces 19:57; the closing ends on the session length."""
    assert times([(10, 15), (12, 12), (10, 20)], 45, spare=2) == ["19:30–19:45", "19:45–19:57", "19:57–20:15"]


def test_a_fixed_odd_block_in_every_turn():
    """Opening a fixed 3, two turns of 10–15 + a fixed 7, closing 5–10, in 55 min. Minimums 42, room 15,
    13 to share: turn block 14.33, closing 9.33. Turn block 15 leaves the closing 55 - 3 - 2 x 22 = 8
    (inside 5–10); 10 would leave 18. Every time after the fixed 3 is odd: the fixed minutes force it."""
    spans = [(3, 3), (10, 15), (7, 7), (10, 15), (7, 7), (5, 10)]
    assert times(spans, 55, ["open", 0, 1, 0, 1, "close"], spare=5) == [
        "19:30–19:33", "19:33–19:48", "19:48–19:55", "19:55–20:10", "20:10–20:17", "20:17–20:25"]


def test_a_range_too_narrow_for_the_grid_stays_equal_over_the_turns():
    """Two turns of 11–13 (no multiple of 5 inside) and a closing of 10–20, in 45 min. Minimums 32, room
    2 x 2 + 10 = 14, 13 to share: turn 12.86, closing 19.29. Turn 13 leaves the closing 19 (inside);
    12 would leave 21, outside. Both turns 13: odd times only where the range forces them."""
    assert times([(11, 13), (11, 13), (10, 20)], 45, [0, 0, "close"], spare=2) == [
        "19:30–19:43", "19:43–19:56", "19:56–20:15"]


def test_without_a_session_length_ranges_count_at_their_midpoint_rounded_to_5():
    """5–10: 7.5, half up to 10; 10–15: 12.5 to 15; 20–30: 25; 12–14 holds no multiple of 5: 13, the
    midpoint in whole minutes; fixed 3 stays 3."""
    assert times([(5, 10), (10, 15), (20, 30), (12, 14), (3, 3)], None) == [
        "19:30–19:40", "19:40–19:55", "19:55–20:20", "20:20–20:33", "20:33–20:36"]


def test_equal_turns_without_a_spare_block_fall_back_rather_than_fail():
    """Three turns of 10–20 in 40 min and nothing else: 40 is not three equal whole turns, so the minutes
    go by largest remainder as before (13.33 each: 14, 13, 13) instead of an error."""
    assert resolve([(10, 20)] * 3, 40, [0, 0, 0]) == [14, 13, 13]


def test_a_large_agenda_takes_the_quick_answer():
    """Hundreds of wide ranges are too many to search: each goes to its share's nearest grid value and the
    spare block takes the rest. 100 blocks of 1–60 and a closing of 1–100 in 600 min: minimums 101, room
    100 x 59 + 99 = 5999, 499 to share: each block 1 + 59 x 499/5999 = 5.91, nearest grid 5; the
    closing takes 600 - 500 = 100."""
    minutes = resolve([(1, 60)] * 100 + [(1, 100)], 600, spare=100)
    assert minutes == [5] * 100 + [100]


def agenda(**fields) -> Agenda:
    return Agenda(agenda="a", title="T", bron="x", **fields)


def test_the_kind_gives_turn_blocks_one_key_and_the_closing_the_rest():
    """expand + shared: the n-th block of every turn shares a key, a break stays its own, and the spare
    block is the closing's last block; without a closing, the last of `blocks`."""
    a = agenda(opening=[{"name": "O", "duration": 10}], turn=[{"name": "I", "duration": "5–10"},
                                                              {"name": "V", "duration": "20–25"}],
               turns=3, breaks=[{"after_turn": 1, "duration": 15}],
               closing=[{"name": "C1", "duration": 5}, {"name": "C2", "duration": "10–20"}])
    blocks, _ = expand(a, None)
    keys, spare = shared(blocks)
    assert [b.name for b, _, _ in blocks] == ["O", "I", "V", "Pauze", "I", "V", "I", "V", "C1", "C2"]
    assert keys == [0, ("turn", 0), ("turn", 1), 3, ("turn", 0), ("turn", 1), ("turn", 0), ("turn", 1), 8, 9]
    assert spare == 9
    blocks, _ = expand(agenda(blocks=[{"name": "A", "duration": 5}, {"name": "B", "duration": "5–10"}]), None)
    assert shared(blocks) == ([0, 1], 1)


@pytest.mark.parametrize("session", [155, 165, 170, 175, 180, 195])
def test_every_turn_is_equal_and_the_total_exact_over_sessions(session):
    """Whatever the session, turns are equal, the total is exact, and every block but the closing lasts a
    multiple of 5 (these blocks all have one in their range)."""
    spans = ONLINE
    if session < sum(a for a, _ in spans) or session > sum(b for _, b in spans):
        pytest.skip("outside what the blocks can fill")
    minutes = resolve(spans, session, ONLINE_SAME, 14)
    assert sum(minutes) == session
    turns = [tuple(minutes[i:i + 3]) for i in (1, 4, 8, 11)]
    assert len(set(turns)) == 1
    assert all(m % 5 == 0 for m in minutes[:14])
