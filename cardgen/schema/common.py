"""Shared field types, the strict base model, and pydantic errors as located problems."""
from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Annotated, Any, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

from ..errors import Problems
from ..layout.color import parse_colour
from ..layout.units import CARD_SIZES, PAPER_SIZES, UnitError, parse_length, parse_size
from ..load.yamlfile import Source


class Strict(BaseModel):
    """Base of all models: unknown keys are errors. Field docstrings become descriptions in the
    JSON Schema (schema/export.py reads them there, so a build does not parse source)."""

    model_config = ConfigDict(extra="forbid", frozen=True,
                              str_strip_whitespace=True)


def _id(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", value):
        raise ValueError(f"'{value}' is not an id (use lowercase letters, digits and hyphens, e.g. 'emotie')")
    return value


def _color(value: str) -> str:
    parse_colour(value)  # raises ValueError with what is allowed
    return value.upper() if value.startswith("#") else value.lower().replace(" ", "")


def _length(value: Any) -> str:
    try:
        parse_length(value)
    except UnitError as exc:
        raise ValueError(str(exc)) from None
    return str(value)


def _named_size(named: dict[str, tuple[float, float]]):
    """A validator for a named size or 'W x H' against one table of names (cards or paper)."""
    def check(value: str) -> str:
        try:
            parse_size(value, named)
        except UnitError as exc:
            raise ValueError(str(exc)) from None
        return value
    return check


# The built-in icons (drawn by render/icons.py, which checks it has exactly these).
ICON_NAMES = ("hart", "oog", "ster", "pijl", "vraag", "lamp", "mensen", "kompas", "blad", "sleutel", "check", "klok")


def _icon(value: str) -> str:
    if value not in ICON_NAMES:
        raise ValueError(f"'{value}' is not a built-in icon (known: {', '.join(ICON_NAMES)})")
    return value


CardSize = Annotated[str, AfterValidator(_named_size(CARD_SIZES))]
PaperSize = Annotated[str, AfterValidator(_named_size(PAPER_SIZES))]
IconName = Annotated[str, AfterValidator(_icon)]
def _color_or_token(value: str) -> str:
    if value in BRAND_TOKENS or re.fullmatch(r"palette\.[1-9][0-9]?", value):
        return value
    try:
        return _color(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a colour (use '#RRGGBB', 'cmyk(0, 60, 80, 10)', "
                         f"{', '.join(BRAND_TOKENS)} or palette.1 … palette.99)") from None


BRAND_TOKENS = ("brand.primary", "brand.secondary", "brand.text")
ColorOrToken = Annotated[str, AfterValidator(_color_or_token)]
Id = Annotated[str, AfterValidator(_id)]
Color = Annotated[str, AfterValidator(_color)]
LengthStr = Annotated[Union[str, int, float], AfterValidator(_length)]


def parse_model(model: type[BaseModel], source: Source, problems: Problems) -> BaseModel | None:
    """Validate `source.data` against `model`; each pydantic error becomes a located problem."""
    try:
        return model.model_validate(source.data)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            loc = tuple(err["loc"])
            source.problem(problems, loc, _message(model, err))
        return None


def _message(model: type[BaseModel], err: dict) -> str:
    kind, loc = err["type"], tuple(err["loc"])
    if kind == "extra_forbidden":
        parent = model_at(model, loc[:-1])
        if parent is None:
            return f"unknown key '{loc[-1]}'"
        close = difflib.get_close_matches(str(loc[-1]), list(parent.model_fields), n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        return f"unknown key '{loc[-1]}' ({hint}allowed: {', '.join(parent.model_fields)})"
    if kind == "missing":
        return "is required but missing"
    if kind == "model_type" or kind == "dict_type":
        return f"must be a mapping of keys and values, not {type(err['input']).__name__}"
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    if "input" in err and kind not in ("value_error",) and not isinstance(err["input"], (dict, list)):
        msg += f" (got {err['input']!r})"
    return msg


def model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """The model class that validates the value at `loc` below `model`, if any."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return None
            current = field.annotation
        elif typing.get_origin(current) in (list, tuple) and isinstance(part, int):
            current = typing.get_args(current)[0]
        elif typing.get_origin(current) is dict:
            current = typing.get_args(current)[1]
        else:
            return None
    current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(tp: Any) -> Any:
    """Strip Annotated and Optional/Union down to a model class or a container type."""
    origin = typing.get_origin(tp)
    if origin is Annotated:
        return _unwrap(typing.get_args(tp)[0])
    if origin in (Union, types.UnionType):
        for arg in typing.get_args(tp):
            found = _unwrap(arg)
            if (isinstance(found, type) and issubclass(found, BaseModel)) or typing.get_origin(found) in (list, dict):
                return found
        return None
    return tp


def parse_items(model: type[BaseModel], key: str, sources: list[Source], problems: Problems,
                only: set[str] | None) -> list[tuple[Source, BaseModel]]:
    """Parse each source as `model`; an id (the field `key`) used twice is an error at the second
    file. Returns the valid items that `only` selects (all when it is None)."""
    result, seen = [], {}
    for source in sources:
        item = parse_model(model, source, problems)
        if item is None:
            continue
        item_id = getattr(item, key)
        if item_id in seen:
            source.problem(problems, (key,), f"{key} id '{item_id}' is already used by {seen[item_id]}")
            continue
        seen[item_id] = source.file
        if only is None or item_id in only:
            result.append((source, item))
    return result
