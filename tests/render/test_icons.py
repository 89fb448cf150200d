"""Every built-in icon draws a distinct, non-empty shape inside its square."""
import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from cardgen.render.icons import ICONS, draw_icon
from cardgen.schema.common import ICON_NAMES


def rendered(tmp_path, name):
    path = tmp_path / f"{name}.pdf"
    canvas = Canvas(str(path), pagesize=(120, 120), invariant=1)
    draw_icon(canvas, name, 10, 10, 100, (0, 0, 0), (1, 1, 1))
    canvas.save()
    doc = pdfium.PdfDocument(str(path))
    image = doc[0].render(scale=1).to_pil().convert("L")
    doc.close()
    return image


def test_schema_and_renderer_know_the_same_icons():
    assert set(ICONS) == set(ICON_NAMES)


@pytest.mark.parametrize("name", ICONS)
def test_icon_is_drawn_inside_its_square(tmp_path, name):
    image = rendered(tmp_path, name)
    dark = [(x, y) for y in range(120) for x in range(120) if image.getpixel((x, y)) < 128]
    assert len(dark) > 0.08 * 100 * 100  # a real shape, not a speck
    assert len(dark) < 0.9 * 100 * 100  # and not a filled square
    assert all(9 <= x <= 111 and 9 <= y <= 111 for x, y in dark)


def test_ring_icons_have_holes(tmp_path):
    for name in ("kompas", "klok", "oog"):
        image = rendered(tmp_path, name)
        assert image.getpixel((60, 60 - 42 + 6)) > 128 or image.getpixel((60 - 30, 60)) > 128, name


def test_icons_differ(tmp_path):
    shapes = {name: rendered(tmp_path, name).tobytes() for name in ICONS}
    assert len(set(shapes.values())) == len(ICONS)
