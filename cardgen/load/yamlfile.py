"""Safe YAML loading that keeps where each value stood.

`yaml.SafeLoader` builds the node tree (so only plain data types exist);
we construct the Python values ourselves while walking it, to remember the
mark of every key and list item under its path, e.g. ("cards", 3, "category").
Duplicate keys, which PyYAML silently overwrites, are reported.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import Problems

Path_ = tuple  # a path into the data: keys and list indices
Mark = tuple[str, int, int]  # (display file, line, column), 1-based

# A bound on nodes visited, so alias bombs ("billion laughs") cannot eat the machine.
MAX_NODES = 500_000
MAP_TAG, SEQ_TAG = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"


@dataclass
class Source:
    """The data of one YAML document and the marks of its values."""

    file: str  # path as shown in messages
    data: Any
    marks: dict[Path_, Mark] = field(default_factory=dict)

    def mark(self, path: Path_) -> Mark:
        """The mark of `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.marks:
                return self.marks[path]
            path = path[:-1]
        return self.marks.get((), (self.file, 1, 1))

    def problem(self, problems: Problems, path: Path_, message: str) -> None:
        file, line, column = self.mark(path)
        problems.add(file, message, line, column, format_path(path))

    def warning(self, problems: Problems, path: Path_, message: str) -> None:
        file, line, column = self.mark(path)
        problems.warn(file, message, line, column, format_path(path))


def format_path(path: Path_) -> str:
    """("cards", 3, "category") -> "cards[3].category"."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


class _Walker:
    def __init__(self, loader, file: str, problems: Problems):
        self.loader, self.file, self.problems = loader, file, problems
        self.marks: dict[Path_, Mark] = {}
        self.visited = 0

    def mark_of(self, node: yaml.Node) -> Mark:
        return (self.file, node.start_mark.line + 1, node.start_mark.column + 1)

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise _TooBig()
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in (MAP_TAG, SEQ_TAG):
            # any other tag (e.g. !!python/object) goes to the safe constructor, which refuses it
            return self.loader.construct_object(node, deep=True)
        if isinstance(node, yaml.MappingNode):
            self.loader.flatten_mapping(node)  # resolves "<<" merge keys as safe_load does
            result: dict = {}
            for key_node, value_node in node.value:
                key = self.loader.construct_object(key_node, deep=True)
                if not isinstance(key, (str, int, float, bool)) or key is None:
                    self.problems.add(self.file, "a key must be a plain word", *self.mark_of(key_node)[1:],
                                      format_path(path))
                    continue
                if key in result:
                    self.problems.add(self.file, f"duplicate key '{key}' (it was already given above)",
                                      *self.mark_of(key_node)[1:], format_path(path + (key,)))
                self.marks[path + (key,)] = self.mark_of(key_node)
                result[key] = self.build(value_node, path + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            items = []
            for i, item in enumerate(node.value):
                self.marks[path + (i,)] = self.mark_of(item)
                items.append(self.build(item, path + (i,)))
            return items
        return self.loader.construct_object(node, deep=True)


# libyaml's parser (when PyYAML has it) is several times faster; the constructor stays the safe one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TooBig(Exception):
    pass


def _parse(loader_class, text: str, display: str, problems: Problems) -> tuple[Any, dict]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        walker = _Walker(loader, display, problems)
        data = walker.build(node, ()) if node is not None else None
        if node is not None:
            walker.marks[()] = walker.mark_of(node)
        return data, walker.marks
    finally:
        loader.dispose()


def load_yaml(path: Path, display: str, problems: Problems) -> Source | None:
    """Load one YAML document; on any problem, record it and return None."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.add(display, f"is not UTF-8 text (byte {exc.start}); save the file as UTF-8")
        return None
    except OSError as exc:
        problems.add(display, f"cannot be read: {exc.strerror or exc}")
        return None
    before = len(problems.items)
    try:
        data, marks = _parse(_Loader, text, display, problems)
    except yaml.YAMLError:
        try:  # the pure-Python parser words syntax errors better and the same on every machine
            data, marks = _parse(yaml.SafeLoader, text, display, problems)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            what = " ".join(str(p) for p in (exc.context, exc.problem) if p)
            problems.add(display, f"YAML syntax error: {what}", mark.line + 1 if mark else None,
                         mark.column + 1 if mark else None)
            return None
        except yaml.YAMLError as exc:
            problems.add(display, f"YAML error: {exc}")
            return None
    except _TooBig:
        problems.add(display, f"has more than {MAX_NODES} values after expanding aliases; refusing to load it")
        return None
    if len(problems.items) > before:
        return None
    return Source(display, data, marks)
