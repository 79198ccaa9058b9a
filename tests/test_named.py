"""A number without a head word is no dossier where the word before it names it otherwise
(kamerstuk.text.named): an article, a letter's own reference, a court's or another issuer's
number; and the words of parliament's own that keep it a dossier.

The strings are written for these tests."""

from __future__ import annotations

import pytest

from kamerstuk.text.named import named_otherwise

from support import keys


def _named(before: str) -> bool:
    return named_otherwise(before + "31066-4", len(before))


# fmt: off
@pytest.mark.parametrize(
    "before",
    [
        # articles, in any case, abbreviated, marked up, split, hyphenated, misread
        "artikel ", "Artikel ", "ARTIKEL ", "art. ", "Art ", "artt. ", "artikelen ",
        "*artikel* ", "_art._ ", "artikel\n", "arti kel ", "arti-\nkel ", "artlkel ", "artkel ",
        "artikel\u00b9\u00b2 ",
        # a letter's own reference
        "Ons kenmerk ", "uw kenmerk: ", "Ons  kenmcrk ", "Onze referentie ", "Ref. ",
        # words for another series' number, exact and as OCR damages them
        "rolnummer ", "Rolnr. ", "zaaknummer ", "parketnummer ", "Projectnummer ",
        "projectnummcr ", "Projectnumer ", "Meldings nummer ", "BSN-nummer ", "KvK-nr. ",
        "telefoonnummer ", "Besluitur. ", "postbus ",
        # a document of another issuer before "nr." (and "nr." as OCR misreads it)
        "Circulaire nr. ", "Raadsvoorstel nr. ", "besluit nummer ", "Aanwijzing\nno. ",
        "Collegebesluit mr. ", "zaak nr. ", "Vergunning nr, ",
    ],
)
def test_words_that_name_a_number_otherwise(before: str) -> None:
    assert _named(before)


@pytest.mark.parametrize(
    "before",
    [
        "", "Zie ", "de motie ", "motie nr. ", "Kamerstuk ", "kamerstuk nummer ", "(",
        "motie-Klaver (", "ID: ", "Volgnummer ", "dossiernummer ", "Kamerstuknummer ",
        "KAME RSTUKNUMMER ", "het stuk nr. ", "zie nr. ", "Wetsvoorstel ", "Bijlage ",
        # a bare "Kenmerk" is KOOP's field of dossiers (docs/citations.md, "Not read (yet)")
        "Kenmerk ", "Kenmerk: ",
        # after a comma or a year the word before is another element's
        "Kamerstukken II 2019/20, ", "artikel 3, ", "vergaderjaar 2019-2020 - ",
        # words that only look like one of them
        "kamer ", "arts ", "partikel ", "order van ",
    ],
)
def test_words_that_leave_a_dossier(before: str) -> None:
    assert not _named(before)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie artikel 12345-13 van de regeling.", []),
        ("Zie Artikel 25 119, nr. 4 daarover.", []),
        ("Ons kenmerk 21344-12 van 3 mei.", []),
        ("Rolnummer 31225-14, zitting van 3 mei.", []),
        ("Circulaire nr. 31066-4 van de minister.", []),
        ("(PROJECTNUMMER 25519-92)", []),
        # the same numbers cited as parliament's: read
        ("Zie Kamerstuk 12345-13 van de regeling.", ["kst-12345-13"]),
        ("Zie de motie 31066-4 en artikel 3.", ["kst-31066-4"]),
        ("Volgnummer 31066-4", ["kst-31066-4"]),
        ("Kamerstuk nummer 31066-4", ["kst-31066-4"]),
        ("artikel 3 (Kamerstukken II 2019/20, 35 300, nr. 5)", ["kst-35300-5"]),
    ],
)
def test_find_reads_the_word_before(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
# fmt: on


# fmt: off
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count ends a line of a table as a bill's number ends an agenda line
        ("Overzicht\nTotaal aantal woningen - 25 300\n", []),
        ("Overzicht\nTotaal huishoudcns \u2013 31 066\n", []),
        ("Overzicht\nHuishoudcns (31 066)\n", []),
        ("Overzicht\nAANTAL INWO-\nNERS (31 066)\n", []),
        ("Overzicht\n_Aantal leerlingen_ - 31 066\n", []),
        # a bill's title keeps its number, a count's word in it or not
        ("Agenda\nWijziging van de Kieswet in verband met het aantal leden - 36 123\n",
         ["kamerstuk:dossier=36123"]),
        ("Agenda\nVoortgang Waddenfonds - 29 684\n", ["kamerstuk:dossier=29684"]),
        ("Agenda\nCompensatie gedupeerde studenten - 35 788\n", ["kamerstuk:dossier=35788"]),
        ("Agenda\nVoortgang Waddenfonds (29 684)\n", ["kamerstuk:dossier=29684"]),
    ],
)
def test_counts_that_end_a_line(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
# fmt: on
