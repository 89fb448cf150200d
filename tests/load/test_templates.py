from pathlib import Path

from cardgen.errors import Problems
from cardgen.load.templates import TemplateStore
from cardgen.schema.template import CardTemplate, SheetTemplate

WANT = ("deck.yaml", 1, 1)


def store(tmp_path: Path, files: dict[str, str]) -> tuple[TemplateStore, Problems]:
    folder = tmp_path / "templates"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    problems = Problems()
    return TemplateStore([folder], problems), problems


def test_builtins_are_found(tmp_path):
    s, problems = store(tmp_path, {})
    t = s.get("question-card", CardTemplate, WANT)
    assert not problems and "text" in t.front.boxes
    a3 = s.get("a3", SheetTemplate, WANT)
    assert a3.paper == "A3" and a3.margin == "10mm"  # inherited from a4


def test_extends_merges_deeply_and_project_wins(tmp_path):
    s, problems = store(tmp_path, {
        "mine": "kind: card\nextends: question-card\nstyles:\n  question: {size: 10pt}\n",
        "a4": "kind: sheet\npaper: A4\nmargin: 15mm\n",  # overrides the built-in a4
    })
    t = s.get("mine", CardTemplate, WANT)
    assert not problems, problems.items
    assert t.styles["question"].size == "10pt"
    assert t.styles["label"].font == "bold"  # from the parent
    assert s.get("a4", SheetTemplate, WANT).margin == "15mm"


def test_cycle_is_reported_with_the_chain(tmp_path):
    s, problems = store(tmp_path, {"a": "kind: card\nextends: b\n", "b": "kind: card\nextends: [c]\n",
                                   "c": "kind: card\nextends: a\n"})
    assert s.get("a", CardTemplate, WANT) is None
    assert "cycle: a -> b -> c -> a" in str(problems.items[0])


def test_wrong_kind_and_missing(tmp_path):
    s, problems = store(tmp_path, {})
    assert s.get("a4", CardTemplate, WANT) is None
    assert s.get("nope", CardTemplate, WANT) is None
    messages = [str(p) for p in problems.items]
    assert "template 'a4' is a 'sheet' template, not a 'card' template" in messages[0]
    assert "template 'nope' not found" in messages[1] and "question-card" in messages[1]


def test_errors_in_a_parent_point_at_the_parent_file(tmp_path):
    s, problems = store(tmp_path, {"base": "kind: card\nfront: {boxes: {}}\nback:\n  backgrond: white\n",
                                   "child": "kind: card\nextends: base\n"})
    assert s.get("child", CardTemplate, WANT) is None
    [p] = problems.items
    assert p.file.endswith("base.yaml") and p.line == 4 and "did you mean 'background'" in p.message


def test_the_project_templates_are_the_layouts_the_default_pack_uses_and_list_as_project(tmp_path):
    """templates/ beside content/ holds the default pack's layouts as readable YAML to copy and change;
    as shipped they are the package's built-ins, which stay the fallback for an installed cardgen."""
    from ..conftest import ROOT, run_cli

    project = sorted((ROOT / "templates").glob("*.yaml"))
    assert {p.stem for p in project} >= {"question-card", "a4", "print-shop", "cheatsheet", "cheatsheet-a5",
                                         "guide", "agenda", "form-a4", "certificate"}
    for path in project:
        assert path.read_text(encoding="utf-8") == (ROOT / "cardgen" / "templates" / path.name).read_text(
            encoding="utf-8"), path.name
    listed = run_cli("templates", str(ROOT / "content"), cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[0]: line.split() for line in listed.stdout.splitlines()}
    assert rows["question-card"][1:3] == ["card", "project"]
    assert rows["a3"][1:3] == ["sheet", "built-in"] and rows["a3"][-2:] == ["extends", "a4"]
    assert "(overrides the built-in one)" in " ".join(rows["cheatsheet-a5"])
