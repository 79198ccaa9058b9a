"""find() on notations that were missed even undamaged: the Handelingen's official title, two-digit
vergaderjaren, lists and ranges of Eerste Kamer letters, one stuk under two chapters, lists of
compact Handelingen, "resp." and "idem" in lists, the English names of the papers, and the
forms found by probing bibliographies, court rulings, legislation, Rekenkamer letters and
municipal texts (round 3 of issue 18). Each table has lookalikes beside it.

The cases are written for these tests. A reading is ``str(citation)``: the aanwijzingen form,
with chamber and vergaderjaar, so that a reading that loses them fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kamerstuk.grammar
from kamerstuk import find
from kamerstuk.grammar.tokens import century
from kamerstuk.model.errors import InvalidValue


def _read(text: str) -> list[str]:
    return [str(m.citation) for m in find(text)]


def _cases(*rows: tuple[str, str]) -> list[tuple[str, list[str]]]:
    """Rows of (text, readings joined by " | ")."""
    return [(text, readings.split(" | ")) for text, readings in rows]


# ---------------------------------------------------------------- the Handelingen's full title
@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        (
            "Handelingen der Staten-Generaal, Tweede Kamer, 1990-1991, blz. 3456",
            "Handelingen II 1990/91, p. 3456",
        ),
        (
            "Handelingen der Staten-Generaal, Eerste Kamer, vergaderjaar 2004-2005, nr. 12",
            "Handelingen I 2004/05, nr. 12",
        ),
        (
            "Handelingen der Staten-Generaal II 2004/05, nr. 12, p. 8",
            "Handelingen II 2004/05, nr. 12, p. 8",
        ),
        (
            "handelingen der staten-generaal, tweede kamer, 1990-1991, blz. 3456",
            "Handelingen II 1990/91, p. 3456",
        ),
        (
            "Bijlagen bij de Handelingen der Staten-Generaal, Tweede Kamer, 1975-1976, 13 872, nr. 3",
            "Kamerstukken II 1975/76, 13872, nr. 3",
        ),
        (
            "Aanhangsel van de Handelingen der Staten-Generaal, Tweede Kamer, 2004-2005, nr. 88",
            "Aanhangsel Handelingen II 2004/05, nr. 88",
        ),
    ),
)
def test_the_official_title(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


# ---------------------------------------------------------------- two-digit vergaderjaren
@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("Kamerstukken II 91/92, 22 443, nr. 3", "Kamerstukken II 1991/92, 22443, nr. 3"),
        ("Kamerstukken II 05/06, 30 300 VII, nr. 2", "Kamerstukken II 2005/06, 30300 VII, nr. 2"),
        ("Kamerstukken II 99/00, 26 800, nr. 5", "Kamerstukken II 1999/00, 26800, nr. 5"),
        ("Kamerstukken I 86-87, 19 529, nr. 57a", "Kamerstukken I 1986/87, 19529, nr. 57a"),
        ("TK 91/92, 22 443, nr. 3", "Kamerstukken II 1991/92, 22443, nr. 3"),
        ("Hand. II 75/76, p. 1234", "Handelingen II 1975/76, p. 1234"),
        ("Aanh. Hand. II 05/06, nr. 1234", "Aanhangsel Handelingen II 2005/06, nr. 1234"),
        ("Hand. II 75/76 p. 1234", "Handelingen II 1975/76, p. 1234"),
        ("Kamerstukken II 91/92 22 443 nr. 3", "Kamerstukken II 1991/92, 22443, nr. 3"),
        # Years that do not follow each other, and 30-49 (1930s or 2030s): no vergaderjaar, and
        # never a vergadering "75" or an Aanhangsel "05".
        ("Kamerstukken II 91/93, 22 443, nr. 3", "Kamerstukken 22443, nr. 3"),
        ("Kamerstukken II 38/39, 22 443, nr. 3", "Kamerstukken 22443, nr. 3"),
    ),
)
def test_two_digit_vergaderjaren(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("year", "first"), [(50, 1900), (99, 1900), (0, 2000), (29, 2000)])
def test_the_century_of_two_digits(year: int, first: int) -> None:
    assert century(year) == first


@pytest.mark.parametrize("year", [30, 41, 49])
def test_two_digits_a_century_apart_are_refused(year: int) -> None:
    with pytest.raises(InvalidValue):
        century(year)


@pytest.mark.parametrize(
    "text",
    ["in de jaren 91/92, 93 en 94", "verhouding 12/13, 35 300 man", "TK 38/39, 22 443 leden"],
)
def test_two_digit_lookalikes(text: str) -> None:
    assert _read(text) == []


# ---------------------------------------------------------------- Eerste Kamer letters
_EK = "Kamerstukken I 2019/20, 35300"


@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("Kamerstukken I 2019/20, 35 300, B en C", f"{_EK}, B | {_EK}, C"),
        ("Kamerstukken I 2019/20, 35 300, A-C", f"{_EK}, A | {_EK}, B | {_EK}, C"),
        ("Kamerstukken I 2019/20, 35 300, A t/m C", f"{_EK}, A | {_EK}, B | {_EK}, C"),
        ("Kamerstukken I 2019/20, 35 300, B, C en D", f"{_EK}, B | {_EK}, C | {_EK}, D"),
        ("Kamerstukken I 2019/20, 35 300, nrs. B en C", f"{_EK}, B | {_EK}, C"),
        ("Kamerstukken I 2019/20, 35 300, AA-AC", f"{_EK}, AA | {_EK}, AB | {_EK}, AC"),
        ("Kamerstukken I 2019/20, 35 300, Y-AB", f"{_EK}, Y | {_EK}, Z | {_EK}, AA | {_EK}, AB"),
        ("Kamerstukken I 2019/20, 35 300 VII, letters A en B", f"{_EK} VII, A | {_EK} VII, B"),
        ("Kamerstukken I 2019/20, 35 300, C en D, p. 4", f"{_EK}, C, p. 4 | {_EK}, D, p. 4"),
        (
            "Kamerstukken I 2012/13, CXXIV, letters G en H",
            "Kamerstukken I 2012/13, CXXIV, G | Kamerstukken I 2012/13, CXXIV, H",
        ),
        ("EK 35 300 VII, B en C", "Kamerstukken I 35300 VII, B | Kamerstukken I 35300 VII, C"),
        ("Kamerstukken I 2012/13, CXXIV-G, p. 3", "Kamerstukken I 2012/13, CXXIV, G, p. 3"),
        ("EK CXXIV, G", "Kamerstukken I CXXIV, G"),
        # A letter alone, and a reprint of the last of a list.
        ("Kamerstukken I 2019/20, 35 300, B; C", f"{_EK}, B"),
        ("Kamerstukken I 2019/20, 35 300, B en C herdruk", f"{_EK}, B | {_EK}, C herdruk"),
    ),
)
def test_lists_of_letters(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        # A range backwards, or longer than a list of papers, is no range: its first letter.
        ("Kamerstukken I 2019/20, 35 300, C-A", f"{_EK}, C"),
        ("Kamerstukken I 2019/20, 35 300, A-ZZ", f"{_EK}, A"),
        ("Kamerstukken I 2019/20, 35 300, A-status", f"{_EK}"),
        # A word after "en" is no letter.
        ("Kamerstukken I 2019/20, 35 300, B en De Vries", f"{_EK}, B"),
    ),
)
def test_letter_lookalikes(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


# ---------------------------------------------------------------- dossiers and chapters
_II = "Kamerstukken II 2019/20, 35300"


@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("Kamerstukken II 2019/20, 35 300 VII en VIII, nr. 5", f"{_II} VII, nr. 5"),
        ("Kamerstukken II 2019/20, 35 300-VII/VIII, nr. 5", f"{_II} VII, nr. 5"),
        ("Kamerstuk 36 200 VII en VIII, nr. 3", "Kamerstukken 36200 VII, nr. 3"),
        ("Kamerstukken II 2019/20, 35 300 VII en VIII", f"{_II} VII | {_II} VIII"),
        ("Kamerstukken II 2019/20, 35 300, VII, nr. 5", f"{_II} VII, nr. 5"),
        ("Kamerstukken II 2019/20, 35 300, hoofdstuk VII, nr. 5", f"{_II} VII, nr. 5"),
        # A letter after a comma without "nr." after it stays an Eerste Kamer letter.
        ("Kamerstukken I 2019/20, 35 300, V", "Kamerstukken I 2019/20, 35300, V"),
        ("Tweede Kamer, 31 865, nr. 123", "Kamerstukken II 31865, nr. 123"),
        ("TK 35 300-VII-5", "Kamerstukken II 35300 VII, nr. 5"),
        (
            "Tweede Kamer, vergaderjaar 2019-2020, Kamerstuk 35 300 VII, nr. 5",
            f"{_II} VII, nr. 5",
        ),
        ("vergaderjaar 2019-2020, Kamerstuk 35 300, nr. 3", "Kamerstukken 2019/20, 35300, nr. 3"),
        ("(Tweede Kamer der Staten-Generaal, 31 865, nr. 12)", "Kamerstukken II 31865, nr. 12"),
    ),
)
def test_dossiers_and_chapters(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de Tweede Kamer, 31 865 leden",
        "Tweede Kamer, 12 500 euro",
        "zie 35 300 VII en Verder",
        "het EK CXXIV is",
    ],
)
def test_dossier_lookalikes(text: str) -> None:
    assert all("VIII" not in r and "Verder" not in r for r in _read(text))
    assert not any(r.startswith("Kamerstukken II") for r in _read(text))


# ---------------------------------------------------------------- Handelingen
@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        (
            "Handelingen II 2019/20, 45-6 en 46-3",
            "Handelingen II 2019/20, nr. 45, item 6 | Handelingen II 2019/20, nr. 46, item 3",
        ),
        (
            "Handelingen II 2019/20, 45-6, 46-3; 47-2",
            "Handelingen II 2019/20, nr. 45, item 6 | Handelingen II 2019/20, nr. 46, item 3"
            " | Handelingen II 2019/20, nr. 47, item 2",
        ),
        (
            "Hand. II 2008/09, 31-2410 en 32-2480",
            "Handelingen II 2008/09, nr. 31, p. 2410 | Handelingen II 2008/09, nr. 32, p. 2480",
        ),
        (
            "Handelingen II 2019/20, nr. 45, item 6; nr. 46, item 3",
            "Handelingen II 2019/20, nr. 45, item 6 | Handelingen II 2019/20, nr. 46, item 3",
        ),
        (
            "Handelingen TK 18 juni 2020, nr. 87, item 5",
            "Handelingen II 2019/20, nr. 87, item 5 van 18 juni 2020",
        ),
        (
            "Tweede Kamer, vergaderjaar 2018-2019, Handelingen, nr. 45, item 6",
            "Handelingen II 2018/19, nr. 45, item 6",
        ),
        (
            "Handelingen II, 12 maart 1992, p. 2345",
            "Handelingen II 1991/92 van 12 maart 1992, p. 2345",
        ),
        (
            "Handelingen II 2019/20, vergadering 45, item 6",
            "Handelingen II 2019/20, nr. 45, item 6",
        ),
        # Before 2010-2011 an Aanhangsel is cited by its page too; never a Handelingen.
        ("Aanh. Hand. II 1991/92, p. 709", "Aanhangsel Handelingen II 1991/92, p. 709"),
        # A number after the vergaderjaar that no vergadering has is a page; one a vergadering
        # may have stays its number.
        ("Handelingen II 1990-1991, 3456", "Handelingen II 1990/91, p. 3456"),
        ("Handelingen II 2003/04, 57", "Handelingen II 2003/04, nr. 57"),
        ("Handelingen II 1990/91, nr. 345", "Handelingen II 1990/91, nr. 345"),
        # A page range after "p." stays pages (the Eerste Kamer's "12-345" is written as is).
        ("Handelingen I 2004/05, p. 12-345", "Handelingen I 2004/05, p. 12-345"),
    ),
)
def test_handelingen(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Handelingen der Apostelen 2, 1-4",
        "Handelingen van de Nederlandse Juristen-Vereniging 2019, p. 12",
        "zie pagina 12-34 en 45-6",
        "in de vergadering 45 leden",
    ],
)
def test_handelingen_lookalikes(text: str) -> None:
    assert _read(text) == []


# ---------------------------------------------------------------- "resp.", "idem" and the gazettes' lists
_KST = "Kamerstukken II 2019/20, 29544"


@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        (
            "Kamerstukken II 2019/20, 35 300 VII, nr. 5 resp. 7",
            f"{_II} VII, nr. 5 | {_II} VII, nr. 7",
        ),
        (
            "Kamerstukken II 2019/20, 35 300, nrs. 5, 7 respectievelijk 9",
            f"{_II}, nr. 5 | {_II}, nr. 7 | {_II}, nr. 9",
        ),
        ("Stb. 2019, 123 resp. 124", "Stb. 2019, 123 | Stb. 2019, 124"),
        # "jo." (juncto) joins documents read together, as "en" does.
        (
            "Kamerstukken II 2019/20, 35 300, nr. 3, p. 5 jo. nr. 7, p. 2",
            f"{_II}, nr. 3, p. 5 | {_II}, nr. 7, p. 2",
        ),
        ("Kamerstukken II 2019/20, 35 300, nr. 3 jo. 7", f"{_II}, nr. 3 | {_II}, nr. 7"),
        ("Stb. 2019, 123 jo. Stb. 2020, 45", "Stb. 2019, 123 | Stb. 2020, 45"),
        (
            "Kamerstukken II 2019/20, 29 544, nr. 1000; idem, nr. 1001",
            f"{_KST}, nr. 1000 | {_KST}, nr. 1001",
        ),
        (
            "Kamerstukken II 2019/20, 29 544, nr. 1000; t.a.p., nr. 1001",
            f"{_KST}, nr. 1000 | {_KST}, nr. 1001",
        ),
        (
            "Kamerstukken II 2019/20, 29 544, nr. 1000; ibid., nr. 1001, p. 3",
            f"{_KST}, nr. 1000 | {_KST}, nr. 1001, p. 3",
        ),
        ("Stcrt. 2019, 12345 en 12346", "Stcrt. 2019, 12345 | Stcrt. 2019, 12346"),
        (
            "Gmb. 2019, nrs. 123456, 123457 en 123458",
            "Gmb. 2019, 123456 | Gmb. 2019, 123457 | Gmb. 2019, 123458",
        ),
        ("Gemeenteblad 2019, 12345 en 2020, 6789", "Gmb. 2019, 12345 | Gmb. 2020, 6789"),
        # A dossier with its stuk after a gazette is a Kamerstuk.
        ("Stcrt. 2019, 12345 en 35300, nr. 5", "Stcrt. 2019, 12345 | Kamerstukken 35300, nr. 5"),
        ("Prov. blad 2019, 1234", "Prb. 2019, 1234"),
        ("Stb. 2019, 123; 2020, 45", "Stb. 2019, 123 | Stb. 2020, 45"),
        ("Kamerstukken I 2012/13, CXXIV, nr. G", "Kamerstukken I 2012/13, CXXIV, G"),
        (
            "Kamerstukken II 2003/04, 29 200, nr. 3 (MvT), p. 4",
            "Kamerstukken II 2003/04, 29200, nr. 3, p. 4",
        ),
        (
            "Kamerstukken I 2004/05, 29 200, C (memorie van antwoord), p. 3",
            "Kamerstukken I 2004/05, 29200, C, p. 3",
        ),
        (
            "Kamerstukken II 2019/20, 35 300, nr. 3 (MvT), p. 5; nr. 7 (NnavV), p. 2",
            f"{_II}, nr. 3, p. 5 | {_II}, nr. 7, p. 2",
        ),
        (
            "Kamerstukken II 2019/20, 35 300, nr. 3, p. 5 (MvT) en nr. 7, p. 2 (NnavV)",
            f"{_II}, nr. 3, p. 5 | {_II}, nr. 7, p. 2",
        ),
        (
            "Kamerstukken II 2019/20, 35 300, nrs. 3 (MvT) en 7 (NnavV)",
            f"{_II}, nr. 3 | {_II}, nr. 7",
        ),
        # "(herdruk)" is a reprint, not a label.
        ("Kamerstukken II 2019/20, 35 300, nr. 5 (herdruk), p. 3", f"{_II}, nr. 5 herdruk, p. 3"),
        (
            "Kamerstukken I 2019/20, 35 300 VII, B, blz. 3; C, blz. 4",
            f"{_EK} VII, B, p. 3 | {_EK} VII, C, p. 4",
        ),
        ("Gemeenteblad 2019, nr. 123456 en nr. 123457", "Gmb. 2019, 123456 | Gmb. 2019, 123457"),
        # A label with nothing of the citation after it is left out; so is a number after one.
        ("Kamerstuk 35 300, nr. 3 (zie hierboven), 12 leden", "Kamerstukken 35300, nr. 3"),
        ("Kamerstuk 35 300, nr. 3 (MvT).", "Kamerstukken 35300, nr. 3"),
        # The Handelingen formula with a pinpoint is no label.
        ("Zij krijgt nr. 14 (36 410), p. 5", "Kamerstukken 36410, nr. 14"),
    ),
)
def test_lists_and_labels(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de leden 5 resp. 7",
        "artikel 3 jo. 4 Awb",
        "idem, nr. 1001",
        "de MvT (p. 4)",
        "artikel 12 (MvT), p. 4",
        "nr. 3 (MvT), p. 5",
        "zie B, blz. 3; C, blz. 4",
    ],
)
def test_list_lookalikes(text: str) -> None:
    assert _read(text) == []


# ---------------------------------------------------------------- English
@pytest.mark.parametrize(
    ("text", "expected"),
    _cases(
        ("Parliamentary Papers II 2010/11, 32 500, no. 3", "Kamerstukken II 2010/11, 32500, nr. 3"),
        (
            "Parliamentary Documents II 2010/11, 32 500, no. 3, p. 4",
            "Kamerstukken II 2010/11, 32500, nr. 3, p. 4",
        ),
        ("Parliamentary Papers I 2010/11, 32 500, C", "Kamerstukken I 2010/11, 32500, C"),
        (
            "Parliamentary Papers II 2010/11, 32 500, nos. 3 and 4",
            "Kamerstukken II 2010/11, 32500, nr. 3 | Kamerstukken II 2010/11, 32500, nr. 4",
        ),
        (
            "Parliamentary Proceedings II 2010/11, no. 45, item 6",
            "Handelingen II 2010/11, nr. 45, item 6",
        ),
        ("Proceedings II 2010/11, 45-6", "Handelingen II 2010/11, nr. 45, item 6"),
        ("Proceedings I 2004/05, p. 345", "Handelingen I 2004/05, p. 345"),
        (
            "Parliamentary Documents, Second Chamber, 2010-2011, 32 500, no. 3",
            "Kamerstukken II 2010/11, 32500, nr. 3",
        ),
        (
            "Parliamentary Papers, House of Representatives, 2010/11, 32 500, no. 3",
            "Kamerstukken II 2010/11, 32500, nr. 3",
        ),
        ("Parliamentary Papers, Senate, 2010/11, 32 500, C", "Kamerstukken I 2010/11, 32500, C"),
        ("Parl. Papers II 2010/11, 32 500, no. 3", "Kamerstukken II 2010/11, 32500, nr. 3"),
        (
            "Parliamentary Papers II 2010-2011, 32 500, number 3",
            "Kamerstukken II 2010/11, 32500, nr. 3",
        ),
        (
            "Appendix to the Proceedings II 2010/11, no. 1234",
            "Aanhangsel Handelingen II 2010/11, nr. 1234",
        ),
    ),
)
def test_english(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Proceedings of the 12th conference 2010/11, no. 3",
        "Proceedings 2010, p. 12",
        "Working Papers 2010/11, no. 3",
        "Papers II 2010/11, 32 500, no. 3",
        "Proceedings of the Royal Society 2010/11, no. 3",
        "the Senate, 2010/11, 32 500 votes",
        "Papers, 2010/11, 32 500, no. 3",
    ],
)
def test_english_lookalikes(text: str) -> None:
    assert _read(text) == []


def test_the_grammar_has_no_conflicts() -> None:
    """Lark resolves a shift/reduce conflict as a shift without a word (a form added beside
    another can so take its place unseen: "Handelingen II, 12 maart 1992, p. 2345" was lost
    once); none may be left."""
    import io
    import logging

    import lark

    grammar = Path(kamerstuk.grammar.__file__).with_name("grammar.lark")
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    lark.logger.addHandler(handler)
    level = lark.logger.level
    lark.logger.setLevel(logging.DEBUG)
    try:
        lark.Lark(grammar.read_text(encoding="utf-8"), parser="lalr", debug=True)
    finally:
        lark.logger.removeHandler(handler)
        lark.logger.setLevel(level)
    assert "onflict" not in log.getvalue()
