"""The text engine as numbers: a monospaced stand-in for the font metrics makes every break worked
out by hand (each character is half the size wide; bold is 0.6)."""
import pytest

from cardgen.layout.document import Frame, Style, fit_flow, header, paragraph
from cardgen.layout.hyphenate import SHY
from cardgen.layout.plan import Rect, Text
from cardgen.layout.typeset import Miss, Span, fit_paragraphs, place, place_fitted, set_lines


class Mono:
    def width(self, text, face, size):
        return len(text) * size * (0.6 if face == "bold" else 0.5)


M = Mono()


def words(lines):
    return ["".join(r.text for r in line.runs) for line in lines.lines]


def test_total_fit_breaks_at_spaces_within_the_measure_and_avoids_a_lone_last_word():
    # at 10 pt a character is 5 pt: 50 pt holds 10 characters. Three lines at least. Greedy gives
    # "een twee" (10 pt short: 100 x 0.2^2 = 4) / "drie vier" (1) / "vijf" (a lone last word: 60) = 65;
    # "een twee" (4) / "drie" (30 short: 36) / "vier vijf" (last line: 0) = 40 wins
    lines = set_lines([Span("een twee drie vier vijf")], 50, 10, M)
    assert words(lines) == ["een twee", "drie", "vier vijf"]
    assert [line.width for line in lines.lines] == [40, 20, 45]
    assert [line.end for line in lines.lines] == [False, False, True]
    assert lines.leading == 12.5 and lines.height == 37.5


def test_total_fit_never_takes_more_lines_than_needed():
    # "aaaa bbbb cccc" at 70 pt (14 characters) is one line, even though the lone-word rule would like two
    assert words(set_lines([Span("aaaa bbbb cccc")], 70, 10, M)) == ["aaaa bbbb cccc"]


def test_total_fit_balances_ragged_lines():
    # 60 pt holds 12 characters; "aaaaa bbbbb ccccc ddddd" needs two lines. Greedy: "aaaaa bbbbb" (55) /
    # "ccccc ddddd"; the balanced answer is the same. With a long first word, the shortfall is shared:
    # "aaaaaaa bb" (50: 100 x (10/60)^2 = 2.8) / "cc dd" beats "aaaaaaa" (25 short: 17.4) / "bb cc dd"
    assert words(set_lines([Span("aaaaa bbbbb ccccc ddddd")], 60, 10, M)) == ["aaaaa bbbbb", "ccccc ddddd"]
    assert words(set_lines([Span("aaaaaaa bb cc dd")], 60, 10, M)) == ["aaaaaaa bb", "cc dd"]


def test_a_hyphen_is_taken_only_when_it_pays():
    # 50 pt: "ab cdefghijkl" fits nowhere on one line. "ab cdef-" (40 pt: 4 + 120 for the hyphen) / "ghijkl"
    # costs more than "ab" (40 short: 64) / "cdefghijkl" (50, the last line): the unhyphenated answer
    lines = set_lines([Span(f"ab cdef{SHY}ghijkl")], 50, 10, M)
    assert words(lines) == ["ab", "cdefghijkl"]
    # with hyphens off a soft hyphen is used only in a word wider than the measure
    assert words(set_lines([Span(f"ab cdef{SHY}ghijklm")], 50, 10, M, hyphens=False)) == ["ab cdef-", "ghijklm"]


def test_words_break_at_soft_hyphens_only_when_a_word_must():
    # 40 pt (8 characters): "abcdefgh" and "ijklmnop" each fill a line exactly, so no hyphen is needed
    lines = set_lines([Span(f"abcde{SHY}fgh ijk{SHY}lmnop")], 40, 10, M)
    assert words(lines) == ["abcdefgh", "ijklmnop"]
    # 35 pt (7 characters): both words must break, each at its only point
    assert words(set_lines([Span(f"abcde{SHY}fgh ijk{SHY}lmnop")], 35, 10, M)) == ["abcde-", "fgh", "ijk-", "lmnop"]


def test_a_word_breaks_at_its_soft_hyphen_with_a_visible_hyphen():
    lines = set_lines([Span(f"de casus{SHY}inbreng")], 50, 10, M)
    assert words(lines) == ["de casus-", "inbreng"]


def test_a_word_wider_than_the_line_without_a_break_point_does_not_fit():
    assert set_lines([Span("casusinbrengformulier")], 50, 10, M) is None


def test_a_forced_break_and_a_change_of_face_keep_their_space():
    lines = set_lines([Span("Tijd:", "bold"), Span(" klok\nstop")], 100, 10, M)
    assert [[(r.text, r.face, r.x) for r in line.runs] for line in lines.lines] == [
        [("Tijd:", "bold", 0.0), (" klok", "regular", 30.0)], [("stop", "regular", 0.0)]]


def test_place_aligns_each_line_in_the_box():
    # "een" (15) / "twee drie" (45): the lone last word "drie" (60) costs more than a short first line (49)
    lines = set_lines([Span("een twee drie")], 50, 10, M)
    right = place(lines, 100, 200, 50, "#000000", "right")
    assert [(t.x, t.y) for t in right] == [(135, 210), (105, 222.5)]
    centre = place(lines, 100, 200, 50, "#000000", "center")
    assert [t.x for t in centre] == [117.5, 102.5]


def test_fit_shrinks_to_the_largest_size_that_fits_or_says_how_far_it_runs_over():
    text = [[Span("een twee drie vier vijf zes")]]
    # 60 pt wide, 30 pt tall. At 10 and 9.5 pt "een twee drie" (13 characters) is too wide: three lines,
    # 37.5 and 35.6 pt. At 9 pt it is 58.5 pt wide: two lines of 11.25 pt = 22.5 pt fit.
    fitted = fit_paragraphs(text, 60, 30, M, 10, 8)
    assert fitted.size == 9.0 and fitted.height == pytest.approx(22.5)
    assert [words(p) for p in fitted.paragraphs] == [["een twee drie", "vier vijf zes"]]
    miss = fit_paragraphs(text, 60, 10, M, 10, 8)
    assert isinstance(miss, Miss) and not miss.too_wide and miss.floor == 8
    assert miss.excess == pytest.approx(20 - 10)
    assert fit_paragraphs([[Span("woordenboekpagina")]], 30, 100, M, 10, 8).too_wide


def test_valign_middle_centres_the_block():
    fitted = fit_paragraphs([[Span("een")]], 50, 100, M, 10, 10)
    (t,) = place_fitted(fitted, 0, 0, 50, 100, "#000000", valign="middle")
    assert t.y == pytest.approx((100 - 12.5) / 2 + 10)


def test_a_body_keeps_its_size_when_it_fits_shrinks_when_not_and_names_the_section_that_runs_over():
    def body(words):
        return lambda size: [("kop", paragraph("Kop", Style(face="bold"), M)),
                             ("tekst", paragraph("woord " * words, Style(), M))]

    # 100 pt wide: three five-letter words a line at 10 pt down to 9 pt (23 characters need 103.5 pt at 9)
    assert fit_flow(body(40), 100, 200, 10, 8).size == 10  # 14 lines + heading of 13 pt = 195 pt
    shrunk = fit_flow(body(46), 100, 200, 10, 8)  # 16 lines: 221 pt at 10, 209.95 at 9.5, 198.9 at 9
    assert shrunk.size == 9.0 and shrunk.height == pytest.approx(198.9)
    miss = fit_flow(body(400), 100, 200, 10, 8)
    assert (miss.key, miss.too_wide, miss.floor) == ("tekst", False, 8)


def test_the_header_band_is_the_accent_colour_and_the_title_shrinks_to_fit():
    frame = Frame()
    items = header(frame, "Casusinbrengformulier", "#2F5F8A", M)
    band = items[0]
    assert isinstance(band, Rect) and (band.width, band.height, band.fill) == (frame.width, frame.header, "#2F5F8A")
    title = next(i for i in items if isinstance(i, Text))
    assert title.size == 22 and title.face == "bold" and title.color == "#FFFFFF"
    long = next(i for i in header(frame, "x" * 60, "#2F5F8A", M) if isinstance(i, Text))
    assert long.size * 0.6 * 60 <= frame.body_width < (long.size + 0.5) * 0.6 * 60
    assert header(frame, "x" * 200, "#2F5F8A", M) is None
