"""Every fixed label cardgen prints, per language (the pack's `language:`, or `--lang`): one table, so an
English pack prints English labels throughout and a label without its translation fails a test.

A value is a format string (`"pagina {n} van {count}"`) or a tuple of words (months, weekdays). Content
text is the pack's own and never passes through here. The run's `Labels` travels on the kind's context
(`Context.labels`) into each plan; nothing here is global state.
"""
from __future__ import annotations

import datetime
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

LANGUAGES = ("nl", "en")
DEFAULT = "nl"

NL: dict[str, str | tuple[str, ...]] = {
    # dates (Labels.date, Labels.short_date)
    "months": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december"),
    "months_short": ("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."),
    "weekdays": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "date": "{day} {month} {year}",
    "short_date": "{weekday} {day} {month} {year}",
    # every document's footer
    "source": "Bron: {bron}",
    "page_of": "pagina {n} van {count}",
    # method cheat-sheet
    "method.band": "methode",
    "method.goal": "Doel",
    "method.when": "Wanneer",
    "method.steps": "Stappen",
    "method.roles": "Wie doet wat",
    "method.questions": "Voorbeeldvragen",
    "method.pitfalls": "Let op",
    "method.title": "{name} – spiekbrief",  # the files' titles
    "method.title_a5": "{name} – spiekbrief A5",
    # guide
    "guide.band": "handleiding",
    # agenda
    "agenda.band": "agenda",
    "agenda.footer": "tijden berekend",
    "agenda.programme": "Programma",
    "agenda.fields": ("Datum", "Plaats", "Facilitator", "Casusinbrenger(s)", "Notulist"),
    "agenda.minutes": "{n} minuten",
    "agenda.participants": "{n} deelnemers",
    "agenda.turn": "beurt {n}",
    "agenda.break": "Pauze",
    # form
    "form.band": "formulier",
    "form.band_fillable": "invulformulier",
    "form.tip": "Tip: ",
    "form.date_parts": ("dag", "maand", "jaar"),
    "form.date_format": "dd-mm-jjjj",
    "form.signature": "handtekening",
    # certificate
    "certificate.title": "Bewijs van deelname",
    "certificate.text": "{name} heeft deelgenomen aan intervisie, georganiseerd door {organisation}.",
    "certificate.file_title": "{title} – deelnemers",
    "certificate.name_line": "naam van de deelnemer",
    "certificate.date": "Datum",
    "certificate.dates": "Data",
    "certificate.hours_label": "Contacturen",
    "certificate.hours": "{hours} uur",
    "certificate.group": "Groep",
    "certificate.supervisor": "Begeleider",
    "certificate.registry_number": "{registry}-nummer",
    "certificate.registration_number": "Registratienummer",
    "certificate.number_supervisor": "{number} begeleider",
    "certificate.number_participant": "{number} deelnemer",
    "certificate.place_date": "Plaats en datum",
    # schedule
    "schedule.band": "rooster",
    "schedule.heading": "Rooster",
    "schedule.shares": "Verdeling over het jaar",
    "schedule.number": "Nr.",
    "schedule.date": "Datum",
    "schedule.method": "Methode",
    "schedule.member": "Lid",
    "schedule.total": "Samen",
    "schedule.meetings": "{n} bijeenkomsten, {rhythm}",
    "schedule.weekly": "elke week",
    "schedule.every_weeks": "elke {n} weken",
    "schedule.monthly": "elke {ordinal} {weekday} van de maand",
    "schedule.ordinals": ("eerste", "tweede", "derde", "vierde"),
    "schedule.rules": "Zo is het verdeeld: iedereen heeft elke rol één keer voordat iemand die rol een tweede keer "
                      "krijgt, niemand heeft dezelfde rol twee bijeenkomsten achter elkaar en niemand heeft twee "
                      "rollen in één bijeenkomst. Ruilen mag: spreek het onderling af en meld het in de groep.",
    "schedule.event": "Intervisie {group} ({n}/{count})",
    "schedule.event_method": "Methode: {method}",
    "schedule.calendar": "Intervisie {group}",
    # card sheets (the footer of every home-printed sheet)
    "sheet.footer": "{title} · vel {number}/{total} · {side} · print op 100 % (werkelijke grootte), {hint}",
    "sheet.front": "voorkant",
    "sheet.back": "achterkant",
    "sheet.both": "voor- en achterkant",
    "sheet.long-edge": "dubbelzijdig, omslaan over de lange kant",
    "sheet.short-edge": "dubbelzijdig, omslaan over de korte kant",
    "sheet.fold": "enkelzijdig; vouw langs de stippellijn en knip door beide lagen",
    "sheet.fold_line": "vouwlijn",
    # preview proof sheet
    "preview.back": "achterkant {n}",
    # the printer calibration sheet (each instruction line at most 80 characters)
    "calibrate.front": "Kalibratievel ‘{sheet}’ ({duplex}): voorkant",
    "calibrate.back": "Achterkant: lees hier af, met het vel tegen het licht",
    "calibrate.instructions": (
        "Print dit vel dubbelzijdig op 100 % (werkelijke grootte), zoals je kaarten.",
        "Houd het tegen het licht en kijk naar de achterkant: bij elk kruis twee rijen.",
        "Zoek in elke rij het paar streepjes dat als één rechte lijn doorloopt.",
        "Rij boven of onder het kruis: + is naar rechts, − naar links (in mm).",
        "Rij ernaast: + is omlaag, − omhoog. Tel de getallen op bij back_offset",
        "in je sheet-sjabloon, bv. back_offset: [0.5mm, -1mm], en print opnieuw."),
    "calibrate.legend": ("rij boven of onder een kruis: + is naar rechts, − naar links",
                         "rij ernaast: + is omlaag, − omhoog (in mm)"),
    "calibrate.title": "Kalibratievel {sheet}",
    # the member bundle: cover, contents, page numbers, and the sections of the combined PDF by manifest kind
    "bundle.title": "Intervisiemateriaal",
    "bundle.contents": "Inhoud",
    "bundle.contents_continued": "Inhoud (vervolg)",
    "bundle.version": "Versie {version}",
    "section.deck-sheets": "Kaartensets",
    "section.cheatsheet": "Methoden",
    "section.guide": "Handleidingen",
    "section.agenda": "Agenda’s",
    "section.form-print": "Formulieren",
    "section.schedule": "Roosters",
    "section.certificate": "Bewijs van deelname",
}

EN: dict[str, str | tuple[str, ...]] = {
    "months": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"),
    "months_short": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "weekdays": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "date": "{day} {month} {year}",
    "short_date": "{weekday} {day} {month} {year}",
    "source": "Source: {bron}",
    "page_of": "page {n} of {count}",
    "method.band": "method",
    "method.goal": "Goal",
    "method.when": "When",
    "method.steps": "Steps",
    "method.roles": "Who does what",
    "method.questions": "Example questions",
    "method.pitfalls": "Watch out",
    "method.title": "{name} – cheat sheet",
    "method.title_a5": "{name} – cheat sheet A5",
    "guide.band": "guide",
    "agenda.band": "agenda",
    "agenda.footer": "times calculated",
    "agenda.programme": "Programme",
    "agenda.fields": ("Date", "Place", "Facilitator", "Case presenter(s)", "Minute taker"),
    "agenda.minutes": "{n} minutes",
    "agenda.participants": "{n} participants",
    "agenda.turn": "turn {n}",
    "agenda.break": "Break",
    "form.band": "form",
    "form.band_fillable": "fillable form",
    "form.tip": "Tip: ",
    "form.date_parts": ("day", "month", "year"),
    "form.date_format": "dd-mm-yyyy",
    "form.signature": "signature",
    "certificate.title": "Certificate of participation",
    "certificate.text": "{name} took part in intervision, organised by {organisation}.",
    "certificate.file_title": "{title} – participants",
    "certificate.name_line": "name of the participant",
    "certificate.date": "Date",
    "certificate.dates": "Dates",
    "certificate.hours_label": "Contact hours",
    "certificate.hours": "{hours} hours",
    "certificate.group": "Group",
    "certificate.supervisor": "Supervisor",
    "certificate.registry_number": "{registry} number",
    "certificate.registration_number": "Registration number",
    "certificate.number_supervisor": "{number} supervisor",
    "certificate.number_participant": "{number} participant",
    "certificate.place_date": "Place and date",
    "schedule.band": "schedule",
    "schedule.heading": "Schedule",
    "schedule.shares": "Shares over the year",
    "schedule.number": "No.",
    "schedule.date": "Date",
    "schedule.method": "Method",
    "schedule.member": "Member",
    "schedule.total": "Total",
    "schedule.meetings": "{n} meetings, {rhythm}",
    "schedule.weekly": "every week",
    "schedule.every_weeks": "every {n} weeks",
    "schedule.monthly": "every {ordinal} {weekday} of the month",
    "schedule.ordinals": ("first", "second", "third", "fourth"),
    "schedule.rules": "How it is shared: everyone has each role once before anyone has it a second time, nobody "
                      "has the same role at two meetings in a row and nobody has two roles at one meeting. Swapping "
                      "is fine: agree on it between you and tell the group.",
    "schedule.event": "Intervision {group} ({n}/{count})",
    "schedule.event_method": "Method: {method}",
    "schedule.calendar": "Intervision {group}",
    "sheet.footer": "{title} · sheet {number}/{total} · {side} · print at 100 % (actual size), {hint}",
    "sheet.front": "front",
    "sheet.back": "back",
    "sheet.both": "front and back",
    "sheet.long-edge": "double-sided, flip on the long edge",
    "sheet.short-edge": "double-sided, flip on the short edge",
    "sheet.fold": "single-sided; fold along the dotted line and cut through both layers",
    "sheet.fold_line": "fold line",
    "preview.back": "back {n}",
    "calibrate.front": "Calibration sheet ‘{sheet}’ ({duplex}): front",
    "calibrate.back": "Back: read off here, with the sheet held against the light",
    "calibrate.instructions": (
        "Print this sheet double-sided at 100 % (actual size), like your cards.",
        "Hold it against the light and look at the back: two rows at every cross.",
        "In each row, find the pair of ticks that runs on as one straight line.",
        "Row above or below the cross: + is to the right, − to the left (in mm).",
        "Row beside it: + is down, − up. Add the numbers to back_offset",
        "in your sheet template, e.g. back_offset: [0.5mm, -1mm], and print again."),
    "calibrate.legend": ("row above or below a cross: + is to the right, − to the left",
                         "row beside it: + is down, − up (in mm)"),
    "calibrate.title": "Calibration sheet {sheet}",
    "bundle.title": "Intervision material",
    "bundle.contents": "Contents",
    "bundle.contents_continued": "Contents (continued)",
    "bundle.version": "Version {version}",
    "section.deck-sheets": "Card decks",
    "section.cheatsheet": "Methods",
    "section.guide": "Guides",
    "section.agenda": "Agendas",
    "section.form-print": "Forms",
    "section.schedule": "Schedules",
    "section.certificate": "Certificate of participation",
}

TABLES = {"nl": NL, "en": EN}
PDF_LANGUAGE = {"nl": "nl-NL", "en": "en-GB"}  # the files' /Lang (screen readers, hyphenation in viewers)


@dataclass(frozen=True)
class Labels:
    """The fixed labels of one language: `labels("page_of", n=1, count=2)`, `labels.words("months")`."""

    lang: str = DEFAULT

    def __call__(self, key: str, **values) -> str:
        text = TABLES[self.lang][key]
        if not isinstance(text, str):
            raise TypeError(f"label '{key}' is a list of words: use words()")
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in TABLES[self.lang]

    def words(self, key: str) -> tuple[str, ...]:
        found = TABLES[self.lang][key]
        if isinstance(found, str):
            raise TypeError(f"label '{key}' is one text: call the labels")
        return found

    def date(self, day: datetime.date | None) -> str:
        """'3 december 2026', '3 December 2026'; '' without a day."""
        if day is None:
            return ""
        return self("date", day=day.day, month=self.words("months")[day.month - 1], year=day.year)

    def short_date(self, day: datetime.date) -> str:
        """'do 15 jan. 2026', 'Th 15 Jan 2026'."""
        return self("short_date", weekday=self.words("weekdays")[day.weekday()][:2], day=day.day,
                    month=self.words("months_short")[day.month - 1], year=day.year)


NL_LABELS = Labels("nl")


def labels_for(lang: str | None) -> Labels:
    """The labels of `lang` (the default language when None); an unknown language is a KeyError."""
    lang = lang or DEFAULT
    if lang not in TABLES:
        raise KeyError(f"unknown language '{lang}' (use {', '.join(LANGUAGES)})")
    return Labels(lang)


# The language content text is hyphenated and normalised in (layout/hyphenate.py, layout/typography.py).
# Those run deep inside line setting, below every plan function, so the pipeline sets it for the span of
# one run's planning (`text_language`) rather than threading it through every call; outside a run it is nl.
HYPHENATION = {"nl": "nl_NL", "en": "en_GB"}
_TEXT_LANGUAGE: ContextVar[str] = ContextVar("cardgen_text_language", default=DEFAULT)


def text_language() -> str:
    return _TEXT_LANGUAGE.get()


@contextmanager
def setting_text_language(lang: str | None):
    """Content text is hyphenated and normalised in `lang` inside the block (then as before)."""
    token = _TEXT_LANGUAGE.set(lang or DEFAULT)
    try:
        yield
    finally:
        _TEXT_LANGUAGE.reset(token)
