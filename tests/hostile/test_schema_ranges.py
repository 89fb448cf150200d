"""Every length, size, offset and count in templates and content has a range in its schema, and the
JSON Schema an editor reads carries it: lengths as a pattern (no %, no minus where refused) with
x-minimum/x-maximum, numbers as minimum/maximum, lists and texts as maxItems/maxLength."""
import json
import re

import jsonschema
import pytest

from ..conftest import run_cli


def _schema(kind: str, tmp_path) -> dict:
    result = run_cli("schema", kind, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _pattern(prop: dict) -> str:
    return next(p["pattern"] for p in prop["anyOf"] if "pattern" in p)


@pytest.mark.parametrize("field, low, high", [("margin", "0mm", "100mm"), ("gutter", "0mm", "50mm"),
                                              ("cut_mark_length", "0mm", "30mm"), ("fold_gap", "0mm", "50mm")])
def test_sheet_lengths_carry_their_range(tmp_path, field, low, high):
    prop = _schema("sheet-template", tmp_path)["properties"][field]
    assert (prop["x-minimum"], prop["x-maximum"]) == (low, high)
    pattern = re.compile(_pattern(prop))
    for good in ("4mm", "4 mm", "2.5 cm", "11pt", "0.5in", "0", "10mm + 2pt", "10mm - 2mm"):
        assert pattern.search(good), good
    for bad in ("-4mm", "50%", "1e999mm", "4 furlongs", "", "−4mm"):
        assert not pattern.search(bad), bad


def test_back_offsets_may_be_negative(tmp_path):
    offsets = _schema("sheet-template", tmp_path)["properties"]["back_offset"]["prefixItems"]
    assert [(o["x-minimum"], o["x-maximum"]) for o in offsets] == [("-20mm", "20mm")] * 2
    assert re.search(_pattern(offsets[0]), "-0.4mm") and not re.search(_pattern(offsets[0]), "10%")


def test_font_sizes_and_the_bleed(tmp_path):
    card = _schema("card-template", tmp_path)
    size = card["$defs"]["Style"]["properties"]["size"]
    assert (size["x-minimum"], size["x-maximum"]) == ("3pt", "200pt")
    bleed = _schema("print-template", tmp_path)["properties"]["bleed"]
    assert (bleed["x-minimum"], bleed["x-maximum"]) == ("0mm", "20mm")


def test_counts_and_texts(tmp_path):
    deck = _schema("deck", tmp_path)
    [listed] = [b for b in deck["properties"]["cards"]["anyOf"] if b.get("type") == "array"]  # or a spreadsheet
    assert listed["maxItems"] == 10_000
    assert deck["properties"]["categories"]["maxProperties"] == 99
    card = deck["$defs"]["Card"]["properties"]
    assert (card["copies"]["minimum"], card["copies"]["maximum"]) == (1, 100)
    assert card["text"]["maxLength"] == 5000
    agenda = _schema("agenda", tmp_path)
    turns = agenda["properties"]["turns"]["anyOf"]
    assert {"type": "integer", "minimum": 1, "maximum": 20} in turns


def test_the_schema_refuses_what_cardgen_refuses(tmp_path):
    sheet = _schema("sheet-template", tmp_path)
    validator = jsonschema.Draft202012Validator(sheet)
    assert not list(validator.iter_errors({"template": "t", "kind": "sheet", "gutter": "4mm"}))
    assert list(validator.iter_errors({"template": "t", "kind": "sheet", "gutter": "-4mm"}))
    assert list(validator.iter_errors({"template": "t", "kind": "sheet", "margin": "50%"}))


@pytest.mark.parametrize("model, data, message", [
    ("deck", {"card_size": "0.1mm x 0.1mm"}, "card_size: '0.1mm x 0.1mm' is out of range (allowed: each side 20 mm "
                                               "to 500 mm)"),
    ("sheet", {"paper": "30mm x 30mm"}, "paper: '30mm x 30mm' is out of range (allowed: each side 50 mm to 5080 mm)"),
    ("form", {"margin": "90mm"}, "margin: '90mm' leaves less than 50 mm between the margins of A4 paper (allowed: "
                                 "0 mm to 80 mm)"),
    ("form", {"size": "8pt", "min_size": "9pt"}, "min_size: '9pt' is larger than size '8pt'; the floor must be at "
                                                 "most the size"),
])
def test_sizes_no_card_or_page_could_use(model, data, message):
    from cardgen.errors import Problems
    from cardgen.load.yamlfile import Source
    from cardgen.schema.common import parse_model
    from cardgen.schema.deck import Deck
    from cardgen.schema.form import FormTemplate
    from cardgen.schema.template import SheetTemplate

    base = {"deck": {"deck": "d", "title": "T", "categories": {"a": {"label": "A"}},
                     "cards": [{"category": "a", "text": "x"}]},
            "sheet": {"template": "s", "kind": "sheet"}, "form": {"template": "f", "kind": "form"}}[model]
    cls = {"deck": Deck, "sheet": SheetTemplate, "form": FormTemplate}[model]
    problems = Problems()
    assert parse_model(cls, Source("x.yaml", {**base, **data}, {}), problems) is None
    assert [str(p) for p in problems.items] == [f"x.yaml:1:1: {message}"]
