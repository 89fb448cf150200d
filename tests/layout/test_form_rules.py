"""Form layout as known answers: the writing space each kind of field takes when its sizes are left
out, where a heading needs its follower, and how a table splits at the edges of its rules. Units are
points; S is the ruling (8 mm). Complements test_form_layout.py."""
import pytest

from cardgen.layout.form import CHECK_ROW, FIELD_GAP, LABEL_GAP, Block, first_part, paginate, writing_height
from cardgen.layout.units import MM

S = 8 * MM
TOP, BOTTOM = 30 * MM, 270 * MM


def test_the_writing_space_of_a_field_without_its_sizes():
    """lines without n: one line; a box without a height: 30 mm; a lone checkbox: one row; a table
    without rows: its header and one row."""
    assert writing_height("lines", S) == S
    assert writing_height("box", S) == pytest.approx(30 * MM)
    assert writing_height("checkbox", S) == CHECK_ROW
    assert writing_height("checkbox", S, options=1) == CHECK_ROW
    assert writing_height("table", S) == 2 * S
    assert writing_height("line", S) == S
    with pytest.raises(ValueError, match="^kaart$"):
        writing_height("kaart", S)


def test_a_heading_needs_the_first_part_of_the_field_after_it_not_before_it():
    before, heading, after = Block(10, 50 * MM), Block(12, 0.0), Block(10, 3 * S)
    assert first_part([before, heading, after], 1, S) == pytest.approx(12 + LABEL_GAP + FIELD_GAP + 10 + LABEL_GAP + 3 * S)
    assert first_part([before, heading], 1, S) == pytest.approx(12 + LABEL_GAP)  # the last field: itself only


def part(p):
    return p.page, p.rows


def test_a_table_half_a_point_too_long_for_the_page_splits():
    """The table's whole (label, gap, header and 3 rows) is 0.5 pt taller than the room: it splits
    (2 rows stay, 1 goes on), where 1 pt of slack would have kept it whole."""
    block = Block(10, writing_height("table", S, rows=3), 3)
    first_top = BOTTOM - (10 + LABEL_GAP + 4 * S) + 0.5
    assert [part(p) for p in paginate([block], first_top, TOP, BOTTOM, S)] == [(0, (0, 2)), (1, (2, 1))]


def test_a_field_half_a_point_too_tall_for_the_page_moves_on():
    block = Block(10, 3 * S)
    first_top = BOTTOM - (10 + LABEL_GAP + 3 * S) + 0.5
    assert [p.page for p in paginate([Block(10, 10), block], first_top - 10 - LABEL_GAP - 10 - FIELD_GAP, TOP,
                                      BOTTOM, S)] == [0, 1]


def test_rows_count_only_when_a_whole_row_fits():
    """Room for the header and 3 rows less half a point: only 2 whole rows fit, so 2 stay and 2 go on."""
    block = Block(10, writing_height("table", S, rows=4), 4)
    first_top = BOTTOM - (10 + LABEL_GAP + 4 * S) + 0.5
    assert [part(p) for p in paginate([block], first_top, TOP, BOTTOM, S)] == [(0, (0, 2)), (1, (2, 2))]


def test_two_rows_at_the_foot_of_a_page_and_one_on_the_next():
    """A 3-row table with room for 2: 2 stay (1 would be a lone row at the foot) and the last goes on."""
    block = Block(10, writing_height("table", S, rows=3), 3)
    first_top = BOTTOM - (10 + LABEL_GAP + 3 * S) - 1
    assert [part(p) for p in paginate([block], first_top, TOP, BOTTOM, S)] == [(0, (0, 2)), (1, (2, 1))]


def test_three_rows_at_the_foot_keep_one_back_so_none_is_alone_on_the_next_page():
    block = Block(10, writing_height("table", S, rows=4), 4)
    first_top = BOTTOM - (10 + LABEL_GAP + 4 * S) - 1  # room for the header and 3 rows of 4
    assert [part(p) for p in paginate([block], first_top, TOP, BOTTOM, S)] == [(0, (0, 2)), (1, (2, 2))]


def test_a_page_with_room_for_one_row_takes_one_row_a_page():
    bottom = TOP + 10 + LABEL_GAP + 2 * S + 1  # label, header and a single row
    block = Block(10, writing_height("table", S, rows=3), 3)
    assert [part(p) for p in paginate([block], TOP, TOP, bottom, S)] == [(0, (0, 1)), (1, (1, 1)), (2, (2, 1))]


def test_the_field_after_a_split_table_follows_its_last_part():
    """The table continues on page 2 with 15 rows: its part ends at TOP + 10 + gap + 16 x S, and the
    next field starts a field gap below."""
    table, after = Block(10, writing_height("table", S, rows=40), 40), Block(10, S)
    placed = paginate([table, after], 50 * MM, TOP, BOTTOM, S)
    assert [(p.index, p.page, p.rows) for p in placed] == [(0, 0, (0, 25)), (0, 1, (25, 15)), (1, 1, None)]
    assert placed[2].top == pytest.approx(TOP + 10 + LABEL_GAP + 16 * S + FIELD_GAP)
