"""Input too big for any printed card or page: refused at load time with a located error, status 2, in
under 5 seconds and 300 MiB, nothing written. Each case runs as a real process, forked from the test's with
cardgen loaded: its wall time measured from outside, the resident memory it added read by the process itself
at exit (VmHWM, which starts afresh at fork, less VmRSS at its start; helpers.measured); the expected lines
are worked out from the rules in docs/limits.md.
"""
import pytest

from cardgen.load.paths import MAX_PACK_FILES
from cardgen.load.yamlfile import MAX_VALUES

from .helpers import DECK, listing, measured, write_pack

# 300 MiB in all: a fresh process holds about 35 MiB once cardgen is loaded
SECONDS, MIB = 5.0, 265.0


def _refused(work, expected: list[str]):
    before = listing(work)
    ran = measured("build", "content", "-o", "out", cwd=work)
    assert "Traceback" not in ran.stderr
    assert ran.returncode == 2, ran.stderr
    assert ran.stderr.splitlines() == expected + [f"{len(expected)} error{'s' if len(expected) > 1 else ''}, "
                                                  "nothing written"]
    assert listing(work) == before  # no output folder, no staging folder
    assert ran.seconds < SECONDS, f"took {ran.seconds:.1f} s"
    assert ran.peak_mib < MIB, f"used {ran.peak_mib:.0f} MiB"


def test_a_20_mb_string_in_one_field(tmp_path):
    text = "x" * 19_000_000
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.replace("Hoe voelde je je?", text)})
    column = len('  - {category: a, text: ') + 1  # the opening quote of the value
    _refused(tmp_path, [f"content/decks/d.yaml:7:{column}: cards[0].text: is 19,000,000 characters long; "
                        f"a value may have at most 100,000"])


def test_100000_cards(tmp_path):
    cards = [f'  - {{category: a, text: "Kaart {i}"}}' for i in range(100_000)]
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.split("  - ")[0] + "\n".join(cards) + "\n"})
    # events before the first card: stream, document, mapping, 3 keys with values, categories, its mapping,
    # a, its mapping with 2 keys and values, 2 mapping ends, cards, the sequence: 21; then 6 per card
    past = MAX_VALUES + 1 - 21
    card, event = divmod(past - 1, 6)
    assert event == 5  # the limit is passed at the card's closing brace
    line = 7 + card
    column = cards[card].index("}") + 1
    _refused(tmp_path, [f"content/decks/d.yaml:{line}:{column}: holds more than {MAX_VALUES:,} values (keys, list "
                        f"items and texts; the limit is passed here); a YAML file may hold at most "
                        f"{MAX_VALUES:,} (split it up)"])


def test_10001_cards_in_a_deck_are_refused_by_count(tmp_path):
    cards = "".join(f'  - {{category: a, text: "Kaart {i}"}}\n' for i in range(10_001))
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.split("  - ")[0] + cards})
    _refused(tmp_path, ["content/decks/d.yaml:6:1: cards: has 10,001 items; at most 10,000 are allowed"])


def test_copies_count_towards_the_cards_of_a_deck(tmp_path):
    cards = "".join(f'  - {{category: a, text: "Kaart {i}", copies: 100}}\n' for i in range(101))
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.split("  - ")[0] + cards})
    _refused(tmp_path, ["content/decks/d.yaml:6:1: cards: the deck prints 10,100 cards, copies counted; a deck may "
                        "have at most 10,000 (split it into several decks)"])


def test_a_17_mb_svg(tmp_path):
    head = b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">'
    rect = b'<rect width="10" height="10"/>'
    body = head + rect * ((17 * 1024 * 1024 - len(head) - 6) // len(rect))
    body += b" " * (17 * 1024 * 1024 - len(body) - 6) + b"</svg>"
    assert len(body) == 17 * 1024 * 1024
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.replace("bron: Testfixture", "bron: Testfixture\nlogo: logo.svg"),
                          "content/logo.svg": body})
    _refused(tmp_path, ["content/decks/d.yaml:4:1: logo: image 'logo.svg' is 17.0 MB; an SVG may be at most 2 MB"])


def test_an_svg_of_too_many_elements(tmp_path):
    body = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">' + '<rect width="1" height="1"/>' * 6000
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.replace("bron: Testfixture", "bron: Testfixture\nlogo: logo.svg"),
                          "content/logo.svg": body + "</svg>"})
    _refused(tmp_path, ["content/decks/d.yaml:4:1: logo: image 'logo.svg' has more than 5,000 elements; a logo may "
                        "have at most 5,000 (simplify it, or export it as PNG)"])


def test_an_agenda_of_100000_turns(tmp_path):
    write_pack(tmp_path, {"content/agendas/a.yaml": "agenda: a\ntitle: T\nbron: x\n"
                                                    "turn: [{name: Inbreng, duration: 20}]\nturns: 100000\n"})
    _refused(tmp_path, ["content/agendas/a.yaml:5:1: turns: 100000 is out of range (allowed: 1 to 20)"])


def test_a_chain_of_3000_templates(tmp_path):
    files = {"content/decks/d.yaml": DECK.replace("bron: Testfixture", "bron: Testfixture\ntemplate: t0")}
    for i in range(3000):
        files[f"templates/t{i}.yaml"] = f"template: t{i}\nkind: card\nextends: t{i + 1}\n"
    write_pack(tmp_path, files)
    _refused(tmp_path, ["templates/t16.yaml:3:1: extends: templates extend each other more than 16 levels deep "
                        "(t0 -> t1 -> t2 -> … -> t15 -> t16 -> t17); cardgen follows at most 16"])


def test_a_huge_image_is_refused_before_it_is_decoded(tmp_path):
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    # a 30,000 x 30,000 PNG header: 900 megapixels, 2.7 GB decoded; the data is a few bytes
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 30_000, 30_000, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b"")
    write_pack(tmp_path, {"content/decks/d.yaml": DECK.replace("bron: Testfixture", "bron: Testfixture\nlogo: big.png"),
                          "content/big.png": png})
    _refused(tmp_path, ["content/decks/d.yaml:4:1: logo: image 'big.png' is 30,000 x 30,000 px (900.0 megapixels); an "
                        "image may have at most 16 megapixels (scale it down)"])


@pytest.mark.parametrize("count", [MAX_PACK_FILES + 1])
def test_too_many_content_files(tmp_path, count):
    write_pack(tmp_path, {f"content/decks/d{i}.yaml": DECK.replace("deck: d", f"deck: d{i}") for i in range(count)})
    _refused(tmp_path, [f"content: holds {count:,} content files; a pack may have at most {MAX_PACK_FILES:,}"])
