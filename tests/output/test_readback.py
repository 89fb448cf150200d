"""Read back what the user reads, for every kind: each valid fixture pack is built, the text of its PDFs
extracted with PDFium, and every text of the fixture's YAML (labels, headings, help texts, steps,
questions, card texts, block names) must be on the page its `expected.yaml` names, in order; the
clock times, page counts and paper sizes are the literal values in `expected.yaml`, worked out by
hand from the README's rules. The YAML is parsed here with PyYAML (readback.load_yaml), never through cardgen."""
from __future__ import annotations

import re

import pikepdf
import pytest

from ..conftest import FIXTURES, build_fixture, copy_fixture, run_cli
from .pdfcheck import MM
from .readback import (agenda_blocks, agenda_texts, certificate_texts, credit_problems, cycle_texts, deck_faces,
                       field_texts, form_texts, guide_texts, load_yaml, method_texts, missing, missing_in_order, norm,
                       page_texts)

TIME = re.compile(r"\d\d:\d\d–\d\d:\d\d")


def expected(pack: str) -> dict:
    return load_yaml(FIXTURES / "valid" / pack / "expected.yaml")


def content(pack: str, folder: str, item: str) -> dict:
    return load_yaml(FIXTURES / "valid" / pack / "content" / folder / f"{item}.yaml")


def assert_pages(path, pages: int, page_mm: list[float]) -> None:
    """The file has `pages` pages, each `page_mm` (width, height) in size."""
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == pages, f"{path.name}: {len(pdf.pages)} pages, expected {pages}"
        for n, page in enumerate(pdf.pages, start=1):
            size = [float(v) / MM for v in page.MediaBox]
            assert size == pytest.approx([0, 0, *page_mm], abs=0.1), f"{path.name} page {n}: {size} mm"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Every valid pack but the sample (conftest builds that once for the session), built once."""
    return {pack: build_fixture(tmp_path_factory, pack)
            for pack in ("methods", "guides", "agendas", "forms", "certificates")}


# ---- decks


def test_every_card_face_of_the_print_file_prints_its_texts(sample_build):
    """Front then back for every printed card: band label, title, question and number on the front;
    deck title and subtitle (or the card's own back text) on the back."""
    facts = expected("sample")["print"]
    path = sample_build / facts["path"]
    assert_pages(path, facts["pages"], facts["page_mm"])
    faces = deck_faces(content("sample", "decks", "sample"))
    assert [number for number, _, _ in faces] == facts["numbers"]
    texts = page_texts(path)
    problems = []
    for k, (number, front, back) in enumerate(faces):
        problems += missing_in_order(texts[2 * k], front, f"{facts['path']} page {2 * k + 1} (front of {number})")
        problems += missing_in_order(texts[2 * k + 1], back, f"{facts['path']} page {2 * k + 2} (back of {number})")
        assert number not in texts[2 * k + 1], f"page {2 * k + 2} should be the back of {number}, not a front"
    assert not problems, "\n".join(problems)


def test_every_card_on_the_sheets_prints_its_texts(sample_build):
    """The sheets hold the same texts: the fronts of all cards on page 1, their backs on page 2."""
    facts = expected("sample")["sheets"]
    path = sample_build / facts["path"]
    assert_pages(path, facts["pages"], facts["page_mm"])
    front_page, back_page = page_texts(path)
    problems = []
    for number, front, back in deck_faces(content("sample", "decks", "sample")):
        problems += missing_in_order(front_page, front, f"{facts['path']} page 1 ({number})")
        problems += missing_in_order(back_page, back, f"{facts['path']} page 2 ({number})")
    assert not problems, "\n".join(problems)


# ---- method cheat-sheets


@pytest.mark.parametrize("name", sorted(expected("methods")["files"]))
def test_a_cheat_sheet_prints_every_step_role_question_and_pitfall(built, name):
    facts = expected("methods")["files"][name]
    path = built["methods"] / name
    assert_pages(path, facts["pages"], facts["page_mm"])
    method = content("methods", "methods", facts["method"])
    wanted = method_texts(method)
    if "halves" not in facts:
        [text] = page_texts(path)
        problems = missing_in_order(text, wanted, f"{name} page 1") + credit_problems(text, method["bron"], name)
    else:
        halves = half_texts(path)
        if facts["halves"] == "copies":  # the whole method on each half, to cut in two
            problems = [p for side, text in zip(("left", "right"), halves)
                        for p in missing_in_order(text, wanted, f"{name} {side} half")
                        + credit_problems(text, method["bron"], f"{name} {side} half")]
        else:  # its two pages side by side, read left then right
            problems = missing_in_order("".join(halves), wanted, f"{name} (left, then right half)")
            for side, text, label in zip(("left", "right"), halves, facts["halves"]):
                problems += credit_problems(text, method["bron"], f"{name} {side} half")
                if label not in text:
                    problems.append(f"{name}: the {side} half does not say '{label}'")
    assert not problems, "\n".join(problems)


def half_texts(path) -> list[str]:
    """The text of the left and the right half of a one-page sheet (PDFium, bounded by each half)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[0]
        width, height = page.get_size()
        textpage = page.get_textpage()
        return [textpage.get_text_bounded(0, 0, width / 2, height),
                textpage.get_text_bounded(width / 2, 0, width, height)]
    finally:
        doc.close()


# ---- guides


@pytest.mark.parametrize("name", sorted(expected("guides")["files"]))
def test_a_guide_prints_every_heading_item_table_cell_and_stage(built, name):
    facts = expected("guides")["files"][name]
    path = built["guides"] / name
    assert_pages(path, facts["pages"], facts["page_mm"])
    guide = content("guides", "guides", facts["guide"])
    [text] = page_texts(path)
    problems = missing_in_order(text, guide_texts(guide), f"{name} page 1") + credit_problems(text, guide["bron"], name)
    problems += missing(text, cycle_texts(guide), f"{name} page 1")
    assert not problems, "\n".join(problems)


# ---- agendas


@pytest.mark.parametrize("name", sorted(expected("agendas")["files"]))
def test_an_agenda_prints_every_block_at_its_clock_time(built, name):
    """The clock times read back from the page are exactly the ones worked out by hand (expected.yaml),
    each on the row of its block, with the block's minutes, name, what happens and who leads."""
    facts = expected("agendas")["files"][name]
    path = built["agendas"] / name
    assert_pages(path, facts["pages"], facts["page_mm"])
    agenda = content("agendas", "agendas", facts["agenda"])
    methods = FIXTURES / "valid" / "agendas" / "content" / "methods"
    [text] = page_texts(path)
    times = TIME.findall(text)
    rows = agenda_blocks(agenda, methods)
    assert times[0] == facts["times"][0], f"{name}: the header says {times[0]}, expected {facts['times'][0]}"
    for (field, block, _), got, want in zip(rows, times[1:], facts["times"][1:]):
        assert got == want, f"{name}: {field} ({block['name']}) is printed at {got}, expected {want}"
    assert times == facts["times"], f"{name}: printed times {times}, expected {facts['times']}"
    rows_in_order = [(f"{field} time and minutes", f"{when} {minutes} min {block['name']}")
                     for (field, block, _), when, minutes in zip(rows, facts["times"][1:], facts["minutes"])]
    problems = missing_in_order(text, rows_in_order, f"{name} page 1")
    problems += missing_in_order(text, agenda_texts(agenda, methods), f"{name} page 1")
    problems += credit_problems(text, agenda["bron"], name)
    assert not problems, "\n".join(problems)


# ---- forms


@pytest.mark.parametrize("fillable", [False, True], ids=["print", "fillable"])
@pytest.mark.parametrize("name", sorted(expected("forms")["files"]))
def test_a_form_prints_every_label_help_option_and_heading_on_its_page(built, name, fillable):
    """Both files of a form print the same texts: the title and credit on every page, the intro on the
    first, each field's label, help, options and column headings on the page expected.yaml names (a
    table that continues: on both pages), and the tip on the last."""
    facts = expected("forms")["files"][name]
    path = built["forms"] / (name.replace(".pdf", "-invulbaar.pdf") if fillable else name)
    assert_pages(path, facts["pages"], facts["page_mm"])
    form = content("forms", "forms", facts["form"])
    texts = page_texts(path)
    problems = []
    for n, text in enumerate(texts, start=1):
        where = f"{path.relative_to(built['forms']).as_posix()} page {n}"
        wanted = [("title", form["title"])]
        if n == 1 and form.get("intro"):
            wanted.append(("intro", form["intro"]))
        for i, (field, pages) in enumerate(zip(form["fields"], facts["fields_on_page"])):
            if n in (pages if isinstance(pages, list) else [pages]):
                wanted += field_texts(i, field)
        if n == len(texts) and form.get("tip"):
            wanted.append(("tip", "Tip: " + form["tip"]))
        problems += missing_in_order(text, wanted, where) + credit_problems(text, form["bron"], where)
        if f"pagina {n} van {len(texts)}" not in text:
            problems.append(f"{where}: no 'pagina {n} van {len(texts)}'")
    problems += missing_in_order("".join(texts), form_texts(form), f"{name} (all pages)")  # all of it, in order
    assert not problems, "\n".join(problems)


# ---- certificates


def test_the_blank_certificate_prints_title_sentence_signatory_and_credit(built):
    facts = expected("certificates")["blank"]
    path = built["certificates"] / facts["path"]
    assert_pages(path, facts["pages"], facts["page_mm"])
    cert = content("certificates", "certificates", "bewijs-van-deelname")
    [text] = page_texts(path)
    problems = missing_in_order(text, certificate_texts(cert), facts["path"])
    problems += credit_problems(text, cert["bron"], facts["path"])
    assert not problems, "\n".join(problems)


def test_certificates_from_the_csv_print_each_participants_sentence(tmp_path):
    facts = expected("certificates")["participants"]
    work = copy_fixture("valid/certificates", tmp_path)
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", facts["csv"], "-o", "out",
                     cwd=work)
    assert result.returncode == 0, result.stderr
    cert = content("certificates", "certificates", "bewijs-van-deelname")
    texts = page_texts(work / "out" / facts["path"])
    assert len(texts) == len(facts["sentences"])
    for n, (text, sentence) in enumerate(zip(texts, facts["sentences"]), start=1):
        wanted = [("title", cert["title"]), (f"row {n} of {facts['csv']}", sentence), ("signatory", cert["signatory"])]
        problems = missing_in_order(text, wanted, f"{facts['path']} page {n}")
        assert not problems, "\n".join(problems)
        assert norm("Bron: " + cert["bron"]) in norm(text)
