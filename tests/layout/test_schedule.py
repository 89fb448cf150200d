"""The rooster's rotation and dates as numbers (no drawing).

Worked out by hand from the rule in layout/schedule.py: role r at meeting t goes to member
(t + offset[r]) mod n, offset[0] = 0, and the offsets are the fairest over the year, then those
that put the fewest members in a role at two meetings in a row, then the first in order.
"""
import datetime
import itertools

import pytest

from cardgen.layout.schedule import meeting_dates, offsets, rotation, short_date, tally


def test_three_members_two_roles_four_meetings_by_hand():
    # offsets (0, 1) and (0, 2) both share 8 roles as 3, 3, 2 and both have one pair of neighbouring
    # offsets (1 - 0 and 0 - 2 are both 1 mod 3): the first in order wins.
    assert offsets(3, 2, 4) == (0, 1)
    assert rotation(3, 2, 4) == [(0, 1), (1, 2), (2, 0), (0, 1)]
    assert tally(rotation(3, 2, 4), 3) == [[2, 1], [1, 2], [1, 1]]


def test_eight_members_four_roles_never_have_a_role_at_two_meetings_in_a_row():
    # with 0, 2, 4, 6 a member's roles are two meetings apart: no two offsets are neighbours
    assert offsets(8, 4, 8) == (0, 2, 4, 6)
    rota = rotation(8, 4, 8)
    for a, b in zip(rota, rota[1:]):
        assert not set(a) & set(b)


def test_six_members_four_roles_eight_meetings_share_the_roles_five_or_six_each():
    # 32 roles over 6 members: 5 or 6 each; with four of six offsets two neighbours are unavoidable
    chosen = offsets(6, 4, 8)
    assert chosen == (0, 1, 2, 4)
    totals = sorted(sum(row) for row in tally(rotation(6, 4, 8), 6))
    assert totals == [5, 5, 5, 5, 6, 6]


def test_the_first_role_goes_round_in_member_order():
    assert [people[0] for people in rotation(5, 3, 7)] == [0, 1, 2, 3, 4, 0, 1]


@pytest.mark.parametrize("members, roles, meetings", [
    (n, k, m) for n in range(2, 10) for k in range(1, min(n, 5) + 1) for m in (1, n - 1, n, n + 1, 2 * n + 3, 12)])
def test_the_rules_hold_for_every_group(members, roles, meetings):
    rota = rotation(members, roles, meetings)
    assert len(rota) == meetings
    for people in rota:
        assert len(set(people)) == roles  # nobody holds two roles at one meeting
    for r in range(roles):
        holders = [people[r] for people in rota]
        assert all(a != b for a, b in zip(holders, holders[1:]))  # never the same role twice in a row
        for t, member in enumerate(holders):  # everyone once before anyone twice
            if member in holders[:t]:
                assert set(range(members)) <= set(holders[:t])
        counts = [holders.count(p) for p in range(members)]
        assert max(counts) - min(counts) <= 1
    totals = [sum(row) for row in tally(rota, members)]
    best = min(max(t) - min(t) for t in (
        [sum(meetings // members + ((p - o) % members < meetings % members) for o in (0, *rest))
         for p in range(members)] for rest in itertools.combinations(range(1, members), roles - 1)))
    assert max(totals) - min(totals) == best  # no other choice of offsets shares the roles more evenly


def test_more_roles_than_members_is_refused():
    with pytest.raises(ValueError):
        rotation(3, 4, 5)


def test_dates_every_six_weeks_and_on_the_first_thursday_of_the_month():
    first = datetime.date(2026, 9, 3)  # a Thursday, in the first week of September
    assert meeting_dates(first, 6, 3) == [first, datetime.date(2026, 10, 15), datetime.date(2026, 11, 26)]
    assert meeting_dates(first, "maandelijks", 5) == [
        datetime.date(2026, 9, 3), datetime.date(2026, 10, 1), datetime.date(2026, 11, 5), datetime.date(2026, 12, 3),
        datetime.date(2027, 1, 7)]
    # the second Tuesday: 2026-01-13, then 10 February, 10 March
    assert meeting_dates(datetime.date(2026, 1, 13), "maandelijks", 3)[1:] == [datetime.date(2026, 2, 10),
                                                                              datetime.date(2026, 3, 10)]
    assert short_date(datetime.date(2027, 1, 7)) == "do 7 jan. 2027"
