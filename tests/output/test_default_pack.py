"""The default content pack, opened and read back file by file: what is expected comes from the YAML
under content/ (parsed here, not through cardgen) and the README's rules, never from the manifest
the build writes. For every item: its files exist with the page count and paper the rules give, every
font is embedded, and its title, its source and every text of its YAML are printed, in order, on the
pages they belong to."""
from __future__ import annotations

import math

import pikepdf
import pytest

from ..conftest import ROOT
from .pdfcheck import MM, fonts
from .readback import (agenda_blocks, agenda_texts, certificate_texts, credit_problems, cycle_texts, deck_faces,
                       form_texts, guide_texts, load_yaml, method_texts, missing, missing_in_order, norm,
                       page_texts)

CONTENT = ROOT / "content"
CARDS_MM = {"poker": (63, 88), "bridge": (57, 89), "tarot": (70, 120), "a7": (74, 105), "a6": (105, 148),
            "square": (70, 70)}
A4, A4_LANDSCAPE = (210, 297), (297, 210)


def ids(folder: str) -> list[str]:
    return sorted(p.stem for p in (CONTENT / folder).glob("*.yaml"))


def item(folder: str, name: str) -> dict:
    return load_yaml(CONTENT / folder / f"{name}.yaml")


def check_file(path, page_mm: tuple[float, float], pages: int | None = None, field_font: bool = False) -> int:
    """The file opens, has `pages` pages (when given) of `page_mm`, and every font is embedded and not
    a base-14 font (a fillable form's field font, Helvetica, excepted: PDF form fields need it).
    Returns the page count."""
    assert path.is_file(), f"{path.relative_to(path.parents[1])} was not built"
    with pikepdf.open(path) as pdf:
        count = len(pdf.pages)
        if pages is not None:
            assert count == pages, f"{path.name}: {count} pages, expected {pages}"
        for n, page in enumerate(pdf.pages, start=1):
            size = [float(v) / MM for v in page.MediaBox]
            assert size == pytest.approx([0, 0, *page_mm], abs=0.1), f"{path.name} page {n}: {size} mm, not {page_mm}"
        found = fonts(pdf)
    assert found, f"{path.name}: no fonts"
    for name, embedded in found:
        if field_font and name == "/Helvetica":
            continue
        assert embedded, f"{path.name}: font {name} is not embedded"
        assert "Helvetica" not in name and "Times" not in name, f"{path.name}: base-14 font {name}"
    return count


# ---- decks


@pytest.mark.parametrize("deck_id", ids("decks"))
def test_a_deck_prints_every_card_in_both_files(default_build, deck_id):
    deck = item("decks", deck_id)
    faces = deck_faces(deck)
    card = CARDS_MM[deck.get("card_size", "poker")]
    print_file = default_build / "decks" / f"{deck_id}-print.pdf"
    check_file(print_file, (card[0] + 6, card[1] + 6), 2 * len(faces))  # 3 mm bleed; front, back per card
    texts = page_texts(print_file)
    problems = []
    for k, (number, front, back) in enumerate(faces):
        problems += missing_in_order(texts[2 * k], front, f"{deck_id}-print.pdf page {2 * k + 1} (front of {number})")
        problems += missing_in_order(texts[2 * k + 1], back, f"{deck_id}-print.pdf page {2 * k + 2} (back of {number})")
    # A4 portrait sheets (the default sheet template): cells of the card size in 190 x 277 mm (10 mm margin).
    per_sheet = (190 // card[0]) * (277 // card[1])
    sheets = default_build / "decks" / f"{deck_id}-sheets.pdf"
    check_file(sheets, A4, 2 * math.ceil(len(faces) / per_sheet))
    sheet_texts = page_texts(sheets)
    for k, (number, front, back) in enumerate(faces):
        page = 2 * (k // per_sheet)
        problems += missing_in_order(sheet_texts[page], front, f"{deck_id}-sheets.pdf page {page + 1} ({number})")
        problems += missing_in_order(sheet_texts[page + 1], back, f"{deck_id}-sheets.pdf page {page + 2} ({number})")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("deck_id", ids("decks"))
def test_a_deck_prints_its_title_and_names_its_source_on_a_card(default_build, deck_id):
    """The deck's title is in the footer of every sheet (and on every back without a text of its own:
    see the test above); its source (`bron`, up to the first comma) is printed on a card under the word
    'Bron' (README: the instruction card's back, or a Bronnen card)."""
    deck = item("decks", deck_id)
    sheets = page_texts(default_build / "decks" / f"{deck_id}-sheets.pdf")
    for n, text in enumerate(sheets, start=1):
        side = "voorkant" if n % 2 else "achterkant"
        footer = f"{deck['title']} · vel {(n + 1) // 2}/{len(sheets) // 2} · {side}"
        assert norm(footer) in norm(text), f"{deck_id}-sheets.pdf page {n}: no footer {footer!r}"
    texts = page_texts(default_build / "decks" / f"{deck_id}-print.pdf")
    source = deck["bron"].split(",")[0]
    credited = [n for n, t in enumerate(texts, start=1) if "Bron" in t and norm(source) in norm(t)]
    assert credited, f"{deck_id}: no card says 'Bron' with {source!r}"


# ---- documents


@pytest.mark.parametrize("method_id", ids("methods"))
def test_a_cheat_sheet_prints_every_step_in_both_sizes(default_build, method_id):
    method = item("methods", method_id)
    problems = []
    a4 = default_build / "methods" / f"{method_id}-a4.pdf"
    check_file(a4, A4, 1)
    [text] = page_texts(a4)
    problems += missing_in_order(text, method_texts(method), a4.name) + credit_problems(text, method["bron"], a4.name)
    a5 = default_build / "methods" / f"{method_id}-a5.pdf"
    check_file(a5, A4_LANDSCAPE, 1)  # two A5 pages (or two copies of one) side by side
    [text] = page_texts(a5)
    problems += missing_in_order(text, method_texts(method), a5.name) + credit_problems(text, method["bron"], a5.name)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("guide_id", ids("guides"))
def test_a_guide_prints_every_section(default_build, guide_id):
    """A4 pages (one, or more for a long guide), the sections in order over them, the credit on each."""
    guide = item("guides", guide_id)
    path = default_build / "guides" / f"{guide_id}.pdf"
    check_file(path, A4)
    texts = page_texts(path)
    text = "".join(texts)
    problems = missing_in_order(text, guide_texts(guide), path.name) + missing(text, cycle_texts(guide), path.name)
    for n, page in enumerate(texts, start=1):
        problems += credit_problems(page, guide["bron"], f"{path.name} page {n}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("agenda_id", ids("agendas"))
def test_an_agenda_prints_every_block_with_a_clock_time(default_build, agenda_id):
    agenda = item("agendas", agenda_id)
    path = default_build / "agendas" / f"{agenda_id}.pdf"
    check_file(path, A4, 1)
    [text] = page_texts(path)
    problems = missing_in_order(text, agenda_texts(agenda, CONTENT / "methods"), path.name)
    problems += credit_problems(text, agenda["bron"], path.name)
    assert not problems, "\n".join(problems)
    if agenda.get("start"):  # one time per row, after the header's start–end; consecutive
        import re

        times = re.findall(r"(\d\d:\d\d)–(\d\d:\d\d)", text)
        rows = times[1:]
        blocks = agenda_blocks(agenda, CONTENT / "methods")
        assert len(rows) == len(blocks), f"{path.name}: {len(rows)} clock times for {len(blocks)} blocks"
        assert rows[0][0] == agenda["start"] == times[0][0], \
            f"{path.name}: starts at {rows[0][0]} (header {times[0][0]}), not at its start {agenda['start']}"
        assert rows[-1][1] == times[0][1], f"{path.name}: the last block ends at {rows[-1][1]}, the header {times[0][1]}"
        assert all(a[1] == b[0] for a, b in zip(rows, rows[1:])), f"{path.name}: a gap or overlap in {rows}"


@pytest.mark.parametrize("form_id", ids("forms"))
@pytest.mark.parametrize("suffix", ["", "-invulbaar"])
def test_a_form_prints_every_field_in_both_files(default_build, form_id, suffix):
    form = item("forms", form_id)
    path = default_build / "forms" / f"{form_id}{suffix}.pdf"
    count = check_file(path, A4, field_font=bool(suffix))
    texts = page_texts(path)
    problems = missing_in_order("".join(texts), [("title", form["title"])] + form_texts(form), path.name)
    for n, text in enumerate(texts, start=1):
        where = f"{path.name} page {n}"
        problems += credit_problems(text, form["bron"], where)
        problems += missing_in_order(text, [("title", form["title"]), ("page label", f"pagina {n} van {count}")], where)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("cert_id", ids("certificates"))
def test_a_blank_certificate_prints_its_sentence(default_build, cert_id):
    cert = item("certificates", cert_id)
    path = default_build / "certificates" / f"{cert_id}.pdf"
    check_file(path, A4_LANDSCAPE, 1)
    [text] = page_texts(path)
    problems = missing_in_order(text, certificate_texts(cert), path.name) + credit_problems(text, cert["bron"], path.name)
    assert not problems, "\n".join(problems)


def test_the_build_writes_the_files_of_every_item_and_no_others(default_build):
    """The files follow from the content folders by the README's rules (not from the manifest): a deck
    gives its print file and sheets, a method its A4 and A5 cheat-sheets, a form its print and fillable
    files, and an item of any other kind one PDF in a folder of the same name."""
    suffixes = {"decks": ("-print", "-sheets"), "methods": ("-a4", "-a5"), "forms": ("", "-invulbaar")}
    folders = sorted(p.name for p in CONTENT.iterdir() if p.is_dir() and list(p.glob("*.yaml")))
    wanted = {f"{folder}/{name}{suffix}.pdf" for folder in folders for name in ids(folder)
              for suffix in suffixes.get(folder, ("",))}
    built = {p.relative_to(default_build).as_posix() for p in default_build.rglob("*.pdf")}
    assert built == wanted, f"missing: {sorted(wanted - built)}; unexpected: {sorted(built - wanted)}"
