"""Independent readers for the tests: pikepdf (qpdf) for structure, pypdfium2 (PDFium) for pixels."""
from __future__ import annotations

from pathlib import Path

import pikepdf
import pypdfium2 as pdfium

MM = 72 / 25.4


def boxes(page: pikepdf.Page) -> dict[str, list[float] | None]:
    """The page boxes as written (None when the key is absent: pypdf would invent one)."""
    obj = page.obj
    return {name: ([float(v) for v in obj[f"/{name}"]] if f"/{name}" in obj else None)
            for name in ("MediaBox", "TrimBox", "BleedBox")}


def fonts(pdf: pikepdf.Pdf) -> list[tuple[str, bool]]:
    """Every font dictionary in the file: (BaseFont, embedded?)."""
    found = []
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
            name = str(obj.get("/BaseFont"))
            descriptor = obj.get("/FontDescriptor")
            if obj.get("/Subtype") == "/Type0":
                descriptor = obj["/DescendantFonts"][0].get("/FontDescriptor")
            embedded = descriptor is not None and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append((name, embedded))
    return found


def render(path: Path, index: int, px_per_mm: float = 8):
    """Page `index` as an RGB PIL image at `px_per_mm`."""
    doc = pdfium.PdfDocument(str(path))
    try:
        return doc[index].render(scale=px_per_mm / MM).to_pil().convert("RGB")
    finally:
        doc.close()


def hex_rgb(value: str) -> tuple[int, int, int]:
    value = value.lstrip("#")
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))


def close(a, b, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))
