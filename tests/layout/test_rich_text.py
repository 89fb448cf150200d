"""Rich text as numbers: paragraphs, hard breaks and bullet lists of long fields, emphasis in one-line
texts, and QR links, with a monospaced stand-in for the font metrics (each character is half the size
wide; bold 0.6)."""
import pytest

from cardgen.layout.blocks import rich
from cardgen.layout.document import Style
from cardgen.layout.links import QR_BOX, most_modules, too_long
from cardgen.layout.qr import modules, short_form
from cardgen.layout.plan import Rect, Text
from cardgen.layout.rich import BULLET, INDENT, ITEM_GAP, Unit, inline_items, set_rich, units
from cardgen.layout.units import MM


class Mono:
    def width(self, text, face, size):
        return len(text) * size * (0.6 if face == "bold" else 0.5)


M = Mono()


def lines_of(items):
    """The text on each baseline, with the x where it starts, top to bottom."""
    rows = {}
    for t in items:
        if isinstance(t, Text):
            rows.setdefault(round(t.y, 3), []).append(t)
    return [(y, min(t.x for t in ts), "".join(t.text for t in sorted(ts, key=lambda t: t.x))) for y, ts in
            sorted(rows.items())]


def test_units_split_paragraphs_hard_breaks_and_bullets():
    text = "Eerste regel.\nTweede regel.\n\nLijst:\n- een\n- twee\n  loopt door\nNa de lijst."
    assert units(text) == [Unit("Eerste regel.\nTweede regel."), Unit("Lijst:"), Unit("een", True),
                           Unit("twee loopt door", True), Unit("Na de lijst.")]


def test_a_hard_break_starts_a_new_line_at_the_same_leading():
    # 10 pt, leading 1.3: baselines at 10 and 23; the text before the break would fit the line (200 pt)
    height, items = set_rich("aa bb\ncc", 200, 10, M, "#000000", hyphens=False)
    assert lines_of(items) == [(10.0, 0.0, "aa bb"), (23.0, 0.0, "cc")]
    assert height == pytest.approx(26.0)


def test_a_blank_line_starts_a_paragraph_with_the_gap_between():
    # gap 0.35 x 10 pt = 3.5 pt between the paragraphs: second baseline at 13 + 3.5 + 10
    height, items = set_rich("aa\n\nbb", 200, 10, M, "#000000", gap=0.35, hyphens=False)
    assert lines_of(items) == [(10.0, 0.0, "aa"), (26.5, 0.0, "bb")]
    assert height == pytest.approx(29.5)


def test_bullet_items_hang_from_the_indent_with_the_bullet_in_the_margin():
    # 100 pt wide at 10 pt: an item's text starts at 1.1 x 10 = 11 pt and has 89 pt (17 characters) per
    # line, so "aaaa bbbb cccc dddd" (19) takes two lines, balanced as "aaaa bbbb" / "cccc dddd", both at
    # x = 11 (the hanging indent).
    height, items = set_rich("Lijst:\n- aaaa bbbb cccc dddd\n- ee", 100, 10, M, "#000000", gap=0.35, hyphens=False)
    rows = lines_of(items)
    indent = INDENT * 10
    # "Lijst:" at 10; the first item after the paragraph gap (3.5): 13 + 3.5 + 10 = 26.5, its second line
    # 13 lower; the second item after the item's two lines (26) and the item gap (0.2 x 10 = 2)
    first_item = 13 + 3.5 + 10
    second_item = 13 + 3.5 + 26 + ITEM_GAP * 10 + 10
    assert [y for y, _, _ in rows] == pytest.approx([10, first_item, first_item + 13, second_item])
    bullets = [t for t in items if t.text == BULLET]
    assert [(b.x, b.y) for b in bullets] == [(0.0, pytest.approx(first_item)), (0.0, pytest.approx(second_item))]
    texts = [(x, s) for _, x, s in rows]
    assert texts[0] == (0.0, "Lijst:")
    assert texts[1] == (0.0, BULLET + "aaaa bbbb")  # the bullet at 0, on the item's first line
    assert texts[2] == (pytest.approx(indent), "cccc dddd")  # the hanging line, under the text, not the bullet
    assert min(t.x for t in items if t.text.startswith("aaaa")) == pytest.approx(indent)
    assert height == pytest.approx(second_item + 3)


def test_a_bullet_list_is_measured_when_a_body_is_fitted():
    # the same text as a block: its height is what fitting counts, and a word wider than the item's
    # measure (the indent taken off) does not fit
    block = rich("- aaaa bbbb cccc dddd", Style(after=0.0), M)
    laid = block(100, 10)
    assert laid.height == pytest.approx(26.0)  # two lines of 13
    assert rich("- " + "x" * 19, Style(), M)(100, 10) is None  # 95 pt > 89 pt
    assert rich("x" * 19, Style(), M)(100, 10) is not None  # without the indent it fits


def test_emphasis_in_a_long_field_sets_its_faces_and_leaves_no_marks():
    _, items = set_rich("Een **vet** en *schuin* woord, een ster \\*.", 400, 10, M, "#000000", hyphens=False)
    faces = {t.text.strip(): t.face for t in items}
    assert faces["vet"] == "bold" and faces["schuin"] == "italic"
    printed = "".join(t.text for t in items)
    assert printed.count("*") == 1 and "ster *" in printed


def test_inline_items_set_each_run_at_its_measured_x():
    # "aa " regular (3 x 5 = 15 pt), "bb" bold: at x 15; centred: the whole (15 + 12 = 27) about x = 100
    items = inline_items("aa **bb**", 0.0, 20.0, "regular", 10, "#000000", M)
    assert [(t.x, t.text, t.face) for t in items] == [(0.0, "aa ", "regular"), (15.0, "bb", "bold")]
    centred = inline_items("aa **bb**", 100.0, 20.0, "regular", 10, "#000000", M, "center")
    assert centred[0].x == pytest.approx(100 - 27 / 2)


def test_a_link_fits_a_20_mm_box_only_up_to_modules_of_0_4_mm():
    # 20 mm / 0.4 mm = 50 modules with the quiet zone of 4 on each side: a code of at most 42 modules,
    # so version 6 (41 x 41) is the largest; its byte capacity at level M is 106
    assert most_modules(QR_BOX) == 42
    assert modules("https://example.org/x") == 25  # version 2
    assert too_long("https://example.org/" + "a" * 86) is None  # 106 bytes: version 6
    message = too_long("https://example.org/" + "a" * 87)  # 107 bytes: version 7 (45 modules)
    assert message is not None and "20 mm" in message and "45 × 45" in message and "41 × 41" in message
    assert short_form("https://www.example.org/gids/") == "example.org/gids"


def test_the_timeline_row_makes_room_for_the_qr_code_and_is_as_tall_as_it():
    from types import SimpleNamespace

    from cardgen.layout.timeline import timeline

    step = SimpleNamespace(name="Stap", what="kort", who=None, duration=None, guide=[], icon=None,
                           link="https://example.org/x")
    laid = timeline([step], "#336699", "#000000", M)[0](400, 10)
    squares = [i for i in laid.items if isinstance(i, Rect) and i.fill == "#000000"]
    # the code at the right edge: its modules between 400 - 20 mm and 400
    assert min(r.x for r in squares) >= 400 - QR_BOX - 0.01 and max(r.x + r.width for r in squares) <= 400.01
    caption = [t for t in laid.items if isinstance(t, Text) and t.text == "example.org/x"]
    assert caption and caption[0].y > QR_BOX  # beneath the code
    assert laid.height >= QR_BOX + 2.5 * MM  # the row (and its gap) holds the code and caption
    words = [t for t in laid.items if isinstance(t, Text) and t.text == "kort"]
    assert words[0].x + M.width("kort", "regular", 10) <= 400 - QR_BOX  # the text keeps clear of the code
