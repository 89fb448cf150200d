"""Incremental builds: a rebuild writes exactly the files of the items whose inputs changed, and what it
keeps is byte for byte what a full build makes. Each kind of input is changed in turn: a card, a template
two levels up the `extends` chain, a deck's picture, a method an agenda follows, a guide, the brand, a
brand font, and an output file edited by hand. The expected sets follow from which item reads what."""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
import reportlab

from .conftest import copy_fixture, run_cli, shared
from .yamledit import edit_yaml, swap

A = {"decks/a-print.pdf", "decks/a-sheets.pdf"}
B = {"decks/b-print.pdf", "decks/b-sheets.pdf"}
METHOD = {"methods/intercollegiale-bevraging-a4.pdf", "methods/intercollegiale-bevraging-a5.pdf"}
AGENDA = {"agendas/volgt.pdf"}
GUIDE = {"guides/kringen.pdf"}
ALL = A | B | METHOD | AGENDA | GUIDE
FONTS = Path(reportlab.__file__).parent / "fonts"


def written(*args: str, cwd: Path) -> set[str]:
    """The files `cardgen build` says it wrote."""
    result = run_cli("build", "content", "-o", "out", *args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return {m.group(1) for m in re.finditer(r"out/(\S+\.pdf)", result.stdout)}


def digests(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*.pdf"))}


@pytest.fixture
def pack(tmp_path, tmp_path_factory) -> Path:
    """The cache pack (with the brand's fonts) built once into out/, for this run (`shared`); each test gets
    its own copy, moved to tmp_path: a moved project keeps its cache (test_a_moved_project_…)."""
    def make(folder: Path) -> None:
        work = copy_fixture("valid/cache", folder)
        for font in ("Vera.ttf", "VeraBd.ttf"):
            shutil.copy(FONTS / font, work / "content" / font)
        assert written(cwd=work) == ALL

    return Path(shutil.copytree(shared(tmp_path_factory, "cache-built", make) / "cache", tmp_path / "cache"))


def test_nothing_changed_writes_nothing_and_the_manifest_still_lists_every_file(pack):
    before = digests(pack / "out")
    result = run_cli("build", "content", "-o", "out", cwd=pack)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("nothing changed since the last build into out: 5 items kept as they are "
                             "(--force builds them again)\n")  # two decks, a method, an agenda, a guide
    assert digests(pack / "out") == before
    manifest = json.loads((pack / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert {e["path"] for e in manifest["files"]} == ALL
    assert written("--force", cwd=pack) == ALL


def test_a_moved_project_built_from_another_folder_keeps_its_cache(pack, tmp_path):
    """Files are known by their place in the pack, not on the disk: moving the project (its brand fonts,
    pictures and templates with it), then building from the folder above, rebuilds nothing."""
    moved = tmp_path / "elders" / "project"
    shutil.move(pack, moved)
    result = run_cli("build", "project/content", "-o", "project/out", cwd=moved.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("nothing changed since the last build into project/out: 5 items kept as they are "
                             "(--force builds them again)\n")
    with edit_yaml(moved / "content/decks/b.yaml") as deck:
        deck["title"] += " (verplaatst)"
    again = run_cli("build", "project/content", "-o", "project/out", cwd=moved.parent)
    assert {m.group(1) for m in re.finditer(r"out/(\S+\.pdf)", again.stdout)} == B


def test_each_input_rebuilds_exactly_the_items_that_read_it(pack):
    content = pack / "content"
    with edit_yaml(content / "decks" / "a.yaml") as deck:
        deck["cards"][0]["text"] = "Wat merkte je bij jezelf op, toen het gebeurde?"
    assert written(cwd=pack) == A

    template = content / "templates" / "basis.yaml"  # midden extends basis; deck b names midden
    b_before = digests(pack / "out")["decks/b-sheets.pdf"]
    with edit_yaml(template) as data:
        swap(data["styles"]["question"], "color", "brand.text", "#8A1C4A")
    assert written(cwd=pack) == B
    assert digests(pack / "out")["decks/b-sheets.pdf"] != b_before

    from PIL import Image

    Image.new("RGB", (300, 120), "#3B5BA5").save(content / "beelden" / "a-logo.png")  # deck a's own logo
    assert written(cwd=pack) == A

    with edit_yaml(content / "methods" / "intercollegiale-bevraging.yaml") as method:
        method["steps"][0]["what"] = method["steps"][0]["what"] + " Kort."
    assert written(cwd=pack) == METHOD | AGENDA  # the agenda follows the method's steps

    with edit_yaml(content / "guides" / "kringen.yaml") as guide:
        guide["title"] = "Kringen en cycli"
    assert written(cwd=pack) == GUIDE

    with edit_yaml(content / "brand.yaml") as brand:
        swap(brand["colors"], "primary", "#006E5A", "#0B4F6C")
    assert written(cwd=pack) == ALL

    shutil.copy(FONTS / "VeraBI.ttf", content / "VeraBd.ttf")  # another bold face under the same name
    assert written(cwd=pack) == ALL

    (pack / "out" / "decks" / "b-print.pdf").write_bytes(b"%PDF-1.4 edited by hand")
    assert written(cwd=pack) == B

    # whatever was kept is what a full build of the same inputs makes
    result = run_cli("build", "content", "-o", "fresh", "--force", cwd=pack)
    assert result.returncode == 0, result.stderr
    assert digests(pack / "out") == digests(pack / "fresh")


def test_a_new_content_file_rebuilds_everything(pack):
    """Ids are checked across files, so the cache does not guess: a file added to the pack rebuilds all."""
    shutil.copy(pack / "content" / "decks" / "b.yaml", pack / "content" / "decks" / "c.yaml")
    with edit_yaml(pack / "content" / "decks" / "c.yaml") as deck:
        swap(deck, "deck", "b", "c")
    assert written(cwd=pack) == ALL | {"decks/c-print.pdf", "decks/c-sheets.pdf"}


def test_a_build_of_some_items_keeps_what_the_cache_knows_of_the_others(pack):
    """--only builds deck a alone; the next full build still finds everything else unchanged."""
    with edit_yaml(pack / "content" / "decks" / "a.yaml") as deck:
        deck["cards"][1]["text"] = "Wat doe je morgen anders?"
    result = run_cli("build", "content", "-o", "out", "--only", "a", cwd=pack)
    assert result.returncode == 0, result.stderr
    assert written(cwd=pack) == set()


@pytest.mark.parametrize("cache", [
    "not json", "[]", '{"version": "0", "items": {}}', '{"items": {"deck:a": 5}}',
    None,  # filled in below: the real cache with its entries' paths pointed outside the output folder
])
def test_a_damaged_or_hostile_cache_rebuilds_and_never_serves_a_file_outside(pack, cache):
    path = pack / "out" / ".cardgen-cache.json"
    if cache is None:
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data["items"].values():
            for f in entry["files"]:
                f["path"] = "../content/decks/" + f["path"]
        cache = json.dumps(data)
    path.write_text(cache, encoding="utf-8")
    assert written(cwd=pack) == ALL
    manifest = json.loads((pack / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert {e["path"] for e in manifest["files"]} == ALL


def test_cardgen_changed_in_place_rebuilds_everything(pack, monkeypatch):
    """A checkout whose code changed without a new version number (the digest of cardgen's own files
    differs) must not serve what the old code drew."""
    import cardgen.cache

    monkeypatch.setattr(cardgen.cache, "_own_code", lambda: "another cardgen")
    assert written(cwd=pack) == ALL
    assert written(cwd=pack) == set()


def test_a_drawing_library_upgraded_rebuilds_everything(pack, monkeypatch):
    """reportlab (or pikepdf, pillow, …) of another version may draw other bytes: nothing is served."""
    import cardgen.cache

    assert written(cwd=pack) == set()
    versions = [v.replace("reportlab ", "reportlab 0.") for v in cardgen.cache._libraries()]
    monkeypatch.setattr(cardgen.cache, "_libraries", lambda: versions)
    assert written(cwd=pack) == ALL
