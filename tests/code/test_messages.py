"""What cardgen says follows the pack's language: every message template in the code has its Dutch
translation with the same placeholders, no translation is left without its template, and every error a
bad-input fixture gives is said in Dutch as well as in English."""
from __future__ import annotations

import ast
import pickle
import string
from pathlib import Path

import pytest

from cardgen.messages import Msg, msg, say
from cardgen.messages.nl import NL

from ..conftest import FIXTURES, ROOT, copy_fixture, run_cli
from ..yamledit import write_yaml

PACKAGE = ROOT / "cardgen"
SCENARIOS = sorted(p.name for p in (FIXTURES / "invalid").iterdir() if p.is_dir())


def _calls() -> list[tuple[str, int, ast.AST]]:
    """(file, line, first argument) of every `msg(...)` call in cardgen/."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "msg" \
                    and node.args:
                found.append((str(path.relative_to(ROOT)), node.lineno, node.args[0]))
    return found


def _fields(template: str) -> list[tuple[str, str, str | None]]:
    return sorted((name, spec, conv) for _, name, spec, conv in string.Formatter().parse(template) if name is not None)


def _only_placeholders(template: str) -> bool:
    return not any(c.isalpha() for text, *_ in string.Formatter().parse(template) for c in text)


CALLS = _calls()
TEMPLATES = {node.value for _, _, node in CALLS if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_every_template_is_a_literal():
    loose = [f"{file}:{line}" for file, line, node in CALLS
             if not (isinstance(node, ast.Constant) and isinstance(node.value, str))]
    assert len(CALLS) > 100 and loose == []


def test_every_template_has_its_dutch_with_the_same_placeholders():
    missing = sorted(t for t in TEMPLATES if t not in NL and not _only_placeholders(t))
    assert missing == []
    unlike = sorted(t for t in TEMPLATES if t in NL and _fields(t) != _fields(NL[t]))
    assert unlike == []


def test_no_translation_is_left_without_its_template():
    assert sorted(set(NL) - TEMPLATES) == []


def test_a_message_is_its_english_text_and_says_its_parts_in_dutch():
    inner = msg("does not fit")
    outer = msg("{what} {how} even at the floor size {floor:g} pt", what="box 'tekst'", how=inner, floor=8.0)
    assert outer == "box 'tekst' does not fit even at the floor size 8 pt"
    assert say(outer, "nl") == "box 'tekst' past niet, ook op de kleinste grootte 8 pt"
    again = pickle.loads(pickle.dumps(outer))  # as the build's process pool sends it back
    assert isinstance(again, Msg) and say(again, "nl") == say(outer, "nl")
    assert say("plain text", "nl") == "plain text"
    assert say(msg("runs over by {mm:.1f} mm", mm=15.44), "nl") == "loopt 15,4 mm over"  # Dutch numbers
    assert msg("{n:,} cards", n=10000) == "10,000 cards"


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_each_bad_input_is_said_in_dutch_too(scenario, tmp_path, monkeypatch):
    work = copy_fixture(f"invalid/{scenario}", tmp_path)
    english = run_cli("check", "content", cwd=work).stderr.splitlines()
    monkeypatch.delenv("CARDGEN_MESSAGES")
    dutch = run_cli("check", "content", cwd=work).stderr.splitlines()
    assert len(dutch) == len(english) > 1
    assert [line for line, theirs in zip(dutch, english) if line == theirs] == []
    n = len(english) - 1
    assert dutch[-1] == ("1 fout, niets geschreven" if n == 1 else f"{n} fouten, niets geschreven")


def test_the_language_comes_from_lang_then_the_brand_then_dutch(tmp_path, monkeypatch):
    monkeypatch.delenv("CARDGEN_MESSAGES")
    work = copy_fixture("invalid/text-too-long", tmp_path)
    line = "loopt 15,4 mm over, ook op de kleinste grootte 8 pt"  # a decimal comma
    assert line in run_cli("check", "content", cwd=work).stderr  # no brand: Dutch
    assert "runs over by 15.4 mm even at the floor size 8 pt" in run_cli("check", "content", "--lang", "en",
                                                                          cwd=work).stderr
    write_yaml(work / "content/brand.yaml", {"brand": "test", "name": "Test", "language": "en"})
    said = run_cli("check", "content", cwd=work).stderr
    assert "runs over by 15.4 mm" in said and said.endswith("1 error, nothing written\n")
    assert line in run_cli("check", "content", "--lang", "nl", cwd=work).stderr
