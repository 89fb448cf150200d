"""Known answers, end to end: where the ruling of a form, the cards on a sheet and the line breaks of
hyphenated words land in the built PDFs, read back with PDFium (tests/pdfread.py) and compared with the literal
values of each fixture's expected.yaml (worked out by hand from the rules, with the arithmetic in
its comments), not with anything the program reports about itself."""
from __future__ import annotations

import re

import pytest

from ..conftest import FIXTURES, build_fixture, copy_fixture, run_cli
from ..pdfread import read_pages, text, words
from .pdfcheck import MM
from .readback import load_yaml

PACKS = ("sample", "forms")


def expected(pack: str) -> dict:
    return load_yaml(FIXTURES / "valid" / pack / "expected.yaml")


@pytest.fixture(scope="module")
def built(tmp_path_factory, sample_build):
    out = {pack: build_fixture(tmp_path_factory, pack) for pack in PACKS if pack != "sample"}
    return {"sample": sample_build, **out}


def mm(value: float) -> float:
    return round(value / MM, 3)


# ---- form layout


def test_the_ruling_of_a_form_lies_where_the_rules_put_it(built):
    """Every writing line, box and checkbox of forms/alles.pdf at its worked-out place (to 0.01 mm)."""
    facts = expected("forms")["ruling"]
    shapes = read_pages(built["forms"] / facts["file"], shapes=True)[0].shapes
    lines = [(mm(l["x0"]), mm(l["x1"]), mm(l["top"]), mm(l["bottom"])) for l in shapes if l["kind"] == "line"]
    rects = [(mm(r["x0"]), mm(r["x1"]), mm(r["top"]), mm(r["bottom"])) for r in shapes
             if r["kind"] == "rect" and r["stroke"]]
    body_lines = [top for x0, x1, top, bottom in lines if (x0, x1) == (18, 192) and top == bottom and top < 270]
    assert body_lines == pytest.approx(facts["full_width_lines"], abs=0.01), "the full-width writing and table lines"
    date = facts["date_lines"]
    assert [(x0, x1) for x0, x1, top, _ in lines if top == pytest.approx(date["y"], abs=0.01)] == \
        [tuple(x) for x in date["x"]], "the date's three lines (dag – maand – jaar)"
    sign = facts["signature_line"]
    assert (18, 98) == tuple(sign["x"]) and any(
        (x0, x1) == (18, 98) and top == pytest.approx(sign["y"], abs=0.01) for x0, x1, top, _ in lines), \
        f"the signature line at {sign['y']} mm: lines {lines}"
    verticals = sorted(x0 for x0, x1, top, bottom in lines if x0 == x1)
    assert verticals == pytest.approx(facts["table_columns_x"], abs=0.01), "the table's column borders (widths 3:1)"
    box = [(top, bottom) for x0, x1, top, bottom in rects if (x0, x1) == (18, 192)]
    assert box == [pytest.approx(tuple(facts["box"]), abs=0.01)], "the 30 mm box"
    checks = [top for x0, x1, top, bottom in rects if (x0, x1) == (18, 22) and bottom - top == pytest.approx(4, abs=0.01)]
    assert checks == pytest.approx(facts["checkboxes"], abs=0.01), "the checkboxes, 4 mm squares"


# ---- card positions


def words_on(path, page: int) -> list[dict]:
    return words(read_pages(path)[page].chars)


def test_each_card_sits_in_its_cell_on_the_sheet(built):
    """Card k's number at x = 10.5 + 63 (k % 3) + 5 mm, inside the number box of row k // 3; the back
    of a card with its own text in the mirrored column (the cells: expected.yaml)."""
    facts = expected("sample")["sheets"]
    numbers = [w for w in words_on(built["sample"] / facts["path"], 0) if re.fullmatch(r"P-\d\d", w["text"])]
    assert [w["text"] for w in numbers] == expected("sample")["print"]["numbers"]
    for k, (w, x, row_top) in enumerate(zip(numbers, facts["number_x"], facts["row_top"])):
        assert mm(w["x0"]) == pytest.approx(x, abs=0.01), f"card {k + 1} ({w['text']}) is not in its column"
        assert row_top + 79 <= mm(w["top"]) and mm(w["bottom"]) <= row_top + 84, f"card {k + 1} is not in its row"
    back = words_on(built["sample"] / facts["path"], 1)
    [own] = [w for w in back if w["text"] == "Verantwoordelijkheden:"]
    left, right = facts["back_cell_x"]["P-03"]
    assert left < mm(own["x0"]) and mm(own["x1"]) < right, "the back of P-03 is not in the mirrored column"


def test_every_front_of_the_print_file_has_its_number_inside_the_trim(built):
    facts = expected("sample")["print"]
    path = built["sample"] / facts["path"]
    for k, number in enumerate(facts["numbers"]):
        [w] = [w for w in words_on(path, 2 * k) if re.fullmatch(r"P-\d\d", w["text"])]
        assert (w["text"], mm(w["x0"])) == (number, pytest.approx(facts["number_x"], abs=0.01)), f"page {2 * k + 1}"


# ---- hyphenation


WORD_EDGE = re.compile(r"^\W+|\W+$")


def broken_words(chars) -> list[tuple[str, list[str]]]:
    """Every word printed over two or more lines, as (the whole word, the heads its lines end with): a
    line's last word ends in a hyphen and the word continues with the first word of the same column on
    the next line (a word that starts a run of text, at or left of the head's start)."""
    found = words(chars)
    starts = [v for v in found if not any(abs(u["top"] - v["top"]) < 1 and 0 <= v["x0"] - u["x1"] < 2.5 * MM
                                          for u in found if u is not v)]
    following = {}
    for i, w in enumerate(found):
        if w["text"].endswith("-") and len(w["text"]) > 2:
            height = w["bottom"] - w["top"]
            below = [v for v in starts if w["top"] + 0.3 * height < v["top"] < w["top"] + 2 * height
                     and v["x0"] <= w["x0"] + 1]
            if below:
                nearest = min(v["top"] for v in below)
                following[i] = found.index(max((v for v in below if v["top"] == nearest), key=lambda v: v["x0"]))
    out = []
    for i in set(following) - set(following.values()):  # the first line of each broken word
        heads, text = [], ""
        while i in following:
            text += WORD_EDGE.sub("", found[i]["text"][:-1])
            heads.append(text)
            i = following[i]
        out.append((text + WORD_EDGE.sub("", found[i]["text"]), heads))
    return out


@pytest.mark.parametrize("name", sorted(expected("hyphenation")["files"]))
def test_long_words_break_at_a_dutch_hyphenation_point(tmp_path, name):
    """In the hyphenation pack every long compound is too wide for its box unhyphenated. Each item, built
    on its own, prints at least the expected number of them broken over two lines, each after one of the
    heads worked out from nl_NL's break points (expected.yaml), and no other word is broken."""
    facts = expected("hyphenation")
    legal, item = facts["words"], facts["files"][name]
    work = copy_fixture("valid/hyphenation", tmp_path)
    result = run_cli("build", "content", "-o", "out", "--only", item["id"], cwd=work)
    assert result.returncode == 0, (f"{item['id']} does not build, though its long words fit when hyphenated: "
                                    f"is Dutch hyphenation off?\n{result.stderr}")
    breaks, problems = [], []
    for number, page in enumerate(read_pages(work / "out" / name), start=1):
        for whole, heads in broken_words(page.chars):
            word = whole.lower()
            if word not in legal:
                problems.append(f"page {number}: '{whole}' (broken after {heads}) is not a word of the pack")
                continue
            for head in heads:
                if head.lower() not in legal[word]:
                    problems.append(f"page {number}: '{word}' broken after '{head}', not at a Dutch "
                                    f"hyphenation point (allowed: {', '.join(legal[word])})")
            breaks.append(word)
    assert not problems, f"{name}: " + "; ".join(problems)
    assert len(breaks) >= item["breaks"], (
        f"{name}: {len(breaks)} hyphenated words ({', '.join(breaks) or 'none'}), expected at least "
        f"{item['breaks']}: is Dutch hyphenation off?")


# ---- the agenda command


def test_the_agenda_command_prints_the_worked_out_times(tmp_path):
    """`cardgen agenda` for tonight: the PDF and the timetable on stdout both give the times worked out by
    hand for voorbeeldagenda (expected.yaml), and the date as a Dutch date."""
    facts = expected("agendas")["files"]["agendas/voorbeeldagenda.pdf"]
    work = copy_fixture("valid/agendas", tmp_path)
    result = run_cli("agenda", "voorbeeldagenda", "content", "--start", "19:30", "--participants", "6",
                     "--date", "2026-12-03", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    printed = text(read_pages(work / "out" / "agendas" / "voorbeeldagenda.pdf")[0].chars)
    assert re.findall(r"\d\d:\d\d–\d\d:\d\d", printed) == facts["times"], "the times printed in the PDF"
    assert re.findall(r"^(\d\d:\d\d–\d\d:\d\d)", result.stdout, re.M) == facts["times"][1:], "the times on stdout"
    assert "3 december 2026" in printed and "6 deelnemers" in printed
