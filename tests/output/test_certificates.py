"""Certificates: one page per participant from a CSV, split files named after the person, and every
bad row reported with its line, nothing written."""
import pytest
from pypdf import PdfReader

from ..conftest import copy_fixture, run_cli
from ..pdfread import drawn, read_pages, text
from ..yamledit import read_yaml, write_yaml

CSV = "name,date,hours,group\nSanne de Vries,2026-12-03,2,Groep A\nJoël Bakker,2026-12-03,\"1,5\",Groep A\n" \
      "Sanne de Vries,2026-12-10,2,Groep B\n"


def test_one_page_per_participant_and_split_files(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    (work / "people.csv").write_text(CSV, encoding="utf-8")
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "people.csv", "--split",
                     "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    merged = PdfReader(work / "out" / "certificates" / "bewijs-van-deelname-deelnemers.pdf")
    texts = [page.extract_text() for page in merged.pages]
    assert len(texts) == 3
    assert "Sanne de Vries" in texts[0] and "3 december 2026" in texts[0] and "Groep A" in texts[0]
    assert "Joël Bakker" in texts[1] and "1,5 uur" in texts[1]
    assert "10 december 2026" in texts[2]
    split = sorted(p.name for p in (work / "out" / "certificates" / "bewijs-van-deelname").iterdir())
    assert split == ["joel-bakker.pdf", "sanne-de-vries-2.pdf", "sanne-de-vries.pdf"]


def test_blank_certificate_in_the_build(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    assert run_cli("build", "content", "-o", "out", cwd=work).returncode == 0
    reader = PdfReader(work / "out" / "certificates" / "bewijs-van-deelname.pdf")
    assert len(reader.pages) == 1 and "Bewijs van deelname" in reader.pages[0].extract_text()
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert width > height  # landscape


def test_bad_cells_are_reported_with_line_column_and_cell_and_nothing_is_written(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    (work / "bad.csv").write_text("name,date,hours,group,rol\n,2026-12-03,2,A\nPiet,31-02-2026,twee,A\n"
                                  "Anna,2026-12-03,2,A,x\n", encoding="utf-8")
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "bad.csv", "-o", "out",
                     cwd=work)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "bad.csv:E1: unknown column 'rol' in column E (allowed: name, date, hours, group, organisation, date_to, "
        "supervisor, supervisor_registration, registration)",
        "bad.csv:2: name: a name is required (cell A2)",
        "bad.csv:3: date: '31-02-2026' is not a date (use 2026-12-03 or 3-12-2026) (cell B3)",
        "bad.csv:3: hours: 'twee' is not a number of hours (e.g. 2 or 1,5) (cell C3)",
        "4 errors, nothing written"]
    assert not (work / "out").exists()


def test_a_row_too_long_for_the_page_is_reported_and_nothing_is_written(tmp_path):
    """The group is printed on one line of the facts: at 8 pt at the least, in the room beside its label."""
    work = copy_fixture("valid/certificates", tmp_path)
    long_group = "Intervisiegroep casemanagers verzuim regio Utrecht-Noord en Amersfoort-Oost, met gasten"
    (work / "long.csv").write_text(f"name,date,hours,group\nAnna,2026-12-03,2,A\nPiet,2026-12-03,2,\"{long_group}\"\n",
                                   encoding="utf-8")
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "long.csv", "-o", "out",
                     cwd=work)
    assert result.returncode == 2, result.stderr
    [line, total] = result.stderr.splitlines()
    assert line.startswith("long.csv:3: group: the certificate for 'Piet' does not fit its page: the groep runs "
                           "over by ") and line.endswith(" mm even at the floor size 8 pt; shorten the row"), line
    assert total == "1 error, nothing written"
    assert not (work / "out").exists()


def test_the_template_paper_is_honoured_and_laid_out_for_it(tmp_path):
    """A pack template with paper Letter (portrait) or A5 (landscape) gives that page, with the frame
    and text scaled to it, not an A4 page scaled down (pikepdf and PDFium read it back)."""
    import pikepdf

    work = copy_fixture("valid/certificates", tmp_path)
    source = read_yaml(work / "content" / "certificates" / "bewijs-van-deelname.yaml")
    for name, layout in (("letter", "certificaat-letter"), ("a5", "certificaat-a5")):
        variant = {"certificate": f"bewijs-{name}", **{k: v for k, v in source.items() if k != "certificate"},
                   "layout": layout}
        write_yaml(work / "content" / "certificates" / f"{name}.yaml", variant)
    result = run_cli("build", "content", "-o", "out", cwd=work)
    assert result.returncode == 0, result.stderr
    mm = 72 / 25.4
    for name, size in (("letter", (215.9, 279.4)), ("a5", (210.0, 148.0)), ("", (297.0, 210.0))):
        path = work / "out" / "certificates" / (f"bewijs-{name}.pdf" if name else "bewijs-van-deelname.pdf")
        with pikepdf.open(path) as pdf:
            assert tuple(round(float(v) / mm, 1) for v in pdf.pages[0].mediabox[2:]) == size
        page = read_pages(path, fonts=True)[0]
        chars = drawn(page.chars)
        k = min(page.width / (297 * mm), page.height / (210 * mm))
        # every letter inside the inner frame (15 mm at A4 landscape, scaled with the page)
        inner = 15 * mm * k
        assert all(inner < c["x0"] and c["x1"] < page.width - inner and inner < c["top"]
                   and c["bottom"] < page.height - inner for c in chars), name
        title = [c for c in chars if "Bold" in c["fontname"] and c["text"] == "B"][0]
        assert title["size"] == pytest.approx(34 * k, abs=0.01)  # the first title size that fits


# ---- SKJ-ready: the facts a register asks for, the name prominent, the organiser never the tool

SKJ_CSV = ("naam;datum;tot;contacturen;groep;begeleider;registratienummer_begeleider;registratienummer\r\n"
           "Sanne de Vries;3-9-2026;24-6-2027;16;Intervisiegroep Noord;Marieke Jansen;110012345;120098765\r\n"
           "Joël Bakker;2026-09-03;;1,5;Intervisiegroep Noord;;;\r\n"
           ";;;;;;;\r\n")  # as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)": cp1252, ';', CRLF


def _skj_pack(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    cert = work / "content" / "certificates" / "bewijs-van-deelname.yaml"
    cert.write_text(cert.read_text(encoding="utf-8") + "registry: SKJ\n", encoding="utf-8")
    (work / "skj.csv").write_bytes(SKJ_CSV.encode("cp1252"))
    return work


def test_a_dutch_excel_list_gives_the_facts_a_register_asks_for(tmp_path):
    work = _skj_pack(tmp_path)
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "skj.csv", "-o", "out",
                     "--organisation", "Beroepsvereniging Casemanagers", cwd=work)
    assert result.returncode == 0, result.stderr
    pages = read_pages(work / "out" / "certificates" / "bewijs-van-deelname-deelnemers.pdf")
    assert len(pages) == 2  # the empty row of separators is skipped
    first, second = (" ".join(text(page.chars).split()) for page in pages)
    for fact in ("Sanne de Vries", "Data 3 september 2026 – 24 juni 2027", "Contacturen 16 uur",
                 "Groep Intervisiegroep Noord", "Begeleider Marieke Jansen", "SKJ-nummer begeleider 110012345",
                 "SKJ-nummer deelnemer 120098765", "georganiseerd door Beroepsvereniging Casemanagers",
                 "Marieke Jansen, Begeleider intervisie", "Plaats en datum"):
        assert fact in first, fact
    # Windows-1252 read as such; one date, so 'Datum'; the unknown facts are lines to fill in, not text
    assert "Joël Bakker" in second and "Datum 3 september 2026" in second and "Contacturen 1,5 uur" in second
    assert "SKJ-nummer deelnemer" in second and "120098765" not in second and "Marieke" not in second


def test_the_name_is_bold_larger_and_on_its_own_line(tmp_path):
    work = _skj_pack(tmp_path)
    assert run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "skj.csv", "-o", "out",
                   cwd=work).returncode == 0
    chars = drawn(read_pages(work / "out" / "certificates" / "bewijs-van-deelname-deelnemers.pdf", fonts=True)[0].chars)
    lines: dict[int, list] = {}
    for c in chars:
        if c["text"].strip():
            lines.setdefault(round(c["top"]), []).append(c)
    (_, title), (_, name) = sorted(lines.items())[:2]  # the two lines at the top, in reading order
    assert "".join(c["text"] for c in title) == "Bewijsvandeelname"
    assert "".join(c["text"] for c in name) == "SannedeVries"  # the name alone on the next line
    assert all("Bold" in c["fontname"] for c in name)
    size = name[0]["size"]
    sentence = [c for c in chars if c["text"] == "h" and c["top"] > name[0]["top"]][0]  # 'heeft deelgenomen'
    assert "Bold" not in sentence["fontname"] and size > 1.6 * sentence["size"]
    assert title[0]["size"] > size  # only the title is larger


def _text(path):
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_neutral_brand_leaves_the_organiser_blank_and_never_prints_the_tools_name(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)  # no brand.yaml: the neutral brand, named cardgen
    (work / "people.csv").write_text(CSV, encoding="utf-8")
    assert run_cli("build", "content", "-o", "out", cwd=work).returncode == 0
    assert run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "people.csv", "-o", "out",
                   cwd=work).returncode == 0
    for path in ("bewijs-van-deelname.pdf", "bewijs-van-deelname-deelnemers.pdf"):
        text = _text(work / "out" / "certificates" / path)
        assert "cardgen" not in text.lower(), path
        assert "georganiseerd door …" in text, path  # dots to fill in the organiser by hand


def test_the_organiser_comes_from_the_brand_or_the_command_line(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    (work / "people.csv").write_text("name,date,hours,group\nAnna,2026-12-03,2,A\n", encoding="utf-8")
    (work / "content" / "brand.yaml").write_text("brand: vereniging\nname: Beroepsvereniging Casemanagers\n",
                                                 encoding="utf-8")
    args = ("certificates", "bewijs-van-deelname", "content", "--participants", "people.csv")
    assert run_cli(*args, "-o", "a", cwd=work).returncode == 0
    assert "georganiseerd door Beroepsvereniging Casemanagers." in _text(
        work / "a" / "certificates" / "bewijs-van-deelname-deelnemers.pdf")
    assert run_cli(*args, "-o", "b", "--organisation", "Stichting Intervisie Noord", cwd=work).returncode == 0
    text = _text(work / "b" / "certificates" / "bewijs-van-deelname-deelnemers.pdf")
    assert "georganiseerd door Stichting Intervisie Noord." in text and "Beroepsvereniging" not in text


def test_a_utf8_list_with_a_bom_reads_and_a_broken_workbook_is_refused(tmp_path):
    work = copy_fixture("valid/certificates", tmp_path)
    (work / "bom.csv").write_bytes("\ufeffname,date,hours,group\nZoë,2026-12-03,2,A\n".encode("utf-8"))
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "bom.csv", "-o", "out",
                     cwd=work)
    assert result.returncode == 0, result.stderr
    assert "Zoë" in _text(work / "out" / "certificates" / "bewijs-van-deelname-deelnemers.pdf")
    (work / "lijst.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "lijst.xlsx", "-o", "x",
                     cwd=work)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == (
        "lijst.xlsx: cannot be read as an Excel workbook (BadZipFile: File is not a zip file)")
    assert not (work / "x").exists()


def test_a_name_the_font_cannot_draw_is_an_error_at_its_row_and_column(tmp_path):
    """Lato has no CJK or Hebrew: '王芳' would print as two empty boxes and 'דוד' right to left in the
    wrong order; each is named at its row and column with the code points, and nothing is written."""
    work = copy_fixture("valid/certificates", tmp_path)
    (work / "names.csv").write_text("name,date,hours,group\nAnna,2026-12-03,2,A\n王芳,2026-12-03,2,A\n"
                                    "Piet,2026-12-03,2,דוד\n", encoding="utf-8")
    result = run_cli("certificates", "bewijs-van-deelname", "content", "--participants", "names.csv", "-o", "out",
                     cwd=work)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 3, lines
    assert lines[0].startswith("names.csv:3: name: the certificate for row 3: '王' (U+738B CJK UNIFIED "
                               "IDEOGRAPH-738B), '芳' (U+82B3 CJK UNIFIED IDEOGRAPH-82B3) are not in the font ")
    assert lines[0].endswith("and would print as empty boxes; remove them or give the brand a font that has them")
    assert lines[1].startswith("names.csv:4: group: the certificate for row 4: 'ד' (U+05D3 HEBREW LETTER DALET)")
    assert "right-to-left text" in lines[1]
    assert lines[2] == "2 errors, nothing written"
    assert not (work / "out").exists()
