"""`cardgen certificates`: one bewijs van deelname per row of a CSV, merged and (with --split) one file each."""
from __future__ import annotations

import csv
import datetime
import re
import unicodedata
from pathlib import Path

from . import pipeline
from .errors import Overflow, Problems
from .kinds.certificate import CertificateKind, plan_for, write_certificates
from .layout.dates import dutch_date
from .load.templates import display_path
from .write import Staging

COLUMNS = ("name", "date", "hours", "group", "organisation")
REQUIRED = ("name", "date", "hours", "group")


def read_people(path: Path, problems: Problems) -> list[dict]:
    """Rows with the date printed the Dutch way; every bad row and column is reported with its line."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problems.add(shown, f"cannot be read as UTF-8 CSV ({exc})")
        return []
    reader = csv.DictReader(text.splitlines())
    header = reader.fieldnames or []
    for column in header:
        if column not in COLUMNS:
            problems.add(shown, f"unknown column (allowed: {', '.join(COLUMNS)})", 1, None, column)
    for column in REQUIRED:
        if column not in header:
            problems.add(shown, "required column is missing", 1, None, column)
    people = []
    for line, row in enumerate(reader, start=2):
        person = {k: (v or "").strip() for k, v in row.items() if k in COLUMNS}
        if not person.get("name"):
            problems.add(shown, "a name is required", line, None, "name")
        try:
            day = datetime.date.fromisoformat(person.get("date", ""))
            person["date"] = dutch_date(day)
        except ValueError:
            problems.add(shown, f"'{person.get('date', '')}' is not a date (use YYYY-MM-DD, e.g. 2026-12-03)",
                         line, None, "date")
        hours = person.get("hours", "").replace(",", ".")
        if not re.fullmatch(r"\d+(\.\d+)?", hours) or float(hours) <= 0:
            problems.add(shown, f"'{person.get('hours', '')}' is not a number of hours (e.g. 2 or 1,5)", line, None,
                         "hours")
        else:
            person["hours"] = hours.replace(".", ",").rstrip("0").rstrip(",") if "." in hours else hours
        people.append(person)
    if not people and not problems:
        problems.add(shown, "has no participants (a header and one row per person)")
    return people


def slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "deelnemer"


def certificates(pack_dir: Path, out_dir: Path, cert_id: str, people_csv: Path, split: bool,
                 template_dirs=None, brand=None) -> list[dict]:
    problems = Problems()
    ctx = pipeline.load(pack_dir, template_dirs, [cert_id], problems, brand)
    items = CertificateKind().validate(ctx.pack.items.get("certificate", []), ctx, problems)
    if not items and not problems:
        known = ", ".join(sorted(str(s.data.get("certificate")) for s in ctx.pack.items.get("certificate", [])))
        problems.add(str(pack_dir), f"no certificate with id '{cert_id}' (known: {known})")
    people = read_people(people_csv, problems)
    pipeline.activate_brand(ctx)  # fonts for fitting; the organisation's default name comes from the brand
    pages = []
    if items and not problems:
        for line, person in enumerate(people, start=2):
            page = plan_for(items[0], person, ctx)
            if isinstance(page, Overflow):
                problems.add(str(people_csv), f"the certificate for '{person['name']}' does not fit its page: "
                                              f"{page.detail()}; shorten the row", line, None,
                             "name" if page.field == ("text",) else page.field[0])
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
            for person, page in zip(people, pages):
                base = slug(person["name"])
                used[base] = used.get(base, 0) + 1
                name = base if used[base] == 1 else f"{base}-{used[base]}"
                path = f"certificates/{cert_id}/{name}.pdf"
                write_certificates([page], staging.path(path), f"{cert.title} – {person['name']}", ctx)
                staging.add(path, "certificate", f"{cert_id}/{name}", 1, person["name"])
        return staging.commit()
    finally:
        staging.discard()
