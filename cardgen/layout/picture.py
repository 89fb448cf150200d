"""Pictures on cards as numbers: where a picture is placed in its box (cropped to fill it around a
focal point, or fitted whole), which part shows, and its effective resolution there.

A cropped picture is planned as its full placed rectangle and a clip rectangle: the draw stage
places the same image (one XObject per file) on every card and clips it, so no pixels are cut here.
A box that runs into the bleed is covered to the print file's bleed, so the sheets (cut at the trim)
and the print file show the same part of the picture.
"""
from __future__ import annotations

from ..messages import msg
from .geometry import Rect as Area
from .images import PRINT_PPI, ImageInfo, placed_size
from .plan import Image
from .units import to_mm

PACK = "pack:"  # assets of pictures and icons from the pack are keyed "pack:" + their path in the pack


def focus_of(value: str) -> tuple[float, float]:
    """'30% 40%' -> (0.3, 0.4)."""
    x, y = value.split()
    return float(x.rstrip("%")) / 100, float(y.rstrip("%")) / 100


def placement(width_px: float, height_px: float, area: Area, fit: str,
              focus: tuple[float, float] = (0.5, 0.5)) -> Area:
    """The picture's full placed rectangle. 'contain': the largest that fits `area`, centred.
    'cover': the smallest that covers `area`, moved so that the focal point lies as near the area's
    same relative point as covering allows (focus 0% shows the left or top edge, 100% the other)."""
    if fit == "contain":  # as a logo is fitted in its box
        w, h = placed_size(width_px, height_px, area.width, area.height)
        return Area(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
    scale = max(area.width / width_px, area.height / height_px)
    w, h = width_px * scale, height_px * scale
    fx, fy = focus
    return Area(area.x - (w - area.width) * fx, area.y - (h - area.height) * fy, w, h)


def covered(rect: Area, trim: Area, bleed: float, runs_out: bool) -> Area:
    """The area a picture covers: the box, run out into `bleed` on the sides that touch the trim."""
    return rect.bleed_out(trim, bleed) if runs_out else rect


def picture_items(info: ImageInfo, rect: Area, trim: Area, bleed: float, runs_out: bool, fit: str,
                  focus: str, behind: str) -> dict[float, Image]:
    """The picture for the trim version (key 0) and the bleed version (key `bleed`) of a face."""
    area = covered(rect, trim, bleed, runs_out)
    full = placement(info.width_px, info.height_px, area, fit, focus_of(focus))
    out = {}
    for b in (0.0, bleed):
        clip = covered(rect, trim, b, runs_out)
        if fit == "contain":  # shown whole; inside the box whatever the bleed
            out[b] = Image(full.x, full.y, full.width, full.height, PACK + info.relative, behind)
        else:
            out[b] = Image(full.x, full.y, full.width, full.height, PACK + info.relative, behind,
                           (clip.x, clip.y, clip.width, clip.height))
    return out


def resolution(info: ImageInfo, rect: Area, trim: Area, bleed: float, runs_out: bool, fit: str,
               focus: str, box: str) -> str | None:
    """Why the picture prints soft in this box, or None: under `PRINT_PPI` at its printed size (SVGs are
    vector). The size asked for is the printed size of the part shown at `PRINT_PPI`."""
    if info.mode == "SVG":
        return None
    area = covered(rect, trim, bleed, runs_out)
    full = placement(info.width_px, info.height_px, area, fit, focus_of(focus))
    ppi = info.width_px / (full.width / 72.0)
    if ppi >= PRINT_PPI - 0.5:
        return None
    shown = area if fit == "cover" else full
    w_mm, h_mm = to_mm(shown.width), to_mm(shown.height)
    where = msg("box '{box}' with its bleed", box=box) if runs_out and area != rect else msg("box '{box}'", box=box)
    return msg("{file} prints at {ppi:.0f} ppi in {where} ({w:.0f} × {h:.0f} mm); print shops ask {enough} ppi: "
               "give a picture of at least {w_px} × {h_px} px", file=info.relative, ppi=ppi, where=where, w=w_mm,
               h=h_mm, enough=PRINT_PPI, w_px=round(w_mm / 25.4 * PRINT_PPI), h_px=round(h_mm / 25.4 * PRINT_PPI))
