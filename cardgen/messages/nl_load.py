"""Dutch for the messages of load/ (YAML files, spreadsheets, templates, the pack, the brand, images, fonts, SVGs,
paths), validate.py and schema/messages.py (pydantic's errors in the user's words)."""
from __future__ import annotations

NL_LOAD: dict[str, str] = {
    # load/yamlfile.py
    "is {n:,} characters long; a value may have at most {most:,}":
        "is {n:,} tekens lang; een waarde mag er hoogstens {most:,} hebben",
    "cannot be read as a YAML {kind} ({reason})": "is niet te lezen als YAML-{kind} ({reason})",
    "a key must be a plain word": "een sleutel moet een gewoon woord zijn",
    "duplicate key '{key}' (it was already given above)": "dubbele sleutel '{key}' (die stond er hierboven al)",
    "a directory": "een map",
    "a named pipe (FIFO)": "een named pipe (FIFO)",
    "a character device": "een character device",
    "a block device": "een block device",
    "a socket": "een socket",
    "not a file": "geen bestand",
    "is {mb:.1f} MB; a YAML file may be at most {most} MB (split it up)":
        "is {mb:.1f} MB; een YAML-bestand mag hoogstens {most} MB zijn (splits het op)",
    "cannot be read: {reason}": "is niet te lezen: {reason}",
    "is not a regular file ({kind}); give a .yaml file": "is geen gewoon bestand ({kind}); geef een .yaml-bestand",
    "is not UTF-8 text (byte {byte}); save the file as UTF-8":
        "is geen UTF-8-tekst (byte {byte}); sla het bestand op als UTF-8",
    "lists and mappings are nested more than {most} levels deep (cardgen reads at most {most})":
        "lijsten en sleutels met waarden zitten meer dan {most} niveaus diep in elkaar (cardgen leest er hoogstens "
        "{most})",
    "holds more than {most:,} values (keys, list items and texts; the limit is passed here); a YAML file may hold at "
    "most {most:,} (split it up)":
        "bevat meer dan {most:,} waarden (sleutels, lijstonderdelen en teksten; hier gaat het over de grens); een "
        "YAML-bestand mag er hoogstens {most:,} bevatten (splits het op)",
    "has more than {most} values after expanding aliases; refusing to load it":
        "heeft na het uitvouwen van de aliassen meer dan {most} waarden; cardgen laadt het niet",
    "{context} {problem}": "{context}: {problem}",
    "YAML syntax error: {what}": "YAML-syntaxfout: {what}",
    "YAML error: {error}": "YAML-fout: {error}",
    # PyYAML's words for a syntax error
    "while parsing a block mapping": "bij het lezen van sleutels met waarden",
    "while parsing a block collection": "bij het lezen van een blok",
    "while parsing a flow mapping": "bij het lezen van sleutels met waarden tussen {{ }}",
    "while parsing a flow sequence": "bij het lezen van een lijst tussen [ ]",
    "while parsing a flow node": "bij het lezen van een waarde tussen haakjes",
    "while parsing a block node": "bij het lezen van een waarde",
    "while parsing a node": "bij het lezen van een waarde",
    "while scanning a simple key": "bij het lezen van een sleutel",
    "while scanning a quoted scalar": "bij het lezen van tekst tussen aanhalingstekens",
    "while scanning a double-quoted scalar": "bij het lezen van tekst tussen dubbele aanhalingstekens",
    "while scanning a plain scalar": "bij het lezen van tekst",
    "while scanning a block scalar": "bij het lezen van een tekstblok (na | of >)",
    "while scanning an alias": "bij het lezen van een alias (*)",
    "while scanning an anchor": "bij het lezen van een anker (&)",
    "while scanning a tag": "bij het lezen van een tag (!)",
    "while scanning for the next token": "bij het lezen van het volgende stuk",
    "while constructing a mapping": "bij het maken van sleutels met waarden",
    "expected <block end>, but found {found}": "verwacht het einde van het blok, maar vond {found}",
    "expected ',' or '}}', but got {found}": "verwacht ',' of '}}', maar kreeg {found}",
    "expected ',' or ']', but got {found}": "verwacht ',' of ']', maar kreeg {found}",
    "expected the node content, but found {found}": "verwacht een waarde, maar vond {found}",
    "expected alphabetic or numeric character, but found {found}": "verwacht een letter of cijfer, maar vond {found}",
    "expected a comment or a line break, but found {found}":
        "verwacht een opmerking of een nieuwe regel, maar vond {found}",
    "expected chomping or indentation indicators, but found {found}":
        "verwacht '+', '-' of een cijfer na | of >, maar vond {found}",
    "expected ' ', but found {found}": "verwacht een spatie, maar vond {found}",
    "could not find expected ':'": "de verwachte ':' ontbreekt",
    "mapping values are not allowed here": "hier mag geen 'sleutel: waarde' staan",
    "mapping keys are not allowed here": "hier mag geen sleutel staan",
    "sequence entries are not allowed here": "hier mag geen lijstonderdeel ('- ') staan",
    "found character {found} that cannot start any token": "het teken {found} mag hier niet aan het begin staan",
    "found unexpected end of stream": "het bestand houdt onverwacht op",
    "found unexpected document separator": "onverwachte scheiding tussen documenten",
    "found undefined alias {found}": "onbekende alias {found}",
    "found unknown escape character {found}": "onbekend escape-teken {found}",
    "found duplicate anchor {found}; first occurrence": "anker {found} staat er twee keer; de eerste keer",
    "second occurrence": "de tweede keer",
    "invalid indentation or unclosed '[' or '{{'": "verkeerd ingesprongen, of een '[' of '{{' die niet gesloten is",
    "expected a single document in the stream": "verwacht één document in het bestand",
    "but found another document": "maar vond nog een document",
    "could not determine a constructor for the tag {tag}": "cardgen kan de tag {tag} niet lezen",
    "expected a mapping node, but found {found}": "verwacht sleutels met waarden, maar vond {found}",
    "expected a sequence node, but found {found}": "verwacht een lijst, maar vond {found}",
    # Python's words for a value it cannot make
    "day is out of range for month": "die dag bestaat niet in die maand",
    "month must be in 1..12": "de maand moet tussen 1 en 12 liggen",
    "hour must be in 0..23": "het uur moet tussen 0 en 23 liggen",
    "minute must be in 0..59": "de minuten moeten tussen 0 en 59 liggen",
    "second must be in 0..59": "de seconden moeten tussen 0 en 59 liggen",
    "year {year} is out of range": "jaar {year} kan niet",
    "Exceeds the limit ({most} digits) for integer string conversion: value has {n} digits":
        "het getal heeft {n} cijfers; er mogen er hoogstens {most} zijn",
    "invalid literal for int() with base 10: {value}": "geen geheel getal: {value}",
    "could not convert string to float: {value}": "geen getal: {value}",
    # load/tables.py
    "rows": "rijen",
    "cards": "kaarten",
    "fields": "velden",
    "participants": "deelnemers",
    "is a {suffix} file; save it as .xlsx (Excel-werkmap) or .csv and give that":
        "is een {suffix}-bestand; sla het op als .xlsx (Excel-werkmap) of .csv en geef dat op",
    "is not a spreadsheet (give a .xlsx or .csv file)": "is geen spreadsheet (geef een .xlsx- of .csv-bestand)",
    "does not exist": "bestaat niet",
    "cannot be read ({reason})": "is niet te lezen ({reason})",
    "is not a regular file (give a .xlsx or .csv file)": "is geen gewoon bestand (geef een .xlsx- of .csv-bestand)",
    "is {mb:.1f} MB; a spreadsheet may be at most {most} MB":
        "is {mb:.1f} MB; een spreadsheet mag hoogstens {most} MB zijn",
    "is a CSV file, which has no sheets (leave out sheet: '{sheet}')":
        "is een CSV-bestand, en dat heeft geen werkbladen (laat sheet: '{sheet}' weg)",
    "is not a readable CSV file from row {row} on ({error})": "is vanaf rij {row} geen leesbaar CSV-bestand ({error})",
    "is a workbook saved under a .csv name; save it as CSV, or name it .xlsx":
        "is een werkmap die onder een .csv-naam is opgeslagen; sla hem op als CSV, of noem hem .xlsx",
    "cannot be read as text (save it as CSV UTF-8)": "is niet als tekst te lezen (sla het op als CSV UTF-8)",
    "cannot be read as an Excel workbook ({error})": "is niet te lezen als Excel-werkmap ({error})",
    "holds {n:,} parts; a workbook may have at most {most:,}":
        "bestaat uit {n:,} delen; een werkmap mag er hoogstens {most:,} hebben",
    "unpacks to {mb:,.0f} MB; a workbook may unpack to at most {most} MB (a list of cards or people is a few hundred "
    "kB)":
        "pakt uit tot {mb:,.0f} MB; een werkmap mag uitpakken tot hoogstens {most} MB (een lijst kaarten of mensen is "
        "een paar honderd kB)",
    "is not an Excel workbook (an .xlsx file is a zip archive); save it from Excel as .xlsx, or as .csv":
        "is geen Excel-werkmap (een .xlsx-bestand is een zip-archief); sla het in Excel op als .xlsx, of als .csv",
    "has no sheets": "heeft geen werkbladen",
    "has no sheet '{sheet}' (did you mean '{close}'? sheets: {names})":
        "heeft geen werkblad '{sheet}' (bedoel je '{close}'? werkbladen: {names})",
    "has no sheet '{sheet}' (sheets: {names})": "heeft geen werkblad '{sheet}' (werkbladen: {names})",
    "has more than {most:,} rows (empty ones counted); cardgen reads at most {most:,}":
        "heeft meer dan {most:,} rijen (lege meegeteld); cardgen leest er hoogstens {most:,}",
    "has a value in column {column}; a spreadsheet may have at most {most} columns (A to {last})":
        "heeft een waarde in kolom {column}; een spreadsheet mag hoogstens {most} kolommen hebben (A tot en met "
        "{last})",
    "has more than {most:,} {what}; a spreadsheet may have at most {most:,} (split it up)":
        "heeft meer dan {most:,} {what}; een spreadsheet mag er hoogstens {most:,} hebben (splits hem op)",
    "is {n:,} characters long; a cell may have at most {most:,}":
        "is {n:,} tekens lang; een cel mag er hoogstens {most:,} hebben",
    "has a value in a column without a name (give {cell} one of: {allowed}, or empty the column)":
        "heeft een waarde in een kolom zonder naam (geef {cell} een van deze namen: {allowed}, of maak de kolom leeg)",
    "is empty; its first row names the columns ({allowed}) and each row below it is one of the {what}":
        "is leeg; de eerste rij geeft de namen van de kolommen ({allowed}) en elke rij daaronder is een van de {what}",
    "unknown column '{name}' in column {column} (did you mean '{close}'? allowed: {allowed})":
        "onbekende kolom '{name}' in kolom {column} (bedoel je '{close}'? toegestaan: {allowed})",
    "unknown column '{name}' in column {column} (allowed: {allowed})":
        "onbekende kolom '{name}' in kolom {column} (toegestaan: {allowed})",
    "column '{name}' is named twice ({first} and {second})": "kolom '{name}' komt twee keer voor ({first} en {second})",
    "required column '{name}' is missing (the first row names the columns)":
        "verplichte kolom '{name}' ontbreekt (de eerste rij geeft de namen van de kolommen)",
    # load/templates.py
    "'{name}' is not a template name (the name of a .yaml file in templates/, without .yaml: letters, digits, '-', "
    "'_' and '.', no folders)":
        "'{name}' is geen sjabloonnaam (de naam van een .yaml-bestand in templates/, zonder .yaml: letters, cijfers, "
        "'-', '_' en '.', geen mappen)",
    "templates extend each other in a cycle: {cycle}": "sjablonen bouwen in een kring op elkaar voort: {cycle}",
    "templates extend each other more than {most} levels deep ({chain}); cardgen follows at most {most}":
        "sjablonen bouwen meer dan {most} niveaus diep op elkaar voort ({chain}); cardgen volgt er hoogstens {most}",
    "template '{name}' not found (looked in {where}the built-ins; known {kind} templates: {known})":
        "sjabloon '{name}' niet gevonden (gezocht in {where}de ingebouwde sjablonen; bekende {kind}-sjablonen: "
        "{known})",
    "template '{name}' not found (looked in {where}the built-ins; known templates: {known})":
        "sjabloon '{name}' niet gevonden (gezocht in {where}de ingebouwde sjablonen; bekende sjablonen: {known})",
    "a template must be a mapping of keys and values": "een sjabloon moet een reeks sleutels met waarden zijn",
    "expected a template name, got {given}": "verwacht een sjabloonnaam, kreeg {given}",
    "template '{name}' is a '{kind}' template, not a '{expected}' template":
        "sjabloon '{name}' is een '{kind}'-sjabloon, geen '{expected}'-sjabloon",
    # load/pack.py
    "is not a folder (give the content pack folder, e.g. content/)":
        "is geen map (geef de map van het pakket, bijv. content/)",
    "holds no .yaml content files": "bevat geen .yaml-bestanden met inhoud",
    "must be a mapping of keys and values (e.g. 'deck: mijn-deck')":
        "moet een reeks sleutels met waarden zijn (bijv. 'deck: mijn-deck')",
    "the first key must name the content kind ({kinds}), not '{kind}'":
        "de eerste sleutel moet de soort inhoud noemen ({kinds}), niet '{kind}'",
    # load/paths.py
    "files": "bestanden",
    "images": "afbeeldingen",
    "fonts": "lettertypen",
    "profiles": "profielen",
    "templates": "sjablonen",
    "spreadsheets": "spreadsheets",
    "{path} is not a path": "{path} is geen pad",
    "'{path}' is an absolute path; give a path inside the folder {folder} (relative to it)":
        "'{path}' is een absoluut pad; geef een pad binnen de map {folder} (vanuit die map)",
    "'{path}' points outside the folder {folder}; {what} must lie inside it":
        "'{path}' wijst naar buiten de map {folder}; {what} moeten erin liggen",
    "'{path}' cannot be followed ({error})": "'{path}' kan niet gevolgd worden ({error})",
    "'{path}' is a symbolic link to a file outside the folder {folder}; {what} must lie inside it (copy the file in)":
        "'{path}' is een symbolische link naar een bestand buiten de map {folder}; {what} moeten erin liggen "
        "(kopieer het bestand erin)",
    "is a symbolic link to a folder outside the pack; its files are not read (copy them in)":
        "is een symbolische link naar een map buiten het pakket; de bestanden daarin worden niet gelezen "
        "(kopieer ze erin)",
    "holds more than {most:,} files and folders; is this the content pack folder? (cardgen looks at {most:,} at most)":
        "bevat meer dan {most:,} bestanden en mappen; is dit wel de map van het pakket? (cardgen kijkt naar "
        "hoogstens {most:,})",
    "is a symbolic link to a file outside the pack; copy the file in":
        "is een symbolische link naar een bestand buiten het pakket; kopieer het bestand erin",
    "holds {n:,} content files; a pack may have at most {most:,}":
        "bevat {n:,} bestanden met inhoud; een pakket mag er hoogstens {most:,} hebben",
    # load/brand.py
    "brand file does not exist (give a brand.yaml, see the README)":
        "het huisstijlbestand bestaat niet (geef een brand.yaml, zie de README)",
    "profile '{file}' does not exist (paths are relative to {folder}/)":
        "profiel '{file}' bestaat niet (paden gaan uit van de map {folder}/)",
    "profile '{file}' is {mb:.1f} MB; an ICC profile may be at most {most} MB":
        "profiel '{file}' is {mb:.1f} MB; een ICC-profiel mag hoogstens {most} MB zijn",
    "'{file}' is not an ICC profile (give the .icc file your print shop sends)":
        "'{file}' is geen ICC-profiel (geef het .icc-bestand dat je drukkerij stuurt)",
    "'{file}' is an ICC profile for {space}, not CMYK; give the print shop's CMYK output profile (e.g. FOGRA39)":
        "'{file}' is een ICC-profiel voor {space}, niet voor CMYK; geef het CMYK-uitvoerprofiel van de drukkerij "
        "(bijv. FOGRA39)",
    "another colour space": "een andere kleurruimte",
    # load/assets.py
    "a GIF image": "een GIF-afbeelding",
    "a WebP or other RIFF file": "een WebP- of ander RIFF-bestand",
    "a PDF": "een PDF",
    "a TIFF image": "een TIFF-afbeelding",
    "a BMP image": "een BMP-afbeelding",
    "an icon (.ico)": "een pictogram (.ico)",
    "a zip file": "een zip-bestand",
    "image": "afbeelding",
    "an image": "een afbeelding",
    "font": "lettertype",
    "a font": "een lettertype",
    "an SVG": "een SVG",
    "text in UTF-16 (save an SVG as UTF-8)": "tekst in UTF-16 (sla een SVG op als UTF-8)",
    "not a picture": "geen afbeelding",
    "{kind} '{file}' does not exist (paths are relative to {folder}/)":
        "{kind} '{file}' bestaat niet (paden gaan uit van de map {folder}/)",
    "{kind} '{file}' is not a regular file; give a file": "{kind} '{file}' is geen gewoon bestand; geef een bestand",
    "{kind} '{file}' is {mb:.1f} MB; {what} may be at most {most} MB":
        "{kind} '{file}' is {mb:.1f} MB; {what} mag hoogstens {most} MB zijn",
    "image file is truncated ({n} bytes not processed)": "het bestand is afgekapt ({n} bytes niet verwerkt)",
    "image file is truncated": "het bestand is afgekapt",
    "truncated PNG file": "afgekapt PNG-bestand",
    "broken data stream when reading image file": "de gegevens in het bestand zijn beschadigd",
    "image was incomplete": "de afbeelding is onvolledig",
    "image '{file}' cannot be read ({reason})": "afbeelding '{file}' is niet te lezen ({reason})",
    "image '{file}' is {what} (by its content, whatever its name says); use PNG, JPEG or SVG":
        "afbeelding '{file}' is {what} (naar de inhoud, wat de naam ook zegt); gebruik PNG, JPEG of SVG",
    "image '{file}' {reason}": "afbeelding '{file}' {reason}",
    "image '{file}' is {w:,} x {h:,} px ({mp:.1f} megapixels); an image may have at most {most:g} megapixels "
    "(scale it down)":
        "afbeelding '{file}' is {w:,} x {h:,} px ({mp:.1f} megapixel); een afbeelding mag hoogstens {most:g} "
        "megapixel hebben (maak hem kleiner)",
    "image '{file}' is a {kind} in mode {mode}; save it as 8-bit RGB, greyscale or CMYK":
        "afbeelding '{file}' is een {kind} in modus {mode}; sla hem op als 8-bit RGB, grijstinten of CMYK",
    "image '{file}' is a {kind} in mode {mode}; save it as 8-bit RGB, greyscale (with or without transparency)":
        "afbeelding '{file}' is een {kind} in modus {mode}; sla hem op als 8-bit RGB of grijstinten (met of zonder "
        "transparantie)",
    "image '{file}' cannot be read as {kind} ({reason}); export it again":
        "afbeelding '{file}' is niet te lezen als {kind} ({reason}); exporteer hem opnieuw",
    "font '{file}' cannot be read ({reason})": "lettertype '{file}' is niet te lezen ({reason})",
    "an OpenType/CFF font": "een OpenType/CFF-lettertype",
    "not a TrueType font": "geen TrueType-lettertype",
    "font '{file}' is {kind}; give a .ttf with TrueType outlines":
        "lettertype '{file}' is {kind}; geef een .ttf met TrueType-contouren",
    "font '{file}' {problem}": "lettertype '{file}' {problem}",
    # load/pictures.py
    "icon '{file}' is a JPEG; an icon is an SVG or a PNG":
        "pictogram '{file}' is een JPEG; een pictogram is een SVG of een PNG",
    # load/svg.py (each follows "image 'x.svg' ")
    "has more than {most:,} elements; a logo may have at most {most:,} (simplify it, or export it as PNG)":
        "heeft meer dan {most:,} elementen; een logo mag er hoogstens {most:,} hebben (vereenvoudig het, of exporteer "
        "het als PNG)",
    "nests elements more than {most} levels deep; cardgen reads at most {most}":
        "heeft elementen die meer dan {most} niveaus diep in elkaar zitten; cardgen leest er hoogstens {most}",
    "is XML but not an SVG (its first element is <{element}>)":
        "is XML maar geen SVG (het eerste element is <{element}>)",
    "holds a picture (<image>); cardgen draws only the SVG's own shapes: remove it, or give the logo as PNG or JPEG":
        "bevat een afbeelding (<image>); cardgen tekent alleen de eigen vormen van de SVG: haal die afbeelding weg, "
        "of geef het logo als PNG of JPEG",
    "holds text (<{element}>); convert the text to outlines (paths) in your drawing program: cardgen embeds only its "
    "own fonts":
        "bevat tekst (<{element}>); zet de tekst in je tekenprogramma om naar contouren (paden): cardgen sluit alleen "
        "zijn eigen lettertypen in",
    "refers to '{target}' outside the file (<{element} href>); cardgen draws only what the SVG itself holds":
        "verwijst naar '{target}' buiten het bestand (<{element} href>); cardgen tekent alleen wat in de SVG zelf "
        "staat",
    "imports a stylesheet (@import in <style>); put the styles in the SVG itself":
        "importeert een stylesheet (@import in <style>); zet de stijlen in de SVG zelf",
    "refers to '{target}' outside the file ({where}: url(…)); cardgen draws only what the SVG itself holds":
        "verwijst naar '{target}' buiten het bestand ({where}: url(…)); cardgen tekent alleen wat in de SVG zelf "
        "staat",
    "has the number {number} in {where}, beyond what any drawing uses (at most {most:,.0f})":
        "heeft het getal {number} in {where}, groter dan een tekening ooit nodig heeft (hoogstens {most:,.0f})",
    "a DOCTYPE": "een DOCTYPE",
    "entities": "entiteiten",
    "declares {what}; remove it (cardgen reads SVGs without DTDs or entities)":
        "declareert {what}; haal dat weg (cardgen leest SVG's zonder DTD's of entiteiten)",
    "links a stylesheet (<?xml-stylesheet?>); put the styles in the SVG itself":
        "linkt naar een stylesheet (<?xml-stylesheet?>); zet de stijlen in de SVG zelf",
    'has {name}="{value}", which is not a size (give a number, e.g. {name}="120" or "40mm"; no percentages)':
        'heeft {name}="{value}", en dat is geen maat (geef een getal, bijv. {name}="120" of "40mm"; geen percentages)',
    'has {name}="{value}"; it must be more than 0 and at most 200 in (5080 mm)':
        'heeft {name}="{value}"; dat moet meer dan 0 en hoogstens 200 inch (5080 mm) zijn',
    'has viewBox="{value}"; give four numbers, x y width height, with width and height more than 0 (e.g. '
    'viewBox="0 0 240 80")':
        'heeft viewBox="{value}"; geef vier getallen, x y breedte hoogte, met een breedte en hoogte van meer dan 0 '
        '(bijv. viewBox="0 0 240 80")',
    "is {mb:.1f} MB; an SVG may be at most {most} MB": "is {mb:.1f} MB; een SVG mag hoogstens {most} MB zijn",
    "is not a readable SVG ({error} at line {line}, column {column})":
        "is geen leesbare SVG ({error} op regel {line}, kolom {column})",
    "gives only one of width and height; give both, or only a viewBox":
        "geeft maar één van width en height; geef ze allebei, of alleen een viewBox",
    "has no size; give width and height, or a viewBox": "heeft geen maat; geef width en height, of een viewBox",
    "cannot be drawn ({error})": "kan niet getekend worden ({error})",
    "cannot be drawn (it converts to an empty drawing)": "kan niet getekend worden (het wordt een lege tekening)",
    # expat's words
    "not well-formed (invalid token)": "niet goed gevormd (ongeldig teken)",
    "mismatched tag": "tags passen niet bij elkaar",
    "unclosed token": "iets is niet afgesloten",
    "no element found": "geen element gevonden",
    "syntax error": "syntaxfout",
    "junk after document element": "rommel na het laatste element",
    "undefined entity": "onbekende entiteit",
    "duplicate attribute": "dubbel attribuut",
    "unbound prefix": "onbekend voorvoegsel",
    # validate.py
    "'{category}' is not a category of this deck (known: {known})":
        "'{category}' is geen categorie van deze kaartenset (bekend: {known})",
    "'{file}' is {mode}, and print template '{template}' asks for CMYK; give a CMYK JPEG (cardgen ships no CMYK "
    "colour profile to convert it faithfully)":
        "'{file}' is {mode}, en drukwerksjabloon '{template}' vraagt om CMYK; geef een CMYK-JPEG (cardgen heeft geen "
        "CMYK-kleurprofiel om hem getrouw om te zetten)",
    # schema/messages.py: what a field expects
    "a colour such as \"#B5452F\" (in quotes) or 'cmyk(0, 60, 80, 10)'":
        "een kleur zoals \"#B5452F\" (tussen aanhalingstekens) of 'cmyk(0, 60, 80, 10)'",
    "a colour such as \"#B5452F\" (in quotes), 'cmyk(0, 60, 80, 10)', brand.primary or palette.1":
        "een kleur zoals \"#B5452F\" (tussen aanhalingstekens), 'cmyk(0, 60, 80, 10)', brand.primary of palette.1",
    "the name of a built-in icon": "de naam van een ingebouwd pictogram",
    "an id (lowercase letters, digits and hyphens)": "een id (kleine letters, cijfers en streepjes)",
    "a length such as '4mm', '11pt' or '50%'": "een lengte zoals '4mm', '11pt' of '50%'",
    "a length such as '4mm' or '11pt'": "een lengte zoals '4mm' of '11pt'",
    "a named size (such as A4 or poker) or one like '80mm x 120mm'":
        "een formaat met een naam (zoals A4 of poker) of een maat zoals '80mm x 120mm'",
    "minutes as a number or a range like '10-15'": "minuten als getal of als bereik zoals '10-15'",
    "a template name": "een sjabloonnaam",
    "a path of a file in the pack": "het pad van een bestand in het pakket",
    "a version label such as '2026.1'": "een versienummer zoals '2026.1'",
    "a web address": "een webadres",
    "text": "tekst",
    "a whole number": "een geheel getal",
    "a number": "een getal",
    "true or false": "true of false",
    "a date (YYYY-MM-DD, e.g. 2026-12-03)": "een datum (JJJJ-MM-DD, bijv. 2026-12-03)",
    " or ": " of ",
    "one of {values}": "een van {values}",
    "a list": "een lijst",
    "a mapping of keys and values": "een reeks sleutels met waarden",
    "a value": "een waarde",
    "a finite number": "een eindig getal",
    # what the user gave
    "nothing (an empty value)": "niets (een lege waarde)",
    "a mapping": "een reeks sleutels met waarden",
    "the number {number}": "het getal {number}",
    # pydantic's words for why a date is not one
    "day value is outside expected range": "die dag bestaat niet in die maand",
    "month value is outside expected range of 1-12": "de maand moet tussen 1 en 12 liggen",
    "input is too short": "het is te kort",
    "input is too long": "het is te lang",
    "invalid date separator, expected `-`": "verkeerd scheidingsteken, verwacht `-`",
    "invalid datetime separator, expected `T`, `t`, `_` or space":
        "verkeerd scheidingsteken tussen datum en tijd, verwacht `T`, `t`, `_` of een spatie",
    "invalid character in year": "ongeldig teken in het jaar",
    "invalid character in month": "ongeldig teken in de maand",
    "invalid character in day": "ongeldig teken in de dag",
    "dates after 9999 are not supported as unix timestamps": "datums na 9999 kunnen niet als unix-tijd",
    # the messages
    "unknown key '{key}'": "onbekende sleutel '{key}'",
    "unknown key '{key}' (did you mean '{close}'? allowed: {allowed})":
        "onbekende sleutel '{key}' (bedoel je '{close}'? toegestaan: {allowed})",
    "unknown key '{key}' (allowed: {allowed})": "onbekende sleutel '{key}' (toegestaan: {allowed})",
    "is required but missing": "is verplicht maar ontbreekt",
    "is empty{hint}; expected {want}": "is leeg{hint}; verwacht {want}",
    "{value} is out of range (allowed: {low} to {high})":
        "{value} valt buiten het bereik (toegestaan: {low} tot en met {high})",
    "must be at least {limit} (got {value})": "moet minstens {limit} zijn (kreeg {value})",
    "must be more than {limit} (got {value})": "moet meer dan {limit} zijn (kreeg {value})",
    "must be at most {limit} (got {value})": "mag hoogstens {limit} zijn (kreeg {value})",
    "must be less than {limit} (got {value})": "moet minder dan {limit} zijn (kreeg {value})",
    "{value} is not allowed here (allowed: {allowed}); did you mean '{close}'?":
        "{value} is hier niet toegestaan (toegestaan: {allowed}); bedoel je '{close}'?",
    "{value} is not allowed here (allowed: {allowed})": "{value} is hier niet toegestaan (toegestaan: {allowed})",
    "is empty; expected {want}": "is leeg; verwacht {want}",
    "is {n:,} characters long; at most {most:,} fit here": "is {n:,} tekens lang; hier passen er hoogstens {most:,}",
    "needs at least {least} items (got {count})": "heeft minstens {least} onderdelen nodig (kreeg {count})",
    "needs at least 1 item (got {count})": "heeft minstens 1 onderdeel nodig (kreeg {count})",
    "has {count:,} items; at most {most:,} are allowed":
        "heeft {count:,} onderdelen; er zijn er hoogstens {most:,} toegestaan",
    "{value} is not a date (use YYYY-MM-DD, e.g. 2026-12-03): {reason}":
        "{value} is geen datum (schrijf JJJJ-MM-DD, bijv. 2026-12-03): {reason}",
    "{value} is not a date (use YYYY-MM-DD, e.g. 2026-12-03)":
        "{value} is geen datum (schrijf JJJJ-MM-DD, bijv. 2026-12-03)",
    "expected {want}, got {given}": "verwacht {want}, kreeg {given}",
    "{value} is not allowed here (expected {want} matching {pattern})":
        "{value} is hier niet toegestaan (verwacht {want} volgens het patroon {pattern})",
    "{message} (got {value})": "{message} (kreeg {value})",
    " (YAML reads an unquoted # as the start of a comment, so nothing is given: write it in quotes, {example})":
        " (YAML leest een # zonder aanhalingstekens als het begin van een opmerking, dus er staat niets: zet het "
        "tussen aanhalingstekens, {example})",
}
