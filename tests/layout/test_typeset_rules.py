"""The text engine's edges as known answers (complements test_typeset.py): exact fits, half a point
over, hyphenation points at a word's start, words that change face, empty paragraphs, and the sizes a
fit tries. The monospaced stand-in makes every width a multiple: at 10 pt a regular character is 5 pt
wide, a bold one 6 pt."""
import pytest

from cardgen.layout.hyphenate import SHY
from cardgen.layout.typeset import Miss, Span, fit_paragraphs, set_lines, sizes, spans


class Mono:
    def width(self, text, face, size):
        return len(text) * size * (0.6 if face == "bold" else 0.5)


M = Mono()


def texts(lines):
    return ["".join(r.text for r in line.runs) for line in lines.lines]


def runs(lines):
    return [[(r.text, r.face, r.x) for r in line.runs] for line in lines.lines]


def test_spans_hyphenate_unless_told_not_to():
    assert spans("casusinbrengformulier") == [Span(f"casus{SHY}in{SHY}breng{SHY}for{SHY}mu{SHY}lier", "regular")]
    assert spans("casusinbrengformulier", "bold", hyphens=False) == [Span("casusinbrengformulier", "bold")]


def test_a_line_that_fits_exactly_is_one_line():
    assert texts(set_lines([Span("abcde fghij")], 55, 10, M)) == ["abcde fghij"]  # 11 characters, 55 pt


def test_half_a_point_over_breaks_the_line():
    assert texts(set_lines([Span("abcde fghij")], 54.5, 10, M)) == ["abcde", "fghij"]


def test_a_hyphenated_head_that_fits_exactly_is_taken():
    # "ab casus-" is 9 characters: 45 pt exactly
    assert texts(set_lines([Span(f"ab casus{SHY}inbreng")], 45, 10, M)) == ["ab casus-", "inbreng"]


def test_a_head_half_a_point_too_wide_is_not():
    assert texts(set_lines([Span(f"ab casus{SHY}inbreng")], 44.5, 10, M)) == ["ab", "casus-", "inbreng"]


def test_the_room_for_a_head_is_what_is_left_after_the_words_and_the_space():
    # "abcdef " leaves 60 - 35 = 25 pt: "cas-" (20) fits, "casus-" (30) does not. Both ways take two lines;
    # the total fit prefers no hyphen: "abcdef" (30 pt short of 60: 100 x 0.5^2 = 25) over "abcdef cas-"
    # (5 pt short: 0.7, plus 120 for the hyphen)
    assert texts(set_lines([Span(f"abcdef cas{SHY}us{SHY}inbreng")], 60, 10, M)) == ["abcdef", "casusinbreng"]
    # one character narrower (55 pt) "casusinbreng" (60) no longer fits a line: the head is what is left
    assert texts(set_lines([Span(f"abcdef cas{SHY}us{SHY}inbreng")], 55, 10, M)) == ["abcdef cas-", "usinbreng"]


def test_a_soft_hyphen_at_the_start_of_a_word_is_no_break_point():
    assert set_lines([Span(f"{SHY}abcdefghij")], 20, 10, M) is None


def test_a_break_leaves_at_least_three_letters_on_each_side():
    # "a-" would fit 25 pt, but a break after one letter is no break point: "abcdef" (30) is too wide
    assert set_lines([Span(f"a{SHY}bcdef")], 25, 10, M) is None
    assert texts(set_lines([Span(f"abc{SHY}def")], 25, 10, M)) == ["abc-", "def"]
    assert set_lines([Span(f"abcd{SHY}ef")], 25, 10, M) is None


def test_a_word_that_changes_face_breaks_between_its_pieces():
    """'Ver' bold then 'ant\xadwoor\xaddelijk' regular: the break after 'woor' cuts the second piece; the
    head keeps both faces, the tail is regular, and the second run starts right after the first,
    without a space (3 bold characters: 18 pt)."""
    lines = set_lines([Span("Ver", "bold"), Span(f"ant{SHY}woor{SHY}delijk")], 70, 10, M)
    assert runs(lines) == [[("Ver", "bold", 0.0), ("antwoor-", "regular", 18.0)], [("delijk", "regular", 0.0)]]
    # a soft hyphen ending the bold piece is a break point too; the widest head that fits 50 pt wins
    at_seam = set_lines([Span(f"Ver{SHY}", "bold"), Span(f"ant{SHY}woordelijk")], 50, 10, M)
    assert runs(at_seam) == [[("Ver", "bold", 0.0), ("ant-", "regular", 18.0)], [("woordelijk", "regular", 0.0)]]
    narrow = set_lines([Span(f"Ver{SHY}", "bold"), Span(f"ant{SHY}woordelijk")], 30, 10, M)
    assert narrow is None  # 'woordelijk' (50 pt) has no break point


def test_an_empty_paragraph_is_one_empty_line_and_a_final_break_adds_none():
    assert len(set_lines([Span("")], 50, 10, M).lines) == 1
    assert texts(set_lines([Span("abc\n")], 50, 10, M)) == ["abc"]
    assert texts(set_lines([Span("abc\n\ndef")], 50, 10, M)) == ["abc", "", "def"]


def test_sizes_from_the_top_down_to_the_floor():
    assert sizes(10, 8) == [10.0, 9.5, 9.0, 8.5, 8.0]
    assert sizes(10, None) == [10.0]
    assert sizes(9, 10) == []


def test_a_fit_with_no_size_to_try_misses_at_the_floor():
    assert fit_paragraphs([[Span("abc")]], 50, 50, M, 9, 10) == Miss(0.0, False, 10)
    assert fit_paragraphs([[Span("abc")]], 50, 50, M, 10, None).size == 10


def test_a_break_right_at_the_seam_of_two_faces():
    """'Ver' bold, then '\xadant\xadwoord': at 30 pt the widest head that fits is 'Ver-' (24 pt), its
    hyphen in the bold face, and the tail starts with the regular piece (no empty bold run before it)."""
    lines = set_lines([Span("Ver", "bold"), Span(f"{SHY}ant{SHY}woord")], 30, 10, M)
    assert runs(lines) == [[("Ver-", "bold", 0.0)], [("ant-", "regular", 0.0)], [("woord", "regular", 0.0)]]


def test_a_break_in_the_third_piece_of_a_word():
    lines = set_lines([Span("ab", "bold"), Span("cd"), Span(f"ef{SHY}ghijkl", "bold")], 50, 10, M)
    assert runs(lines) == [[("ab", "bold", 0.0), ("cd", "regular", 12.0), ("ef-", "bold", 22.0)],
                           [("ghijkl", "bold", 0.0)]]


def test_a_word_of_three_faces_after_a_space_keeps_its_pieces_together():
    """'ab ' then 'Ver' bold, 'ant' regular, 'woord' bold: the first bold run starts with the space
    (measured in bold, 6 pt) at 10, 'ant' right after 'Ver' at 10 + 6 + 18 = 34, 'woord' right after
    'ant' at 34 + 15 = 49: only the first piece of a word carries its space."""
    lines = set_lines([Span("ab "), Span("Ver", "bold"), Span("ant"), Span("woord", "bold")], 100, 10, M)
    assert runs(lines) == [[("ab", "regular", 0.0), (" Ver", "bold", 10.0), ("ant", "regular", 34.0),
                            ("woord", "bold", 49.0)]]


def test_fit_to_the_exact_height_and_half_a_point_over():
    text = [[Span("een twee")]]  # one line at 10 pt: 12.5 pt tall
    assert fit_paragraphs(text, 50, 12.5, M, 10, 8).size == 10
    assert fit_paragraphs(text, 50, 12.0, M, 10, 8).size == 9.5  # 11.875 pt at 9.5
    miss = fit_paragraphs([[Span("een twee drie")]], 50, 10, M, 10, None)  # two lines; no floor: the size itself
    assert miss == Miss(pytest.approx(2 * 12.5 - 10), False, 10)


def test_a_word_too_wide_misses_with_the_floor_and_no_excess():
    assert fit_paragraphs([[Span("woordenboekpagina")]], 30, 100, M, 10, 8) == Miss(0.0, True, 8)


def test_place_fitted_puts_the_text_at_the_top_left_by_default():
    from cardgen.layout.typeset import place_fitted

    fitted = fit_paragraphs([[Span("een")]], 50, 100, M, 10, 10)
    (t,) = place_fitted(fitted, 5, 20, 50, 100, "#000000")
    assert (t.x, t.y) == (5, 30)  # the first baseline one size below the top
