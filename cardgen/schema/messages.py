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

from ..messages import Msg, joined, msg

# What a validator function (the `func` of an AfterValidator) accepts, by its name.
_BY_VALIDATOR = {
    "_color": msg("a colour such as \"#B5452F\" (in quotes) or 'cmyk(0, 60, 80, 10)'"),
    "_color_or_token": msg("a colour such as \"#B5452F\" (in quotes), 'cmyk(0, 60, 80, 10)', brand.primary or "
                           "palette.1"),
    "_icon": msg("the name of a built-in icon"),
    "_id": msg("an id (lowercase letters, digits and hyphens)"),
    "_length": msg("a length such as '4mm', '11pt' or '50%'"),
    "_bounded_length": msg("a length such as '4mm' or '11pt'"),
    "_size": msg("a named size (such as A4 or poker) or one like '80mm x 120mm'"),
    "_duration": msg("minutes as a number or a range like '10-15'"),
    "_template_name": msg("a template name"),
    "_pack_path": msg("a path of a file in the pack"),
    "_version": msg("a version label such as '2026.1'"),
    "_website": msg("a web address"),
}
_PLAIN = {str: msg("text"), int: msg("a whole number"), float: msg("a number"), bool: msg("true or false"),
          datetime.date: msg("a date (YYYY-MM-DD, e.g. 2026-12-03)")}
# pydantic's words for why a date is not one (after "Input should be a valid date, "), as messages.
_DATE_WORDS = {
    "day value is outside expected range": msg("day value is outside expected range"),
    "month value is outside expected range of 1-12": msg("month value is outside expected range of 1-12"),
    "input is too short": msg("input is too short"),
    "input is too long": msg("input is too long"),
    "invalid date separator, expected `-`": msg("invalid date separator, expected `-`"),
    "invalid datetime separator, expected `T`, `t`, `_` or space":
        msg("invalid datetime separator, expected `T`, `t`, `_` or space"),
    "invalid character in year": msg("invalid character in year"),
    "invalid character in month": msg("invalid character in month"),
    "invalid character in day": msg("invalid character in day"),
    "year 0 is out of range": msg("year {year} is out of range", year=0),
    "dates after 9999 are not supported as unix timestamps":
        msg("dates after 9999 are not supported as unix timestamps"),
}
# What pydantic says a value should be ("Input should be a finite number"), where its error is not one of ours.
_PYDANTIC_WANTS = {"a finite number": msg("a finite number")}
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
        return joined(list(dict.fromkeys(expected(a) for a in typing.get_args(tp) if a is not type(None))),
                      msg(" or "))
    if origin is Literal:
        values = typing.get_args(tp)
        if len(values) == 1:
            return msg("'{value}'", value=values[0])
        return msg("one of {values}", values=", ".join(str(v) for v in values))
    if origin in (list, tuple):
        return msg("a list")
    if origin is dict or (isinstance(tp, type) and issubclass(tp, BaseModel)):
        return msg("a mapping of keys and values")
    return _PLAIN.get(tp, msg("a value"))


def given(value: Any) -> str:
    """What the user gave, in their words."""
    if value is None:
        return msg("nothing (an empty value)")
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dict):
        return msg("a mapping")
    if isinstance(value, (list, tuple)):
        return msg("a list")
    if isinstance(value, (int, float)):
        return msg("the number {number}", number=repr(value))
    text = repr(value)
    return text if len(text) <= 60 else text[:50] + "...'"


def _bare(value: Any) -> str:
    """What the user gave, a number without "the number" before it (500 is out of range)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value)
    return given(value)


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
            return msg("unknown key '{key}'", key=loc[-1])
        close = difflib.get_close_matches(str(loc[-1]), list(parent.model_fields), n=1)
        allowed = ", ".join(parent.model_fields)
        if close:
            return msg("unknown key '{key}' (did you mean '{close}'? allowed: {allowed})", key=loc[-1],
                       close=close[0], allowed=allowed)
        return msg("unknown key '{key}' (allowed: {allowed})", key=loc[-1], allowed=allowed)
    if kind == "missing":
        return msg("is required but missing")
    tp, info = annotation_at(model, data_loc(loc, data))
    want = expected(tp) if tp is not None else None
    if value is None and kind != "value_error":
        return msg("is empty{hint}; expected {want}", hint=null_hint or "", want=want or msg("a value"))
    if kind in _BOUNDS:
        low, high = _bounds(info, tp)
        if low is not None and high is not None:
            return msg("{value} is out of range (allowed: {low} to {high})", value=_bare(value), low=low, high=high)
        limit = err.get("ctx", {}).get(_BOUNDS[kind])
        got = _bare(value)
        if _BOUNDS[kind] == "ge":
            return msg("must be at least {limit} (got {value})", limit=limit, value=got)
        if _BOUNDS[kind] == "gt":
            return msg("must be more than {limit} (got {value})", limit=limit, value=got)
        if _BOUNDS[kind] == "le":
            return msg("must be at most {limit} (got {value})", limit=limit, value=got)
        return msg("must be less than {limit} (got {value})", limit=limit, value=got)
    if kind == "literal_error":
        allowed = [str(v) for v in typing.get_args(_strip_optional(tp))] if tp is not None else []
        close = difflib.get_close_matches(str(value), allowed, n=1) if isinstance(value, str) else []
        listed = ", ".join(allowed) or err["msg"]
        if close:
            return msg("{value} is not allowed here (allowed: {allowed}); did you mean '{close}'?", value=given(value),
                       allowed=listed, close=close[0])
        return msg("{value} is not allowed here (allowed: {allowed})", value=given(value), allowed=listed)
    if kind in ("too_short", "too_long", "string_too_short", "string_too_long"):
        ctx = err.get("ctx", {})
        if isinstance(value, str):
            if kind.endswith("too_short"):
                return msg("is empty; expected {want}", want=want or msg("text"))
            return msg("is {n:,} characters long; at most {most:,} fit here", n=len(value),
                       most=ctx.get("max_length", "?"))
        count = ctx.get("actual_length", len(value) if hasattr(value, "__len__") else "?")
        if kind.endswith("too_short"):
            least = ctx.get("min_length", 1)
            if least != 1:
                return msg("needs at least {least} items (got {count})", least=least, count=count)
            return msg("needs at least 1 item (got {count})", count=count)
        return msg("has {count:,} items; at most {most:,} are allowed", count=count, most=ctx.get("max_length", "?"))
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type", "date_from_datetime_inexact"):
        reason = err["msg"].split(", ", 1)[1] if ", " in err["msg"] else ""
        if reason:
            return msg("{value} is not a date (use YYYY-MM-DD, e.g. 2026-12-03): {reason}", value=given(value),
                       reason=_DATE_WORDS.get(reason, reason))
        return msg("{value} is not a date (use YYYY-MM-DD, e.g. 2026-12-03)", value=given(value))
    if kind in TYPE_ERRORS and want:
        return msg("expected {want}, got {given}", want=want, given=given(value))
    if kind == "string_pattern_mismatch":
        return msg("{value} is not allowed here (expected {want} matching {pattern})", value=given(value),
                   want=want or msg("text"), pattern=err["ctx"]["pattern"])
    text = err["msg"]
    if kind == "value_error":
        error = err.get("ctx", {}).get("error")
        if isinstance(error, BaseException) and error.args and isinstance(error.args[0], Msg):
            return error.args[0]
    if text.startswith("Value error, "):
        return text[len("Value error, "):]
    if text.startswith("Input should be "):  # any other of pydantic's phrasings, in the same shape as ours
        want = text[len("Input should be "):].split(", ")[0]
        return msg("expected {want}, got {given}", want=_PYDANTIC_WANTS.get(want, want), given=given(value))
    if kind != "value_error" and not isinstance(value, (dict, list)):
        return msg("{message} (got {value})", message=text, value=repr(value))
    return text


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
    return msg(" (YAML reads an unquoted # as the start of a comment, so nothing is given: write it in quotes, "
               "{example})", example=example)


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
