"""The JSON Schema of a list that may also name a spreadsheet (`cards: tabellen/kaarten.xlsx`).

The models validate the list itself: kinds/tabular.py reads the spreadsheet into it before validation.
Editors check the file before that, so their schema says the value may be a list, a path of a .xlsx or
.csv file, or {file, sheet}.
"""
from __future__ import annotations

SPREADSHEET_PATTERN = r"\.([xX][lL][sS][xX]|[cC][sS][vV])$"
SPREADSHEET = {"type": "string", "pattern": SPREADSHEET_PATTERN, "maxLength": 500,
               "description": "A .xlsx or .csv file inside the pack folder (relative to it); its first row names "
                              "the columns, each row below it is one item."}
SPREADSHEET_REF = {"type": "object", "additionalProperties": False, "required": ["file"],
                   "properties": {"file": SPREADSHEET,
                                  "sheet": {"type": "string", "maxLength": 100,
                                            "description": "The sheet of the workbook (default: the first)."}}}


def or_spreadsheet(schema: dict) -> None:
    """`json_schema_extra` of such a list: the list's schema, or a spreadsheet, or {file, sheet}."""
    as_list = dict(schema)
    schema.clear()
    schema["anyOf"] = [as_list, dict(SPREADSHEET), {**SPREADSHEET_REF}]
