"""Rich text in every kind, read back from the PDFs with PDFium (tests/pdfread.py: each character with its font):
`**vet**` prints in a Bold face and `*cursief*` in an Italic one with no asterisks left but the escaped
one, a hard break puts the next words on a new line, and '- ' lines are bullet items with a hanging
indent. And a `link:` prints a QR code that decodes back to the URL (pypdfium2 renders, zxing-cpp reads).

The fixture pack `rich-text` has one item of every kind; expected.yaml lists the words and where they go.
"""
from functools import cache
from pathlib import Path

import pytest

from ..conftest import FIXTURES, build_fixture
from ..pdfread import read_pages, words
from ..yamledit import read_yaml

EXPECTED = read_yaml(FIXTURES / "valid" / "rich-text" / "expected.yaml")


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return build_fixture(tmp_path_factory, "rich-text")


@cache
def _pages(path: Path):
    return read_pages(path, fonts=True)  # the module's built files do not change: each is read once


def words_of(path: Path, page: int = 0) -> list[dict]:
    """The page's words, split where the font changes, each with its font name and position."""
    return words(_pages(path)[page].chars, ("fontname",))


def chars_of(path: Path, page: int = 0) -> list[dict]:
    return list(_pages(path)[page].chars)


def face(words: list[dict], text: str, where: str) -> str:
    found = [w for w in words if w["text"].strip(".,?:;") == text]
    assert found, f"{where}: the word '{text}' is not printed on its own (its marks left, or not printed at all)"
    return found[0]["fontname"]


FILES = sorted(EXPECTED["files"])


@pytest.mark.parametrize("name", FILES)
def test_bold_and_italic_words_print_in_their_faces(out, name):
    facts = EXPECTED["files"][name]
    words = words_of(out / name)
    for text in facts.get("bold", []):
        assert "Bold" in face(words, text, name), f"{name}: '{text}' is not in a Bold face"
    for text in facts.get("italic", []):
        assert "Italic" in face(words, text, name), f"{name}: '{text}' is not in an Italic face"
    for text in facts.get("regular", []):  # the words around them stay in the regular face
        font = face(words, text, name)
        assert "Bold" not in font and "Italic" not in font, f"{name}: '{text}' should be regular, is {font}"


@pytest.mark.parametrize("name", FILES)
def test_no_asterisk_is_left_but_the_escaped_one(out, name):
    stars = sum(1 for c in chars_of(out / name) if c["text"] == "*")
    assert stars == EXPECTED["files"][name].get("asterisks", 0), f"{name}: {stars} asterisks printed"


def line_of(words: list[dict], text: str) -> dict:
    return next(w for w in words if w["text"].strip(".,?:;") == text)


@pytest.mark.parametrize("name", [n for n in FILES if "breaks" in EXPECTED["files"][n]])
def test_a_hard_break_puts_the_next_words_on_a_new_line(out, name):
    words = words_of(out / name)
    for before, after in EXPECTED["files"][name]["breaks"]:
        a, b = line_of(words, before), line_of(words, after)
        assert b["top"] > a["bottom"] - 0.5, f"{name}: '{after}' is not on a line below '{before}'"
        # the new line starts at the paragraph's left edge, not after the first line's words
        starts = [w["x0"] for w in words if abs(w["top"] - a["top"]) < 1]
        assert abs(b["x0"] - min(starts)) < 0.5, f"{name}: '{after}' does not start its line"


@pytest.mark.parametrize("name", [n for n in FILES if "bullets" in EXPECTED["files"][n]])
def test_bullet_items_start_their_own_lines_with_a_hanging_indent(out, name):
    words = words_of(out / name)
    chars = chars_of(out / name)
    for group in EXPECTED["files"][name]["bullets"]:
        firsts = [line_of(words, w) for w in group["items"]]
        xs = {round(w["x0"], 1) for w in firsts}
        assert len(xs) == 1, f"{name}: the items {group['items']} do not start at one x: {xs}"
        for w in firsts:  # a bullet just left of each item's first word, on its line
            marks = [c for c in chars if c["text"] == "•" and abs(c["top"] - w["top"]) < 2 and c["x0"] < w["x0"]]
            assert marks and w["x0"] - marks[-1]["x1"] > 2, f"{name}: no bullet before '{w['text']}'"
        if group["continues"]:  # the item's second line hangs under its text
            follow = line_of(words, group["continues"])
            assert follow["top"] > firsts[0]["top"] + 1 and abs(follow["x0"] - firsts[0]["x0"]) < 0.5, \
                f"{name}: '{group['continues']}' does not hang under the item's text"
        before = line_of(words, group["before"])  # the paragraph before the list sits further left
        assert firsts[0]["x0"] - before["x0"] > 3, f"{name}: the items are not indented"


def decoded(path: Path, page: int = 0, dpi: int = 300) -> list[str]:
    import pypdfium2
    import zxingcpp

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        image = pdf[page].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    return sorted(r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode)


@pytest.mark.parametrize("name", sorted(EXPECTED["links"]))
def test_a_link_prints_a_qr_code_that_decodes_to_the_url(out, name):
    pytest.importorskip("zxingcpp")
    assert decoded(out / name) == sorted(EXPECTED["links"][name])


def test_the_short_url_is_printed_beneath_its_code(out):
    words = words_of(out / "guides" / "rijke-gids.pdf")
    caption = line_of(words, "example.org/gids")
    assert caption["x0"] > 400  # at the right of the text, under the code
    assert "Bold" not in caption["fontname"]


def colours_left_of(path: Path, word: str, dpi: int = 200) -> set[tuple[int, int, int]]:
    """The colours of the pixels in the 12 pt left of `word` (the icon's place), on its line."""
    import pypdfium2

    w = line_of(words_of(path), word)
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        pdf.close()
    k = dpi / 72
    box = image.crop((int((w["x0"] - 12) * k), int(w["top"] * k), int((w["x0"] - 1) * k), int(w["bottom"] * k)))
    return {box.getpixel((x, y)) for x in range(box.width) for y in range(box.height)}


def near(colours: set, rgb: tuple[int, int, int], tolerance: int = 24) -> bool:
    return any(all(abs(c - v) <= tolerance for c, v in zip(colour, rgb)) for colour in colours)


def test_icons_stand_beside_the_step_and_role_they_belong_to(out):
    sheet = out / "methods" / "rijke-methode-a4.pdf"
    assert near(colours_left_of(sheet, "Vragen"), (0x2F, 0x5F, 0x8A)), "the pack's SVG is not beside step 2's name"
    assert near(colours_left_of(sheet, "Inbrenger"), (181, 69, 47)), "the pack's PNG is not before the role"
    assert near(colours_left_of(sheet, "Facilitator"), (0x1A, 0x1A, 0x1A), 60), "the built-in klok is not drawn"
    assert not near(colours_left_of(sheet, "Facilitator"), (181, 69, 47)), "the roles' icons are mixed up"
    import pikepdf

    with pikepdf.open(sheet) as pdf:  # the PNG is placed as an image, whole (64 x 64 px)
        page = pdf.pages[0]
        sizes = [(int(page.get_images()[k].Width), int(page.get_images()[k].Height)) for k in page.get_images()]
    assert (64, 64) in sizes


def test_a_card_backs_bullet_list_hangs_beside_its_bullets(out):
    """The back of the rich-text card (page 2 of the print file: front, back): 'Achterkant met **nadruk**.'
    then two '- ' lines; each item starts at one x, a bullet left of it, the text before it further left,
    and no '-' left at a line's start."""
    path = out / "decks" / "rijke-kaarten-print.pdf"
    words, chars = words_of(path, 1), chars_of(path, 1)
    firsts = [line_of(words, w) for w in ("eerste", "tweede")]
    assert len({round(w["x0"], 1) for w in firsts}) == 1
    for w in firsts:
        marks = [c for c in chars if c["text"] == "•" and abs(c["top"] - w["top"]) < 2 and c["x0"] < w["x0"]]
        assert marks and w["x0"] - marks[-1]["x1"] > 2, f"no bullet before '{w['text']}'"
    assert firsts[0]["x0"] - line_of(words, "Achterkant")["x0"] > 3  # the items hang indented
    assert not [w for w in words if w["text"] == "-"]
    assert "Bold" in face(words, "nadruk", "the card's back")
