from pathlib import Path

from cardgen.errors import Problems
from cardgen.load.yamlfile import MAX_NODES, format_path, load_yaml


def load(tmp_path: Path, text: str):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    problems = Problems()
    return load_yaml(path, "x.yaml", problems), problems


def test_marks_point_at_keys_and_items(tmp_path):
    source, problems = load(tmp_path, "deck: a\ncards:\n  - {category: x, text: y}\n  - category: z\n    text: w\n")
    assert not problems
    assert source.data["cards"][1] == {"category": "z", "text": "w"}
    assert source.mark(("cards", 0, "text")) == ("x.yaml", 3, 19)
    assert source.mark(("cards", 1, "text")) == ("x.yaml", 5, 5)
    assert source.mark(("cards", 1, "missing")) == ("x.yaml", 4, 5)  # nearest ancestor


def test_safe_semantics_only(tmp_path):
    source, problems = load(tmp_path, "a: !!python/object/apply:os.system ['echo hi']\n")
    assert source is None
    assert "YAML" in str(problems.items[0]) and problems.items[0].line == 1


def test_duplicate_key_is_an_error(tmp_path):
    source, problems = load(tmp_path, "title: a\ntitle: b\n")
    assert source is None
    assert str(problems.items[0]) == "x.yaml:2:1: title: duplicate key 'title' (it was already given above)"


def test_alias_bomb_is_refused(tmp_path):
    text = "a1: &a1 [x, x, x, x, x, x, x, x, x, x]\n" + "\n".join(
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(2, 9)) + "\n"
    source, problems = load(tmp_path, text)
    assert source is None
    assert f"more than {MAX_NODES}" in str(problems.items[0])


def test_not_utf8(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"title: caf\xe9\n")
    problems = Problems()
    assert load_yaml(path, "x.yaml", problems) is None
    assert "not UTF-8" in str(problems.items[0])


def test_format_path():
    assert format_path(("cards", 3, "category")) == "cards[3].category"
    assert format_path(()) == ""
