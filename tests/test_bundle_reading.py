"""The bundle's combined PDF as a member reads it on screen: one footer per page and nothing printed
over it, the fronts of the home sheets without their mirrored backs, a tag of its own for every font
subset, and no "cardgen" posing as the publisher when no brand is given.

The default content pack is bundled once (all kinds of items); the sample deck for the variants.
"""
from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pikepdf
import pytest
import reportlab

from .conftest import FIXTURES, copy_fixture, run_cli
from .pdfread import read_pages
from .yamledit import edit_yaml

MM = 72 / 25.4


def text_lines(page) -> list[dict]:
    """The page's characters (tests/pdfread.py) grouped into lines (same baseline, gaps under 3 mm), with
    their boxes."""
    lines: list[dict] = []
    for c in sorted(page.chars, key=lambda c: (round(c["bottom"], 1), c["x0"])):
        last = lines[-1] if lines else None
        if last and abs(last["bottom"] - c["bottom"]) < 0.5 and c["x0"] - last["x1"] < 3 * MM:
            last.update(x1=max(last["x1"], c["x1"]), top=min(last["top"], c["top"]), text=last["text"] + c["text"])
        else:
            lines.append({"x0": c["x0"], "x1": c["x1"], "top": c["top"], "bottom": c["bottom"], "text": c["text"]})
    return lines


@pytest.fixture(scope="module")
def bundle_pages(default_bundle) -> list[tuple[str, list[dict], float]]:
    """Each page of the bundle read once with PDFium: (its text, its lines, its height)."""
    return [(page.text, text_lines(page), page.height) for page in read_pages(default_bundle)]


def test_no_two_footers_at_the_same_place(bundle_pages):
    """At the foot of every page the bundle's page number stands apart from the item's own footer:
    no other line's box meets it or comes within half a millimetre, and it is there once."""
    total = len(bundle_pages)
    for number, (_, lines, height) in enumerate(bundle_pages[1:], start=2):
        foot = [line for line in lines if line["bottom"] > height - 25 * MM]
        numbers = [line for line in foot if f"pagina {number} van {total}" in line["text"]]
        assert len(numbers) == 1, (number, [line["text"] for line in foot])
        stamp = numbers[0]
        assert stamp["text"] == f"pagina {number} van {total}"  # not run together with other text
        for other in foot:
            if other is stamp:
                continue
            apart = (stamp["x1"] + 0.5 * MM < other["x0"] or other["x1"] + 0.5 * MM < stamp["x0"]
                     or stamp["bottom"] + 0.5 * MM < other["top"] or other["bottom"] + 0.5 * MM < stamp["top"])
            assert apart, (number, other["text"])


def test_the_brand_footer_is_on_the_bundles_own_pages_only(bundle_pages):
    texts = [text for text, _, _ in bundle_pages]
    with_footer = [i for i, text in enumerate(texts) if "Gemaakt met cardgen" in text]
    contents = [i for i, text in enumerate(texts) if text.startswith("Inhoud")]
    assert contents and with_footer == [0] + contents  # the cover and the contents, not every item again


def test_home_sheets_show_their_fronts_only(bundle_pages):
    texts = [text for text, _, _ in bundle_pages]
    sheets = [t for t in texts if "print op 100 %" in t]
    assert sheets and all("· voorkant ·" in t for t in sheets)
    assert not any("achterkant ·" in t for t in sheets)
    # every sheet of every deck is there once: 'vel N/M' for N = 1..M
    seen: dict[str, set] = {}
    for t in sheets:
        deck, number, total = re.search(r"(.+?) · vel (\d+)/(\d+) · voorkant", t).groups()
        seen.setdefault(deck.splitlines()[-1], set()).add((int(number), int(total)))
    assert all(v == {(n, m) for n in range(1, m + 1)} for v in seen.values() for m in [next(iter(v))[1]])


def test_every_font_subset_has_its_own_tag(default_bundle):
    programs: dict[str, set] = {}  # tag + font name -> the hashes of the programs that carry it
    with pikepdf.open(default_bundle) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" and "/FontDescriptor" in obj:
                descriptor = obj.FontDescriptor
                program = descriptor.get("/FontFile2") or descriptor.get("/FontFile")
                name = str(obj.BaseFont).lstrip("/")
                assert re.fullmatch(r"[A-Z]{6}\+[\w-]+", name), name
                assert str(descriptor.FontName).lstrip("/") == name
                programs.setdefault(name, set()).add(hashlib.sha256(program.read_bytes()).hexdigest())
    tags = {name.split("+")[0] for name in programs}
    assert all(len(hashes) == 1 for hashes in programs.values())  # one name, one subset
    distinct = {h for hashes in programs.values() for h in hashes}
    assert len(programs) == len(distinct) > 10  # and every subset its own name
    assert "AAAAAA" not in tags


def prepare(tmp_path: Path, sheet: str | None = None, brand: bool = False) -> tuple[Path, list[str]]:
    work = copy_fixture("valid/sample", tmp_path)
    if sheet:
        with edit_yaml(work / "content" / "decks" / "sample.yaml") as data:
            data["sheet"] = sheet
    args = ["pack", "content", "-o", "out"]
    if brand:
        shutil.copytree(FIXTURES / "brands" / "vereniging", work / "merk")
        for font in ("Vera.ttf", "VeraBd.ttf"):
            shutil.copy(Path(reportlab.__file__).parent / "fonts" / font, work / "merk" / font)
        args += ["--brand", "merk/brand.yaml"]
    result = run_cli(*args, cwd=work)
    assert result.returncode == 0, result.stderr
    return work / "out", args


def test_a_fold_sheet_stays_whole(tmp_path):
    """A fold sheet is one page with fronts and backs side by side, not a duplex back: it stays."""
    out, _ = prepare(tmp_path, "a4-fold")
    combined = next(out.glob("intervisie-*/intervisie-*.pdf"))
    texts = [page.text for page in read_pages(combined)]
    assert len(texts) == 1 + 1 + 1  # cover, contents and the deck's fold page (4 cards, 4 a page)
    assert all("voor- en achterkant" in t for t in texts[2:])


def test_without_a_brand_cardgen_is_not_the_publisher(tmp_path):
    out, _ = prepare(tmp_path)
    folder = next(p for p in out.iterdir() if p.is_dir())
    combined = folder / f"{folder.name}.pdf"
    cover = [line["text"] for line in text_lines(read_pages(combined)[0])]
    assert "Intervisiemateriaal" in cover
    assert not [line for line in cover if "cardgen" in line and line != "Gemaakt met cardgen"], cover
    with pikepdf.open(combined) as pdf:
        assert str(pdf.docinfo["/Title"]) == "Intervisiemateriaal"
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "Intervisiemateriaal." in readme and "van cardgen" not in readme


def test_a_brand_is_named_as_the_publisher(tmp_path):
    out, _ = prepare(tmp_path, brand=True)
    combined = next(out.glob("intervisie-*/intervisie-*.pdf"))
    cover = [line["text"] for line in text_lines(read_pages(combined)[0])]
    assert "Beroepsvereniging Casemanagers" in cover
    with pikepdf.open(combined) as pdf:
        assert str(pdf.docinfo["/Title"]) == "Intervisiemateriaal – Beroepsvereniging Casemanagers"


def test_a_cover_line_the_font_cannot_draw_is_an_error_at_the_brand_field(tmp_path):
    """The cover prints the brand's contact line, which no card measures: Vera has no CJK, so '王' would
    print as an empty box. The pack stops with the brand file's field named, and leaves nothing behind."""
    work = copy_fixture("valid/sample", tmp_path)
    shutil.copytree(FIXTURES / "brands" / "vereniging", work / "merk")
    for font in ("Vera.ttf", "VeraBd.ttf"):
        shutil.copy(Path(reportlab.__file__).parent / "fonts" / font, work / "merk" / font)
    brand = work / "merk" / "brand.yaml"
    brand.write_text(brand.read_text(encoding="utf-8").replace(
        "contact: intervisie@example.org", "contact: 王 intervisie@example.org"), encoding="utf-8")
    assert "王" in brand.read_text(encoding="utf-8")
    result = run_cli("pack", "content", "-o", "out", "--brand", "merk/brand.yaml", cwd=work)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[1] == "1 error, nothing written", lines
    assert re.match(r"merk/brand\.yaml:\d+:\d+: contact: the bundle's cover: '王' \(U\+738B CJK UNIFIED "
                    r"IDEOGRAPH-738B\) is not in the font \S+ \(regular\) and would print as an empty box", lines[0]), lines[0]
    assert not (work / "out").exists()
    assert not [p.name for p in work.iterdir() if ".pack-" in p.name]
