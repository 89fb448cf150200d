"""Dutch for what the commands print (cardgen/commands/), for write.py, stopping.py, watch.py, serve.py and
for preflight's findings (cardgen/preflight/)."""
from __future__ import annotations

NL_COMMANDS: dict[str, str] = {
    # commands/build.py
    "ok: {n} items valid, all text fits": "ok: {n} onderdelen geldig, alle tekst past",
    "ok: 1 item valid, all text fits": "ok: 1 onderdeel geldig, alle tekst past",
    "nothing changed since the last build into {out}: {n} items kept as they are (--force builds them again)":
        "niets veranderd sinds je vorige build in {out}: {n} onderdelen blijven zoals ze zijn (--force bouwt ze "
        "opnieuw)",
    "nothing changed since the last build into {out}: 1 item kept as they are (--force builds them again)":
        "niets veranderd sinds je vorige build in {out}: 1 onderdeel blijft zoals het is (--force bouwt het opnieuw)",
    "load": "inlezen",
    "validate": "controleren",
    "plan and draw": "opmaken en tekenen",
    "{stage} {seconds:.2f} s": "{stage} {seconds:.2f} s",
    "; {n} unchanged since the last build (--force builds them too)":
        "; {n} ongewijzigd sinds je vorige build (--force bouwt ze ook)",
    "built {n} items into {out}: {files} files in {seconds:.1f} s ({stages}){kept}":
        "{n} onderdelen gebouwd in {out}: {files} bestanden in {seconds:.1f} s ({stages}){kept}",
    "built 1 item into {out}: {files} files in {seconds:.1f} s ({stages}){kept}":
        "1 onderdeel gebouwd in {out}: {files} bestanden in {seconds:.1f} s ({stages}){kept}",
    # commands/agenda.py, certificates.py, pack.py, preview.py
    "{command}: done in {seconds:.1f} s": "{command}: klaar in {seconds:.1f} s",
    "{n} previews in {folder}": "{n} voorbeelden in {folder}",
    # commands/calibrate.py
    "Print it duplex at 100 %, hold it against the light and read the scales: put the values in the sheet "
    "template as back_offset: [right, down].":
        "Druk het dubbelzijdig af op 100 %, houd het tegen het licht en lees de schalen af: zet de waarden in het "
        "sjabloon van het vel als back_offset: [rechts, omlaag].",
    # commands/init.py
    "{n} files; next: cd {folder} && cardgen build": "{n} bestanden; volgende stap: cd {folder} && cardgen build",
    # commands/options.py
    "'{text}' is not a time (use e.g. 19:30, 19.30 or 1930)":
        "'{text}' is geen tijd (gebruik bijv. 19:30, 19.30 of 1930)",
    "'{text}' is not a date (use e.g. 2026-12-03 or 3-12-2026)":
        "'{text}' is geen datum (gebruik bijv. 2026-12-03 of 3-12-2026)",
    "'{text}' is not a day of the calendar": "'{text}' is geen bestaande dag",
    # commands/schema.py, templates.py
    "'{kind}' is not a kind (known: {known})": "'{kind}' is geen soort (bekend: {known})",
    "extends {parents}": "breidt {parents} uit",
    "(overrides the {origins} one)": "(vervangt die van {origins})",
    # commands/watch.py, watch.py, serve.py
    "is not a folder (give the content pack folder, e.g. content/, or run `cardgen init`)":
        "is geen map (geef de map van het pakket, bijv. content/, of begin met `cardgen init`)",
    "watching {folders} (Ctrl+C to stop)": "let op wijzigingen in {folders} (Ctrl+C om te stoppen)",
    "serving {url} (Ctrl+C to stop)": "de pagina staat op {url} (Ctrl+C om te stoppen)",
    "cannot serve on 127.0.0.1:{port} ({reason}); try another port, or --port 0 for any free one":
        "kan de pagina niet aanbieden op 127.0.0.1:{port} ({reason}); probeer een andere poort, of --port 0 voor "
        "een willekeurige vrije poort",
    "everything": "alles",
    "{clock}  {what}: {n} files in {seconds:.2f} s": "{clock}  {what}: {n} bestanden in {seconds:.2f} s",
    "{clock}  {what}: 1 file in {seconds:.2f} s": "{clock}  {what}: 1 bestand in {seconds:.2f} s",
    "internal error: {error}": "interne fout: {error}",
    "the preview could not read the output: {error}": "de voorvertoning kon de uitvoer niet lezen: {error}",
    # write.py
    "cannot write the output: {reason}": "kan de uitvoer niet schrijven: {reason}",
    "it is a file, not a folder (give an output folder with -o)":
        "dit is een bestand, geen map (geef een uitvoermap met -o)",
    "the disk is full": "de schijf is vol",
    "the disk quota is used up": "je schijfruimte (quotum) is op",
    "a file grew larger than the file system allows": "een bestand werd groter dan het bestandssysteem toestaat",
    "the file system is read-only": "het bestandssysteem is alleen-lezen",
    "no permission to write there": "je mag daar niet schrijven",
    "a file stands where a folder must be": "er staat een bestand waar een map moet komen",
    "a folder stands where a file must be": "er staat een map waar een bestand moet komen",
    "a name is too long": "een naam is te lang",
    "the system refused": "het systeem weigerde",
    "{what} at {path} ({detail})": "{what}: {path} ({detail})",
    "{value} is not a build time (give whole seconds since 1970-01-01 UTC, 0 to {most}, e.g. 1764000000; or "
    "unset it)":
        "{value} is geen bouwtijd (geef hele seconden sinds 1970-01-01 UTC, 0 tot en met {most}, bijv. 1764000000; "
        "of haal de variabele weg)",
    # stopping.py
    "cardgen: stopped ({signal}); the output folder is as it was":
        "cardgen: gestopt ({signal}); de uitvoermap is zoals hij was",
    # preflight/__init__.py: the report
    "{name}: {n} pages, {sizes}{colours}": "{name}: {n} pagina's, {sizes}{colours}",
    "{name}: 1 page, {sizes}{colours}": "{name}: 1 pagina, {sizes}{colours}",
    "; colour spaces: {spaces}": "; kleurruimten: {spaces}",
    "{name}: page {page}: {check}: {message}": "{name}: pagina {page}: {check}: {message}",
    "{name}: page {page}: {check}: warning: {message}": "{name}: pagina {page}: {check}: waarschuwing: {message}",
    "{name}: {check}: warning: {message}": "{name}: {check}: waarschuwing: {message}",
    "preflight: {name}: passed": "preflight: {name}: goedgekeurd",
    "preflight: {name}: failed ({n} problems)": "preflight: {name}: afgekeurd ({n} problemen)",
    "preflight: {name}: failed (1 problem)": "preflight: {name}: afgekeurd (1 probleem)",
    "page {page}: {check}: {message}": "pagina {page}: {check}: {message}",
    "page {page}: {reason}": "pagina {page}: {reason}",
    "cannot be read as a PDF ({reason})": "is niet te lezen als PDF ({reason})",
    "cannot be checked ({error}: {detail})": "is niet te controleren ({error}: {detail})",
    # preflight: the names of the checks
    "structure": "structuur",
    "boxes": "paginakaders",
    "colour": "kleur",
    "lines": "lijnen",
    "safe zone": "veilige zone",
    "bleed": "afloop",
    "render": "weergave",
    # preflight/checks.py
    "its MediaBox is not four numbers": "de MediaBox is geen vier getallen",
    "{box} is not four numbers": "{box} is geen vier getallen",
    "no TrimBox (a print shop places the page by it)": "geen TrimBox (daarmee plaatst de drukkerij de pagina)",
    "no BleedBox": "geen BleedBox",
    "TrimBox is not inside the BleedBox": "de TrimBox ligt niet binnen de BleedBox",
    "BleedBox is not inside the MediaBox": "de BleedBox ligt niet binnen de MediaBox",
    "bleed is {mm:.1f} mm on the narrowest side; at least {least:g} mm is needed":
        "de afloop is {mm:.1f} mm aan de smalste kant; er is minstens {least:g} mm nodig",
    "font {font} is not embedded": "lettertype {font} is niet ingesloten",
    "RGB is used by {sources}; the file must be CMYK": "RGB wordt gebruikt door {sources}; het bestand moet CMYK zijn",
    "colour operator {name}": "kleuroperator {name}",
    "colour space {name}": "kleurruimte {name}",
    "image {name}": "afbeelding {name}",
    "image {name} is {ppi:.0f} ppi where it is placed (at least {least} wanted)":
        "afbeelding {name} is {ppi:.0f} ppi zoals hij geplaatst is (minstens {least} gewenst)",
    "a line of width 0 (the thinnest the device can draw)": "een lijn met dikte 0 (de dunste die het apparaat tekent)",
    "a line of {width:.2f} pt": "een lijn van {width:.2f} pt",
    "{what} is drawn; lines under {least:g} pt may not print":
        "er staat {what}; lijnen dunner dan {least:g} pt komen misschien niet op papier",
    # preflight/shop.py
    "left": "linkerkant",
    "bottom": "onderkant",
    "right": "rechterkant",
    "top": "bovenkant",
    "{sides} and {last}": "{sides} en {last}",
    "PDFium cannot open the file to check text and bleed ({error})":
        "PDFium kan het bestand niet openen om tekst en afloop te controleren ({error})",
    "PDFium cannot draw the page to check text and bleed ({error})":
        "PDFium kan de pagina niet tekenen om tekst en afloop te controleren ({error})",
    "outside the trim": "buiten de snijlijn",
    "{mm:.1f} mm from the trim": "{mm:.1f} mm van de snijlijn",
    "text {where} ('{text}', at the {sides} edge); keep text at least {margin:g} mm inside the trim":
        "tekst {where} ('{text}', aan de {sides}); houd tekst minstens {margin:g} mm binnen de snijlijn",
    "the artwork stops at the trim on the {sides} sides (white where the bleed should be, over {mm:.0f} mm); "
    "backgrounds and pictures that touch the trim must run on to the bleed box":
        "het ontwerp stopt bij de snijlijn aan de {sides} (wit waar de afloop hoort, over {mm:.0f} mm); "
        "achtergronden en afbeeldingen die de snijlijn raken, moeten doorlopen tot de rand van de afloop",
    "the artwork stops at the trim on the {sides} side (white where the bleed should be, over {mm:.0f} mm); "
    "backgrounds and pictures that touch the trim must run on to the bleed box":
        "het ontwerp stopt bij de snijlijn aan de {sides} (wit waar de afloop hoort, over {mm:.0f} mm); "
        "achtergronden en afbeeldingen die de snijlijn raken, moeten doorlopen tot de rand van de afloop",
    "{fields} and {n} more": "{fields} en nog {n}",
    "form fields {fields} use font {font}, which is not embedded (the printer substitutes its own)":
        "formuliervelden {fields} gebruiken lettertype {font}, dat niet is ingesloten (de printer neemt dan een "
        "eigen lettertype)",
    "form field {fields} uses font {font}, which is not embedded (the printer substitutes its own)":
        "formulierveld {fields} gebruikt lettertype {font}, dat niet is ingesloten (de printer neemt dan een eigen "
        "lettertype)",
    # preflight/guard.py, sandbox.py, walk.py: a file that cannot be checked
    "took longer than {seconds:g} s to check; preflight gives up after {seconds:g} s per file":
        "controleren duurde langer dan {seconds:g} s; preflight stopt na {seconds:g} s per bestand",
    "needs more than {size} of memory to check; preflight gave up":
        "heeft meer dan {size} geheugen nodig om te controleren; preflight is gestopt",
    "is not a regular file ({kind}); preflight reads only PDF files":
        "is geen gewoon bestand ({kind}); preflight leest alleen PDF-bestanden",
    "is encrypted with a password; preflight cannot check it (save a copy without a password)":
        "is beveiligd met een wachtwoord; preflight kan het niet controleren (bewaar een kopie zonder wachtwoord)",
    "is damaged or truncated: qpdf could read it only by repairing it ({first}{more}); export or download it again":
        "is beschadigd of onvolledig: qpdf kon het alleen lezen door het te herstellen ({first}{more}); exporteer "
        "of download het opnieuw",
    ", and {n} more problems": ", en nog {n} problemen",
    ", and 1 more problem": ", en nog 1 probleem",
    "has {n:,} objects; preflight reads at most {most:,}":
        "heeft {n:,} objecten; preflight leest er hoogstens {most:,}",
    "object {number} {generation} R is a stream that decodes to more than {size}; preflight decodes at most {size} "
    "per stream (a decompression bomb?)":
        "object {number} {generation} R is een stream die uitgepakt groter is dan {size}; preflight pakt hoogstens "
        "{size} per stream uit (een decompressiebom?)",
    "its streams decode to more than {size} together; preflight decodes at most {size} per file":
        "de streams zijn uitgepakt samen groter dan {size}; preflight pakt hoogstens {size} per bestand uit",
    "has no page tree (its catalog has no /Pages dictionary)":
        "heeft geen paginaboom (de catalogus heeft geen /Pages-woordenboek)",
    "its page tree lists more than {most:,} pages; preflight checks at most {most:,}":
        "de paginaboom noemt meer dan {most:,} pagina's; preflight controleert er hoogstens {most:,}",
    "its page tree is nested more than {most} levels deep; preflight follows at most {most}":
        "de paginaboom is meer dan {most} niveaus diep genest; preflight volgt er hoogstens {most}",
    "its page tree contains a loop (object {number} {generation} R is reached twice)":
        "de paginaboom bevat een lus (object {number} {generation} R komt twee keer voor)",
    "made the PDF reader crash ({signal}); the file is probably malformed":
        "liet de PDF-lezer vastlopen ({signal}); het bestand is waarschijnlijk niet goed opgebouwd",
    "cannot be checked: the check ended without a result (out of memory?)":
        "is niet te controleren: de controle stopte zonder uitkomst (geheugen op?)",
    "signal {number}": "signaal {number}",
    "page {page}: places images more than {most:,} times (counting those inside forms); preflight follows at "
    "most {most:,}":
        "pagina {page}: plaatst meer dan {most:,} keer een afbeelding (die in form XObjects meegeteld); preflight "
        "volgt er hoogstens {most:,}",
    "page {page}: form XObjects are nested more than {most} levels deep; preflight follows at most {most}":
        "pagina {page}: form XObjects zijn meer dan {most} niveaus diep genest; preflight volgt er hoogstens {most}",
}
