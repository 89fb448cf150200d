"""Typographic normalisation and inline emphasis: exact strings worked out from the rules."""
import pytest

from cardgen.layout.hyphenate import SHY
from cardgen.layout.typeset import Span, set_lines, spans
from cardgen.layout.typography import ELLIPSIS, NBSP, emphasis, normalise


@pytest.mark.parametrize("given, wanted", [
    ("45 minuten", f"45{NBSP}minuten"),
    ("4 mm en 10 %", f"4{NBSP}mm en 10{NBSP}%"),
    ("§ 5 en § 12", f"§{NBSP}5{NBSP}en §{NBSP}12"),  # a number binds to the word after it too
    ("§5", f"§{NBSP}5"),
    ("nr. 3, p. 12", f"nr.{NBSP}3, p.{NBSP}12"),
    ("4 – 8 deelnemers", f"4–8{NBSP}deelnemers"),
    ("10-15 minuten", f"10–15{NBSP}minuten"),
    ("3 december 2026", f"3{NBSP}december{NBSP}2026"),
    ("in ronde twee", "in ronde twee"),  # no number: nothing changes
])
def test_no_break_spaces(given, wanted):
    assert normalise(given) == wanted


@pytest.mark.parametrize("given, wanted", [
    ('Hij zei "stop" en ging.', "Hij zei “stop” en ging."),
    ("Je zegt 'eigenlijk'.", "Je zegt ‘eigenlijk’."),
    ("zo'n auto's", "zo’n auto’s"),
    ("„Laag” wordt hoog", "“Laag” wordt hoog"),
    ("En dan...", f"En dan{ELLIPSIS}"),
    ("(\"tussen haakjes\")", "(“tussen haakjes”)"),
])
def test_one_set_of_quotes_and_a_real_ellipsis(given, wanted):
    assert normalise(given) == wanted


def test_emphasis_marks_become_faces_and_an_escaped_asterisk_stays():
    assert emphasis("**1. Stap** – 5 min") == [("1. Stap", "bold"), (" – 5 min", "regular")]
    assert emphasis("een *kort* woord") == [("een ", "regular"), ("kort", "italic"), (" woord", "regular")]
    assert emphasis("**vet**", "italic") == [("vet", "bold-italic")]
    assert emphasis(r"5 \* 3 = 15") == [("5 * 3 = 15", "regular")]
    assert emphasis("a * b * c") == [("a * b * c", "regular")]  # spaced asterisks are no marks


class Mono:
    def width(self, text, face, size):
        return len(text) * size * 0.5


def test_a_number_and_its_unit_never_split_over_lines():
    # 50 pt holds 10 characters at 10 pt: "duurt 45" would fit the first line, but "45 minuten" is one word
    lines = set_lines(spans("duurt 45 minuten"), 50, 10, Mono())
    assert ["".join(r.text for r in line.runs) for line in lines.lines] == ["duurt", f"45{NBSP}minuten"]


def test_spans_do_not_hyphenate_when_told_not_to_and_marks_set_the_face():
    assert SHY not in "".join(s.text for s in spans("facilitatorhandleiding", hyphens=False))
    assert SHY in "".join(s.text for s in spans("facilitatorhandleiding"))
    assert [(s.face) for s in spans("**Stappen** verder")] == ["bold", "regular"]
