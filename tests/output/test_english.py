"""An English pack prints English labels throughout (issue 14, item 5).

The `english` fixture (brand.yaml `language: en`, one item of every kind, written in English) is built
once and every PDF read back with PDFium. No fixed label of the Dutch table may appear: the forbidden
list is derived from `labels.NL`, so a label added to the table later without an English translation
that differs is caught here. A few English labels are pinned by hand, worked out from the content: the
agenda's date and times, the sheets' footer, the form's page numbers, the certificate's sentence.
"""
from __future__ import annotations

import re

import pikepdf
import pytest

from cardgen.layout.labels import EN, NL

from ..conftest import build_fixture, copy_fixture, run_cli
from .readback import page_texts

PLACEHOLDER = re.compile(r"\{[^}]*\}")
EDGES = " ·,/:–-"
BAND = ("band", "band_fillable")  # the labels in a header band, printed in capitals


def pieces(value) -> list[str]:
    """The fixed words of a label: a format string cut at its placeholders, or a tuple's words."""
    parts = list(value) if isinstance(value, tuple) else PLACEHOLDER.split(value)
    return [p.strip(EDGES) for p in parts if re.search(r"[^\W\d_]", p)]


def dutch_labels() -> list[str]:
    """Every fixed piece of the Dutch table that English does not share (e.g. 'agenda', 'Facilitator');
    case counts ('december' is Dutch, 'December' English), but for the bands, which print in capitals."""
    english = {p for value in EN.values() for p in pieces(value)}
    bands = {p.casefold() for key, value in EN.items() if key.endswith(BAND) for p in pieces(value)}
    return sorted({p for key, value in NL.items() for p in pieces(value)
                   if p not in english and not (key.endswith(BAND) and p.casefold() in bands)})


def flat(text: str) -> str:
    """Page text with the line-end hyphenation PDFium marks joined and white space collapsed."""
    text = re.sub(r"[\u0002\ufffe\u00ad]-?\r?\n?", "", text)
    return re.sub(r"\s+", " ", text)


def has(text: str, label: str) -> bool:
    """`label` occurs in `text` as whole words; a band label (in capitals) in any case."""
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, label.split())) + r"(?!\w)"
    flags = re.IGNORECASE if label.isupper() or label in BAND_LABELS else 0
    return re.search(pattern, flat(text), flags) is not None


BAND_LABELS = {p for table in (NL, EN) for key, value in table.items() if key.endswith(BAND) for p in pieces(value)}


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return build_fixture(tmp_path_factory, "english")


FILES = ["decks/conversation-cards-sheets.pdf", "decks/conversation-cards-print.pdf", "methods/five-steps-a4.pdf",
         "methods/five-steps-a5.pdf", "guides/peer-learning.pdf", "agendas/afternoon.pdf", "forms/case-form.pdf",
         "forms/case-form-invulbaar.pdf", "certificates/participation.pdf", "schedules/group-south.pdf"]


def test_the_forbidden_list_is_the_dutch_table():
    # a sanity check that the derivation keeps what a reader would call a Dutch label
    assert {"Bron", "Stappen", "Wie doet wat", "pagina", "vel", "voorkant", "print op 100 % (werkelijke grootte)",
            "tijden berekend", "Programma", "Datum", "Notulist", "beurt", "minuten", "Pauze", "december",
            "heeft deelgenomen aan intervisie, georganiseerd door", "handtekening", "Verdeling over het jaar",
            } <= set(dutch_labels())
    assert "Facilitator" not in dutch_labels() and "agenda" not in dutch_labels()  # the same in English


@pytest.mark.parametrize("name", FILES)
def test_no_dutch_fixed_label_is_printed(out, name):
    pages = page_texts(out / name)
    printed = [(n + 1, label) for n, text in enumerate(pages) for label in dutch_labels() if has(text, label)]
    assert printed == [], f"{name}: Dutch labels printed (page, label): {printed}"


@pytest.mark.parametrize("name", [f for f in FILES if "print" not in f])
def test_the_files_say_they_are_english(out, name):
    with pikepdf.open(out / name) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"


def test_the_cheat_sheet_headings(out):
    (text,) = page_texts(out / "methods/five-steps-a4.pdf")
    for label in ("METHOD", "Goal", "When", "Steps", "Who does what", "Example questions", "Watch out",
                  "Source: Test fixture"):
        assert has(text, label), label


def test_the_guide(out):
    (text,) = page_texts(out / "guides/peer-learning.pdf")
    assert has(text, "GUIDE") and has(text, "Source: Test fixture")


def test_the_agenda_date_turns_and_break(out):
    (text,) = page_texts(out / "agendas/afternoon.pdf")
    # opening 10, three turns of 10 + 15 with a 15-minute break after the second, closing 10: 110 minutes
    # from 13:00, so the break is 14:00–14:15 and the session ends at 14:50
    assert has(text, "3 December 2026 · 13:00–14:50 · 110 minutes · 3 participants")
    for label in ("AGENDA", "Date 3 December 2026", "Place", "Case presenter(s)", "Minute taker", "Programme",
                  "Presenting the case · turn 1", "Questions · turn 3", "14:00–14:15 15 min Break",
                  "Source: Test fixture", "times calculated"):
        assert has(text, label), label


def test_the_sheets_footer(out):
    front, back = page_texts(out / "decks/conversation-cards-sheets.pdf")
    tail = "print at 100 % (actual size), double-sided, flip on the long edge"
    assert has(front, f"Conversation cards · sheet 1/1 · front · {tail}")
    assert has(back, f"Conversation cards · sheet 1/1 · back · {tail}")


@pytest.mark.parametrize("name, band", [("forms/case-form.pdf", "FORM"), ("forms/case-form-invulbaar.pdf",
                                                                           "FILLABLE FORM")])
def test_the_form_pages_and_captions(out, name, band):
    first, second = page_texts(out / name)  # the 150 mm box takes the rest of the form to page 2
    assert has(first, "Source: Test fixture page 1 of 2") and has(second, "Source: Test fixture page 2 of 2")
    assert has(first, "day month year") and has(second, "signature")
    assert has(second, "Tip: Bring the completed form to the next meeting.")
    assert all(flat(t).rstrip().endswith(band) for t in (first, second))


def test_the_fillable_date_field_says_how_to_type_it(out):
    with pikepdf.open(out / "forms/case-form-invulbaar.pdf") as pdf:
        tips = {str(f.get("/T")): str(f.get("/TU", "")) for f in pdf.Root.AcroForm.Fields}
    assert tips["day"].endswith("(dd-mm-yyyy)")


def test_the_certificate_sentence_title_and_facts(out):
    (text,) = page_texts(out / "certificates/participation.pdf")
    for label in ("Certificate of participation", "name of the participant",
                  "took part in intervision, organised by Peer Learning Network.", "Date", "Contact hours",
                  "Group", "Supervisor", "Registration number supervisor", "Registration number participant",
                  "Place and date", "Source: Test fixture"):
        assert has(text, label), label


def test_the_schedule(out):
    (text,) = page_texts(out / "schedules/group-south.pdf")
    # 1 October 2026 is a Thursday: monthly on the first Thursday, the next is 5 November
    for label in ("4 meetings, every first Thursday of the month", "SCHEDULE", "No. Date Presenting Chairing Method",
                  "1 Th 1 Oct 2026", "2 Th 5 Nov 2026", "Shares over the year", "Member Presenting Chairing Total",
                  "Source: Test fixture"):
        assert has(text, label), label


def test_lang_en_overrides_a_dutch_pack(tmp_path):
    work = copy_fixture("valid/methods", tmp_path)
    result = run_cli("build", "content", "-o", "out", "--lang", "en", "--only", "intercollegiale-bevraging", cwd=work)
    assert result.returncode == 0, result.stderr
    (text,) = page_texts(work / "out" / "methods" / "intercollegiale-bevraging-a4.pdf")
    assert has(text, "Steps") and has(text, "Source:") and not has(text, "Stappen") and not has(text, "Bron")


def test_lang_nl_overrides_an_english_pack(tmp_path):
    work = copy_fixture("valid/english", tmp_path)
    result = run_cli("build", "content", "-o", "out", "--lang", "nl", "--only", "afternoon", cwd=work)
    assert result.returncode == 0, result.stderr
    (text,) = page_texts(work / "out" / "agendas" / "afternoon.pdf")
    assert has(text, "3 december 2026") and has(text, "Programma") and has(text, "beurt 1") and has(text, "Pauze")


@pytest.mark.parametrize("command", ["build", "check", "preview", "watch", "serve"])
def test_an_unknown_lang_lists_the_languages(tmp_path, command):
    work = copy_fixture("valid/english", tmp_path)
    result = run_cli(command, "content", "--lang", "fr", cwd=work)
    assert result.returncode == 2
    assert "'fr' is not one of 'nl', 'en'" in result.stderr
    assert not (work / "output").exists()


def test_the_bundle_front_matter_and_page_numbers(tmp_path):
    work = copy_fixture("valid/english", tmp_path)
    result = run_cli("pack", "content", "-o", "bundle", cwd=work)
    assert result.returncode == 0, result.stderr
    combined = work / "bundle" / "intervisie-peer-learning" / "intervisie-peer-learning.pdf"
    pages = page_texts(combined)
    assert has(pages[0], "Intervision material") and has(pages[0], "Peer Learning Network")
    for label in ("Contents", "Card decks", "Methods", "Guides", "Agendas", "Forms", "Schedules",
                  f"page 2 of {len(pages)}"):
        assert has(pages[1], label), label
    printed = [(n + 1, label) for n, text in enumerate(pages) for label in dutch_labels() if has(text, label)]
    assert printed == [], f"Dutch labels printed in the bundle (page, label): {printed}"
    with pikepdf.open(combined) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"
        assert [str(item.title) for item in pdf.open_outline().root][0] == "Contents"


def test_the_calibration_sheet(tmp_path):
    result = run_cli("calibrate", "--lang", "en", "-o", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    front, back = page_texts(tmp_path / "out" / "calibrate-a4.pdf")
    assert has(front, "Calibration sheet ‘a4’ (long-edge): front")
    assert has(front, "Print this sheet double-sided at 100 % (actual size), like your cards.")
    assert has(back, "Back: read off here, with the sheet held against the light")
    printed = [label for text in (front, back) for label in dutch_labels() if has(text, label)]
    assert printed == []
