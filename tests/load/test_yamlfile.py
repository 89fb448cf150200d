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


# --- hostile input: located problems, never an exception ---------------------------------------------

import os  # noqa: E402
import signal  # noqa: E402

import pytest  # noqa: E402

from cardgen.load.yamlfile import MAX_DEPTH, MAX_FILE_BYTES, MAX_STRING  # noqa: E402

from ..conftest import run_cli  # noqa: E402


@pytest.fixture
def within_five_seconds():
    """A read that would block (a FIFO) fails the test instead of hanging it."""
    def stop(*_):
        raise TimeoutError("blocked")
    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(5)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def problems_of(tmp_path: Path, text: str) -> list[str]:
    source, problems = load(tmp_path, text)
    assert (source is None) == bool(problems.items)
    return [str(p) for p in problems.items]


def test_limits_are_as_documented():
    assert (MAX_DEPTH, MAX_STRING, MAX_FILE_BYTES) == (64, 100_000, 20 * 1024 * 1024)


def test_ten_thousand_levels_of_lists(tmp_path):
    """libyaml stops at 1,000 levels; the pure-Python parser it falls back on would recurse until
    RecursionError. The depth is checked while composing."""
    assert problems_of(tmp_path, "title: " + "[" * 10_000 + "]" * 10_000 + "\n") == [
        "x.yaml:1:71: lists and mappings are nested more than 64 levels deep (cardgen reads at most 64)"]


def test_depth_limit_is_exact(tmp_path):
    assert problems_of(tmp_path, "a: " + "[" * 63 + "]" * 63 + "\n") == []  # the mapping and 63 lists
    assert problems_of(tmp_path, "a: " + "[" * 64 + "]" * 64 + "\n") == [
        "x.yaml:1:67: lists and mappings are nested more than 64 levels deep (cardgen reads at most 64)"]


def test_deep_block_nesting(tmp_path):
    text = "".join(" " * level + "-\n" for level in range(100))
    assert problems_of(tmp_path, text) == [
        "x.yaml:65:65: lists and mappings are nested more than 64 levels deep (cardgen reads at most 64)"]


def test_a_list_that_holds_itself(tmp_path):
    assert problems_of(tmp_path, "a: &a [*a]\n") == [
        "x.yaml:1:4: lists and mappings are nested more than 64 levels deep (cardgen reads at most 64)"]


def test_aliases_that_nest_deep(tmp_path):
    text = "a0: &a0 [x]\n" + "".join(f"a{i}: &a{i} [*a{i - 1}]\n" for i in range(1, 70))
    assert problems_of(tmp_path, text) == [
        "x.yaml:1:5: lists and mappings are nested more than 64 levels deep (cardgen reads at most 64)"]


def test_a_string_over_the_limit(tmp_path):
    assert problems_of(tmp_path, "deck: a\ntext: " + "x" * 100_000 + "\n") == []
    assert problems_of(tmp_path, "deck: a\ntext: " + "x" * 100_001 + "\n") == [
        "x.yaml:2:7: text: is 100,001 characters long; a value may have at most 100,000"]


def test_a_long_string_inside_an_unusual_tag(tmp_path):
    assert problems_of(tmp_path, "a: !!set {? " + "y" * 100_001 + "}\n") == [
        "x.yaml:1:13: a: is 100,001 characters long; a value may have at most 100,000"]


def test_impossible_date_stays_text_for_the_schema(tmp_path):
    source, problems = load(tmp_path, "date: 2026-02-30\nok: 2026-12-03\n")
    assert not problems
    assert source.data == {"date": "2026-02-30", "ok": "2026-12-03"}


def test_impossible_date_with_an_explicit_tag(tmp_path):
    assert problems_of(tmp_path, "date: !!timestamp 2026-02-30\n") == [
        "x.yaml:1:7: date: cannot be read as a YAML timestamp (day is out of range for month)"]


def test_a_number_python_will_not_convert(tmp_path):
    assert problems_of(tmp_path, "n: " + "1" * 5000 + "\n") == [
        "x.yaml:1:4: n: cannot be read as a YAML int (Exceeds the limit (4300 digits) for integer string "
        "conversion: value has 5000 digits)"]


def test_a_file_over_the_size_limit_is_not_parsed(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"a: [" + b"[" * (21 * 1024 * 1024) + b"\n")  # would be the deepest file of all
    problems = Problems()
    assert load_yaml(path, "x.yaml", problems) is None
    assert [str(p) for p in problems.items] == ["x.yaml: is 21.0 MB; a YAML file may be at most 20 MB (split it up)"]


def test_a_fifo_is_not_read(tmp_path, within_five_seconds):
    fifo = tmp_path / "x.yaml"
    os.mkfifo(fifo)
    problems = Problems()
    assert load_yaml(fifo, "x.yaml", problems) is None
    assert [str(p) for p in problems.items] == [
        "x.yaml: is not a regular file (a named pipe (FIFO)); give a .yaml file"]


def test_a_directory_or_device_is_not_read(tmp_path, within_five_seconds):
    for path, kind in ((tmp_path, "a directory"), (Path("/dev/zero"), "a character device")):
        problems = Problems()
        assert load_yaml(path, "x.yaml", problems) is None
        assert [str(p) for p in problems.items] == [f"x.yaml: is not a regular file ({kind}); give a .yaml file"]


def test_crlf_line_ends_read_as_before(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"title: a\r\ntext: |\r\n  one\r\n  two\r\n")
    problems = Problems()
    source = load_yaml(path, "x.yaml", problems)
    assert source.data == {"title": "a", "text": "one\ntwo\n"}
    assert source.mark(("text",)) == ("x.yaml", 2, 1)


def test_check_reports_deep_nesting_located(tmp_path):
    decks = tmp_path / "content" / "decks"
    decks.mkdir(parents=True)
    (decks / "d.yaml").write_text("deck: d\ntitle: " + "[" * 10_000 + "]" * 10_000 + "\n", encoding="utf-8")
    result = run_cli("check", "content", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "content/decks/d.yaml:2:71: lists and mappings are nested more than 64 levels deep (cardgen reads at most 64)",
        "1 error, nothing written"]


def test_peek_key_never_raises_or_blocks(tmp_path, within_five_seconds):
    from cardgen.load.yamlfile import peek_key

    (tmp_path / "ok.yaml").write_text("kind: card\nx: 1\n", encoding="utf-8")
    (tmp_path / "deep.yaml").write_text("kind: card\nx: " + "[" * 10_000 + "]" * 10_000 + "\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.yaml")
    assert peek_key(tmp_path / "ok.yaml", "kind") == "card"
    assert peek_key(tmp_path / "deep.yaml", "kind") is None
    assert peek_key(tmp_path / "pipe.yaml", "kind") is None
    assert peek_key(tmp_path / "nope.yaml", "kind") is None


def test_deep_nesting_in_a_file_too_big_to_parse_twice(tmp_path):
    """Over 1 MiB, libyaml's own stop at 1,000 levels is reported, in the same words."""
    assert problems_of(tmp_path, "".join(" " * level + "k:\n" for level in range(1500))) == [
        "x.yaml:1000:1001: lists and mappings are nested more than 64 levels deep (cardgen reads at most 64)"]
