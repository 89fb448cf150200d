"""Draws the pictures and icons of the default pack's illustrated deck (content/beelden/): calm, flat
landscapes and two icons, as PNG (Pillow) and hand-written SVG. Own work, CC0 (see
content/beelden/LICENCE.md). Run from the repository: `.venv/bin/python tools/make_beelden.py`.

The PNGs are 900 x 1200 px: 300 ppi or more in the picture-card template's boxes on a poker card
(the top box with bleed, 69 x 43.5 mm, takes 331 ppi; the full-bleed face, 69 x 94 mm, 324 ppi).
"""
from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "content" / "beelden"
W, H = 900, 1200


def _png(name: str, image: Image.Image) -> None:
    image.save(OUT / name, "PNG", optimize=True)


def zonsopkomst() -> Image.Image:
    """Gevoel: a warm sun rising behind soft hills."""
    img = Image.new("RGB", (W, H), "#F6E3CF")
    d = ImageDraw.Draw(img)
    for i in range(12):  # a sky in bands, light to warm
        y = i * 60
        t = i / 11
        d.rectangle([0, y, W, y + 60], fill=(246 - int(12 * t), 227 - int(60 * t), 207 - int(90 * t)))
    d.ellipse([300, 380, 600, 680], fill="#E8893A")
    d.polygon([(0, 700), (220, 600), (480, 690), (700, 580), (900, 660), (900, 1200), (0, 1200)], fill="#C4643A")
    d.polygon([(0, 860), (300, 760), (620, 880), (900, 800), (900, 1200), (0, 1200)], fill="#9E4A2E")
    d.polygon([(0, 1020), (450, 940), (900, 1040), (900, 1200), (0, 1200)], fill="#7A3524")
    return img


def pad() -> Image.Image:
    """Richting: a path winding from the foreground to the horizon."""
    img = Image.new("RGB", (W, H), "#DDE8E4")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 560, W, H], fill="#6E9C80")
    d.polygon([(0, 560), (260, 500), (520, 545), (900, 480), (900, 600), (0, 620)], fill="#8DB39A")
    points_left, points_right = [], []
    for k in range(41):  # the path narrows with the distance and swings from side to side
        t = k / 40
        y = H - t * (H - 600)
        centre = 450 + 170 * math.sin(t * math.pi * 1.6) * (1 - t * 0.6)
        half = 230 * (1 - t) + 8
        points_left.append((centre - half, y))
        points_right.append((centre + half, y))
    d.polygon(points_left + points_right[::-1], fill="#EADBB8")
    for x, y, r in ((120, 760, 70), (780, 820, 90), (700, 640, 40), (200, 620, 35)):
        d.ellipse([x - r, y - r, x + r, y + r], fill="#3F6B52")
    return img


def kompasroos() -> Image.Image:
    """An icon: a four-pointed compass star on transparency (an RGBA PNG)."""
    size = 480
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c, r, w = size / 2, size * 0.47, size * 0.12
    star = [(c, c - r), (c + w, c - w), (c + r, c), (c + w, c + w), (c, c + r), (c - w, c + w), (c - r, c),
            (c - w, c - w)]
    d.polygon(star, fill="#DCEFE4", outline="#14301F", width=18)  # light with a dark edge: shows on any colour
    d.ellipse([c - w * 0.5, c - w * 0.5, c + w * 0.5, c + w * 0.5], fill="#14301F")
    return img


VENSTER = """<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200" viewBox="0 0 900 1200">
  <!-- Perspectief: a window onto a wide landscape, seen from a calm room. -->
  <rect x="0" y="0" width="900" height="1200" fill="#E7E1D6"/>
  <rect x="150" y="170" width="600" height="760" fill="#BFD8E6"/>
  <circle cx="590" cy="360" r="70" fill="#F4E7B8"/>
  <path d="M150 700 L330 560 L470 660 L610 540 L750 640 L750 930 L150 930 Z" fill="#7FA7BC"/>
  <path d="M150 800 L400 720 L750 810 L750 930 L150 930 Z" fill="#4E7C96"/>
  <rect x="150" y="170" width="600" height="760" fill="none" stroke="#5B4A3A" stroke-width="36"/>
  <rect x="432" y="170" width="36" height="760" fill="#5B4A3A"/>
  <rect x="150" y="532" width="600" height="36" fill="#5B4A3A"/>
  <rect x="100" y="930" width="700" height="50" fill="#8A7460"/>
  <rect x="0" y="980" width="900" height="220" fill="#CFC5B5"/>
</svg>
"""

BOOM = """<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200" viewBox="0 0 900 1200">
  <!-- Afronding: one tree on a low hill, the day closing. -->
  <rect x="0" y="0" width="900" height="1200" fill="#E9E4EF"/>
  <rect x="0" y="0" width="900" height="500" fill="#D9D0E6"/>
  <path d="M0 860 C 250 760, 650 760, 900 860 L900 1200 L0 1200 Z" fill="#8C7BA8"/>
  <path d="M0 980 C 300 920, 600 920, 900 990 L900 1200 L0 1200 Z" fill="#6A5A86"/>
  <rect x="430" y="560" width="40" height="260" fill="#4A3C5E"/>
  <circle cx="450" cy="500" r="170" fill="#5E8A6A"/>
  <circle cx="360" cy="560" r="110" fill="#6E9C78"/>
  <circle cx="545" cy="570" r="115" fill="#527C5E"/>
</svg>
"""

HART = """<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">
  <!-- An icon: a light heart with a dark outline, so that it shows on white and on a colour alike
       (icons of the pack keep their own colours). -->
  <path d="M50 88 C 20 66, 6 50, 10 30 C 14 12, 40 10, 50 28 C 60 10, 86 12, 90 30 C 94 50, 80 66, 50 88 Z"
        fill="#F6D9CF" stroke="#3A1A12" stroke-width="6" stroke-linejoin="round"/>
</svg>
"""


def main() -> None:
    (OUT / "iconen").mkdir(parents=True, exist_ok=True)
    _png("zonsopkomst.png", zonsopkomst())
    _png("pad.png", pad())
    _png("iconen/kompasroos.png", kompasroos())
    (OUT / "venster.svg").write_text(VENSTER, encoding="utf-8")
    (OUT / "boom.svg").write_text(BOOM, encoding="utf-8")
    (OUT / "iconen" / "hart.svg").write_text(HART, encoding="utf-8")


if __name__ == "__main__":
    main()
