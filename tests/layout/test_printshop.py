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
