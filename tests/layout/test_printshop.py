import pytest

from cardgen.layout.printshop import print_page
from cardgen.layout.units import MM


def mm(values):
    return [v / MM for v in values]


def test_plain_page_is_card_plus_bleed():
    page = print_page(63 * MM, 88 * MM, 3 * MM)
    assert (page.width / MM, page.height / MM) == pytest.approx((69, 94))
    assert mm(page.trim) == pytest.approx([3, 3, 66, 91])
    assert mm(page.bleed) == pytest.approx([0, 0, 69, 94])
    assert page.marks == ()


def test_crop_marks_without_a_gap_or_length_add_nothing_to_the_page():
    page = print_page(63 * MM, 88 * MM, 3 * MM, crop_marks=True)
    assert (page.width / MM, page.height / MM) == pytest.approx((69, 94)) and mm(page.trim)[:2] == pytest.approx([3, 3])


@pytest.mark.parametrize("bleed", [2, 3, 5])
def test_crop_marks_lie_outside_the_bleed_and_on_the_trim_lines(bleed):
    """Eight marks, two at each corner: a vertical one on the trim's x (left or right edge) and a
    horizontal one on the trim's y (bottom or top edge), each 5 mm long from 1 mm outside the bleed to
    the page edge. Worked out in mm: pad = bleed + 1 + 5, the trim from pad to pad + 63 (x) and to
    pad + 88 (y), the marks between 0 and 5 mm from the edge."""
    page = print_page(63 * MM, 88 * MM, bleed * MM, crop_marks=True, mark_gap=1 * MM, mark_length=5 * MM)
    pad = bleed + 6
    w, h = 63 + 2 * pad, 88 + 2 * pad
    assert (page.width / MM, page.height / MM) == pytest.approx((w, h))
    assert mm(page.trim) == pytest.approx([pad, pad, pad + 63, pad + 88])
    assert mm(page.bleed) == pytest.approx([6, 6, w - 6, h - 6])
    vertical = {(x, 0, 5) for x in (pad, pad + 63)} | {(x, h - 5, h) for x in (pad, pad + 63)}  # (x, y from, y to)
    horizontal = {(y, 0, 5) for y in (pad, pad + 88)} | {(y, w - 5, w) for y in (pad, pad + 88)}  # (y, x from, x to)
    got_vertical, got_horizontal = set(), set()
    for ax, ay, bx, by in (mm(m) for m in page.marks):
        if ax == pytest.approx(bx):  # x stays: a vertical mark, described by its x and its y span
            got_vertical.add((round(ax, 3), round(min(ay, by), 3), round(max(ay, by), 3)))
        else:
            assert ay == pytest.approx(by), "a mark is neither vertical nor horizontal"
            got_horizontal.add((round(ay, 3), round(min(ax, bx), 3), round(max(ax, bx), 3)))
    assert len(page.marks) == 8
    assert got_vertical == {tuple(round(v, 3) for v in m) for m in vertical}
    assert got_horizontal == {tuple(round(v, 3) for v in m) for m in horizontal}


def test_print_pages_are_card_plus_bleed_front_then_back():
    from cardgen.layout.deck import DeckPlan, print_pages
    from cardgen.layout.face import plan_cards
    from cardgen.layout.plan import Use

    from .test_face_plan import make_faces

    faces = make_faces()
    plan = DeckPlan(faces.layout, plan_cards(faces)[0], None)
    pages = list(print_pages(plan, "both"))
    assert len(pages) == 2 * 5  # 4 cards, one with 2 copies
    page = pages[0]
    assert (page.width / MM, page.height / MM) == pytest.approx((69, 94))
    assert mm(page.trim) == pytest.approx([3, 3, 63, 88]) and mm(page.bleed) == pytest.approx([0, 0, 69, 94])
    first = page.items[0]
    assert isinstance(first, Use) and (first.x / MM, first.y / MM) == pytest.approx((3, 3))
    assert first.group.bleed == pytest.approx(3 * MM)
    assert [p.items[0].group.key.split(":")[0] for p in pages[:4]] == ["front", "back", "front", "back"]
    assert [p.items[0].group.key.split(":")[0] for p in print_pages(plan, "back")] == ["back"] * 5


def test_print_pages_with_crop_marks_in_registration_colour():
    from cardgen.layout.deck import REGISTRATION, DeckPlan, print_pages
    from cardgen.layout.face import plan_cards
    from cardgen.layout.plan import Rule
    from cardgen.schema.template import PrintTemplate

    from .test_face_plan import make_faces

    printer = PrintTemplate(template="t", kind="print", bleed="5mm", crop_marks=True)
    faces = make_faces(printer=printer)
    page = next(print_pages(DeckPlan(faces.layout, plan_cards(faces)[0], None), "both"))
    pad = 5 + 1 + 5
    assert (page.width / MM, page.height / MM) == pytest.approx((63 + 2 * pad, 88 + 2 * pad))
    assert mm(page.trim) == pytest.approx([pad, pad, 63, 88]) and mm(page.bleed) == pytest.approx([6, 6, 73, 98])
    marks = [r for r in page.items if isinstance(r, Rule)]
    assert len(marks) == 8 and {r.color for r in marks} == {REGISTRATION}
    # the mark left of the top-left corner, on the trim's top edge: from 1 mm outside the bleed to the page edge
    assert (5 * MM, pad * MM, 0, pad * MM) in [pytest.approx((r.x1, r.y1, r.x2, r.y2)) for r in marks]
