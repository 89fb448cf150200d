"""`cardgen certificates`: one bewijs van deelname per row of a participants list (CSV, as Excel writes it
too), merged and (with --split) one file each.

Columns: name, date, hours (contact hours), group (required); date_to (the last date, for a period),
organisation, supervisor (the begeleider), supervisor_registration, registration (the participant's number
in a register such as the SKJ). Dutch headings (naam, datum, uren, groep, begeleider, …) are read as these.
"""
from __future__ import annotations

import csv
import datetime
import io
import re
import string
import unicodedata
from pathlib import Path

from . import pipeline
from .errors import Overflow, Problems
from .kinds.certificate import CertificateKind, plan_for, write_certificates
from .layout.certificate import sentence_text
from .layout.glyphs import unprintable_values
from .layout.dates import dutch_date
from .load.templates import display_path
from .write import Staging

COLUMNS = ("name", "date", "hours", "group", "organisation", "date_to", "supervisor", "supervisor_registration",
           "registration")
REQUIRED = ("name", "date", "hours", "group")
# Dutch headings a trainer may type instead, by the column they mean.
ALIASES = {"naam": "name", "datum": "date", "uren": "hours", "contacturen": "hours", "groep": "group",
           "organisatie": "organisation", "datum_tot": "date_to", "tot": "date_to", "begeleider": "supervisor",
           "registratienummer_begeleider": "supervisor_registration", "registratienummer": "registration"}
LONGEST = 120  # characters in one cell
MAX_BYTES = 20 * 2 ** 20  # a participants list far larger than any group's (100,000 rows are ~5 MB)


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


def cell(column: int, row: int) -> str:
    """A spreadsheet's name of a cell: column 0, row 3 -> 'A3'."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


def day_of(text: str) -> datetime.date | None:
    """2026-12-03, or 3-12-2026 / 03/12/2026 as Dutch Excel writes dates."""
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    try:
        if match:
            return datetime.date(int(match[3]), int(match[2]), int(match[1]))
        return datetime.date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        return None


def read_people(path: Path, problems: Problems) -> list[dict]:
    """Rows with the dates printed the Dutch way. Every bad cell is reported at its line and column,
    by its column's name and as a spreadsheet cell ('D3'). Comma- or semicolon-separated, UTF-8 or
    Windows-1252; empty rows are skipped."""
    shown = display_path(path)
    if not path.is_file():  # a folder, a FIFO or a device would block or fail half-way
        problems.add(shown, "is not a file (give the CSV file with one row per participant)")
        return []
    if path.stat().st_size > MAX_BYTES:
        problems.add(shown, f"is {path.stat().st_size / 2 ** 20:.0f} MB; a participants list may be at most "
                            f"{MAX_BYTES // 2 ** 20} MB")
        return []
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.add(shown, f"cannot be read ({exc.strerror or exc})")
        return []
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xls", ".ods"):
        problems.add(shown, "is a spreadsheet, not a CSV file: save it as CSV (in Excel: Opslaan als, CSV UTF-8 "
                            "or CSV (gescheiden door lijstscheidingsteken)) and give that file")
        return []
    text = decoded(data)
    if text is None:
        problems.add(shown, "cannot be read as text (save it as CSV UTF-8)")
        return []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator(text.split("\n", 1)[0]))
    try:
        return _people(reader, shown, problems)
    except csv.Error as exc:  # a cell over the csv module's limit, a NUL byte, an unclosed quote
        problems.add(shown, f"is not a readable CSV file from here on ({exc}); a cell may be at most {LONGEST} "
                            "characters", reader.line_num or 1)
        return []


def _people(reader, shown: str, problems: Problems) -> list[dict]:
    raw_header = next(reader, [])
    header = [ALIASES.get(h.strip().lower().replace(" ", "_"), h.strip().lower().replace(" ", "_"))
              for h in raw_header]
    for i, column in enumerate(header):
        if column not in COLUMNS:
            problems.add(shown, f"unknown column '{raw_header[i].strip()}' in {cell(i, 1)} (allowed: "
                                f"{', '.join(COLUMNS)})", 1, None, column)
        elif column in header[:i]:
            problems.add(shown, f"column named twice ({cell(header.index(column), 1)} and {cell(i, 1)})", 1, None,
                         column)
    for column in REQUIRED:
        if column not in header:
            problems.add(shown, "required column is missing", 1, None, column)
    people = []
    for row, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue  # Excel leaves rows of separators at the end
        line = reader.line_num
        person = {}
        for i, column in enumerate(header):
            if column in COLUMNS and column not in person:
                person[column] = cells[i].strip() if i < len(cells) else ""

        def bad(column: str, message: str) -> None:
            where = cell(header.index(column), row) if column in header else f"row {row}"
            problems.add(shown, f"{message} (cell {where})", line, None, column)

        for column, value in person.items():
            if len(value) > LONGEST:
                bad(column, f"is {len(value)} characters long (at most {LONGEST})")
        if not person.get("name"):
            bad("name", "a name is required")
        day = day_of(person.get("date", ""))
        if day is None:
            bad("date", f"'{person.get('date', '')}' is not a date (use 2026-12-03 or 3-12-2026)")
        else:
            person["date"] = dutch_date(day)
        if person.get("date_to"):
            until = day_of(person["date_to"])
            if until is None:
                bad("date_to", f"'{person['date_to']}' is not a date (use 2026-12-03 or 3-12-2026)")
            elif day is not None and until < day:
                bad("date_to", f"{until.isoformat()} is before the date {day.isoformat()}")
            else:
                person["date_to"] = dutch_date(until)
        hours = person.get("hours", "").replace(",", ".")
        if not re.fullmatch(r"\d+(\.\d+)?", hours) or float(hours) <= 0:
            bad("hours", f"'{person.get('hours', '')}' is not a number of hours (e.g. 2 or 1,5)")
        else:
            person["hours"] = hours.replace(".", ",").rstrip("0").rstrip(",") if "." in hours else hours
        people.append((line, person))
    if not people and not problems:
        problems.add(shown, "has no participants (a header and one row per person)")
    return people


def slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "deelnemer"


def culprit(text: str, person: dict) -> str:
    """The column to shorten when the sentence runs over: its longest filled-in value."""
    names = [f for _, f, _, _ in string.Formatter().parse(sentence_text(text)) if f]
    return max(names, key=lambda n: len(person.get(n) or ""), default="name")


def certificates(pack_dir: Path, out_dir: Path, cert_id: str, people_csv: Path, split: bool,
                 template_dirs=None, brand=None, organisation: str | None = None) -> list[dict]:
    """One page per participant in one PDF (and one PDF each with `split`); `organisation` is the
    organiser named on every certificate (over the certificate's own and the brand's)."""
    problems = Problems()
    ctx = pipeline.load(pack_dir, template_dirs, [cert_id], problems, brand)
    ctx.options = {"certificate": {"organisation": organisation}}
    items = CertificateKind().validate(ctx.pack.items.get("certificate", []), ctx, problems)
    if not items and not problems:
        known = ", ".join(sorted(str(s.data.get("certificate")) for s in ctx.pack.items.get("certificate", [])))
        problems.add(str(pack_dir), f"no certificate with id '{cert_id}' (known: {known})")
    people = read_people(people_csv, problems)
    pipeline.activate_brand(ctx)  # fonts for fitting; the organisation's default name comes from the brand
    pages = []
    if items and not problems:
        take_missing = getattr(ctx.metrics, "take_missing", dict)
        take_missing()  # what the certificate's own text lacks is the build's to report, not a row's
        for line, person in people:
            page = plan_for(items[0], person, ctx)
            # a name in a script the font lacks would print as empty boxes: name the row and the column
            for column, message in unprintable_values(take_missing(), person, f"the certificate for row {line}"):
                problems.add(display_path(people_csv), message, line, None, column)
            if isinstance(page, Overflow):
                column = culprit(items[0].certificate.text, person) if page.field == ("text",) else page.field[0]
                problems.add(display_path(people_csv), f"the certificate for '{person['name']}' does not fit its "
                                                       f"page: {page.detail()}; shorten the row", line, None, column)
            pages.append(page)
    problems.raise_if_any()
    cert = items[0].certificate
    staging = Staging(out_dir)
    try:
        merged = f"certificates/{cert_id}-deelnemers.pdf"
        count = write_certificates(pages, staging.path(merged), f"{cert.title} – deelnemers", ctx)
        staging.add(merged, "certificate", cert_id, count, cert.title)
        if split:
            used: dict[str, int] = {}
            for (_, person), page in zip(people, pages):
                base = slug(person["name"])
                used[base] = used.get(base, 0) + 1
                name = base if used[base] == 1 else f"{base}-{used[base]}"
                path = f"certificates/{cert_id}/{name}.pdf"
                write_certificates([page], staging.path(path), f"{cert.title} – {person['name']}", ctx)
                staging.add(path, "certificate", f"{cert_id}/{name}", 1, person["name"])
        return staging.commit()
    finally:
        staging.discard()
