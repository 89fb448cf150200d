"""`cardgen init`: a fresh pack that builds, a copy of the default pack, never an overwrite, and the
editor hookup (JSON Schemas chosen by `.vscode/settings.json`) checked with the jsonschema library."""
from __future__ import annotations

import fnmatch
import json
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader
from referencing import Registry, Resource

from ..conftest import ROOT, run_cli
from ..pdfread import read_pages
from ..yamledit import read_yaml, write_yaml

MM = 72 / 25.4


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built_pack(tmp_path_factory) -> Path:
    """`cardgen init mijn-pack && cd mijn-pack && cardgen build`, as the README says."""
    home = tmp_path_factory.mktemp("fresh")
    made = run_cli("init", "mijn-pack", cwd=home)
    assert made.returncode == 0, made.stderr
    built = run_cli("build", cwd=home / "mijn-pack")
    assert built.returncode == 0, built.stderr
    return home / "mijn-pack"


def test_init_then_build_makes_every_kind_of_pdf(built_pack):
    out = built_pack / "output"
    deck = read_yaml(built_pack / "content/decks/mijn-kaarten.yaml")
    cards = sum(card.get("copies", 1) for card in deck["cards"])
    # one page per face in the print file, front and back of each card
    assert len(PdfReader(out / "decks/mijn-kaarten-print.pdf").pages) == 2 * cards
    for pdf in ("decks/mijn-kaarten-sheets.pdf", "methods/mijn-methode-a4.pdf", "agendas/mijn-sessie.pdf",
                "forms/mijn-formulier.pdf", "forms/mijn-formulier-invulbaar.pdf"):
        assert len(PdfReader(out / pdf).pages) >= 1, pdf
    # the brand file of the pack is the author of every PDF
    brand = read_yaml(built_pack / "content/brand.yaml")
    assert PdfReader(out / "agendas/mijn-sessie.pdf").metadata.author == brand["name"]


def test_the_packs_own_template_extends_the_built_in_card(built_pack):
    """templates/mijn-kaart.yaml sets the question to 13 pt at most, left-aligned (the built-in grows to 18 pt,
    centred)."""
    page = read_pages(built_pack / "output/decks/mijn-kaarten-print.pdf", fonts=True)[0]
    chars = [c for c in page.chars if c["size"] > 10]
    assert chars and {round(c["size"], 2) for c in chars} == {13.0}
    lines: dict[float, float] = {}
    for c in chars:
        lines[round(c["top"])] = min(lines.get(round(c["top"]), 1e9), c["x0"])
    assert len(lines) >= 2 and max(lines.values()) - min(lines.values()) < 0.5  # every line starts at one x


def test_init_refuses_an_existing_pack_and_writes_nothing(tmp_path):
    assert run_cli("init", "p", cwd=tmp_path).returncode == 0
    (tmp_path / "p/content/decks/mijn-kaarten.yaml").write_text("deck: eigen-werk\n", encoding="utf-8")
    before = _tree(tmp_path)
    again = run_cli("init", "p", cwd=tmp_path)
    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert again.stderr.splitlines()[0].startswith("p: already holds a pack (content")
    assert again.stdout == "" and _tree(tmp_path) == before
    assert run_cli("init", "p", "--from-default", cwd=tmp_path).returncode == 2
    assert _tree(tmp_path) == before


def test_init_in_an_empty_folder_and_the_files_it_lists(tmp_path):
    (tmp_path / "leeg").mkdir()
    made = run_cli("init", cwd=tmp_path / "leeg")
    assert made.returncode == 0, made.stderr
    listed = sorted(Path(line).as_posix() for line in made.stdout.splitlines())
    assert listed == sorted(_tree(tmp_path / "leeg"))


def test_from_default_copies_the_whole_default_pack(tmp_path):
    made = run_cli("init", "alles", "--from-default", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    for folder in ("content", "templates"):
        original = _tree(ROOT / folder)
        copied = {k: v for k, v in _tree(tmp_path / "alles" / folder).items() if k != "brand.yaml"}
        assert copied == original, folder
    checked = run_cli("check", cwd=tmp_path / "alles")
    assert checked.returncode == 0, checked.stderr
    items = sum(1 for p in (ROOT / "content").rglob("*.yaml"))
    assert checked.stdout.splitlines()[-1] == f"ok: {items} items valid, all text fits"


# --- the editor hookup ------------------------------------------------------------------------------

def _validators(pack: Path):
    """For each file: the validator VS Code's YAML extension would use, chosen by the settings' globs."""
    settings = json.loads((pack / ".vscode/settings.json").read_text(encoding="utf-8"))
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (pack / "schemas").glob("*.json")}
    registry = Registry().with_resources((name, Resource.from_contents(s)) for name, s in schemas.items())

    def for_file(relative: str):
        for schema_path, globs in settings["yaml.schemas"].items():
            if any(fnmatch.fnmatch(relative, g) or fnmatch.fnmatch(relative, g.replace("**/", ""))
                   for g in globs):
                schema = schemas[Path(schema_path).name]
                return jsonschema.Draft202012Validator(schema, registry=registry)
        return None
    return for_file


@pytest.fixture(scope="module")
def editor_pack(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("editor")
    assert run_cli("init", "p", cwd=home).returncode == 0
    return home / "p"


def test_every_file_of_the_new_pack_and_of_the_default_pack_passes_its_schema(editor_pack):
    validator_for = _validators(editor_pack)
    files = [(editor_pack, p) for p in sorted(editor_pack.rglob("*.yaml"))]
    files += [(ROOT, p) for p in sorted((ROOT / "content").rglob("*.yaml"))]
    files += [(ROOT, p) for p in sorted((ROOT / "templates").glob("*.yaml"))]
    checked = 0
    for root, path in files:
        relative = path.relative_to(root).as_posix()
        validator = validator_for(relative)
        assert validator is not None, f"no schema for {relative}"
        errors = [f"{'.'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in validator.iter_errors(read_yaml(path))]  # libyaml, as cardgen reads it
        assert not errors, (relative, errors)
        checked += 1
    assert checked > 40


@pytest.mark.parametrize("change, where", [
    (("categories", "gevoel", "icon", "oogje"), "icon"),          # icons are a closed list
    (("categories", "gevoel", "color", "rood"), "color"),          # colours: #RRGGBB, cmyk(), brand tokens
    (("card_size", None, None, "reuze"), "card_size"),             # card sizes: names or W x H
    (("cards", 0, "copies", 0), "copies"),                         # ranges: copies 1–100
    (("kaarten", None, None, []), "kaarten"),                      # unknown keys
])
def test_the_schema_catches_what_cardgen_would_refuse(editor_pack, change, where):
    validator = _validators(editor_pack)("content/decks/mijn-kaarten.yaml")
    data = read_yaml(editor_pack / "content/decks/mijn-kaarten.yaml")
    a, b, c, value = change
    if b is None:
        data[a] = value
    else:
        data[a][b][c] = value
    errors = list(validator.iter_errors(data))
    assert errors and any(where in (list(e.absolute_path) + [e.message]).__str__() for e in errors)
    # and cardgen itself refuses the same file
    bad = editor_pack.parent / f"bad-{where}"
    if not bad.exists():
        import shutil
        shutil.copytree(editor_pack, bad)
    write_yaml(bad / "content/decks/mijn-kaarten.yaml", data)
    assert run_cli("check", cwd=bad).returncode == 2


def test_the_schemas_offer_the_choices_while_typing(editor_pack):
    """Completion comes from `enum`: icons, card sizes, paper, brand colours."""
    def enums(node) -> set[str]:
        found = set()
        if isinstance(node, dict):
            found.update(v for v in node.get("enum", []) if isinstance(v, str))
            for value in node.values():
                found |= enums(value)
        elif isinstance(node, list):
            for value in node:
                found |= enums(value)
        return found
    deck = json.loads((editor_pack / "schemas/deck.schema.json").read_text(encoding="utf-8"))
    assert {"hart", "oog", "ster", "pijl", "vraag", "lamp", "mensen", "kompas", "blad", "sleutel", "check",
            "klok"} <= enums(deck)
    assert {"poker", "bridge", "tarot", "a7", "a6", "square", "brand.primary"} <= enums(deck)
    sheet = json.loads((editor_pack / "schemas/sheet-template.schema.json").read_text(encoding="utf-8"))
    assert {"A4", "A3", "A5", "Letter"} <= enums(sheet)
    settings = json.loads((editor_pack / ".vscode/settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"]["./schemas/deck.schema.json"][0] == "content/decks/**/*.yaml"
