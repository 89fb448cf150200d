"""The per-language table of fixed labels (layout/labels.py), English dates, and the language content text
is hyphenated and normalised in."""
from __future__ import annotations

import datetime
import re

import pytest

from cardgen.layout.hyphenate import SHY, hyphenate
from cardgen.layout.labels import EN, LANGUAGES, NL, TABLES, Labels, labels_for, setting_text_language
from cardgen.layout.typography import NBSP, normalise

PLACEHOLDER = re.compile(r"\{([a-z_]*)\}")


def test_every_label_exists_in_every_language():
    assert LANGUAGES == ("nl", "en") and set(TABLES) == set(LANGUAGES)
    assert sorted(NL) == sorted(EN), f"only nl: {set(NL) - set(EN)}, only en: {set(EN) - set(NL)}"


@pytest.mark.parametrize("key", sorted(NL))
def test_a_label_has_the_same_shape_in_both_languages(key):
    nl, en = NL[key], EN[key]
    assert type(nl) is type(en), key
    if isinstance(nl, tuple):
        assert len(nl) == len(en), key  # twelve months, seven weekdays, five agenda fields, …
    else:
        assert set(PLACEHOLDER.findall(nl)) == set(PLACEHOLDER.findall(en)), key


def test_only_these_labels_read_the_same_in_english():
    # a label copied from the Dutch table without translating it fails here; these are the same on purpose
    same = {(key, word) for key in NL for word in (NL[key] if isinstance(NL[key], tuple) else [NL[key]])
            if word in (EN[key] if isinstance(EN[key], tuple) else [EN[key]])}
    assert same == {("date", "{day} {month} {year}"), ("short_date", "{weekday} {day} {month} {year}"),
                    ("agenda.band", "agenda"), ("agenda.fields", "Facilitator"), ("form.tip", "Tip: ")}


def test_labels_fill_in_their_values():
    nl, en = Labels("nl"), Labels("en")
    assert nl("page_of", n=1, count=2) == "pagina 1 van 2" and en("page_of", n=1, count=2) == "page 1 of 2"
    assert nl("source", bron="X") == "Bron: X" and en("source", bron="X") == "Source: X"
    assert en("agenda.turn", n=3) == "turn 3"


def test_dates_in_both_languages():
    day = datetime.date(2026, 12, 3)
    assert Labels("nl").date(day) == "3 december 2026"
    assert Labels("en").date(day) == "3 December 2026"
    assert Labels("en").date(None) == ""
    # 7 January 2027 is a Thursday (1 January 2027 is a Friday)
    assert Labels("nl").short_date(datetime.date(2027, 1, 7)) == "do 7 jan. 2027"
    assert Labels("en").short_date(datetime.date(2027, 1, 7)) == "Th 7 Jan 2027"


def test_an_unknown_language_names_the_known_ones():
    assert labels_for(None) == Labels("nl")
    with pytest.raises(KeyError, match="use nl, en"):
        labels_for("fr")


def test_hyphenation_follows_the_text_language():
    # nl_NL breaks 'understanding' as under-stan-ding; en_GB keeps 'standing' whole (both with four
    # letters kept on each side)
    assert hyphenate("understanding").split(SHY) == ["under", "stan", "ding"]
    with setting_text_language("en"):
        assert hyphenate("understanding").split(SHY) == ["under", "standing"]
    assert hyphenate("understanding").split(SHY) == ["under", "stan", "ding"]  # back to nl after the run


def test_month_and_year_stay_together_in_the_text_language():
    assert normalise("op 3 december 2026") == f"op 3{NBSP}december{NBSP}2026"
    with setting_text_language("en"):
        assert normalise("on 3 December 2026") == f"on 3{NBSP}December{NBSP}2026"
        assert normalise("in december 2026") == "in december 2026"  # a Dutch month is no English one


def test_the_dutch_section_headings_are_the_kinds_own():
    # the bundle reads its section headings from the table; in Dutch they stay what each kind declares
    from cardgen.kinds import outputs

    sections = {o.kind: o.section for o in outputs() if o.section}
    assert {key[len("section."):]: value for key, value in NL.items() if key.startswith("section.")} == sections


@pytest.mark.parametrize("lang", LANGUAGES)
def test_calibration_instructions_fit_beside_the_verniers(lang):
    # a fold sheet's front half holds 80 characters a line at 7.5 pt
    assert all(len(line) <= 80 for line in TABLES[lang]["calibrate.instructions"])
