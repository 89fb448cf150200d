"""JSON Schema for editors, with each field's docstring as its description.

The models are built without pydantic's `use_attribute_docstrings`, which reads and parses
their source at import time on every run; the docstrings are only needed here, so they are
read here: the statement right after a field's annotation is its docstring.
"""
from __future__ import annotations

import ast
import functools
import inspect
import textwrap
import typing

from pydantic import BaseModel


@functools.cache  # reading and parsing the source is most of the cost of a schema; a class does not change
def field_docs(cls: type) -> dict[str, str]:
    """Field name -> docstring, from the class body's source (not inherited fields). Shared: do not change."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    body, docs = tree.body[0].body, {}
    for node, after in zip(body, body[1:]):
        if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant) and isinstance(after.value.value, str)):
            docs[node.target.id] = inspect.cleandoc(after.value.value)
    return docs


def _models(annotation, seen: set[type]) -> None:
    """Every model class reachable from a type annotation (list[Card], Union[...], Optional...)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in seen:
            return
        seen.add(annotation)
        for field in annotation.model_fields.values():
            _models(field.annotation, seen)
        return
    for arg in typing.get_args(annotation):
        _models(arg, seen)


def json_schema(model: type[BaseModel]) -> dict:
    schema = model.model_json_schema()
    models: set[type] = set()
    _models(model, models)
    for cls in models:
        target = schema if cls is model else schema.get("$defs", {}).get(cls.__name__)
        if not target:
            continue
        docs = {}
        for base in reversed(cls.__mro__):  # inherited fields keep their own docstrings
            if isinstance(base, type) and issubclass(base, BaseModel) and base is not BaseModel:
                docs.update(field_docs(base))
        for name, prop in target.get("properties", {}).items():
            if name in docs:
                prop.setdefault("description", docs[name])
        if cls.__doc__:
            target.setdefault("description", inspect.cleandoc(cls.__doc__))
    return schema
