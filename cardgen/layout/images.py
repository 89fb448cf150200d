"""Placed images as numbers: the size an image takes in its box, and its effective resolution."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PRINT_PPI = 300  # below this, print shops see soft edges


@dataclass(frozen=True)
class ImageInfo:
    """An image file checked by the validate stage."""

    path: Path
    relative: str  # as written in the content, for messages
    width_px: int
    height_px: int
    has_alpha: bool
    mode: str = "RGB"  # Pillow's mode: RGB, RGBA, CMYK, L, P…


def placed_size(width_px: int, height_px: int, box_w: float, box_h: float) -> tuple[float, float]:
    """The size (points) of the image fitted into the box with its aspect ratio kept."""
    scale = min(box_w / width_px, box_h / height_px)
    return width_px * scale, height_px * scale


def effective_ppi(width_px: int, height_px: int, box_w: float, box_h: float) -> float:
    placed_w, _ = placed_size(width_px, height_px, box_w, box_h)
    return width_px / (placed_w / 72.0)
