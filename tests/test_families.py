"""find() on every notation family of real text (issue 9), each with lookalikes beside it.

The cases are written for these tests (not copied from ../shared): variations of each family as
writers write it, and the near misses that must stay prose. ``key`` names a document the way a
reader would check it: its KOOP identifier, or for a citation without one, its kind and fields.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kamerstuk import find, validate

from support import found, key, keys


# ---------------------------------------------------------------- 1. Handelingen formulas
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De voorzitter: Zij krijgt nr. 14 (36 410).", [("nr. 14 (36 410)", "kst-36410-14")]),
        ("Zij krijgt nr. 163 (30950).", [("nr. 163 (30950)", "kst-30950-163")]),
        ("Zij krijgt nr. 27, was nr. 19 (35 925).", [("nr. 27, was nr. 19 (35 925)", "kst-35925-27"), ("nr. 27, was nr. 19 (35 925)", "kst-35925-19")]),
        ("Zij krijgen nrs. 14 en 15 (36 410).", [("nrs. 14 en 15 (36 410)", "kst-36410-14"), ("nrs. 14 en 15 (36 410)", "kst-36410-15")]),
        ("de motie op stuk nr. 118 (21 501-20) is aangenomen", [("stuk nr. 118 (21 501-20)", "kst-21501-20-118")]),
        ("het amendement op stuk nr. 9, I (36 200) is verworpen", [("stuk nr. 9, I (36 200)", "kst-36200-9")]),
        ("het gewijzigde amendement op stuk nr. 24 (36 200-VII)", [("stuk nr. 24 (36 200-VII)", "kst-36200-VII-24")]),
        ("Zij krijgt nr. 8 (36 560 VIII).", [("nr. 8 (36 560 VIII)", "kst-36560-VIII-8")]),
        # Spaces of any width in the dossier, as the grammar reads them.
        ("Het amendement op nr.  19  (36  046) is", [("nr.  19  (36  046)", "kst-36046-19")]),
        ("Zij krijgt no.  4  (34  397).", [("no.  4  (34  397)", "kst-34397-4")]),
        ("Zij krijgt no. 105 ( 34 023 ).", [("no. 105 ( 34 023 )", "kst-34023-105")]),
        ("de motie-Van Dijk (35 570-XVI, nr. 41) over de zorg", [("35 570-XVI, nr. 41", "kst-35570-XVI-41")]),
    ],
)
def test_handelingen_formulas(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "artikel 3, nr. 14 (2019) van de regeling",
        "bijlage nr. 2 (1998)",
        "Zij krijgt nr. 14 (36 410 euro).",
        "punt nr. 4 (zie boven)",
        "het amendement (stuk nr. 12) is aangenomen",
    ],
)
def test_handelingen_formula_lookalikes(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- 2. Eerste Kamer letters
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de motie-Koffeman (35 300-VI, letter Y) over", [("35 300-VI, letter Y", "kst-35300-VI-Y")]),
        ("de motie (35788, letter D);", [("35788, letter D", "kst-35788-D")]),
        ("de motie (36 200 VII, letter F herdruk) is", [("36 200 VII, letter F herdruk", "kst-36200-VII-F-h1")]),
        ("zie Kamerstuk I 32 123 AB.", [("Kamerstuk I 32 123 AB", "kst-32123-AB")]),
        ("Kamerstukken I 2019/20, 35 300, letter M", [("Kamerstukken I 2019/20, 35 300, letter M", "kst-35300-M")]),
        ("het verslag (CXLII, letter D) van", [("CXLII, letter D", "kst-CXLII-D")]),
        ("Kamerstukken I 2012/13, CXXIV, G", [("Kamerstukken I 2012/13, CXXIV, G", "kst-CXXIV-G")]),
        ("de brief EK 34300 VII, E over", [("EK 34300 VII, E", "kst-34300-VII-E")]),
        ("stuk 35.526, BH van", [("35.526, BH", "kst-35526-BH")]),
        ("(35526 / 25295, CF)", [("35526 / 25295, CF", "kst-35526-CF")]),
        ("(35925 VII / 35925 IV, A)", [("35925 VII / 35925 IV, A", "kst-35925-VII-A")]),
        ("(35300, letter M, was letter B)", [("35300, letter M, was letter B", "kst-35300-M"), ("35300, letter M, was letter B", "kst-35300-B")]),
    ],
)
def test_eerste_kamer_letters(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, A was nog niet bekend",
        "hoofdstuk XII, letter a van de bijlage",
        "zie bijlage C, letter D",
        "Postbus 20018, 2500 AB Den Haag",
        "de letter D in het woord",
        "In MCMXC, letter B",
    ],
)
def test_letter_lookalikes(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- 3. Agenda and table lists
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wijziging van de Gemeentewet - 36 123\nBesluit: aangehouden", [("36 123", "kamerstuk:dossier=36123")]),
        ("Wijziging van de Gemeentewet – 36123 VII\n", [("36123 VII", "kamerstuk:dossier=36123,suffix=VII")]),
        ("Wijziging van de Wet op de zorgtoeslag (36 123)\n", [("36 123", "kamerstuk:dossier=36123")]),
        ("het voorstel van wet tot wijziging van de Kieswet (35 165) is", [("35 165", "kamerstuk:dossier=35165")]),
        ("de wetsvoorstellen 36 101, 36 102, 36 103 en 36 120", [("wetsvoorstellen 36 101", "kamerstuk:dossier=36101"), ("36 102", "kamerstuk:dossier=36102"), ("36 103", "kamerstuk:dossier=36103"), ("36 120", "kamerstuk:dossier=36120")]),
        ("| Onderwerp | Kamerstuk |\n| --- | --- |\n| Wet X | 36 123 |\n| Wet Y | 36 200-VII |\n", [("36 123", "kamerstuk:dossier=36123"), ("36 200-VII", "kamerstuk:dossier=36200,suffix=VII")]),
    ],
)
def test_agenda_decision_and_table_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# An agenda line's bill number after any dash and any spaces, emphasised or broken over a line.
@pytest.mark.parametrize(
    "text",
    [
        "Wijziging van de Gemeentewet \u2014 36 123\nVolgende",
        "Wijziging van de Gemeentewet \u2212 36 123\nVolgende",
        "Wijziging van de Gemeentewet -\u200936\u2009123\nVolgende",
        "Wijziging van de Gemeentewet -\u202f36\u202f123\nVolgende",
        "Wijziging van de Gemeentewet -  36  123\nVolgende",
        "Wijziging van de Gemeentewet - \n36  123\nvolgende",
        "Wijziging van de Gemeentewet **- 36 123**\nVolgende",
        "Wijziging van de Gemeentewet _\u2013 36 123_\nVolgende",
    ],
)
def test_agenda_lines_in_any_dash_and_spacing(text: str) -> None:
    assert keys(text) == ["kamerstuk:dossier=36123"]


def test_table_cells_with_ocr_letters() -> None:
    text = (
        "| Kamerstuk | Onderwerp |\n| --- | --- |\n| 36l23 | Wet X |\n| **3O 200** | Wet Y |\n"
        "| _3l 300_ | Wet Z |\n"
    )
    assert keys(text) == [
        "kamerstuk:dossier=36123", "kamerstuk:dossier=30200", "kamerstuk:dossier=31300"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # No title before the dash, a year, a code, a number glued to a word: left as they are.
        "- 36 l23\n",
        "Het huis - 2O19\n",
        "Code - 36l23x\n",
        "| Post | Bedrag |\n| --- | --- |\n| Huur | 36 l23 |\n",
        "| Kamerstuk | Onderwerp |\n| --- | --- |\n| A36l23 | Wet X |\n",
    ],
)
def test_ocr_agenda_and_cell_lookalikes(text: str) -> None:
    assert keys(text) == []


# KOOP's "Kenmerk" field of an older Handelingen item: its dossiers, each with its own span.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nummer 1\nKenmerk 21344, 21345, 21346, Blz. 1200 - 1250\nOrigineel", [("21344", "kamerstuk:dossier=21344"), ("21345", "kamerstuk:dossier=21345"), ("21346", "kamerstuk:dossier=21346")]),
        ("| Kenmerk | 21344, 21 345, blz. 12 |", [("21344", "kamerstuk:dossier=21344"), ("21 345", "kamerstuk:dossier=21345")]),
        ("Kenmerk: 21344, Blz. 7\n", [("21344", "kamerstuk:dossier=21344")]),
    ],
)
def test_koop_kenmerk_fields(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        # A letter's own reference: "Ons kenmerk", "Uw kenmerk", or no pages after the numbers.
        "Ons kenmerk 21344, 21345, blz. 3\n",
        "Ons Kenmerk 21344, 21345, Blz. 3\n",
        "Uw kenmerk\n21344, blz. 2",
        "Kenmerk: 21344\n",
        "Kenmerk 21344, 21345\n",
        "Kenmerk 2019-0000123456\n",
        "Kenmerk DGB/21344, blz. 2\n",
        "Het kenmerk 21344, blz. 2 staat erop",
        "Datum 3 mei 2019\nKenmerk 1234567-200345-PG\nPagina 1 van 3",
    ],
)
def test_kenmerk_lookalikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "het aantal meldingen (12 500) in 2023",
        "kosten (24 000 euro)",
        "Totaal - 12 500,00\n",
        "| Post | Bedrag |\n| --- | --- |\n| Huur | 36 123 |\n",
        "vergaderzaal - 2 300\n",
        "het aantal woningen (30 250) steeg",
    ],
)
def test_list_lookalikes(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- 4. PDF and OCR artefacts
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie ookAanhangsel Handelingen II, vergaderjaar 2022–2023, nr. 412", [("Aanhangsel Handelingen II, vergaderjaar 2022–2023, nr. 412", "ah-tk-20222023-412")]),
        ("Zie ookAanhangsel Handelingen, vergaderjaar 2022–2023, nr. 412", [("Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 412", "aanhangsel:vergaderjaar=2022-2023,number=412")]),
        ("de Aanhangsels Handelingen II 2019/20, nrs. 5 en 6", [("Aanhangsels Handelingen II 2019/20, nrs. 5 en 6", "ah-tk-20192020-5"), ("Aanhangsels Handelingen II 2019/20, nrs. 5 en 6", "ah-tk-20192020-6")]),
        ("Aanhangsel der Handelingen II, vergaderjaar 2006–2007, nr. 520", [("Aanhangsel der Handelingen II, vergaderjaar 2006–2007, nr. 520", "ah-tk-20062007-520")]),
        ("Kamerstukken II 2019/20,35 300,nr. 5", [("Kamerstukken II 2019/20,35 300,nr. 5", "kst-35300-5")]),
        ("Aanhang-\nsel Handelingen II 2019/20, nr. 5", [("Aanhang-\nsel Handelingen II 2019/20, nr. 5", "ah-tk-20192020-5")]),
        ("Kamer-\nstukken II 2019/20, 35 300, nr. 5", [("Kamer-\nstukken II 2019/20, 35 300, nr. 5", "kst-35300-5")]),
        ("Hande-\nlingen II 2019/20, nr. 45, item 6", [("Hande-\nlingen II 2019/20, nr. 45, item 6", "h-tk-20192020-45-6")]),
        ("4Kamerstukken II 2019/20, 35 300, nr. 5", [("Kamerstukken II 2019/20, 35 300, nr. 5", "kst-35300-5")]),
        ("12Aanhangsel Handelingen II 2019/20, nr. 5", [("Aanhangsel Handelingen II 2019/20, nr. 5", "ah-tk-20192020-5")]),
    ],
)
def test_pdf_and_ocr_artefacts(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "deHandelingen van de Kamer zijn openbaar",
        "deKamerstukken zijn openbaar",
    ],
)
def test_glued_head_words_alone_are_no_citation(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- 5. Older notations
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Handelingen II 1993/94, 23 490, nr. 7", [("Handelingen II 1993/94, 23 490, nr. 7", "kst-23490-7")]),
        ("Handelingen TK 1996–1997, 4211–4215", [("Handelingen TK 1996–1997, 4211–4215", "handelingen:chamber=II,vergaderjaar=1996-1997,page=4211-4215")]),
        ("Kamerstukken II, Zitting 1961-1962-6712, Nr. 4", [("Kamerstukken II, Zitting 1961-1962-6712, Nr. 4", "kst-6712-4")]),
        ("Kamerstukken I, 1971-1972, 11 201,11 202", [("Kamerstukken I, 1971-1972, 11 201", "kamerstuk:chamber=I,vergaderjaar=1971-1972,dossier=11201"), ("11 202", "kamerstuk:chamber=I,vergaderjaar=1971-1972,dossier=11202")]),
        ("Kamerstuk TK 30.800XIV, 7", [("Kamerstuk TK 30.800XIV, 7", "kst-30800-XIV-7")]),
        ("Kamerstukken II, 30 123 45", [("Kamerstukken II, 30 123 45", "kst-30123-45")]),
        ("Kamerstukken II 1992/93, 22 800 VIII 17", [("Kamerstukken II 1992/93, 22 800 VIII 17", "kst-22800-VIII-17")]),
    ],
)
def test_older_notations(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "Kamerstukken II 2019/20, 35 300, nr. 3 en kst-33694-20",
        "Kamerstukken I 2008/09, 31 700 VI, D jo. kst-31700-VI-E",
        "Kamerstukken II 2019/20, 35 300, nr. 3 en https://zoek.officielebekendmakingen.nl/kst-33694-20.html",
    ],
)
def test_identifier_in_a_list_is_whole(text: str) -> None:
    # An identifier names its document whole: it takes no chamber or vergaderjaar of the
    # Kamerstuk before it (kst-33694-20 is of 2013-2014), and reads as it reads alone.
    last = list(find(text))[-1]
    alone = list(find(last.text))
    assert [m.citation for m in alone] == [last.citation]
    assert getattr(last.citation, "chamber", "no chamber field") is None


@pytest.mark.parametrize(
    "text",
    [
        "Handelingen II 1993/94 en 23 490 andere",
        "in 30 123 45 gevallen",
    ],
)
def test_older_notation_lookalikes(text: str) -> None:
    # The vergaderjaar alone may be read; what follows it is no dossier or stuk.
    assert all("kst-" not in k for k in keys(text))


# ---------------------------------------------------------------- 6. Lists after a pinpoint
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstukken II 2019/20, 35 300, nr. 7, p. 3 en 4, en nr. 9", ["kst-35300-7", "kst-35300-9"]),
        ("Kamerstuk 35 300, nrs. 4 en 6, p. 3", ["kst-35300-4", "kst-35300-6"]),
        ("Kamerstukken II 2019/20, 35 300, nr. 7, p. 3, nr. 9, p. 5 en nr. 12", ["kst-35300-7", "kst-35300-9", "kst-35300-12"]),
        ("Handelingen II 2021/22, nr. 12, item 4 en nr. 14, item 7", ["h-tk-20212022-12-4", "h-tk-20212022-14-7"]),
        ("Handelingen II 2021/22, nr. 12, item 4, p. 3 en nr. 14, item 7", ["h-tk-20212022-12-4", "h-tk-20212022-14-7"]),
    ],
)
def test_lists_that_go_on_after_a_pinpoint(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
# fmt: on


# ---------------------------------------------------------------- 7. Compact Handelingen
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Handelingen II 2008/09, 31-2410", [("Handelingen II 2008/09, 31-2410", "handelingen:chamber=II,vergaderjaar=2008-2009,number=31,page=2410")]),
        ("Handelingen II 2019/20, 45-6-12", [("Handelingen II 2019/20, 45-6-12", "h-tk-20192020-45-6")]),
        ("Handelingen I 2014/15, 11-4", [("Handelingen I 2014/15, 11-4", "h-ek-20142015-11-4")]),
    ],
)
def test_compact_handelingen(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


def test_compact_handelingen_page_is_kept() -> None:
    [match] = find("Handelingen II 2019/20, 45-6-12")
    assert match.citation.to_dict()["page"] == "12"


# ---------------------------------------------------------------- 8. URLs
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zie https://zoek.officielebekendmakingen.nl/kst-35300-VIII-5.html.", [("https://zoek.officielebekendmakingen.nl/kst-35300-VIII-5.html", "kst-35300-VIII-5")]),
        ("(zoek.officielebekendmakingen.nl/kst-35300-VIII-5.pdf)", [("zoek.officielebekendmakingen.nl/kst-35300-VIII-5.pdf", "kst-35300-VIII-5")]),
        ("https://zoek.officielebekendmakingen.nl/h-tk-20192020-45-6/metadata.xml", [("https://zoek.officielebekendmakingen.nl/h-tk-20192020-45-6/metadata.xml", "h-tk-20192020-45-6")]),
        ("<https://zoek.officielebekendmakingen.nl/dossier/35300>", [("https://zoek.officielebekendmakingen.nl/dossier/35300", "kamerstuk:dossier=35300")]),
        ("https://zoek.officielebekendmakingen.nl/dossier/35300-VIII en", [("https://zoek.officielebekendmakingen.nl/dossier/35300-VIII", "kamerstuk:dossier=35300,suffix=VIII")]),
        ("https://repository.overheid.nl/frbr/officielepublicaties/kst/35842/kst-35842-4/1/pdf/kst-35842-4.pdf", [("https://repository.overheid.nl/frbr/officielepublicaties/kst/35842/kst-35842-4/1/pdf/kst-35842-4.pdf", "kst-35842-4")]),
        ("https://repository.overheid.nl/frbr/officielepublicaties/stb/2019/stb-2019-123/1/xml/stb-2019-123.xml", [("https://repository.overheid.nl/frbr/officielepublicaties/stb/2019/stb-2019-123/1/xml/stb-2019-123.xml", "stb-2019-123")]),
        ("http://officielebekendmakingen.nl/ah-tk-20192020-1234.html", [("http://officielebekendmakingen.nl/ah-tk-20192020-1234.html", "ah-tk-20192020-1234")]),
        ("https://zoek.officielebekendmakingen.nl/gmb-2021-123456.html", [("https://zoek.officielebekendmakingen.nl/gmb-2021-123456.html", "gmb-2021-123456")]),
        ("https://zoek.officielebekendmakingen.nl/kv-tk-2019Z12345.html", [("https://zoek.officielebekendmakingen.nl/kv-tk-2019Z12345.html", "kv-tk-2019Z12345")]),
        ("https://zoek.officielebekendmakingen.nl/trb-2008-175.html;", [("https://zoek.officielebekendmakingen.nl/trb-2008-175.html", "trb-2008-175")]),
    ],
)
def test_urls(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "https://zoek.officielebekendmakingen.nl/zoeken?q=kamerstuk",
        "https://www.officielebekendmakingen.nl/",
        "https://example.org/kst-35300-5.html",
    ],
)
def test_url_lookalikes(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- 9. Every KOOP kind
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gmb. 2021, 123456", "gmb-2021-123456"),
        ("Gemeenteblad 2021, 123456", "gmb-2021-123456"),
        ("Prb. 2020, 4321", "prb-2020-4321"),
        ("Provinciaal blad 2020, 4321", "prb-2020-4321"),
        ("Provinciaal Blad 2013, nr. 61", "prb-2013-61"),
        ("Provinciaal blad, 2015, 2060", "prb-2015-2060"),
        # Before 2013 each province numbered its own blad: no KOOP identifier.
        ("Provincieblad 2008, 60", "provinciaal_blad:number=60,year=2008"),
        ("Wsb. 2023, 7934", "wsb-2023-7934"),
        ("Waterschapsblad 2023, 7934", "wsb-2023-7934"),
        ("Bgr. 2024, 715", "bgr-2024-715"),
        ("Blad gemeenschappelijke regeling 2024, 715", "bgr-2024-715"),
        ("Stcrt. 2020/12345", "stcrt-2020-12345"),
        ("Staatsblad van het Koninkrijk der Nederlanden, jaargang 2019, nr. 123", "stb-2019-123"),
        ("Staatscourant van het Koninkrijk der Nederlanden, nr. 50211, 1 oktober 2020", "stcrt-2020-50211"),
        ("Staatscourant van het Koninkrijk, jaargang 2020, nr. 50211", "stcrt-2020-50211"),
        ("Staatscourant 2016, 54818", "stcrt-2016-54818"),
        ("Gemeenteblad 2016, nr. 9912", "gmb-2016-9912"),
    ],
)
def test_every_koop_kind(text: str, expected: str) -> None:
    assert keys(f"Zie {text}.") == [expected]
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "Staatsblad van het Koninkrijk der Nederlanden",
        "De Staatscourant van het Koninkrijk der Nederlanden verschijnt dagelijks",
        "Gemeenteblad van Alkmaar",
        "het Provinciaal blad van Utrecht",
        "de Staatscourant van vandaag",
    ],
)
def test_gazette_names_alone_are_no_citation(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- 10. Bladen in legislation
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stb. 1954/212", ["stb-1954-212"]),
        ("Stcrt. 2011/96", ["stcrt-2011-96"]),
        ("Trb. 1990/33", ["trb-1990-33"]),
        ("de Wet van 12 mei 1994, Stb. 331, is", ["stb-1994-331"]),
        ("het Besluit van 3 juni 2001, Stb. 250 en", ["stb-2001-250"]),
        ("bij Wet van 2 november 2006, Staatsblad 2006, 580", ["stb-2006-580"]),
        ("Stcrt. 14 april 2003, nr. 72", ["staatscourant:number=72,year=2003,date=2003-04-14"]),
        ("Stcrt. 1981, 96", ["staatscourant:number=96,year=1981"]),
        ("Staatsblad 2011, nummer 205, 318", ["stb-2011-205", "stb-2011-318"]),
        ("Stb. 2019, 1, 5", ["stb-2019-1", "stb-2019-5"]),
        ("Stb. 2019, 1-3", ["stb-2019-1", "stb-2019-2", "stb-2019-3"]),
        ("Kamerstuk 33783, nrs. 31, 35", ["kst-33783-31", "kst-33783-35"]),
        ("Kamerstukken 34 012-1/2/3", ["kst-34012-1", "kst-34012-2", "kst-34012-3"]),
        ("de brief 36 111-4\n- 9 mei 2023 verstuurd", ["kst-36111-4"]),
    ],
)
def test_bladen_as_legislation_writes_them(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "Wet van 12 mei 1994 over de Stb.",
        "op 12 mei 1994, Stb. en Stcrt.",
        "Verordening 1954/212 van de Raad",
    ],
)
def test_blad_lookalikes(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- Headings and page furniture
# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2019–2020\n\n35 300 VII Vaststelling van de begrotingsstaten\n\nNr. 113 BRIEF", [("35 300 VII", "kamerstuk:dossier=35300,suffix=VII")]),
        ("31 731 Integraal wetgevingsbeleid\n", [("31 731", "kamerstuk:dossier=31731")]),
        ("van 1 oktober 2024\n36 600\nC Vaststelling van de begrotingsstaat", [("36 600\nC", "kamerstuk:dossier=36600,suffix=C")]),
        ("34 158 (R2048) Voorstel van Rijkswet", [("34 158 (R2048)", "kamerstuk:dossier=34158,suffix=R2048")]),
        ("CXXIV Verslag van de Tijdelijke Commissie", [("CXXIV", "kamerstuk:dossier=CXXIV")]),
        ("1. 35300 VIII\nBegrotingsstaten Onderwijs\n2. 31288\nHoger Onderwijs", [("35300 VIII", "kamerstuk:dossier=35300,suffix=VIII"), ("31288", "kamerstuk:dossier=31288")]),
        ("Verslag van de vergadering van 22 februari 2022 (2021/2022 nr. 19)", [("2021/2022 nr. 19", "handelingen:vergaderjaar=2021-2022,number=19")]),
        ("Eerste Kamer\n(2012/2013 No. 8)\n", [("2012/2013 No. 8", "handelingen:vergaderjaar=2012-2013,number=8")]),
        ("Eerste Kamer\n(2012/2013 nummer 8)\n", [("2012/2013 nummer 8", "handelingen:vergaderjaar=2012-2013,number=8")]),
        ("12 Wetsontwerp 16905 (klassieke grondrechten)", [("Wetsontwerp 16905", "kamerstuk:dossier=16905")]),
        ("SportStaatscourant 2016, 54818Besluiten", [("Staatscourant 2016, 54818", "stcrt-2016-54818")]),
        ("- 35526/ 25295, CF (betrokken commissies", [("35526/ 25295, CF", "kst-35526-CF")]),
    ],
)
def test_headings_and_page_furniture(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "ongeveer\n20 000 mensen kregen een brief",
        "het budget van\n12 500 euro",
        "Totaal\n40 000 Nederlanders",
        "Artikel 1\n30123Wijziging",
        "In totaal kregen\n36.123 Nederlanders steun",
        "(2019/2020 nr. 5 en verder)",
    ],
)
def test_heading_lookalikes(text: str) -> None:
    assert found(text) == []


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ID: 34300-VII-60\n\nNr. 60 BRIEF VAN DE MINISTER", [("34300-VII-60", "kst-34300-VII-60")]),
        ("Kamerstukken II 2019/20, 35 300,\n\nnr. 5", [("Kamerstukken II 2019/20, 35 300", "kamerstuk:chamber=II,vergaderjaar=2019-2020,dossier=35300")]),
        ("Kamerstukken II 2019/20,\n35 300, nr. 5", [("Kamerstukken II 2019/20,\n35 300, nr. 5", "kst-35300-5")]),
        ("Kamerstukken II 2019/20, 35 300 \n \n nr. 5", [("Kamerstukken II 2019/20, 35 300", "kamerstuk:chamber=II,vergaderjaar=2019-2020,dossier=35300")]),
    ],
)
def test_a_blank_line_ends_a_citation(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
# fmt: on


# ---------------------------------------------------------------- 11. Back-references
def short(
    text: str, context: str | None = None
) -> list[tuple[str, str, str | None, bool, str | None]]:
    """(span, key, page, short_form, the antecedent's span) of every match."""
    return [
        (m.text, key(m.citation), m.citation.page, m.short_form, m.antecedent.text if m.antecedent else None)
        for m in find(text, context=context)
    ]  # fmt: skip


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstukken II 2019/20, 35 300, nr. 3, p. 5. Zie ook t.a.p., p. 7.", [("Kamerstukken II 2019/20, 35 300, nr. 3, p. 5", "kst-35300-3", "5", False, None), ("t.a.p., p. 7", "kst-35300-3", "7", True, "Kamerstukken II 2019/20, 35 300, nr. 3, p. 5")]),
        ("Stb. 2019, 123; ibid., p. 4.", [("Stb. 2019, 123", "stb-2019-123", None, False, None), ("ibid., p. 4", "stb-2019-123", "4", True, "Stb. 2019, 123")]),
        ("Handelingen II 2019/20, nr. 45, item 6, p. 3. Idem, p. 9.", [("Handelingen II 2019/20, nr. 45, item 6, p. 3", "h-tk-20192020-45-6", "3", False, None), ("Idem, p. 9", "h-tk-20192020-45-6", "9", True, "Handelingen II 2019/20, nr. 45, item 6, p. 3")]),
        ("Kamerstuk 35300, nr. 3, p. 2. Zo ook aldaar p. 8.", [("Kamerstuk 35300, nr. 3, p. 2", "kst-35300-3", "2", False, None), ("aldaar p. 8", "kst-35300-3", "8", True, "Kamerstuk 35300, nr. 3, p. 2")]),
        ("Kamerstuk 35300, nr. 3, p. 2 (aldaar).", [("Kamerstuk 35300, nr. 3, p. 2", "kst-35300-3", "2", False, None), ("aldaar", "kst-35300-3", "2", True, "Kamerstuk 35300, nr. 3, p. 2")]),
        ("Stb. 2019, 1 en Kamerstuk 35300, nr. 3. T.a.p.", [("Stb. 2019, 1", "stb-2019-1", None, False, None), ("Kamerstuk 35300, nr. 3", "kst-35300-3", None, False, None), ("T.a.p.", "kst-35300-3", None, True, "Kamerstuk 35300, nr. 3")]),
        ("Kamerstuk 35300, nr. 3. Zie ook nr. 12 van hetzelfde dossier.", [("Kamerstuk 35300, nr. 3", "kst-35300-3", None, False, None), ("nr. 12 van hetzelfde dossier", "kst-35300-12", None, True, "Kamerstuk 35300, nr. 3")]),
        ("Kamerstuk 35300 VII, nr. 3; Stb. 2019, 1. Het amendement (stuk nr. 12) is aangenomen.", [("Kamerstuk 35300 VII, nr. 3", "kst-35300-VII-3", None, False, None), ("Stb. 2019, 1", "stb-2019-1", None, False, None), ("stuk nr. 12", "kst-35300-VII-12", None, True, "Kamerstuk 35300 VII, nr. 3")]),
    ],
)
def test_back_references(text: str, expected: list[tuple[str, str, str | None, bool, str | None]]) -> None:
    assert short(text) == expected
# fmt: on


# fmt: off
@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("Het amendement (stuk nr. 12) is aangenomen.", "kst-36200-VII-3", [("stuk nr. 12", "kst-36200-VII-12", None, True, None)]),
        ("Zie nrs. 4 en 5 van dit wetsvoorstel.", "Kamerstukken II 2022/23, 36 200 VII, nr. 3", [("nrs. 4 en 5 van dit wetsvoorstel", "kst-36200-VII-4", None, True, None), ("nrs. 4 en 5 van dit wetsvoorstel", "kst-36200-VII-5", None, True, None)]),
        ("Kamerstuk 35300, nr. 3. Zie nr. 12 van dit wetsvoorstel.", "kst-36200-3", [("Kamerstuk 35300, nr. 3", "kst-35300-3", None, False, None), ("nr. 12 van dit wetsvoorstel", "kst-36200-12", None, True, None)]),
    ],
)
def test_back_references_to_the_document_being_read(text: str, context: str, expected: list[tuple[str, str, str | None, bool, str | None]]) -> None:
    assert short(text, context=context) == expected
# fmt: on


@pytest.mark.parametrize(
    "text",
    [
        "Zie t.a.p., p. 7.",
        "Ibid.",
        "Het amendement (stuk nr. 12) is aangenomen.",
        "nr. 12 van hetzelfde dossier",
        "Stb. 2019, 1. De mensen aldaar zijn blij.",
        "Stb. 2019, 1. Idem dito voor de rest.",
        "Stb. 2019, 1. Het stadhuis; aldaar vergaderde de raad.",
    ],
)
def test_short_forms_that_refer_to_nothing_are_left_out(text: str) -> None:
    assert [m for m in find(text) if m.short_form] == []


def test_a_context_must_name_a_kamerstuk() -> None:
    with pytest.raises(TypeError, match="Kamerstuk"):
        list(find("stuk nr. 12", context="Stb. 2019, 1"))


# fmt: off
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Gmb. 2021, 123456", []),
        ("Gmb. 2021, 999999", ["KS210"]),
        ("Prb. 2020, 4321", []),
        ("Provinciaal blad 2020, 999999", ["KS210"]),
        ("Wsb. 2023, 99999", ["KS210"]),
        ("Bgr. 2024, 715", []),
        ("Stcrt. 2003, 72", []),
        ("Stcrt. 2003, 900", ["KS210"]),
        ("Gmb. 2031, 12", ["KS204"]),
    ],
)
def test_the_checks_know_every_gazette(text: str, codes: list[str]) -> None:
    # The highest number of each gazette a year comes from the 5.5 million real identifiers.
    assert [p.code for p in validate(text, today=dt.date(2026, 11, 28), style=None)] == codes
# fmt: on
