"""A list of an item read from a spreadsheet: a deck's `cards:`, a form's `fields:`.

`cards: tabellen/kaarten.xlsx` or `cards: {file: tabellen/kaarten.xlsx, sheet: Vragen}` (a path inside
the pack folder, relative to it, as every path in content) is read by `load/tables.py` before the item is
validated: each row becomes a mapping of its columns, so the same model checks it as if it had been
written in YAML. The item's source then locates a problem of a row at its cell
(`content/tabellen/kaarten.xlsx:Vragen!C14: category: …`) and everything else at its YAML line.
"""
from __future__ import annotations

import os
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Problems
from ..load.paths import OutsideFolder, inside
from ..load.tables import TableError, as_text, read_table
from ..load.templates import display_path
from ..load.yamlfile import Path_, Source, format_path
from ..messages import msg
from ..schema.messages import _strip_optional

LIST_SEPARATOR = "|"  # a list in one cell: 'ja | deels | nee'


@dataclass
class TableSource(Source):
    """A Source whose list under one key came from a spreadsheet: problems in it are located at cells."""

    cells: dict[tuple, tuple[str, str]] = field(default_factory=dict)  # (key, i[, column]) -> (file, cell)
    original: Any = None  # the YAML's data, which names the spreadsheet (the build cache hashes the files it names)

    def _cell(self, path: Path_):
        path = tuple(path)
        for n in range(min(len(path), 3), 1, -1):
            if path[:n] in self.cells:
                return self.cells[path[:n]]
        return None

    def problem(self, problems: Problems, path: Path_, message: str) -> None:
        found = self._cell(path)
        if found is None:
            return super().problem(problems, path, message)
        problems.add(found[0], message, field=format_path(tuple(path)[2:]), cell=found[1])

    def warning(self, problems: Problems, path: Path_, message: str) -> None:
        found = self._cell(path)
        if found is None:
            return super().warning(problems, path, message)
        problems.warn(found[0], message, field=format_path(tuple(path)[2:]), cell=found[1])


def table_reference(value) -> tuple[str, str | None] | None:
    """(file, sheet) when a list's value names a spreadsheet (`x.xlsx` or {file, sheet}), else None."""
    if isinstance(value, str):
        return value, None
    if isinstance(value, dict) and isinstance(value.get("file"), str):
        sheet = value.get("sheet")
        return value["file"], sheet if isinstance(sheet, str) else None
    return None


def expand(source: Source, key: str, model: type, root: Path, problems: Problems, what: str) -> Source | None:
    """`source` with the spreadsheet its `key` names read into rows of `model` (each row's cells located);
    `source` itself when `key` holds a list (or anything else the model will judge); None after recording
    why the spreadsheet cannot be used."""
    value = source.data.get(key) if isinstance(source.data, dict) else None
    if not isinstance(value, (str, dict)) or (isinstance(value, dict) and not {"file", "sheet"} & value.keys()):
        return source  # a list as ever, or something the model will call not a list
    if isinstance(value, dict):
        unknown = [k for k in value if k not in ("file", "sheet")]
        for name in unknown:
            source.problem(problems, (key, name), msg("unknown key '{name}' (allowed: file, sheet)", name=name))
        if not isinstance(value.get("file"), str):
            source.problem(problems, (key,), msg("needs file: the .xlsx or .csv file inside the pack folder"))
        bad_sheet = value.get("sheet") is not None and not isinstance(value.get("sheet"), (str, int))
        if bad_sheet:
            source.problem(problems, (key, "sheet"), msg("expected the name of a sheet of the workbook"))
        if unknown or bad_sheet or not isinstance(value.get("file"), str):
            return None
        if isinstance(value.get("sheet"), int):  # a sheet named 2024 reads as a number in YAML
            value = {**value, "sheet": str(value["sheet"])}
    file, sheet = table_reference(value)
    shown = file if len(file) <= 80 else file[:77] + "…"
    at = (key, "file") if isinstance(value, dict) else (key,)
    try:
        path = inside(root, file, "spreadsheets")
    except OutsideFolder as exc:
        source.problem(problems, at, str(exc))  # str() of these errors is their message, said in the run's language
        return None
    if not os.path.exists(path):  # False too for a name the file system refuses (too long)
        source.problem(problems, at, msg("'{file}' does not exist in the pack folder {folder}/ (paths are relative "
                                         "to it)", file=shown, folder=root.name))
        return None
    fields = model.model_fields
    required = tuple(name for name, info in fields.items() if info.is_required())
    before = len(problems.items)
    try:
        table = read_table(path, display_path(path), problems, tuple(fields), sheet, required=required, what=what,
                           name=shown)
    except TableError as exc:
        source.problem(problems, (key, "sheet") if "no sheet" in str(exc) else at, str(exc))
        return None
    if len(problems.items) > before:
        return None
    rows, cells = [], {}
    for i, row in enumerate(table.rows):
        rows.append({name: _typed(fields[name].annotation, value) for name, value in row.values.items()})
        cells[(key, i)] = (table.file, row.first)
        for name, place in row.cells.items():
            cells[(key, i, name)] = (table.file, place)
    return TableSource(source.file, {**source.data, key: rows}, source.marks, cells, source.data)


def _typed(annotation, value):
    """A cell's value as its field wants it: a number as text where text is wanted, a cell of a list
    field split at '|' ('ja | deels | nee')."""
    wanted = _strip_optional(annotation)
    if typing.get_origin(wanted) is list:
        if isinstance(value, str):
            return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]
        return [as_text(value)] if _wants_text(typing.get_args(wanted)) else [value]
    return as_text(value) if wanted is str else value


def _wants_text(args) -> bool:
    return bool(args) and _strip_optional(args[0]) is str


def expand_all(sources: list[Source], key: str, model: type, root: Path, problems: Problems,
               what: str) -> list[Source]:
    """Every source with its spreadsheet read in; the ones whose spreadsheet cannot be used are left out."""
    expanded = (expand(source, key, model, root, problems, what) for source in sources)
    return [source for source in expanded if source is not None]
