import pytest

from cardgen.layout.geometry import Rect, box_problems, resolve_box
from cardgen.layout.hyphenate import SHY, hyphenate
from cardgen.layout.units import MM

W, H = 63 * MM, 88 * MM


def test_box_resolves_percentages_against_card_axes():
    r = resolve_box("4mm", "50%", "100% - 8mm", "25%", W, H)
    assert (r.x / MM, r.y / MM, r.width / MM, r.height / MM) == pytest.approx((4, 44, 55, 22))


def test_text_box_must_stay_inside_safe_zone():
    inside = resolve_box("4mm", "4mm", "100% - 8mm", "10mm", W, H)
    assert box_problems("text", inside, W, H, 4 * MM, holds_text=True) == []
    too_close = resolve_box("3mm", "4mm", "20mm", "10mm", W, H)
    [message] = box_problems("text", too_close, W, H, 4 * MM, holds_text=True)
    assert "safe zone" in message and "'text'" in message
    assert box_problems("band", too_close, W, H, 4 * MM, holds_text=False) == []


def test_box_off_the_card_and_empty_box():
    assert "outside" in box_problems("x", resolve_box("50mm", 0, "20mm", "5mm", W, H), W, H, 0, False)[0]
    assert "no area" in box_problems("x", resolve_box(0, 0, "100% - 70mm", "5mm", W, H), W, H, 0, False)[0]


def test_fill_grows_into_bleed_only_on_edges_it_touches():
    trim = Rect(0, 0, W, H)
    band = Rect(0, 0, W, 15 * MM).bleed_out(trim, 3 * MM)
    assert (band.x, band.y, band.right, band.bottom) == pytest.approx((-3 * MM, -3 * MM, W + 3 * MM, 15 * MM))


def test_dutch_hyphenation_marks_compounds():
    word = hyphenate("casusinbrengformulier")
    assert word.replace(SHY, "") == "casusinbrengformulier"
    parts = word.split(SHY)
    assert len(parts) >= 4 and "casus" in parts[0] + parts[1]
    assert hyphenate("Hoe voel je je?") == "Hoe voel je je?"  # short words untouched


def test_a_contents_heading_never_ends_a_page():
    from cardgen.layout.contents import contents_pages

    assert contents_pages([0, 1, 1, 0, 1], 5) == [(0, 5)]
    assert contents_pages([0, 1, 1, 0, 1, 1], 4) == [(0, 3), (3, 6)]  # the heading moves on with its entry
    assert contents_pages([0, 1, 1, 1, 1, 1], 3) == [(0, 3), (3, 6)]
    assert contents_pages([], 3) == [(0, 0)]
