"""A print shop's ICC output profile in a CMYK print file: RGB pictures converted through it with
littleCMS (Pillow's ImageCms), and the profile itself as the file's output intent (PDF/X-4 style:
it tells the shop's RIP which press condition the CMYK values were made for).

A picture that carries its own ICC profile is converted from that; one without is taken as sRGB.
Conversions use relative colorimetric intent with black point compensation, as print shops do for
pictures, and are made once per picture, background and profile.
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageCms
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString, PDFZCompress

from ..layout.images import ImageInfo, placed_size
from ..layout.printshop import OutputProfile


@lru_cache(maxsize=4)
def _profile(path: str) -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(io.BytesIO(Path(path).read_bytes()))


@lru_cache(maxsize=32)
def _converted(image: str, background: tuple[int, int, int], profile: str) -> ImageReader:
    with Image.open(image) as img:
        own = img.info.get("icc_profile")
        if img.mode in ("RGBA", "LA", "P") or "transparency" in img.info:
            rgba = img.convert("RGBA")
            rgb = Image.new("RGB", rgba.size, background)
            rgb.paste(rgba, mask=rgba.getchannel("A"))
        else:
            rgb = img.convert("RGB")
    source = ImageCms.ImageCmsProfile(io.BytesIO(own)) if own else ImageCms.createProfile("sRGB")
    try:
        transform = ImageCms.buildTransform(source, _profile(profile), "RGB", "CMYK",
                                            ImageCms.Intent.RELATIVE_COLORIMETRIC,
                                            ImageCms.Flags.BLACKPOINTCOMPENSATION)
    except ImageCms.PyCMSError:  # the picture's own profile is not an RGB one after all: take it as sRGB
        transform = ImageCms.buildTransform(ImageCms.createProfile("sRGB"), _profile(profile), "RGB", "CMYK",
                                            ImageCms.Intent.RELATIVE_COLORIMETRIC,
                                            ImageCms.Flags.BLACKPOINTCOMPENSATION)
    return ImageReader(ImageCms.applyTransform(rgb, transform))


def converts(info: ImageInfo, profile: OutputProfile | None, mode: str) -> bool:
    """Whether a picture goes through the profile: raster pictures that are not CMYK already, in a
    CMYK file that has a profile."""
    return profile is not None and mode == "cmyk" and info.mode not in ("CMYK", "SVG")


def draw_converted(canvas, info: ImageInfo, x: float, y: float, w: float, h: float,
                   background: tuple[float, float, float], profile: OutputProfile) -> None:
    """The picture converted to the profile's CMYK, fitted whole and centred in the box (x, y, w, h)."""
    pw, ph = placed_size(info.width_px, info.height_px, w, h)
    rgb = tuple(round(v * 255) for v in background)
    canvas.drawImage(_converted(str(info.path), rgb, profile.path), x + (w - pw) / 2, y + (h - ph) / 2, pw, ph)


def add_output_intent(canvas, profile: OutputProfile) -> None:
    """The profile as the document's output intent (/OutputIntents in the catalog, /S /GTS_PDFX)."""
    doc = canvas._doc
    stream = PDFStream(PDFDictionary({"N": profile.components}), Path(profile.path).read_bytes(), [PDFZCompress])
    intent = PDFDictionary({"Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFX"),
                            "OutputConditionIdentifier": PDFString(profile.name), "Info": PDFString(profile.name),
                            "RegistryName": PDFString("http://www.color.org"),
                            "DestOutputProfile": doc.Reference(stream)})
    catalog = doc.Catalog
    if "OutputIntents" not in catalog.__NoDefault__:  # reportlab writes only the catalog entries it lists
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = PDFArray([intent])
