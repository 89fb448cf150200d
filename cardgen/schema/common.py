"""Shared field types, the strict base model, and pydantic errors as located problems."""
from __future__ import annotations

import re
import types
import typing
from typing import Annotated, Any, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, ValidationError, WithJsonSchema

from ..errors import Problems
from ..layout.color import parse_colour
from ..layout.units import CARD_SIZES, MM, PAPER_SIZES, UnitError, parse_length, parse_size
from ..load.yamlfile import Source
from ..messages import msg


class Strict(BaseModel):
    """Base of all models: unknown keys are errors. Field docstrings become descriptions in the
    JSON Schema (schema/export.py reads them there, so a build does not parse source)."""

    model_config = ConfigDict(extra="forbid", frozen=True,
                              str_strip_whitespace=True)


def _id(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", value):
        raise ValueError(msg("'{value}' is not an id (use lowercase letters, digits and hyphens, e.g. 'emotie')",
                             value=value))
    return value


def _color(value: str) -> str:
    parse_colour(value)  # raises ValueError with what is allowed
    return value.upper() if value.startswith("#") else value.lower().replace(" ", "")


def _length(value: Any) -> str:
    try:
        parse_length(value)
    except UnitError as exc:
        raise ValueError(exc.args[0]) from None  # the message itself: str() would lose its translation
    return str(value)


def _named_size(named: dict[str, tuple[float, float]], low: float, high: float):
    """A validator for a named size or 'W x H' against one table of names (cards or paper), each side
    from `low` to `high` mm."""
    def _size(value: str) -> str:
        try:
            width, height = parse_size(value, named)
        except UnitError as exc:
            raise ValueError(exc.args[0]) from None
        if not all(low * MM - 1e-6 <= side <= high * MM + 1e-6 for side in (width, height)):
            raise ValueError(msg("{value} is out of range (allowed: each side {low:g} mm to {high:g} mm)",
                                 value=repr(value), low=low, high=high))
        return value
    return _size


# The built-in icons (drawn by render/icons.py, which checks it has exactly these).
ICON_NAMES = ("hart", "oog", "ster", "pijl", "vraag", "lamp", "mensen", "kompas", "blad", "sleutel", "check", "klok")


def _icon(value: str) -> str:
    if value not in ICON_NAMES:
        raise ValueError(msg("'{value}' is not a built-in icon (known: {known})", value=value,
                             known=", ".join(ICON_NAMES)))
    return value


CardSize = Annotated[str, AfterValidator(_named_size(CARD_SIZES, 20, 500))]
PaperSize = Annotated[str, AfterValidator(_named_size(PAPER_SIZES, 50, 5080))]
IconName = Annotated[str, AfterValidator(_icon)]
def _color_or_token(value: str) -> str:
    if value in BRAND_TOKENS or re.fullmatch(r"palette\.[1-9][0-9]?", value):
        return value
    try:
        return _color(value)
    except ValueError:
        raise ValueError(msg("'{value}' is not a colour (use '#RRGGBB', 'cmyk(0, 60, 80, 10)', {tokens} or "
                             "palette.1 … palette.99)", value=value, tokens=", ".join(BRAND_TOKENS))) from None


BRAND_TOKENS = ("brand.primary", "brand.secondary", "brand.text")
ColorOrToken = Annotated[str, AfterValidator(_color_or_token)]
Id = Annotated[str, AfterValidator(_id)]
Color = Annotated[str, AfterValidator(_color)]
LengthStr = Annotated[Union[str, int, float], AfterValidator(_length)]  # may be % and negative: box x/y/w/h

_NUMBER = r"([0-9]+(\.[0-9]+)?|\.[0-9]+)"
_UNITS = "[mM][mM]|[cC][mM]|[iI][nN]|[pP][tT]"
_SIGN = "[-+\u2212\u2013]"  # a typographic minus or dash counts as '-', as units.py reads it


def length_pattern(negative: bool) -> str:
    """A JSON Schema pattern for an absolute length ('4mm', '2.5 cm', '10mm + 2pt'; no %), as units.py reads it."""
    term = rf"{_NUMBER}\s*({_UNITS})?"
    first = rf"\s*({_SIGN if negative else '[+]'}\s*)?{term}"
    return rf"^{first}(\s*{_SIGN}\s*{term})*\s*$"


def _points(text: str) -> float:
    return parse_length(text, allow_percent=False).points


def _in_range(low: str, high: str):
    """A validator: an absolute length (no %) from `low` to `high` (both included)."""
    lo, hi = _points(low), _points(high)

    def _bounded_length(value: Any) -> Any:
        try:
            points = parse_length(value, allow_percent=False, allow_negative=lo < 0).points
        except UnitError as exc:
            if lo >= 0 and "is negative" in str(exc):
                raise ValueError(msg("{value} is out of range (allowed: {low} to {high})", value=repr(value),
                                     low=_shown(low), high=_shown(high))) from None
            raise ValueError(exc.args[0]) from None
        if not lo - 1e-9 <= points <= hi + 1e-9:
            raise ValueError(msg("{value} is out of range (allowed: {low} to {high})", value=repr(value),
                                 low=_shown(low), high=_shown(high)))
        return value
    return _bounded_length


def _shown(length: str) -> str:
    """'4mm' -> '4 mm', '-20mm' -> '−20 mm'."""
    m = re.fullmatch(r"\s*(-?)([0-9.]+)\s*([a-z]+)\s*", length)
    return f"{'−' if m.group(1) else ''}{m.group(2)} {m.group(3)}" if m else length


def Length(low: str, high: str) -> Any:
    """A length in a template with the range a printed card or page can use, e.g. Length("0mm", "50mm"):
    no percentages; out of range is a located error naming the range; the JSON Schema carries both."""
    negative = _points(low) < 0
    return Annotated[Union[str, int, float], AfterValidator(_in_range(low, high)), WithJsonSchema({
        "anyOf": [{"type": "string", "pattern": length_pattern(negative)}, {"type": "number", "enum": [0]}],
        "x-minimum": low, "x-maximum": high})]


# The ranges of the lengths in templates (docs/limits.md lists them).
FontSize = Length("3pt", "200pt")
MIN_BODY = 50 * MM  # a page keeps at least this much between its margins


def not_above_size(value: Any, info) -> Any:
    """For a `min_size` field validator: the floor may not be above the model's `size`."""
    size = info.data.get("size")
    if value is not None and size is not None and _points(value) > _points(size) + 1e-9:
        raise ValueError(msg("{value} is larger than size {size}; the floor must be at most the size",
                             value=repr(value), size=repr(size)))
    return value


def not_below_size(value: Any, info) -> Any:
    """For a `max_size` field validator: the ceiling may not be below the model's `size`."""
    size = info.data.get("size")
    if value is not None and size is not None and _points(value) < _points(size) - 1e-9:
        raise ValueError(msg("{value} is smaller than size {size}; the largest size must be at least the size",
                             value=repr(value), size=repr(size)))
    return value


def margin_leaves_room(value: Any, info) -> Any:
    """For a page `margin` field validator: at least MIN_BODY of the paper is left between the margins."""
    paper = info.data.get("paper")
    if value is None or paper is None:
        return value
    short = min(parse_size(paper, PAPER_SIZES))
    if short - 2 * _points(value) < MIN_BODY - 1e-9:
        most = (short - MIN_BODY) / 2 / MM
        raise ValueError(msg("{value} leaves less than {least:g} mm between the margins of {paper} paper "
                             "(allowed: 0 mm to {most:.0f} mm)", value=repr(value), least=MIN_BODY / MM, paper=paper,
                             most=max(most, 0)))
    return value


def numbers_for(n: int, columns: int) -> str:
    """`widths` with another number of numbers than the table has columns (a guide's or a form's table)."""
    if n == 1:
        return msg("widths has 1 numbers for {columns} columns", columns=columns)
    if columns == 1:
        return msg("widths has {n} numbers for 1 columns", n=n)
    return msg("widths has {n} numbers for {columns} columns", n=n, columns=columns)


def _template_name(value: str) -> str:
    """A template is named by its file name without .yaml: never a path (no '/', no '..')."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", value) or ".." in value:
        raise ValueError(msg("{value} is not a template name (the name of a .yaml file in templates/, without "
                             ".yaml: letters, digits, '-', '_' and '.', no folders)", value=repr(value)))
    return value


TemplateName = Annotated[str, AfterValidator(_template_name)]


def Text(most: int) -> Any:
    """Text of at most `most` characters: what a card or page can print, long before the YAML reader's
    100,000-character limit (docs/limits.md)."""
    return Annotated[str, StringConstraints(max_length=most)]


def _pack_path(value: str) -> str:
    """A file in the pack, as written in content: relative, forward slashes (load/paths.py resolves it)."""
    if "\0" in value or len(value) > 500:
        raise ValueError(msg("{value} is not a path of a file in the pack", value=repr(value[:40])))
    return value


PackPath = Annotated[str, AfterValidator(_pack_path)]


def _icon_ref(value: str) -> str:
    """A built-in icon name, or a path to an SVG or PNG in the pack (load/pictures.py checks the file)."""
    if value in ICON_NAMES:
        return value
    if re.search(r"\.(svg|png)$", value, re.IGNORECASE):
        return _pack_path(value)
    raise ValueError(msg("'{value}' is not a built-in icon (known: {known}) nor a path to an .svg or .png file in "
                         "the pack", value=value[:60], known=", ".join(ICON_NAMES)))


def _link(value: str) -> str:
    if not re.fullmatch(r"(https?://|mailto:)\S+", value, re.IGNORECASE):
        raise ValueError(msg("'{value}' is not a link (give a web address starting with https:// or http://, "
                             "or mailto:, without spaces)", value=value[:60]))
    return value


Link = Annotated[str, AfterValidator(_link)]
"""A web address (or mailto:) printed as a QR code; whether it fits its box is decided by the layout."""

IconRef = Annotated[str, AfterValidator(_icon_ref)]
"""A built-in icon name, or the path of an SVG or PNG inside the pack (categories, cards, roles, steps)."""


def _version(value: str) -> str:
    """A version label becomes part of a file name (intervisie-BRAND-VERSION.zip): a name, never a path."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}", value) or ".." in value:
        raise ValueError(msg("{value} is not a version label (it becomes part of a file name: letters, "
                             "digits, '.', '-' and '_', at most 40, e.g. '2026.1')", value=repr(value[:60])))
    return value


def _website(value: str) -> str:
    """An address that is printed and fits a QR code: no spaces, at most 500 characters."""
    if len(value) > 500 or re.search(r"\s", value):
        raise ValueError(msg("{value} is not a web address (no spaces; at most 500 characters, so that it "
                             "fits a QR code)", value=repr(value[:60])))
    return value


Version = Annotated[str, StringConstraints(max_length=40), AfterValidator(_version)]
Website = Annotated[str, StringConstraints(max_length=500), AfterValidator(_website)]


def parse_model(model: type[BaseModel], source: Source, problems: Problems) -> BaseModel | None:
    """Validate `source.data` against `model`; each pydantic error becomes a located problem in the user's
    words (schema/messages.py). A colour left unquoted (`color: #B5452F`, which YAML reads as a key with a
    comment and no value) is an error even where the key is optional."""
    from .messages import colour_comments, comment_hint, data_loc, friendly

    unquoted = colour_comments(source.data, source.marks)
    for path, hint in unquoted:
        source.problem(problems, path, msg("is empty{hint}", hint=hint))
    try:
        item = model.model_validate(source.data)
    except ValidationError as exc:
        seen = set()
        for err in exc.errors(include_url=False):
            loc = data_loc(tuple(err["loc"]), source.data)
            if loc in seen or loc in dict(unquoted):
                continue  # a union's members each complain about the same value
            seen.add(loc)
            hint = comment_hint(*source.mark(loc)[:2]) if err.get("input", 0) is None else ""
            source.problem(problems, loc, friendly(model, err, source.data, hint))
        return None
    return None if unquoted else item


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
            source.problem(problems, (key,), msg("{key} id '{id}' is already used by {file}", key=key, id=item_id,
                                                 file=seen[item_id]))
            continue
        seen[item_id] = source.file
        if only is None or item_id in only:
            result.append((source, item))
    return result
