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


def test_proof_sheet(previews):
    with Image.open(previews / "out" / "previews" / "sample-proof.png") as proof:
        with Image.open(previews / "out" / "previews" / "sample" / "P-01-front.png") as card:
            assert proof.width > 3 * card.width and proof.height > card.height


def test_same_input_same_bytes(previews, tmp_path):
    work = copy_fixture("valid/sample", tmp_path)
    assert run_cli("preview", "content", "-o", "out", "--dpi", "200", cwd=work).returncode == 0
    for path in (previews / "out" / "previews").rglob("*.png"):
        twin = work / "out" / "previews" / path.relative_to(previews / "out" / "previews")
        assert hashlib.sha256(twin.read_bytes()).digest() == hashlib.sha256(path.read_bytes()).digest()
