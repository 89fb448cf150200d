"""A brand changes exactly the branded parts: fonts, text colour, logo, metadata; nothing moves."""
import shutil
from pathlib import Path

import pikepdf
import pytest
import reportlab
from PIL import ImageChops, ImageDraw

from ..conftest import FIXTURES, copy_fixture, run_cli
from ..yamledit import edit_yaml, line_of, swap
from .pdfcheck import close, fonts, hex_rgb, render

PX = 8
VERA = Path(reportlab.__file__).parent / "fonts"


def brand_dir(tmp_path) -> Path:
    target = tmp_path / "vereniging"
    shutil.copytree(FIXTURES / "brands" / "vereniging", target)
    for name in ("Vera.ttf", "VeraBd.ttf"):
        shutil.copy(VERA / name, target / name)
    return target


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("brands")
    work = copy_fixture("valid/sample", tmp)
    brand = brand_dir(tmp)
    for out, extra in (("plain", ()), ("branded", ("--brand", str(brand / "brand.yaml")))):
        result = run_cli("build", "content", "-o", out, *extra, cwd=work)
        assert result.returncode == 0, result.stderr
    return work / "plain" / "decks", work / "branded" / "decks"


def test_metadata_names_the_brand(two_builds):
    plain, branded = two_builds
    with pikepdf.open(branded / "sample-print.pdf") as pdf:
        info = pdf.docinfo
        assert str(info["/Author"]) == "Beroepsvereniging Casemanagers"
        assert "2026.1" in str(info["/Keywords"])
        assert str(info["/Creator"]).startswith("cardgen")
        assert str(pdf.Root.Lang) == "nl-NL"
    with pikepdf.open(plain / "sample-print.pdf") as pdf:
        assert str(pdf.docinfo["/Author"]) == "cardgen"


def test_brand_fonts_replace_the_faces_they_give(two_builds):
    plain, branded = two_builds
    with pikepdf.open(branded / "sample-print.pdf") as pdf:
        names = [name for name, embedded in fonts(pdf) if embedded]
    assert any("Vera" in n and "Bold" not in n and "Bd" not in n for n in names)  # regular: the brand's
    assert any("Lato-Italic" in n for n in names)  # italic: not given by the brand, so Lato
    assert not any(n.endswith("+Lato-Regular") for n in names)
    with pikepdf.open(plain / "sample-print.pdf") as pdf:
        assert not any("Vera" in n for n, _ in fonts(pdf))


def mask(image, boxes_mm, bleed=3):
    out = image.copy()
    draw = ImageDraw.Draw(out)
    for x, y, w, h in boxes_mm:
        draw.rectangle([(x + bleed) * PX - 2, (y + bleed) * PX - 2, (x + bleed + w) * PX + 2, (y + bleed + h) * PX + 2],
                       fill=(255, 0, 255))
    return out


# The boxes of the question-card template (mm from the trim's top-left) whose content is branded:
# text in the brand's fonts and colour, and the brand's logo. The back's subtitle is not among them: it is
# italic, a face this brand does not give, so it stays in Lato and must not change.
FRONT_TEXT = [(4.5, 4, 46, 8), (5, 19, 53, 58), (5, 79, 20, 5)]
BACK_TEXT = [(6, 45, 51, 14), (19.5, 70, 24, 6.5), (6, 78, 51, 5)]


def crop(image, box, bleed=3):
    x, y, w, h = box
    return image.crop((int((x + bleed) * PX), int((y + bleed) * PX), int((x + bleed + w) * PX), int((y + bleed + h) * PX)))


@pytest.mark.parametrize("page, boxes", [(0, FRONT_TEXT), (1, BACK_TEXT), (2, FRONT_TEXT), (3, BACK_TEXT)])
def test_the_brand_shows_in_every_branded_box_and_nothing_else_moves(two_builds, page, boxes):
    plain, branded = two_builds
    a, b = (render(d / "sample-print.pdf", page, PX) for d in (plain, branded))
    for box in boxes:  # each box changes: its text in the brand's font (and colour), or the brand's logo
        assert ImageChops.difference(crop(a, box), crop(b, box)).getbbox() is not None, \
            f"page {page + 1}: box {box} (mm) looks the same under the brand"
    assert ImageChops.difference(mask(a, boxes), mask(b, boxes)).getbbox() is None, \
        f"page {page + 1}: something outside the branded boxes changed"


@pytest.mark.parametrize("page", [0, 2])
def test_the_question_is_printed_in_the_brands_text_colour(two_builds, page):
    """The darkest ink in the question's box is the brand's `text` colour: cardgen's #1A1A1A without a
    brand, the association's #202A44 with it."""
    plain, branded = two_builds
    for folder, colour in ((plain, "#1A1A1A"), (branded, "#202A44")):
        data = crop(render(folder / "sample-print.pdf", page, PX), FRONT_TEXT[1]).tobytes()
        darkest = min((tuple(data[i:i + 3]) for i in range(0, len(data), 3)), key=sum)
        assert close(darkest, hex_rgb(colour), 8), f"page {page + 1} of {folder.parent.name}: {darkest} is not {colour}"


def test_brand_logo_on_the_backs(two_builds):
    plain, branded = two_builds
    a, b = (render(d / "sample-print.pdf", 1, PX) for d in (plain, branded))
    box = [int(v * PX) for v in (3 + 19.5, 3 + 70, 3 + 19.5 + 24, 3 + 76.5)]
    assert ImageChops.difference(a.crop(box), b.crop(box)).getbbox() is not None


def test_bad_brand_is_reported(tmp_path):
    work = copy_fixture("valid/sample", tmp_path)
    brand = brand_dir(tmp_path)
    (brand / "logo.png").unlink()
    with edit_yaml(brand / "brand.yaml") as data:
        swap(data["fonts"], "bold", "VeraBd.ttf", "../../etc/passwd")
        swap(data["colors"], "primary", "#006E5A", "groen")
    result = run_cli("build", "content", "-o", "out", "--brand", str(brand / "brand.yaml"), cwd=work)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert any(line.endswith("colors.primary: 'groen' is not a colour (use '#RRGGBB', e.g. '#B5452F', "
                             "or 'cmyk(0, 60, 80, 10)' with percentages)") for line in lines), lines
    assert not (work / "out").exists()


SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">
<rect x="0" y="0" width="80" height="80" fill="#006E5A"/><rect x="100" y="25" width="140" height="30" fill="#E6A000"/></svg>"""


def test_svg_logo_stays_vector_and_low_resolution_png_warns(tmp_path):
    work = copy_fixture("valid/sample", tmp_path)
    brand = brand_dir(tmp_path)
    (brand / "logo.svg").write_text(SVG, encoding="utf-8")
    with edit_yaml(brand / "brand.yaml") as data:
        swap(data, "logo", "logo.png", "logo.svg")
    result = run_cli("build", "content", "-o", "out", "--brand", str(brand / "brand.yaml"), cwd=work)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    pdf_path = work / "out" / "decks" / "sample-print.pdf"
    with pikepdf.open(pdf_path) as pdf:
        images = [o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Image"]
        assert len(images) == 1  # only the deck's PNG logo; the SVG is drawn as paths
    back = render(pdf_path, 1, PX)
    # the SVG's green square at the left of the 24 x 6.5 mm brand box (logo 19.5 mm wide, centred)
    x, y = int((3 + 19.5 + 2.25 + 1) * PX), int((3 + 70 + 3.25) * PX)
    assert back.getpixel((x, y)) == pytest.approx((0, 110, 90), abs=3)

    from PIL import Image
    Image.new("RGB", (48, 13), (0, 110, 90)).save(brand / "small.png")
    with edit_yaml(brand / "brand.yaml") as data:
        swap(data, "logo", "logo.svg", "small.png")
    result = run_cli("build", "content", "-o", "out2", "--brand", str(brand / "brand.yaml"), cwd=work)
    assert result.returncode == 0, result.stderr
    [warning] = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    line = line_of(brand / "brand.yaml", "logo")
    assert warning.endswith(f"brand.yaml:{line}:1: logo: 'small.png' (48x13 px) is 51 ppi at 24.0 x 6.5 mm in box "
                            "'brand' of template 'proef-card'; 300 ppi or more prints sharp")
