"""The proposers' cheap first looks (kamerstuk.text.anchors, heads): each skips a search only
where the search could not succeed, so every start the search would find is still proposed, in
each spelling the search allows (any case, a bracket or spaces between).

The strings are written for these tests."""

from __future__ import annotations

import pytest

from kamerstuk.text.candidates import starts

# Every prefix an identifier may have (anchors._IDENTIFIER_PREFIX), in both cases.
PREFIXES = [
    "kst", "h-tk", "h-ek", "h-vv", "ah-tk", "ah-ek", "kv-tk", "kv-ek", "stb", "stcrt", "trb",
    "gmb", "prb", "wsb", "bgr", "blg", "nds-tk",
]  # fmt: skip
# Every word that names a zaak number a Kamervraag or a zaak (anchors._KV_HEAD).
KV_WORDS = [
    "vraagnummer", "vragen", "schriftelijke vragen", "kamervraag", "kamervragen", "zaak",
    "zaaknummer", "zaaknummers", "zaaknr", "zaaknrs", "zaaknr.", "zaaknrs.", "zaken",
]  # fmt: skip


def proposed(text: str, at: str) -> bool:
    return text.index(at) in set(starts(text))


@pytest.mark.parametrize("prefix", [p for prefix in PREFIXES for p in (prefix, prefix.upper())])
def test_an_identifier_is_proposed_at_its_prefix(prefix: str) -> None:
    assert proposed(f"Zie {prefix}-33694-20 hier.", prefix)


@pytest.mark.parametrize("ident", ["kst-cxxiv-g", "KST-CXXIV-G", "kst-xcii-a", "KST-LXXXV-B"])
def test_an_identifier_of_an_eerste_kamer_dossier_is_proposed(ident: str) -> None:
    assert proposed(f"Zie {ident} hier.", ident)


@pytest.mark.parametrize("text", ["Zie covid-19 hier.", "Zie Staten-Generaal 33 hier."])
def test_a_word_joined_by_a_hyphen_is_no_identifier(text: str) -> None:
    assert not proposed(text, text.split()[1])


@pytest.mark.parametrize("between", [" ", " (", "(", " ( "])
@pytest.mark.parametrize(
    "word", [w for word in KV_WORDS for w in (word, word.upper(), word.capitalize())]
)
def test_a_zaak_number_is_proposed_from_the_word_that_names_it(word: str, between: str) -> None:
    assert proposed(f"Zie {word}{between}2019Z12345 hier.", word)


@pytest.mark.parametrize(
    "word",
    ["zaa\u212a", "ZAAK", "Vraagnummer", "kamervraag"],  # a Kelvin sign is a k to re
)
def test_each_letter_a_word_may_end_in_counts(word: str) -> None:
    assert proposed(f"Zie {word} 2019Z12345 hier.", word)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Wet van 12 mei 1994, Stb. 331", "12 mei"),
        ("Wet van 12 mei 1994 (Stb. 331)", "12 mei"),
        ("Wet van 12 mei 1994, 81Stb. 331", "12 mei"),
        ("bij de wet van 1987, Stb. 330", "van 1987"),
        ("BIJ DE WET VAN 1987, Stb. 330", "VAN 1987"),
        ("besluit van 1-1-1994, Stb. 5", "1-1-1994"),
        ("Verdrag van 3 februari 2010, Trb. 2010, 48", "3 februari"),
    ],
)
def test_a_gazettes_date_is_proposed(text: str, at: str) -> None:
    assert proposed(text, at)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Zie no. 143, was no. 249 (23.285).", "no. 143"),  # a keyword no pass finds
        ("Zie stuk nr. 14 (36 410).", "stuk"),
        ("Zie Kamerstukken I 2019/20, CXLII, letter D.", "CXLII"),
        ("Zie de Kamerstukken, CXLII, letter D.", "CXLII"),
        ("Zie de Kamerstukken, XCII, letter D.", "XCII"),
        ("Zie de Kamerstukken, LXXXV, letter D.", "LXXXV"),
        ("Zie Kamerstukken I 2019/20, 35.526, BH.", "35.526"),
        ("Zie Kamerstukken I 2019/20, 35526 / 25295, CF.", "35526"),
        ("Zie Kamerstukken I 2019/20, 35 300-VI, letter Y.", "35 300"),
        ("Wijziging van de Kieswet - 36 123\n", "- 36"),
        ("Wijziging van de Kieswet ( 35 165 )", "( 35"),
        ("Zie (34556) en", "(34556)"),
        ("Zie 30 126 (R 1790) en", "30 126"),
        ("Verslag (2021/2022  NR.\n19)", "(2021"),
    ],
)
def test_a_number_led_citation_is_proposed(text: str, at: str) -> None:
    assert proposed(text, at)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Zie 33694-49 hier.", "33694"),
        ("Zie 33 694-49 hier.", "33 694"),
        ("Zie 33\u00a0694\u201349 hier.", "33\u00a0694"),
        ("Zie 36200-XV-12 hier.", "36200"),
    ],
)
def test_a_compact_reference_is_proposed_at_its_dossier(text: str, at: str) -> None:
    assert proposed(text, at)


@pytest.mark.parametrize("text", ["Zie 05000-12 hier.", "Zie 99999-12 hier.", "Zie a33694-49."])
def test_no_dossier_is_proposed_where_none_can_be(text: str) -> None:
    number = text.split()[1].lstrip("a")[:5]
    at = text.index(number)
    assert not set(range(at - 1, at + len(number))) & set(starts(text))
