"""Spreadsheets for tests and for the default pack, written as Excel and Dutch Excel write them.

`write_xlsx` writes a workbook with openpyxl (numbers as Excel stores them: 2 as 2.0 when asked);
`write_csv` writes a CSV with a separator and an encoding (Dutch Excel: ';' and cp1252).

Run as a script (`.venv/bin/python -m tests.spreadsheets`) it writes the committed spreadsheets again:
the default pack's content/tabellen/open-vragen.xlsx from its CSV, and the workbooks of the fixtures.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A workbook with these sheets (name -> rows, the first row the header), in this order."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list], separator: str = ";", encoding: str = "cp1252") -> Path:
    """A CSV as Excel saves it: CRLF line ends, the separator, the encoding ('utf-8-sig' gives the BOM)."""
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=separator, lineterminator="\r\n").writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def read_csv(path: Path, encoding: str = "cp1252", separator: str = ";") -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode(encoding), newline=""), delimiter=separator))


# The cards of the `spreadsheets` fixture: the same as its YAML deck, with characters that cp1252 and UTF-8
# write differently (é, ë, ’, –) and a card printed twice.
HEADER = ["title", "text", "category", "copies"]
CARDS = [
    ["Eerste indruk", "Wat viel je het eerst op toen je de situatie binnenstapte?", "denken", 1],
    [None, "Hoe voelde het, dat moment waarop je ’nee’ zei?", "gevoel", 2],
    [None, "Wanneer merkte je dat het idee van je collega’s niet aansloot?", "denken", 1],
    ["Financiële druk", "Hoe speelde de financiële kant mee – en wie besliste daarover?", "denken", 1],
    [None, "Wat zou een coördinator hier als eerste zien?", "gevoel", 1],
]


def spreadsheet_rows(copies_as_float: bool = False) -> list[list]:
    """The header and the cards; `copies_as_float` writes 2 as 2.0, as a formula or an import may leave it."""
    rows = [HEADER]
    for title, text, category, copies in CARDS:
        rows.append([title, text, category, float(copies) if copies_as_float else copies])
    return rows


def bad_cell_rows() -> list[list]:
    """13 good cards and, in C14 (the 14th row, category column), a category the deck does not have."""
    rows = [HEADER] + [[None, f"Wat is vraag {n}?", "gevoel" if n % 2 else "denken", 1] for n in range(1, 13)]
    rows.append([None, "Hoe voelde dat?", "gevoelens", 1])
    return rows


def main() -> None:
    rows = read_csv(ROOT / "content" / "tabellen" / "open-vragen.csv")
    write_xlsx(ROOT / "content" / "tabellen" / "open-vragen.xlsx", {"Vragen": rows})
    valid = FIXTURES / "valid" / "spreadsheets" / "content" / "tabellen"
    write_xlsx(valid / "vragen.xlsx", {"Uitleg": [["Dit werkblad leest cardgen niet"]],
                                       "Vragen": spreadsheet_rows(copies_as_float=True)})
    write_csv(valid / "vragen.csv", spreadsheet_rows())
    write_xlsx(valid / "velden.xlsx", {"Velden": [
        ["id", "label", "kind", "n", "options", "choice", "help"],
        ["naam", "Naam", "line", None, None, None, None],
        ["werkvraag", "Wat is je werkvraag?", "lines", 3, None, None, "Eén vraag, in je eigen woorden."],
        ["eens", "Was de werkvraag helder?", "checkbox", None, "ja | deels | nee", "one", None],
    ]})
    bad = FIXTURES / "invalid" / "spreadsheet-bad-cell" / "content" / "decks"
    write_xlsx(bad / "kaarten.xlsx", {"Vragen": bad_cell_rows()})
    columns = FIXTURES / "invalid" / "spreadsheet-columns" / "content" / "decks"
    write_csv(columns / "kaarten.csv", [[" Text ", "Categorie", "COPIES", "notities"],
                                        ["Wat zie je?", "denken", 1, None]])
    missing = FIXTURES / "invalid" / "spreadsheet-not-found" / "content" / "decks"
    write_xlsx(missing / "kaarten.xlsx", {"Vragen": spreadsheet_rows(), "Uitleg": [["-"]]})


if __name__ == "__main__":
    main()
