"""Property: whatever a pack holds, cardgen answers with status 0 or 2, never a traceback, never a hang,
and never output when it says 2.

Hypothesis starts from a small valid pack (a deck with a logo and its own sheet and card templates, an
agenda, a form, a method, a brand) and mutates it: a value anywhere replaced by something hostile
(negative and percentage lengths, exponents, nulls, lists for text, paths out of the pack, unquoted
colours, characters no font has, very long text), keys removed or added, list items repeated, the YAML
text itself cut or garbled, the logo's bytes broken. Each case is built in-process under a deadline.

The seed is fixed (`derandomize`) and the count bounded so that CI runs the same cases in about 15 s;
`CARDGEN_PROPERTY_EXAMPLES=5000` runs more locally.
"""
from __future__ import annotations

import copy
import os
import shutil
import signal
from pathlib import Path

import pytest

from ..conftest import FIXTURES, run_cli
from ..yamledit import dump_yaml

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

EXAMPLES = int(os.environ.get("CARDGEN_PROPERTY_EXAMPLES", "100"))
SECONDS = 20  # per case; a case that takes longer is a hang (the limits keep every case far below this)
LOGO = (FIXTURES / "valid/sample/content/images/logo.png").read_bytes()

PACK = {
    "content/decks/d.yaml": {
        "deck": "d", "title": "Proefkaarten", "bron": "Testfixture", "logo": "images/logo.png",
        "template": "eigen-kaart", "sheet": "eigen-vel", "card_size": "poker",
        "categories": {"a": {"label": "Een", "color": "#B5452F", "icon": "hart"}, "b": {"label": "Twee"}},
        "cards": [{"category": "a", "text": "Hoe voelde je je?"},
                  {"category": "b", "text": "Wat deed je toen?", "title": "Titel", "back": "Achterkant", "copies": 2}],
    },
    "templates/eigen-kaart.yaml": {
        "template": "eigen-kaart", "kind": "card", "extends": "question-card", "safe_zone": "4mm",
        "styles": {"question": {"size": "11pt", "min_size": "8pt", "leading": 1.3}},
        "front": {"boxes": {"rule": {"stroke_width": "0.5pt", "radius": "1mm"}}},
    },
    "templates/eigen-vel.yaml": {
        "template": "eigen-vel", "kind": "sheet", "extends": "a4", "margin": "10mm", "gutter": "2mm",
        "back_offset": ["0.5mm", "-0.5mm"], "cut_mark_length": "5mm",
    },
    "content/agendas/a.yaml": {
        "agenda": "a", "title": "Agenda", "bron": "Testfixture", "session_length": 110, "start": "19:30",
        "opening": [{"name": "Opening", "duration": 10}],
        "turn": [{"name": "Inbreng", "duration": "15–25"}, {"name": "Vragen", "duration": 15}],
        "turns": 2, "breaks": [{"after_turn": 1, "duration": 10}],
        "closing": [{"name": "Afsluiting", "duration": "5–15"}],
    },
    "content/forms/f.yaml": {
        "form": "f", "title": "Formulier", "bron": "Testfixture",
        "fields": [{"id": "naam", "label": "Naam", "kind": "line"},
                   {"id": "vrij", "label": "Vrij", "kind": "box", "height": "30mm"},
                   {"id": "tabel", "label": "Tabel", "kind": "table", "columns": ["A", "B"], "rows": 2,
                    "widths": [2, 1]}],
    },
    "content/methods/m.yaml": {
        "method": "m", "name": "Methode", "goal": "Doel", "when": "Altijd", "bron": "Testfixture",
        "steps": [{"name": "Stap", "what": "Iets", "duration": "5–10"}],
    },
    "content/brand.yaml": {
        "brand": "merk", "name": "Merk", "version": "2026.1", "website": "https://example.org",
        "colors": {"primary": "#006E5A", "palette": ["#006E5A", "#2F5F8A"]},
    },
}
HOSTILE = ["", " ", "-4mm", "0mm", "0pt", "-11pt", "50%", "2000%", "1e999mm", "1e9", "nan", "inf", "4 furlongs",
           "100% - 8mm", "900mm", 0, -1, 1.5, 10 ** 30, float("inf"), float("nan"), True, None, [], {}, [None],
           {"a": None}, "../../buiten", "/etc/passwd", "images/../../../x.png", "#B5452F", "brand.primary",
           "palette.99", "cmyk(0, 60, 80, 10)", "participants", "10–15", "15-10", "25:00", "2026-02-30",
           "你好😀 שלום", "\u202e\u0000", "x" * 3000, "woord " * 400, "A4", "10mm x 0mm", "question-card", "a4",
           "print-shop", "hart", "card.text", "heading", "table",
           # at the edges of what is allowed: these must build, or be refused in words
           "3pt", "200pt", "100mm", "50mm", "20mm", "-20mm", "30mm", "0.01mm", "1000mm", 20, 100, 600, 99, 5,
           "A3", "A5", "Letter", "landscape", "fold", "short-edge", "cmyk", "separate", "tarot", "a6", "square",
           "300mm x 5mm", "5mm x 300mm", "0.1mm x 0.1mm", "5080mm x 5080mm"]
FILES = sorted(PACK)


def _paths(data, here=()):
    """Every path into `data` (mapping keys and list indices), the root included."""
    out = [here]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, here + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += _paths(value, here + (i,))
    return out


def _mutate(data, choice: int, action: str, value, key: str):
    paths = [p for p in _paths(data) if p]
    path = paths[choice % len(paths)]
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if action == "replace":
        parent[last] = copy.deepcopy(value)
    elif action == "delete":
        del parent[last]
    elif action == "add" and isinstance(parent[last], dict):
        parent[last][key] = copy.deepcopy(value)
    elif action == "repeat" and isinstance(parent[last], list) and parent[last]:
        parent[last] = parent[last] * 40
    return data


mutation = st.tuples(st.sampled_from(FILES), st.integers(0, 10_000),
                     st.sampled_from(["replace", "replace", "replace", "delete", "add", "repeat"]),
                     st.one_of(st.sampled_from(HOSTILE), st.text(max_size=20), st.integers(-10 ** 6, 10 ** 6)),
                     st.sampled_from(["kleur", "extends", "size", "text", "logo"]))
garble = st.tuples(st.sampled_from(FILES), st.integers(0, 100_000), st.integers(1, 40),
                   st.sampled_from(["", ":", "- ", "{", "[", "#", "&a", "*a", "!!python/object ", "\t", "'", "\n  "]))


def _write(root: Path, mutations, garbles, logo_cut: int | None) -> None:
    shutil.rmtree(root, ignore_errors=True)
    data = copy.deepcopy(PACK)
    for file, choice, action, value, key in mutations:
        _mutate(data[file], choice, action, value, key)
    texts = {file: dump_yaml(content, allow_unicode=True, sort_keys=False) for file, content in data.items()}
    for file, at, length, insert in garbles:
        text = texts[file]
        at %= max(len(text), 1)
        texts[file] = text[:at] + insert + text[at + length:]
    for file, text in texts.items():
        (root / file).parent.mkdir(parents=True, exist_ok=True)
        (root / file).write_text(text, encoding="utf-8")
    logo = LOGO if logo_cut is None else LOGO[:logo_cut] + b"\x00" * 16 + LOGO[logo_cut + 16:]
    (root / "content/images").mkdir(parents=True, exist_ok=True)
    (root / "content/images/logo.png").write_bytes(logo)


class _Hang(Exception):
    pass


def _on_alarm(_signum, _frame):
    raise _Hang(f"a case took longer than {SECONDS} s")


def test_the_unmutated_pack_builds(tmp_path):
    _write(tmp_path / "pack", [], [], None)
    result = run_cli("build", "content", "-o", "out", cwd=tmp_path / "pack")
    assert result.returncode == 0, result.stderr


@settings(derandomize=True, max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(mutations=st.lists(mutation, min_size=1, max_size=4), garbles=st.lists(garble, max_size=2),
       logo_cut=st.one_of(st.none(), st.integers(0, len(LOGO))))
def test_any_pack_gives_status_0_or_2_and_never_a_traceback(tmp_path_factory, mutations, garbles, logo_cut):
    root = tmp_path_factory.mktemp("case")
    _write(root, mutations, garbles, logo_cut)
    before = signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(SECONDS)
    try:
        result = run_cli("build", "content", "-o", "out", cwd=root)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode in (0, 2), result.stderr[-3000:]
    if result.returncode == 2:
        assert not (root / "out").exists()
        assert result.stderr.rstrip().splitlines()[-1].endswith("nothing written")
    else:
        assert (root / "out" / "manifest.json").is_file()
    assert [p.name for p in root.iterdir() if p.name.startswith(".")] == []  # no staging folder left
    shutil.rmtree(root, ignore_errors=True)
