"""load/tables.py: spreadsheets as Excel and Dutch Excel save them, read into located records.

Known answers: the cell names (column letters, sheet names), the values as the schema wants them (2.0 from
Excel is the whole number 2), and the exact messages for what a trainer gets wrong."""
import os

import pytest

from cardgen.errors import Problems
from cardgen.load import tables
from cardgen.load.tables import TableError, letter, read_table

from ..spreadsheets import write_csv, write_xlsx

ALLOWED = ("text", "category", "title", "copies")


def read(path, sheet=None, **kw):
    problems = Problems()
    table = read_table(path, path.name, problems, ALLOWED, sheet, **kw)
    return table, [str(p) for p in problems.items]


def test_column_letters_go_past_z():
    assert [letter(i) for i in (0, 2, 25, 26, 27, 51, 52, 701, 702)] == \
        ["A", "C", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]


def test_a_dutch_excel_csv_reads_as_the_text_it_shows(tmp_path):
    """Semicolons and Windows-1252: é, ë, ’ and – are single bytes that differ from UTF-8's; a comma inside a
    cell is text, not a separator. Headers in any case, with spaces around them."""
    rows = [[" Text ", "CATEGORY", "copies"], ["Hoe voelde het, dat ’nee’ – zei Zoë?", "gevoel", "2"],
            ["Wat zag je daarna?", "denken", ""]]
    path = write_csv(tmp_path / "k.csv", rows, ";", "cp1252")
    assert path.read_bytes().count(b"\x92") == 2  # cp1252's right single quote: the file is not UTF-8
    table, problems = read(path)
    assert problems == []
    assert table.sheet is None and table.columns == {"text": "A", "category": "B", "copies": "C"}
    assert [r.values for r in table.rows] == [
        {"text": "Hoe voelde het, dat ’nee’ – zei Zoë?", "category": "gevoel", "copies": "2"},
        {"text": "Wat zag je daarna?", "category": "denken"}]
    assert table.rows[1].cells == {"text": "A3", "category": "B3", "copies": "C3"}  # an empty cell has a place


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_utf8_with_or_without_a_bom_and_commas(tmp_path, encoding):
    path = write_csv(tmp_path / "k.csv", [["text", "category"], ["Wat zie je, Zoë?", "denken"]], ",", encoding)
    table, problems = read(path)
    assert problems == [] and table.columns == {"text": "A", "category": "B"}  # not '\ufefftext'
    assert table.rows[0].values == {"text": "Wat zie je, Zoë?", "category": "denken"}


def test_a_workbook_sheet_by_name_or_the_first_and_numbers_as_excel_keeps_them(tmp_path):
    path = write_xlsx(tmp_path / "k.xlsx", {"Uitleg": [["text"], ["niet deze"]],
                                            "Vragen": [["Text", "copies", "title"], ["Wat zie je?", 2.0, 2026],
                                                       [None, None, None], ["Hoe?", 1.5, None]]})
    table, problems = read(path, "Vragen")
    assert problems == []
    assert [r.values for r in table.rows] == [{"text": "Wat zie je?", "copies": 2, "title": 2026},
                                              {"text": "Hoe?", "copies": 1.5}]
    assert type(table.rows[0].values["copies"]) is int
    assert [r.number for r in table.rows] == [2, 4]  # the empty row 3 is skipped, the numbers stay Excel's
    assert table.rows[1].cells["copies"] == "Vragen!B4" and table.rows[1].first == "Vragen!A4"
    first, _ = read(path)
    assert first.sheet == "Uitleg" and first.rows[0].values == {"text": "niet deze"}


def test_unknown_and_doubled_columns_are_named_at_their_header_cell(tmp_path):
    path = write_xlsx(tmp_path / "k.xlsx", {"Vragen": [["text", "categorie", "notities", "text"],
                                                       ["Wat?", "denken", "x", "Hoe?"]]})
    table, problems = read(path, required=("text", "category"))
    assert problems == [
        "k.xlsx:Vragen!B1: unknown column 'categorie' in column B (did you mean 'category'? allowed: text, "
        "category, title, copies)",
        "k.xlsx:Vragen!C1: unknown column 'notities' in column C (allowed: text, category, title, copies)",
        "k.xlsx:Vragen!D1: column 'text' is named twice (A1 and D1)"]  # 'category' is not said missing too
    assert table.rows[0].values == {"text": "Wat?"}


def test_a_missing_column_and_a_value_without_a_column(tmp_path):
    path = write_csv(tmp_path / "k.csv", [["text", "", "copies"], ["Wat?", "los", "1"]], ",", "utf-8")
    _, problems = read(path, required=("text", "category"))
    assert problems == [
        "k.csv:A1: required column 'category' is missing (the first row names the columns)",
        "k.csv:B2: has a value in a column without a name (give B1 one of: text, category, title, copies, or "
        "empty the column)"]


@pytest.mark.parametrize("name, content, message", [
    ("k.xls", b"\xd0\xcf\x11\xe0", "is a .xls file; save it as .xlsx (Excel-werkmap) or .csv and give that"),
    ("k.txt", b"text\n", "is not a spreadsheet (give a .xlsx or .csv file)"),
    ("k.xlsx", b"text;category\n", "is not an Excel workbook (an .xlsx file is a zip archive); save it from "
                                   "Excel as .xlsx, or as .csv"),
    ("k.xlsx", b"PK\x03\x04 kapot", "cannot be read as an Excel workbook (BadZipFile: File is not a zip file)"),
    ("k.csv", b"PK\x03\x04 kapot", "is a workbook saved under a .csv name; save it as CSV, or name it .xlsx"),
    ("k.csv", b"text\nWat\n\"" + b"x" * 200_000 + b"\"\n",
     "is not a readable CSV file from row 3 on (field larger than field limit (131072))"),
    ("k.csv", b"", None),
])
def test_a_file_that_is_not_a_table_is_one_error_naming_it(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    if message is None:  # an empty file: a located problem, not an exception
        assert read(path)[1] == ["k.csv:A1: is empty; its first row names the columns (text, category, title, "
                                 "copies) and each row below it is one of the rows"]
        return
    with pytest.raises(TableError) as caught:
        read(path)
    assert str(caught.value) == f"'{name}' {message}"


def test_a_missing_sheet_names_the_sheets_and_a_csv_has_none(tmp_path):
    book = write_xlsx(tmp_path / "k.xlsx", {"Vragen": [["text"]], "Uitleg": [["text"]]})
    with pytest.raises(TableError) as caught:
        read(book, "vragen")
    assert str(caught.value) == "'k.xlsx' has no sheet 'vragen' (did you mean 'Vragen'? sheets: Vragen, Uitleg)"
    sheetless = write_csv(tmp_path / "k.csv", [["text"]], ",", "utf-8")
    with pytest.raises(TableError) as caught:
        read(sheetless, "Vragen")
    assert str(caught.value) == "'k.csv' is a CSV file, which has no sheets (leave out sheet: 'Vragen')"


def test_limits_rows_columns_cells_size_and_kind_of_file(tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "MAX_ROWS", 3)
    monkeypatch.setattr(tables, "MAX_COLUMNS", 4)
    monkeypatch.setattr(tables, "MAX_CELL", 10)
    many = write_csv(tmp_path / "many.csv", [["text"]] + [[f"v{n}"] for n in range(5)], ",", "utf-8")
    table, problems = read(many, what="cards")
    assert problems == ["many.csv:A5: has more than 3 cards; a spreadsheet may have at most 3 (split it up)"]
    assert len(table.rows) == 3
    wide = write_csv(tmp_path / "wide.csv", [["text"], ["a", "", "", "", "e"]], ",", "utf-8")
    assert read(wide)[1] == ["wide.csv:E2: has a value in column E; a spreadsheet may have at most 4 columns "
                             "(A to D)"]
    long = write_csv(tmp_path / "long.csv", [["text"], ["x" * 11]], ",", "utf-8")
    assert read(long)[1] == ["long.csv:A2: text: is 11 characters long; a cell may have at most 10"]
    monkeypatch.setattr(tables, "MAX_FILE_BYTES", 10)  # the file has 19 bytes
    with pytest.raises(TableError, match=r"^'long.csv' is 0.0 MB; a spreadsheet may be at most 0 MB$"):
        read(long)
    os.mkfifo(tmp_path / "pijp.csv")
    with pytest.raises(TableError, match=r"^'pijp.csv' is not a regular file \(give a .xlsx or .csv file\)$"):
        read(tmp_path / "pijp.csv")  # never opened: a FIFO would block the read


def test_a_workbook_that_unpacks_too_far_is_refused_before_it_is_read(tmp_path):
    """A real workbook with one more part of 200 MB of zeros (about 200 kB packed): openpyxl would hold
    such a part in memory; it is refused from the archive's table of contents, naming the size."""
    import zipfile

    book = write_xlsx(tmp_path / "k.xlsx", {"Vragen": [["text"], ["Wat zie je?"]]})
    with zipfile.ZipFile(book, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("xl/sharedStrings2.xml", "w") as part:
        for _ in range(200):
            part.write(b"\0" * (1024 * 1024))
    assert book.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(TableError) as caught:
        read(book)
    assert str(caught.value) == ("'k.xlsx' unpacks to 200 MB; a workbook may unpack to at most 100 MB (a list of "
                                 "cards or people is a few hundred kB)")
