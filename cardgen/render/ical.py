"""Calendar files (iCalendar, RFC 5545) from planned events, for the members' calendars.

Written by hand, deciding nothing: CRLF line endings, content lines folded at 75 octets (never inside
a UTF-8 character), TEXT values escaped, one VEVENT per event with the UID the plan gave it, times
local to Europe/Amsterdam (with its VTIMEZONE), and DTSTAMP from SOURCE_DATE_EPOCH (2000-01-01 when
it is unset), so the same input gives the same bytes.
"""
from __future__ import annotations

import datetime
import os
from pathlib import Path

from .. import __version__
from ..layout.schedule import Event

TZID = "Europe/Amsterdam"
VTIMEZONE = ("BEGIN:VTIMEZONE", f"TZID:{TZID}",
             "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
             "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
             "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
             "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
             "END:VTIMEZONE")


def stamp() -> str:
    """The build's moment in UTC: SOURCE_DATE_EPOCH, or 2000-01-01 (as the PDFs' dates)."""
    try:
        epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "").strip())
    except ValueError:
        epoch = 946684800
    return datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def escape(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newline escaped."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """A content line folded into pieces of at most 75 octets, each continuation starting with a space."""
    pieces, current, size = [], "", 0
    for char in line:
        n = len(char.encode("utf-8"))
        if size + n > (75 if not pieces else 74):
            pieces.append(current)
            current, size = "", 0
        current += char
        size += n
    pieces.append(current)
    return "\r\n ".join(pieces)


def when(name: str, value: datetime.date | datetime.datetime) -> str:
    if isinstance(value, datetime.datetime):
        return f"{name};TZID={TZID}:{value.strftime('%Y%m%dT%H%M%S')}"
    return f"{name};VALUE=DATE:{value.strftime('%Y%m%d')}"


def calendar(events: list[Event], name: str) -> str:
    """The calendar's text, lines ending in CRLF."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//cardgen {__version__}//intervisierooster//NL",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{escape(name)}", f"X-WR-TIMEZONE:{TZID}"]
    if any(isinstance(e.start, datetime.datetime) for e in events):
        lines += VTIMEZONE
    now = stamp()
    for e in events:
        lines += ["BEGIN:VEVENT", f"UID:{e.uid}", f"DTSTAMP:{now}", when("DTSTART", e.start), when("DTEND", e.end),
                  f"SUMMARY:{escape(e.summary)}", f"DESCRIPTION:{escape(e.description)}"]
        if e.location:
            lines.append(f"LOCATION:{escape(e.location)}")
        lines += ["TRANSP:OPAQUE", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_calendar(events: list[Event], name: str, path: Path) -> int:
    """Write the calendar to `path`; returns the number of events."""
    path.write_bytes(calendar(events, name).encode("utf-8"))
    return len(events)
