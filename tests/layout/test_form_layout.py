"""Page breaking of form fields, as numbers: y is measured from the page's top, downwards."""
import pytest

from cardgen.layout.form import FIELD_GAP, LABEL_GAP, Block, column_edges, first_part, paginate, writing_height
from cardgen.layout.units import MM

S = 8 * MM
TOP, BOTTOM = 30 * MM, 270 * MM  # a body 240 mm tall


def test_writing_space_per_kind():
    assert writing_height("lines", S, n=4) == pytest.approx(32 * MM)
    assert writing_height("box", S, height="40mm") == pytest.approx(40 * MM)
    assert writing_height("table", S, rows=3) == pytest.approx(32 * MM)  # header row + 3 rows
    assert writing_height("checkbox", S, options=3) == pytest.approx(21 * MM)
    assert writing_height("date", S) == pytest.approx(12.5 * MM)  # a line and its captions
    assert writing_height("signature", S) == pytest.approx(20.5 * MM)
    assert writing_height("heading", S) == 0


def test_a_field_that_does_not_fit_moves_to_the_next_page():
    blocks = [Block(10, 100 * MM), Block(10, 100 * MM), Block(10, 100 * MM)]
    placed = paginate(blocks, first_top=50 * MM, top=TOP, bottom=BOTTOM, spacing=S)
    assert [p.page for p in placed] == [0, 0, 1]
    assert placed[1].top == pytest.approx(50 * MM + 10 + LABEL_GAP + 100 * MM + FIELD_GAP)
    assert placed[2].top == pytest.approx(TOP)
    for p in placed:
        assert p.bottom <= BOTTOM + 1e-6


def test_a_long_table_continues_with_its_header_on_the_next_page():
    placed = paginate([Block(10, writing_height("table", S, rows=40), 40)], 50 * MM, TOP, BOTTOM, S)
    # the first page holds the rows below 50 mm + label + gap + header: (220 mm - 10 pt - 2 mm) // 8 mm - 1
    first = int((BOTTOM - 50 * MM - 10 - LABEL_GAP) // S) - 1
    again = int((BOTTOM - TOP - 10 - LABEL_GAP) // S) - 1  # a whole page below its label and header
    assert (first, again) == (25, 28)
    assert [p.rows for p in placed] == [(0, 25), (25, 15)]
    assert [p.page for p in placed] == [0, 1]
    assert placed[1].top == pytest.approx(TOP)
    for p in placed:
        assert p.writing == pytest.approx((1 + p.rows[1]) * S)
        assert p.bottom <= BOTTOM + 1e-6


def test_a_table_leaves_no_lone_row_at_the_end_of_a_page():
    # Room for the label, the header and one row only: the whole table moves on.
    first_top = BOTTOM - (10 + LABEL_GAP + 2 * S + 1)
    placed = paginate([Block(10, writing_height("table", S, rows=5), 5)], first_top, TOP, BOTTOM, S)
    assert [(p.page, p.rows) for p in placed] == [(1, (0, 5))]


def test_nor_a_lone_row_at_the_top_of_the_next_page():
    # Room for the header and four rows of five: three stay, two go on.
    first_top = BOTTOM - (10 + LABEL_GAP + 5 * S + 1)
    placed = paginate([Block(10, writing_height("table", S, rows=5), 5)], first_top, TOP, BOTTOM, S)
    assert [(p.page, p.rows) for p in placed] == [(0, (0, 3)), (1, (3, 2))]


def test_a_heading_stays_with_the_field_after_it():
    heading, field = Block(12, writing_height("heading", S)), Block(10, writing_height("lines", S, n=3))
    # room for the heading and the next field's label, not for its three lines: both move on
    first_top = BOTTOM - (12 + LABEL_GAP + FIELD_GAP + 10 + LABEL_GAP + 2 * S)
    placed = paginate([heading, field], first_top, TOP, BOTTOM, S)
    assert [p.page for p in placed] == [1, 1]
    assert first_part([heading, field], 0, S) == pytest.approx(12 + LABEL_GAP + FIELD_GAP + 10 + LABEL_GAP + 3 * S)


def test_a_heading_before_a_table_needs_its_header_and_two_rows():
    blocks = [Block(12, 0.0), Block(10, writing_height("table", S, rows=10), 10)]
    assert first_part(blocks, 0, S) == pytest.approx(12 + LABEL_GAP + FIELD_GAP + 10 + LABEL_GAP + 3 * S)
    first_top = BOTTOM - first_part(blocks, 0, S)  # exactly that room: both stay, the table splits
    placed = paginate(blocks, first_top, TOP, BOTTOM, S)
    assert [(p.page, p.rows) for p in placed] == [(0, None), (0, (0, 2)), (1, (2, 8))]


def test_table_columns_follow_their_relative_widths():
    assert column_edges(3, None, 10.0, 90.0) == [10.0, 40.0, 70.0, 100.0]
    edges = column_edges(2, [3, 1], 0.0, 100.0)
    assert edges == [0.0, 75.0, 100.0]
