"""Repairs shown by a citation's own shape rather than by the comma before its number
(kamerstuk.text.compact, letters, lookback): a compact reference's dash, an Eerste Kamer
letter, a head of several words joined by "van de"; and the heads the grammar reads without
their dots, in capitals or with a lower-case chamber. What each reads, and the lookalikes that
must stay unread.

The strings are written for these tests."""

from __future__ import annotations

import pytest

from kamerstuk import find
from kamerstuk.text.repair import MARKUP, Repaired


def repaired(text: str) -> str:
    return Repaired.of(text).text


def read(text: str) -> list[tuple[str, str]]:
    return [(m.text, str(m.citation)) for m in find(text)]


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A compact reference's dash: OCR letters in its numbers, with a head word or without.
        ("Zie kamerstuk 41207-3O.", "Zie Kamerstuk 41207-30."),
        ("Zie 28733-I4 hier.", "Zie 28733-14 hier."),
        ("Zie 2l733-14 hier.", "Zie 21733-14 hier."),
        ("Zie Kamerstuk 29O11-VII-8.", "Zie Kamerstuk 29011-VII-8."),
        ("Zie 31870-IXB-l02;", "Zie 31870-IXB-102;"),
        ("Zie _3l870-5_ hier.", "Zie 31870-5 hier."),
        # An Eerste Kamer letter: markers around the citation, OCR in the first of two dossiers.
        ("- _EK 33 410, BG_;", "- EK 33 410, BG;"),
        ("Zie **CXVI**, letter F.", "Zie CXVI, letter F."),
        ("Zie _CXVI, letter F_ hier.", "Zie CXVI, letter F hier."),
        ("Zie 3O512 / 32127, H.", "Zie 30512 / 32127, H."),
        ("Zie ek 33 410, BG.", "Zie EK 33 410, BG."),
        ("(_Kamerstukken I 2014/15, 33 410 VI, C_)", "(Kamerstukken I 2014/15, 33 410 VI, C)"),
        # A head of several words, misread, with "van de" between.
        ("Zie Aanhangsl van de Handelingen II 2012/13, nr. 71.",
         "Zie Aanhangsel Handelingen II 2012/13, nr. 71."),
        ("Zie Aanha ngsel bij de Handelingen II 2012/13, nr. 71.",
         "Zie Aanhangsel Handelingen II 2012/13, nr. 71."),
        ("Zie Aanhangsel van de Handelngen II 2012/13, nr. 71.",
         "Zie Aanhangsel Handelingen II 2012/13, nr. 71."),
        ("Zie Aanhangsel van de Handelingen4 II 2012/13, nr. 71.",
         "Zie Aanhangsel van de Handelingen II 2012/13, nr. 71."),
        # Numbers by a comma: after a dash suffix, doubled spaces, a zaak number's Z, a mark.
        ("Zie Kamerstuk 31O44-B, nr. 7.", "Zie Kamerstuk 31044-B, nr. 7."),
        ("Zie Kamerstuk 31044-B, rn. 7.", "Zie Kamerstuk 31044-B, nr. 7."),
        ("Zie Kst. II 2011/12, 31  044  IIB,  mr.  7.", "Zie Kst. II 2011/12, 31  044  IIB,  nr.  7."),
        ("Zie Kamervragen 2015ZO4417.", "Zie Kamervragen 2015Z04417."),
        ("Zie Aanh. Hand. II 2009/10, nr. 31O\u00b9 hier.", "Zie Aanh. Hand. II 2009/10, nr. 310 hier."),
        ("Zie Hand. II 2009/2010, nr.\n31, item l4.", "Zie Hand. II 2009/2010, nr.\n31, item 14."),
        ("Zie 31 O44\u00b3-IIB, letter C.", "Zie 31 044-IIB, letter C."),
        ("Zie 31044-IV-**l7** hier.", "Zie 31044-IV-17 hier."),
        # A head before a dossier's suffix, a chamber heading a citation before its vergaderjaar.
        ("Zie kamerst. 31.044 IIB, nr. 7.", "Zie Kamerst. 31.044 IIB, nr. 7."),
        ("Zie Karnerstuk 31 044 C, nr. 7.", "Zie Kamerstuk 31 044 C, nr. 7."),
        ("(Tweede Kamer 2009–20 10, 31.044, nr. 7)", "(Tweede Kamer 2009–2010, 31.044, nr. 7)"),
        ("(EK 2009-2O10, 31.044, nr. 7)", "(EK 2009-2010, 31.044, nr. 7)"),
        ("Zie *Aanhangsel Hand elingen* II 2009/10, 310.", "Zie Aanhangsel Handelingen II 2009/10, 310."),
        ("Zie Aanhangsel Handelingen II, 20 09\u20142010, 310.",
         "Zie Aanhangsel Handelingen II, 2009\u20142010, 310."),
    ],
)
def test_what_is_repaired(text: str, expected: str) -> None:
    assert repaired(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie 28733-I4 hier.", ("28733-I4", "Kamerstukken 28733, nr. 14")),
        ("Zie 3O512 / 32127, H.", ("3O512 / 32127, H", "Kamerstukken 30512, H")),
        ("Zie EK  33  410,  BG.", ("EK  33  410,  BG", "Kamerstukken I 33410, BG")),
        ("Zie kamerstuk i 33.410 BG.", ("kamerstuk i 33.410 BG", "Kamerstukken I 33410, BG")),
        ("Zie WETSVOORSTEL 33.410.", ("WETSVOORSTEL 33.410", "Kamerstukken 33410")),
        ("Zie Hand Eerste Kamer 2012/13, nr. 9, item 4.",
         ("Hand Eerste Kamer 2012/13, nr. 9, item 4", "Handelingen I 2012/13, nr. 9, item 4")),
        ("Zie Hand\nTK 2012/13, nr. 9, item 4.",
         ("Hand\nTK 2012/13, nr. 9, item 4", "Handelingen II 2012/13, nr. 9, item 4")),
        ("Zie HAND II 2012/13, NR 9, ITEM 4.",
         ("HAND II 2012/13, NR 9, ITEM 4", "Handelingen II 2012/13, nr. 9, item 4")),
        ("Zie TWEEDE KAMER 2012-2013, 33 410, nr. 9.",
         ("TWEEDE KAMER 2012-2013, 33 410, nr. 9", "Kamerstukken II 2012/13, 33410, nr. 9")),
        ("Zie Tweede  Kamer 2012-2013, 33 410, nr. 9.",
         ("Tweede  Kamer 2012-2013, 33 410, nr. 9", "Kamerstukken II 2012/13, 33410, nr. 9")),
        ("Zie Kamerst 33.410 IIB, nr. 9.", ("Kamerst 33.410 IIB, nr. 9", "Kamerstukken 33410 IIB, nr. 9")),
        ("Zie KST II 2012/13, 33 410, NR 9.",
         ("KST II 2012/13, 33 410, NR 9", "Kamerstukken II 2012/13, 33410, nr. 9")),
        ("Zie aanh hand II 2012/13, nr. 71.",
         ("aanh hand II 2012/13, nr. 71", "Aanhangsel Handelingen II 2012/13, nr. 71")),
        ("Zie AANH HAND TK 2012/13, NR 71.",
         ("AANH HAND TK 2012/13, NR 71", "Aanhangsel Handelingen II 2012/13, nr. 71")),
        # Read whole: the Handelingen alone were read before (a document the text does not cite).
        ("Zie Aanhongsel van de Handelingen II 2012/13, nr. 71.",
         ("Aanhongsel van de Handelingen II 2012/13, nr. 71",
          "Aanhangsel Handelingen II 2012/13, nr. 71")),
        # OCR's 1 for the l of a head of several's first word: the Handelingen alone were read.
        ("Zie Aanhangse1 Handelingen II 2012/13, nr. 71.",
         ("Aanhangse1 Handelingen II 2012/13, nr. 71", "Aanhangsel Handelingen II 2012/13, nr. 71")),
        ("Zie aanhangse1 van de Handelingen II 2012/13, nr. 71.",
         ("aanhangse1 van de Handelingen II 2012/13, nr. 71",
          "Aanhangsel Handelingen II 2012/13, nr. 71")),
        ("Zie Provinciaa1 blad 2019, 123.", ("Provinciaa1 blad 2019, 123", "Prb. 2019, 123")),
    ],
)
def test_what_is_read(text: str, expected: tuple[str, str]) -> None:
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Dashes that are no compact reference's, numbers that are no dossier.
        "In 2019-2O20 en op 12-O5-2019 belde 06-I2345678.",
        "Het productnummer X12345-I3 en de code AB12345-l0.",
        "Het bedrag 12.345-l0 klopt niet.",
        # Markers and letters that are no Eerste Kamer citation's.
        "Zie *Bijlage*, A en _noot_, B.",
        "In 2019, A en in **2020**, B.",
        # "hand" and "aanh" as words, a chamber's letters in prose.
        "Het ligt in de hand II van 2019, nr. 4.",
        "Met de hand Tweede Kamer 2019, 4.",
        "zo i 25.491 AB",
        "Dit is van de Handelingenvragen 2019, 12.",
        "De kst 33 410 euro en Kamerst 12 uur.",
        "Die Tweede Kamer 2012 en EERSTE KAMER 2013.",
    ],
)
def test_what_is_left_unread(text: str) -> None:
    assert read(text) == []


def test_markers_around_a_letter_citation_are_markup() -> None:
    view = Repaired.of("- _EK 33 410, BG_;")
    assert view.kinds == (MARKUP, MARKUP)


def test_an_aanhangsel_written_out_is_not_rewritten() -> None:
    text = "Zie Aanhangsel van de Handelingen II 2012/13, nr. 71."
    assert repaired(text) == text
# fmt: on
