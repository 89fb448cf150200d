"""docs/guides/ is generated from the example files: a guide or picture that no longer matches what the
generator makes from them fails here (run `make docs`)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from ..conftest import ROOT

GUIDES = ROOT / "docs" / "guides"
KINDS = ("deck", "method", "guide", "agenda", "form", "certificate", "brand", "template")


def _generator():
    spec = importlib.util.spec_from_file_location("generate_guides", GUIDES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("guides")
    _generator().generate(out)
    return out


def test_there_is_a_guide_per_kind_and_the_readme_links_them():
    assert tuple(_generator().GUIDES) == KINDS
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"(docs/guides/{kind}.md)" in readme, kind


@pytest.mark.parametrize("kind", KINDS)
def test_each_guide_is_what_the_example_files_give(fresh, kind):
    assert (GUIDES / f"{kind}.md").read_text(encoding="utf-8") == (fresh / f"{kind}.md").read_text(encoding="utf-8"), \
        "docs/guides is out of date: run `make docs`"
    text = (GUIDES / f"{kind}.md").read_text(encoding="utf-8")
    assert f"![" in text and f"(img/{kind}.png)" in text and "```yaml" in text


@pytest.mark.parametrize("kind", KINDS)
def test_each_picture_shows_what_the_example_files_give(fresh, kind):
    """Same size, and (allowing for a renderer's anti-aliasing) the same pixels."""
    committed = Image.open(GUIDES / "img" / f"{kind}.png").convert("RGB")
    made = Image.open(fresh / "img" / f"{kind}.png").convert("RGB")
    assert committed.size == made.size, "docs/guides/img is out of date: run `make docs`"
    diff = ImageChops.difference(committed, made).convert("L").point(lambda v: 255 if v > 40 else 0)
    changed = sum(diff.histogram()[255:]) / (made.width * made.height)
    assert changed < 0.002, f"{changed:.2%} of the pixels differ: run `make docs`"
