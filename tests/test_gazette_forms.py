"""The ways legislation, municipal and provincial texts, court rulings and web pages write the
gazettes (bladen), generated: every blad's head words x the orders of year and number x the
words for "nr." x the sentences they stand in; and the lookalikes beside them that stay unread
(docs/citations.md, "The gazettes as they are written").
"""

from __future__ import annotations

import itertools

import pytest

import kamerstuk
from kamerstuk.model.bladen import Gemeenteblad
from kamerstuk.model.citations import Kamerstuk

# Each blad's head words as text writes them: abbreviated, in full, in lower case and capitals,
# with its issuer inside.
HEADS = {
    "stb": ("Stb.", "Staatsblad", "stb.", "Stbl.", "STAATSBLAD", "Stb",
            "Staatsblad van het Koninkrijk der Nederlanden"),
    "stcrt": ("Stcrt.", "Staatscourant", "stcrt.", "Stct.", "STAATSCOURANT", "stcrt",
              "staatscourant", "STCRT.", "St.crt.", "St. crt.", "St.ct.", "st.crt.", "ST.CRT."),
    "trb": ("Trb.", "Tractatenblad", "trb.", "TRACTATENBLAD"),
    "prb": ("Provinciaal blad", "Prb.", "provinciaal blad", "Provinciaal blad van Gelderland",
            "Provinciaal blad van de provincie Gelderland", "Provinciaal Blad Noord-Holland",
            "Prov. blad", "Provincieblad"),
    "gmb": ("Gemeenteblad", "Gmb.", "gemeenteblad", "Gemeenteblad van Utrecht",
            "Gemeenteblad gemeente Breda", "Gemeenteblad van de gemeente 's-Hertogenbosch",
            "GEMEENTEBLAD", "Gemeenteblad Utrecht", "gmb"),
    "wsb": ("Waterschapsblad", "Wsb.", "waterschapsblad",
            "Waterschapsblad van Waterschap Rivierenland",
            "Waterschapsblad van het Hoogheemraadschap van Delfland"),
    "bgr": ("Blad gemeenschappelijke regeling", "Bgr.", "blad gemeenschappelijke regeling",
            "Blad gemeenschappelijke regeling van de GGD Utrecht"),
}  # fmt: skip
# A number of the digits each blad's numbers have.
NUMBERS = {"stb": "123", "stcrt": "12345", "trb": "45", "prb": "4567", "gmb": "123456",
           "wsb": "1234", "bgr": "456"}  # fmt: skip
# The orders of year and number, the words for "nr.", the date and pinpoint after them.
FORMS = (
    "{h} {y}, {n}", "{h} {y}, nr. {n}", "{h} {y} nr. {n}", "{h} {y}, nummer {n}",
    "{h} {y}, no. {n}", "{h} {y} {n}", "{h}, {y}, nr. {n}", "{h} {y}/{n}", "{h} {y}-{n}",
    "{h}, {y}-{n}", "{h} nr. {n}, {y}", "{h} nr. {n} van {y}", "{h} {n} van {y}",
    "{h} nr. {n} ({y})", "{h} {n} ({y})", "{h} nr. {y}/{n}", "{h} van {y}, nr. {n}",
    "{h} {y}, nr {n}", "{h} {y}, Nr. {n}", "{h} {y}, {n}, 3 mei {y}",
    "{h} {y}, nr. {n} van 3 mei {y}", "{h} van 3 mei {y}, nr. {n}", "{h} {y}, nr. {n}, p. 3",
    "{h}, nr. {n}, {y}",
)  # fmt: skip
# The sentences of legislation, rulings and footnotes they stand in.
SENTENCES = (
    "Zie {c}.",
    "({c})",
    "bekendgemaakt in het {c} en in werking getreden",
    "laatstelijk gewijzigd bij besluit van 12 mei 2019 ({c}).",
    "1 {c}.",
    "het besluit ({c}), zoals gewijzigd",
)


def _identifiers(text: str) -> list[str | None]:
    return [m.citation.identifier for m in kamerstuk.find(text)]


@pytest.mark.parametrize(("kind", "head"), [(k, h) for k, hs in HEADS.items() for h in hs])
def test_every_head_in_every_order(kind: str, head: str) -> None:
    want = f"{kind}-2019-{NUMBERS[kind]}"
    missed = [
        text
        for form in FORMS
        if (text := f"Zie {form.format(h=head, y='2019', n=NUMBERS[kind])}.")
        and _identifiers(text) != [want]
    ]
    assert missed == []


@pytest.mark.parametrize(("form", "sentence"), list(itertools.product(FORMS, SENTENCES)))
def test_every_order_in_every_sentence(form: str, sentence: str) -> None:
    for kind, head in (("stb", "Stb."), ("gmb", "Gemeenteblad van Utrecht")):
        text = sentence.format(c=form.format(h=head, y="2019", n=NUMBERS[kind]))
        assert _identifiers(text) == [f"{kind}-2019-{NUMBERS[kind]}"], text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # OCR's 1, 0 or I for a letter in a short word of a head of several.
        ("Zie Provinciaal b1ad 2019, 4567.", ["prb-2019-4567"]),
        ("Zie Provinciaal bIad 2019, 4567.", ["prb-2019-4567"]),
        ("Zie Provinciaa1 blad 2019, 4567.", ["prb-2019-4567"]),
        ("Zie B1ad gemeenschappelijke regeling 2019, 456.", ["bgr-2019-456"]),
        ("Zie Blad gemeenschappelijke rege1ing 2019, 456.", ["bgr-2019-456"]),
        ("Zie Gemeenteb1ad 2019, 4567.", ["gmb-2019-4567"]),
        # The act's date before the gazette and "nr." with the year (it read stb-2019-2019).
        ("bij besluit van 12 mei 2019 (Stb. nr. 2019/123)", ["stb-2019-123"]),
        ("Wet van 12 mei 2019, Stb. nr. 2019/123", ["stb-2019-123"]),
        # Lists and ranges keep their reading.
        ("Stb. 2019, 123 en 124", ["stb-2019-123", "stb-2019-124"]),
        ("Stb. 2019, 123-125", ["stb-2019-123", "stb-2019-124", "stb-2019-125"]),
        ("Gmb. 2021-123456 en 2021-123457", ["gmb-2021-123456", "gmb-2021-123457"]),
        ("Trb. 2019-45", ["trb-2019-45"]),
        ("Trb. 2019-5", ["trb-2019-5"]),
        # The year and number in brackets after the head word, or the number after its date.
        ("Het Gemeenteblad (2019, nr. 123456)", ["gmb-2019-123456"]),
        ("in het Provinciaal blad (nr. 4567, 2019)", ["prb-2019-4567"]),
        ("Staatscourant (2019, 12345 en 12346)", ["stcrt-2019-12345", "stcrt-2019-12346"]),
        ("in het Gemeenteblad van 3 mei 2019 (nr. 123456)", ["gmb-2019-123456"]),
    ],
)
def test_damaged_and_listed(text: str, want: list[str]) -> None:
    assert _identifiers(text) == want


# The classes redteam7 found in municipal, provincial and legislative text (my own sentences).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A line break inside a head of two words.
        ("Zie Provinciaal\nblad 2017, 4521.", ["prb-2017-4521"]),
        ("Zie Blad\ngemeenschappelijke regeling 2022, 345.", ["bgr-2022-345"]),
        ("Zie Prov.\nblad 2019, 1234.", ["prb-2019-1234"]),
        # Other spellings: glued, shortened, the title without its end, the year in brackets.
        ("Zie Provinciaalblad 2019, 4567.", ["prb-2019-4567"]),
        ("Zie Trbl. 2019, 45.", ["trb-2019-45"]),
        ("Zie Stcr. 2019, 12345.", ["stcrt-2019-12345"]),
        ("Zie Tractatenblad van het Koninkrijk 2019 nr. 45.", ["trb-2019-45"]),
        ("Zie Staatscourant (2019), 12345.", ["stcrt-2019-12345"]),
        ("Zie Stb. (2019) 123.", ["stb-2019-123"]),
        # The year from a date before the number.
        ("het Gemeenteblad van 3 februari 2021 (nr. 34567)", ["gmb-2021-34567"]),
        ("in het Provinciaal Blad van 12 december 2020 (nr. 7151)", ["prb-2020-7151"]),
        ("Gemeenteblad van Utrecht, 17 december 2019, nr. 123456", ["gmb-2019-123456"]),
        ("in het Gemeenteblad van Utrecht (2019, nr. 123456)", ["gmb-2019-123456"]),
        # A blad's own first page.
        (
            "GEMEENTEBLAD\nOfficiële uitgave van de gemeente Amersfoort\nNr. 112233\n14 april 2022",
            ["gmb-2022-112233"],
        ),
        (
            "STAATSCOURANT\nOfficiële uitgave van het Koninkrijk der Nederlanden sinds 1814.\n"
            "Nr. 12345\n3 maart 2020",
            ["stcrt-2020-12345"],
        ),
        # A number in groups of three (it read stcrt-2019-12), and a list of them.
        ("Stcrt. 2019, 12 345", ["stcrt-2019-12345"]),
        ("Gemeenteblad 2019, 123.456", ["gmb-2019-123456"]),
        ("Stcrt. 2019, 12 345 en 12 346", ["stcrt-2019-12345", "stcrt-2019-12346"]),
        ("Stcrt. 2019, 12 345 en 35 300, nr. 5", ["stcrt-2019-12345", "kst-35300-5"]),
        # OCR's letters in the blad's short last word; one slip there stays OCR's.
        ("Gemeentebiad 2019, 1234", ["gmb-2019-1234"]),
        ("Gemcenteblad 2019, 1234", ["gmb-2019-1234"]),
    ],
)
def test_redteam_classes(text: str, want: list[str]) -> None:
    assert _identifiers(text) == want


_ZOEK = "https://zoek.officielebekendmakingen.nl"
_REPO = "https://repository.overheid.nl/frbr/officielepublicaties"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (f"{_ZOEK}/stcrt-2019-12345/", "stcrt-2019-12345"),
        (f"Zie {_ZOEK}/stb-2019-123/.", "stb-2019-123"),
        (f"{_ZOEK}/stb-2019-123.htm", "stb-2019-123"),
        (f"{_ZOEK}/stcrt-2019-12345-n1.html", "stcrt-2019-12345-n1"),
        (f"{_ZOEK}/stcrt-2019-12345.html?resultIndex=3", "stcrt-2019-12345"),
        (f"{_ZOEK}/stcrt-2019-12345.html#d17e1", "stcrt-2019-12345"),
        (f"{_ZOEK}/dossier/kst-29665-385.html", "kst-29665-385"),
        ("www.officielebekendmakingen.nl/gmb-2023-174296.html", "gmb-2023-174296"),
        (f"{_REPO}/stb/2019/stb-2019-123/1/metadata/metadata.xml", "stb-2019-123"),
        (f"{_REPO}/stb/2019/stb-2019-123/1/metadataowms/metadata_owms.xml", "stb-2019-123"),
        (f"{_REPO}/stb/2019/stb-2019-123/1/", "stb-2019-123"),
        (f"{_REPO}/stb/2019/stb-2019-123", "stb-2019-123"),
        (f"({_REPO}/prb/2017/prb-2017-1003/)", "prb-2017-1003"),
        (f"{_REPO}/h-tk/20242025/h-tk-20242025-42-4/1/html/h-tk-20242025-42-4.html",
         "h-tk-20242025-42-4"),
        ("STB-2019-123", "stb-2019-123"),
        ("gmb 2021-123456", "gmb-2021-123456"),
    ],
)  # fmt: skip
def test_links_and_identifiers(text: str, want: str) -> None:
    assert _identifiers(text) == [want]


def test_a_section_before_the_year() -> None:
    (found,) = kamerstuk.find("Gemeenteblad Amsterdam, afd. 3A, 2019, nr. 12")
    blad = found.citation
    assert isinstance(blad, Gemeenteblad)
    assert (blad.year, blad.number, blad.afdeling, blad.issuer) == (2019, "12", "3A", "Amsterdam")


def test_a_dossier_page_with_a_slash() -> None:
    (found,) = kamerstuk.find(f"{_ZOEK}/dossier/35300/")
    assert isinstance(found.citation, Kamerstuk)
    assert str(found.citation.dossier) == "35300"


@pytest.mark.parametrize(
    "text",
    [
        "Zie artikel 2019, lid 3.",
        "Besluit van 2019, nr. WJZ/19123456.",
        "ECLI:NL:HR:2019:123",
        "NJ 2019/123",
        "AB 2019/45",
        "JB 2019/123",
        "Het bedrag was 2019-12345 euro.",
        "Bel 020-1234567.",
        "Zaaknummer 2019/12345.",
        "raadsbesluit nr. 2019/12345",
        "Ons kenmerk 2019-12345.",
        "De periode 2019-2021.",
        # A span of years after a head word: a vergaderjaar's form, no number.
        "Staatsblad 2019-2020.",
        "Staatsblad 2019-20.",
        "Gmb. 2020-21.",
        "Zie Staatscourant 2019-10-03.",
        "Staatscourant 2019-12345-12346",
        "het Gemeenteblad nr. 2019, 5 mei.",
        "Gemeenteblad (2019)",
        "het Gemeenteblad (zie 2019, nr. 5)",
        "Staatscourant (nr. 12345)",
        "Gemeenteblad van 3 mei 2019 (123456)",
        "Gemeente Utrecht, 2019, nr. 123.",
        "De stcrt-redactie in 2019 had 12345 abonnees.",
        "weblad gemeenschappelijke regeling 2019 nr. 45",
        "St. Petersburg 1990, 123",
        "Zie St.rt. 1990, 123",
        f"{_ZOEK}/zoeken/resultaat/?zkt=Uitgebreid",
        "https://example.nl/stb-2019-123/",
        f"{_ZOEK}/stb-2019-123/foo/bar",
        # Words made of a blad's first part and another word (it read them as the blad).
        "besluit van de gemeenteraad 2019, nr. 45",
        "de gemeenteraad 2019, 123 stemmen",
        "Gemeentestad 2019, nr. 45",
        "provincieraad 2019, nr. 45",
        "gemeenteblog 2019, 1234",
        # A count after a number in groups of three.
        "Staatscourant 2019, 15 500 woningen",
        "Gemeenteblad Utrecht nr. 123456",
        "raadsbesluit van 3 maart 2020, nr. 2020/12345",
        "Officiële uitgave van de gemeente Amersfoort\nNr. 112233\n14 april 2022",
    ],
)
def test_lookalikes_stay_unread(text: str) -> None:
    assert _identifiers(text) == []
