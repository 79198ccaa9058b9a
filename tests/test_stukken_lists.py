"""The lists of stukken the Handelingen print (round 7b): a stuk's former number after its
dossier and stuk, the Handelingen formula's ranges, chapter, joint dossier and former numbers,
and a bill's bracketed number after a title that opens with another word than "Wijziging".

Each form in several spellings of my own, damaged and not, and beside them the lookalikes
that must stay unread (amounts, years, phone numbers, article numbers in brackets).
"""

from __future__ import annotations

import pytest

import kamerstuk


def _read(text: str) -> list[str]:
    """What find() reads in ``text``: identifiers, or the dossier of a dossier-level read."""
    out = []
    for match in kamerstuk.find(text):
        citation = match.citation
        out.append(citation.identifier or f"dossier {citation.to_dict().get('dossier')}")
    return out


# A stuk that replaces or renumbers another, after its dossier and stuk (K6).
FORMER = [
    ("(25 295, nr. 1021, was nr. 1005)", ["kst-25295-1021", "kst-25295-1005"]),
    ("(25 295, nr. 1021 (was nr. 1005))", ["kst-25295-1021", "kst-25295-1005"]),
    ("Kamerstuk 25 295, nr. 1021, was nr. 1005", ["kst-25295-1021", "kst-25295-1005"]),
    ("(25 295, nr. 1021, ter vervanging van nr. 1005)", ["kst-25295-1021", "kst-25295-1005"]),
    ("- de motie-Jansen (27 925 nr. 701, was nr. 690);", ["kst-27925-701", "kst-27925-690"]),
    ("motie-De Boer (36 200 VII nr. 18 (was nr. 12));", ["kst-36200-VII-18", "kst-36200-VII-12"]),
    (
        "- de motie-Smit/Bakker (35 300-V, nr. 45, was nr. 30);",
        ["kst-35300-V-45", "kst-35300-V-30"],
    ),
    ("(33 750 VI, nr. 12,\nwas nr. 9)", ["kst-33750-VI-12", "kst-33750-VI-9"]),
    ("(33 750 VI, nr. 12 ( was nr. 9 ))", ["kst-33750-VI-12", "kst-33750-VI-9"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 5 (was nr. 4), p. 3", ["kst-35300-5", "kst-35300-4"]),
    (
        "(34 775 VII, nr. 20, was nrs. 14 en 15)",
        ["kst-34775-VII-20", "kst-34775-VII-14", "kst-34775-VII-15"],
    ),
]

# The Handelingen formula, the stuk before its dossier, in the variants of K12.
FORMULA = [
    (
        "Zij krijgen nrs. 14 tot en met 16 (36 410).",
        ["kst-36410-14", "kst-36410-15", "kst-36410-16"],
    ),
    (
        "Zij krijgen nrs. 45 t/m 47 (35 300-VIII).",
        ["kst-35300-VIII-45", "kst-35300-VIII-46", "kst-35300-VIII-47"],
    ),
    ("Zij krijgen de nrs. 8 tot en met 9 (33 750 VI).", ["kst-33750-VI-8", "kst-33750-VI-9"]),
    ("Zij krijgen nrs. 8 T/M 9 (33 750).", ["kst-33750-8", "kst-33750-9"]),
    ("Zij krijgt nr. 14 (36 410, VII).", ["kst-36410-VII-14"]),
    ("Zij krijgt nr. 7 (35 300,IXB).", ["kst-35300-IXB-7"]),
    ("Zij krijgt nr. 14 (36 410 / 29 544).", ["kst-36410-14"]),
    ("Zij krijgt nr. 3 (31728 / 30914).", ["kst-31728-3"]),
    (
        "Zij krijgen de nrs. 45 en 46 (35 300 VIII), was nrs. 40 en 41.",
        ["kst-35300-VIII-45", "kst-35300-VIII-46", "kst-35300-VIII-40", "kst-35300-VIII-41"],
    ),
    ("Zij krijgt nr. 12 (34 567), was nr. 9.", ["kst-34567-12", "kst-34567-9"]),
]

# A bill's number in brackets after a title that opens otherwise than "Wijziging" (matrix7's
# class 1): at the start of a line, a list item, a sentence, or after "wetsvoorstel".
TITLES = [
    ("Regels over de bescherming van persoonsgegevens (24 191) is aangenomen.", ["dossier 24191"]),
    (
        "Vaststelling van de begrotingsstaten van het Ministerie van OCW (35 300) is aangenomen.",
        ["dossier 35300"],
    ),
    ("Intrekking van de Wet op de lijkbezorging (34 567) wordt aangenomen.", ["dossier 34567"]),
    (
        "Aan de orde is het wetsvoorstel Herindeling van de gemeenten Haaren en Oisterwijk (35 015).",
        ["dossier 35015"],
    ),
    ("- Tijdelijke regels ter bestrijding van besmettingen (35 526);", ["dossier 35526"]),
    (
        "Stemmingen. Regels inzake het beheer van archieven (36 001) wordt aangenomen.",
        ["dossier 36001"],
    ),
    ("1. Invoering van een register voor lobbyisten (35 780)", ["dossier 35780"]),
]

# A register of stukken under their dossier (K25): one stuk a line, each of the dossier named
# by the heading or head word above the lines.
REGISTER = [
    (
        "33 750 VI Vaststelling van de begrotingsstaten van Justitie\nnr. 12 Motie van het lid Aa\n"
        "nr. 13 Motie van het lid Bos",
        ["dossier 33750", "kst-33750-VI-12", "kst-33750-VI-13"],
    ),
    (
        "34 104-X Begroting Defensie\n- nr. 7 motie-Aa (aangenomen)\n- nr. 8 motie-Bos (verworpen)",
        ["dossier 34104", "kst-34104-X-7", "kst-34104-X-8"],
    ),
    (
        "Kamerstuk 31 066\nnr. 201 Brief van de staatssecretaris\nnr. 202 Verslag van een overleg",
        ["kst-31066-201", "kst-31066-202"],
    ),
    (
        "36 200 VII Begroting BZK 2023\n\n\u2022 nr. 18 Amendement van het lid Cees\n\n"
        "\u2022 nr. 19 Motie van het lid Dirks",
        ["dossier 36200", "kst-36200-VII-18", "kst-36200-VII-19"],
    ),
    (
        "Wetsvoorstel 35 925\nnr. 3 Memorie van toelichting\nnr. 4 Advies Raad van State",
        ["kst-35925-3", "kst-35925-4"],
    ),
    (
        "1. 35 570 XV Begroting SZW\nnr. 40 Motie van het lid Eerdmans",
        ["dossier 35570", "kst-35570-XV-40"],
    ),
]

# Later items of a list of moties or amendments that give only the stuk (K15).
LISTED = [
    (
        "- de motie-Aa over lonen (35 300, nr. 30);\n- de motie-Bos over huur (nr. 31);",
        ["kst-35300-30", "kst-35300-31"],
    ),
    (
        "- de motie-Aa (35 300, nr. 30) en de motie-Bos (idem, nr. 31);",
        ["kst-35300-30", "kst-35300-31"],
    ),
    (
        "- het amendement-Aa (36 200 VII nr. 18);\n- het amendement-Bos (nr. 19);\n"
        "- het amendement-Cees (nr. 20);",
        ["kst-36200-VII-18", "kst-36200-VII-19", "kst-36200-VII-20"],
    ),
    ("de motie-Aa (34 775, nr. 3) en de motie-Bos ( nr. 4 )", ["kst-34775-3", "kst-34775-4"]),
    # "stukken nrs.": the plural of "stuk nr.", a stuk of the dossier being cited.
    (
        "Bij de begroting Defensie (34 104 X) zijn de moties op stukken nrs. 7 en 8 aangenomen.",
        ["dossier 34104", "kst-34104-X-7", "kst-34104-X-8"],
    ),
    (
        "Kamerstukken II 2019/20, 35 300, nr. 3. De stukken nrs. 4 en 5 volgden.",
        ["kst-35300-3", "kst-35300-4", "kst-35300-5"],
    ),
    # A bracket after no motie or amendment, or a list that names no dossier first: unread.
    ("de motie (35 300, nr. 30) over de woning (nr. 31)", ["kst-35300-30"]),
    (
        "Zie Kamerstukken II 2019/20, 35 300, nr. 5.\n- de motie over huur (nr. 19);\n"
        "- de motie over lonen (nr. 20);",
        ["kst-35300-5"],
    ),
    ("Kamerstukken II 2019/20, 35 300, nr. 5. De woning (nr. 31) is verkocht.", ["kst-35300-5"]),
]

# A vergadering by its ordinal (K10).
ORDINAL = [
    ("Handelingen II 2019/20, 45e vergadering, item 6", ["h-tk-20192020-45-6"]),
    ("Handelingen I 2019/20, 27e vergadering, item 8", ["h-ek-20192020-27-8"]),
    (
        "Handelingen II 2019/20, 1ste vergadering, items 3 en 4",
        ["h-tk-20192020-1-3", "h-tk-20192020-1-4"],
    ),
    ("Hand. II 2020/21, 12de Vergadering, item 2", ["h-tk-20202021-12-2"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 5e vergadering", ["kst-35300-5"]),
]

# Another stuk of the dossier named by its kind after ";" (K24), as legal footnotes do.
KINDS = [
    (
        "Kamerstukken II 2019/20, 35 300, nr. 3, p. 5; NnavV, nr. 6, p. 2.",
        ["kst-35300-3", "kst-35300-6"],
    ),
    (
        "Kamerstukken II 2019/20, 35 300, nr. 3, p. 5; nota n.a.v. verslag, nr. 6, p. 2.",
        ["kst-35300-3", "kst-35300-6"],
    ),
    (
        "Kamerstukken II 2019/20, 35 300, nr. 3; MvA, nr. 7; NV, nr. 9, p. 3.",
        ["kst-35300-3", "kst-35300-7", "kst-35300-9"],
    ),
    (
        "Kamerstukken II 2019/20, 35 300, nr. 3; Memorie van antwoord, nr. 7.",
        ["kst-35300-3", "kst-35300-7"],
    ),
    ("Kamerstukken I 2019/20, 35 300, nr. 3;\nMvT, nr. 4, p. 1", ["kst-35300-3", "kst-35300-4"]),
    # A party or another word before "nr." is no kind of stuk; after a blad nothing continues.
    ("Kamerstukken II 2019/20, 35 300, nr. 3; VVD, nr. 7.", ["kst-35300-3"]),
    ("Stb. 2019, 123; NV, nr. 4", ["stb-2019-123"]),
]

# What stays unread: amounts, years, phone numbers, article numbers, prose "was", lowercase
# "regels", a title word mid-sentence, a digit or amount between the title and the bracket.
UNREAD = [
    # A Kamerstuk's own heading: its number and kind in capitals under the dossier's.
    "Nr. 45 MOTIE VAN HET LID WESTERVELD",
    # Numbered lines of something else after a citation, or under a line that names no dossier.
    "Het aantal was 12 500.\nnr. 3 Jansen\nnr. 4 Pietersen",
    "Lijst\nnr. 12 Hoofdstraat 4\nnr. 13 Kerkstraat 9",
    "- de motie over de woning (nr. 31);",
    "De motie (nr. 31) is aangenomen.",
    "De stukken nrs. 4 en 5 liggen ter inzage.",
    "Zie de 45e vergadering van de raad, item 6.",
    "In het verslag, nr. 4 van de raad, staat het.",
    "Zie de MvT; NV, nr. 6.",
    "Zij krijgt nr. 4 (12 500 euro).",
    "Tabel nr. 3 (2019/20) geeft de cijfers.",
    "Zie artikel 14, nr. 3 (1998).",
    "Bel nr. 14 (020 123 45 67) voor informatie.",
    "Zij krijgt nr. 14 (36 410, was 12).",
    "De regels over parkeren (12 500) zijn streng.",
    "Het aantal regels (24 191) is groot.",
    "De Regels van het spel (12 500) zijn bekend.",
    "Vaststelling van het bedrag in 2020 (12 500)",
    "Uitvoering van het plan kostte € 5 (31 500)",
    "Uitvoering in 2019 kostte (31 500) euro.",
    "Het bedrag was 25 295, het jaar ervoor was nr. 5 op de lijst.",
]

# Where the reading ends: a "was" that names no stuk is no part of the citation.
ENDS = [
    ("Kamerstukken II 2019/20, 35 300, nr. 5, was het antwoord", ["kst-35300-5"]),
    ("Kamerstukken II 2019/20, 35 300, nr. 5 (was het antwoord)", ["kst-35300-5"]),
    ("Zij krijgt nr. 14 (36 410), was het niet?", ["kst-36410-14"]),
    ("Zij krijgt nr. 14 (36 410, VII, blz. 3).", []),
    # Numbered lines of something else after a citation: no register (no dossier line above).
    (
        "Zie Kamerstukken II 2019/20, 35 300, nr. 5.\nKavels:\nnr. 12 Hoofdstraat\nnr. 13 Kerkstraat",
        ["kst-35300-5"],
    ),
    ("Kamerstukken II 2019/20, 35 300, nr. 5.\nnr. 12 Hoofdstraat 4 is verkocht.", ["kst-35300-5"]),
]


@pytest.mark.parametrize(
    ("text", "expected"), FORMER + FORMULA + TITLES + REGISTER + LISTED + ORDINAL + KINDS + ENDS
)
def test_list_forms_are_read(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", UNREAD)
def test_lookalikes_stay_unread(text: str) -> None:
    assert _read(text) == []


def test_own_heading_keeps_its_dossier_only() -> None:
    # dev2's treatment: a paper's own "Nr. 45" heading under its dossier is not a citation.
    text = "35 300 VIII Vaststelling van de begrotingsstaten\n\nNr. 45 MOTIE VAN HET LID AA"
    assert _read(text) == ["dossier 35300"]


def test_former_number_is_one_span_with_its_stuk() -> None:
    # Both documents come from one citation: the span runs from the dossier to the old number.
    text = "de motie (25 295, nr. 1021, was nr. 1005);"
    spans = {match.text for match in kamerstuk.find(text)}
    assert spans == {"25 295, nr. 1021, was nr. 1005"}
