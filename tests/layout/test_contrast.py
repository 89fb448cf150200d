"""WCAG contrast as numbers, worked out from the formula in the typography notes."""
import pytest

from cardgen.layout.color import contrast, darkened, luminance, needed_contrast


def test_black_on_white_is_21_and_a_colour_on_itself_is_1():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#FFFFFF", "#000000") == pytest.approx(21)  # order does not matter
    assert contrast("#B07A1E", "#B07A1E") == pytest.approx(1)


def test_ochre_on_white_by_hand():
    # #B07A1E: 176/255 = 0.6902 -> ((0.6902 + 0.055) / 1.055) ** 2.4 = 0.4342; 122/255 = 0.4784 -> 0.1946;
    # 30/255 = 0.1176 -> 0.0130. L = 0.2126 * 0.4342 + 0.7152 * 0.1946 + 0.0722 * 0.0130 = 0.2324
    assert luminance("#B07A1E") == pytest.approx(0.2324, abs=0.0005)
    assert contrast("#FFFFFF", "#B07A1E") == pytest.approx(1.05 / 0.2824, abs=0.01)  # 3.72
    # the lightest grey that passes AA on white is #767676 (4.54 : 1); #777777 fails (4.48 : 1)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast("#777777", "#FFFFFF") < 4.5


def test_cmyk_colours_are_measured_as_the_screen_shows_them():
    assert contrast("cmyk(0, 0, 0, 100)", "#FFFFFF") == pytest.approx(21)


@pytest.mark.parametrize("size, bold, needed", [(9, False, 4.5), (9, True, 4.5), (14, True, 3), (14, False, 4.5),
                                                (17.5, False, 4.5), (18, False, 3)])
def test_large_text_needs_3_to_1(size, bold, needed):
    assert needed_contrast(size, bold) == needed


def test_darkened_reaches_the_ratio_and_keeps_the_hue():
    darker = darkened("#B07A1E", "#FFFFFF", 4.5)
    assert contrast(darker, "#FFFFFF") >= 4.5
    r, g, b = (int(darker[i:i + 2], 16) for i in (1, 3, 5))
    assert r / 176 == pytest.approx(g / 122, abs=0.02) == pytest.approx(b / 30, abs=0.1)
    assert contrast(darker, "#FFFFFF") < 4.6  # the lightest that reaches it, not any dark colour
    assert darkened("#B5452F", "#FFFFFF", 4.5) == "#B5452F"  # passes as it is
    assert darkened("#808080", "#000000", 4.5) is None  # darker cannot help against black
