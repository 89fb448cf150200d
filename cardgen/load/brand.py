"""The brand of a build: `--brand FILE`, else the pack's brand.yaml, else cardgen's neutral one.

Paths in a brand file (logo, fonts) are resolved beside it and may not leave its folder.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problems
from ..layout.images import ImageInfo
from ..schema.brand import Brand
from ..schema.common import parse_model
from .assets import check_font, check_image
from .templates import display_path
from .yamlfile import Source, load_yaml

BUILTIN = Path(__file__).resolve().parent.parent / "brands" / "cardgen.yaml"


@dataclass
class BrandAssets:
    """A validated brand with its files checked."""

    brand: Brand
    source: Source
    logo: ImageInfo | None = None
    fonts: dict[str, Path] = field(default_factory=dict)  # face (regular, bold, italic, bold-italic) -> file


def brand_file(pack_root: Path, given: Path | None) -> Path:
    if given is not None:
        return given
    own = pack_root / "brand.yaml"
    return own if own.is_file() else BUILTIN


def load_brand(pack_root: Path, given: Path | None, problems: Problems) -> BrandAssets | None:
    path = brand_file(pack_root, given)
    if not path.is_file():
        problems.add(display_path(path), "brand file does not exist (give a brand.yaml, see the README)")
        return None
    source = load_yaml(path, display_path(path), problems)
    if source is None:
        return None
    brand = parse_model(Brand, source, problems)
    if brand is None:
        return None
    root = path.resolve().parent
    before = len(problems.items)
    assets = BrandAssets(brand, source)
    if brand.logo is not None:
        assets.logo = check_image(source, ("logo",), brand.logo, root, problems)
    for face in ("regular", "bold", "italic", "bold_italic"):
        relative = getattr(brand.fonts, face)
        if relative is not None:
            found = check_font(source, ("fonts", face), relative, root, problems)
            if found is not None:
                assets.fonts[face.replace("_", "-")] = found
    return assets if len(problems.items) == before else None
