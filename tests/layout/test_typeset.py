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


def test_greedy_breaks_at_spaces_within_the_measure():
    # at 10 pt a character is 5 pt: 50 pt holds 10 characters
    lines = set_lines([Span("een twee drie vier vijf")], 50, 10, M)
    assert words(lines) == ["een twee", "drie vier", "vijf"]
    assert [line.width for line in lines.lines] == [40, 45, 20]
    assert lines.leading == 12.5 and lines.height == 37.5


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
    lines = set_lines([Span("een twee drie")], 50, 10, M)  # "een twee" (40) / "drie" (20)
    right = place(lines, 100, 200, 50, "#000000", "right")
    assert [(t.x, t.y) for t in right] == [(110, 210), (130, 222.5)]
    centre = place(lines, 100, 200, 50, "#000000", "center")
    assert [t.x for t in centre] == [105, 115]


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
