"""Fixture variants built from parsed data, never by replacing text in the YAML.

`edit_yaml(path)` loads a fixture file (`parse_yaml`), hands the data to the test, and writes it
back when the block ends. Changing a value goes through the data: a key that is not there raises
KeyError and `swap` checks the old value, where `text.replace("card_size: poker", …)` silently did
nothing once the text changed. Comments do not survive the round trip, so a test that expects a line
number asks `line_of` where the key is now.

`parse_yaml` and `dump_yaml` are yaml.safe_load and yaml.safe_dump through libyaml (PyYAML's C loader and
dumper, several times faster), the one way the tests read and write YAML.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import yaml


def parse_yaml(text: str) -> Any:
    """yaml.safe_load with libyaml's parser."""
    return yaml.load(text, Loader=yaml.CSafeLoader)


def dump_yaml(data: Any, **options: Any) -> str:
    """yaml.safe_dump(data, **options) with libyaml's emitter (which escapes characters beyond U+FFFF,
    as "\\U0001F600", even with allow_unicode: the same data)."""
    return yaml.dump(data, Dumper=yaml.CSafeDumper, **options)


def read_yaml(path: Path) -> Any:
    return parse_yaml(path.read_text(encoding="utf-8"))


def write_yaml(path: Path, data: Any) -> None:
    path.write_text(dump_yaml(data, sort_keys=False, allow_unicode=True, width=4096), encoding="utf-8")


@contextmanager
def edit_yaml(path: Path) -> Iterator[Any]:
    """The parsed file, written back (as plain YAML) when the block ends without an error."""
    data = read_yaml(path)
    yield data
    write_yaml(path, data)


def swap(mapping: dict, key: str, old: Any, new: Any) -> None:
    """Set `mapping[key]` to `new`, failing unless it holds `old` now (so a changed fixture is noticed)."""
    assert mapping[key] == old, f"the fixture changed: {key} is {mapping[key]!r}, not {old!r}"
    mapping[key] = new


def add(mapping: dict, key: str, value: Any) -> None:
    """Add a key the fixture does not set yet (failing if it does: the variant would not differ)."""
    assert key not in mapping, f"the fixture already sets {key}: {mapping[key]!r}"
    mapping[key] = value


def line_of(path: Path, key: str) -> int:
    """The 1-based line on which the top-level `key` starts."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if line.startswith(f"{key}:"))
