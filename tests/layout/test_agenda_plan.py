"""The agenda page as numbers: where the fields, heading and rows go, the size chosen, and what does
not fit. Expected values are worked out from the template (10.5 pt down to 7.5 pt, columns 38 and
34 mm) and the frame (A4: margin 15 mm, header 24 mm, footer 10 mm, body from 30 mm), not read back
from the program."""
import datetime

import pytest

from cardgen.errors import Overflow
from cardgen.kinds.agenda import expand, printed
from cardgen.layout.agenda import Slot
from cardgen.layout.agenda_page import SHADE, Look, Row, plan_agenda, subtitle
from cardgen.layout.document import MUTED, frame_for
from cardgen.layout.plan import Rect, Text, texts
from cardgen.render.fonts import FontMetrics
from cardgen.schema.agenda import Agenda, AgendaTemplate, Block

MM = 72 / 25.4
INK, ACCENT = "#1A1A1A", "#2B5C8A"
LOOK = Look(INK, ACCENT)
BODY_TOP = 30 * MM  # header 24 mm + 6 mm
BODY_HEIGHT = (297 - 30 - 15 - 10) * MM
FIELDS = 3 * 8 * MM  # three rows of fields
metrics = FontMetrics()


def heading(s):  # "Programma": 1.25 × the base, space 0.6 before and 0.3 after, leading 1.2
    return (0.6 + 1.2 + 0.3) * 1.25 * s


def one_line_row(s):  # name (leading 1.3) + 0.15 after it, at least 1.4; plus 2 mm
    return max(1.3 * s + 0.15 * s, 1.4 * s) + 2 * MM


def plan(rows, paper="A4", bron="Testbron", **agenda):
    a = Agenda(agenda="t", title="Sessie", bron=bron, blocks=[Block(name="x", duration=5)], **agenda)
    template = AgendaTemplate(template="agenda", kind="agenda", paper=paper)
    return plan_agenda(a, rows, frame_for(template), LOOK, metrics, 10.5, 7.5, "45 minuten")


def find(page, text):
    return next(t for t in texts(page) if t.text == text)


def test_rows_are_placed_from_the_rules():
    rows = [Row("+0 min", 5, "Opening", lead="facilitator"),
            Row("+5 min", 7, "Probleemstelling", "beurt 1", None, "inbrenger")]
    page = plan(rows, date=datetime.date(2026, 12, 3))
    assert (page.width, page.height) == pytest.approx((210 * MM, 297 * MM))
    # the fields: two side by side, 8 mm a row, baselines 2 mm above each row's end
    datum, plaats, notulist = find(page, "Datum"), find(page, "Plaats"), find(page, "Notulist")
    assert (datum.x, datum.y, datum.size) == pytest.approx((15 * MM, BODY_TOP + 6 * MM, 0.9 * 10.5))
    assert (plaats.x, plaats.y) == pytest.approx((15 * MM + 90 * MM, BODY_TOP + 6 * MM))
    assert (notulist.x, notulist.y) == pytest.approx((15 * MM, BODY_TOP + 22 * MM))
    date = find(page, "3 december 2026")
    assert (date.x, date.y) == pytest.approx((15 * MM + 33 * MM, BODY_TOP + 6 * MM - 0.5))
    title = find(page, "Programma")
    assert title.y == pytest.approx(BODY_TOP + FIELDS + 0.6 * 13.125 + 13.125)
    assert (title.size, title.color, title.face) == (13.125, ACCENT, "bold")

    top = BODY_TOP + FIELDS + heading(10.5)  # the first row's top
    time, minutes, name = find(page, "+0 min"), find(page, "5 min"), find(page, "Opening")
    assert (time.x, time.y, time.size) == pytest.approx((15 * MM, top + 1.15 * 10.5, 10.5))
    assert time.face == "bold"
    assert (minutes.x, minutes.y, minutes.size) == pytest.approx((50 * MM, top + 1.15 * 10.5, 0.85 * 10.5))
    assert minutes.align == "right"
    assert (name.x, name.y, name.size) == pytest.approx((53 * MM, top + 0.6 * MM + 10.5, 10.5))
    lead = find(page, "facilitator")
    assert (lead.x, lead.y, lead.size, lead.face) == (pytest.approx(163 * MM), pytest.approx(top + 1.15 * 10.5),
                                                      pytest.approx(0.9 * 10.5), "italic")
    # every other row shaded, 1.5 mm wider than the body on each side
    shades = [r for r in page.items if isinstance(r, Rect) and r.fill == SHADE]
    # the two rows share the body's height left over, so the programme fills the page: each row is
    # half of it taller, its shading with it
    share = (BODY_HEIGHT - FIELDS - heading(10.5) - 2 * one_line_row(10.5)) / 2
    assert len(shades) == 1
    assert (shades[0].x, shades[0].y, shades[0].width, shades[0].height) == pytest.approx(
        (13.5 * MM, top, 183 * MM, one_line_row(10.5) + share))
    second = top + one_line_row(10.5) + share
    assert find(page, "+5 min").y == pytest.approx(second + 1.15 * 10.5)


def test_a_short_programme_fills_the_page_and_grows_to_the_ceiling_only():
    rows = [Row(f"+{i * 5} min", 5, f"Blok {i}") for i in range(3)]
    plain = plan(rows)  # no ceiling: the template's size, the room shared by the three rows
    share = (BODY_HEIGHT - FIELDS - heading(10.5) - 3 * one_line_row(10.5)) / 3
    assert find(plain, "Blok 2").size == 10.5
    assert find(plain, "+10 min").y == pytest.approx(BODY_TOP + FIELDS + heading(10.5)
                                                     + 2 * (one_line_row(10.5) + share) + 1.15 * 10.5)
    a = Agenda(agenda="t", title="Sessie", bron="b", blocks=[Block(name="x", duration=5)])
    frame = frame_for(AgendaTemplate(template="agenda", kind="agenda"))
    grown = plan_agenda(a, rows, frame, LOOK, metrics, 10.5, 7.5, "15 minuten", ceiling=12)
    assert find(grown, "Blok 0").size == 12 and find(grown, "+0 min").size == 12  # fits far below 13 pt
    share = (BODY_HEIGHT - FIELDS - heading(12) - 3 * one_line_row(12)) / 3
    assert find(grown, "+10 min").y == pytest.approx(BODY_TOP + FIELDS + heading(12)
                                                     + 2 * (one_line_row(12) + share) + 1.15 * 12)


def test_the_turn_follows_the_name_after_a_space():
    page = plan([Row("+5 min", 7, "Probleemstelling", "beurt 1", None, "inbrenger")])
    name, turn = find(page, "Probleemstelling"), find(page, " · beurt 1")
    assert name.y == turn.y and (name.color, turn.color) == (INK, MUTED)
    assert turn.x == pytest.approx(name.x + metrics.width("Probleemstelling", "bold", 10.5))
    assert "beurt" not in name.text


def test_the_body_shrinks_to_the_largest_size_that_fits():
    def needed(s, n):
        return FIELDS + heading(s) + n * one_line_row(s)

    rows = [Row(f"+{i * 5} min", 5, f"Blok {i}") for i in range(30)]
    sizes = [10.5 - 0.25 * i for i in range(13)]
    expected = next(s for s in sizes if needed(s, 30) <= BODY_HEIGHT)
    assert expected == 9.5  # 30 one-line rows: 9.75 pt needs 242.7 mm of the 242, 9.5 pt 238.6 mm
    page = plan(rows)
    assert find(page, "Blok 0").size == expected and find(page, "+0 min").size == expected


def test_a_programme_too_long_is_an_overflow_with_the_excess():
    rows = [Row(f"+{i * 5} min", 5, f"Blok {i}") for i in range(37)]
    miss = plan(rows)
    assert isinstance(miss, Overflow)
    excess = FIELDS + heading(7.5) + 37 * one_line_row(7.5) - BODY_HEIGHT
    assert (miss.field, miss.too_wide, miss.floor) == (("blocks",), False, 7.5)
    assert miss.excess == pytest.approx(excess, abs=0.01)
    assert miss.message() == (f"agenda 't': the programme runs over by {excess / MM:.1f} mm even at the floor size "
                              "7.5 pt; shorten the descriptions or plan fewer blocks (an agenda is one page)")


def test_a_word_too_wide_names_its_row():
    rows = [Row("+0 min", 5, "Opening"), Row("+5 min", 5, "A" * 120, field=("blocks", 1))]
    miss = plan(rows)
    assert isinstance(miss, Overflow)
    assert (miss.field, miss.too_wide) == (("blocks", 1), True)


def test_a_credit_too_long_names_bron():
    miss = plan([Row("+0 min", 5, "Opening")], bron="Een bron " * 80)
    assert isinstance(miss, Overflow) and miss.field == ("bron",)


def test_a5_is_laid_out_for_its_paper():
    page = plan([Row("+0 min", 5, "Opening", "", "Check-in", "facilitator")], paper="A5")
    assert (page.width, page.height) == pytest.approx((148 * MM, 210 * MM))
    top = (18 + 6) * MM + FIELDS + heading(10.5)  # A5: header 18 mm, margin 10 mm
    assert (find(page, "+0 min").x, find(page, "+0 min").y) == pytest.approx((10 * MM, top + 1.15 * 10.5))
    assert find(page, "Plaats").x == pytest.approx(10 * MM + 64 * MM)
    assert find(page, "facilitator").x == pytest.approx((148 - 10 - 34 + 2) * MM)


def test_text_stays_inside_the_body():
    what = ("Een lange beschrijving van wat er gebeurt, wie wat doet en welke vragen aan bod komen; de groep "
            "noteert de uitkomsten in het casusinbrengformulier.")
    rows = [Row(f"+{i * 10} min", 10, f"Blok met een langere naam {i}", "", what, "overige deelnemers en de facilitator")
            for i in range(8)]
    for paper, margin in (("A4", 15 * MM), ("A5", 10 * MM)):
        page = plan(rows, paper=paper)
        frame = frame_for(AgendaTemplate(template="agenda", kind="agenda", paper=paper))
        body = [t for t in texts(page) if t.y > frame.header and t.text not in ("Bron: Testbron", "tijden berekend")]
        assert len(body) > 8 * 4
        for t in body:
            width = metrics.width(t.text, t.face, t.size)
            left = t.x - width if t.align == "right" else t.x
            assert margin - 0.01 <= left and left + width <= page.width - margin + 0.01, t
            assert frame.body_top < t.y <= frame.body_bottom, t
        lead_lines = [t for t in body if t.face == "italic" and t.text != "overige deelnemers en de facilitator"]
        assert lead_lines, "the lead wraps in its column rather than running into the margin"


def test_rows_as_printed():
    assert printed("19:30", Slot("a", 8, 13), Block(name="a", duration=13, what="x"), "", ("blocks", 1)) == \
        Row("19:38–19:51", 13, "a", "", "x", None, ("blocks", 1))
    later = printed(None, Slot("a", 12, 7), Block(name="a", duration=7, what="x"), "beurt 2", ("turn", 0))
    assert (later.when, later.what) == ("+12 min", None)  # later turns repeat the phases: names only


def test_rows_know_their_field():
    a = Agenda(agenda="t", title="T", bron="b", opening=[Block(name="o", duration=5)],
               turn=[Block(name="p", duration=5), Block(name="q", duration=5)], turns=3,
               breaks=[{"after_turn": 1, "duration": 10}], closing=[Block(name="c", duration=5)])
    blocks, turns = expand(a, None)
    assert turns == 3
    assert [(b.name, label, field) for b, label, field in blocks] == [
        ("o", "", ("opening", 0)), ("p", "beurt 1", ("turn", 0)), ("q", "beurt 1", ("turn", 1)),
        ("Pauze", "", ("breaks", 0)), ("p", "beurt 2", ("turn", 0)), ("q", "beurt 2", ("turn", 1)),
        ("p", "beurt 3", ("turn", 0)), ("q", "beurt 3", ("turn", 1)), ("c", "", ("closing", 0))]


def test_subtitle():
    a = Agenda(agenda="t", title="T", bron="b", start="19:30", participants=6, date=datetime.date(2026, 12, 3))
    assert subtitle(a, 45, "20:15") == "3 december 2026 · 19:30–20:15 · 45 minuten · 6 deelnemers"
    assert subtitle(Agenda(agenda="t", title="T", bron="b"), 90, None) == "90 minuten"


def test_a_title_too_long_names_title():
    a = Agenda(agenda="t", title="Een hele lange titel " * 8, bron="b", blocks=[Block(name="x", duration=5)])
    miss = plan_agenda(a, [Row("+0 min", 5, "x")], frame_for(AgendaTemplate(template="agenda", kind="agenda")), LOOK,
                       metrics, 10.5, 7.5, "5 minuten")
    assert isinstance(miss, Overflow) and miss.field == ("title",)
    assert miss.message() == "agenda 't': the title does not fit even at the floor size 11 pt; shorten it"
