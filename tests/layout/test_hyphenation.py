"""Dutch hyphenation points as literal values: pyphen's nl_NL dictionary with at least four letters
before and after a break (no 'si-tuatie'- or 'ele-menten'-like stubs), only in words of seven letters
or more, never twice. `|` marks a soft hyphen in the expected values."""
import pytest

from cardgen.layout.hyphenate import SHY, hyphenate


def shown(text: str) -> str:
    return text.replace(SHY, "|")


@pytest.mark.parametrize("word, points", [
    ("casusinbrengformulier", "casus|in|breng|for|mu|lier"),  # the seams of the compound among them
    ("intervisiebijeenkomst", "inter|vi|sie|bij|een|komst"),
    ("werkprobleem", "werk|pro|bleem"),
    ("omgevingsfactoren", "omge|vings|fac|toren"),
    ("voorbereiden", "voor|be|reiden"),
    ("onderzoeken", "onder|zoeken"),
    ("situatie", "situ|atie"),  # four letters on each side: not 'si|tu|a|tie'
    ("elementen", "elementen"),  # no break leaves four letters on both sides
])
def test_break_points_of_long_words(word, points):
    assert shown(hyphenate(word)) == points


def test_words_under_seven_letters_and_numbers_are_left_alone():
    assert hyphenate("Hoe voel je je nu?") == "Hoe voel je je nu?"
    assert hyphenate("casus 2026-12-03 1234567") == "casus 2026-12-03 1234567"
    assert shown(hyphenate("Verantwoordelijkheden:")) == "Verant|woor|de|lijk|heden:"  # not Ver|ant: three letters


def test_a_text_that_already_holds_a_soft_hyphen_is_left_as_it_is():
    text = f"casusin{SHY}brengformulier en intervisiebijeenkomst"
    assert hyphenate(text) == text


def test_every_long_word_of_a_sentence_gets_its_points():
    assert shown(hyphenate("De casusinbrenger formuleert een werkvraag.")) == \
        "De casus|in|brenger formu|leert een werk|vraag."  # not bren|ger, for|mu
