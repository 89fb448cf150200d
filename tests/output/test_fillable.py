"""The fillable forms read back with independent tools: radio groups as PDF defines them (pypdf,
pikepdf), typed text on the printed writing lines (from the plan's rules and the field's /Rect and
/DA; and PDFium, the engine of Chrome's viewer, typing into the field and drawing it), and no
standard-14 font anywhere: the field font is the embedded Lato."""
import zlib
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from pypdf import PdfReader, PdfWriter

from cardgen.layout.document import frame_for
from cardgen.layout.form_page import Ink, plan_form
from cardgen.layout.plan import Rule
from cardgen.render.fonts import FontMetrics
from cardgen.schema.form import Form, FormTemplate

from ..yamledit import read_yaml
from .pdfcheck import MM, fonts

ROOT = Path(__file__).resolve().parents[2]
RADIO, MULTILINE = 1 << 15, 1 << 12
BASE14 = {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
          "Times-Italic", "Times-BoldItalic", "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
          "Symbol", "ZapfDingbats"}
FORMS = sorted(p.stem for p in (ROOT / "content" / "forms").glob("*.yaml"))
TYPED = ["Het team kwam tot rust", "Wat bleef hangen was het idee"]  # two lines, typed with Enter between


@pytest.fixture(scope="module")
def default_forms(default_build):
    """The default pack's forms, as the session built them (read only)."""
    return default_build / "forms"


def widgets(path: Path) -> dict[str, tuple[int, list[float], pikepdf.Dictionary]]:
    """Every text field's widget by name: (page index, /Rect, widget)."""
    found = {}
    with pikepdf.open(path) as pdf:
        for index, page in enumerate(pdf.pages):
            for annot in page.obj.get("/Annots", []):
                if "/T" in annot:
                    found[str(annot.T)] = (index, [float(v) for v in annot.Rect], annot.DA.__str__() if "/DA" in annot else "")
    return found


def test_either_or_questions_are_radio_groups(default_forms):
    with pikepdf.open(default_forms / "evaluatieformulier-invulbaar.pdf") as pdf:
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        for name, states in (("ruimte", ["/ja", "/deels", "/nee"]), ("frequentie", ["/te-vaak", "/goed", "/te-weinig"])):
            group = fields[name]
            assert group.FT == "/Btn" and int(group.Ff) & RADIO
            assert len(group.Kids) == 3 and all(kid.Parent.objgen == group.objgen for kid in group.Kids)
            on = [[k for k in kid.AP.N.keys() if k != "/Off"] for kid in group.Kids]
            assert on == [[s] for s in states]  # one on-state per kid, all distinct
            assert all(kid.AS == "/Off" for kid in group.Kids)
        assert not any(name.startswith("ruimte.") for name in fields)  # no independent boxes beside it
    # independent checkboxes stay possible: the groepscontract's lone agreement box
    every = PdfReader(default_forms / "groepscontract-invulbaar.pdf").get_fields()
    assert any(f.get("/FT") == "/Btn" and not int(f.get("/Ff", 0)) & RADIO for f in every.values())


def test_no_standard_font_anywhere_in_the_fillable_files(default_forms):
    for form in FORMS:
        path = default_forms / f"{form}-invulbaar.pdf"
        with pikepdf.open(path) as pdf:
            found = fonts(pdf)
            assert found and all(embedded for _, embedded in found), (form, found)
            assert not {name.lstrip("/").split("+")[-1] for name, _ in found} & BASE14, (form, found)
            acro = pdf.Root.AcroForm
            assert set(acro.DR.Font.keys()) and "/Helv" not in acro.DR.Font and "/ZaDb" not in acro.DR.Font
            for name, font in acro.DR.Font.items():
                assert font.Subtype == "/TrueType" and "/FontFile2" in font.FontDescriptor, (form, name)
                assert font.Encoding == "/WinAnsiEncoding" and len(font.Widths) == 224
        raw = path.read_bytes()
        assert b"Helv" not in raw and b"ZaDb" not in raw and b"ZapfDingbats" not in raw, form
        assert b"NeedAppearances" not in raw  # every widget carries its own appearance


def test_the_field_font_has_every_winansi_glyph_and_no_other(default_forms):
    """What can be typed into a field is what its encoding (WinAnsi, cp1252) holds: the embedded program has
    every such character of Lato, drawn and as wide as in Lato itself, and leaves the rest of Lato's glyphs
    out (Lato whole is 661,592 bytes)."""
    from io import BytesIO

    from fontTools.ttLib import TTFont

    whole = TTFont(ROOT / "cardgen" / "fonts" / "Lato-Regular.ttf")
    with pikepdf.open(default_forms / "casusinbrengformulier-invulbaar.pdf") as pdf:
        font = pdf.Root.AcroForm.DR.Font.Lato
        program = font.FontDescriptor.FontFile2.read_bytes()
        assert "+" not in str(font.BaseFont)  # no subset tag: complete for what the encoding can address
        assert font.Encoding == "/WinAnsiEncoding"
        widths = [float(w) for w in font.Widths]
    assert widths[ord("e") - 32] > 0 and widths[0xEB - 32] == widths[ord("e") - 32]  # ë as wide as e
    assert len(program) < 100_000
    cut = TTFont(BytesIO(program))
    winansi = {ord(bytes([c]).decode("cp1252")) for c in range(32, 256) if c not in (0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D)}
    cmap, whole_cmap = cut.getBestCmap(), whole.getBestCmap()
    assert {c for c in winansi if c in whole_cmap} - set(cmap) == set()
    assert len(winansi - set(whole_cmap)) == 0  # Lato has all of them, so all are in the field font
    assert {c for c in cmap if c not in winansi and c > 32} == set()
    for code in (ord("e"), 0xEB, ord("€"), ord("ß"), ord("—")):
        assert cut["hmtx"][cmap[code]][0] == whole["hmtx"][whole_cmap[code]][0], chr(code)
        glyph = cut["glyf"][cmap[code]]
        assert glyph.numberOfContours != 0, chr(code)  # an outline, or made of others (ë: e and ¨), not empty
        if glyph.isComposite():
            assert set(glyph.getComponentNames(cut["glyf"])) <= set(cut.getGlyphOrder()), chr(code)


def test_a_font_the_subsetter_cannot_cut_is_embedded_whole(monkeypatch):
    from cardgen.render import acroform

    def refuse(file):
        raise AssertionError("an unusual font")

    monkeypatch.setattr(acroform, "_winansi_only", refuse)
    lato = ROOT / "cardgen" / "fonts" / "Lato-Regular.ttf"
    packed, length = acroform._program.__wrapped__(str(lato), 0, 0)  # not the cached, cut program
    assert zlib.decompress(packed) == lato.read_bytes() and length == 661_592


def _plan(form: str):
    data = read_yaml(ROOT / "content" / "forms" / f"{form}.yaml")
    template = FormTemplate(template="f", kind="form")
    return plan_form(Form(**data), template, frame_for(template), Ink("#000000", "#000000"), FontMetrics())


def test_da_and_rect_put_every_typed_line_on_a_printed_line(default_forms):
    """Baseline k of a multi-line field lies k × TL below its top (the first: the field font's ascent
    at the /DA size, which is TL); the printed rules come from the plan. Both within 1 pt."""
    plan = _plan("evaluatieformulier")
    fields = widgets(default_forms / "evaluatieformulier-invulbaar.pdf")
    with pikepdf.open(default_forms / "evaluatieformulier-invulbaar.pdf") as pdf:
        dr = pdf.Root.AcroForm.DR.Font
        checked = 0
        for name, (index, (x0, y0, x1, y1), da) in fields.items():
            font, size, _, leading, _ = (da.split() + ["", ""])[:5]
            if "TL" not in da:
                continue
            size, leading = float(size), float(leading)
            descriptor = dr[font].FontDescriptor
            assert float(descriptor.Ascent) * size / 1000 == pytest.approx(leading, abs=0.01)
            box = [float(v) for v in descriptor.FontBBox]
            assert (box[3] - box[1]) * size / 1000 == pytest.approx(leading, abs=0.01)  # pypdf's leading
            height = plan.pages[index].height
            rules = sorted(height - r.y1 for r in plan.pages[index].items if isinstance(r, Rule)
                           and r.y1 == r.y2 and abs(r.x1 - x0) < 1 and abs(r.x2 - x1) < 1 and y0 - 1 <= height - r.y1 <= y1)
            rules.reverse()  # from the top down
            baselines = [y1 - k * leading for k in range(1, len(rules) + 1)]
            assert len(rules) >= 2 and baselines == pytest.approx(rules, abs=1.0), name
            assert leading == pytest.approx(8 * MM, abs=0.01)
            checked += 1
    assert checked >= 8


def _ink_baselines(view, rect):
    """The bottom of each run of black rows (typed text, not the grey rules) inside the field, in points."""
    image, (left, top), scale = view
    x0, y_top, y_bottom = int((rect[0] - left) * scale) + 5, int((top - rect[3]) * scale), int((top - rect[1]) * scale)
    strip = image.crop((x0, y_top, x0 + 600, y_bottom))  # one row of 600 grey values each, read as bytes
    data, width = strip.tobytes(), strip.width
    rows = [y_top + k for k in range(strip.height) if min(data[k * width:(k + 1) * width]) < 90]
    runs: list[list[int]] = []
    for y in rows:
        if runs and y - runs[-1][-1] <= 2:
            runs[-1].append(y)
        else:
            runs.append([y])
    return [top - (run[-1] + 1) / scale for run in runs]


def _render(path: Path, index: int, box: list[float], scale: float = 10):
    """Page `index` as PDFium draws it with its form fields, in grey, at `scale` pixels a point, cut to
    `box` (x0, y0, x1, y1 in points) and 10 pt around it: (image, its top-left corner in points, scale)."""
    doc = pdfium.PdfDocument(str(path))
    doc.init_forms()
    page = doc[index]
    width, height = page.get_width(), page.get_height()
    left, bottom, right, top = max(box[0] - 10, 0), max(box[1] - 10, 0), min(box[2] + 10, width), min(box[3] + 10, height)
    bitmap = page.render(scale=scale, may_draw_forms=True, crop=(left, bottom, width - right, height - top))
    return bitmap.to_pil().convert("L"), (left, top), scale


@pytest.mark.parametrize("name, typed", [("beschrijving", TYPED), ("naam", ["Sanne de Vries"])])
def test_text_typed_in_pdfium_lands_on_the_printed_lines(default_forms, tmp_path, name, typed):
    """PDFium (Chrome's PDF viewer) lays out what is typed itself: click into the field and type (two
    lines into the multi-line field; one into the one-line field, whose line is 1 mm above its bottom)."""
    source = default_forms / "casusinbrengformulier-invulbaar.pdf"
    index, rect, _ = widgets(source)[name]
    doc = pdfium.PdfDocument(str(source))
    doc.init_forms()
    page = doc[index]
    x, y = rect[0] + 20, (rect[1] + rect[3]) / 2
    pdfium_c.FORM_OnMouseMove(doc.formenv, page, 0, x, y)
    pdfium_c.FORM_OnLButtonDown(doc.formenv, page, 0, x, y)
    pdfium_c.FORM_OnLButtonUp(doc.formenv, page, 0, x, y)
    for ch in "\r".join(typed):
        pdfium_c.FORM_OnChar(doc.formenv, page, ord(ch), 0)
    pdfium_c.FORM_ForceToKillFocus(doc.formenv)
    page.close()
    out = tmp_path / "getypt.pdf"
    doc.save(str(out))
    doc.close()
    assert PdfReader(out).get_fields()[name]["/V"].splitlines() == typed
    lines = [rect[3] - k * 8 * MM for k in (1, 2)] if len(typed) == 2 else [rect[1] + 1 * MM]  # the plan: 8 mm apart
    assert _ink_baselines(_render(out, index, rect), rect) == pytest.approx(lines, abs=1.0)


def test_fill_text_and_radio_with_pypdf_read_back_and_render(default_forms, tmp_path):
    source = default_forms / "evaluatieformulier-invulbaar.pdf"
    writer = PdfWriter(clone_from=source)
    values = {"geleerd": "\n".join(TYPED), "ruimte": "/deels", "naam": "Sanne de Vries groep Oost"}
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    filled = tmp_path / "ingevuld.pdf"
    with open(filled, "wb") as fh:
        writer.write(fh)
    fields = PdfReader(filled).get_fields()
    assert fields["ruimte"]["/V"] == "/deels"
    assert fields["geleerd"]["/V"] == "\n".join(TYPED) and fields["naam"]["/V"] == "Sanne de Vries groep Oost"
    with pikepdf.open(filled) as pdf:
        group = next(f for f in pdf.Root.AcroForm.Fields if str(f.T) == "ruimte")
        assert [str(kid.AS) for kid in group.Kids] == ["/Off", "/deels", "/Off"]
        kids = [[float(v) for v in kid.Rect] for kid in group.Kids]
    index, rect, _ = widgets(filled)["geleerd"]
    assert _ink_baselines(_render(filled, index, rect), rect) == \
        pytest.approx([rect[3] - 8 * MM, rect[3] - 16 * MM], abs=1.0)
    index, rect, _ = widgets(filled)["naam"]  # one line: its printed line lies 1 mm above the field's bottom
    assert _ink_baselines(_render(filled, index, rect), rect) == pytest.approx([rect[1] + 1 * MM], abs=1.0)
    # the dot is drawn in the chosen circle only
    page_index = next(i for i, p in enumerate(PdfReader(filled).pages)
                      for a in p.get("/Annots", []) if a.get_object().get("/Parent", {}).get("/T") == "ruimte")
    around = [min(r[0] for r in kids), min(r[1] for r in kids), max(r[2] for r in kids), max(r[3] for r in kids)]
    image, (left, top), scale = _render(filled, page_index, around)

    def dark(r):
        cx, cy = ((r[0] + r[2]) / 2 - left) * scale, (top - (r[1] + r[3]) / 2) * scale
        return sum(image.getpixel((int(cx) + dx, int(cy) + dy)) < 90 for dx in range(-5, 6) for dy in range(-5, 6))

    assert [dark(r) > 60 for r in kids] == [False, True, False]
