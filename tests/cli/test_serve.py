"""`cardgen serve` in a real headless Chromium: the page shows every item's pages grouped by kind, a
card opens at print size, and the page updates itself after an edit (and shows errors) without the
test reloading it. Chromium is Debian's (`.ci/run` installs it); without it the test skips, saying so."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ..conftest import run_cli
from ..yamledit import read_yaml
from .browser import Browser, chromium
from .live import Running

pytestmark = pytest.mark.skipif(chromium() is None, reason="no chromium on this machine: the live page is tested "
                                "in a real browser (apt-get install chromium; .ci/run installs it)")
CSS_PX_PER_MM = 96 / 25.4


@pytest.fixture
def served(tmp_path):
    assert run_cli("init", "p", cwd=tmp_path).returncode == 0
    pack = tmp_path / "p"
    server = Running("serve", "--port", "0", cwd=pack)
    browser = None
    try:
        _, line, _ = server.expect(lambda line: line.startswith("serving http://"))
        url = re.match(r"serving (http://127\.0\.0\.1:\d+/) ", line).group(1)
        browser = Browser(str(tmp_path / "profile"))
        browser.goto(url)
        yield pack, browser, server
    finally:
        if browser is not None:
            browser.close()
        server.stop()


def _deck(pack: Path) -> dict:
    return read_yaml(pack / "content/decks/mijn-kaarten.yaml")


def test_the_page_shows_every_item_grouped_by_kind_and_a_card_at_print_size(served, tmp_path):
    pack, browser, _ = served
    cards = len(_deck(pack)["cards"])
    browser.wait_for(f"document.querySelectorAll('#item-mijn-kaarten img.card').length === {cards}")
    groups = browser.evaluate("[...document.querySelectorAll('section.kind')].map(s => "
                              "[s.id, s.querySelector('h2').textContent, "
                              "[...s.querySelectorAll('.item')].map(i => i.id)])")
    assert groups == [["kind-deck", "Kaartensets", ["item-mijn-kaarten"]],
                      ["kind-method", "Methoden", ["item-mijn-methode"]],
                      ["kind-agenda", "Agenda’s", ["item-mijn-sessie"]],
                      ["kind-form", "Formulieren", ["item-mijn-formulier"]]]
    # every image is really drawn: a poker card (63 x 88 mm) at 300 px wide is 419 px high
    sizes = browser.wait_for("(() => { const imgs = [...document.querySelectorAll('#groups img')];"
                             " return imgs.every(i => i.complete && i.naturalWidth > 0) &&"
                             " imgs.map(i => [i.className, i.naturalWidth, i.naturalHeight]); })()")
    for kind, width, height in sizes:
        if kind == "card":
            assert abs(width - 300) <= 1 and abs(height - 300 * 88 / 63) <= 2
        else:  # an A4 page, portrait, or the A5 sheet in landscape
            assert abs(width - 440) <= 1 and min(abs(height - 440 * 297 / 210), abs(height - 440 * 210 / 297)) <= 2
    # the method has an A4 and an A5 file: two pages
    assert browser.evaluate("document.querySelectorAll('#item-mijn-methode img').length") == 2
    browser.evaluate("document.querySelector('#item-mijn-kaarten img.card').click()")
    shown = browser.wait_for("(() => { const f = document.getElementById('front'), b = document.getElementById('back');"
                             " return f.complete && b.complete && f.naturalWidth > 0 && b.naturalWidth > 0 &&"
                             " [f.getBoundingClientRect().width, f.getBoundingClientRect().height,"
                             "  b.getBoundingClientRect().width, getComputedStyle(document.getElementById('overlay'))"
                             ".display]; })()")
    assert abs(shown[0] - 63 * CSS_PX_PER_MM) < 0.5 and abs(shown[1] - 88 * CSS_PX_PER_MM) < 0.5
    assert abs(shown[2] - 63 * CSS_PX_PER_MM) < 0.5 and shown[3] == "flex"
    browser.screenshot(str(tmp_path / "overlay.png"))
    browser.evaluate("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}))")
    assert browser.evaluate("getComputedStyle(document.getElementById('overlay')).display") == "none"


def test_the_page_updates_after_an_edit_and_shows_errors(served):
    pack, browser, server = served
    browser.wait_for("document.querySelectorAll('img.card').length > 0")
    version = browser.evaluate("Number(document.body.dataset.version)")
    first = browser.evaluate("document.querySelector('#item-mijn-kaarten img.card').src")
    method_src = browser.evaluate("document.querySelector('#item-mijn-methode img').src")
    deck = pack / "content/decks/mijn-kaarten.yaml"
    good = deck.read_text(encoding="utf-8")
    deck.write_text(good.replace("title: Mijn reflectiekaarten", "title: Onze kaarten")
                    .replace("Wat voelde je", "Wat dacht je"), encoding="utf-8")
    browser.wait_for("document.querySelector('#item-mijn-kaarten h3').firstChild.textContent === 'Onze kaarten'")
    assert browser.evaluate("Number(document.body.dataset.version)") > version
    # the card's image is the new file's; the method was not rebuilt, so its image is the same
    assert browser.evaluate("document.querySelector('#item-mijn-kaarten img.card').src") != first
    assert browser.evaluate("document.querySelector('#item-mijn-methode img').src") == method_src
    assert "mijn-kaarten bijgewerkt" in browser.evaluate("document.getElementById('status').textContent")
    # an error: shown in the page with its place in the file; the cards of the last good build stay
    deck.write_text(good.replace("- category: verder", "- category: later"), encoding="utf-8")
    errors = browser.wait_for("document.getElementById('errors').textContent")
    assert re.match(r"content/decks/mijn-kaarten\.yaml:\d+:\d+: cards\[4\]\.category: 'later' ", errors), errors
    assert browser.evaluate("document.getElementById('status').className") == "fout"
    assert browser.evaluate("document.querySelectorAll('#item-mijn-kaarten img.card').length") == 5
    deck.write_text(good, encoding="utf-8")
    browser.wait_for("document.getElementById('errors').textContent === '' && "
                     "document.querySelector('#item-mijn-kaarten h3').firstChild.textContent === "
                     "'Mijn reflectiekaarten'")
    assert server.process.poll() is None
