"""The build as a user runs it: manifest, --deck, check, reproducibility, the default pack."""
import hashlib
import json
import shutil

import pikepdf
import pytest

from .conftest import ROOT, copy_fixture, run_cli
from .yamledit import read_yaml, swap, write_yaml


def test_manifest_lists_every_file_with_its_hash_and_pages(sample_build):
    manifest = json.loads((sample_build / "manifest.json").read_text(encoding="utf-8"))
    entries = {(e["kind"], e["id"]): e for e in manifest["files"]}
    assert set(entries) == {("deck-sheets", "sample"), ("deck-print", "sample")}
    for entry in manifest["files"]:
        path = sample_build / entry["path"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
        with pikepdf.open(path) as pdf:
            assert len(pdf.pages) == entry["pages"]


def test_same_input_same_bytes(tmp_path):
    work = copy_fixture("valid/sample", tmp_path)
    for out in ("a", "b"):
        assert run_cli("build", "content", "-o", out, cwd=work).returncode == 0
    files = sorted(p.relative_to(work / "a") for p in (work / "a").rglob("*") if p.is_file())
    assert len(files) == 4  # the sheets, the print file, the manifest and the build cache
    for rel in files:
        assert (work / "a" / rel).read_bytes() == (work / "b" / rel).read_bytes(), rel


def test_dates_follow_source_date_epoch(tmp_path):
    work = copy_fixture("valid/sample", tmp_path)
    assert run_cli("build", "content", "-o", "out", cwd=work, epoch="1796083200").returncode == 0  # 2026-12-01
    with pikepdf.open(work / "out" / "decks" / "sample-print.pdf") as pdf:
        assert str(pdf.docinfo["/CreationDate"]).startswith("D:20261201")
        assert str(pdf.docinfo["/Creator"]).startswith("cardgen")


def test_deck_option_builds_only_that_deck_and_keeps_the_rest(tmp_path):
    work = copy_fixture("valid/sample", tmp_path)
    decks = work / "content" / "decks"
    deck = read_yaml(decks / "sample.yaml")
    swap(deck, "deck", "sample", "tweede")
    write_yaml(decks / "tweede.yaml", deck)
    result = run_cli("build", "content", "-o", "out", "--deck", "tweede", cwd=work)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (work / "out" / "decks").iterdir()) == ["tweede-print.pdf", "tweede-sheets.pdf"]
    assert run_cli("build", "content", "-o", "out", "--deck", "sample", cwd=work).returncode == 0
    manifest = json.loads((work / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert sorted({e["id"] for e in manifest["files"]}) == ["sample", "tweede"]
    unknown = run_cli("build", "content", "-o", "out", "--deck", "derde", cwd=work)
    assert unknown.returncode == 2 and "no item with id 'derde' (known: sample, tweede)" in unknown.stderr


def test_check_writes_nothing_and_reports_what_it_checked(tmp_path):
    work = copy_fixture("valid/sample", tmp_path)
    before = sorted(work.rglob("*"))
    result = run_cli("check", "content", cwd=work)
    assert result.returncode == 0, result.stderr
    assert "sample" in result.stdout and "4 cards" in result.stdout and "all text fits" in result.stdout
    assert sorted(work.rglob("*")) == before


def test_default_pack_builds(default_build):
    manifest = json.loads((default_build / "manifest.json").read_text(encoding="utf-8"))
    kinds = {(e["kind"], e["id"]) for e in manifest["files"]}
    for deck in ("reflectiekaarten", "helpende-vragen"):
        assert ("deck-sheets", deck) in kinds and ("deck-print", deck) in kinds


def test_json_schema_for_editors(tmp_path):
    result = run_cli("schema", "deck", cwd=tmp_path)
    schema = json.loads(result.stdout)
    card = schema["$defs"]["Card"]
    assert card["additionalProperties"] is False
    assert "copies" in card["properties"] and "How many copies" in card["properties"]["copies"]["description"]


def test_readme_commands_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "make build" in readme and "make test" in readme
    assert "\nbuild:" in makefile and "\ntest:" in makefile
    assert shutil.which("make") is not None


@pytest.mark.parametrize("kind", ["method", "guide", "agenda", "form", "certificate", "brand", "guide-template",
                                  "cheatsheet-template", "form-template", "print-template"])
def test_json_schema_for_every_content_and_template_kind(kind, tmp_path):
    result = run_cli("schema", kind, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    schema = json.loads(result.stdout)
    assert schema["additionalProperties"] is False  # unknown keys are errors in editors too
    for name, part in [(kind, schema)] + list(schema.get("$defs", {}).items()):
        if "properties" in part:  # a docstring per field, nested models included
            assert all(p.get("description") for p in part["properties"].values()), name


def test_only_selects_a_document_by_its_id(tmp_path):
    out = tmp_path / "out"
    result = run_cli("build", str(ROOT / "content"), "-o", str(out), "--only", "voorbereiding", "--only",
                     "facilitator", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    built = sorted(str(p.relative_to(out)) for p in out.rglob("*.pdf"))
    assert built == ["forms/voorbereiding-invulbaar.pdf", "forms/voorbereiding.pdf", "guides/facilitator.pdf"]
