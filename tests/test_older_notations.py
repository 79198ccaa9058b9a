"""find() on the older and scholarly notations of Kamerstukken, Handelingen and Aanhangsels
(issue 18.3) and the wrong answers of issue 19, each family with lookalikes beside it.

The cases are written for these tests. ``key`` (tests/support.py) is: the identifier,
or the kind and the fields that are set.
"""

from __future__ import annotations

import pytest

from kamerstuk import find, parse

from support import found, keys


# ---------------------------------------------------------------- Roman dossiers, read whole
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstukken I 2012/13, CXLII", ["kamerstuk:chamber=I,vergaderjaar=2012-2013,dossier=CXLII"]),
        ("Kamerstukken I 2012/13, CIV.", ["kamerstuk:chamber=I,vergaderjaar=2012-2013,dossier=CIV"]),
        ("Kamerstukken CXXIV A", ["kst-CXXIV-A"]),
        ("Zie Kamerstukken CXXIV, A.", ["kst-CXXIV-A"]),
        ("Kamerstukken I 2012/13, CXLII, letter D, p. 3", ["kst-CXLII-D"]),
        ("het verslag (LXXXIX, B) van", ["kst-LXXXIX-B"]),
        ("Eerste Kamer der Staten-Generaal, vergaderjaar 2012–2013, CXXIV, G", ["kst-CXXIV-G"]),
    ],
)
def test_roman_dossiers_are_read_whole(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    ["Koning Willem III, A", "In MCMXC, letter B", "een CD, B", "zie CXLII en verder", "CXXIV A"],
)
def test_roman_lookalikes(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- the line after a letter
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstukken I 2019/20, 35526, CF\n12 januari 2021", ["kst-35526-CF"]),
        ("Kamerstukken I 2019/20, 35526, CF\n123 leden", ["kst-35526-CF"]),
        ("Kamerstukken I 2019/20, 35526, CF 12", ["kst-35526-CF"]),
        # A Rijkswet number after a comma or a space is no letter R.
        ("wetsvoorstel 30 126, R 1790", ["kamerstuk:dossier=30126,suffix=R1790"]),
        ("wetsvoorstel 30 126 R 1790", ["kamerstuk:dossier=30126,suffix=R1790"]),
        ("wetsvoorstel 30 126 (R1790)", ["kamerstuk:dossier=30126,suffix=R1790"]),
        ("Kamerstukken I 2019/20, 30 126, R", ["kst-30126-R"]),
    ],
)
def test_a_letter_is_read_whatever_follows_it(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
# fmt: on


# ---------------------------------------------------------------- a repeated vergaderjaar
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie TK 1991-1992, 1991-1992, 22 443, nr. 3, p. 8.", [("TK 1991-1992, 1991-1992, 22 443, nr. 3, p. 8", "kst-22443-3")]),
        ("Kamerstukken II 1991/92, 1991-1992, 22 443, nr. 3", [("Kamerstukken II 1991/92, 1991-1992, 22 443, nr. 3", "kst-22443-3")]),
        ("zitting 1969-1970 - 10 423, nr. 4", [("zitting 1969-1970 - 10 423, nr. 4", "kst-10423-4")]),
        ("Zitting 1969–1970 – 10 423, nr. 4", [("Zitting 1969–1970 – 10 423, nr. 4", "kst-10423-4")]),
        ("Tweede Kamer, zitting 1969-1970 - 10 423, nr. 4", [("Tweede Kamer, zitting 1969-1970 - 10 423, nr. 4", "kst-10423-4")]),
        # Two different years: neither is a dossier; the dossier and its stuk are still read.
        ("TK 1991-1992, 1992-1993, 22 443, nr. 3", [("22 443, nr. 3", "kst-22443-3")]),
        # An old four-digit dossier and its stuk after a vergaderjaar stay one.
        ("Kamerstukken II 1950/51, 1999-20", [("Kamerstukken II 1950/51, 1999-20", "kst-1999-20")]),
        # A stuk without a comma at the end of a sentence; an amount is none.
        ("zie Kamerstukken II, 35477 108.", [("Kamerstukken II, 35477 108", "kst-35477-108")]),
        ("zie Kamerstukken II, 35477 3.000 euro", [("Kamerstukken II, 35477", "kamerstuk:chamber=II,dossier=35477")]),
    ],
)
def test_a_repeated_vergaderjaar(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


def test_a_repeated_vergaderjaar_keeps_the_year() -> None:
    citation = parse("TK 1991-1992, 1991-1992, 22 443, nr. 3, p. 8")
    assert (str(citation.vergaderjaar), citation.page) == ("1991-1992", "8")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    ["vergaderjaar 2019-2020, 35 300", "in de zitting 2019-2020 werden 12 000 stukken gelezen"],
)
def test_session_lookalikes(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- Handelingen and a dossier
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # From 1995-1996 on: the vergadering in which the dossier was debated.
        ("Handelingen II, vergaderjaar 2012-2013, 33 410, nr. 88, pag. 12", ["handelingen:chamber=II,vergaderjaar=2012-2013,number=88,page=12"]),
        ("Handelingen II 2012/13, 33 410, nr. 88, item 5", ["h-tk-20122013-88-5"]),
        ("Handelingen II 2012/13, 33 410, 88, p. 5", ["handelingen:chamber=II,vergaderjaar=2012-2013,number=88,page=5"]),
        ("Handelingen II 1995/96, 23 490, nr. 7", ["handelingen:chamber=II,vergaderjaar=1995-1996,number=7"]),
        # Before: a Kamerstuk printed in the Bijlagen.
        ("Handelingen II 1993/94, 23 490, nr. 7", ["kst-23490-7"]),
        ("Handelingen II 1994/95, 23 490, nr. 7", ["kst-23490-7"]),
        # A letter is an Eerste Kamer stuk, a dossier alone a dossier, in any year.
        ("Handelingen I 2012/13, 33 410, D", ["kst-33410-D"]),
        ("Handelingen II 2012/13, 33 410", ["kamerstuk:chamber=II,vergaderjaar=2012-2013,dossier=33410"]),
        # Without "nr.": the number after the vergaderjaar is the vergadering's.
        ("Handelingen II 2003/04, 57, p. 3704", ["handelingen:chamber=II,vergaderjaar=2003-2004,number=57,page=3704"]),
        ("Hand. I 2003-2004, 12, blz. 530-532", ["handelingen:chamber=I,vergaderjaar=2003-2004,number=12,page=530-532"]),
    ],
)
def test_handelingen_with_the_dossier_debated(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
# fmt: on


# ---------------------------------------------------------------- lists and joint stukken
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de stukken 32 145 en 29 383, nr. 17 zijn", [("32 145 en 29 383, nr. 17", "kst-32145-17")]),
        ("de brief 32 145 / 29 383, nr. 17 is", [("32 145 / 29 383, nr. 17", "kst-32145-17")]),
        # The first dossier written with a dot, the second without: still filed under the first
        # (the second alone, kst-29383-17, is another document).
        ("de brief 32.145 / 29383, nr. 17 is", [("32.145 / 29383, nr. 17", "kst-32145-17")]),
        ("de brief 32.145 / 29383 VIII, nr. 17 is", [("32.145 / 29383 VIII, nr. 17", "kst-32145-17")]),
        ("de brief 32.145 / 29383, CF is", [("32.145 / 29383, CF", "kst-32145-CF")]),
        ("Kamerstuk 32 145 en 29 383, nr. 17", [("Kamerstuk 32 145 en 29 383, nr. 17", "kst-32145-17")]),
        # A head word makes a comma join them too; without one it is a list.
        ("Kamerstuk 31728, 30914, nr. 5", [("Kamerstuk 31728, 30914, nr. 5", "kst-31728-5")]),
        ("Aan de orde: 30 126 (R 1790), 30 127, nr. 4, 30 128",
         [("30 126 (R 1790)", "kamerstuk:dossier=30126,suffix=R1790"), ("30 127, nr. 4", "kst-30127-4"), ("30 128", "kamerstuk:dossier=30128")]),
        ("de stukken 30 126 (R1790), 30 127 en 30 128",
         [("30 126 (R1790)", "kamerstuk:dossier=30126,suffix=R1790"), ("30 127", "kamerstuk:dossier=30127"), ("30 128", "kamerstuk:dossier=30128")]),
        ("de stukken 30 126, R 1790, 30 127 en 30 128",
         [("30 126, R 1790", "kamerstuk:dossier=30126,suffix=R1790"), ("30 127", "kamerstuk:dossier=30127"), ("30 128", "kamerstuk:dossier=30128")]),
        ("Kamerstukken II 1969/70, 10 140,10 141",
         [("Kamerstukken II 1969/70, 10 140", "kamerstuk:chamber=II,vergaderjaar=1969-1970,dossier=10140"), ("10 141", "kamerstuk:chamber=II,vergaderjaar=1969-1970,dossier=10141")]),
        ("de wetsvoorstellen 36 101,\n36 102 en\n36 120",
         [("wetsvoorstellen 36 101", "kamerstuk:dossier=36101"), ("36 102", "kamerstuk:dossier=36102"), ("36 120", "kamerstuk:dossier=36120")]),
    ],
)
def test_lists_of_stukken_and_joint_stukken(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "de bedragen 30 126, 30 127 en 30 128 euro",
        "Postbus 20018, 2500 EA Den Haag",
        "in 2019 en 2020, nr. 4 van de lijst",
        "R 1790 en R 1791",
        "tussen 12 000 en 13 000 mensen",
    ],
)
def test_list_lookalikes(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- agenda lines and headings
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voortgang Waddenfonds (29 684)\nVolgende punt", [("29 684", "kamerstuk:dossier=29684")]),
        ("- Voortgang Waddenfonds (29 684);\n- Stand van zaken (30 100)", [("29 684", "kamerstuk:dossier=29684"), ("30 100", "kamerstuk:dossier=30100")]),
        ("Wijziging van de Wet op de zorgtoeslag in verband met\nhet nieuwe stelsel (36 123) is", [("36 123", "kamerstuk:dossier=36123")]),
        ("Tekst van de vorige bladzijde.\n\f35 300 VII Vaststelling van de begrotingsstaten", [("35 300 VII", "kamerstuk:dossier=35300,suffix=VII")]),
        ("Tweede Kamer, vergaderjaar 2019–2020, 35 300 VII, nr. 5 3\n\nTekst", [("Tweede Kamer, vergaderjaar 2019–2020, 35 300 VII, nr. 5", "kst-35300-VII-5")]),
        ("wetsvoorstel 36 001) nr. 0 (36 410)", [("wetsvoorstel 36 001", "kamerstuk:dossier=36001")]),
        ("Kamerstukken 36001) nr. 0 (36 410)", [("Kamerstukken 36001", "kamerstuk:dossier=36001")]),
    ],
)
def test_agenda_lines_and_page_headings(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "Aantal inwoners (12 500)\n",
        "Totaal (12 500)\n",
        "Het bedrag is verhoogd (12 500).\n",
        "In 2019 waren er (12 500)\n",
        "Zie de tabel (12 500) hier",
        "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3",
    ],
)
def test_agenda_lookalikes(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- the year before the head
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vergaderjaar 2015-2016, aanhangsel Handelingen, nr. 702", ["aanhangsel:vergaderjaar=2015-2016,number=702"]),
        ("Tweede Kamer, vergaderjaar 2015-2016, Aanhangsel Handelingen, nr. 702", ["ah-tk-20152016-702"]),
        ("TK 2015-2016, Aanhangsel van de Handelingen, nr. 702, p. 3", ["ah-tk-20152016-702"]),
    ],
)
def test_the_vergaderjaar_before_the_head(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
# fmt: on


def test_every_family_reads_back() -> None:
    """The canonical text of each new reading is itself read as the same document."""
    texts = [
        "Kamerstukken I 2012/13, CXLII",
        "Kamerstukken CXXIV A",
        "Handelingen II, vergaderjaar 2012-2013, 33 410, nr. 88, pag. 12",
        "vergaderjaar 2015-2016, aanhangsel Handelingen, nr. 702",
        "wetsvoorstel 30 126 R 1790",
        "zitting 1969-1970 - 10 423, nr. 4",
    ]
    for text in texts:
        for match in find(text):
            assert parse(match.citation.format()) == match.citation


# ---------------------------------------------------------------- written questions before 2009
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het antwoord op de vragen van het lid X (nr. 2060702480) over", [("nr. 2060702480", "kv-2060702480")]),
        ("Kamervragen nr. 2989902130", [("Kamervragen nr. 2989902130", "kv-2989902130")]),
        ("(nr. 2080900300)", [("nr. 2080900300", "kv-2080900300")]),
    ],
)
def test_written_questions_before_2009(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "rekening nr. 2006070123",  # a year-first number: "0060" is no vergaderjaar
        "kenmerk nr. 2060902500",  # "0609" is no vergaderjaar either
        "nr. 20607024801",  # eleven digits
        "2060702480",  # without "nr.", ten digits are anything
        "telefoon nr. 0206070248",
    ],
)
def test_written_question_lookalikes(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- "nummer" and "No." for "nr."
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de motie op stuk nummer 1549 (21 501-07) is", [("stuk nummer 1549 (21 501-07)", "kst-21501-07-1549")]),
        ("de motie op stuk No. 81, I (28 141) is", [("stuk No. 81, I (28 141)", "kst-28141-81")]),
        ("Zij krijgt Nummer 14 (36 410).", [("Nummer 14 (36 410)", "kst-36410-14")]),
        ("zie 33 418, nummers 245 en 246.", [("33 418, nummers 245 en 246", "kst-33418-245"), ("33 418, nummers 245 en 246", "kst-33418-246")]),
        ("Kamerstuk 33 418, No. 245. Zie ook No. 173 van hetzelfde dossier.", [("Kamerstuk 33 418, No. 245", "kst-33418-245"), ("No. 173 van hetzelfde dossier", "kst-33418-173")]),
        ("32 145 en 29 383, nummer 17", [("32 145 en 29 383, nummer 17", "kst-32145-17")]),
    ],
)
def test_nummer_and_no_for_nr(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "telefoonnummer 0612345678",
        "het nummer 14 (zie boven)",
        "No. 5 in de hitlijst",
        "Huisnummer 12 000",
    ],
)
def test_nummer_lookalikes(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- dashes and dots as converters write them
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The minus sign U+2212 for a dash, in vergaderjaren, ranges and pages.
        ("Handelingen TK 1999\u22122000, 51-1875", ["handelingen:chamber=II,vergaderjaar=1999-2000,number=51,page=1875"]),
        ("Kamerstukken I 2024\u221225, 24.501, nrs. 36\u221237", ["kst-24501-36", "kst-24501-37"]),
        ("Aanh. Hand. Eerste Kamer 1996\u22121997, 815", ["ah-ek-19961997-815"]),
        # Abbreviated heads without their dots, before a chamber; "Aanh Hand", "Bijl Hand".
        ("Kst II 2019/20, 35 300, nr. 5", ["kst-35300-5"]),
        ("Hand TK 2019/20, nr. 45, item 6", ["h-tk-20192020-45-6"]),
        ("Aanh Hand Eerste Kamer 1996-1997, 815", ["ah-ek-19961997-815"]),
        ("Bijl Hand II 1978/79, 15 300, nr. 5", ["kst-15300-5"]),
        ("Eerste Kamer der Staten-Generaal\n(2012\u20132013 nr. 8)\n\nVerslag", ["handelingen:vergaderjaar=2012-2013,number=8"]),
    ],
)
def test_dashes_and_dots(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "Hand in hand 2019 gingen 12 mensen",
        "Kst 2019 nr. 5",
        "de temperatuur was \u22122019",
        "Hand II",
    ],
)
def test_dash_and_dot_lookalikes(text: str) -> None:
    assert found(text) == []


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zij krijgt no. 143, was no. 249 (23.285).", [("no. 143, was no. 249 (23.285)", "kst-23285-143"), ("no. 143, was no. 249 (23.285)", "kst-23285-249")]),
        ("de motie op stuk no. 81, I (28 141) is", [("stuk no. 81, I (28 141)", "kst-28141-81")]),
    ],
)
def test_the_formula_found_by_its_dossier(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text", ["Begroting (12.500)\n", "het bedrag (12.500) is", "no. 5 (12.500 euro)"]
)
def test_dotted_amounts_in_brackets(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- a misread chamber before a comma
@pytest.mark.parametrize(
    "text",
    ["Kamerstukken Il, 21 344 12", "kamerstukken ii, 21 344 12", "KAMERSTUKKEN ll, 21344 12"],
)
def test_a_misread_or_lower_case_chamber_before_a_dossier(text: str) -> None:
    assert keys(text) == ["kst-21344-12"]


@pytest.mark.parametrize(
    "text",
    ["Kamerstukken 2, 21 344 12", "de wetsvoorstellen i, ii en iii", "Kamerstukken ii, 12 mei"],
)
def test_a_chamber_lookalike_before_a_comma(text: str) -> None:
    assert not any(k.startswith("kst-21344") for k in keys(text))
