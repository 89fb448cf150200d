"""Cards and form fields from spreadsheets (issue 13): the same cards from YAML, from an .xlsx sheet and from
a Dutch Excel CSV give the same printed cards, read back with PDFium (pypdfium2) and pypdf; a problem in
a cell is reported at that cell; certificates read an .xlsx participants list."""
import datetime

import pytest
from pypdf import PdfReader

from ..conftest import FIXTURES, ROOT, build_fixture, copy_fixture, run_cli
from ..spreadsheets import write_xlsx
from ..yamledit import edit_yaml, swap
from .readback import load_yaml, page_texts

EXPECTED = load_yaml(FIXTURES / "valid" / "spreadsheets" / "expected.yaml")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_fixture(tmp_path_factory, "spreadsheets")


def _without_id(texts: list[str], deck_id: str) -> list[str]:
    return [t.replace(deck_id, "ID") for t in texts]


def test_the_same_cards_from_yaml_xlsx_and_csv_print_the_same(built):
    """Every page of the three print files has the same text (the card, its number and the deck's title
    and credit), page for page. A CSV read as Latin-1 instead of Windows-1252 would print '’' as a control
    character, one read as UTF-8 would not build; copies 2.0 read as text would not build."""
    texts = {deck: page_texts(built / "decks" / f"{deck}-print.pdf") for deck in EXPECTED["decks"]}
    reference = texts["vragen-yaml"]
    assert len(reference) == EXPECTED["print_pages"]
    for deck in ("vragen-xlsx", "vragen-csv"):
        assert _without_id(texts[deck], deck) == _without_id(reference, "vragen-yaml"), deck
        sheets = PdfReader(built / "decks" / f"{deck}-sheets.pdf")
        assert len(sheets.pages) == EXPECTED["sheet_pages"]
    fronts = reference[::2]
    assert [[n for n in sorted(set(EXPECTED["numbers"])) if n in page] for page in fronts] == \
        [[n] for n in EXPECTED["numbers"]]
    printed = "".join(texts["vragen-csv"]).replace("\r\n", " ").replace("\n", " ")
    for text in EXPECTED["printed"]:
        assert text in printed, text


def test_the_same_fields_from_yaml_and_xlsx_make_the_same_forms(built):
    """The form whose fields come from a sheet (options written 'ja | deels | nee') prints the same text and
    has the same fillable fields, with the radio group's values."""
    yaml_form, xlsx_form = (built / "forms" / f"{form}.pdf" for form in EXPECTED["forms"])
    assert page_texts(xlsx_form) == page_texts(yaml_form)
    for form in EXPECTED["forms"]:
        fields = PdfReader(built / "forms" / f"{form}-invulbaar.pdf").get_fields()
        assert sorted(fields) == sorted(EXPECTED["fillable_fields"])
        states = [s for s in fields["eens"].get("/_States_", []) if s != "/Off"]
        assert sorted(states) == ["/deels", "/ja", "/nee"]


def test_the_default_pack_ships_the_same_cards_as_xlsx_and_as_csv(default_build, tmp_path):
    """content/tabellen/open-vragen.csv (semicolons, Windows-1252) holds the same cards as the .xlsx the deck
    reads: the deck built from the CSV prints the same pages."""
    work = tmp_path / "pack"
    import shutil

    shutil.copytree(ROOT / "content", work)
    assert (work / "tabellen/open-vragen.csv").read_bytes().count("é".encode("cp1252")) >= 1
    with edit_yaml(work / "decks" / "open-vragen.yaml") as deck:
        swap(deck, "cards", {"file": "tabellen/open-vragen.xlsx", "sheet": "Vragen"}, "tabellen/open-vragen.csv")
    result = run_cli("build", str(work), "-o", "out", "--only", "open-vragen", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    from_csv = page_texts(tmp_path / "out" / "decks" / "open-vragen-print.pdf")
    from_xlsx = page_texts(default_build / "decks" / "open-vragen-print.pdf")
    assert len(from_xlsx) == 2 * 17  # an instruction card and 16 questions, front and back
    assert from_csv == from_xlsx


def _deck_from(work, rows, sheet="Vragen"):
    write_xlsx(work / "content" / "tabellen" / "vragen.xlsx", {sheet: rows})
    return run_cli("check", "content", cwd=work)


def test_every_problem_of_a_row_is_reported_at_its_cell_all_at_once(tmp_path):
    """Schema problems (a text too long, copies out of range, a required cell left empty) and the deck's
    own check (the category) are each located at their cell, with the column's name as the field."""
    work = copy_fixture("valid/spreadsheets", tmp_path)
    rows = [["text", "category", "title", "copies"],
            ["x" * 5001, "denken", None, 1],
            ["Wat zie je?", "denken", None, 0],
            [None, "denken", "Zonder vraag", 1],
            ["Hoe?", "gevoelens", None, 1]]
    result = _deck_from(work, rows)
    assert result.returncode == 2
    shown = "content/tabellen/vragen.xlsx"
    errors = result.stderr.splitlines()
    assert sorted(errors[:-1]) == sorted([
        f"{shown}:Vragen!A2: text: is 5,001 characters long; at most 5,000 fit here",
        f"{shown}:Vragen!D3: copies: 0 is out of range (allowed: 1 to 100)",
        f"{shown}:Vragen!A4: text: is required but missing"])
    assert errors[-1] == "3 errors, nothing written"
    result = _deck_from(work, [rows[0], rows[4]])  # the category is checked once the schema passes
    assert result.stderr.splitlines() == [
        f"{shown}:Vragen!B2: category: 'gevoelens' is not a category of this deck (known: denken, gevoel)",
        "1 error, nothing written"]


def test_a_card_too_long_for_its_box_is_reported_at_its_cell(tmp_path):
    """Fitting is decided in the layout, long after the spreadsheet was read: its problem still names the cell."""
    work = copy_fixture("valid/spreadsheets", tmp_path)
    long_text = " ".join(["Wat zou je doen als je morgen opnieuw mocht beginnen?"] * 12)
    result = _deck_from(work, [["text", "category"], ["Wat zie je?", "denken"], [long_text, "gevoel"]])
    assert result.returncode == 2
    first = result.stderr.splitlines()[0]
    assert first.startswith("content/tabellen/vragen.xlsx:Vragen!A3: text: card V-02 (front): box "), first
    assert "runs over by" in first and first.endswith("shorten it or use a larger card_size"), first


def _people(work, rows):
    write_xlsx(work / "deelnemers.xlsx", {"Blad1": rows})
    return run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "deelnemers.xlsx", "-o",
                   "out", cwd=work)


def test_certificates_from_an_xlsx_participants_list(tmp_path):
    """Excel stores a date as a date and 1,5 hours as the number 1.5: both print as a Dutch reader writes
    them. Dutch headings are read as in a CSV."""
    work = copy_fixture("valid/certificates", tmp_path)
    result = _people(work, [["Naam", "Datum", "Uren", "Groep"],
                            ["Zoë de Vries", datetime.datetime(2026, 12, 3), 1.5, "Intervisiegroep Noord"],
                            ["Anna Bakker", "3-12-2026", 2.0, "Intervisiegroep Noord"]])
    assert result.returncode == 0, result.stderr
    reader = PdfReader(work / "out" / "certificates" / "bewijs-van-deelname-deelnemers.pdf")
    assert len(reader.pages) == 2
    first, second = (" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Zoë de Vries" in first and "3 december 2026" in first and "1,5" in first
    assert "Anna Bakker" in second and "3 december 2026" in second


def test_a_bad_cell_of_an_xlsx_participants_list_is_named(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    result = _people(work, [["name", "date", "hours", "group"], ["Anna", "31-02-2026", 2, "A"]])
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "deelnemers.xlsx:2: date: '31-02-2026' is not a date (use 2026-12-03 or 3-12-2026) (cell B2)",
        "1 error, nothing written"]
    assert not (work / "out").exists()


@pytest.mark.parametrize("cards, valid", [
    ([{"category": "denken", "text": "Wat zie je?"}], True),
    ("tabellen/kaarten.xlsx", True),
    ("kaarten.CSV", True),
    ({"file": "tabellen/kaarten.xlsx", "sheet": "Vragen"}, True),
    ({"file": "tabellen/kaarten.xlsx"}, True),
    ("tabellen/kaarten.txt", False),                           # not a spreadsheet
    ({"file": "tabellen/kaarten.xlsx", "blad": "Vragen"}, False),  # unknown key
    ({"sheet": "Vragen"}, False),                               # no file
])
def test_the_schemas_for_editors_accept_a_spreadsheet_for_the_cards(cards, valid):
    """`cardgen schema deck` and the schema `cardgen init` writes for VS Code take the cards as a list, a
    .xlsx or .csv path, or {file, sheet}; the form's fields the same."""
    import json

    import jsonschema

    from cardgen.editor import editor_schemas

    exported = json.loads(run_cli("schema", "deck", cwd=ROOT).stdout)
    deck = {"deck": "d", "title": "D", "categories": {"denken": {"label": "Denken"}}, "cards": cards}
    form = {"form": "f", "title": "F", "bron": "B", "fields": cards if not isinstance(cards, list)
            else [{"id": "naam", "label": "Naam"}]}
    editor = editor_schemas()
    for schema, data in ((exported, deck), (editor["deck.schema.json"], deck), (editor["form.schema.json"], form)):
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
        assert (not errors) == valid, (cards, [e.message for e in errors])


def test_a_changed_spreadsheet_is_built_again_into_the_same_output(tmp_path):
    """The build keeps items whose inputs are unchanged (cache.py); the spreadsheet a deck reads is one of
    its inputs, though its YAML file stays the same."""
    from ..spreadsheets import spreadsheet_rows, write_csv

    work = copy_fixture("valid/spreadsheets", tmp_path)
    assert run_cli("build", "content", "-o", "out", cwd=work).returncode == 0
    rows = spreadsheet_rows()
    rows[1][1] = "Wat zag je als eerste, toen je binnenkwam?"
    write_csv(work / "content" / "tabellen" / "vragen.csv", rows)
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    assert "decks/vragen-csv-print.pdf" in result.stdout and "vragen-yaml" not in result.stdout
    first_card = page_texts(work / "out" / "decks" / "vragen-csv-print.pdf")[0]
    assert "Wat zag je als eerste, toen je binnenkwam?" in " ".join(first_card.split())
