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


def enclosed(image) -> int:
    """How many light pixels the shape encloses: those a flood fill from the corner (outside the
    shape, through light pixels, 4-connected) does not reach."""
    width, height = image.size
    light = {(x, y) for y in range(height) for x in range(width) if image.getpixel((x, y)) >= 128}
    reached, todo = set(), [(0, 0)]
    while todo:
        x, y = todo.pop()
        if (x, y) in reached or (x, y) not in light:
            continue
        reached.add((x, y))
        todo += [(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)]
    return len(light - reached)


@pytest.mark.parametrize("name", ["kompas", "klok", "oog"])
def test_ring_icons_have_holes(tmp_path, name):
    """A ring (the compass's and the clock's face, the eye's outline) encloses light pixels that the
    background cannot reach: at least 5 % of the 100 x 100 square."""
    assert enclosed(rendered(tmp_path, name)) >= 0.05 * 100 * 100, f"{name} encloses no hole"


@pytest.mark.parametrize("name", ["hart", "ster", "pijl", "check", "blad"])
def test_solid_icons_have_none(tmp_path, name):
    assert enclosed(rendered(tmp_path, name)) == 0, f"{name} has a hole"


def test_icons_differ(tmp_path):
    shapes = {name: rendered(tmp_path, name).tobytes() for name in ICONS}
    assert len(set(shapes.values())) == len(ICONS)
