"""A document body grows to fill its page: the largest size up to the template's max_size that fits,
and the height left over shared by the blocks that may stretch. The monospaced stand-in for the
metrics (each character half the size wide, as in test_typeset.py) makes every number worked out by
hand."""
import pydantic
import pytest

from cardgen.layout.document import Laid, Style, fit_flow, flow_sizes, paragraph
from cardgen.layout.plan import Rect, Text
from cardgen.schema.agenda import AgendaTemplate
from cardgen.schema.method import CheatsheetTemplate


class Mono:
    def width(self, text, face, size):
        return len(text) * size * (0.6 if face == "bold" else 0.5)


M = Mono()


def body(words):
    return lambda size: [("tekst", paragraph(" ".join(["woord"] * words), Style(), M))]


def test_the_sizes_tried_run_from_the_ceiling_down_through_the_size_to_the_floor():
    assert flow_sizes(10, 9) == [10, 9.75, 9.5, 9.25, 9]  # no ceiling: shrinking only, as before
    assert flow_sizes(10, 9.5, 11) == [11, 10.75, 10.5, 10.25, 10, 9.75, 9.5]
    # a ceiling off the quarter-point grid is tried itself, and the size stays on the list
    assert flow_sizes(10, 9.5, 10.6) == [10.6, 10.5, 10.25, 10, 9.75, 9.5]


def test_a_short_body_grows_to_max_size_and_no_further():
    # 100 pt wide. "woord woord woord" is 17 characters: 85 pt at 10 pt, 99.875 at 11.75, 102 at 12,
    # so from 12 pt on a line holds two words. Twelve words at 12 pt: six lines of 15.6 pt = 93.6 pt,
    # well inside 200 pt; 13 pt would fit too (six lines of 16.9 pt = 101.4 pt) but 12 is the ceiling.
    grown = fit_flow(body(12), 100, 200, 10, 8, ceiling=12)
    assert grown.size == 12 and grown.height == pytest.approx(6 * 1.3 * 12)
    assert fit_flow(body(12), 100, 200, 10, 8).size == 10  # without a ceiling the body keeps its size


def test_the_largest_size_that_fits_wins_between_size_and_ceiling():
    # 60 pt tall: at 12 pt six lines need 93.6 pt; at 11.75 pt three words a line, four lines of
    # 15.275 pt = 61.1 pt, too tall; at 11.5 pt four lines of 14.95 pt = 59.8 pt fit.
    fitted = fit_flow(body(12), 100, 60, 10, 8, ceiling=12)
    assert fitted.size == 11.5 and fitted.height == pytest.approx(4 * 1.3 * 11.5)
    # a body too tall at its size still shrinks as before: four lines of three words need 52 pt at
    # 10 pt and 50.7 pt at 9.75 pt, and fit 50 pt at 9.5 pt (49.4 pt)
    shrunk = fit_flow(body(12), 100, 50, 10, 8, ceiling=12)
    assert shrunk.size == 9.5


def test_spare_height_is_shared_by_the_stretching_blocks_and_their_background_grows():
    def shaded(width, base):
        return Laid(20, [Rect(0, 0, width, 20, fill="#EEEEEE"), Text(0, 10, "a", "regular", base, "#000000")])

    def plain(width, base):
        return Laid(20, [Text(0, 10, "b", "regular", base, "#000000")])

    blocks = [("kop", lambda width, base: Laid(30)), ("rij", shaded), ("rij", plain)]
    flow = fit_flow(lambda size: blocks, 100, 200, 10, 8, spread="rij")
    # 70 pt used of 200: each of the two rows is 65 pt taller, the shading of the first with it
    assert flow.height == pytest.approx(200)
    rect = next(i for i in flow.items if isinstance(i, Rect))
    assert (rect.y, rect.height) == pytest.approx((30, 85))
    b = next(i for i in flow.items if isinstance(i, Text) and i.text == "b")
    assert b.y == pytest.approx(30 + 85 + 10)
    # without spread the blocks sit one under the other, as set
    tight = fit_flow(lambda size: blocks, 100, 200, 10, 8)
    assert tight.height == pytest.approx(70)
    assert next(i for i in tight.items if isinstance(i, Rect)).height == pytest.approx(20)


@pytest.mark.parametrize("model, kind", [(AgendaTemplate, "agenda"), (CheatsheetTemplate, "cheatsheet")])
def test_max_size_is_at_least_the_size(model, kind):
    assert model(template="t", kind=kind, size="10pt", max_size="12pt").max_size == "12pt"
    assert model(template="t", kind=kind).max_size is None
    with pytest.raises(pydantic.ValidationError, match="smaller than size"):
        model(template="t", kind=kind, size="10pt", max_size="9pt")
    with pytest.raises(pydantic.ValidationError):
        model(template="t", kind=kind, max_size="500pt")  # beyond the 200 pt every size allows


def test_a_short_cheatsheet_grows_to_the_templates_max_size():
    # the real metrics: a three-step method fills far less than A4 at 12 pt, so a ceiling of 12 pt is
    # reached; the same positions as at 10 pt, scaled: Doel's baseline one size below the body's top
    # (30 mm) and Wanneer's 1.3 + 0.35 sizes under it
    from cardgen.layout.cheatsheet import plan_cheatsheet
    from cardgen.render.fonts import FontMetrics
    from cardgen.schema.method import Method

    mm = 72 / 25.4
    m = Method(method="m", name="Proef", goal="Kort doel.", when="Altijd.", bron="Eigen werk",
               steps=[{"name": "Een", "what": "Kort.", "duration": 5}, {"name": "Twee", "what": "Kort.", "duration": 10}])
    template = CheatsheetTemplate(template="cheatsheet", kind="cheatsheet", max_size="12pt")
    [page] = plan_cheatsheet(m, template, "#2F5F8A", "#1A1A1A", FontMetrics())
    doel = next(t for t in page.items if isinstance(t, Text) and t.text == "Doel")
    wanneer = next(t for t in page.items if isinstance(t, Text) and t.text == "Wanneer")
    assert (doel.size, doel.y) == (12, pytest.approx(30 * mm + 12))
    assert wanneer.y == pytest.approx(30 * mm + 12 + (1.3 + 0.35) * 12)
    [plain] = plan_cheatsheet(m, CheatsheetTemplate(template="cheatsheet", kind="cheatsheet"), "#2F5F8A", "#1A1A1A",
                              FontMetrics())
    assert next(t for t in plain.items if isinstance(t, Text) and t.text == "Doel").size == 10
