"""find() where a careful reader reads a number otherwise than its shape suggests (round 10):
amounts, house numbers, a table's figures and letters before numbers are no Kamerstuk; damaged
identifiers, an old session's notation, a chamber split over a line and a replaced stuk are.

Each class lists several members and lookalikes that must stay as they are. The cases are
written for these tests; ``found``/``keys`` (tests/support.py) give each match's text and its
identifier (or kind and fields).
"""

from __future__ import annotations

import itertools

import pytest

from kamerstuk import find

from support import found, keys

KST = "Kamerstukken II 2019/20, 35 570"


# ------------------------------------------------- an amount after a number is no dossier
@pytest.mark.parametrize(
    ("head", "noun"),
    list(
        itertools.product(
            ["het wetsvoorstel", "wetsvoorstel", "het wetsontwerp", "Kamerstuk"],
            ["woningen", "euro", "inwoners", "huishoudens", "banen", "leerlingen"],
        )
    ),
)
def test_an_amount_after_a_head_word_is_no_dossier(head: str, noun: str) -> None:
    for number in ("35 000", "12 345", "36.123"):
        assert keys(f"Volgens {head} {number} {noun} extra.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het wetsvoorstel 35 123 wordt behandeld", ["kamerstuk:dossier=35123"]),
        ("het wetsvoorstel 35 123 is aangenomen.", ["kamerstuk:dossier=35123"]),
        (f"{KST} euro", ["kamerstuk:chamber=II,vergaderjaar=2019-2020,dossier=35570"]),
        ("wetsvoorstel 35 570 VII woningen", ["kamerstuk:dossier=35570,suffix=VII"]),
        ("Kamerstuk 35 570, nr. 4 woningen", ["kst-35570-4"]),
    ],
)
def test_a_dossier_before_other_words_stays_read(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


# ------------------------------------------------- a number after a street is its house number
@pytest.mark.parametrize(
    "street", ["Hoofdstraat", "Keizersgracht", "Stationsweg", "Dorpsplein", "Lange Nieuwstraat"]
)
@pytest.mark.parametrize("rest", ["12 345, nr. 3", "35 123", "35 123, nr. 4"])
def test_a_house_number_is_no_dossier(street: str, rest: str) -> None:
    assert keys(f"Het kantoor aan de {street} {rest} is gesloten.") == []


@pytest.mark.parametrize(
    "text", ["zie weg 35 123, nr. 4", "Straatsburg, 35 123, nr. 4", "(Hoofdstraat) 35 123, nr. 4"]
)
def test_no_street_before_the_number(text: str) -> None:
    assert keys(text) == ["kst-35123-4"]


# ------------------------------------------------- a table's figure is no heading
@pytest.mark.parametrize("word", ["Totaal", "Subtotaal", "Bedrag", "Aantal woningen", "Saldo"])
@pytest.mark.parametrize("number", ["12 345", "35 570", "31 066"])
def test_a_figure_above_a_total_is_no_heading(word: str, number: str) -> None:
    assert keys(f"{number}\n{word}\n1 234") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 570\nHerziening Grondwet\n\nNr. 20", ["kamerstuk:dossier=31570"]),
        ("35 570 XV\nTotaal\n", ["kamerstuk:dossier=35570,suffix=XV"]),
        ("36 123\nWijziging van de Wet op het notarisambt", ["kamerstuk:dossier=36123"]),
    ],
)
def test_a_heading_stays_read(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


# ------------------------------------------------- a letter before a number is no letter stuk
@pytest.mark.parametrize("letter", ["R", "A", "B", "CF"])
@pytest.mark.parametrize("number", ["12", "3", "45"])
def test_a_letter_before_a_number_is_no_stuk(letter: str, number: str) -> None:
    matches = find(f"Bedrag (12 345, {letter} {number})")
    assert all(getattr(m.citation, "ondernummer", None) is None for m in matches)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstukken I 2019/20, 35 300, R", ["kst-35300-R"]),
        ("Kamerstukken I 2019/20, 35 300 XV, B en C", ["kst-35300-XV-B", "kst-35300-XV-C"]),
        ("(12 345, R)", ["kst-12345-R"]),
        (
            "Kamerstukken II 1994/95, 23 987 (R 1512), nr. 3",
            [
                "kamerstuk:chamber=II,vergaderjaar=1994-1995,dossier=23987,suffix=R1512,ondernummer=3"
            ],
        ),
    ],
)
def test_letters_and_rijkswet_numbers_stay_read(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


# ------------------------------------------------- a blad identifier's number has no letter
@pytest.mark.parametrize("prefix", ["stb", "stcrt", "trb", "gmb"])
def test_a_blad_identifier_with_a_letter(prefix: str) -> None:
    # OCR's l for 1 is read as the digit, as in "Stb. 2019, 12l"; another letter is unread.
    assert keys(f"zie {prefix}-2019-12l en") == [f"{prefix}-2019-121"]
    assert keys(f"zie {prefix}-2019-12a en") == []
    assert keys(f"zie https://zoek.officielebekendmakingen.nl/{prefix}-2019-12l.html") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stb-2019-12", ["stb-2019-12"]),
        ("stb-2019-12v1", ["stb-2019-12v1"]),
        ("trb-1994-A", ["trb-1994-A"]),
        ("stb-2021-250-n1", ["stb-2021-250-n1"]),
        ("kst-35300-12a", ["kst-35300-12a"]),
    ],
)
def test_koop_identifiers_stay_read(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


# ------------------------------------------------- a Kamerstuk identifier's damaged dossier
@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("kst-35 570-XV-4", "kst-35570-XV-4"),
        ("kst-3557O-XV-4", "kst-35570-XV-4"),
        ("kst-3l57O-4", "kst-31570-4"),
        ("kst-35 57O-12", "kst-35570-12"),
        ("KST-35 570-4", "kst-35570-4"),
    ],
)
@pytest.mark.parametrize(
    ("before", "after"),
    [("zie ", "."), ("(", ".html)"), ("zie https://zoek.officielebekendmakingen.nl/", ".html")],
)
def test_a_damaged_kamerstuk_identifier(
    written: str, expected: str, before: str, after: str
) -> None:
    text = f"{before}{written}{after}"
    matches = list(find(text))
    assert [m.citation.identifier for m in matches] == [expected]
    assert all(text[m.start : m.end] == m.text for m in matches)


@pytest.mark.parametrize(
    "text",
    ["zie kst-355 70-4", "zie kst-OOOOO-4", "zie kst-3lOlO-4", "zie kst-35 570", "kst-35 57a-4"],
)
def test_damaged_identifier_lookalikes(text: str) -> None:
    assert keys(text) == []


# ------------------------------------------------- "I I" for II on the head word's next line
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstukken\nI I 2019/20, 35 570 XV, nr. 4", "kst-35570-XV-4"),
        ("Kamerstukken\n  I I 2019/20, 35 570, nr. 4", "kst-35570-4"),
        ("Handelingen\nI I 2019/20, nr. 45, item 3", "h-tk-20192020-45-3"),
        ("Kamerstuk\nI I 2018/19, 35 000, nr. 2", "kst-35000-2"),
    ],
)
def test_a_split_chamber_on_the_next_line(text: str, expected: str) -> None:
    (match,) = find(text)
    assert (match.start, match.citation.identifier) == (0, expected)
    assert getattr(match.citation, "chamber", None) is not None


# ------------------------------------------------- the old notation: session, dossier, stuk
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zitting 1957-1958-5642: Nr. 607", ["kst-5642-607"]),
        ("zie Zitting 1957-1958 - 10 423: Nr. 7.", ["kst-10423-7"]),
        ("Zitting 1957-1958-5642, nr. 607", ["kst-5642-607"]),
        ("ZITTING 1961-1962-6712: NR. 4", ["kst-6712-4"]),
        ("Kamerstukken II, Zitting 1957-1958-5642: Nr. 607", ["kst-5642-607"]),
        ("zitting 1957-1958-5642: Nr. 3 en 4", ["kst-5642-3", "kst-5642-4"]),
    ],
)
def test_an_old_session_notation(text: str, expected: list[str]) -> None:
    matches = list(find(text))
    assert [m.citation.identifier for m in matches] == expected
    assert {str(getattr(m.citation, "vergaderjaar", None))[:4] for m in matches} == {_session(text)}


def _session(text: str) -> str:
    at = text.lower().index("zitting") + len("zitting ")
    return text[at : at + 4]


@pytest.mark.parametrize(
    "text", ["Zitting 1957-1958-5642", "Zitting 1957-1958: 5642", "35 300: Nr. 5 van de agenda"]
)
def test_old_session_lookalikes(text: str) -> None:
    assert keys(text) == []


# ------------------------------------------------- a zaak's bracket runs on past its number
@pytest.mark.parametrize(
    "rest",
    [", vragen van het lid X)", ", vragen van de leden X en Y)", ", ingezonden 1 maart 2021)",
     "; vragen van het lid X, nr. 3)", ", vragen van het lid X 35 570)"],
)  # fmt: skip
def test_a_zaak_bracket_reads_the_zaak_alone(rest: str) -> None:
    assert found(f"Kamervragen (2021Z05678{rest}") == [("2021Z05678", "2021Z05678")]


# ------------------------------------------------- "ter vervanging van nr. 6"
@pytest.mark.parametrize(
    ("between", "replaced", "expected"),
    [
        (" ter vervanging van ", "nr. 6", ["kst-35570-7", "kst-35570-6"]),
        (". Ter vervanging van ", "nr. 6", ["kst-35570-7", "kst-35570-6"]),
        ("; dit stuk komt ter vervanging van ", "nr. 6", ["kst-35570-7", "kst-35570-6"]),
        (", ter vervanging van de ", "nrs. 5 en 6", ["kst-35570-7", "kst-35570-5", "kst-35570-6"]),
        (". Dit stuk komt ter vervanging van de ", "nrs. 5 en 6", ["kst-35570-7", "kst-35570-5", "kst-35570-6"]),
    ],
)  # fmt: skip
def test_a_replaced_stuk(between: str, replaced: str, expected: list[str]) -> None:
    text = f"{KST}, nr. 7{between}{replaced}."
    assert [m.citation.identifier for m in find(text)] == expected
    assert any(m.text.endswith(replaced) for m in find(text))


@pytest.mark.parametrize(
    "text",
    ["Ter vervanging van nr. 6.", "Ter vervanging van de oude regeling.", f"{KST}. Ter vervanging van de heer X."],
)  # fmt: skip
def test_replacement_lookalikes(text: str) -> None:
    assert all(getattr(m.citation, "ondernummer", None) != "6" for m in find(text))
