"""Characters the font cannot draw, found while the plan measures text: each named with its code point,
the font, the item and the content field that holds it."""
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from cardgen.layout.glyphs import code, unprintable
from cardgen.render.fonts import FontMetrics

from ..conftest import run_cli
from .helpers import DECK, write_pack


def test_the_metrics_note_what_lato_has_no_glyph_for():
    metrics = FontMetrics()
    metrics.width("Hoe gaat het? – café, 10\u202f%", "regular", 10)  # Dutch text, en dash, narrow no-break space
    assert metrics.take_missing() == {}
    metrics.width("你好 😀", "bold", 10)
    assert metrics.take_missing() == {"你": "Lato-Bold (bold)", "好": "Lato-Bold (bold)",
                                      "😀": "Lato-Bold (bold)"}
    assert metrics.take_missing() == {}  # taken once


def test_soft_hyphens_and_line_breaks_are_not_glyphs():
    metrics = FontMetrics()
    metrics.width("casus\u00adinbreng\n\tformulier\u200b", "regular", 10)
    assert metrics.take_missing() == {}


def test_a_code_point_is_named():
    assert code("你") == "'你' (U+4F60 CJK UNIFIED IDEOGRAPH-4F60)"
    assert code("\u202e") == "(U+202E RIGHT-TO-LEFT OVERRIDE)"


def _source(data):
    return SimpleNamespace(data=data)


def test_each_character_is_located_at_the_first_field_that_holds_it():
    deck = _source({"deck": "d", "cards": [{"text": "a 好"}, {"text": "你 好", "title": "😀"}]})
    brand = _source({"brand": "b", "footer": "ø ☃"})
    found = unprintable({"你": "Lato (regular)", "好": "Lato (regular)", "☃": "Lato (regular)"}, [deck, brand],
                        "deck 'd'")
    assert [(s is deck, path) for s, path, _ in found] == [(True, ("cards", 0, "text")),
                                                           (True, ("cards", 1, "text")), (False, ("footer",))]
    assert found[0][2] == ("deck 'd': '好' (U+597D CJK UNIFIED IDEOGRAPH-597D) is not in the font Lato (regular) "
                           "and would print as an empty box; remove it or give the brand a font that has it")
    assert found[2][2].startswith("deck 'd': '☃' (U+2603 SNOWMAN) is not in the font Lato (regular)")


def test_right_to_left_text_is_refused_even_where_the_font_has_it():
    agenda = _source({"agenda": "a", "title": "שלום", "bron": "x"})
    (source, path, message), = unprintable({}, [agenda], "agenda 'a'")
    assert path == ("title",)
    assert message == ("agenda 'a': 'ש' (U+05E9 HEBREW LETTER SHIN), 'ל' (U+05DC HEBREW LETTER LAMED), 'ו' (U+05D5 "
                       "HEBREW LETTER VAV), 'ם' (U+05DD HEBREW LETTER FINAL MEM) are right-to-left text, which cardgen "
                       "cannot set (it sets text left to right only); remove them")


def test_a_character_in_no_content_field_is_still_reported_at_the_item():
    deck = _source({"deck": "d"})
    (source, path, message), = unprintable({"☃": "Lato (regular)"}, [deck], "deck 'd'")
    assert source is deck and path == ()


LIBERATION = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")


@pytest.mark.skipif(not LIBERATION.is_file(), reason="needs Liberation Sans (fonts-liberation)")
def test_a_brand_font_that_has_the_character_makes_it_printable(tmp_path):
    """Lato has no U+2011 (a hyphen that does not break); Liberation Sans has."""
    text = DECK.replace("Hoe voelde je je?", "Wat staat er in je SMART\u2011actieplan?")
    write_pack(tmp_path, {"content/decks/d.yaml": text})
    result = run_cli("build", "content", "-o", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == (
        "content/decks/d.yaml:7:19: cards[0].text: deck 'd': '\u2011' (U+2011 NON-BREAKING HYPHEN) is not in the font "
        "Lato (regular) and would print as an empty box; remove it or give the brand a font that has it")
    assert not (tmp_path / "out").exists()
    shutil.copy(LIBERATION, tmp_path / "content" / "letter.ttf")
    (tmp_path / "content" / "brand.yaml").write_text("brand: b\nname: B\nfonts: {regular: letter.ttf}\n",
                                                     encoding="utf-8")
    result = run_cli("build", "content", "-o", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(tmp_path / "out/decks/d-print.pdf")
    assert "SMART\u2011" in reader.pages[0].extract_text()  # drawn, in the brand's font:
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values() if "/BaseFont" in font.get_object()}
    assert any("LiberationSans" in name for name in fonts), fonts
