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
