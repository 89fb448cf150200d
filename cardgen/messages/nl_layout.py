"""Dutch for the messages of the layout stage (cardgen/layout/, but not labels.py, which holds the printed
labels) and of the schema's validators (cardgen/schema/, but not messages.py)."""
from __future__ import annotations

NL_LAYOUT: dict[str, str] = {
    # layout/units.py
    "e.g. '4mm', '11pt', '50%', '100% - 8mm'": "bijv. '4mm', '11pt', '50%', '100% - 8mm'",
    "e.g. '4mm', '2.5 cm', '11pt', '0.5in'": "bijv. '4mm', '2.5 cm', '11pt', '0.5in'",
    "; use a decimal point, e.g. '4.5mm'": "; gebruik een punt als decimaalteken, bijv. '4.5mm'",
    "; write the number out, without an exponent": "; schrijf het getal voluit, zonder exponent",
    "; join terms with + or -": "; verbind de delen met + of -",
    "{value} is not a length: give it as text with a unit ({examples})":
        "{value} is geen lengte: geef het als tekst met een eenheid ({examples})",
    "{value} is not a finite number ({examples})": "{value} is geen eindig getal ({examples})",
    "{value} has no unit (use {units}, e.g. '4mm')": "{value} heeft geen eenheid (gebruik {units}, bijv. '4mm')",
    "{value} is empty: give a length ({examples})": "{value} is leeg: geef een lengte ({examples})",
    "{value} is {n:,} characters long, too long for a length (at most {most})":
        "{value} is {n:,} tekens lang, te lang voor een lengte (hoogstens {most})",
    "{value} is not a length (use {examples}){hint}": "{value} is geen lengte (gebruik {examples}){hint}",
    "{value}: the number {number:g} has no unit (use {units})":
        "{value}: het getal {number:g} heeft geen eenheid (gebruik {units})",
    "{value}: percentages are not allowed here (give an absolute length, e.g. '4mm')":
        "{value}: percentages zijn hier niet toegestaan (geef een vaste lengte, bijv. '4mm')",
    "{value}: {number:g}% is more than {most:g}%": "{value}: {number:g}% is meer dan {most:g}%",
    "{value} is longer than a PDF page can be (at most {most:g} mm)":
        "{value} is langer dan een PDF-pagina kan zijn (hoogstens {most:g} mm)",
    "{value} is negative; it must be 0 or more": "{value} is negatief; het moet 0 of meer zijn",
    "{value} is not a size (use one of {names}, or e.g. '80mm x 120mm')":
        "{value} is geen formaat (gebruik een van {names}, of bijv. '80mm x 120mm')",
    # layout/color.py
    "'{text}' is not a colour (use '#RRGGBB', e.g. '#B5452F', or 'cmyk(0, 60, 80, 10)' with percentages)":
        "'{text}' is geen kleur (gebruik '#RRGGBB', bijv. '#B5452F', of 'cmyk(0, 60, 80, 10)' met percentages)",
    # layout/durations.py
    "{value} is not a duration": "{value} is geen duur",
    "{value} is not a duration (give minutes above 0)": "{value} is geen duur (geef minuten boven 0)",
    "'{value}' is not a duration (give minutes: 15, '15 min' or a range '10–15')":
        "'{value}' is geen duur (geef minuten: 15, '15 min' of een bereik '10–15')",
    "'{value}' is not a duration (minutes above 0, a range from low to high)":
        "'{value}' is geen duur (minuten boven 0, een bereik van laag naar hoog)",
    # layout/geometry.py
    "box '{name}' has no area on a {card_w:.0f}x{card_h:.0f} mm card ({w:.1f} x {h:.1f} mm)":
        "vak '{name}' heeft geen oppervlak op een kaart van {card_w:.0f}x{card_h:.0f} mm ({w:.1f} x {h:.1f} mm)",
    "box '{name}' reaches outside the {card_w:.0f}x{card_h:.0f} mm card":
        "vak '{name}' steekt buiten de kaart van {card_w:.0f}x{card_h:.0f} mm",
    "box '{name}' holds text but reaches into the {safe:.1f} mm safe zone along the cut "
    "(box {x:.1f},{y:.1f} mm, size {w:.1f}x{h:.1f} mm)":
        "vak '{name}' bevat tekst, maar komt in de veilige zone van {safe:.1f} mm langs de snijlijn "
        "(vak {x:.1f},{y:.1f} mm, formaat {w:.1f}x{h:.1f} mm)",
    # layout/glyphs.py
    "{chars} is right-to-left text, which cardgen cannot set (it sets text left to right only)":
        "{chars} is tekst van rechts naar links, en die kan cardgen niet zetten (het zet tekst alleen van links "
        "naar rechts)",
    "{chars} are right-to-left text, which cardgen cannot set (it sets text left to right only)":
        "{chars} zijn tekst van rechts naar links, en die kan cardgen niet zetten (het zet tekst alleen van links "
        "naar rechts)",
    "{chars} is not in the font {font} and would print as an empty box":
        "{chars} staat niet in het lettertype {font} en zou als een leeg vakje worden afgedrukt",
    "{chars} are not in the font {font} and would print as empty boxes":
        "{chars} staan niet in het lettertype {font} en zouden als lege vakjes worden afgedrukt",
    "remove it or give the brand a font that has it":
        "haal het weg of geef de huisstijl een lettertype dat het wel heeft",
    "remove it": "haal het weg",
    "remove them or give the brand a font that has them":
        "haal ze weg of geef de huisstijl een lettertype dat ze wel heeft",
    "remove them": "haal ze weg",
    "{shown} and {more} more": "{shown} en nog {more}",
    # layout/contrast.py
    "front '{name}'": "voorkant '{name}'",
    "back '{name}'": "achterkant '{name}'",
    "large text": "grote tekst",
    "body text": "lopende tekst",
    "text {text} on {background} has a contrast of {ratio:.1f} : 1 ({where}); {kind} needs at least "
    "{needed:g} : 1 (WCAG AA)":
        "tekst in {text} op {background} heeft een contrast van {ratio:.1f} : 1 ({where}); {kind} vraagt "
        "minstens {needed:g} : 1 (WCAG AA)",
    "{problem}; a darker colour such as '{colour}' reaches it":
        "{problem}; met een donkerdere kleur zoals '{colour}' lukt dat wel",
    # layout/links.py, layout/qrbox.py, layout/picture.py
    "{side} × {side} modules": "{side} × {side} modules",
    "more than any QR code holds": "meer dan een QR-code kan bevatten",
    "is too long for its QR code: the {box:.0f} mm box holds a code of at most {most} × {most} modules "
    "of {module:.1f} mm or more (version {version}, {capacity} characters) and this URL needs {needs}; "
    "shorten it (a short link)":
        "is te lang voor de QR-code: in het vak van {box:.0f} mm past een code van hoogstens {most} × {most} "
        "modules van {module:.1f} mm of meer (versie {version}, {capacity} tekens) en deze URL heeft {needs} "
        "nodig; maak hem korter (een korte link)",
    "the link ({n} characters: more than any QR code holds) in {box}":
        "de link ({n} tekens: meer dan een QR-code kan bevatten) in {box}",
    "the QR code of the link ({n} characters: {count} modules with its quiet zone) in {box} at "
    "{module:.2f} mm a module (scanners need at least {least:.1f} mm)":
        "de QR-code van de link ({n} tekens: {count} modules met de witrand) in {box}, met {module:.2f} mm per "
        "module (scanners hebben minstens {least:.1f} mm nodig)",
    "box '{box}' with its bleed": "vak '{box}' met de afloop",
    "box '{box}'": "vak '{box}'",
    "{file} prints at {ppi:.0f} ppi in {where} ({w:.0f} × {h:.0f} mm); print shops ask {enough} ppi: "
    "give a picture of at least {w_px} × {h_px} px":
        "{file} wordt afgedrukt op {ppi:.0f} ppi in {where} ({w:.0f} × {h:.0f} mm); drukkerijen vragen "
        "{enough} ppi: geef een afbeelding van minstens {w_px} × {h_px} px",
    # layout/imposition.py, layout/deck.py
    "a {card_w:.0f}x{card_h:.0f} mm card does not fit on half of {paper_w:.0f}x{paper_h:.0f} mm paper "
    "with {margin:.0f} mm margins (use larger paper, another orientation, or a smaller margin)":
        "een kaart van {card_w:.0f}x{card_h:.0f} mm past niet op de helft van papier van "
        "{paper_w:.0f}x{paper_h:.0f} mm met marges van {margin:.0f} mm (gebruik groter papier, een andere "
        "richting of een kleinere marge)",
    "a {card_w:.0f}x{card_h:.0f} mm card does not fit on {paper_w:.0f}x{paper_h:.0f} mm paper with "
    "{margin:.0f} mm margins (use larger paper, another orientation, or a smaller margin)":
        "een kaart van {card_w:.0f}x{card_h:.0f} mm past niet op papier van {paper_w:.0f}x{paper_h:.0f} mm "
        "met marges van {margin:.0f} mm (gebruik groter papier, een andere richting of een kleinere marge)",
    "the cut marks and the footer do not fit under the cards: {room:.1f} mm between the cards and "
    "the paper's edge, {want:.1f} mm needed (use a smaller gutter, margin or cut_mark_offset, or "
    "footer: false)":
        "de snijtekens en de voettekst passen niet onder de kaarten: {room:.1f} mm tussen de kaarten en de "
        "rand van het papier, {want:.1f} mm nodig (gebruik een kleinere gutter, margin of cut_mark_offset, "
        "of footer: false)",
    "the footer do not fit under the cards: {room:.1f} mm between the cards and the paper's edge, "
    "{want:.1f} mm needed (use a smaller gutter, margin or cut_mark_offset, or footer: false)":
        "de voettekst past niet onder de kaarten: {room:.1f} mm tussen de kaarten en de rand van het "
        "papier, {want:.1f} mm nodig (gebruik een kleinere gutter, margin of cut_mark_offset, of footer: false)",
    "deck '{deck}' (sheets)": "kaartenset '{deck}' (vellen)",
    "the sheet footer": "de voettekst van de vellen",
    "shorten the deck title": "maak de titel van de kaartenset korter",
    # layout/face.py
    "card {number} (front)": "kaart {number} (voorkant)",
    "card {number} (back)": "kaart {number} (achterkant)",
    "box '{name}' ({w:.1f} x {h:.1f} mm)": "vak '{name}' ({w:.1f} x {h:.1f} mm)",
    "shorten it or use a larger card_size": "maak het korter of kies een grotere card_size",
    "shorten the link or enlarge the box": "maak de link korter of het vak groter",
    # the pages: layout/credit.py, agenda.py, agenda_page.py, certificate.py, cheatsheet.py, form_page.py,
    # guide.py, schedule.py
    "shorten it: the footer takes two lines of small print at most (the full credit can go in a comment or "
    "the pack's README)":
        "maak het korter: de voettekst heeft hoogstens twee regels kleine letters (de volledige bronvermelding "
        "kan in een commentaarregel of in de README van het pakket)",
    "the source credit": "de bronvermelding",
    "the title": "de titel",
    "the blocks take at least {low} min, which does not fit in {session} min":
        "de blokken duren minstens {low} min, en dat past niet in {session} min",
    "the blocks take at most {high} min, which cannot fill {session} min":
        "de blokken duren hoogstens {high} min, en daarmee vullen ze {session} min niet",
    "agenda '{id}'": "agenda '{id}'",
    "the programme": "het programma",
    "the programme's row '{name}'": "de rij '{name}' van het programma",
    "shorten the word or split it": "maak het woord korter of splits het",
    "the fields to fill in": "de invulvelden",
    "choose a larger paper in the agenda template": "kies groter papier in het agendasjabloon",
    "shorten the descriptions or plan fewer blocks (an agenda is one page)":
        "maak de beschrijvingen korter of plan minder blokken (een agenda is één pagina)",
    "certificate '{id}'": "certificaat '{id}'",
    "the name": "de naam",
    "the sentence": "de zin",
    "the name under the signature line": "de naam onder de handtekeningregel",
    "shorten it: it takes one line": "maak het korter: het moet op één regel passen",
    "the {label}": "de regel '{label}'",
    "method '{id}' ({paper})": "methode '{id}' ({paper})",
    "one page": "één pagina",
    "{n} pages": "{n} pagina's",
    "section '{section}'": "sectie '{section}'",
    "shorten it (template '{template}' allows {pages})": "maak het korter (sjabloon '{template}' staat {pages} toe)",
    "form '{id}'": "formulier '{id}'",
    "the intro": "de inleiding",
    "the tip": "de tip",
    "the title beside '{band}' in the header band": "de titel naast '{band}' in de kopbalk",
    "field '{id}' (its label and room to write, on an empty page)":
        "veld '{id}' (met zijn label en schrijfruimte, op een lege pagina)",
    "make it smaller or split it in two: a field is never split across pages":
        "maak het kleiner of splits het in tweeën: een veld wordt nooit over twee pagina's verdeeld",
    "shorten it or break up long words": "maak het korter of breek lange woorden af",
    "the label of field '{id}'": "het label van veld '{id}'",
    "the help of field '{id}'": "de hulptekst van veld '{id}'",
    "the column heading '{heading}' ({room:.1f} mm of room)": "de kolomkop '{heading}' ({room:.1f} mm ruimte)",
    "shorten it or give the column more room with widths": "maak het korter of geef de kolom meer ruimte met widths",
    "the option '{text}' beside its box": "de optie '{text}' naast het vakje",
    "the label '{text}' beside its box": "het label '{text}' naast het vakje",
    "guide '{id}'": "gids '{id}'",
    "shorten it: the title takes one line of the header band":
        "maak het korter: de titel moet op één regel van de kopbalk passen",
    "the text from {part} on": "de tekst vanaf {part}",
    "shorten the guide: it must fit {most} {paper} pages":
        "maak de gids korter: hij moet op {most} pagina's {paper} passen",
    "shorten the guide: it must fit one {paper} page": "maak de gids korter: hij moet op één pagina {paper} passen",
    "break the word up or shorten it, or give the column more room with widths":
        "breek het woord af of maak het korter, of geef de kolom meer ruimte met widths",
    "break the word up or shorten it": "breek het woord af of maak het korter",
    "shorten it to fit its box": "maak het korter, zodat het in zijn vak past",
    "the guide": "de gids",
    "section '{heading}'": "sectie '{heading}'",
    "the heading of {where}": "de kop van {where}",
    "the text of {where}": "de tekst van {where}",
    "bullet point {n} of {where}": "opsommingspunt {n} van {where}",
    "row {row}, column '{column}' of the table in {where}": "rij {row}, kolom '{column}' van de tabel in {where}",
    "the heading of column {n} of the table in {where}": "de kop van kolom {n} van de tabel in {where}",
    "stage {n} of the cycle in {where}": "fase {n} van de cyclus in {where}",
    "the table in {where}": "de tabel in {where}",
    "the cycle in {where}": "de cyclus in {where}",
    "the link in {where}": "de link in {where}",
    "the {field} in {where}": "het veld {field} in {where}",
    "schedule '{id}'": "rooster '{id}'",
    "{roles} roles need between 1 and {members} members": "{roles} rollen vragen tussen 1 en {members} leden",
    "shorten it: it takes one line of the band": "maak het korter: het moet op één regel van de balk passen",
    "the line under the title": "de regel onder de titel",
    "the rooster": "het rooster",
    "shorten the names": "maak de namen korter",
    "plan fewer meetings, or choose a larger paper in the template":
        "plan minder bijeenkomsten, of kies groter papier in het sjabloon",
    "shorten the names or choose a larger paper": "maak de namen korter of kies groter papier",
    "plan fewer meetings": "plan minder bijeenkomsten",
}
NL_LAYOUT.update({
    # schema/common.py
    "'{value}' is not an id (use lowercase letters, digits and hyphens, e.g. 'emotie')":
        "'{value}' is geen id (gebruik kleine letters, cijfers en koppeltekens, bijv. 'emotie')",
    "{value} is out of range (allowed: each side {low:g} mm to {high:g} mm)":
        "{value} valt buiten het bereik (toegestaan: elke zijde {low:g} mm tot en met {high:g} mm)",
    "'{value}' is not a built-in icon (known: {known})": "'{value}' is geen ingebouwd pictogram (bekend: {known})",
    "'{value}' is not a colour (use '#RRGGBB', 'cmyk(0, 60, 80, 10)', {tokens} or palette.1 … palette.99)":
        "'{value}' is geen kleur (gebruik '#RRGGBB', 'cmyk(0, 60, 80, 10)', {tokens} of palette.1 … palette.99)",
    "{value} is out of range (allowed: {low} to {high})":
        "{value} valt buiten het bereik (toegestaan: {low} tot en met {high})",
    "{value} is larger than size {size}; the floor must be at most the size":
        "{value} is groter dan size {size}; de ondergrens mag niet groter zijn dan size",
    "{value} is smaller than size {size}; the largest size must be at least the size":
        "{value} is kleiner dan size {size}; de bovengrens mag niet kleiner zijn dan size",
    "{value} leaves less than {least:g} mm between the margins of {paper} paper (allowed: 0 mm to {most:.0f} mm)":
        "{value} laat minder dan {least:g} mm over tussen de marges van papier {paper} (toegestaan: 0 mm tot en "
        "met {most:.0f} mm)",
    "{value} is not a template name (the name of a .yaml file in templates/, without .yaml: letters, digits, "
    "'-', '_' and '.', no folders)":
        "{value} is geen sjabloonnaam (de naam van een .yaml-bestand in templates/, zonder .yaml: letters, "
        "cijfers, '-', '_' en '.', geen mappen)",
    "{value} is not a path of a file in the pack": "{value} is geen pad van een bestand in het pakket",
    "'{value}' is not a built-in icon (known: {known}) nor a path to an .svg or .png file in the pack":
        "'{value}' is geen ingebouwd pictogram (bekend: {known}) en ook geen pad naar een .svg- of .png-bestand "
        "in het pakket",
    "'{value}' is not a link (give a web address starting with https:// or http://, or mailto:, without "
    "spaces)":
        "'{value}' is geen link (geef een webadres dat begint met https:// of http://, of mailto:, zonder "
        "spaties)",
    "{value} is not a version label (it becomes part of a file name: letters, digits, '.', '-' and '_', at "
    "most 40, e.g. '2026.1')":
        "{value} is geen versielabel (het wordt deel van een bestandsnaam: letters, cijfers, '.', '-' en '_', "
        "hoogstens 40, bijv. '2026.1')",
    "{value} is not a web address (no spaces; at most 500 characters, so that it fits a QR code)":
        "{value} is geen webadres (geen spaties; hoogstens 500 tekens, zodat het in een QR-code past)",
    "is empty{hint}": "is leeg{hint}",
    "{key} id '{id}' is already used by {file}": "{key}-id '{id}' wordt al gebruikt door {file}",
    # schema/agenda.py, certificate.py, deck.py, form.py, guide.py, method.py, schedule.py, template.py
    "{value} is not a time of day (use HH:MM, e.g. 19:30)": "{value} is geen tijdstip (gebruik UU:MM, bijv. 19:30)",
    "the text has a broken placeholder ({reason})": "de tekst heeft een kapotte plaatshouder ({reason})",
    "Single '}}' encountered in format string": "een losse '}}' zonder '{{' ervoor",
    "Single '{{' encountered in format string": "een losse '{{' zonder '}}' erna",
    "expected '}}' before end of string": "een '{{' zonder '}}' voor het einde van de tekst",
    "unmatched '{{' in format spec": "een '{{' zonder bijbehorende '}}' in de plaatshouder",
    "expected ':' after conversion specifier": "na de conversie (!r, !s) hoort een ':'",
    "unknown placeholder {{{name}}} (known: {known})": "onbekende plaatshouder {{{name}}} (bekend: {known})",
    "{value} is not a card number prefix (up to four letters or digits, e.g. 'R')":
        "{value} is geen voorvoegsel voor kaartnummers (hoogstens vier letters of cijfers, bijv. 'R')",
    "the deck prints {n:,} cards, copies counted; a deck may have at most {most:,} (split it into several "
    "decks)":
        "de kaartenset telt {n:,} kaarten, kopieën meegeteld; een kaartenset mag er hoogstens {most:,} hebben "
        "(verdeel hem over meerdere kaartensets)",
    "{value} is not a field id (lowercase letters, digits, '-' and '_', e.g. 'naam')":
        "{value} is geen veld-id (kleine letters, cijfers, '-' en '_', bijv. 'naam')",
    "a '{kind}' field needs {key}": "een '{kind}'-veld heeft {key} nodig",
    "a '{kind}' field needs {key} and {other}": "een '{kind}'-veld heeft {key} en {other} nodig",
    "choice: one needs a checkbox field with at least two options":
        "choice: one vraagt een checkbox-veld met minstens twee opties",
    "widths has {n} numbers for {columns} columns": "widths heeft {n} getallen voor {columns} kolommen",
    "widths has 1 numbers for {columns} columns": "widths heeft 1 getal voor {columns} kolommen",
    "widths has {n} numbers for 1 columns": "widths heeft {n} getallen voor 1 kolom",
    "rows[{i}] has {cells} cells for {n} columns": "rows[{i}] heeft {cells} cellen voor {n} kolommen",
    "rows[{i}] has 1 cells for {n} columns": "rows[{i}] heeft 1 cel voor {n} kolommen",
    "rows[{i}] has {cells} cells for 1 columns": "rows[{i}] heeft {cells} cellen voor 1 kolom",
    "a section needs text, items, a table or a cycle":
        "een sectie heeft tekst (text), opsommingspunten (items), een tabel (table) of een cyclus (cycle) nodig",
    "the URL {why}": "de URL {why}",
    "entry {n} is empty": "naam {n} is leeg",
    "'{name}' is named twice (each once)": "'{name}' staat er twee keer in (noem elke naam maar één keer)",
    "{n} roles need at least {n} members (there are {members}): nobody holds two roles at one meeting":
        "{n} rollen vragen minstens {n} leden (er zijn er {members}): niemand heeft twee rollen in één bijeenkomst",
    "{value} is not a number of weeks from 1 to 26 (or 'maandelijks')":
        "{value} is geen aantal weken van 1 tot en met 26 (of 'maandelijks')",
    "'maandelijks' repeats the weekday of the first date in its week of the month, and {date} is in a fifth "
    "week, which not every month has (choose a first date on day 1–28)":
        "'maandelijks' herhaalt de weekdag van de eerste datum in dezelfde week van de maand, en {date} valt in "
        "een vijfde week, die niet elke maand heeft (kies een eerste datum op dag 1–28)",
    "{n} methods for {meetings} meetings (one per meeting at most)":
        "{n} methoden voor {meetings} bijeenkomsten (hoogstens één per bijeenkomst)",
    "{n} methods for 1 meetings (one per meeting at most)":
        "{n} methoden voor 1 bijeenkomst (hoogstens één per bijeenkomst)",
    "{value} is not a focal point (give 'x% y%', each 0% to 100%, e.g. '30% 40%')":
        "{value} is geen focuspunt (geef 'x% y%', elk 0% tot en met 100%, bijv. '30% 40%')",
})
