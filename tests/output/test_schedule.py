"""Schedules: the rooster read back from the PDF (pdfplumber's tables), the calendar file parsed with the
icalendar library, both listed in the manifest. Expected values are worked out by hand from the rules:
role r at meeting t goes to member (t + offset[r]) mod n, see layout/schedule.py and
tests/layout/test_schedule.py."""
import datetime
import hashlib
import json
from zoneinfo import ZoneInfo

import icalendar
import pdfplumber
import pikepdf
import pytest

from ..conftest import EPOCH, build_fixture, copy_fixture, run_cli

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return build_fixture(tmp_path_factory, "schedules")


def tables(path):
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 1
        return pdf.pages[0].extract_tables()


def calendar(path):
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_the_small_group_rooster_as_worked_out_by_hand(out):
    rooster, shares = tables(out / "schedules" / "klein.pdf")
    # three members, two roles: offsets (0, 1); meetings on the first Thursday of each month
    assert rooster == [["Nr.", "Datum", "Inbreng", "Leiding", "Methode"],
                       ["1", "do 1 okt. 2026", "Ans", "Bram", "Intercollegiale bevraging"],
                       ["2", "do 5 nov. 2026", "Bram", "Cor", "–"],
                       ["3", "do 3 dec. 2026", "Cor", "Ans", "–"],
                       ["4", "do 7 jan. 2027", "Ans", "Bram", "–"]]
    assert shares == [["Lid", "Inbreng", "Leiding", "Samen"], ["Ans", "2", "1", "3"], ["Bram", "1", "2", "3"],
                      ["Cor", "1", "1", "2"]]


def test_the_small_group_calendar_has_an_all_day_entry_per_meeting(out):
    cal = calendar(out / "schedules" / "klein.ics")
    events = cal.walk("VEVENT")
    assert [e.decoded("DTSTART") for e in events] == [datetime.date(2026, 10, 1), datetime.date(2026, 11, 5),
                                                      datetime.date(2026, 12, 3), datetime.date(2027, 1, 7)]
    assert all(e.decoded("DTEND") - e.decoded("DTSTART") == datetime.timedelta(days=1) for e in events)
    assert [str(e["SUMMARY"]) for e in events] == [f"Intervisie Groep Zuid; avond, oost ({n}/4)" for n in range(1, 5)]
    assert str(events[0]["DESCRIPTION"]) == "Inbreng: Ans\nLeiding: Bram\nMethode: Intercollegiale bevraging"
    assert str(events[2]["DESCRIPTION"]) == "Inbreng: Cor\nLeiding: Ans"
    assert len({str(e["UID"]) for e in events}) == 4
    stamp = datetime.datetime.fromtimestamp(int(EPOCH), datetime.timezone.utc)
    assert all(e.decoded("DTSTAMP") == stamp for e in events)  # SOURCE_DATE_EPOCH, not the clock
    assert not cal.walk("VTIMEZONE")  # no times, no time zone needed


def test_the_calendar_file_follows_rfc_5545_lines(out):
    for name in ("klein.ics", "avond.ics"):
        data = (out / "schedules" / name).read_bytes()
        assert data.endswith(b"END:VCALENDAR\r\n") and b"\n" not in data.replace(b"\r\n", b"")
        lines = data.split(b"\r\n")[:-1]
        assert all(len(line) <= 75 for line in lines)  # folded at 75 octets
        assert any(line.startswith(b" ") for line in lines) == (name == "avond.ics")  # long descriptions fold
        for line in lines:
            line.decode("utf-8")  # never folded inside a character


def test_evening_meetings_carry_their_local_time_across_the_change_to_winter_time(out):
    events = calendar(out / "schedules" / "avond.ics").walk("VEVENT")
    assert len(events) == 8
    starts = [e.decoded("DTSTART") for e in events]
    assert starts[0] == datetime.datetime(2026, 9, 3, 19, 30, tzinfo=AMSTERDAM)
    assert starts[0].astimezone(datetime.timezone.utc).hour == 17  # summer time, UTC+2
    assert starts[2].date() == datetime.date(2026, 11, 26) and starts[2].astimezone(datetime.timezone.utc).hour == 18
    assert [s.date() for s in starts] == [datetime.date(2026, 9, 3) + datetime.timedelta(weeks=6 * i)
                                          for i in range(8)]
    assert all(e.decoded("DTEND") - e.decoded("DTSTART") == datetime.timedelta(minutes=120) for e in events)
    assert str(events[0]["LOCATION"]) == "Wijkcentrum De Linde, zaal 2"
    # six members, four roles over eight meetings: offsets 0, 1, 2, 4 (the description is folded in the file)
    assert str(events[0]["DESCRIPTION"]) == ("Casusinbrenger: Sanne\nFacilitator: Joël\nTijdbewaker: Fatima\n"
                                             "Notulist: Mirjam")


def test_the_rooster_gives_everyone_the_case_before_anyone_twice(out):
    rooster, _ = tables(out / "schedules" / "avond.pdf")
    head, rows = rooster[0], rooster[1:]
    assert head == ["Nr.", "Datum", "Casusinbrenger", "Facilitator", "Tijdbewaker", "Notulist"]  # the default roles
    members = ["Sanne", "Joël", "Fatima", "Pieter", "Mirjam", "Daan"]
    inbreng = [row[2] for row in rows]
    assert inbreng[:6] == members and inbreng[6:] == members[:2]
    for column in range(2, 6):
        holders = [row[column] for row in rows]
        assert all(a != b for a, b in zip(holders, holders[1:])), head[column]  # never twice in a row
    for row in rows:
        assert len(set(row[2:])) == 4  # four different people at every meeting


def test_both_files_are_in_the_manifest(out):
    entries = {(e["kind"], e["id"]): e for e in json.loads((out / "manifest.json").read_text("utf-8"))["files"]}
    for schedule in ("klein", "avond"):
        pdf, ics = entries[("schedule", schedule)], entries[("calendar", schedule)]
        with pikepdf.open(out / pdf["path"]) as doc:
            assert len(doc.pages) == pdf["pages"] == 1
        assert ics["path"] == f"schedules/{schedule}.ics" and ics["pages"] == 0
        assert hashlib.sha256((out / ics["path"]).read_bytes()).hexdigest() == ics["sha256"]


def test_a_rebuild_gives_the_same_calendar_bytes(out, tmp_path):
    work = copy_fixture("valid/schedules", tmp_path)
    assert run_cli("build", "content", "-o", "again", cwd=work).returncode == 0
    assert (work / "again" / "schedules" / "klein.ics").read_bytes() == (out / "schedules" / "klein.ics").read_bytes()


@pytest.mark.parametrize("change, to, message", [
    ("roles: [Inbreng, Leiding]", "roles: [Inbreng, Leiding, Tijd, Notulen]",
     "10:1: roles: 4 roles need at least 4 members (there are 3): nobody holds two roles at one meeting"),
    ("methods: [intercollegiale-bevraging]", "methods: [roddelmethode]",
     "11:11: methods[0]: 'roddelmethode' is not a method of this pack (known: intercollegiale-bevraging)"),
    ("interval: maandelijks", "interval: 30", "8:1: interval: 30 is not a number of weeks from 1 to 26 (or "
                                              "'maandelijks')"),
    ("members: [Ans, Bram, Cor]", "members: [Ans, Bram, ans]", "6:1: members: 'ans' is named twice (each once)"),
    ('first: "2026-10-01"', 'first: "2026-10-29"',
     "8:1: interval: 'maandelijks' repeats the weekday of the first date in its week of the month, and 2026-10-29 "
     "is in a fifth week, which not every month has (choose a first date on day 1–28)"),
])
def test_bad_schedules_are_located_errors_and_nothing_is_written(tmp_path, change, to, message):
    work = copy_fixture("valid/schedules", tmp_path)
    path = work / "content" / "schedules" / "klein.yaml"
    path.write_text(path.read_text("utf-8").replace(change, to), encoding="utf-8")
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"content/schedules/klein.yaml:{message}", "1 error, nothing written"]
    assert not (work / "out").exists()
