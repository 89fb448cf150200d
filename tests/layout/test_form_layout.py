import pytest

from cardgen.layout.form import FIELD_GAP, LABEL_GAP, paginate, writing_height
from cardgen.layout.units import MM

S = 8 * MM


def test_writing_space_per_kind():
    assert writing_height("lines", S, n=4) == pytest.approx(32 * MM)
    assert writing_height("box", S, height="40mm") == pytest.approx(40 * MM)
    assert writing_height("table", S, rows=3) == pytest.approx(32 * MM)  # header row + 3 rows
    assert writing_height("checkbox", S, options=3) == pytest.approx(21 * MM)


def test_a_field_that_does_not_fit_moves_to_the_next_page():
    blocks = [(10, 100 * MM, None), (10, 100 * MM, None), (10, 100 * MM, None)]
    placed = paginate(blocks, first_top=250 * MM, top=270 * MM, bottom=20 * MM, spacing=S)
    assert [p.page for p in placed] == [0, 0, 1]
    assert placed[1].top == pytest.approx(250 * MM - (10 + LABEL_GAP + 100 * MM + FIELD_GAP))
    assert placed[2].top == pytest.approx(270 * MM)
    for p in placed:
        assert p.top - p.label_height - LABEL_GAP - p.writing >= 20 * MM - 1e-6


def test_a_long_table_continues_with_its_header_on_the_next_page():
    placed = paginate([(10, writing_height("table", S, rows=40), 40)], 250 * MM, 270 * MM, 20 * MM, S)
    parts = [p.rows for p in placed]
    assert sum(count for _, count in parts) == 40
    assert [first for first, _ in parts] == [0, parts[0][1]] + ([parts[0][1] + parts[1][1]] if len(parts) > 2 else [])
    assert len({p.page for p in placed}) == len(placed) >= 2
    for p in placed:
        assert p.writing == pytest.approx((1 + p.rows[1]) * S)


def test_a_table_leaves_no_lone_row_at_the_end_of_a_page():
    # Room for the label, the header and one row only: the whole table moves on.
    first_top = 20 * MM + 10 + LABEL_GAP + 2 * S + 1
    placed = paginate([(10, writing_height("table", S, rows=5), 5)], first_top, 270 * MM, 20 * MM, S)
    assert [(p.page, p.rows) for p in placed] == [(1, (0, 5))]


def test_a_heading_stays_with_the_field_after_it():
    heading, field = (12, writing_height("heading", S), None), (10, writing_height("lines", S, n=3), None)
    first_top = 20 * MM + 12 + LABEL_GAP + 5  # room for the heading alone
    placed = paginate([heading, field], first_top, 270 * MM, 20 * MM, S)
    assert [p.page for p in placed] == [1, 1]


def test_table_columns_follow_their_relative_widths():
    from cardgen.layout.form import column_edges

    assert column_edges(3, None, 10.0, 90.0) == [10.0, 40.0, 70.0, 100.0]
    edges = column_edges(2, [3, 1], 0.0, 100.0)
    assert edges == [0.0, 75.0, 100.0]
