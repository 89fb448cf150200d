"""The brand of a build: `--brand FILE`, else the pack's brand.yaml, else cardgen's neutral one.

Paths in a brand file (logo, fonts) are resolved beside it and may not leave its folder.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problems
from ..messages import msg
from ..layout.images import ImageInfo
from ..layout.printshop import OutputProfile
from ..schema.brand import Brand
from ..schema.common import parse_model
from .assets import check_font, check_image
from .paths import OutsideFolder, inside
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
    builtin: bool = False  # cardgen's own neutral brand: no organisation behind it
    icc_profile: OutputProfile | None = None  # the print shop's CMYK profile


def brand_file(pack_root: Path, given: Path | None) -> Path:
    if given is not None:
        return given
    own = pack_root / "brand.yaml"
    return own if own.is_file() else BUILTIN


def load_brand(pack_root: Path, given: Path | None, problems: Problems) -> BrandAssets | None:
    path = brand_file(pack_root, given)
    if not path.is_file():
        problems.add(display_path(path), msg("brand file does not exist (give a brand.yaml, see the README)"))
        return None
    source = load_yaml(path, display_path(path), problems)
    if source is None:
        return None
    brand = parse_model(Brand, source, problems)
    if brand is None:
        return None
    root = path.resolve().parent
    before = len(problems.items)
    assets = BrandAssets(brand, source, builtin=path.resolve() == BUILTIN)
    if brand.logo is not None:
        assets.logo = check_image(source, ("logo",), brand.logo, root, problems)
    if brand.icc_profile is not None:
        assets.icc_profile = check_profile(source, ("icc_profile",), brand.icc_profile, root, problems)
    for face in ("regular", "bold", "italic", "bold_italic"):
        relative = getattr(brand.fonts, face)
        if relative is not None:
            found = check_font(source, ("fonts", face), relative, root, problems)
            if found is not None:
                assets.fonts[face.replace("_", "-")] = found
    return assets if len(problems.items) == before else None


MAX_PROFILE_BYTES = 16 * 1024 * 1024  # a press profile is a few MB at most


def check_profile(source: Source, path: tuple, relative: str, root: Path, problems: Problems) -> OutputProfile | None:
    """An ICC profile inside the brand's folder that littleCMS reads as a CMYK output profile."""
    import io

    from PIL import ImageCms

    def fail(message: str) -> None:
        source.problem(problems, path, message)

    try:
        resolved = inside(root, relative, "profiles")
    except OutsideFolder as exc:
        return fail(exc.args[0])
    if not resolved.is_file():
        return fail(msg("profile '{file}' does not exist (paths are relative to {folder}/)", file=relative,
                        folder=root.name))
    size = resolved.stat().st_size
    if size > MAX_PROFILE_BYTES:
        return fail(msg("profile '{file}' is {mb:.1f} MB; an ICC profile may be at most {most} MB", file=relative,
                        mb=size / 1024 / 1024, most=MAX_PROFILE_BYTES // 1024 // 1024))
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(resolved.read_bytes()))
        space = profile.profile.xcolor_space.strip()
        name = (ImageCms.getProfileDescription(profile) or resolved.stem).strip()
    except (OSError, ValueError, ImageCms.PyCMSError):
        return fail(msg("'{file}' is not an ICC profile (give the .icc file your print shop sends)", file=relative))
    if space != "CMYK":
        return fail(msg("'{file}' is an ICC profile for {space}, not CMYK; give the print shop's CMYK output profile "
                        "(e.g. FOGRA39)", file=relative, space=space or msg("another colour space")))
    return OutputProfile(str(resolved), name)
