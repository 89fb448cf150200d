"""pydantic's errors in the user's words.

pydantic says "Input should be a valid string"; a trainer needs "`steps[2].duration`: expected minutes as
a number or a range like '10-15', got a list". Each error is turned into what the field expects (read from
its annotation) and what was given. A null where a value is needed says why that usually happens: an
unquoted `#` starts a YAML comment, so `color: #B5452F` gives no value at all.
"""
from __future__ import annotations

import datetime
import difflib
import re
import types
import typing
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel

# What a validator function (the `func` of an AfterValidator) accepts, by its name.
_BY_VALIDATOR = {
    "_color": "a colour such as \"#B5452F\" (in quotes) or 'cmyk(0, 60, 80, 10)'",
    "_color_or_token": "a colour such as \"#B5452F\" (in quotes), 'cmyk(0, 60, 80, 10)', brand.primary or palette.1",
    "_icon": "the name of a built-in icon",
    "_id": "an id (lowercase letters, digits and hyphens)",
    "_length": "a length such as '4mm', '11pt' or '50%'",
    "_bounded_length": "a length such as '4mm' or '11pt'",
    "_size": "a named size (such as A4 or poker) or one like '80mm x 120mm'",
    "_duration": "minutes as a number or a range like '10-15'",
    "_template_name": "a template name",
    "_pack_path": "a path of a file in the pack",
    "_version": "a version label such as '2026.1'",
    "_website": "a web address",
}
_PLAIN = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
          datetime.date: "a date (YYYY-MM-DD, e.g. 2026-12-03)"}
TYPE_ERRORS = {"string_type", "int_type", "int_parsing", "int_from_float", "float_type", "float_parsing",
               "bool_type", "bool_parsing", "list_type", "tuple_type", "dict_type", "model_type",
               "model_attributes_type", "date_type", "date_parsing", "date_from_datetime_parsing",
               "date_from_datetime_inexact", "literal_error", "none_required", "is_instance_of", "union_tag_invalid",
               "string_sub_type", "int_from_string"}
_BOUNDS = {"greater_than_equal": "ge", "greater_than": "gt", "less_than_equal": "le", "less_than": "lt"}


def data_loc(loc: tuple, data: Any) -> tuple:
    """`loc` without the union tags pydantic adds after the field ('int', 'str', 'function-after[...]')."""
    node, out = data, []
    for part in loc:
        if isinstance(node, dict):
            out.append(part)
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int):
            out.append(part)
            node = node[part] if 0 <= part < len(node) else None
        elif node is None and isinstance(part, str) and not out:
            out.append(part)
        else:
            break
    return tuple(out)


def annotation_at(model: type[BaseModel], loc: tuple) -> tuple[Any, Any]:
    """(the annotation of the value at `loc`, the pydantic FieldInfo of the field it belongs to), or (None, None)."""
    current: Any = model
    info = None
    for part in loc:
        current = _strip_optional(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(str(part))
            if info is None:
                return None, None
            current = info.annotation
            if info.metadata:
                current = Annotated[(current, *info.metadata)]
        elif typing.get_origin(current) in (list, tuple) and isinstance(part, int):
            args = typing.get_args(current)
            current = args[min(part, len(args) - 1)] if typing.get_origin(current) is tuple and args and \
                args[-1] is not Ellipsis else (args[0] if args else Any)
        elif typing.get_origin(current) is dict:
            current = typing.get_args(current)[1]
        else:
            return None, None
    return current, info


def _strip_optional(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin is Annotated:
        return _strip_optional(typing.get_args(tp)[0])
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        models = [a for a in args if isinstance(_strip_optional(a), type) and issubclass(_strip_optional(a), BaseModel)]
        if len(args) == 1 or models:
            return _strip_optional(models[0] if models else args[0])
    return tp


def expected(tp: Any) -> str:
    """What a value of type `tp` looks like, in the user's words."""
    origin = typing.get_origin(tp)
    if origin is Annotated:
        args = typing.get_args(tp)
        for meta in args[1:]:
            name = getattr(getattr(meta, "func", None), "__name__", None)
            if name in _BY_VALIDATOR:
                return _BY_VALIDATOR[name]
        return expected(args[0])
    if origin in (Union, types.UnionType):
        parts = [expected(a) for a in typing.get_args(tp) if a is not type(None)]
        return " or ".join(dict.fromkeys(parts))
    if origin is Literal:
        values = typing.get_args(tp)
        return f"'{values[0]}'" if len(values) == 1 else "one of " + ", ".join(str(v) for v in values)
    if origin in (list, tuple):
        return "a list"
    if origin is dict or (isinstance(tp, type) and issubclass(tp, BaseModel)):
        return "a mapping of keys and values"
    return _PLAIN.get(tp, "a value")


def given(value: Any) -> str:
    """What the user gave, in their words."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    text = repr(value)
    return text if len(text) <= 60 else text[:50] + "...'"


def _bounds(info: Any, tp: Any) -> tuple[Any, Any]:
    """The (low, high) bounds of a number field, from its metadata."""
    low = high = None
    metas, stack = list(getattr(info, "metadata", []) or []), [tp]
    while stack:  # the annotation, and the members of a union (turns: a number or 'participants')
        current = stack.pop()
        if typing.get_origin(current) is Annotated:
            for meta in typing.get_args(current)[1:]:  # a Field(...) inside Annotated holds its own metadata
                metas += list(getattr(meta, "metadata", None) or [meta])
            stack.append(typing.get_args(current)[0])
        elif typing.get_origin(current) in (Union, types.UnionType):
            stack.extend(typing.get_args(current))
    for meta in metas:
        for name in ("ge", "gt"):
            if getattr(meta, name, None) is not None:
                low = getattr(meta, name)
        for name in ("le", "lt"):
            if getattr(meta, name, None) is not None:
                high = getattr(meta, name)
    return low, high


def friendly(model: type[BaseModel], err: dict, data: Any, null_hint: str = "") -> str:
    """One pydantic error as a message in the user's words. `null_hint` explains a null (see `comment_hint`)."""
    kind, loc = err["type"], tuple(err["loc"])
    value = err.get("input")
    if kind == "extra_forbidden":
        parent = _strip_optional(annotation_at(model, loc[:-1])[0]) if loc[:-1] else model
        if not (isinstance(parent, type) and issubclass(parent, BaseModel)):
            return f"unknown key '{loc[-1]}'"
        close = difflib.get_close_matches(str(loc[-1]), list(parent.model_fields), n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        return f"unknown key '{loc[-1]}' ({hint}allowed: {', '.join(parent.model_fields)})"
    if kind == "missing":
        return "is required but missing"
    tp, info = annotation_at(model, data_loc(loc, data))
    want = expected(tp) if tp is not None else None
    if value is None and kind != "value_error":
        return f"is empty{null_hint or ''}; expected {want or 'a value'}"
    if kind in _BOUNDS:
        low, high = _bounds(info, tp)
        if low is not None and high is not None:
            return f"{given(value).removeprefix('the number ')} is out of range (allowed: {low} to {high})"
        limit = err.get("ctx", {}).get(_BOUNDS[kind])
        words = {"ge": "at least", "gt": "more than", "le": "at most", "lt": "less than"}[_BOUNDS[kind]]
        return f"must be {words} {limit} (got {given(value).removeprefix('the number ')})"
    if kind == "literal_error":
        allowed = [str(v) for v in typing.get_args(_strip_optional(tp))] if tp is not None else []
        close = difflib.get_close_matches(str(value), allowed, n=1) if isinstance(value, str) else []
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return f"{given(value)} is not allowed here (allowed: {', '.join(allowed) or err['msg']}){hint}"
    if kind in ("too_short", "too_long", "string_too_short", "string_too_long"):
        ctx = err.get("ctx", {})
        if isinstance(value, str):
            if kind.endswith("too_short"):
                return f"is empty; expected {want or 'text'}"
            return f"is {len(value):,} characters long; at most {ctx.get('max_length', '?'):,} fit here"
        count = ctx.get("actual_length", len(value) if hasattr(value, "__len__") else "?")
        if kind.endswith("too_short"):
            least = ctx.get("min_length", 1)
            return f"needs at least {least} item{'s' if least != 1 else ''} (got {count})"
        return f"has {count:,} items; at most {ctx.get('max_length', '?'):,} are allowed"
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type", "date_from_datetime_inexact"):
        reason = err["msg"].split(", ", 1)[1] if ", " in err["msg"] else ""
        return f"{given(value)} is not a date (use YYYY-MM-DD, e.g. 2026-12-03){': ' + reason if reason else ''}"
    if kind in TYPE_ERRORS and want:
        return f"expected {want}, got {given(value)}"
    if kind == "string_pattern_mismatch":
        return f"{given(value)} is not allowed here (expected {want or 'text'} matching {err['ctx']['pattern']})"
    msg = err["msg"]
    if msg.startswith("Value error, "):
        return msg[len("Value error, "):]
    if msg.startswith("Input should be "):  # any other of pydantic's phrasings, in the same shape as ours
        return f"expected {msg[len('Input should be '):].split(', ')[0]}, got {given(value)}"
    if kind != "value_error" and not isinstance(value, (dict, list)):
        msg += f" (got {value!r})"
    return msg


COLOUR_COMMENT = re.compile(r":\s+#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\b")


def _lines(file: str, cache: dict | None = None) -> tuple[str, ...]:
    """The lines of a file named in a mark (read again on every call unless `cache` is given: in-process
    runs see other files under the same relative name)."""
    if cache is not None and file in cache:
        return cache[file]
    try:
        with open(file, encoding="utf-8") as fh:
            lines = tuple(fh.read(25_000_000).splitlines())
    except (OSError, UnicodeDecodeError, ValueError):
        lines = ()
    if cache is not None:
        cache[file] = lines
    return lines


def comment_hint(file: str, line: int | None, cache: dict | None = None) -> str:
    """Why a value is null, when its line shows it: `key: #...` is a key with a comment and no value."""
    lines = _lines(file, cache) if line else ()
    if not line or line > len(lines) or not re.search(r":\s+#", lines[line - 1]):
        return ""
    colour = COLOUR_COMMENT.search(lines[line - 1])
    example = f"\"#{colour.group(1)}\"" if colour else "\"#...\""
    return (f" (YAML reads an unquoted # as the start of a comment, so nothing is given: "
            f"write it in quotes, {example})")


def colour_comments(data: Any, marks: dict, path: tuple = ()) -> list[tuple[tuple, str]]:
    """The null values of `data` whose line reads `key: #RRGGBB`: an unquoted colour that YAML took for a
    comment. They are errors even where the key is optional (`color:` of a category), since the user
    clearly meant a colour."""
    found, cache = [], {}
    stack = [(path, data)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, dict):
            stack.extend((here + (k,), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((here + (i,), v) for i, v in enumerate(node))
        elif node is None and here in marks:
            file, line, _ = marks[here]
            lines = _lines(file, cache)
            if 0 < line <= len(lines) and COLOUR_COMMENT.search(lines[line - 1]):
                found.append((here, comment_hint(file, line, cache)))
    return sorted(found, key=lambda f: str(f[0]))
