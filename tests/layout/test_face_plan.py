"""Card faces as plans, read as numbers: what is shared, where each line of text stands, at which
size, and what is reported when it does not fit. Expected positions follow from the built-in
question-card template on a poker card (63 x 88 mm); widths come from the font's metrics."""
import pytest

from cardgen.errors import Overflow, Problems
from cardgen.layout.color import resolve
from cardgen.layout.deck import layout_deck
from cardgen.layout.face import Faces, paragraphs, plan_cards
from cardgen.layout.plan import Icon, Rect, Text, Use
from cardgen.layout.typeset import Miss, fit_paragraphs, set_lines, spans
from cardgen.layout.units import MM
from cardgen.load.templates import TemplateStore
from cardgen.render.fonts import FontMetrics
from cardgen.schema.brand import DEFAULT_PALETTE, Brand
from cardgen.schema.deck import Deck
from cardgen.schema.template import CardTemplate, PrintTemplate, SheetTemplate, Style

M = FontMetrics()
BRAND = Brand(brand="cardgen", name="cardgen")
WANT = ("deck.yaml", 1, 1)
RED = "#B5452F"
CARDS = [
    {"category": "rood", "text": "Hoe voelde je je?"},
    {"category": "blauw", "text": "Wat zag je?", "copies": 2},
    {"category": "rood", "title": "Rol", "text": "De casusinbrenger brengt een werkprobleem in.",
     "back": "Verantwoordelijkheden:\n\nJe bereidt je casus voor."},
    {"category": "rood", "text": "Wat deed je?"},
]


def make_deck(cards=CARDS, **over) -> Deck:
    data = {"deck": "proef", "title": "Proefkaarten", "subtitle": "Testdeck", "prefix": "R",
            "categories": {"rood": {"label": "Emotionele reflectie", "color": RED, "icon": "hart"},
                           "blauw": {"label": "Perspectief", "icon": "oog"}},  # no colour: the palette's second
            "cards": cards, **over}
    return Deck.model_validate(data)


def make_faces(deck: Deck | None = None, template: CardTemplate | None = None, sheet: str = "a4",
               printer: PrintTemplate | None = None) -> Faces:
    store = TemplateStore([], Problems())
    template = template or store.get("question-card", CardTemplate, WANT)
    printer = printer or store.get("print-shop", PrintTemplate, WANT, "print")
    layout, problems = layout_deck(deck or make_deck(), template, store.get(sheet, SheetTemplate, WANT, "sheet"),
                                   printer)
    assert not problems
    return Faces(layout, M, lambda ref: resolve(ref, BRAND.colors), BRAND, frozenset())


def card(faces: Faces, index: int):
    return next(c for c in faces.layout.cards if c.index == index)


def test_a_short_question_grows_to_fill_its_box_and_stands_at_the_optical_centre():
    faces = make_faces()
    front = faces.plan("front", card(faces, 0))
    question, number = front.texts
    # box 'text': x 5 mm, y 19 mm, 53 x (88 - 30) mm; style question: 12.5 pt growing up to 18 pt, leading
    # 1.3, centred, middle. At 18 pt the question still fits one line (Lato), so 18 pt it is; one line of
    # 23.4 pt with 46 % of the free height above it (the optical centre)
    width = M.width("Hoe voelde je je?", "regular", 18)
    assert width < 53 * MM
    assert question == Text(pytest.approx(5 * MM + (53 * MM - width) / 2), pytest.approx(19 * MM + (58 * MM - 23.4)
                            * 0.46 + 18), "Hoe voelde je je?", "regular", 18, "#1A1A1A")
    # box 'number': x 5 mm, y 88 - 9 mm, 5 mm high; style small: 6.5 pt, bottom, leading 1.25, grey
    assert number == Text(pytest.approx(5 * MM), pytest.approx(84 * MM - 6.5 * 1.25 + 6.5), "R-01", "regular", 6.5,
                          "#666666")


def test_the_shared_part_is_background_band_label_icon_and_rule_at_the_trim_and_into_the_bleed():
    faces = make_faces()
    front = faces.plan("front", card(faces, 0))
    background, band, label, icon, rule = front.trim.items
    assert background == Rect(0, 0, 63 * MM, 88 * MM, fill="#FFFFFF")
    assert band == Rect(0, 0, pytest.approx(63 * MM), pytest.approx(15 * MM), fill=RED, line_width=0.5)
    # label: box x 4.5 mm, y 4 mm, 8 mm high, bold 9 pt, leading 1.1, middle
    assert (label.x, label.y) == pytest.approx((4.5 * MM, 4 * MM + (8 * MM - 9.9) * 0.46 + 9))  # optical centre
    assert (label.text, label.face, label.size, label.color) == ("Emotionele reflectie", "bold", 9, "#FFFFFF")
    assert icon == Icon("hart", pytest.approx(51 * MM), pytest.approx(4 * MM), pytest.approx(7.5 * MM), "#FFFFFF", RED)
    assert (rule.x, rule.y, rule.width, rule.height, rule.fill) == pytest.approx((5 * MM, 77.5 * MM, 53 * MM, 0.4 * MM,
                                                                                  RED), abs=1e-9)
    b = 3 * MM  # the print-shop template's bleed: background and band run into it, the rest stays
    assert front.bleed.bleed == pytest.approx(b)
    assert front.bleed.items[0] == Rect(-b, -b, 63 * MM + 2 * b, 88 * MM + 2 * b, fill="#FFFFFF")
    assert front.bleed.items[1] == Rect(-b, -b, pytest.approx(69 * MM), pytest.approx(18 * MM), fill=RED)
    assert front.bleed.items[2:] == front.trim.items[2:]


def test_cards_of_one_kind_share_their_groups_and_a_category_without_colour_takes_the_palette():
    faces = make_faces()
    first, fourth, blue = (faces.plan("front", card(faces, i)) for i in (0, 3, 1))
    assert first.trim is fourth.trim and first.bleed is fourth.bleed
    assert blue.trim.key != first.trim.key
    assert blue.trim.items[1].fill == DEFAULT_PALETTE[1]
    # a card with its own back text shows other boxes on the back: another group
    assert faces.plan("back", card(faces, 2)).trim.key != faces.plan("back", card(faces, 0)).trim.key


def test_placing_a_face_puts_its_group_and_its_own_text_at_the_slot():
    faces = make_faces()
    front = faces.plan("front", card(faces, 0))
    placed = front.placed(10, 20)
    assert placed[0] == Use(front.trim, 10, 20)
    assert [(t.x, t.y) for t in placed[1:]] == [(t.x + 10, t.y + 20) for t in front.texts]
    assert front.placed(10, 20, bleed=True)[0] == Use(front.bleed, 10, 20)


def test_the_back_of_an_ordinary_card_and_of_a_card_with_its_own_text():
    faces = make_faces()
    plain = faces.plan("back", card(faces, 0))
    background, frame, icon = plain.trim.items[:3]
    assert background.fill == RED
    # the frame sits inside the 4 mm safe zone: 5 mm from the trim, 63 - 10 by 88 - 10 mm, radius 2 mm
    assert frame == Rect(pytest.approx(5 * MM), pytest.approx(5 * MM), pytest.approx(53 * MM), pytest.approx(78 * MM),
                         None, "#FFFFFF", 0.8, pytest.approx(2 * MM))
    assert icon == Icon("hart", pytest.approx(22.5 * MM), pytest.approx(22 * MM), pytest.approx(18 * MM), "#FFFFFF", RED)
    assert "Proefkaarten" in [t.text for t in plain.trim.items if isinstance(t, Text)]
    assert plain.texts == ()
    own = faces.plan("back", card(faces, 2))
    # box 'text' of the back: x 6 mm, y 6 mm, 100% - 12 mm wide; back-text 9.5 pt, leading 1.3, left, white
    first, second = own.texts
    assert (first.x, first.text, first.size, first.color) == (pytest.approx(7.5 * MM), "Verantwoordelijkheden:",
                                                              9.5, "#FFFFFF")
    assert second.y - first.y == pytest.approx(9.5 * 1.3 * 1.5)  # one line and half a line between paragraphs
    assert "Proefkaarten" not in [t.text for t in own.trim.items if isinstance(t, Text)]


def test_a_title_comes_first_in_the_title_face_and_is_never_hyphenated():
    faces = make_faces()
    texts = faces.plan("front", card(faces, 2)).texts
    assert (texts[0].text, texts[0].face) == ("Rol", "bold")
    assert texts[1].face == "regular"
    assert texts[1].y - texts[0].y == pytest.approx(texts[0].size * 1.3 * 1.5)
    style = Style(size="12pt")
    assert isinstance(fit_paragraphs(paragraphs("x", style, title="Casusinbrengformulier")[0], 22 * MM, 40 * MM, M,
                                     12, 12), Miss)


def test_long_text_shrinks_in_half_points_to_the_largest_size_that_fits():
    text = " ".join(["Wat deed je toen je merkte dat het gesprek een andere kant op ging?"] * 5)
    faces = make_faces(make_deck([{"category": "rood", "text": text}]))
    question = faces.plan("front", card(faces, 0)).texts[:-1]
    size = question[0].size
    assert 8 <= size < 12.5 and {t.size for t in question} == {size}
    assert (size * 2) == int(size * 2)
    lines = set_lines(spans(text), 53 * MM, size + 0.5, M, 1.3)
    assert lines.height > 58 * MM  # half a point larger does not fit
    for t in question:  # and every line stays inside the box
        assert t.x >= 5 * MM - 0.01 and t.x + M.width(t.text, t.face, t.size) <= 58 * MM + 0.01
        assert 19 * MM <= t.y <= 77 * MM


def test_text_that_does_not_fit_at_the_floor_is_one_overflow_at_its_field():
    text = " ".join(["Beschrijf zo precies mogelijk wat er gebeurde en wie erbij waren."] * 12)
    faces = make_faces(make_deck([{"category": "rood", "text": "Kort."}, {"category": "rood", "text": text}]))
    planned, overflows = plan_cards(faces)
    [overflow] = overflows
    at_floor = set_lines(spans(text), 53 * MM, 8, M, 1.3)
    assert overflow == Overflow("card R-02 (front)", ("cards", 1, "text"), "box 'text' (53.0 x 58.0 mm)",
                                pytest.approx(at_floor.height - 58 * MM), False, 8.0,
                                "shorten it or use a larger card_size")
    assert planned[1] is None and planned[0] is not None


def test_a_word_wider_than_the_box_is_too_wide():
    faces = make_faces(make_deck([{"category": "rood", "text": "M" * 40}]))
    [overflow] = plan_cards(faces)[1]
    assert overflow.too_wide and overflow.field == ("cards", 0, "text")


def test_a_deck_title_too_long_for_the_back_is_reported_at_the_title():
    faces = make_faces(make_deck(title="Een veel te lange titel " * 8))
    _, overflows = plan_cards(faces)
    assert {o.field for o in overflows} == {("title",)}
    assert {o.what for o in overflows} == {"box 'title' (49.0 x 14.0 mm)"}  # 63 - 14 mm


def test_compounds_break_at_a_dutch_hyphenation_point():
    fitted = fit_paragraphs(paragraphs("Het casusinbrengformulier", Style(size="12pt"))[0], 22 * MM, 40 * MM, M, 12, 12)
    lines = ["".join(r.text for r in line.runs) for line in fitted.paragraphs[0].lines]
    assert len(lines) >= 2 and lines[0].endswith("-")
    assert "".join(lines).replace("-", "").replace(" ", "") == "Hetcasusinbrengformulier"


def test_justified_lines_reach_both_edges_except_a_paragraphs_last_and_a_forced_break():
    store = TemplateStore([], Problems())
    template = store.get("question-card", CardTemplate, WANT)
    styles = dict(template.styles)
    styles["question"] = Style(size="10pt", leading=1.3, align="justify", color="#000000")
    template = template.model_copy(update={"styles": styles})
    text = ("Wat deed je toen je merkte dat het gesprek een andere kant op ging, en wat had je "
            "achteraf anders willen doen?\nEn nu?")
    faces = make_faces(make_deck([{"category": "rood", "text": text}]), template)
    words = faces.plan("front", card(faces, 0)).texts[:-1]
    rows: dict = {}
    for t in words:
        rows.setdefault(t.y, []).append(t)
    *full, last_of_text, after_break = [rows[y] for y in sorted(rows)]
    assert full
    for row in full:
        assert row[0].x == pytest.approx(5 * MM)
        end = row[-1].x + M.width(row[-1].text, "regular", 10)
        assert end == pytest.approx(58 * MM, abs=0.01)
    end = last_of_text[-1].x + M.width(last_of_text[-1].text, "regular", 10)
    assert end < 58 * MM - 5  # the line before the newline keeps its natural spacing
    assert [t.text for t in after_break] == ["En", "nu?"]


def test_one_text_never_mixes_alignments():
    """question-card centres a question and sets it left past three lines; a short second paragraph under
    a long first one follows it left (it was centred under a left-set paragraph)."""
    from cardgen.layout.face import alignments

    style = Style(size="10pt", align="center", align_long="left", long_lines=3)
    long = "woord " * 40
    paras, _ = paragraphs(f"{long}\n\nKort.", style)
    fitted = fit_paragraphs(paras, 40 * MM, 200 * MM, M, 10, 10)
    assert len(fitted.paragraphs[0].lines) > 3 and len(fitted.paragraphs[1].lines) == 1
    assert alignments(fitted, style) == ["left", "left"]
    short, _ = paragraphs("Een korte vraag?\n\nKort.", style)
    assert alignments(fit_paragraphs(short, 40 * MM, 200 * MM, M, 10, 10), style) == ["center", "center"]
