import pytest

from cardgen.layout.units import CARD_SIZES, MM, PAPER_SIZES, UnitError, length_pt, parse_length, parse_size


@pytest.mark.parametrize("text, reference, expected_mm", [
    ("4mm", 0, 4), ("2.5 cm", 0, 25), ("1in", 0, 25.4), ("72pt", 0, 25.4),
    ("50%", 88 * MM, 44), ("100% - 8mm", 63 * MM, 55), ("50% + 1mm - 0.5mm", 100 * MM, 50.5), (0, 0, 0),
])
def test_lengths_resolve_to_points(text, reference, expected_mm):
    assert parse_length(text).resolve(reference) == pytest.approx(expected_mm * MM)


@pytest.mark.parametrize("text, message", [
    ("4", "has no unit"), (4, "has no unit"), ("4 furlongs", "is not a length"), ("", "is not a length"),
    ("mm", "is not a length"), ("4mm 3mm", "is not a length"),
])
def test_bad_lengths_say_what_is_allowed(text, message):
    with pytest.raises(UnitError, match=message):
        parse_length(text)


def test_percent_refused_where_absolute_needed():
    with pytest.raises(UnitError, match="percentages are not allowed"):
        length_pt("50%")


@pytest.mark.parametrize("name, mm", [("poker", (63, 88)), ("tarot", (70, 120)), ("a7", (74, 105)),
                                      ("square", (70, 70)), ("80mm x 120mm", (80, 120)), ("POKER", (63, 88))])
def test_card_sizes(name, mm):
    w, h = parse_size(name, CARD_SIZES)
    assert (w / MM, h / MM) == pytest.approx(mm)


def test_paper_sizes():
    assert [v / MM for v in parse_size("A4", PAPER_SIZES)] == pytest.approx([210, 297])
    assert [v / MM for v in parse_size("Letter", PAPER_SIZES)] == pytest.approx([215.9, 279.4])


@pytest.mark.parametrize("bad", ["huge", "80mm", "0mm x 10mm", "80 x 120"])
def test_bad_sizes(bad):
    with pytest.raises(UnitError, match="is not a size"):
        parse_size(bad, CARD_SIZES)
