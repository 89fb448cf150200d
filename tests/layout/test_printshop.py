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


@pytest.mark.parametrize("bleed", [2, 3, 5])
def test_crop_marks_lie_outside_the_bleed_and_on_the_trim_lines(bleed):
    page = print_page(63 * MM, 88 * MM, bleed * MM, crop_marks=True, mark_gap=1 * MM, mark_length=5 * MM)
    pad = bleed + 6
    assert (page.width / MM, page.height / MM) == pytest.approx((63 + 2 * pad, 88 + 2 * pad))
    x0, y0, x1, y1 = page.bleed
    assert len(page.marks) == 8
    for ax, ay, bx, by in page.marks:
        for x, y in ((ax, ay), (bx, by)):
            assert not (x0 < x < x1 and y0 < y < y1), "a mark reaches into the bleed"
        on_trim = {round(v / MM, 3) for v in (ax, bx, ay, by)} & {round(v / MM, 3) for v in page.trim}
        assert on_trim


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
