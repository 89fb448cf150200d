"""The default content pack: the decks and documents of the inventory exist, are complete, credit their
source and follow Dutch typography; no printed page names the tool; the items of issue 16 (the guide
Wat is intervisie, the startpakket with its first-meeting agenda and rooster) build, are in the manifest
and the bundle, and say what they should."""
import re

import pytest

from .conftest import ROOT
from .yamledit import read_yaml

CONTENT = ROOT / "content"

# The inventory of the content pack, in one place: deck id -> {category: least number of cards}.
DECKS = {
    "reflectiekaarten": {"instructie": 1, "emotie": 6, "perspectief": 6, "leiderschap": 6, "scenario": 6,
                         "toekomst": 6},
    "helpende-vragen": {"uitleg": 1, "verhelderend": 5, "perspectief": 5, "gevoel": 5, "reflectie": 5,
                        "oplossing": 5, "groep": 5, "afsluiting": 5},
    "rolkaarten": {"uitleg": 1, "casusinbrenger": 5, "facilitator": 5, "vragensteller": 5, "reflector": 5,
                   "notulist": 4},
    "werkvraag-vinden": {"test": 12, "werkvraag": 4, "voorbeeld": 2},
    "valkuilen-en-succesfactoren": {"uitleg": 1, "valkuil": 9, "succes": 4},
    "check-in-en-thema-s": {"uitleg": 1, "check-in": 2, "check-out": 2, "thema": 5, "skj": 3, "start": 2},
    "methodekaarten": {"uitleg": 2, "basis": 5, "analyse": 3, "spiegel": 3, "creatief": 1},
    "vraagtechnieken": {"uitleg": 1, "open": 3, "verhelderend": 3, "doorvragen": 3, "spiegel": 3,
                        "confronterend": 3, "lsd": 3, "vermijden": 3},
    "voorbeeldcasussen": {"uitleg": 1, "onderwijs": 1, "zorg": 1, "jeugdzorg": 1, "sociaal-werk": 1,
                          "management": 1, "ict": 1},
}


def load(deck_id: str) -> dict:
    return read_yaml(CONTENT / "decks" / f"{deck_id}.yaml")


@pytest.mark.parametrize("deck_id", DECKS)
def test_deck_is_complete_and_credited(deck_id):
    deck = load(deck_id)
    assert deck["deck"] == deck_id and deck["bron"].strip()
    counts = {}
    for card in deck["cards"]:
        assert card["text"].strip()
        counts[card["category"]] = counts.get(card["category"], 0) + 1
    for category, least in DECKS[deck_id].items():
        assert counts.get(category, 0) >= least, (category, counts.get(category, 0))


def test_role_cards_have_their_responsibilities_on_the_back():
    deck = load("rolkaarten")
    roles = [c for c in deck["cards"] if c.get("back")]
    assert {c["category"] for c in roles} == set(DECKS["rolkaarten"])


def test_method_cards_list_the_steps_of_their_cheat_sheets():
    methods = {}
    for path in (CONTENT / "methods").glob("*.yaml"):
        data = read_yaml(path)
        methods[data["name"]] = [step["name"] for step in data["steps"]]
    cards = [c for c in load("methodekaarten")["cards"] if c.get("back")]
    assert {c["title"] for c in cards} == set(methods)  # one card per method, none missing
    for card in cards:
        lines = card["back"].replace("**", "").splitlines()[1:]  # step headings are marked bold
        names = [re.sub(r"^\d+\. ", "", line).split(" – ")[0] for line in lines]
        assert names == methods[card["title"]], card["title"]


def texts():
    for path in sorted(CONTENT.rglob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.lstrip().startswith("#"):
                yield path.relative_to(ROOT), number, line


@pytest.mark.parametrize("pattern, what", [
    (r"[A-Za-zë]'[a-z]", "a straight apostrophe inside a word (use ’)"),
    (r"\.\.\.", "three dots (use …)"),
    (r"\w - \w", "a hyphen used as a dash (use –)"),
    (r"\w  +\w", "a double space"),
    (r"\d-\d+ ?min", "a range with a hyphen (use 5–10 min)"),
])
def test_dutch_typography(pattern, what):
    bad = [f"{p}:{n}: {line.strip()}" for p, n, line in texts() if re.search(pattern, line)]
    assert not bad, f"{what}:\n" + "\n".join(bad)


# Documents of the inventory: kind -> ids.
DOCUMENTS = {
    "method": ["intercollegiale-bevraging", "basisintervisiemethode", "krachtenveldanalyse", "incidentenmethode",
               "vijf-stappenmethode", "roddelmethode", "spiegelmethode", "analytische-methode", "vierfasenmodel",
               "narratieve-intervisie", "visualisatie-en-creatieve-technieken", "sessie-opbouw"],
    "agenda": ["voorbeeldagenda", "intercollegiale-bevraging-45", "vier-uur-op-locatie", "online-drie-uur",
               "eerste-bijeenkomst"],
    "form": ["casusinbrengformulier", "reflectieformulier", "smart-actieplan", "zelf-intervisietest",
             "krachtenveldanalyse", "evaluatieformulier", "groepscontract", "voorbereiding"],
    "certificate": ["bewijs-van-deelname"],
    "guide": ["facilitator", "smart-actieplan", "leren-in-intervisie", "draaiboek-facilitator", "wat-is-intervisie"],
    "schedule": ["startpakket"],
}
MANIFEST_KINDS = {"method": ["cheatsheet"], "agenda": ["agenda"], "form": ["form-print", "form-fillable"],
                  "certificate": ["certificate"], "guide": ["guide"], "schedule": ["schedule"]}


def test_every_inventory_item_is_built(default_build):
    import json

    manifest = json.loads((default_build / "manifest.json").read_text(encoding="utf-8"))
    built = {(e["kind"], e["id"]) for e in manifest["files"] if e["pages"] > 0}
    for deck in DECKS:
        assert ("deck-sheets", deck) in built and ("deck-print", deck) in built, deck
    for kind, ids in DOCUMENTS.items():
        for item in ids:
            for manifest_kind in MANIFEST_KINDS[kind]:
                assert (manifest_kind, item) in built, (manifest_kind, item)


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_documents_credit_their_source(kind):
    folder = {"method": "methods", "agenda": "agendas", "form": "forms", "certificate": "certificates",
              "guide": "guides", "schedule": "schedules"}[kind]
    for item in DOCUMENTS[kind]:
        data = read_yaml(CONTENT / folder / f"{item}.yaml")
        assert data[kind] == item and data["bron"].strip()


def _pdf_texts(path) -> list[str]:
    """Each page's text as PDFium extracts it."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


def test_no_printed_page_names_the_tool(default_build):
    files = sorted(default_build.rglob("*.pdf"))
    assert len(files) > 40
    named = [f"{p.relative_to(default_build)} page {n}" for p in files
             for n, text in enumerate(_pdf_texts(p), start=1) if "cardgen" in text.lower()]
    assert not named, named


def test_wat_is_intervisie_takes_two_pages(default_build):
    import pikepdf

    path = default_build / "guides" / "wat-is-intervisie.pdf"
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 2
    first, second = (" ".join(t.split()) for t in _pdf_texts(path))
    assert "Wat intervisie niet is" in first and "Geen supervisie" in first and "pagina 1 van 2" in first
    # page 2: the group (4 to 8 members), conditions, the year, the begeleider who phases out
    for text in ("De groep samenstellen", "4 tot 8 vaste deelnemers", "Een externe begeleider bouwt af",
                 "zestal sessies", "pagina 2 van 2"):
        assert text in second, text


def test_the_first_meeting_agenda_and_its_handouts(tmp_path):
    from .conftest import run_cli

    result = run_cli("agenda", "eerste-bijeenkomst", str(CONTENT), "-o", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    times = [line for line in result.stdout.splitlines() if re.match(r"\d\d:\d\d–\d\d:\d\d ", line)]
    names = [re.split(r"\s{2,}", line)[2] for line in times]
    assert times[0].startswith("19:30–") and times[-1][6:11] == "21:30"  # two hours from 19:30
    assert names[:5] == ["Welkom en kennismaking", "Hoe gaan we werken?", "Verwachtingen", "Groepscontract",
                         "Rooster en data"]
    assert names[5] == "Probleeminbreng" and names[-1] == "Afsluiting"  # the method's steps, then the closing
    out = tmp_path / "out"
    for path in ("agendas/eerste-bijeenkomst.pdf", "forms/groepscontract.pdf", "schedules/startpakket.pdf",
                 "schedules/startpakket.ics", "guides/wat-is-intervisie.pdf",
                 "methods/intercollegiale-bevraging-a4.pdf"):
        assert (out / path).is_file(), path
    [text] = _pdf_texts(out / "agendas" / "eerste-bijeenkomst.pdf")
    assert "Welkom en kennismaking" in text and "Rooster en data" in text


def test_the_startpakket_rooster_and_calendar_agree(default_build):
    import datetime

    import icalendar
    import pdfplumber

    with pdfplumber.open(default_build / "schedules" / "startpakket.pdf") as pdf:
        rooster = pdf.pages[0].extract_tables()[0]
    schedule = read_yaml(CONTENT / "schedules" / "startpakket.yaml")
    members, rows = schedule["members"], rooster[1:]
    inbreng = [row[2] for row in rows]
    assert rooster[0][2] == "Casusinbrenger" and len(rows) == schedule["meetings"]
    assert sorted(inbreng[:len(members)]) == sorted(members)  # everyone brings in before anyone twice
    events = icalendar.Calendar.from_ical((default_build / "schedules" / "startpakket.ics").read_bytes()).walk("VEVENT")
    assert len(events) == schedule["meetings"]
    first = datetime.date.fromisoformat(schedule["first"])
    days = [e.decoded("DTSTART").date() for e in events]
    assert days == [first + datetime.timedelta(weeks=schedule["interval"] * i) for i in range(len(events))]
    for row, day, event in zip(rows, days, events):
        assert row[1].split()[1] == str(day.day)  # the PDF's date is the calendar's
        assert f"Casusinbrenger: {row[2]}" in str(event["DESCRIPTION"])


def test_the_bundle_holds_the_new_items(default_bundle):
    import pikepdf

    folder = default_bundle.parent
    for path in ("roosters/startpakket.pdf", "roosters/startpakket.ics", "handleidingen/wat-is-intervisie.pdf",
                 "agendas/eerste-bijeenkomst.pdf"):
        assert (folder / path).is_file(), path
    with pikepdf.open(folder / f"{folder.name}.pdf") as pdf, pdf.open_outline() as outline:
        sections = {item.title: [c.title for c in item.children] for item in outline.root}
    assert sections["Roosters"] == ["Intervisierooster 2026–2027 – Intervisiegroep Noord"]
    assert "Wat is intervisie – en wat niet" in sections["Handleidingen"]
    assert "Eerste bijeenkomst" in sections["Agenda’s"]
