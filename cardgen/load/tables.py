"""Spreadsheets as content: a deck's cards, a form's fields, a certificate's participants.

One reader for both file types a trainer saves from Excel: `.csv` (comma or semicolon, UTF-8 with or
without the BOM Excel writes, else Windows-1252 as Dutch Excel saves "CSV (gescheiden door
lijstscheidingsteken)") and `.xlsx` (openpyxl in read-only mode, the values Excel last calculated). The
first non-empty row names the columns (case and surrounding spaces do not matter); every later non-empty
row is one record. Every value keeps its place, `FILE:SHEET!C14` (a CSV has no sheets: `FILE:C14`), so a
problem in a cell is reported where the trainer can find it. docs/limits.md lists the limits.
"""
from __future__ import annotations

import csv
import datetime
import difflib
import io
import os
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Problems
from ..messages import msg

SUFFIXES = (".xlsx", ".csv")
MAX_FILE_BYTES = 20 * 1024 * 1024  # as a YAML file; a list of cards or people is a few kB
MAX_ROWS = 10_000  # records (a deck prints at most 10,000 cards)
MAX_SCANNED = 100_000  # rows looked at, empty ones included (a sheet of a million blank rows)
MAX_COLUMNS = 50
MAX_CELL = 100_000  # characters in one cell, as one YAML value
MAX_UNPACKED = 100 * 1024 * 1024  # bytes a workbook's zip parts unpack to (a zip bomb would fill the memory)
MAX_MEMBERS = 1_000  # parts of a workbook's zip archive
# The item fields that may name a spreadsheet, by kind (watch.py maps a changed spreadsheet to its items).
TABLE_FIELDS = {"deck": "cards", "form": "fields"}


UNREAD = None  # the name of a column that is not read (already reported at its header cell)
# What the records of a spreadsheet are, as the callers name them (`what`), in messages.
RECORDS = {"rows": msg("rows"), "cards": msg("cards"), "fields": msg("fields"), "participants": msg("participants")}


class TableError(ValueError):
    """The file as a whole cannot be read as a table: `reason` says why (`row`: from which row on, or None),
    the caller says where; str() names the file as the user gave it."""

    def __init__(self, reason: str, row: int | None = None):
        super().__init__(reason)
        self.reason, self.row, self.name = reason, row, ""

    def __str__(self) -> str:  # the message itself (a str), so that it can still be said in the run's language
        return msg("'{name}' {reason}", name=self.name, reason=self.reason) if self.name else self.reason


@dataclass(frozen=True)
class Row:
    """One record: its values by column name (empty cells left out) and the place of every column's cell."""

    number: int  # the row number the spreadsheet shows (1 is the header)
    values: dict[str, Any]
    cells: dict[str, str]  # column name -> 'Vragen!C14' or 'C14'
    first: str  # the row's first cell, for a problem of the whole row


@dataclass
class Table:
    file: str  # as shown in messages
    sheet: str | None  # None for a CSV
    columns: dict[str, str] = field(default_factory=dict)  # column name -> letter
    header_row: int = 1
    last_row: int = 0  # the last row read, empty or not
    rows: list[Row] = field(default_factory=list)

    def cell(self, letter: str, row: int) -> str:
        return f"{self.sheet}!{letter}{row}" if self.sheet is not None else f"{letter}{row}"


def letter(index: int) -> str:
    """A spreadsheet's name of a column: 0 -> 'A', 26 -> 'AA'."""
    letters, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def decoded(data: bytes) -> str | None:
    """The file's text: UTF-8 (with or without the BOM Excel writes), else Windows-1252 (Excel's
    "CSV (gescheiden door lijstscheidingsteken)"); None when it is neither."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return None


def separator(header: str) -> str:
    """',' or ';' (Dutch Excel separates with semicolons, as the comma is its decimal sign)."""
    return ";" if header.count(";") > header.count(",") else ","


def header_name(text: Any) -> str:
    """A header cell as a column name: trimmed, lowercase, spaces as underscores ('Copies ' -> 'copies')."""
    return " ".join(str(text).split()).lower().replace(" ", "_") if text is not None else ""


def value_of(raw: Any) -> Any:
    """A cell's value: text trimmed (None when empty), whole numbers as int (Excel stores 2 as 2.0),
    dates as 2026-12-03; other numbers and true/false as they are."""
    if raw is None:
        return None
    if isinstance(raw, str):
        text = raw.replace("\r\n", "\n").strip()
        return text or None
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 2 ** 53:
        return int(raw)
    if isinstance(raw, datetime.datetime):
        return raw.date().isoformat() if raw.time() == datetime.time() else raw.isoformat(sep=" ")
    if isinstance(raw, (datetime.date, datetime.time)):
        return raw.isoformat()
    return raw


def as_text(value: Any) -> Any:
    """A number from a spreadsheet where text is wanted ('2026' as a title): as the cell shows it."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return str(value) if isinstance(value, int) else format(value, "g")


def check_file(path: Path) -> None:
    """TableError unless `path` is a regular file of at most MAX_FILE_BYTES with a known suffix (a FIFO
    or a device would block or never end)."""
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods", ".numbers", ".xlsm"):
        raise TableError(msg("is a {suffix} file; save it as .xlsx (Excel-werkmap) or .csv and give that",
                             suffix=suffix))
    if suffix not in SUFFIXES:
        raise TableError(msg("is not a spreadsheet (give a .xlsx or .csv file)"))
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise TableError(msg("does not exist")) from None
    except OSError as exc:
        raise TableError(msg("cannot be read ({reason})", reason=exc.strerror or str(exc))) from None
    if not stat.S_ISREG(info.st_mode):
        raise TableError(msg("is not a regular file (give a .xlsx or .csv file)"))
    if info.st_size > MAX_FILE_BYTES:
        raise TableError(msg("is {mb:.1f} MB; a spreadsheet may be at most {most} MB", mb=info.st_size / 1024 / 1024,
                             most=MAX_FILE_BYTES // 1024 // 1024))


def read_table(path: Path, shown: str, problems: Problems, allowed: tuple[str, ...], sheet: str | None = None,
               aliases: dict[str, str] | None = None, required: tuple[str, ...] = (),
               what: str = "rows", name: str | None = None) -> Table:
    """The records of a .csv or .xlsx file whose first row names the columns. Problems of the file as a
    whole (missing, not a spreadsheet, too large, no such sheet) raise TableError; problems of a cell or
    column (unknown or missing columns, a cell too long, too many rows) are added to `problems` at their
    place. `aliases` maps other header names to allowed ones; `what` names the records in messages; `name`
    is the file as the user wrote it (default: its name)."""
    try:
        return _read(path, shown, problems, allowed, sheet, aliases or {}, required, RECORDS.get(what, what))
    except TableError as exc:
        exc.name = name if name is not None else path.name
        raise


def _read(path, shown, problems, allowed, sheet, aliases, required, what) -> Table:
    check_file(path)
    if path.suffix.lower() == ".csv":
        if sheet is not None:
            raise TableError(msg("is a CSV file, which has no sheets (leave out sheet: '{sheet}')", sheet=sheet))
        table, records = Table(shown, None), _csv_rows(path)
    else:
        table, records = _xlsx_rows(path, shown, sheet)
    try:
        _fill(table, records, problems, allowed, aliases, required, what)
    except csv.Error as exc:  # a NUL byte, an unclosed quote, a cell over the csv module's own limit
        row = table.last_row + 1
        raise TableError(msg("is not a readable CSV file from row {row} on ({error})", row=row, error=str(exc)),
                         row) from None
    return table


def _csv_rows(path: Path):
    data = path.read_bytes()[:MAX_FILE_BYTES + 1]
    if data[:4] == b"PK\x03\x04":
        raise TableError(msg("is a workbook saved under a .csv name; save it as CSV, or name it .xlsx"))
    text = decoded(data)
    if text is None:
        raise TableError(msg("cannot be read as text (save it as CSV UTF-8)"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator(text.split("\n", 1)[0]))
    return (list(cells) for cells in reader)


def _check_archive(path: Path) -> None:
    """TableError for a workbook that would unpack into more than MAX_UNPACKED bytes or MAX_MEMBERS parts:
    openpyxl holds a sheet's shared strings in memory, so a small zip bomb would fill it."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TableError(_unreadable(exc)) from None
    if len(members) > MAX_MEMBERS:
        raise TableError(msg("holds {n:,} parts; a workbook may have at most {most:,}", n=len(members),
                             most=MAX_MEMBERS))
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNPACKED:
        raise TableError(msg("unpacks to {mb:,.0f} MB; a workbook may unpack to at most {most} MB (a list of cards or "
                             "people is a few hundred kB)", mb=unpacked / 1024 / 1024,
                             most=MAX_UNPACKED // 1024 // 1024))


def _unreadable(exc: Exception) -> str:
    return msg("cannot be read as an Excel workbook ({error})", error=f"{type(exc).__name__}: {exc}")


def _xlsx_rows(path: Path, shown: str, sheet: str | None):
    import openpyxl  # only when a workbook is read: it takes a moment to import

    with open(path, "rb") as fh:
        if fh.read(4) != b"PK\x03\x04":
            raise TableError(msg("is not an Excel workbook (an .xlsx file is a zip archive); save it from Excel as "
                                 ".xlsx, or as .csv"))
    _check_archive(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file: any of them means "cannot read"
        raise TableError(_unreadable(exc)) from None
    names = book.sheetnames
    if sheet is None:
        if not names:
            raise TableError(msg("has no sheets"))
        sheet = names[0]
    elif sheet not in names:
        close = difflib.get_close_matches(sheet, names, n=1)
        book.close()
        if close:
            raise TableError(msg("has no sheet '{sheet}' (did you mean '{close}'? sheets: {names})", sheet=sheet,
                                 close=close[0], names=", ".join(names)))
        raise TableError(msg("has no sheet '{sheet}' (sheets: {names})", sheet=sheet, names=", ".join(names)))

    def rows():
        try:
            for values in book[sheet].iter_rows(values_only=True):
                yield list(values)
        except Exception as exc:  # a broken sheet shows while it is streamed; whatever openpyxl raises
            raise TableError(_unreadable(exc)) from None
        finally:
            book.close()
    return Table(shown, sheet), rows()


def _fill(table: Table, records, problems: Problems, allowed, aliases, required, what) -> None:
    header: list[str] = []
    for number, cells in enumerate(records, start=1):
        table.last_row = number
        if number > MAX_SCANNED:
            problems.add(table.file, msg("has more than {most:,} rows (empty ones counted); cardgen reads at most "
                                         "{most:,}", most=MAX_SCANNED), cell=table.cell("A", number))
            return
        while cells and value_of(cells[-1]) is None:
            cells.pop()
        if not cells:
            continue  # Excel leaves empty rows, or rows of separators, at the end
        if len(cells) > MAX_COLUMNS:
            problems.add(table.file, msg("has a value in column {column}; a spreadsheet may have at most {most} "
                                         "columns (A to {last})", column=letter(len(cells) - 1), most=MAX_COLUMNS,
                                         last=letter(MAX_COLUMNS - 1)),
                         cell=table.cell(letter(len(cells) - 1), number))
            return
        if not header:
            table.header_row = number
            header = _header(table, cells, number, problems, allowed, aliases, required)
            continue
        if len(table.rows) >= MAX_ROWS:
            problems.add(table.file, msg("has more than {most:,} {what}; a spreadsheet may have at most {most:,} "
                                         "(split it up)", most=MAX_ROWS, what=what), cell=table.cell("A", number))
            return
        values, places = {}, {}
        for i, raw in enumerate(cells):
            name = header[i] if i < len(header) else ""
            value = value_of(raw)
            where = table.cell(letter(i), number)
            if name is UNREAD or name in places:
                continue
            if isinstance(value, str) and len(value) > MAX_CELL:
                problems.add(table.file, msg("is {n:,} characters long; a cell may have at most {most:,}",
                                             n=len(value), most=MAX_CELL),
                             field=name, cell=where)
                value = None
            if not name:
                if value is not None:
                    problems.add(table.file, msg("has a value in a column without a name (give {cell} one of: "
                                                 "{allowed}, or empty the column)",
                                                 cell=f"{letter(i)}{table.header_row}", allowed=", ".join(allowed)),
                                 cell=where)
                continue
            places[name] = where
            if value is not None:
                values[name] = value
        for name, column in table.columns.items():  # an empty cell at the end of the row has a place too
            places.setdefault(name, table.cell(column, number))
        table.rows.append(Row(number, values, places, table.cell("A", number)))
    if not header:
        problems.add(table.file, msg("is empty; its first row names the columns ({allowed}) and each row below it is "
                                     "one of the {what}", allowed=", ".join(allowed), what=what),
                     cell=table.cell("A", 1))


def _header(table: Table, cells: list, number: int, problems: Problems, allowed, aliases, required) -> list:
    """The column names of the header row. An unknown one is a problem at its cell, with the allowed names,
    and its column is not read (nor a second one of the same name), so that the rows' problems are said too."""
    header, suggested = [], set()
    for i, raw in enumerate(cells):
        name = header_name(value_of(raw))
        name = aliases.get(name, name)
        where = table.cell(letter(i), number)
        if not name:
            header.append("")
            continue
        if name not in allowed:
            close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.75)
            suggested.update(close)
            if close:
                said = msg("unknown column '{name}' in column {column} (did you mean '{close}'? allowed: {allowed})",
                           name=str(raw).strip(), column=letter(i), close=close[0], allowed=", ".join(allowed))
            else:
                said = msg("unknown column '{name}' in column {column} (allowed: {allowed})", name=str(raw).strip(),
                           column=letter(i), allowed=", ".join(allowed))
            problems.add(table.file, said, cell=where)
            name = UNREAD
        elif name in table.columns:
            problems.add(table.file, msg("column '{name}' is named twice ({first} and {second})", name=name,
                                         first=f"{table.columns[name]}{number}", second=f"{letter(i)}{number}"),
                         cell=where)
            name = UNREAD
        else:
            table.columns[name] = letter(i)
        header.append(name)
    for name in required:
        if name not in table.columns and name not in suggested:  # 'Categorie' for 'category' is said once
            problems.add(table.file, msg("required column '{name}' is missing (the first row names the columns)",
                                         name=name),
                         cell=table.cell("A", number))
    return header
