"""Editor hookup for a pack: JSON Schemas with the choices spelled out, and VS Code's settings.

`cardgen schema KIND` exports a model as pydantic sees it; several of its fields are plain strings
checked by a validator (icons, card sizes, paper, colours). For an editor those choices must be in the
schema itself, as `enum` (offered while typing) and `pattern` (checked while typing), so this module adds
them, read from the same tables the validators use. Template schemas leave out `required`: a template
that `extends:` another names only what it changes.
"""
from __future__ import annotations

import copy
import functools
import typing

from pydantic import BaseModel

from .kinds import registry, schemas
from .layout.units import CARD_SIZES, PAPER_SIZES
from .schema import common
from .schema.export import json_schema

SCHEMA_DIR = "schemas"
TEMPLATE_DIR = "templates"
CONTENT_DIR = "content"
_NUMBER = r"[0-9]+(\.[0-9]+)?"
_LENGTH = rf"{_NUMBER}\s*(mm|cm|in|pt)"
SIZE_PATTERN = rf"^\s*{_LENGTH}\s*[xX×]\s*{_LENGTH}\s*$"
COLOUR_PATTERN = rf"^(#[0-9A-Fa-f]{{6}}|[cC][mM][yY][kK]\(\s*{_NUMBER}\s*(,\s*{_NUMBER}\s*){{3}}\))$"
PALETTE_PATTERN = r"^palette\.[1-9][0-9]?$"


def _choices(func) -> dict | None:
    """The schema of the strings a validator accepts, or None for a validator this module does not know."""
    if func is common._icon:
        return {"type": "string", "enum": list(common.ICON_NAMES)}
    if func is common._icon_ref:  # offered while typing: the built-in names; a pack's .svg or .png also goes
        return {"anyOf": [{"type": "string", "enum": list(common.ICON_NAMES)},
                          {"type": "string", "pattern": r"\.([sS][vV][gG]|[pP][nN][gG])$"}]}
    if func is common._color:
        return {"type": "string", "pattern": COLOUR_PATTERN, "examples": ["#2F6F6A", "cmyk(0, 60, 80, 10)"]}
    if func is common._color_or_token:
        return {"anyOf": [{"type": "string", "enum": list(common.BRAND_TOKENS)},
                          {"type": "string", "pattern": PALETTE_PATTERN},
                          {"type": "string", "pattern": COLOUR_PATTERN}]}
    cells = [c.cell_contents for c in (getattr(func, "__closure__", None) or ())]
    for table, upper in ((CARD_SIZES, False), (PAPER_SIZES, True)):
        if any(cell is table for cell in cells):
            names = [n.capitalize() if upper and n == "letter" else n.upper() if upper else n for n in table]
            return {"anyOf": [{"type": "string", "enum": names}, {"type": "string", "pattern": _any_case(table)},
                              {"type": "string", "pattern": SIZE_PATTERN}]}
    return None


def _any_case(names) -> str:
    """A pattern for the names in any case ('a4', 'A4'), as the size reader accepts them."""
    alternatives = ("".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in n) for n in names)
    return rf"^\s*({'|'.join(alternatives)})\s*$"


def _validators(annotation, metadata=()) -> list:
    found = [m.func for m in metadata if hasattr(m, "func")]
    if typing.get_origin(annotation) is typing.Annotated:
        found += [m.func for m in annotation.__metadata__ if hasattr(m, "func")]
    for arg in typing.get_args(annotation):
        found += _validators(arg)
    return found


def _patch(node, choice: dict) -> object:
    """Every plain string in a property's schema (also inside anyOf, items, values) becomes `choice`."""
    if isinstance(node, dict):
        if node.get("type") == "string" and not ({"enum", "pattern", "const"} & node.keys()):
            extra = {k: v for k, v in node.items() if k not in ("type",)}
            return {**copy.deepcopy(choice), **extra}
        return {k: _patch(v, choice) if k in ("anyOf", "oneOf", "items", "additionalProperties") else v
                for k, v in node.items()}
    if isinstance(node, list):
        return [_patch(v, choice) for v in node]
    return node


def _models(model: type[BaseModel], seen: dict[str, type[BaseModel]]) -> None:
    if model.__name__ in seen:
        return
    seen[model.__name__] = model
    for field in model.model_fields.values():
        for sub in _model_args(field.annotation):
            _models(sub, seen)


def _model_args(annotation) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _model_args(arg)]


def enriched(model: type[BaseModel], template: bool = False) -> dict:
    """The model's JSON Schema with icons, card sizes, paper and colours as choices (a copy: change it freely)."""
    return copy.deepcopy(_enriched(model, template))


@functools.cache  # pydantic takes ~5 ms a schema, and `init`, `schema` and the guides ask for all of them
def _enriched(model: type[BaseModel], template: bool) -> dict:
    schema = json_schema(model)
    models: dict[str, type[BaseModel]] = {}
    _models(model, models)
    for name, cls in models.items():
        target = schema if cls is model else schema.get("$defs", {}).get(name)
        if not target:
            continue
        for field_name, field in cls.model_fields.items():
            prop = target.get("properties", {}).get(field_name)
            choices = [c for c in (_choices(f) for f in _validators(field.annotation, field.metadata)) if c]
            if prop is not None and choices:
                target["properties"][field_name] = _patch(prop, choices[0])
        if template:
            keep = [r for r in target.get("required", []) if cls is model and r in ("template", "kind")]
            target.pop("required", None)
            if keep:
                target["required"] = keep
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def template_kinds() -> dict[str, type[BaseModel]]:
    """Template kind (the `kind:` of a template file) -> its model, from the registry."""
    out: dict[str, type[BaseModel]] = {}
    for kind in registry():
        out.update(kind.templates)
    return out


def editor_schemas() -> dict[str, dict]:
    """File name -> schema: one per content kind, the brand, each template kind, and `template`, which
    picks the template kind's schema by the file's `kind:`."""
    known = schemas()
    tkinds = template_kinds()
    template_names = {f"{name}-template" for name in tkinds}
    files = {f"{name}.schema.json": enriched(model, name in template_names) for name, model in known.items()}
    files["template.schema.json"] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Layout template",
        "description": "A layout template; `kind:` says which (card, sheet, print, cheatsheet, …).",
        "type": "object",
        "required": ["template", "kind"],
        "properties": {"kind": {"enum": list(tkinds)}},
        "allOf": [{"if": {"properties": {"kind": {"const": name}}, "required": ["kind"]},
                   "then": {"$ref": f"{name}-template.schema.json"}} for name in tkinds],
    }
    return files


def content_folder(key: str) -> str:
    """The folder a kind's files live in by convention: deck -> decks, agenda -> agendas."""
    return f"{key}s"


def vscode_settings() -> dict:
    """`.vscode/settings.json`: the YAML extension (redhat.vscode-yaml) checks and completes each file
    with its kind's schema, chosen by folder."""
    mapping = {f"./{SCHEMA_DIR}/{kind.key}.schema.json": [f"{CONTENT_DIR}/{content_folder(kind.key)}/**/*.yaml",
                                                           f"{CONTENT_DIR}/{content_folder(kind.key)}/**/*.yml"]
               for kind in registry()}
    mapping[f"./{SCHEMA_DIR}/brand.schema.json"] = [f"{CONTENT_DIR}/brand.yaml"]
    mapping[f"./{SCHEMA_DIR}/template.schema.json"] = [f"{TEMPLATE_DIR}/*.yaml", f"{CONTENT_DIR}/templates/*.yaml"]
    return {"yaml.schemas": mapping, "yaml.validate": True, "yaml.completion": True, "yaml.hover": True,
            "files.encoding": "utf8", "[yaml]": {"editor.tabSize": 2, "editor.insertSpaces": True}}
