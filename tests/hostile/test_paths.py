"""Every path stays in its folder: content files, images, fonts and templates reached through symbolic
links that lead out of the pack are refused with the reason, status 2, nothing written."""
import os

from cardgen.render.fonts import FONT_DIR

from ..conftest import run_cli
from .helpers import DECK, listing, write_pack

OUTSIDE = "buiten"  # a folder beside the pack, holding what the links point at


def _refused(work, expected: list[str]):
    before = listing(work)
    for args in (["check", "content"], ["build", "content", "-o", "out"]):
        result = run_cli(*args, cwd=work)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr.splitlines() == expected + [f"{len(expected)} error{'s' if len(expected) > 1 else ''}, "
                                                         "nothing written"]
        assert listing(work) == before


def test_a_content_file_linked_from_outside(tmp_path):
    write_pack(tmp_path, {"content/decks/d.yaml": DECK, f"{OUTSIDE}/e.yaml": DECK.replace("deck: d", "deck: e")})
    os.symlink(tmp_path / OUTSIDE / "e.yaml", tmp_path / "content/decks/e.yaml")
    _refused(tmp_path, ["content/decks/e.yaml: is a symbolic link to a file outside the pack; copy the file in"])


def test_a_folder_linked_from_outside(tmp_path):
    write_pack(tmp_path, {"content/decks/d.yaml": DECK, f"{OUTSIDE}/e.yaml": DECK.replace("deck: d", "deck: e")})
    os.symlink(tmp_path / OUTSIDE, tmp_path / "content/meer")
    _refused(tmp_path, ["content/meer: is a symbolic link to a folder outside the pack; its files are not read "
                        "(copy them in)"])


def test_a_logo_linked_from_outside(tmp_path):
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.replace("bron: Testfixture", "bron: Testfixture\nlogo: logo.png"),
                          f"{OUTSIDE}/logo.png": b"\x89PNG\r\n\x1a\n"})
    os.symlink(tmp_path / OUTSIDE / "logo.png", tmp_path / "content/logo.png")
    _refused(tmp_path, ["content/decks/d.yaml:4:1: logo: 'logo.png' is a symbolic link to a file outside the folder "
                        "content/; images must lie inside it (copy the file in)"])


def test_a_brand_font_linked_from_outside(tmp_path):
    write_pack(tmp_path, {"content/decks/d.yaml": DECK,
                          "content/brand.yaml": "brand: b\nname: B\nfonts: {regular: letter.ttf}\n"})
    os.symlink(FONT_DIR / "Lato-Regular.ttf", tmp_path / "content/letter.ttf")
    _refused(tmp_path, ["content/brand.yaml:3:9: fonts.regular: 'letter.ttf' is a symbolic link to a file outside "
                        "the folder content/; fonts must lie inside it (copy the file in)"])


def test_a_template_linked_from_outside(tmp_path):
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.replace("bron: Testfixture", "bron: Testfixture\ntemplate: t"),
                          f"{OUTSIDE}/t.yaml": "template: t\nkind: card\nextends: question-card\n"})
    (tmp_path / "templates").mkdir()
    os.symlink(tmp_path / OUTSIDE / "t.yaml", tmp_path / "templates/t.yaml")
    _refused(tmp_path, ["content/decks/d.yaml:4:1: template: 't.yaml' is a symbolic link to a file outside the "
                        "folder templates/; templates must lie inside it (copy the file in)"])


def test_links_inside_the_pack_are_followed(tmp_path):
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.replace("bron: Testfixture", "bron: Testfixture\nlogo: logo.svg"),
                          "content/images/echt.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
                                                     '<rect width="40" height="20" fill="#006E5A"/></svg>'})
    os.symlink("images/echt.svg", tmp_path / "content/logo.svg")
    result = run_cli("build", "content", "-o", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out/decks/d-sheets.pdf").is_file()
