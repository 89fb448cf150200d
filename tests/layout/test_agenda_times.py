import pytest

from cardgen.layout.agenda import AgendaError, clock, resolve, schedule
from cardgen.layout.durations import parse_duration, show


def test_midpoints_without_a_session_length():
    assert resolve([(5, 10), (10, 15), (20, 30)], None) == [8, 13, 25]  # half minutes round up


def test_ranges_fill_the_session_exactly_in_proportion_to_their_room():
    spans = [(5, 10), (10, 15), (10, 15), (20, 30), (15, 20), (10, 15)]
    minutes = resolve(spans, 90)
    assert sum(minutes) == 90
    assert all(a <= m <= b for m, (a, b) in zip(minutes, spans))
    assert minutes == [8, 13, 13, 26, 17, 13] or minutes == [8, 13, 13, 25, 18, 13]
    assert resolve(spans, 70) == [a for a, _ in spans] and resolve(spans, 105) == [b for _, b in spans]


def test_fixed_durations_are_kept():
    assert resolve([(5, 5), (10, 10), (15, 15)], 30) == [5, 10, 15]


@pytest.mark.parametrize("session, message", [(60, "at least 70 min, which does not fit in 60 min"),
                                              (120, "at most 105 min, which cannot fill 120 min")])
def test_impossible_sessions_say_so_with_numbers(session, message):
    with pytest.raises(AgendaError, match=message):
        resolve([(5, 10), (10, 15), (10, 15), (20, 30), (15, 20), (10, 15)], session)


def test_schedule_and_clock_times():
    slots = schedule(["a", "b"], [(10, 10), (50, 50)], None)
    assert [(s.start, s.minutes) for s in slots] == [(0, 10), (10, 50)]
    assert clock("19:30", 45) == "20:15" and clock("23:30", 45) == "00:15"


@pytest.mark.parametrize("text, span", [(15, (15, 15)), ("15 min", (15, 15)), ("10–15", (10, 15)),
                                        ("10-15 min", (10, 15))])
def test_durations(text, span):
    assert parse_duration(text) == span


@pytest.mark.parametrize("bad", ["10–", "0", "15–10", "een kwartier", True, 0])
def test_bad_durations(bad):
    with pytest.raises(ValueError, match="is not a duration"):
        parse_duration(bad)


def test_ranges_print_with_an_en_dash():
    assert show(10, 15) == "10–15 min" and show(5, 5) == "5 min"
