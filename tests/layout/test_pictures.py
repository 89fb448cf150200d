"""Pictures and QR codes on cards as numbers (layout/picture.py, layout/qrbox.py): where a picture is
placed and which part shows, its resolution, and when a link's code is too small to scan. Every
expected value is worked out by hand beside it."""
from __future__ import annotations

import pytest

from cardgen.layout.geometry import Rect
from cardgen.layout.images import ImageInfo
from cardgen.layout.picture import picture_items, placement, resolution
from cardgen.layout.plan import Text
from cardgen.layout.qr import MIN_MODULE, QUIET, modules, short_form
from cardgen.layout.qrbox import qr_box
from cardgen.layout.units import MM


def near(a, b, tol=1e-6):
    return all(abs(x - y) <= tol for x, y in zip(a, b))


def info(w, h, mode="RGB", name="beelden/foto.jpg"):
    return ImageInfo(None, name, w, h, False, mode)


def test_cover_into_a_tall_box_with_focus_left_shows_the_left_edge():
    # 1600 x 800 px into a 20 x 60 box: scale max(20/1600, 60/800) = 0.075 -> 120 x 60, and with focus 0 %
    # the picture's left edge lies on the box's: x = 20 - (120 - 20) * 0 = 20
    got = placement(1600, 800, Rect(20, 10, 20, 60), "cover", (0.0, 0.5))
    assert near((got.x, got.y, got.width, got.height), (20, 10, 120, 60))


def test_cover_focus_right_and_middle():
    # focus 100 %: x = 20 - 100 = -80 (the right edge on the box's right edge, 40); 50 %: x = 20 - 50 = -30
    right = placement(1600, 800, Rect(20, 10, 20, 60), "cover", (1.0, 0.5))
    middle = placement(1600, 800, Rect(20, 10, 20, 60), "cover", (0.5, 0.5))
    assert near((right.x, right.right), (-80, 40))
    assert near((middle.x, middle.y), (-30, 10))


def test_cover_into_a_wide_box_moves_vertically_by_focus():
    # 400 x 800 into 60 x 30: scale max(60/400, 30/800) = 0.15 -> 60 x 120; focus y 40 %: y = 5 - 90 * 0.4 = -31
    got = placement(400, 800, Rect(0, 5, 60, 30), "cover", (0.3, 0.4))
    assert near((got.x, got.y, got.width, got.height), (0, -31, 60, 120))


def test_contain_fits_whole_and_centres():
    # 1600 x 800 into 20 x 60: scale min(20/1600, 60/800) = 0.0125 -> 20 x 10, centred: y = 10 + (60 - 10) / 2 = 35
    got = placement(1600, 800, Rect(20, 10, 20, 60), "contain")
    assert near((got.x, got.y, got.width, got.height), (20, 35, 20, 10))


def test_a_cropped_picture_is_clipped_to_its_box_and_into_the_bleed():
    # a full-card box (63 x 88 mm = 178.58 x 249.45 pt) that runs into 3 mm of bleed: covered to 69 x 94 mm;
    # the trim version is clipped at the trim, the bleed version at the bleed
    w, h, b = 63 * MM, 88 * MM, 3 * MM
    trim = Rect(0, 0, w, h)
    items = picture_items(info(690, 940), trim, trim, b, True, "cover", "50% 50%", "#FFFFFF")
    # 690 x 940 px over 69 x 94 mm: exactly 0.1 mm a pixel, so the picture is the bled area
    assert near((items[b].x, items[b].y, items[b].width, items[b].height), (-b, -b, w + 2 * b, h + 2 * b), 1e-6)
    assert near(items[0.0].clip, (0, 0, w, h))
    assert near(items[b].clip, (-b, -b, w + 2 * b, h + 2 * b))
    assert items[0.0].ref == "pack:beelden/foto.jpg"


def test_a_contained_picture_has_no_clip():
    items = picture_items(info(100, 100), Rect(0, 0, 50, 20), Rect(0, 0, 100, 100), 5, False, "contain",
                          "50% 50%", "#FFFFFF")
    assert items[0.0].clip is None and near((items[0.0].x, items[0.0].width), (15, 20))


def test_low_resolution_message_worked_out():
    # 200 x 140 px covering 43 x 30 mm: scale max(43/200, 30/140) mm/px -> 43 mm wide, 200 / (43 / 25.4) = 118 ppi;
    # at 300 ppi the box needs 43 / 25.4 * 300 = 507.9 -> 508 by 30 / 25.4 * 300 = 354.3 -> 354 px
    box = Rect(10 * MM, 10 * MM, 43 * MM, 30 * MM)
    why = resolution(info(200, 140), box, Rect(0, 0, 63 * MM, 88 * MM), 3 * MM, False, "cover", "50% 50%", "beeld")
    assert why == ("beelden/foto.jpg prints at 118 ppi in box 'beeld' (43 × 30 mm); print shops ask 300 ppi: "
                   "give a picture of at least 508 × 354 px")


def test_enough_pixels_and_svgs_give_no_warning():
    box = Rect(10 * MM, 10 * MM, 43 * MM, 30 * MM)
    trim = Rect(0, 0, 63 * MM, 88 * MM)
    # 508 px over 43 mm: 300.1 ppi
    assert resolution(info(508, 354), box, trim, 0, False, "cover", "50% 50%", "beeld") is None
    assert resolution(info(10, 10, "SVG"), box, trim, 0, False, "cover", "50% 50%", "beeld") is None


class Mono:
    """A monospaced stand-in: every character 0.5 em wide."""

    def width(self, text, face, size):
        return len(text) * size * 0.5


def test_short_form_drops_the_scheme_and_the_trailing_slash():
    assert short_form("https://example.org/intervisie/") == "example.org/intervisie"
    assert short_form("http://a.nl") == "a.nl"


def test_qr_code_fills_the_width_with_its_caption_beneath():
    link = "https://example.org/a"  # 21 bytes: version 2 (25 modules) at level M, + 2 x 4 quiet = 33
    assert modules(link) + 2 * QUIET == 33
    rect = Rect(0, 0, 40 * MM, 60 * MM)
    items = qr_box(link, rect, Mono(), "#1A1A1A", "qr")
    square = items[0]
    assert near((square.x, square.y, square.width, square.height), (0, 0, 40 * MM, 40 * MM))
    caption = [i for i in items if isinstance(i, Text)]
    # caption 'example.org/a' centred under the code: 40 mm + 0.8 mm gap + 6 pt to the baseline
    assert len(caption) == 1 and caption[0].text == "example.org/a"
    assert near((caption[0].x, caption[0].y), (20 * MM, 40.8 * MM + 6))


def test_qr_code_without_room_for_its_caption_fills_the_box():
    # 14 mm square: with the caption (6 pt x 1.2 + 0.8 mm = 3.34 mm) the code would be 10.66 mm, 0.32 mm a
    # module, too small; so the caption is left out and the code takes 14 mm (0.42 mm a module)
    items = qr_box("https://example.org/a", Rect(0, 0, 14 * MM, 14 * MM), Mono(), "#000000", "qr")
    assert not [i for i in items if isinstance(i, Text)]
    assert near((items[0].width,), (14 * MM,))


def test_qr_caption_that_is_wider_than_the_box_is_left_out():
    # 'example.org/intervisie/beeldkaarten' is 35 characters, 35 x 3 pt = 105 pt, wider than 30 mm (85 pt)
    items = qr_box("https://example.org/intervisie/beeldkaarten", Rect(0, 0, 30 * MM, 40 * MM), Mono(), "#000000",
                   "qr")
    assert not [i for i in items if isinstance(i, Text)]


def test_too_small_a_module_is_refused_with_the_numbers():
    # 33 modules in 13 mm: 0.39 mm a module, under 0.4 mm
    got = qr_box("https://example.org/a", Rect(0, 0, 13 * MM, 13 * MM), Mono(), "#000000", "qr")
    assert got == ("the QR code of the link (21 characters: 33 modules with its quiet zone) in box 'qr' "
                   "(13.0 x 13.0 mm) at 0.39 mm a module (scanners need at least 0.4 mm)")
    # 13.2 mm / 33 = 0.4 mm: just enough
    assert isinstance(qr_box("https://example.org/a", Rect(0, 0, 13.2 * MM, 13.2 * MM), Mono(), "#000000", "qr"), list)
    assert MIN_MODULE == pytest.approx(0.4 * MM)
