import pytest

from cardgen.layout.units import (CARD_SIZES, MM, PAPER_SIZES, Length, UnitError, check_length, length_pt, parse_length,
                                  parse_size)


@pytest.mark.parametrize("text, reference, expected_mm", [
    ("4mm", 0, 4), ("2.5 cm", 0, 25), ("1in", 0, 25.4), ("72pt", 0, 25.4),
    ("50%", 88 * MM, 44), ("100% - 8mm", 63 * MM, 55), ("50% + 1mm - 0.5mm", 100 * MM, 50.5), (0, 0, 0),
])
def test_lengths_resolve_to_points(text, reference, expected_mm):
    assert parse_length(text).resolve(reference) == pytest.approx(expected_mm * MM)


@pytest.mark.parametrize("text, message", [
    ("4", "has no unit"), (4, "has no unit"), ("4 furlongs", "is not a length"), ("", "is empty"),
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


# --- hostile or careless input: every refusal is a UnitError (a ValueError) saying what is allowed ---

ANY = "(e.g. '4mm', '11pt', '50%', '100% - 8mm')"
ABSOLUTE = "(e.g. '4mm', '2.5 cm', '11pt', '0.5in')"


@pytest.mark.parametrize("text", ["4 mm", " 4mm ", "4MM", "4 Mm", "4\u00a0mm"])
def test_spaces_and_capitals_are_accepted(text):
    assert parse_length(text) == Length(4 * MM)


def test_a_typographic_minus_is_a_minus():
    assert parse_length("100% \u2212 8mm") == parse_length("100% - 8mm")


@pytest.mark.parametrize("value, message", [
    ("1e999mm", f"'1e999mm' is not a length (use {ANY[1:-1]}); write the number out, without an exponent"),
    (float("inf"), f"inf is not a finite number {ANY}"),
    (float("nan"), f"nan is not a finite number {ANY}"),
    ("1" + "0" * 150 + "mm", "'" + "1" + "0" * 28 + "... is longer than a PDF page can be (at most 5080 mm)"),
    ("6m", "'6m' is not a length (use e.g. '4mm', '11pt', '50%', '100% - 8mm')"),
    ("5000mm + 5000mm", "'5000mm + 5000mm' is longer than a PDF page can be (at most 5080 mm)"),
    ("2000%", "'2000%': 2000% is more than 1000%"),
    (10 ** 400, "1" + "0" * 29 + "... has no unit (use mm, cm, in, pt, %, e.g. '4mm')"),
    ("", f"'' is empty: give a length {ANY}"),
    ("   ", f"'   ' is empty: give a length {ANY}"),
    (None, f"None is not a length: give it as text with a unit {ANY}"),
    (["4mm"], f"['4mm'] is not a length: give it as text with a unit {ANY}"),
    ({"mm": 4}, f"{{'mm': 4}} is not a length: give it as text with a unit {ANY}"),
    (True, f"True is not a length: give it as text with a unit {ANY}"),
    (b"4mm", f"b'4mm' is not a length: give it as text with a unit {ANY}"),
    ("4,5mm", f"'4,5mm' is not a length (use {ANY[1:-1]}); use a decimal point, e.g. '4.5mm'"),
    ("4mm 3mm", f"'4mm 3mm' is not a length (use {ANY[1:-1]}); join terms with + or -"),
    ("4" * 201 + "mm", "'" + "4" * 29 + "... is 203 characters long, too long for a length (at most 200)"),
])
def test_bad_lengths_have_a_clear_message(value, message):
    with pytest.raises(UnitError) as caught:
        parse_length(value)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)  # the schema validators turn it into a located problem


def test_percentages_where_only_lengths_are_allowed():
    with pytest.raises(UnitError) as caught:
        length_pt("50%")
    assert str(caught.value) == "'50%': percentages are not allowed here (give an absolute length, e.g. '4mm')"
    with pytest.raises(UnitError) as caught:
        length_pt(float("inf"))
    assert str(caught.value) == f"inf is not a finite number {ABSOLUTE}"


@pytest.mark.parametrize("value", ["-4mm", "-50%", "0% - 1pt", "2mm - 3mm", "\u22124mm"])
def test_negative_lengths_where_the_caller_refuses_them(value):
    assert parse_length(value).resolve(100) < 0  # allowed unless the caller says otherwise
    with pytest.raises(UnitError) as caught:
        parse_length(value, allow_negative=False)
    assert str(caught.value) == f"{value!r} is negative; it must be 0 or more"


def test_a_percentage_minus_a_length_is_not_negative_in_itself():
    assert parse_length("100% - 8mm", allow_negative=False).resolve(63 * MM) == pytest.approx(55 * MM)
    assert length_pt("0mm", allow_negative=False) == 0
    with pytest.raises(UnitError, match="is negative"):
        length_pt("-1pt", allow_negative=False)


def test_check_length_is_a_validator():
    assert check_length("4 mm") == "4 mm"
    with pytest.raises(ValueError, match="percentages are not allowed"):
        check_length("50%", allow_percent=False)


@pytest.mark.parametrize("value", ["", "-", "+", ".", "%", "4%%", "mm4", "4 - - 4mm", "((4mm))", "4mm+", "\x00", "١mm",
                                   "9" * 199 + "%", " " * 199 + "x", "- " * 99, 1.5, -0.0, [], {}, object(), 2 ** 64])
def test_nothing_but_unit_errors(value):
    """Whatever comes in: a Length or a UnitError, never another exception."""
    try:
        parse_length(value)
        parse_length(value, allow_percent=False, allow_negative=False)
    except UnitError:
        pass
    try:
        parse_size(value, CARD_SIZES)
    except UnitError:
        pass


def test_sizes_refuse_huge_text():
    with pytest.raises(UnitError) as caught:
        parse_size("x" * 100_000, CARD_SIZES)
    assert str(caught.value) == ("'" + "x" * 29 + "... is not a size (use one of poker, bridge, tarot, a7, a6, "
                                 "square, or e.g. '80mm x 120mm')")
    with pytest.raises(UnitError, match="is not a size"):
        parse_size("1e999mm x 1e999mm", CARD_SIZES)
