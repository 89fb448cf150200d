"""Safe YAML loading that keeps where each value stood.

`yaml.SafeLoader` builds the node tree (so only plain data types exist);
we construct the Python values ourselves while walking it, to remember the
mark of every key and list item under its path, e.g. ("cards", 3, "category").
Duplicate keys, which PyYAML silently overwrites, are reported.

Any file gives located problems, never an exception: files over MAX_FILE_BYTES and anything
but a regular file are refused before reading, lists and mappings may nest MAX_DEPTH deep
(checked while composing, so no recursion runs away), a value may be MAX_STRING characters,
and dates stay text (YAML would make `2026-02-30` a date and fail on it; the schemas read
dates themselves). docs/limits.md lists the limits.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import Problems
from ..messages import msg
from .words import python_words, yaml_words

Path_ = tuple  # a path into the data: keys and list indices
Mark = tuple[str, int, int]  # (display file, line, column), 1-based

# A bound on nodes visited, so alias bombs ("billion laughs") cannot eat the machine.
MAX_NODES = 500_000
MAX_VALUES = 200_000  # YAML events (keys, items, values) in one file, counted before it is composed
MAX_DEPTH = 64  # lists and mappings inside each other
MAX_STRING = 100_000  # characters in one value (or key)
MAX_FILE_BYTES = 20 * 1024 * 1024  # a content pack's largest file is a few kB
FALLBACK_CHARS = 1024 * 1024  # only files up to this size are parsed again to word a syntax error better
MAP_TAG, SEQ_TAG = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
TIMESTAMP_TAG, STR_TAG = "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:str"


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

    def construct(self, node: yaml.Node, path: Path_) -> Any:
        """A scalar (or a collection with an unusual tag) from the safe constructor; a value it
        cannot make (an impossible date given as !!timestamp, an integer of 5,000 digits) is a
        located problem and gives None."""
        scalars = (node,) if isinstance(node, yaml.ScalarNode) else _scalars(node)
        for scalar in scalars:
            if len(scalar.value) > MAX_STRING:
                self.problems.add(self.file, msg("is {n:,} characters long; a value may have at most {most:,}",
                                                 n=len(scalar.value), most=MAX_STRING),
                                  *self.mark_of(scalar)[1:], format_path(path))
                return None
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, TypeError, OverflowError) as exc:
            return self.cannot(node, path, exc)

    def cannot(self, node: yaml.Node, path: Path_, exc: Exception) -> None:
        kind = str(node.tag).rsplit(":", 1)[-1]
        reason = str(exc).split(";", 1)[0]  # Python's advice to raise its digit limit is not for the user
        self.problems.add(self.file, msg("cannot be read as a YAML {kind} ({reason})", kind=kind,
                                         reason=python_words(reason)), *self.mark_of(node)[1:], format_path(path))

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise _TooBig()
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in (MAP_TAG, SEQ_TAG):
            # any other tag (e.g. !!python/object) goes to the safe constructor, which refuses it
            return self.construct(node, path)
        if isinstance(node, yaml.MappingNode):
            self.loader.flatten_mapping(node)  # resolves "<<" merge keys as safe_load does
            result: dict = {}
            for key_node, value_node in node.value:
                reported = len(self.problems.items)
                key = self.construct(key_node, path)
                if len(self.problems.items) > reported:
                    continue
                if not isinstance(key, (str, int, float, bool)) or key is None:
                    self.problems.add(self.file, msg("a key must be a plain word"), *self.mark_of(key_node)[1:],
                                      format_path(path))
                    continue
                if key in result:
                    self.problems.add(self.file, msg("duplicate key '{key}' (it was already given above)", key=key),
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
        if len(node.value) > MAX_STRING:  # a scalar: the common case, kept short
            return self.construct(node, path)
        if node.tag == STR_TAG:  # what the safe constructor would give, without its bookkeeping
            return node.value
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, TypeError, OverflowError) as exc:
            return self.cannot(node, path, exc)


def _scalars(node: yaml.Node):
    """The scalar nodes in `node` (itself, or inside a collection with an unusual tag), without recursion."""
    stack, seen = [node], set()
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            yield current
        elif id(current) not in seen:
            seen.add(id(current))
            if isinstance(current, yaml.SequenceNode):
                stack.extend(current.value)
            elif isinstance(current, yaml.MappingNode):
                stack.extend(n for pair in current.value for n in pair)


_COLLECTIONS = (yaml.MappingNode, yaml.SequenceNode)


def _too_deep(root: yaml.Node) -> yaml.Node | None:
    """The first list or mapping nested more than MAX_DEPTH deep, counting through aliases (a list
    that holds an alias of itself nests without end, and so does a chain of merge keys), or None.
    No recursion: each node is looked at again only when it is reached deeper than before, so at
    most MAX_DEPTH times."""
    if not isinstance(root, _COLLECTIONS):
        return None
    deepest: dict[int, int] = {}
    stack = [(root, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        node, depth = pop()
        if depth > MAX_DEPTH:
            return node
        if deepest.get(id(node), 0) >= depth:
            continue
        deepest[id(node)] = depth
        children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
        for child in reversed(children):
            if isinstance(child, _COLLECTIONS):
                push((child, depth + 1))
    return None


def _without_timestamps(base: type) -> type:
    """`base` with dates left as text: `date: 2026-02-30` would make PyYAML raise ValueError, and the
    schemas read dates (and report them located) themselves."""
    resolvers = {first: [(tag, regexp) for tag, regexp in entries if tag != TIMESTAMP_TAG]
                 for first, entries in base.yaml_implicit_resolvers.items()}
    return type(f"{base.__name__}WithoutDates", (base,), {"yaml_implicit_resolvers": resolvers})


class _TooDeep(Exception):
    def __init__(self, mark):
        super().__init__("nested too deep")
        self.mark = mark


class _PythonLoader(_without_timestamps(yaml.SafeLoader)):
    """The pure-Python loader, whose composer recurses: it stops at MAX_DEPTH while composing."""

    _depth = 0

    def compose_node(self, parent, index):
        if not self.check_event(yaml.SequenceStartEvent, yaml.MappingStartEvent):
            return super().compose_node(parent, index)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _TooDeep(self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


# libyaml's parser (when PyYAML has it) is several times faster; the constructor stays the safe one.
# Its composer is C (libyaml itself stops at 1,000 levels); the depth is checked on its result.
_Loader = _without_timestamps(yaml.CSafeLoader) if hasattr(yaml, "CSafeLoader") else _PythonLoader


class _TooBig(Exception):
    pass


def _parse(loader_class, text: str, display: str, problems: Problems) -> tuple[Any, dict]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        deep = _too_deep(node) if node is not None else None
        if deep is not None:
            raise _TooDeep(deep.start_mark)
        walker = _Walker(loader, display, problems)
        data = walker.build(node, ()) if node is not None else None
        if node is not None:
            walker.marks[()] = walker.mark_of(node)
        return data, walker.marks
    finally:
        loader.dispose()


_KINDS = ((stat.S_ISDIR, msg("a directory")), (stat.S_ISFIFO, msg("a named pipe (FIFO)")),
          (stat.S_ISCHR, msg("a character device")), (stat.S_ISBLK, msg("a block device")),
          (stat.S_ISSOCK, msg("a socket")))


def _too_large(size: int) -> str:
    return msg("is {mb:.1f} MB; a YAML file may be at most {most} MB (split it up)", mb=size / 1024 / 1024,
               most=MAX_FILE_BYTES // 1024 // 1024)


def _read_text(path: Path, display: str, problems: Problems) -> str | None:
    """The file as text, or None after recording why not. Only a regular file of at most
    MAX_FILE_BYTES is read (a FIFO or a device would block or never end)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        problems.add(display, msg("cannot be read: {reason}", reason=exc.strerror or str(exc)))
        return None
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _KINDS if test(info.st_mode)), msg("not a file"))
        problems.add(display, msg("is not a regular file ({kind}); give a .yaml file", kind=kind))
        return None
    if info.st_size > MAX_FILE_BYTES:
        problems.add(display, _too_large(info.st_size))
        return None
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        problems.add(display, msg("cannot be read: {reason}", reason=exc.strerror or str(exc)))
        return None
    if len(raw) > MAX_FILE_BYTES:  # it grew since
        problems.add(display, _too_large(len(raw)))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.add(display, msg("is not UTF-8 text (byte {byte}); save the file as UTF-8", byte=exc.start))
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")  # as Path.read_text does


def _too_deep_problem(problems: Problems, display: str, mark) -> None:
    problems.add(display, msg("lists and mappings are nested more than {most} levels deep (cardgen reads at most "
                              "{most})", most=MAX_DEPTH), mark.line + 1, mark.column + 1)


def _too_many_values(text: str):
    """Whether `text` holds more than MAX_VALUES YAML events. Composing is the slow part of loading (about
    10 µs a value), so a file of 100,000 cards is refused after counting (a tenth of that); files under
    MAX_VALUES characters cannot hold that many and are not counted. A syntax error stops the count: the
    parse that follows reports it. Returns the mark of the value past the limit, or None."""
    if len(text) <= MAX_VALUES:
        return None
    loader, count = _Loader(text), 0
    try:
        while loader.check_event():
            event = loader.get_event()
            count += 1
            if count > MAX_VALUES:
                return event.start_mark
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return None


def load_yaml(path: Path, display: str, problems: Problems) -> Source | None:
    """Load one YAML document; on any problem, record it and return None."""
    text = _read_text(path, display, problems)
    if text is None:
        return None
    past = _too_many_values(text)
    if past is not None:
        problems.add(display, msg("holds more than {most:,} values (keys, list items and texts; the limit is passed "
                                  "here); a YAML file may hold at most {most:,} (split it up)", most=MAX_VALUES),
                     past.line + 1, past.column + 1)
        return None
    before = len(problems.items)
    try:
        data, marks = _parse(_Loader, text, display, problems)
    except yaml.YAMLError as first:
        del problems.items[before:]  # parsed again from the start
        try:  # the pure-Python parser words syntax errors better and the same on every machine
            if len(text) > FALLBACK_CHARS:  # too slow to parse again: libyaml's words will do
                if "maximum nesting depth" in str(getattr(first, "problem", "")) and first.problem_mark:
                    raise _TooDeep(first.problem_mark)  # libyaml stops at 1,000 levels
                raise first
            data, marks = _parse(_PythonLoader, text, display, problems)
        except _TooDeep as exc:
            del problems.items[before:]
            _too_deep_problem(problems, display, exc.mark)
            return None
        except _TooBig:
            del problems.items[before:]
            problems.add(display, msg("has more than {most} values after expanding aliases; refusing to load it",
                                      most=MAX_NODES))
            return None
        except yaml.MarkedYAMLError as exc:
            del problems.items[before:]
            mark = exc.problem_mark or exc.context_mark
            words = [yaml_words(str(p)) for p in (exc.context, exc.problem) if p]
            what = msg("{context} {problem}", context=words[0], problem=words[1]) if len(words) == 2 else \
                words[0] if words else ""
            problems.add(display, msg("YAML syntax error: {what}", what=what), mark.line + 1 if mark else None,
                         mark.column + 1 if mark else None)
            return None
        except yaml.YAMLError as exc:
            del problems.items[before:]
            problems.add(display, msg("YAML error: {error}", error=str(exc)))
            return None
    except _TooDeep as exc:
        del problems.items[before:]
        _too_deep_problem(problems, display, exc.mark)
        return None
    except _TooBig:
        problems.add(display, msg("has more than {most} values after expanding aliases; refusing to load it",
                                      most=MAX_NODES))
        return None
    if len(problems.items) > before:
        return None
    return Source(display, data, marks)


def peek_key(path: Path, key: str) -> Any:
    """The value of one top-level key of a YAML file, or None when the file cannot be read or is
    not a mapping. For listings (such as template names by kind) that must not stop at a bad file,
    with all of load_yaml's limits (`yaml.safe_load` has none: a FIFO blocks it, deep nesting
    makes it raise RecursionError)."""
    source = load_yaml(path, str(path), Problems())
    return source.data.get(key) if source is not None and isinstance(source.data, dict) else None
