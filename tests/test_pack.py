"""`cardgen pack`: a bundle whose combined PDF has working contents links and bookmarks, whose
files carry the brand, and whose zip is byte-identical from run to run."""
import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pikepdf
import pytest
import reportlab
from pypdf import PdfReader

from .conftest import FIXTURES, copy_fixture, run_cli

NAME = "intervisie-vereniging-2026.1"


def prepare(tmp_path: Path) -> Path:
    work = copy_fixture("valid/sample", tmp_path)
    shutil.copytree(FIXTURES / "brands" / "vereniging", work / "merk")
    for font in ("Vera.ttf", "VeraBd.ttf"):
        shutil.copy(Path(reportlab.__file__).parent / "fonts" / font, work / "merk" / font)
    return work


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = prepare(tmp_path_factory.mktemp("pack"))
    result = run_cli("pack", "content", "-o", "out", "--brand", "merk/brand.yaml", cwd=work)
    assert result.returncode == 0, result.stderr
    return work / "out"


def test_bundle_layout(bundle):
    folder = bundle / NAME
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert files == ["README.txt", f"{NAME}.pdf", "kaarten/drukkerij/sample-print.pdf", "kaarten/sample-sheets.pdf",
                     "manifest.json"]
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "100 %" in readme and "lange kant" in readme and "Beroepsvereniging Casemanagers" in readme


def test_manifest_has_brand_version_date_and_hashes(bundle):
    manifest = json.loads((bundle / NAME / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["brand"] == "vereniging" and manifest["content_version"] == "2026.1"
    assert manifest["build_date"] == "2025-11-24"  # from SOURCE_DATE_EPOCH
    for entry in manifest["files"]:
        assert hashlib.sha256((bundle / entry["path"]).read_bytes()).hexdigest() == entry["sha256"]


def test_contents_links_and_bookmarks_land_on_the_right_pages(bundle):
    reader = PdfReader(bundle / NAME / f"{NAME}.pdf")
    assert len(reader.pages) == 1 + 1 + 1  # cover, contents, the deck's sheet front (its mirrored back is for duplex)
    toc = reader.pages[1]
    assert "Kaartensets" in toc.extract_text() and "Proefkaarten" in toc.extract_text()
    targets = [reader.get_page_number(a.get_object()["/Dest"][0].get_object()) for a in toc["/Annots"]]
    assert targets == [2]
    assert "vel 1/1 · voorkant" in reader.pages[2].extract_text()  # the deck's first page
    outline = reader.outline
    flat = [(o.title, reader.get_destination_page_number(o)) for o in outline if not isinstance(o, list)]
    assert flat[0] == ("Inhoud", 1) and ("Kaartensets", 2) in flat
    children = next(o for o in outline if isinstance(o, list))
    assert [(c.title, reader.get_destination_page_number(c)) for c in children] == [("Proefkaarten", 2)]


def test_every_page_after_the_cover_has_a_number_and_one_footer(bundle):
    reader = PdfReader(bundle / NAME / f"{NAME}.pdf")
    total = len(reader.pages)
    for number, page in enumerate(reader.pages[1:], start=2):
        text = page.extract_text()
        assert text.count(f"pagina {number} van {total}") == 1
        # the brand footer on the bundle's own contents page; an item's page shows the item's own footer
        assert ("Uitgave voor leden van de Beroepsvereniging Casemanagers" in text) == (number == 2)


def test_every_pdf_carries_the_brand(bundle):
    for path in (bundle / NAME).rglob("*.pdf"):
        with pikepdf.open(path) as pdf:
            assert str(pdf.docinfo["/Author"]) == "Beroepsvereniging Casemanagers", path
            assert str(pdf.Root.Lang) == "nl-NL", path


def test_two_runs_give_identical_zips(tmp_path):
    digests = []
    for run in ("a", "b"):
        work = prepare(tmp_path / run)
        assert run_cli("pack", "content", "-o", "out", "--brand", "merk/brand.yaml", cwd=work).returncode == 0
        digests.append(hashlib.sha256((work / "out" / f"{NAME}.zip").read_bytes()).hexdigest())
        with zipfile.ZipFile(work / "out" / f"{NAME}.zip") as archive:
            names = archive.namelist()
            assert names == sorted(names) and f"{NAME}/manifest.json" in names
            assert {i.date_time for i in archive.infolist()} == {(2025, 11, 24, 16, 0, 0)}
    assert digests[0] == digests[1]


def test_pack_with_errors_writes_nothing(tmp_path):
    work = prepare(tmp_path)
    (work / "merk" / "logo.png").unlink()
    result = run_cli("pack", "content", "-o", "out", "--brand", "merk/brand.yaml", cwd=work)
    assert result.returncode == 2
    assert "logo: image 'logo.png' does not exist (paths are relative to merk/)" in result.stderr
    assert not (work / "out").exists()
    assert not [p for p in work.iterdir() if p.name.startswith(".")]
