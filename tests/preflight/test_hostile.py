"""`cardgen preflight` on files built to hurt a checker: each gives one line `FILE: message` on
stderr and status 2, in bounded time, never a traceback. The PDFs are made here (hostile.py);
where a limit would take long to reach at its default, the test lowers it (`LIMITS` is read at
each call, also inside the child process, which is forked after the patch)."""
from __future__ import annotations

import os
import signal
import time
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

import cardgen.preflight as pf
from cardgen.preflight import LIMITS, Unreadable, preflight

from ..conftest import run_cli
from . import hostile

MiB = 1 << 20


def refused(path: Path, message: str, *args: str) -> None:
    """`cardgen preflight PATH`: status 2, nothing on stdout, exactly `PATH: message` on stderr."""
    result = run_cli("preflight", str(path), *args, cwd=path.parent)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"{path}: {message}\n")


def lower(monkeypatch, **limits) -> None:
    monkeypatch.setattr(pf, "LIMITS", replace(LIMITS, **limits))


# --- files that are not PDFs qpdf reads as they are ---------------------------------------------

def test_encrypted(tmp_path):
    refused(hostile.encrypted(tmp_path / "secret.pdf"),
            "is encrypted with a password; preflight cannot check it (save a copy without a password)")


def test_truncated_file_that_qpdf_repairs_is_reported(tmp_path):
    refused(hostile.truncated(tmp_path / "cut.pdf", 50),
            "is damaged or truncated: qpdf could read it only by repairing it (can't find startxref, and 5 more "
            "problems); export or download it again")


def test_truncated_beyond_repair(tmp_path):
    refused(hostile.truncated(tmp_path / "half.pdf", 10_000),
            "cannot be read as a PDF (unable to find trailer dictionary while recovering damaged file)")


def test_missing_file(tmp_path):
    refused(tmp_path / "nergens.pdf", "cannot be read: No such file or directory")


# --- not regular files: refused without being opened -----------------------------------------------

def test_fifo_is_refused_without_reading_it(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)  # nobody writes to it: reading it would block forever
    refused(fifo, "is not a regular file (a named pipe (FIFO)); preflight reads only PDF files")


def test_dev_zero_is_refused_without_reading_it():
    result = run_cli("preflight", "/dev/zero", cwd=Path("/"))
    assert (result.returncode, result.stderr) == (
        2, "/dev/zero: is not a regular file (a character device); preflight reads only PDF files\n")


def test_directory(tmp_path):
    with pytest.raises(Unreadable) as caught:
        preflight(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is not a regular file (a directory); preflight reads only PDF files"
    result = run_cli("preflight", str(tmp_path), cwd=tmp_path)  # the command line refuses it itself
    assert result.returncode == 2 and "Traceback" not in result.stderr


# --- structure: objects, pages --------------------------------------------------------------------

def test_a_million_page_references(tmp_path):
    start = time.monotonic()
    refused(hostile.page_references(tmp_path / "million.pdf", 1_000_000),
            "its page tree lists more than 100,000 pages; preflight checks at most 100,000")
    assert time.monotonic() - start < 10  # qpdf alone would take seconds and gigabytes to list them


def test_page_tree_loop(tmp_path):
    refused(hostile.page_tree_loop(tmp_path / "loop.pdf"),
            "its page tree contains a loop (object 2 0 R is reached twice)")


def test_deep_page_tree(tmp_path):
    refused(hostile.deep_page_tree(tmp_path / "deep.pdf", 70),
            "its page tree is nested more than 64 levels deep; preflight follows at most 64")


def test_object_count(tmp_path, monkeypatch):
    lower(monkeypatch, objects=2)
    refused(hostile.page_references(tmp_path / "three.pdf", 1), "has 3 objects; preflight reads at most 2")


# --- decompression bombs ----------------------------------------------------------------------------

def _bomb(tmp_path: Path, data: bytes, filters: bytes) -> Path:
    return hostile.one_page(tmp_path / "bomb.pdf", hostile.stream(data, b"/Filter " + filters))


def _lzw_zeros(cycles: int) -> bytes:
    """LZW (EarlyChange 1) codes that decode to about 7.4 MB of zeros a cycle: each code repeats
    the last string and one zero more (0, 258, 259, ... 4094), then a clear code."""
    out, held, count = bytearray(), 0, 0
    codes = [c for _ in range(cycles) for c in (256, 0, *range(258, 4095))] + [257]
    bits, size, first = 9, 258, True
    for code in codes:
        held, count = (held << bits) | code, count + bits
        while count >= 8:
            count -= 8
            out.append((held >> count) & 0xFF)
        held &= (1 << count) - 1
        if code == 256:
            bits, size, first = 9, 258, True
            continue
        if not first:
            size += 1
        first = False
        if size + 1 >= 1 << bits and bits < 12:
            bits += 1
    if count:
        out.append((held << (8 - count)) & 0xFF)
    return bytes(out)


@pytest.mark.parametrize("name, make, filters", [
    ("flate", lambda: hostile.zeros_deflated(64 * MiB), b"/FlateDecode"),  # 64 KB that decode to 64 MiB
    ("flate-twice", lambda: zlib.compress(hostile.zeros_deflated(64 * MiB), 9), b"[/FlateDecode /FlateDecode]"),
    ("hex-then-flate", lambda: hostile.zeros_deflated(64 * MiB).hex().encode() + b">",
     b"[/ASCIIHexDecode /FlateDecode]"),
    ("lzw", lambda: _lzw_zeros(3), b"/LZWDecode"),  # 16 KB that decode to 22 MB
    ("runlength", lambda: bytes([129, 0]) * 200_000, b"/RunLengthDecode"),  # 400 KB that decode to 25 MB
])
def test_decompression_bomb(name, make, filters, tmp_path, monkeypatch):
    lower(monkeypatch, stream_bytes=16 * MiB)
    refused(_bomb(tmp_path, make(), filters), "object 5 0 R is a stream that decodes to more than 16 MiB; "
                                              "preflight decodes at most 16 MiB per stream (a decompression bomb?)")


def test_jpeg_that_declares_a_huge_image(tmp_path):
    """60,000 x 60,000 px in 40 bytes: libjpeg would be asked for 10 GB; at the default limits."""
    jpeg = hostile.image_stream(hostile.jpeg_header(60_000, 60_000), b"/DCTDecode", 60_000, 60_000, b"/DeviceRGB")
    path = hostile.one_page(tmp_path / "jpeg.pdf", jpeg)
    refused(path, "object 5 0 R is a stream that decodes to more than 256 MiB; "
                  "preflight decodes at most 256 MiB per stream (a decompression bomb?)")


def test_streams_together(tmp_path, monkeypatch):
    lower(monkeypatch, stream_bytes=4 * MiB, total_bytes=10 * MiB)
    parts = [hostile.stream(hostile.zeros_deflated(3 * MiB), b"/Filter /FlateDecode") for _ in range(4)]
    refused(hostile.one_page(tmp_path / "many.pdf", *parts),
            "its streams decode to more than 10 MiB together; preflight decodes at most 10 MiB per file")


# --- content: forms and images --------------------------------------------------------------------

def test_forms_nested_deeper_than_python_recursion(tmp_path):
    """1,500 forms, each drawing the next: following them recursively would overflow the stack."""
    refused(hostile.nested_forms(tmp_path / "forms.pdf", 1_500),
            "page 1: form XObjects are nested more than 32 levels deep; preflight follows at most 32")


def test_forms_within_the_limit_are_followed(tmp_path):
    result = run_cli("preflight", str(hostile.nested_forms(tmp_path / "forms.pdf", 30)), cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.endswith("colour spaces: cmyk\npreflight: "
                                                             f"{tmp_path / 'forms.pdf'}: passed\n"), result.stdout


def test_image_placements_multiplied_by_forms(tmp_path, monkeypatch):
    """Six levels of forms, each drawing the next ten times at ten sizes: a million placements."""
    lower(monkeypatch, placements=10_000)
    image = hostile.image_stream(b"\0" * 100, b"[]")
    forms = []
    for level in range(6):  # form i is object 6 + i; the image is object 5
        inner = b"/I 5 0 R" if level == 5 else b"/F %d 0 R" % (7 + level)
        name = b"/I" if level == 5 else b"/F"
        body = b" ".join(b"q %d 0 0 %d 0 0 cm %s Do Q" % (s, s, name) for s in range(1, 11))
        forms.append(hostile.stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] "
                                          b"/Resources << /XObject << %s >> >>" % inner))
    path = hostile.one_page(tmp_path / "laughs.pdf", image, *forms, contents=b"/F Do",
                            resources=b"/XObject << /F 6 0 R >>")
    refused(path, "page 1: places images more than 10,000 times (counting those inside forms); "
                  "preflight follows at most 10,000")


def test_colour_space_that_contains_itself(tmp_path):
    """An Indexed colour space whose base is itself: followed a few levels, then 'other'."""
    path = hostile.one_page(tmp_path / "indexed.pdf", b"[/Indexed 5 0 R 1 <000000>]", contents=b"/C cs",
                            resources=b"/ColorSpace << /C 5 0 R >>")
    result = run_cli("preflight", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == f"{path}: 1 page, 70.6 x 70.6 mm; colour spaces: other"


# --- time, memory, crashes: the child process ----------------------------------------------------

def test_a_check_that_never_ends_is_stopped(tmp_path, monkeypatch):
    from cardgen.preflight import sandbox

    lower(monkeypatch, seconds=0.25)
    monkeypatch.setattr(sandbox, "GRACE", 0.25)  # the child is killed at seconds + GRACE
    monkeypatch.setattr(pf, "_run_checks", lambda *args: time.sleep(60))  # like qpdf stuck in C++
    start = time.monotonic()
    refused(hostile.GOOD, "took longer than 0.25 s to check; preflight gives up after 0.25 s per file")
    assert time.monotonic() - start < 10


def test_the_deadline_is_watched_in_process_too(tmp_path):
    with pytest.raises(Unreadable) as caught:
        preflight(hostile.GOOD, limits=replace(LIMITS, isolate=False, seconds=0.0))
    assert str(caught.value) == f"{hostile.GOOD}: took longer than 0 s to check; preflight gives up after 0 s per file"


def test_a_check_that_wants_too_much_memory_is_stopped(monkeypatch):
    lower(monkeypatch, memory=256 * MiB)
    monkeypatch.setattr(pf, "_run_checks", lambda *args: bytearray(8 << 30) and None)  # 8 GiB
    refused(hostile.GOOD, "needs more than 256 MiB of memory to check; preflight gave up")


def test_a_crash_of_the_pdf_library_is_reported(monkeypatch):
    monkeypatch.setattr(pf, "_run_checks", lambda *args: os.kill(os.getpid(), signal.SIGSEGV))
    refused(hostile.GOOD, "made the PDF reader crash (SIGSEGV); the file is probably malformed")


def test_any_other_error_is_a_message_not_a_traceback(monkeypatch):
    def boom(*args):
        raise RuntimeError("boom")
    monkeypatch.setattr(pf, "_run_checks", boom)
    refused(hostile.GOOD, "cannot be checked (RuntimeError: boom)")
    with pytest.raises(Unreadable, match=r"good.pdf: cannot be checked \(RuntimeError: boom\)$"):
        preflight(hostile.GOOD, limits=replace(LIMITS, isolate=False))


def test_the_child_gives_the_same_report_as_the_process_itself():
    for name in ("good.pdf", "low-ppi.pdf", "rgb-image.pdf"):
        path = hostile.GOOD.with_name(name)
        alone = preflight(path, shop=True, cmyk=True)
        here = preflight(path, shop=True, cmyk=True, limits=replace(LIMITS, isolate=False))
        assert alone.lines() == here.lines()


def test_one_bad_file_among_good_ones(tmp_path):
    bad = hostile.encrypted(tmp_path / "secret.pdf")
    result = run_cli("preflight", str(hostile.GOOD), str(bad), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout.splitlines()[-1] == f"preflight: {hostile.GOOD}: passed"
    assert result.stderr.splitlines() == [f"{bad}: is encrypted with a password; preflight cannot check it "
                                          "(save a copy without a password)"]


def test_a_folder_given_to_preflight_is_reported_per_file_and_the_others_are_checked(tmp_path):
    """click no longer refuses a folder before anything is checked: preflight says it per file, status 2."""
    from ..conftest import run_cli

    (tmp_path / "map").mkdir()
    result = run_cli("preflight", "map", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["map: is not a regular file (a directory); preflight reads only PDF files"]
