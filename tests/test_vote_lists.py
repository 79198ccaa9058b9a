"""Round 8c's forms of the lists of bills a vote, an agenda, the hamerstukken or the papers
received print after their colon, the bills by their dossier alone or with a title
(docs/citations.md, "The lists of stukken the Handelingen print").

Each form in spellings of my own, damaged and clean, and beside them the lookalikes that must
stay unread: amounts, counts, vote tallies, postcodes and years after the same words.
"""

from __future__ import annotations

import pytest

import kamerstuk


def _read(text: str) -> list[str | None]:
    """What find() reads in ``text``: identifiers, or the dossier of a dossier-level read."""
    out = []
    for match in kamerstuk.find(text):
        citation = match.citation
        dossier = getattr(citation, "dossier", None)
        if citation.identifier or dossier is None:
            out.append(citation.identifier)
        elif dossier.suffixes:
            out.append("-".join((dossier.number, *dossier.suffixes)))
        else:
            out.append(f"dossier {dossier.number}")
    return out


def _dossiers(*numbers: str) -> list[str]:
    return [f"dossier {n}" for n in numbers]


LISTS = [
    # By the dossier alone, two or more in a list, or one with its title in brackets.
    ("Stemmingen: 36 112, 36 045 en 35 989.", _dossiers("36112", "36045", "35989")),
    # (A lone bare number after a titled bill is a miss: nothing in the grammar marks it.)
    ("Stemmingen Tweede Kamer: 36 200 VII (Begroting BZK) en 36 118.", ["36200-VII"]),
    ("Hamerstukken: 35 927 (Wijziging van de Kieswet), 36 011.", _dossiers("35927")),
    ("Ingekomen stukken: 35 570 XV (Begroting SZW) en 35 300 VIII.", ["35570-XV", "35300-VIII"]),
    ("HAMERSTUKKEN: 34 775 en 34 991", _dossiers("34775", "34991")),
    ("Stemming over: 36 003 (Regels over de zorg).", _dossiers("36003")),
    ("Stemmingen:\t36 112, 36\u00a0045 en 35\u00a0989", _dossiers("36112", "36045", "35989")),
    ("Agenda 3 juni: 36 112 (Wet inburgering); 36 045 Wet kansspelen", _dossiers("36112", "36045")),
    # The titled bills of the old agenda form, now under every list word.
    ("Hamerstukken: 36 112 Wet X; 36 045 Regels over Y", _dossiers("36112", "36045")),
    ("Stemmingen: 35 227 Wijziging van de Wet Z", _dossiers("35227")),
]

UNREAD: list[tuple[str, list[str]]] = [
    ("Stemmingen: 35 000, 36 000 en 36 500 euro", []),
    ("Stemmingen: 75 voor, 75 tegen.", []),
    ("Ingekomen: 12 345 euro.", []),
    ("Stemming: 35 165.", []),  # a lone number, nothing marks it a bill
    ("Agenda 2020: 2019, 2020 en 2021.", []),
    ("Hamerstukken: 1234 AB, 2345 CD en 3456 EF.", []),
    ("Stemmingen: 35 000 (ca.), 36 000 en 36 500.", []),
    ("Uitslag: 35 227, 35 282 en 35 300.", []),  # no list word before the colon
    ("Ingekomen brieven: 36 112 (Bron: CBS), 12 345 en 23 456 kiezers", []),
    ("Stemmingen: 36 112 stemmen voor, 36 045 tegen.", []),
]


@pytest.mark.parametrize(("text", "expected"), LISTS + UNREAD)
def test_vote_and_agenda_lists(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


# The chamber before the Handelingen's or the Aanhangsel's word, a comma between.
CHAMBER_BEFORE = [
    ("Eerste Kamer, Handelingen 2019/20, nr. 31, item 6", ["h-ek-20192020-31-6"]),
    ("Tweede Kamer, Handelingen 2020-2021, nr. 12, item 3", ["h-tk-20202021-12-3"]),
    ("EK, Handelingen 2018/2019, nr. 7, item 2", ["h-ek-20182019-7-2"]),
    ("zie Tweede Kamer,\nHandelingen 2017-2018, nr. 45, item 10.", ["h-tk-20172018-45-10"]),
    ("Tweede Kamer, Aanhangsel Handelingen 2019/20, nr. 2345", ["ah-tk-20192020-2345"]),
    ("Tweede Kamer, vergaderjaar 2020-2021, Aanhangsel, nr. 1234", ["ah-tk-20202021-1234"]),
    ("Eerste Kamer, vergaderjaar 2015-2016, Aanhangsel nr. 17", ["ah-ek-20152016-17"]),
    # Lookalikes: no citation, or a page footer without "nr.".
    ("De Tweede Kamer, Handelingen en Kamerstukken zijn online.", []),
    ("Eerste Kamer, Handelingen, 12 mei 2020", []),
    ("Tweede Kamer, vergaderjaar 2022-2023, Aanhangsel 1", []),
    ("Tweede Kamer, aanhangsel bij de nota, 12 345 euro", []),
]


@pytest.mark.parametrize(("text", "expected"), CHAMBER_BEFORE)
def test_chamber_before_the_word(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


# A range whose end names its dossier again: the stukken between, of that dossier only, within
# the same limits as "nrs. 89-93".
RANGES = [
    (
        "Zie 35 300 XVI, nr. 89 tot en met 35 300 XVI, nr. 93.",
        [f"kst-35300-XVI-{n}" for n in range(89, 94)],
    ),
    ("36 045, nr. 3 t/m 36 045, nr. 5, p. 2", ["kst-36045-3", "kst-36045-4", "kst-36045-5"]),
    ("Kamerstukken II 2020/21, 35 570 XV, nr. 12 T/M 35 570 XV nr. 14", None),
    (
        "31 839, nr. 700 tot en met\t31 839, nr. 702",
        ["kst-31839-700", "kst-31839-701", "kst-31839-702"],
    ),
    # Another dossier or chapter, a range too long, or backwards: two stukken, no range.
    (
        "Zie 35 300 XVI, nr. 89 tot en met 35 300 XV, nr. 93.",
        ["kst-35300-XVI-89", "kst-35300-XV-93"],
    ),
    ("Zie 35 300, nr. 89 tot en met 35 300, nr. 391.", ["kst-35300-89", "kst-35300-391"]),
    ("Zie 35 300, nr. 9 tot en met 35 300, nr. 4.", ["kst-35300-9", "kst-35300-4"]),
    ("35 300, nr. 9 t/m 36 300, nr. 12", ["kst-35300-9", "kst-36300-12"]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_range_with_its_dossier_again(text: str, expected: list[str] | None) -> None:
    found = _read(text)
    if expected is None:  # with chamber and year: the identifiers name the dossier's stukken
        expected = [f"kst-35570-XV-{n}" for n in (12, 13, 14)]
    assert found == expected


# A register's line with the dossier's title between the dossier and the stuk's number, which
# ends the line.
TITLED_LINES = [
    (
        "21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken, nr. 2158",
        ["kst-21501-02-2158"],
    ),
    ("Brieven\n35 300 VIII Begroting Onderwijs, nr. 45\n", ["kst-35300-VIII-45"]),
    ("31 839 Jeugdbeleid en jeugdzorg, nr. 700", ["kst-31839-700"]),
    ("Overig:\n29 544 Arbeidsmarktbeleid, nr. 1012\n", None),
    ("36 200 XV Begroting Sociale Zaken, nr. 7", None),
    # Lookalikes: a title with a number in it, a stuk mid-line, words after the number.
    ("Zie 21 501-02 Raad, nr. 2158", ["21501-02"]),
    ("36 200-XV Begroting SZW 2023, nr. 7", ["36200-XV"]),
    ("31 839 Jeugdbeleid, nr. 700 en verder", ["dossier 31839"]),
    ("Postbus 20 018 Den Haag, nr. 3 van de lijst", []),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_LINES)
def test_title_between_dossier_and_nr(text: str, expected: list[str] | None) -> None:
    found = _read(text)
    if expected is None:
        assert len(found) == 1, found
        assert (found[0] or "").startswith("kst-"), found
    else:
        assert found == expected


# An Eerste Kamer letter after a budget chapter with its own letter ("IXB", "IVA"), also after
# the paper's kind: the comma after the chapter's letter proposes it.
CHAPTER_LETTER = [
    ("Memorie van antwoord 35 300 IXB, B", ["kst-35300-IXB-B"]),
    ("Memorie van antwoord, 35 300 IXB, B", ["kst-35300-IXB-B"]),
    ("Memorie van antwoord (35 300 IXB, B)", ["kst-35300-IXB-B"]),
    ("Nadere memorie van antwoord 35 570 IXB, D", ["kst-35570-IXB-D"]),
    ("Kamerstukken I 2019/20, 35 300 IVA, C", ["kst-35300-IVA-C"]),
    ("Zie 36 200 IXB,\nE.", ["kst-36200-IXB-E"]),
    # Lookalikes: capitals and commas that are no dossier's.
    ("De AB, C en D", []),
    ("Groep VIB, A en B", []),
    ("35 300 IXB, Bijlage", []),
]


@pytest.mark.parametrize(("text", "expected"), CHAPTER_LETTER)
def test_letter_after_a_lettered_chapter(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


# A bill by its dossier after "het voorstel" (also "dit", "dat") in prose.
BILL_IN_PROSE = [
    ("Het voorstel 35 300 VIII werd als hamerstuk afgedaan.", ["35300-VIII"]),
    ("Dit voorstel 36 112 is aangenomen.", ["dossier 36112"]),
    ("Het voorstel 35 925, nr. 3 ligt er.", ["kst-35925-3"]),
    ("dat voorstel 36 045 (Wet X) werd verworpen", ["dossier 36045"]),
    ("Het voorstel 35 570 IXB werd aangenomen", ["35570-IXB"]),
    ("over het voorstel 34\u00a0775.", ["dossier 34775"]),
    # Lookalikes: amounts, counts and years after the word.
    ("Het voorstel 35 000 euro te bezuinigen", []),
    ("het voorstel 12 345 woningen te bouwen", []),
    ("het voorstel 2020 van de minister", []),
    ("Het voorstel 35.000,00 werd", []),
    ("Het voorstel 35 000 te besparen", []),
]


@pytest.mark.parametrize(("text", "expected"), BILL_IN_PROSE)
def test_bill_after_voorstel(text: str, expected: list[str]) -> None:
    assert _read(text) == expected
