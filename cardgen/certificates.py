"""`cardgen certificates`: one bewijs van deelname per row of a participants list (a .csv as Excel writes it,
or an .xlsx workbook: load/tables.py reads both), merged and (with --split) one file each.

Columns: name, date, hours (contact hours), group (required); date_to (the last date, for a period),
organisation, supervisor (the begeleider), supervisor_registration, registration (the participant's number
in a register such as the SKJ). Dutch headings (naam, datum, uren, groep, begeleider, …) are read as these.
"""
from __future__ import annotations

import datetime
import re
import string
import unicodedata
from pathlib import Path

from . import pipeline
from .errors import Overflow, Problems
from .kinds.certificate import CertificateKind, plan_for, write_certificates
from .layout.certificate import sentence_text
from .layout.glyphs import unprintable_values
from .layout.labels import NL_LABELS, Labels, setting_text_language
from .load.tables import TableError, as_text, read_table
from .load.templates import display_path
from .messages import msg
from .write import Staging

COLUMNS = ("name", "date", "hours", "group", "organisation", "date_to", "supervisor", "supervisor_registration",
           "registration")
REQUIRED = ("name", "date", "hours", "group")
# Dutch headings a trainer may type instead, by the column they mean.
ALIASES = {"naam": "name", "datum": "date", "uren": "hours", "contacturen": "hours", "groep": "group",
           "organisatie": "organisation", "datum_tot": "date_to", "tot": "date_to", "begeleider": "supervisor",
           "registratienummer_begeleider": "supervisor_registration", "registratienummer": "registration"}
LONGEST = 120  # characters in one cell


def day_of(text: str) -> datetime.date | None:
    """2026-12-03, or 3-12-2026 / 03/12/2026 as Dutch Excel writes dates."""
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    try:
        if match:
            return datetime.date(int(match[3]), int(match[2]), int(match[1]))
        return datetime.date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        return None


def read_people(path: Path, problems: Problems, labels: Labels = NL_LABELS) -> list[dict]:
    """(row, person) pairs with the dates written out in `labels`' language. A .csv (comma or semicolon,
    UTF-8 or Windows-1252) or .xlsx (its first sheet), read by load/tables.py; every bad cell is reported
    at its row, by its column's name and as a spreadsheet cell ('D3'); empty rows are skipped."""
    shown = display_path(path)
    if not path.is_file():  # a folder, a FIFO or a device would block or fail half-way
        problems.add(shown, msg("is not a file (give the .csv or .xlsx file with one row per participant)"))
        return []
    before = len(problems.items)
    try:
        table = read_table(path, shown, problems, COLUMNS, aliases=ALIASES, required=REQUIRED, what="participants")
    except TableError as exc:
        reason = msg("{reason}; a cell may be at most {n} characters", reason=exc.reason, n=LONGEST) if exc.row \
            else exc.reason
        problems.add(shown, reason, exc.row)
        return []
    people = []
    for row in table.rows:
        person = {column: str(as_text(row.values.get(column, ""))) for column in table.columns}

        def bad(column: str, message: str) -> None:
            said = (msg("{message} (cell {cell})", message=message, cell=row.cells[column].split("!")[-1])
                    if column in row.cells else msg("{message} (cell row {row})", message=message, row=row.number))
            problems.add(shown, said, row.number, None, column)

        for column, value in person.items():
            if len(value) > LONGEST:
                bad(column, msg("is {n} characters long (at most {most})", n=len(value), most=LONGEST))
        _check_person(person, bad, labels)
        people.append((row.number, person))
    if not people and len(problems.items) == before:
        problems.add(shown, msg("has no participants (a header and one row per person)"))
    return people


def _check_person(person: dict, bad, labels: Labels) -> None:
    """Name, dates and hours of one row checked (`bad(column, message)` for each problem) and written out."""
    if not person.get("name"):
        bad("name", msg("a name is required"))
    day = day_of(person.get("date", ""))
    if day is None:
        bad("date", msg("'{value}' is not a date (use 2026-12-03 or 3-12-2026)", value=person.get("date", "")))
    else:
        person["date"] = labels.date(day)
    if person.get("date_to"):
        until = day_of(person["date_to"])
        if until is None:
            bad("date_to", msg("'{value}' is not a date (use 2026-12-03 or 3-12-2026)", value=person["date_to"]))
        elif day is not None and until < day:
            bad("date_to", msg("{until} is before the date {day}", until=until.isoformat(), day=day.isoformat()))
        else:
            person["date_to"] = labels.date(until)
    hours = person.get("hours", "").replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", hours) or float(hours) <= 0:
        bad("hours", msg("'{value}' is not a number of hours (e.g. 2 or 1,5)", value=person.get("hours", "")))
    else:
        person["hours"] = hours.replace(".", ",").rstrip("0").rstrip(",") if "." in hours else hours


def slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "deelnemer"


def culprit(text: str, person: dict) -> str:
    """The column to shorten when the sentence runs over: its longest filled-in value."""
    names = [f for _, f, _, _ in string.Formatter().parse(sentence_text(text)) if f]
    return max(names, key=lambda n: len(person.get(n) or ""), default="name")


def certificates(pack_dir: Path, out_dir: Path, cert_id: str, people_csv: Path, split: bool,
                 template_dirs=None, brand=None, organisation: str | None = None,
                 lang: str | None = None) -> list[dict]:
    """One page per participant in one PDF (and one PDF each with `split`); `organisation` is the
    organiser named on every certificate (over the certificate's own and the brand's); `lang` over the
    brand's language."""
    problems = Problems()
    ctx = pipeline.load(pack_dir, template_dirs, [cert_id], problems, brand, lang)
    ctx.options = {"certificate": {"organisation": organisation}}
    items = CertificateKind().validate(ctx.pack.items.get("certificate", []), ctx, problems)
    if not items and not problems:
        known = ", ".join(sorted(str(s.data.get("certificate")) for s in ctx.pack.items.get("certificate", [])))
        problems.add(str(pack_dir), msg("no certificate with id '{id}' (known: {known})", id=cert_id, known=known))
    people = read_people(people_csv, problems, ctx.labels)  # dates written out in the pack's language
    pipeline.activate_brand(ctx)  # fonts for fitting; the organisation's default name comes from the brand
    pages = []
    if items and not problems:
        take_missing = getattr(ctx.metrics, "take_missing", dict)
        take_missing()  # what the certificate's own text lacks is the build's to report, not a row's
        for line, person in people:
            with setting_text_language(ctx.labels.lang):
                page = plan_for(items[0], person, ctx)
            # a name in a script the font lacks would print as empty boxes: name the row and the column
            for column, message in unprintable_values(take_missing(), person,
                                                      msg("the certificate for row {line}", line=line)):
                problems.add(display_path(people_csv), message, line, None, column)
            if isinstance(page, Overflow):
                column = culprit(items[0].certificate.text, person) if page.field == ("text",) else page.field[0]
                problems.add(display_path(people_csv), msg("the certificate for '{name}' does not fit its page: "
                                                           "{detail}; shorten the row", name=person["name"],
                                                           detail=page.detail()), line, None, column)
            pages.append(page)
    problems.raise_if_any()
    cert = items[0].certificate
    staging = Staging(out_dir)
    try:
        merged = f"certificates/{cert_id}-deelnemers.pdf"
        count = write_certificates(pages, staging.path(merged), ctx.labels("certificate.file_title", title=cert.title),
                                   ctx)
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
