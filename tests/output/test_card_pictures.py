"""Pictures, pack icons, layout variants and QR links on cards, read back from the built PDFs: pixels
rendered with PDFium, XObjects counted with pikepdf, QR codes decoded with zxing-cpp.

The pack is fixtures/valid/pictures (its expected.yaml has the arithmetic): template beeld-test puts
the picture in box 'beeld' at 10..53 x 10..40 mm of the trim, the icon at 10..20 x 45..55 mm, and the
link's QR code on the back in 10..53 x 10..60 mm; its layouts 'hoog' and 'hoogrechts' put a tall box
at 20..40 x 10..70 mm with focus 0% and 100%, 'heel' the same box with fit: contain.
"""
from __future__ import annotations

from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest

from ..conftest import FIXTURES, build_fixture, copy_fixture, run_cli
from ..yamledit import edit_yaml, read_yaml, swap

EXPECTED = read_yaml(FIXTURES / "valid" / "pictures" / "expected.yaml")
GREEN, RED, BLUE, WHITE = (0, 160, 0), (220, 0, 0), (0, 0, 220), (255, 255, 255)
MAGENTA, ICON_BLUE, ORANGE, SVG_BLUE = (192, 0, 192), (0, 120, 200), (255, 140, 0), (0, 0, 200)
DPI = 100


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build_fixture(tmp_path_factory, "pictures")


def render(path: Path, index: int, dpi: int = DPI):
    doc = pdfium.PdfDocument(str(path))
    try:
        return doc[index].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def pixel(image, x_mm: float, y_mm: float, dpi: int = DPI):
    """The colour at (x, y) mm from the page's top-left."""
    return image.getpixel((round(x_mm / 25.4 * dpi), round(y_mm / 25.4 * dpi)))


def close(got, want, tol=24) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(got, want))


def inside_points(x0, y0, x1, y1, inset=1.0, n=4):
    """A grid of n x n points inside the rectangle, `inset` mm from its edges."""
    xs = [x0 + inset + (x1 - x0 - 2 * inset) * i / (n - 1) for i in range(n)]
    ys = [y0 + inset + (y1 - y0 - 2 * inset) * i / (n - 1) for i in range(n)]
    return [(x, y) for x in xs for y in ys]


def around_points(x0, y0, x1, y1, gap=1.0):
    """Points `gap` mm outside each edge, at the middle of the edge."""
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return [(x0 - gap, cy), (x1 + gap, cy), (cx, y0 - gap), (cx, y1 + gap)]


def assert_box(image, box, colour, what):
    x0, y0, x1, y1 = box
    for x, y in inside_points(x0, y0, x1, y1):
        assert close(pixel(image, x, y), colour), f"{what}: at ({x:.1f}, {y:.1f}) mm {pixel(image, x, y)}, not {colour}"
    for x, y in around_points(x0, y0, x1, y1):
        assert close(pixel(image, x, y), WHITE), f"{what}: outside the box at ({x:.1f}, {y:.1f}) mm is {pixel(image, x, y)}"


def test_picture_fills_its_box_in_the_print_file(built):
    facts = EXPECTED["print"]
    image = render(built / facts["path"], 0)
    assert_box(image, facts["beeld"], GREEN, "T-01 front, box 'beeld'")


def test_picture_fills_its_box_on_the_sheet(built):
    facts = EXPECTED["sheets"]
    image = render(built / facts["path"], 0)
    assert_box(image, facts["beeld_t01"], GREEN, "sheet 1, T-01")
    assert_box(image, facts["beeld_t02"], GREEN, "sheet 1, T-02")


@pytest.mark.parametrize("name, page, colour", [("hoog", 6, RED), ("hoogrechts", 8, BLUE)])
def test_cover_crops_around_the_focus(built, name, page, colour):
    """Left half red, right half blue, cropped into a tall box: focus 0% shows only red, 100% only blue."""
    image = render(built / EXPECTED["print"]["path"], page)
    assert_box(image, EXPECTED["print"]["tall"], colour, f"layout '{name}'")


def test_contain_shows_the_whole_picture_centred(built):
    facts = EXPECTED["print"]["contain"]
    image = render(built / EXPECTED["print"]["path"], 14)
    x0, y0, x1, y1 = facts["picture"]
    middle = (x0 + x1) / 2
    assert close(pixel(image, x0 + 2, (y0 + y1) / 2), RED) and close(pixel(image, x1 - 2, (y0 + y1) / 2), BLUE)
    assert close(pixel(image, middle - 1, (y0 + y1) / 2), RED) and close(pixel(image, middle + 1, (y0 + y1) / 2), BLUE)
    for x, y in facts["white"]:  # the box above and below the picture stays empty
        assert close(pixel(image, x, y), WHITE), (x, y, pixel(image, x, y))


def test_svg_picture_and_full_bleed_scrim(built):
    facts = EXPECTED["print"]
    image = render(built / facts["path"], 10)  # T-06: blauw.svg in box 'beeld'
    assert_box(image, facts["beeld"], SVG_BLUE, "T-06 (SVG picture)")
    bleed = render(built / facts["path"], 16)  # T-09: the SVG over the whole card and its bleed, a 50 % black scrim below
    assert close(pixel(bleed, 1, 1), SVG_BLUE) and close(pixel(bleed, 68, 40), SVG_BLUE)
    assert close(pixel(bleed, 1, 80), (0, 0, 100), 12), pixel(bleed, 1, 80)  # 200 x 0.5 = 100: the scrim's half


def test_transparent_picture_is_flattened_onto_the_card(built):
    facts = EXPECTED["print"]["transparent"]
    image = render(built / EXPECTED["print"]["path"], 12)
    assert close(pixel(image, *facts["clear"]), WHITE), pixel(image, *facts["clear"])
    assert close(pixel(image, *facts["opaque"]), ORANGE), pixel(image, *facts["opaque"])


def test_icons_from_the_pack_in_the_icon_box(built):
    facts = EXPECTED["print"]["icon"]
    path = built / EXPECTED["print"]["path"]
    svg = render(path, 0)  # category groen: beelden/vierkant.svg, a magenta square filling the box
    assert_box(svg, facts["box"], MAGENTA, "T-01 SVG icon")
    png = render(path, 10)  # category blauw: beelden/vlak.png, a blue square in the middle 2/3, transparent around
    x0, y0, x1, y1 = facts["png_square"]
    for x, y in inside_points(x0, y0, x1, y1, inset=0.5, n=3):
        assert close(pixel(png, x, y), ICON_BLUE), (x, y, pixel(png, x, y))
    assert close(pixel(png, *facts["png_clear"]), WHITE), pixel(png, *facts["png_clear"])
    own = render(path, 12)  # T-07's own icon (vlak.png) in place of its category's magenta square
    assert close(pixel(own, (x0 + x1) / 2, (y0 + y1) / 2), ICON_BLUE)


def image_xobjects(pdf) -> dict:
    """Every image XObject reachable from the pages (through forms), by object id."""
    found, seen_forms = {}, set()

    def walk(resources):
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None:
            return
        for _, x in xobjects.items():
            if x.get("/Subtype") == "/Image":
                found[x.objgen] = x
            elif x.get("/Subtype") == "/Form" and x.objgen not in seen_forms:
                seen_forms.add(x.objgen)
                walk(x.get("/Resources"))

    for page in pdf.pages:
        walk(page.obj.get("/Resources"))
    return found


@pytest.mark.parametrize("which", ["sheets", "print"])
def test_each_picture_file_is_embedded_once(built, which):
    """groen.jpg is on three cards and roodblauw.png on three; each is one image XObject. Four images in all:
    groen.jpg, roodblauw.png, doorzichtig.png (flattened) and vlak.png (the icon, flattened)."""
    with pikepdf.open(built / EXPECTED[which]["path"]) as pdf:
        images = list(image_xobjects(pdf).values())
        sizes = sorted((int(x.Width), int(x.Height)) for x in images)
        assert sizes == [(240, 240), (860, 600), (860, 600), (1600, 800)]
        jpegs = [x for x in images if "/DCTDecode" in [str(f) for f in pikepdf.Array(x.get("/Filter") or [])]]
        assert [(int(x.Width), int(x.Height)) for x in jpegs] == [(860, 600)]  # the JPEG stays JPEG, once
        # blauw.svg (430 x 300 px = 322.5 x 225 pt) on two cards: one form XObject of that size
        forms = set()

        def walk(resources):
            for _, x in (resources.get("/XObject") or {}).items() if resources is not None else ():
                if x.get("/Subtype") == "/Form" and x.objgen not in forms:
                    forms.add(x.objgen)
                    walk(x.get("/Resources"))

        for page in pdf.pages:
            walk(page.obj.get("/Resources"))
        boxes = [list(map(float, pdf.get_object(f).BBox)) for f in forms]
        assert boxes.count([0.0, 0.0, 322.5, 225.0]) == 1


def test_qr_code_decodes_to_the_link(built):
    import zxingcpp

    image = render(built / EXPECTED["print"]["path"], 5, dpi=300)  # T-03's back
    results = zxingcpp.read_barcodes(image)
    assert [r.text for r in results] == ["https://example.org/intervisie/beeldkaarten"]
    assert results[0].format == zxingcpp.BarcodeFormat.QRCode


def test_preview_shows_the_picture(tmp_path):
    work = copy_fixture("valid/pictures", tmp_path)
    result = run_cli("preview", "content", "-o", "out", "--dpi", "100", cwd=work)
    assert result.returncode == 0, result.stderr
    from PIL import Image

    front = Image.open(work / "out" / "previews" / "beeldtest" / "T-01-front.png").convert("RGB")
    x0, y0, x1, y1 = EXPECTED["preview"]["beeld"]  # cropped to the trim: the box as in the template
    assert_box(front, (x0, y0, x1, y1), GREEN, "preview T-01")


def test_low_resolution_picture_is_a_located_warning(tmp_path):
    work = copy_fixture("valid/pictures", tmp_path)
    deck = work / "content" / "decks" / "beeldtest.yaml"
    with edit_yaml(deck) as data:
        data["cards"][0]["image"] = "beelden/klein.jpg"
    line = next(i for i, text in enumerate(deck.read_text().splitlines(), 1) if "klein.jpg" in text)
    column = deck.read_text().splitlines()[line - 1].index("image") + 1
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    want = (f"warning: content/decks/beeldtest.yaml:{line}:{column}: cards[0].image: beelden/klein.jpg prints at "
            f"118 ppi in box 'beeld' (43 × 30 mm); print shops ask 300 ppi: give a picture of at least 508 × 354 px")
    assert want in result.stderr.splitlines()
    strict = run_cli("check", "content", "--strict", cwd=work)
    assert strict.returncode == 1 and want in strict.stderr.splitlines()


def test_default_pack_illustrated_deck_is_sharp(tmp_path):
    root = Path(__file__).resolve().parents[2]
    result = run_cli("check", str(root / "content"), "--only", "beeldkaarten", "--strict", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr


def cmyk_pack(tmp_path: Path, profile: bool) -> Path:
    """The pictures pack printed in CMYK under a brand that names a print shop's profile (or none):
    only the cards with raster pictures (T-01 groen.jpg, T-07 doorzichtig.png), built-in icons."""
    from .iccmake import cmyk_profile

    work = copy_fixture("valid/pictures", tmp_path)
    brand = "brand: proef\nname: Proef\n"
    if profile:
        (work / "content" / "drukker.icc").write_bytes(cmyk_profile())
        brand += "icc_profile: drukker.icc\n"
    (work / "content" / "brand.yaml").write_text(brand, encoding="utf-8")
    (work / "templates" / "drukkerij.yaml").write_text("kind: print\nextends: print-shop\ncolor: cmyk\n",
                                                       encoding="utf-8")
    with edit_yaml(work / "content" / "decks" / "beeldtest.yaml") as data:
        data["print"] = "drukkerij"
        swap(data["categories"]["groen"], "icon", "beelden/vierkant.svg", "hart")
        data["categories"] = {"groen": data["categories"]["groen"]}
        data["cards"] = [data["cards"][0], {k: v for k, v in data["cards"][6].items() if k != "icon"}]
    return work


def test_transparent_picture_is_flattened_in_the_cmyk_print_file(tmp_path):
    """Through the profile the picture is CMYK; its transparent half must print as the card's white."""
    work = cmyk_pack(tmp_path, profile=True)
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    path = work / "out" / "decks" / "beeldtest-print.pdf"
    with pikepdf.open(path) as pdf:
        spaces = {str(x.get("/ColorSpace")) for x in image_xobjects(pdf).values()}
        assert spaces == {"/DeviceCMYK"}
    facts = EXPECTED["print"]["transparent"]
    image = render(path, 2)  # T-07, the second card now
    assert close(pixel(image, *facts["clear"]), WHITE, 12), pixel(image, *facts["clear"])
    assert not close(pixel(image, *facts["opaque"]), WHITE, 60), pixel(image, *facts["opaque"])


def test_rgb_picture_without_a_profile_in_a_cmyk_file_is_an_error(tmp_path):
    work = cmyk_pack(tmp_path, profile=False)
    result = run_cli("check", "content", cwd=work)
    assert result.returncode == 2
    assert ("categories.groen.image: 'beelden/groen.jpg' is RGB, and print template 'drukkerij' asks for CMYK; give a "
            "CMYK JPEG, or name the print shop's profile in the brand (icc_profile)") in result.stderr
