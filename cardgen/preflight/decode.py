"""How many bytes a stream decodes to, found without ever holding more than a bound in memory.

qpdf decodes every stream when it checks a file (`check_pdf_syntax`) and holds each decoded
stream in memory, so a few kilobytes of zeros compressed with Flate (a "decompression bomb")
would cost gigabytes. `decoded_size` runs the filters qpdf decodes (Flate, LZW, ASCIIHex,
ASCII85, RunLength, and for images DCT and JBIG2, whose size the header or dictionary gives)
stage by stage and stops as soon as one stage's output would pass `cap`.

Filters qpdf does not decode (JPX, CCITTFax, Crypt, unknown names) end the chain: nothing
after them is decoded by anyone here. A stage whose worst-case output is known to fit
(ASCII85 at most 4 bytes a character, RunLength at most 64 bytes for 2, LZW by the size of its
code table) is decoded by qpdf itself; Flate is decoded by zlib with a bound on each call, and
LZW whose worst case does not fit by a bounded decoder here.
"""
from __future__ import annotations

import re
import zlib

import pikepdf

CHUNK = 1 << 20  # zlib output per call while counting

FLATE = {"/FlateDecode", "/Fl"}
LZW = {"/LZWDecode", "/LZW"}
HEX = {"/ASCIIHexDecode", "/AHx"}
A85 = {"/ASCII85Decode", "/A85"}
RUNLENGTH = {"/RunLengthDecode", "/RL"}
DCT = {"/DCTDecode", "/DCT"}
JBIG2 = {"/JBIG2Decode"}
_WHITE = re.compile(rb"[\x00\t\n\x0c\r ]+")


class TooBig(Exception):
    """A stage of the stream decodes to more than the cap."""


def filters_of(stream: pikepdf.Stream) -> tuple[list[str], list]:
    """The stream's filter names and their decode parameters (dictionaries or None), aligned."""
    filters, parms = stream.get("/Filter"), stream.get("/DecodeParms")
    if isinstance(filters, pikepdf.Name):
        filters, parms = [filters], [parms]
    elif isinstance(filters, pikepdf.Array):
        parms = list(parms) if isinstance(parms, pikepdf.Array) else [None] * len(filters)
    else:
        return [], []
    names = [str(f) if isinstance(f, pikepdf.Name) else "" for f in filters]
    parms = [p if isinstance(p, pikepdf.Dictionary) else None for p in parms]
    return names, parms + [None] * (len(names) - len(parms))


def decoded_size(stream: pikepdf.Stream, cap: int, tick=lambda: None) -> int:
    """The size of the stream after the filters qpdf decodes; raises TooBig above `cap`.
    `tick` is called now and then during slow (pure Python) decoding, to enforce a deadline."""
    filters, parms = filters_of(stream)
    data = stream.read_raw_bytes()
    size = len(data)
    scratch = None
    for i, (name, parm) in enumerate(zip(filters, parms)):
        keep = i < len(filters) - 1  # a later stage needs this stage's output
        if name in FLATE:
            data, size = _inflate(data, cap, keep)
        elif name in HEX or name in A85 or name in RUNLENGTH or name in LZW:
            bound = _bound(name, data)
            if bound > cap:  # decode here, counting, and stop at the cap
                if name in RUNLENGTH:
                    bound = _runlength_size(data, cap, tick)
                elif name in LZW:
                    data, size = _lzw(data, cap, keep, _early_change(parm), tick)
                    continue
                else:
                    raise TooBig()  # the size of ASCIIHex and ASCII85 output is known exactly
            scratch = scratch or pikepdf.new()
            decoded = _qpdf_decode(scratch, data, name, parm)  # at most `bound` bytes: it fits
            data, size = (decoded, len(decoded)) if decoded is not None else (b"", bound)
        elif name in DCT:
            return _check(_jpeg_size(data), cap)
        elif name in JBIG2:
            width, height = _int(stream.get("/Width")), _int(stream.get("/Height"))
            return _check((width * height + 7) // 8, cap)
        else:
            return size  # qpdf does not decode it: what is left stays as it is
    return size


def _bound(name: str, data: bytes) -> int:
    """The most this stage can decode to."""
    if name in HEX:
        return len(_WHITE.sub(b"", data.split(b">", 1)[0])) // 2 + 1
    if name in A85:
        body = _WHITE.sub(b"", data.split(b"~>", 1)[0])
        zeros = body.count(b"z")
        return 4 * zeros + (len(body) - zeros) * 4 // 5 + 4
    if name in RUNLENGTH:
        return 64 * len(data)  # 2 bytes give at most 128
    return _lzw_bound(len(data))


def _early_change(parm) -> int:
    value = parm.get("/EarlyChange", 1) if parm is not None else 1
    return 0 if value == 0 else 1


def _check(size: int, cap: int) -> int:
    if size > cap:
        raise TooBig()
    return size


def _int(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _qpdf_decode(scratch: pikepdf.Pdf, data: bytes, name: str, parm) -> bytes | None:
    """One stage decoded by qpdf (only called when its output is known to fit); None when the
    data is broken (qpdf's own check reports that)."""
    stream = pikepdf.Stream(scratch, data)
    stream.Filter = pikepdf.Name(name)
    if name in LZW:
        stream.DecodeParms = pikepdf.Dictionary(EarlyChange=_early_change(parm))
    try:
        return stream.read_bytes(pikepdf.StreamDecodeLevel.specialized)  # RunLength is "specialized"
    except pikepdf.PdfError:
        return None


def _inflate(data: bytes, cap: int, keep: bool) -> tuple[bytes, int]:
    """zlib-decode at most `cap` bytes (TooBig past that); the output only when `keep`."""
    decoder = zlib.decompressobj()
    out, size, pending = [], 0, data
    while True:
        try:
            chunk = decoder.decompress(pending, CHUNK)
        except zlib.error:
            break  # what qpdf decodes stops here too, with a warning of its own
        size += len(chunk)
        if size > cap:
            raise TooBig()
        if keep:
            out.append(chunk)
        pending = decoder.unconsumed_tail
        if decoder.eof or (not chunk and not pending):
            break
    return b"".join(out), size


def _runlength_size(data: bytes, cap: int, tick) -> int:
    size = i = 0
    n = len(data)
    while i < n:
        length = data[i]
        if length == 128:
            break
        if length < 128:
            size += length + 1
            i += length + 2
        else:
            size += 257 - length
            i += 2
        if size > cap:
            raise TooBig()
        if not i & 0xFFFF:
            tick()
    return size


_CYCLE = 4096 - 258  # codes between two clear-table codes before the table is full


def _lzw_bound(nbytes: int) -> int:
    """The most an LZW stream of `nbytes` can decode to: each code is at least 9 bits and emits
    at most one byte more than the number of codes since the table was last cleared."""
    codes = nbytes * 8 // 9 + 1
    full, rest = divmod(codes, _CYCLE)
    per_cycle = _CYCLE * (_CYCLE + 3) // 2
    return full * per_cycle + rest * (rest + 3) // 2


def _lzw(data: bytes, cap: int, keep: bool, early: int, tick) -> tuple[bytes, int]:
    """PDF LZW (MSB first, 9 to 12 bit codes, 256 clears, 257 ends), bounded by `cap`."""
    out = bytearray()
    table: list[bytes] = [bytes((i,)) for i in range(256)] + [b"", b""]
    bits, buffer, held, previous, size, count = 9, 0, 0, None, 0, 0
    for byte in data:
        buffer = (buffer << 8) | byte
        held += 8
        while held >= bits:
            held -= bits
            code = buffer >> held
            buffer &= (1 << held) - 1
            if code == 256:
                del table[258:]
                bits, previous = 9, None
                continue
            if code == 257:
                return bytes(out), size
            if previous is not None and len(table) >= 4096:
                return bytes(out), size  # table overflow: qpdf stops with an error here too
            if code < len(table):
                entry = table[code]
                if previous is not None:
                    table.append(previous + entry[:1])
            elif code == len(table) and previous is not None:
                entry = previous + previous[:1]
                table.append(entry)
            else:
                return bytes(out), size  # invalid code: qpdf stops with an error here too
            size += len(entry)
            if size > cap:
                raise TooBig()
            if keep:
                out += entry
            previous = entry
            if len(table) + early >= (1 << bits) and bits < 12:
                bits += 1
            count += 1
            if not count & 0xFFFF:
                tick()
    return bytes(out), size


def _jpeg_size(data: bytes) -> int:
    """Width x height x components from the JPEG's frame header (what libjpeg will output)."""
    if not data.startswith(b"\xff\xd8"):
        return 0
    i, n = 2, len(data)
    while i + 4 <= n:
        if data[i] != 0xFF:
            return 0
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD9)):  # markers without a length
            i += 2
            continue
        length = int.from_bytes(data[i + 2:i + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if i + 10 > n:
                return 0
            height = int.from_bytes(data[i + 5:i + 7], "big") or 0xFFFF  # 0: given later (DNL)
            width = int.from_bytes(data[i + 7:i + 9], "big")
            return width * height * max(data[i + 9], 1)
        if marker == 0xDA:  # start of scan before any frame header
            return 0
        i += 2 + length
    return 0
