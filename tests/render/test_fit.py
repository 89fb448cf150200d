
from cardgen.layout.hyphenate import SHY
from cardgen.layout.units import MM
from cardgen.render.text import blocks, fit_text
from cardgen.schema.template import Style

STYLE = Style(size="12pt", min_size="8pt", leading=1.25)


def test_short_text_keeps_its_size():
    fitted = fit_text(blocks("Hoe voelde je je?"), STYLE, "#000000", 50 * MM, 30 * MM)
    assert fitted.size == 12


def test_long_text_shrinks_to_fit_but_not_below_floor():
    text = " ".join(["Wat deed je toen je merkte dat het gesprek een andere kant op ging?"] * 4)
    fitted = fit_text(blocks(text), STYLE, "#000000", 50 * MM, 50 * MM)
    assert 8 <= fitted.size < 12
    assert fitted.height <= 50 * MM
    for para, _, _ in fitted.paragraphs:
        assert max(para.getActualLineWidths0()) <= 50 * MM + 0.01
    assert fit_text(blocks(text * 3), STYLE, "#000000", 50 * MM, 50 * MM) is None


def test_unbreakable_word_wider_than_box_does_not_fit():
    assert fit_text(blocks("Mmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"), STYLE, "#000000", 30 * MM, 50 * MM) is None


def test_compound_breaks_at_a_dutch_hyphenation_point():
    fitted = fit_text(blocks("Het casusinbrengformulier"), Style(size="12pt"), "#000000", 22 * MM, 40 * MM)
    assert fitted is not None
    lines = [" ".join(words) for para, _, _ in fitted.paragraphs for _, words in para.blPara.lines]
    assert len(lines) >= 2
    joined = "".join(lines).replace(SHY, "").replace("-", "").replace(" ", "")
    assert joined == "Hetcasusinbrengformulier"


def test_title_comes_first_in_bold():
    items = blocks("Tekst.\n\nTweede alinea.", title="Titel")
    assert [is_title for _, is_title in items] == [True, False, False]
    fitted = fit_text(items, STYLE, "#000000", 50 * MM, 50 * MM)
    assert fitted.paragraphs[0][0].style.fontName == "Lato-Bold"
