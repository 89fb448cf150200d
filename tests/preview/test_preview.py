"""`cardgen preview`: one PNG per card face at the trim size, the category colour in the band,
and a proof sheet; the same input gives the same bytes."""
import hashlib

import pytest
from PIL import Image

from ..conftest import copy_fixture, run_cli


@pytest.fixture(scope="module")
def previews(tmp_path_factory):
    work = copy_fixture("valid/sample", tmp_path_factory.mktemp("preview"))
    result = run_cli("preview", "content", "-o", "out", "--dpi", "200", cwd=work)
    assert result.returncode == 0, result.stderr
    return work


def test_one_png_per_distinct_card_face(previews):
    files = sorted(p.name for p in (previews / "out" / "previews" / "sample").iterdir())
    assert files == [f"P-0{i}-{side}.png" for i in (1, 2, 3) for side in ("back", "front")]


def test_cards_are_the_trim_size_at_the_asked_resolution(previews):
    for path in (previews / "out" / "previews" / "sample").iterdir():
        with Image.open(path) as image:
            assert image.size == pytest.approx((63 / 25.4 * 200, 88 / 25.4 * 200), abs=1.5)


def test_front_band_has_the_category_colour(previews):
    with Image.open(previews / "out" / "previews" / "sample" / "P-01-front.png") as image:
        assert image.convert("RGB").getpixel((5, 5)) == pytest.approx((0xB5, 0x45, 0x2F), abs=4)


def test_proof_sheet_shows_every_front_then_every_distinct_back_in_one_row(previews):
    """Six tiles in one row, 24 px apart: the fronts of P-01, P-02 and P-03, then their backs (all three
    differ: red, blue, and P-03's own text), each the card's own preview pixel for pixel, with its
    label in the strip under it."""
    folder = previews / "out" / "previews"
    tiles = [f"P-0{i}-{side}.png" for side in ("front", "back") for i in (1, 2, 3)]
    with Image.open(folder / "sample-proof.png") as proof:
        proof = proof.convert("RGB")
        for i, name in enumerate(tiles):
            with Image.open(folder / "sample" / name) as card:
                card = card.convert("RGB")
                w, h = card.size
                x, y = 24 + i * (w + 24), 24
                assert proof.crop((x, y, x + w, y + h)).tobytes() == card.tobytes(), f"tile {i + 1} is not {name}"
                label = proof.crop((x, y + h + 4, x + w, y + h + 37))
                assert label.convert("L").getextrema()[0] < 100, f"no label under {name}"
        label_h = max(12, 200 // 8) + 12
        assert proof.size == (24 + 6 * (w + 24), 24 + h + label_h + 24)


def test_same_input_same_bytes(previews, tmp_path):
    work = copy_fixture("valid/sample", tmp_path)
    assert run_cli("preview", "content", "-o", "out", "--dpi", "200", cwd=work).returncode == 0
    for path in (previews / "out" / "previews").rglob("*.png"):
        twin = work / "out" / "previews" / path.relative_to(previews / "out" / "previews")
        assert hashlib.sha256(twin.read_bytes()).digest() == hashlib.sha256(path.read_bytes()).digest()
