"""The default content pack: the decks of the inventory exist, are complete, credit their source,
and follow Dutch typography. (Documents join this inventory when their content kinds exist.)"""
import re

import pytest
import yaml

from .conftest import ROOT

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
    "check-in-en-thema-s": {"uitleg": 1, "check-in": 2, "check-out": 2, "thema": 5, "skj": 3},
    "methodekaarten": {"uitleg": 2, "basis": 5, "analyse": 3, "spiegel": 3, "creatief": 1},
    "vraagtechnieken": {"uitleg": 1, "open": 3, "verhelderend": 3, "doorvragen": 3, "spiegel": 3,
                        "confronterend": 3, "lsd": 3, "vermijden": 3},
    "voorbeeldcasussen": {"uitleg": 1, "onderwijs": 1, "zorg": 1, "jeugdzorg": 1, "sociaal-werk": 1,
                          "management": 1, "ict": 1},
}


def load(deck_id: str) -> dict:
    return yaml.safe_load((CONTENT / "decks" / f"{deck_id}.yaml").read_text(encoding="utf-8"))


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
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        methods[data["name"]] = [step["name"] for step in data["steps"]]
    cards = [c for c in load("methodekaarten")["cards"] if c.get("back")]
    assert {c["title"] for c in cards} == set(methods)  # one card per method, none missing
    for card in cards:
        lines = card["back"].splitlines()[1:]
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
    "agenda": ["voorbeeldagenda", "intercollegiale-bevraging-45", "vier-uur-op-locatie", "online-drie-uur"],
    "form": ["casusinbrengformulier", "reflectieformulier", "smart-actieplan", "zelf-intervisietest",
             "krachtenveldanalyse", "evaluatieformulier", "groepscontract", "voorbereiding"],
    "certificate": ["bewijs-van-deelname"],
    "guide": ["facilitator", "smart-actieplan", "leren-in-intervisie", "draaiboek-facilitator"],
}
MANIFEST_KINDS = {"method": ["cheatsheet"], "agenda": ["agenda"], "form": ["form-print", "form-fillable"],
                  "certificate": ["certificate"], "guide": ["guide"]}


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
              "guide": "guides"}[kind]
    for item in DOCUMENTS[kind]:
        data = yaml.safe_load((CONTENT / folder / f"{item}.yaml").read_text(encoding="utf-8"))
        assert data[kind] == item and data["bron"].strip()
