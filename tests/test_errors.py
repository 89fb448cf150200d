"""Bad input: one fixture per scenario under fixtures/invalid/, its expected messages in expected.txt.

Each must give exactly those located messages (file:line:col: field: what is wrong),
exit with status 2, print no traceback, and leave no output behind, for both
`cardgen check` and `cardgen build`.
"""
import hashlib

import pytest

from .conftest import FIXTURES, copy_fixture, run_cli
from .yamledit import edit_yaml, swap

SCENARIOS = sorted(p.name for p in (FIXTURES / "invalid").iterdir() if p.is_dir())


def test_the_scenarios_are_there():
    assert {"bad-yaml-syntax", "unknown-key", "unknown-category", "missing-image", "text-too-long",
            "word-too-wide", "template-cycle", "image-outside-pack"} <= set(SCENARIOS)


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("command", ["check", "build"])
def test_bad_input_is_reported_located_and_nothing_is_written(scenario, command, tmp_path):
    work = copy_fixture(f"invalid/{scenario}", tmp_path)
    expected = (work / "expected.txt").read_text(encoding="utf-8").splitlines()
    before = sorted(p.relative_to(work) for p in work.rglob("*"))
    args = ["check", "content"] if command == "check" else ["build", "content", "-o", "out"]
    result = run_cli(*args, cwd=work)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == expected
    for line in expected[:-1]:
        assert line.startswith("content/") or line.startswith("templates/")
    assert sorted(p.relative_to(work) for p in work.rglob("*")) == before  # no output, no temp folder


def test_failed_build_leaves_the_previous_output_untouched(tmp_path):
    work = copy_fixture("valid/sample", tmp_path)
    assert run_cli("build", "content", "-o", "out", cwd=work).returncode == 0
    digest = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (work / "out").rglob("*") if p.is_file()}
    with edit_yaml(work / "content" / "decks" / "sample.yaml") as deck:
        swap(deck["cards"][1], "category", "blauw", "groen")
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 2
    assert "cards[1].category: 'groen' is not a category of this deck (known: rood, blauw)" in result.stderr
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (work / "out").rglob("*") if p.is_file()}
    assert after == digest
    assert [p.name for p in work.iterdir() if p.name.startswith(".")] == []


def test_missing_pack_folder(tmp_path):
    result = run_cli("check", "nergens", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == "nergens: is not a folder (give the content pack folder, e.g. content/)"
