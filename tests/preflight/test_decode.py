"""decode.decoded_size: the size qpdf would decode a stream to, found within a bound."""
from __future__ import annotations

import io
import random
import zlib

import pikepdf
import pytest
from PIL import Image

from cardgen.preflight.decode import TooBig, decoded_size

from ..conftest import FIXTURES
from .test_hostile import _lzw_zeros


@pytest.fixture
def pdf():
    with pikepdf.new() as scratch:
        yield scratch


def _stream(pdf, data: bytes, filters, **extra) -> pikepdf.Stream:
    stream = pikepdf.Stream(pdf, data)
    names = filters if isinstance(filters, list) else [filters]
    stream.Filter = pikepdf.Array([pikepdf.Name(f) for f in names])
    for key, value in extra.items():
        stream[f"/{key}"] = value
    return stream


def test_sizes_of_real_files_are_exact():
    """reportlab writes [/ASCII85Decode /FlateDecode] and /FlateDecode streams."""
    for path in (FIXTURES / "preflight").glob("*.pdf"):
        with pikepdf.open(path) as pdf:
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Stream):
                    assert decoded_size(obj, 1 << 30) == len(obj.read_bytes()), (path.name, obj.objgen)


@pytest.mark.parametrize("filters, encode", [
    ("/FlateDecode", lambda d: zlib.compress(d)),
    ("/ASCIIHexDecode", lambda d: d.hex().encode() + b">"),
    (["/ASCIIHexDecode", "/FlateDecode"], lambda d: zlib.compress(d).hex().encode() + b">"),
    ("/RunLengthDecode", lambda d: b"".join(bytes([len(d[i:i + 128]) - 1]) + d[i:i + 128]
                                            for i in range(0, len(d), 128)) + b"\x80"),
])
def test_each_filter_gives_the_size_qpdf_decodes(pdf, filters, encode):
    data = bytes(random.Random(3).randrange(256) for _ in range(5000))
    stream = _stream(pdf, encode(data), filters)
    assert len(stream.read_bytes(pikepdf.StreamDecodeLevel.all)) == decoded_size(stream, 1 << 30) == 5000
    with pytest.raises(TooBig):
        decoded_size(stream, 4999)


def test_lzw_decoder_agrees_with_libtiff_and_qpdf(pdf):
    pixels = bytes(random.Random(1).choice(b"aaaabbbcd") for _ in range(60_000))
    buffer = io.BytesIO()
    Image.frombytes("L", (300, 200), pixels).save(buffer, "TIFF", compression="tiff_lzw", rowsperstrip=200)
    tiff = Image.open(io.BytesIO(buffer.getvalue()))
    start, length = tiff.tag_v2[273][0], tiff.tag_v2[279][0]  # the one strip: TIFF LZW is PDF's LZW
    stream = _stream(pdf, buffer.getvalue()[start:start + length], "/LZWDecode")
    assert stream.read_bytes() == pixels
    assert decoded_size(stream, 1 << 30) == 60_000
    with pytest.raises(TooBig):
        decoded_size(stream, 59_999)


def test_lzw_bomb_is_decoded_here_only_up_to_the_cap(pdf):
    stream = _stream(pdf, _lzw_zeros(1), "/LZWDecode")
    assert decoded_size(stream, 1 << 30) == len(stream.read_bytes()) > 7_000_000
    with pytest.raises(TooBig):
        decoded_size(stream, 1 << 20)


def test_jpeg_size_comes_from_its_frame_header(pdf):
    buffer = io.BytesIO()
    Image.new("CMYK", (30, 20)).save(buffer, "JPEG")
    assert decoded_size(_stream(pdf, buffer.getvalue(), "/DCTDecode"), 1 << 30) == 30 * 20 * 4
    assert decoded_size(_stream(pdf, b"not a jpeg", "/DCTDecode"), 1 << 30) == 0


def test_filters_qpdf_does_not_decode_stay_as_they_are(pdf):
    assert decoded_size(_stream(pdf, b"x" * 100, "/JPXDecode"), 1 << 30) == 100
    assert decoded_size(_stream(pdf, zlib.compress(b"x" * 100), ["/FlateDecode", "/Unknown"]), 1 << 30) == 100


def test_broken_flate_counts_what_decodes(pdf):
    data = zlib.compress(random.Random(2).randbytes(10_000))[:-100]
    assert 0 < decoded_size(_stream(pdf, data, "/FlateDecode"), 1 << 30) <= 10_000
