"""Dutch for the messages of the kinds (cardgen/kinds/), certificates.py, agenda_command.py, bundle.py,
scaffold.py and pipeline.py."""
from __future__ import annotations

NL_KINDS: dict[str, str] = {
    # kinds/deck.py
    "{message} (deck '{deck}', card_size '{size}')": "{message} (kaartenset '{deck}', card_size '{size}')",
    "{message} (sheet '{sheet}')": "{message} (vel '{sheet}')",
    "the print-shop file fails preflight: {message}": "het drukbestand komt niet door de preflight: {message}",
    "deck      {id:<28} {n:>4} cards  {size}, {cols}x{rows} per sheet  {title}":
        "deck      {id:<28} {n:>4} kaarten  {size}, {cols}x{rows} per vel  {title}",
    "'{file}' ({width}x{height} px) is {ppi:.0f} ppi at {w:.1f} x {h:.1f} mm in box '{box}' of template "
    "'{template}'; {enough} ppi or more prints sharp":
        "'{file}' ({width}x{height} px) is {ppi:.0f} ppi bij {w:.1f} x {h:.1f} mm in vak '{box}' van sjabloon "
        "'{template}'; vanaf {enough} ppi wordt de afdruk scherp",
    "template '{template}': {problem}": "sjabloon '{template}': {problem}",
    "category '{category}': {problem}": "categorie '{category}': {problem}",
    "category '{category}' (its colour comes from the brand palette): {problem}":
        "categorie '{category}' (de kleur komt uit het palet van de huisstijl): {problem}",
    # kinds/deck_pictures.py
    "known: {names}": "bekend: {names}",
    "it has no other layouts than its front and back": "het heeft geen andere layouts dan de voor- en achterkant",
    "'{layout}' is not a layout of card template '{template}' ({listed})":
        "'{layout}' is geen layout van kaartsjabloon '{template}' ({listed})",
    "a CMYK JPEG": "een CMYK-JPEG",
    "a CMYK JPEG, or name the print shop's profile in the brand (icc_profile)":
        "een CMYK-JPEG, of noem het profiel van de drukkerij in de huisstijl (icc_profile)",
    "'{file}' is {mode}, and print template '{template}' asks for CMYK; give {need}":
        "'{file}' is {mode}, en druksjabloon '{template}' vraagt om CMYK; geef {need}",
    # kinds/tabular.py
    "unknown key '{name}' (allowed: file, sheet)": "onbekende sleutel '{name}' (toegestaan: file, sheet)",
    "needs file: the .xlsx or .csv file inside the pack folder":
        "file: ontbreekt: het .xlsx- of .csv-bestand in de pakketmap",
    "expected the name of a sheet of the workbook": "verwacht de naam van een werkblad in de werkmap",
    "'{file}' does not exist in the pack folder {folder}/ (paths are relative to it)":
        "'{file}' bestaat niet in de pakketmap {folder}/ (paden gaan uit van die map)",
    # kinds/agenda.py
    "'{method}' is not a method of this pack": "'{method}' is geen methode van dit pakket",
    "'{item}' is not an item of this pack": "'{item}' is geen onderdeel van dit pakket",
    "turns: participants needs the number of participants (participants: 6, or --participants 6)":
        "turns: participants heeft het aantal deelnemers nodig (participants: 6, of --participants 6)",
    "{turns} turns of {turn} min + {pauses} min pause + {rest} min other blocks = {total} min do not fit in "
    "{session} min ({advice})":
        "{turns} beurten van {turn} min + {pauses} min pauze + {rest} min andere blokken = {total} min, en dat past "
        "niet in {session} min ({advice})",
    "{turns} turns of at most {turn} min + {pauses} min pause + {rest} min other blocks = {total} min do not fill "
    "{session} min ({advice})":
        "{turns} beurten van hoogstens {turn} min + {pauses} min pauze + {rest} min andere blokken = {total} min, en "
        "dat vult {session} min niet ({advice})",
    "the blocks take at least {total} min, which does not fit in {session} min ({advice})":
        "de blokken duren minstens {total} min, en dat past niet in {session} min ({advice})",
    "the blocks take at most {total} min, which does not fill {session} min ({advice})":
        "de blokken duren hoogstens {total} min, en dat vult {session} min niet ({advice})",
    "shorten the turns, lower the participants, or lengthen the session":
        "maak de beurten korter, verlaag het aantal deelnemers of maak de sessie langer",
    "give blocks a range such as '10–20', add turns or participants, or shorten session_length":
        "geef blokken een bereik zoals '10–20', voeg beurten of deelnemers toe, of maak session_length korter",
    "shorten the blocks or lengthen session_length": "maak de blokken korter of session_length langer",
    "lengthen the blocks (or give them a range such as '10–20'), or shorten session_length":
        "maak de blokken langer (of geef ze een bereik zoals '10–20'), of maak session_length korter",
    "agenda    {id:<28} {n:>4} blocks {total} min  {title}": "agenda    {id:<28} {n:>4} blokken {total} min  {title}",
    "a break pauses between turns, and this agenda has none (give turn: or method:, or put the pause in blocks)":
        "een pauze valt tussen twee beurten, en deze agenda heeft geen beurten (geef turn: of method:, of zet de "
        "pauze in blocks)",
    "after turn 1 to {last}": "na beurt 1 tot en met {last}",
    "after turn 1": "na beurt 1",
    "there is no turn {n}": "er is geen beurt {n}",
    "turn {n} is the last turn": "beurt {n} is de laatste beurt",
    "{what}: the agenda has one turn, so there is nothing to pause between (put the pause in closing)":
        "{what}: de agenda heeft één beurt, dus er is niets om tussen te pauzeren (zet de pauze in closing)",
    "{what}: the agenda has {turns} turns, so a break goes {allowed} (a pause after the last turn belongs in "
    "closing)":
        "{what}: de agenda heeft {turns} beurten, dus een pauze komt {allowed} (een pauze na de laatste beurt hoort "
        "in closing)",
    "breaks[{other}] is already after turn {n}; give one break per turn":
        "breaks[{other}] staat al na beurt {n}; geef één pauze per beurt",
    # kinds/form.py, guide.py, method.py, schedule.py, certificate.py
    "field id '{id}' is already used by fields[{other}]": "veld-id '{id}' wordt al gebruikt door fields[{other}]",
    "form      {id:<28} {n:>4} fields {title}": "form      {id:<28} {n:>4} velden {title}",
    "guide     {id:<28} {n:>4} parts  {title}": "guide     {id:<28} {n:>4} delen  {title}",
    "method    {id:<28} {n:>4} steps  {name}": "method    {id:<28} {n:>4} stappen {name}",
    "'{method}' is not a method of this pack (known: {known})":
        "'{method}' is geen methode van dit pakket (bekend: {known})",
    "'{method}' is not a method of this pack (known: none)":
        "'{method}' is geen methode van dit pakket (het pakket heeft geen methoden)",
    "schedule  {id:<28} {n:>4} meetings {members} members  {title} – {group}":
        "schedule  {id:<28} {n:>4} bijeenkomsten {members} leden  {title} – {group}",
    "certificate {id:<26}      {title}": "certificate {id:<26}      {title}",
    # certificates.py
    "is not a file (give the .csv or .xlsx file with one row per participant)":
        "is geen bestand (geef het .csv- of .xlsx-bestand met één rij per deelnemer)",
    "{reason}; a cell may be at most {n} characters": "{reason}; een cel mag hoogstens {n} tekens bevatten",
    "{message} (cell {cell})": "{message} (cel {cell})",
    "{message} (cell row {row})": "{message} (rij {row})",
    "is {n} characters long (at most {most})": "is {n} tekens lang (hoogstens {most})",
    "has no participants (a header and one row per person)":
        "bevat geen deelnemers (een kopregel en één rij per persoon)",
    "a name is required": "een naam is verplicht",
    "'{value}' is not a date (use 2026-12-03 or 3-12-2026)":
        "'{value}' is geen datum (gebruik 2026-12-03 of 3-12-2026)",
    "{until} is before the date {day}": "{until} valt vóór de datum {day}",
    "'{value}' is not a number of hours (e.g. 2 or 1,5)": "'{value}' is geen aantal uren (bijv. 2 of 1,5)",
    "no certificate with id '{id}' (known: {known})": "geen certificaat met id '{id}' (bekend: {known})",
    "the certificate for row {line}": "het certificaat voor rij {line}",
    "the certificate for '{name}' does not fit its page: {detail}; shorten the row":
        "het certificaat voor '{name}' past niet op de pagina: {detail}; maak de rij korter",
    # agenda_command.py, bundle.py, scaffold.py, pipeline.py
    "no agenda with id '{id}' (known: {known})": "geen agenda met id '{id}' (bekend: {known})",
    "the bundle's cover": "het voorblad van de bundel",
    "the default pack is not installed with this copy of cardgen":
        "het standaardpakket is niet meegeïnstalleerd met deze versie van cardgen",
    "is a file; give a new folder for the pack": "is een bestand; geef een nieuwe map voor het pakket",
    "already holds a pack ({taken}); nothing is overwritten: choose a new folder":
        "bevat al een pakket ({taken}); er wordt niets overschreven: kies een nieuwe map",
    "no item with id '{id}' (known: {known})": "geen onderdeel met id '{id}' (bekend: {known})",
}
