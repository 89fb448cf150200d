"""The form page plan as numbers: where labels, writing lines, boxes and fields go, the sizes chosen,
the paper, and what does not fit. Expected values are worked out from the template (margin 18 mm,
writing lines 8 mm apart, labels 10 pt bold with leading 1.3 and 0.15 after, help 8.5 pt with leading
1.3) and the frame (A4: header 24 mm, footer 10 mm, body from 30 mm to 269 mm, fields above 267 mm)
and the gaps of layout/form.py (2 mm under a label, 5 mm between fields), not read back from the
program."""
import pytest

from cardgen.errors import Overflow
from cardgen.layout.document import frame_for
from cardgen.layout.form_page import LINE, Ink, plan_form
from cardgen.layout.plan import Field, Rect, Rule, texts
from cardgen.render.fonts import FontMetrics
from cardgen.schema.form import Form, FormTemplate

MM = 72 / 25.4
INK = Ink("#2B5C8A", "#1A1A1A")
A4_W = 210 * MM
LEFT, WIDTH = 18 * MM, 174 * MM  # the margin, and the body between the margins
TOP = 30 * MM
LABEL = 10 * 1.3 + 10 * 0.15  # one line of label and the space after it
metrics = FontMetrics()


def plan(fields, paper="A4", **form):
    f = Form(**{"form": "t", "title": "Formulier", "bron": "Testbron", "fields": fields, **form})
    template = FormTemplate(template="f", kind="form", paper=paper)
    return plan_form(f, template, frame_for(template), INK, metrics)


def find(page, text):
    return next(t for t in texts(page) if t.text == text)


def rules(page):
    return [i for i in page.items if isinstance(i, Rule)]


def test_a_line_field_under_its_label():
    p = plan([{"id": "naam", "label": "Naam", "kind": "line"}])
    page = p.pages[0]
    label = find(page, "Naam")
    assert (label.x, label.y) == pytest.approx((LEFT, TOP + 10))  # first baseline one size under the top
    assert (label.size, label.face, label.color) == (10, "bold", INK.accent)
    writing = TOP + LABEL + 2 * MM
    line = [r for r in rules(page) if r.color == LINE]
    assert len(line) == 1
    assert (line[0].x1, line[0].y1, line[0].x2) == pytest.approx((LEFT, writing + 8 * MM, LEFT + WIDTH))
    fields = p.document(fillable=True).pages[0].items
    field = next(i for i in fields if isinstance(i, Field))
    assert (field.kind, field.name) == ("text", "naam")
    assert (field.x, field.y, field.width, field.height) == pytest.approx((LEFT, writing, WIDTH, 9 * MM))
    assert field.leading == pytest.approx(8 * MM)  # its line lies 8 mm under its top, 1 mm above its bottom


def test_lines_with_help_and_the_next_field():
    p = plan([{"id": "verhaal", "label": "Verhaal", "help": "Kort.", "kind": "lines", "n": 3},
              {"id": "naam", "label": "Naam", "kind": "line"}])
    page = p.pages[0]
    help_ = find(page, "Kort.")
    assert (help_.y, help_.size) == pytest.approx((TOP + LABEL + 8.5, 8.5))
    block = LABEL + 8.5 * 1.3
    writing = TOP + block + 2 * MM
    ys = sorted(r.y1 for r in rules(page) if r.color == LINE)
    next_top = writing + 24 * MM + 5 * MM
    assert ys == pytest.approx([writing + 8 * MM, writing + 16 * MM, writing + 24 * MM, next_top + LABEL + 10 * MM])
    assert find(page, "Naam").y == pytest.approx(next_top + 10)
    field = next(i for i in p.document(True).pages[0].items if isinstance(i, Field) and i.name == "verhaal")
    assert field.kind == "multiline" and field.height == pytest.approx(25 * MM)  # 3 lines and 1 mm for descenders
    assert (field.leading, field.size) == pytest.approx((8 * MM, 11))  # typed lines 8 mm apart, as printed


def test_the_intro_comes_first():
    p = plan([{"id": "naam", "label": "Naam", "kind": "line"}], intro="Kort.")
    intro = find(p.pages[0], "Kort.")
    assert intro.face == "italic"
    assert intro.y == pytest.approx(TOP + 10)
    assert find(p.pages[0], "Naam").y == pytest.approx(TOP + 10 * 1.3 + 4 * MM + 10)


def test_checkbox_options_beside_their_boxes():
    p = plan([{"id": "rol", "label": "Rol", "kind": "checkbox", "options": ["ja", "nee"]}])
    page = p.pages[0]
    writing = TOP + LABEL + 2 * MM
    boxes = [i for i in page.items if isinstance(i, Rect) and i.stroke == LINE]
    assert [v for b in boxes for v in (b.x, b.y, b.width, b.height)] == pytest.approx(
        [LEFT, writing + 1 * MM, 4 * MM, 4 * MM, LEFT, writing + 8 * MM, 4 * MM, 4 * MM])
    nee = find(page, "nee")
    assert (nee.x, nee.y) == pytest.approx((LEFT + 6.5 * MM, writing + 14 * MM - 3 * MM))
    assert nee.size == 10
    names = [i.name for i in p.document(True).pages[0].items if isinstance(i, Field)]
    assert names == ["rol.1", "rol.2"]


def test_table_columns_cells_and_a_heading_that_shrinks():
    p = plan([{"id": "k", "label": "Krachten", "kind": "table", "columns": ["Kracht", "Duidelijkheid"],
               "widths": [8, 1], "rows": 2}])
    page = p.pages[0]
    writing = TOP + LABEL + 2 * MM
    edge = LEFT + WIDTH * 8 / 9
    verticals = sorted(r.x1 for r in rules(page) if r.x1 == r.x2)
    assert verticals == pytest.approx([LEFT, edge, LEFT + WIDTH])
    assert find(page, "Kracht").size == 9  # fits its wide column at the largest size
    heading = find(page, "Duidelijkheid")
    room = WIDTH / 9 - 3 * MM  # 1.5 mm either side in its column: 16.3 mm
    assert heading.size == 7.5  # 'Duidelijkheid' in Lato bold: 16.6 mm at 8 pt, 15.6 mm at 7.5 pt
    assert metrics.width("Duidelijkheid", "bold", heading.size) <= room < metrics.width(
        "Duidelijkheid", "bold", heading.size + 0.5)
    assert (heading.x, heading.y) == pytest.approx((edge + 1.5 * MM, writing + 8 * MM - 2.5 * MM))
    cells = {f.name: f for f in p.document(True).pages[0].items if isinstance(f, Field)}
    assert sorted(cells) == ["k.r1.c1", "k.r1.c2", "k.r2.c1", "k.r2.c2"]
    c = cells["k.r2.c2"]
    assert (c.x, c.y, c.width, c.height) == pytest.approx((edge + 1, writing + 16 * MM + 1, WIDTH / 9 - 2, 8 * MM - 2))


def test_a_long_table_continues_with_its_label_and_header():
    p = plan([{"id": "k", "label": "Krachten", "kind": "table", "columns": ["A", "B"], "rows": 40}])
    # rows under the label and header on a page: (267 mm - 30 mm - label - 2 mm) // 8 mm - 1 = 27
    assert len(p.pages) == 2
    names = [[f.name for f in page] for page in p.fields]
    assert names[0][-1] == "k.r27.c2" and names[1][0] == "k.r28.c1" and names[1][-1] == "k.r40.c2"
    for page in p.pages:
        assert find(page, "Krachten").y == pytest.approx(TOP + 10)
        assert find(page, "A").y == pytest.approx(TOP + LABEL + 2 * MM + 8 * MM - 2.5 * MM)
    assert find(p.pages[1], "pagina 2 van 2").x == pytest.approx(A4_W - LEFT)


def test_both_files_print_the_same_pages_and_only_the_fillable_one_has_fields():
    p = plan([{"id": "naam", "label": "Naam", "kind": "line"}, {"id": "ok", "label": "Akkoord", "kind": "checkbox"}])
    flat, fill = p.document(fillable=False), p.document(fillable=True)
    assert not any(isinstance(i, Field) for page in flat.pages for i in page.items)
    for a, b in zip(flat.pages, fill.pages):
        printed = [i for i in b.items if not isinstance(i, Field)]
        differ = [(x, y) for x, y in zip(a.items, printed) if x != y]
        assert len(a.items) == len(printed) and len(differ) == 1  # the band's label
        (mark, mark_fill), = differ
        assert (mark.text, mark_fill.text) == ("FORMULIER", "INVULFORMULIER")
        assert (mark.x, mark.y) == pytest.approx((A4_W - LEFT, 20 * MM)) and mark.align == "right"
    assert [f.name for f in p.fields[0]] == ["naam", "ok"]


@pytest.mark.parametrize("paper, size, header", [("A5", (148, 210), 18), ("Letter", (215.9, 279.4), 24)])
def test_the_page_follows_the_paper(paper, size, header):
    p = plan([{"id": "naam", "label": "Naam", "kind": "line"}], paper=paper)
    page = p.pages[0]
    assert (page.width / MM, page.height / MM) == pytest.approx(size)
    line = next(r for r in rules(page) if r.color == LINE)
    assert (line.x1, line.x2) == pytest.approx((LEFT, page.width - LEFT))  # the body is the paper's, not A4's
    assert find(page, "Naam").y == pytest.approx((header + 6) * MM + 10)


def test_the_tip_comes_after_the_last_field():
    p = plan([{"id": "naam", "label": "Naam", "kind": "line"}], tip="Neem het mee.")
    page = p.pages[-1]
    y = TOP + LABEL + 2 * MM + 8 * MM + 5 * MM
    tip = find(page, "Tip:")
    assert (tip.x, tip.y, tip.face, tip.color) == (pytest.approx(LEFT + 4 * MM), pytest.approx(y + 10), "bold",
                                                   INK.accent)
    rest = find(page, " Neem het mee.")  # the space after "Tip:" opens the italic run
    assert rest.face == "italic" and rest.y == pytest.approx(y + 10)
    bar = next(i for i in page.items if isinstance(i, Rect) and i.fill == INK.accent and i.width < 2 * MM)
    assert (bar.x, bar.y) == pytest.approx((LEFT, y))


def test_a_tip_that_does_not_fit_under_the_fields_goes_to_a_page_of_its_own():
    # 28 lines fill the page to 30 mm + label + 2 mm + 224 mm + 5 mm gap = 266.1 mm: the tip needs 5.6 mm more
    p = plan([{"id": "veel", "label": "Veel", "kind": "lines", "n": 28}], tip="Neem het mee.")
    assert len(p.pages) == 2
    assert find(p.pages[1], "Tip:").y == pytest.approx(TOP + 10)


def test_what_does_not_fit_is_an_overflow_naming_the_field():
    problems = plan([{"id": "lang", "label": "M" * 150, "kind": "line"},
                     {"id": "veel", "label": "Veel", "kind": "lines", "n": 40},
                     {"id": "k", "label": "K", "kind": "table", "columns": ["Kracht", "W" * 40], "widths": [8, 1],
                      "rows": 2}])
    assert all(isinstance(x, Overflow) for x in problems)
    assert [x.field for x in problems] == [("fields", 0, "label"), ("fields", 1, "n"), ("fields", 2, "columns", 1)]
    assert problems[0].too_wide and problems[0].floor == 8
    # 40 lines and the label: 5.1 mm + 2 mm + 320 mm on a page of 237 mm
    assert problems[1].excess / MM == pytest.approx(LABEL / MM + 2 + 320 - 237)
    assert problems[2].floor == 7


def test_a_credit_too_long_for_two_lines_of_small_print():
    problems = plan([{"id": "naam", "label": "Naam", "kind": "line"}], bron="Een heel lange bron " * 40)
    assert [x.field for x in problems] == [("bron",)]


def test_an_either_or_question_is_one_radio_group_over_round_boxes():
    p = plan([{"id": "ruimte", "label": "Ruimte?", "kind": "checkbox", "choice": "one",
               "options": ["ja", "deels", "Nee, één keer"]}])
    page = p.document(True).pages[0]
    radios = [i for i in page.items if isinstance(i, Field)]
    assert [(f.kind, f.name, f.value) for f in radios] == [
        ("radio", "ruimte", "ja"), ("radio", "ruimte", "deels"), ("radio", "ruimte", "nee-een-keer")]
    writing = TOP + LABEL + 2 * MM
    assert [f.y for f in radios] == pytest.approx([writing + 1 * MM + k * 7 * MM for k in range(3)])
    boxes = [i for i in page.items if isinstance(i, Rect) and i.stroke == LINE]
    assert [b.radius for b in boxes] == pytest.approx([2 * MM] * 3)  # circles: choose one


def test_independent_checkboxes_stay_square_and_numbered():
    p = plan([{"id": "rol", "label": "Rol", "kind": "checkbox", "options": ["ja", "nee"], "choice": "any"}])
    page = p.document(True).pages[0]
    assert [(f.kind, f.name) for f in page.items if isinstance(f, Field)] == [("checkbox", "rol.1"), ("checkbox", "rol.2")]
    assert all(b.radius == 0 for b in page.items if isinstance(b, Rect) and b.stroke == LINE)


@pytest.mark.parametrize("field", [{"id": "x", "label": "X", "kind": "lines", "n": 2, "choice": "one"},
                                   {"id": "x", "label": "X", "kind": "checkbox", "options": ["ja"], "choice": "one"}])
def test_choice_one_needs_a_checkbox_with_two_options(field):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="choice: one needs a checkbox field with at least two options"):
        Form(form="t", title="T", bron="B", fields=[field])
