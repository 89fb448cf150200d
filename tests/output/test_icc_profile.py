"""A brand that names the print shop's ICC profile: CMYK print files carry it as their output intent and
their RGB pictures are converted through it; without one, today's behaviour (an RGB picture in a CMYK
file is an error). The profile is a tiny CMYK one made here (iccmake.py): Pillow ships none."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pikepdf
import pytest
import reportlab
from PIL import Image, ImageCms

from ..conftest import FIXTURES, copy_fixture, run_cli
from ..yamledit import edit_yaml
from .iccmake import cmyk_profile


def prepare(tmp_path: Path, profile: bytes | None, name: str = "drukker.icc") -> Path:
    """The sample deck printed in CMYK (without its own RGB logo) under the vereniging brand, whose
    RGB logo is on every back."""
    work = copy_fixture("valid/sample", tmp_path)
    brand = work / "merk"
    shutil.copytree(FIXTURES / "brands" / "vereniging", brand)
    for font in ("Vera.ttf", "VeraBd.ttf"):
        shutil.copy(Path(reportlab.__file__).parent / "fonts" / font, brand / font)
    if profile is not None:
        (brand / name).write_bytes(profile)
        with edit_yaml(brand / "brand.yaml") as data:
            data["icc_profile"] = name
    with edit_yaml(work / "content" / "decks" / "sample.yaml") as data:
        data.pop("logo")
        data["print"] = "drukkerij"
    (work / "templates" / "drukkerij.yaml").write_text("kind: print\nextends: print-shop\ncolor: cmyk\n",
                                                       encoding="utf-8")
    return work


def build(work: Path):
    return run_cli("build", "content", "--brand", "merk/brand.yaml", "-o", "out", cwd=work)


@pytest.fixture(scope="module")
def with_profile(tmp_path_factory):
    work = prepare(tmp_path_factory.mktemp("icc"), cmyk_profile())
    result = build(work)
    assert result.returncode == 0, result.stderr
    return work


def test_the_print_file_carries_the_profile_as_its_output_intent(with_profile):
    profile = (with_profile / "merk" / "drukker.icc").read_bytes()
    with pikepdf.open(with_profile / "out" / "decks" / "sample-print.pdf") as pdf:
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        intent = intents[0]
        assert intent.Type == "/OutputIntent" and intent.S == "/GTS_PDFX"
        assert str(intent.OutputConditionIdentifier) == "Proefdruk CMYK (test)"  # the profile's description
        assert intent.DestOutputProfile.N == 4
        assert intent.DestOutputProfile.read_bytes() == profile
    with pikepdf.open(with_profile / "out" / "decks" / "sample-sheets.pdf") as pdf:
        assert "/OutputIntents" not in pdf.Root  # home sheets stay RGB, for screens and home printers


def test_rgb_pictures_are_converted_through_the_profile(with_profile):
    logo = Image.open(FIXTURES / "brands" / "vereniging" / "logo.png").convert("RGB")
    shop = ImageCms.ImageCmsProfile(io.BytesIO(cmyk_profile()))
    transform = ImageCms.buildTransform(ImageCms.createProfile("sRGB"), shop, "RGB", "CMYK",
                                        ImageCms.Intent.RELATIVE_COLORIMETRIC, ImageCms.Flags.BLACKPOINTCOMPENSATION)
    expected = ImageCms.applyTransform(logo, transform).tobytes()
    assert expected != logo.convert("CMYK").tobytes()  # not the plain device formula
    with pikepdf.open(with_profile / "out" / "decks" / "sample-print.pdf") as pdf:
        images = [o for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Image"]
        assert images
        for image in images:
            assert image.ColorSpace == "/DeviceCMYK"
            assert pikepdf.PdfImage(image).as_pil_image().tobytes() == expected


def test_the_converted_file_passes_a_cmyk_preflight(with_profile, tmp_path):
    result = run_cli("preflight", str(with_profile / "out" / "decks" / "sample-print.pdf"), "--shop", "--cmyk",
                     cwd=tmp_path)
    assert result.returncode == 0, result.stdout


def test_without_a_profile_an_rgb_picture_stays_an_error(tmp_path):
    result = build(prepare(tmp_path, None))
    assert result.returncode == 2
    # the brand's logo on the backs: refused before anything is drawn, at the brand file
    assert ("merk/brand.yaml:5:1: logo: 'logo.png' is RGB, and print template 'drukkerij' asks for CMYK; give a "
            "CMYK JPEG, or name the print shop's profile in the brand (icc_profile)") in result.stderr, result.stderr


@pytest.mark.parametrize("content, name, message", [
    (ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(), "srgb.icc",
     "icc_profile: 'srgb.icc' is an ICC profile for RGB, not CMYK; give the print shop's CMYK output profile "
     "(e.g. FOGRA39)"),
    (b"geen profiel", "drukker.icc", "icc_profile: 'drukker.icc' is not an ICC profile (give the .icc file your "
                                     "print shop sends)"),
])
def test_a_profile_that_is_not_a_cmyk_one_is_a_located_error(tmp_path, content, name, message):
    work = prepare(tmp_path, content, name)
    result = build(work)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    line = next(i for i, text in enumerate((work / "merk" / "brand.yaml").read_text().splitlines(), 1)
                if text.startswith("icc_profile:"))
    assert f"merk/brand.yaml:{line}:1: {message}" in result.stderr, result.stderr
    assert not (work / "out").exists()


def test_a_missing_profile_is_a_located_error(tmp_path):
    work = prepare(tmp_path, b"", "drukker.icc")
    (work / "merk" / "drukker.icc").unlink()
    result = build(work)
    assert result.returncode == 2
    assert "icc_profile: profile 'drukker.icc' does not exist (paths are relative to merk/)" in result.stderr
