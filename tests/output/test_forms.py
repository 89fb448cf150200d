"""Forms: a flat print version with room to write, and a fillable version that pypdf can fill."""
import pikepdf
import pytest
from pypdf import PdfReader, PdfWriter

from ..conftest import build_fixture, copy_fixture, run_cli
from .pdfcheck import MM, boxes, fonts, render

MULTILINE = 1 << 12


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_fixture(tmp_path_factory, "forms") / "forms"


def test_print_version_is_flat_a4_with_embedded_fonts(built):
    for name in ("casusinbrengformulier.pdf", "alles.pdf"):
        with pikepdf.open(built / name) as pdf:
            assert "/AcroForm" not in pdf.Root
            for page in pdf.pages:
                assert [v / MM for v in boxes(page)["MediaBox"]] == pytest.approx([0, 0, 210, 297], abs=0.1)
                assert all(str(a.get("/Subtype")) != "/Widget" for a in page.obj.get("/Annots", []))
            assert fonts(pdf) and all(embedded for _, embedded in fonts(pdf))
            assert not any("Helvetica" in n for n, _ in fonts(pdf))


def test_fillable_fields_are_named_after_the_ids(built):
    reader = PdfReader(built / "casusinbrengformulier-invulbaar.pdf")
    fields = reader.get_fields()
    assert {"naam", "datum", "beschrijving", "context", "kernvraag", "eerdere-acties", "verwachting"} <= set(fields)
    assert int(fields["beschrijving"].get("/Ff", 0)) & MULTILINE
    assert not int(fields["naam"].get("/Ff", 0)) & MULTILINE
    every = PdfReader(built / "alles-invulbaar.pdf").get_fields()
    assert {"akkoord", "rol.1", "rol.2", "rol.3", "krachten.r1.c1", "krachten.r3.c2", "vrij", "handtekening"} <= set(every)


def test_fill_in_with_pypdf_and_read_back(built, tmp_path):
    writer = PdfWriter(clone_from=built / "casusinbrengformulier-invulbaar.pdf")
    values = {"naam": "Sanne de Vries", "kernvraag": "Hoe zeg ik nee\nzonder de relatie te schaden?"}
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    out = tmp_path / "ingevuld.pdf"
    with open(out, "wb") as fh:
        writer.write(fh)
    fields = PdfReader(out).get_fields()
    assert fields["naam"]["/V"] == "Sanne de Vries"
    assert fields["kernvraag"]["/V"] == "Hoe zeg ik nee\nzonder de relatie te schaden?"


def test_writing_lines_are_8_mm_apart(built):
    page = render(built / "casusinbrengformulier.pdf", 0, 10).convert("L")
    x = int(100 * 10)
    dark = [y for y in range(page.height) if page.getpixel((x, y)) < 200]
    groups = []
    for y in dark:
        if groups and y - groups[-1][-1] <= 2:
            groups[-1].append(y)
        else:
            groups.append([y])
    centres = [sum(g) / len(g) / 10 for g in groups]
    gaps = [b - a for a, b in zip(centres, centres[1:])]
    assert sum(1 for g in gaps if abs(g - 8) <= 0.2) >= 10, gaps  # the rules inside each multi-line field


def test_same_input_same_bytes(tmp_path):
    outs = []
    for run in ("a", "b"):
        work = copy_fixture("valid/forms", tmp_path / run)
        assert run_cli("build", "content", "-o", "out", cwd=work).returncode == 0
        outs.append((work / "out" / "forms" / "alles-invulbaar.pdf").read_bytes())
    assert outs[0] == outs[1]


def test_table_columns_follow_their_widths_and_headings_have_no_field(built):
    reader = PdfReader(built / "alles-invulbaar.pdf")
    fields = reader.get_fields()
    assert "deel-2" not in fields  # a heading has nothing to fill in
    rects = {}
    for page in reader.pages:
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            rects[annot.get("/T")] = [float(v) for v in annot["/Rect"]]
    first, second = rects["krachten.r1.c1"], rects["krachten.r1.c2"]
    body = 210 * MM - 2 * 18 * MM  # the form template's margins
    assert (first[2] - first[0] + 2) == pytest.approx(body * 3 / 4, abs=0.3)
    assert (second[2] - second[0] + 2) == pytest.approx(body / 4, abs=0.3)
    assert first[2] + 2 == pytest.approx(second[0], abs=0.3)  # the columns meet at the 3:1 border


def test_a_heading_is_drawn_in_the_print_version(built):
    text = PdfReader(built / "alles.pdf").pages[0].extract_text()
    assert "Tweede deel" in text and "Een kopje zonder invulruimte." in text


def test_checkbox_options_print_at_10pt_beside_their_box(built):
    from ..pdfread import read_pages, words

    found = [w for page in read_pages(built / "alles.pdf", fonts=True) for w in words(page.chars, ("size",))]
    option = next(w for w in found if w["text"] == "Vragensteller")
    assert option["size"] == pytest.approx(10, abs=0.05)


@pytest.mark.parametrize("name, size", [("klein", (148, 210)), ("letter", (215.9, 279.4))])
def test_the_template_paper_is_the_page_size(built, name, size):
    for suffix in ("", "-invulbaar"):
        with pikepdf.open(built / f"{name}{suffix}.pdf") as pdf:
            for page in pdf.pages:
                assert [v / MM for v in boxes(page)["MediaBox"]] == pytest.approx([0, 0, *size], abs=0.1)


def test_a_table_continues_on_the_next_a5_page_with_its_label_and_header(built):
    reader = PdfReader(built / "klein-invulbaar.pdf")
    pages = [{a.get_object().get("/T") for a in page.get("/Annots", [])} for page in reader.pages]
    assert "krachten.r1.c1" in pages[0] and "krachten.r20.c2" in pages[1]
    assert not pages[0] & pages[1]
    for page in PdfReader(built / "klein.pdf").pages:
        text = page.extract_text()
        assert "Krachten" in text and "Gewicht" in text


def test_the_tip_is_printed_after_the_last_field(built):
    text = PdfReader(built / "alles.pdf").pages[-1].extract_text()
    assert "Tip:" in text and "Neem het ingevulde formulier mee naar de volgende bijeenkomst." in text
    assert text.index("handtekening") < text.index("Tip:")


def test_the_fields_lie_on_the_printed_writing_lines(built):
    """The fillable file's text fields cover the ruling the print file draws: each multi-line field of
    n lines is n × 8 mm tall and 1 mm more, and 1 mm above its bottom edge is a printed line."""
    fields = {}
    for index, page in enumerate(PdfReader(built / "casusinbrengformulier-invulbaar.pdf").pages):
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            fields[annot["/T"]] = (index, [float(v) for v in annot["/Rect"]])
    images = {}
    for name, n in (("beschrijving", 4), ("context", 4), ("kernvraag", 3), ("verwachting", 3)):
        index, (x0, y0, x1, y1) = fields[name]
        assert (x0 / MM, x1 / MM) == pytest.approx((18, 192), abs=0.1)
        assert (y1 - y0) / MM == pytest.approx(8 * n + 1, abs=0.1)  # and 1 mm below for descenders
        image = images.setdefault(index, render(built / "casusinbrengformulier.pdf", index, 10).convert("L"))
        row = round((297 - y0 / MM - 1) * 10)  # the last line, 1 mm above the bottom edge, in pixels from the top
        assert min(image.getpixel((1000, r)) for r in range(row - 2, row + 3)) < 200, name
