"""Round 8's forms of the Handelingen lists, agenda lines, Eerste Kamer papers and Handelingen
notations (docs/citations.md, "The lists of stukken the Handelingen print" and "Kamerstukken,
Handelingen and Kamervragen in the weakest genres").

Each form in spellings of my own, damaged and clean, and beside them the lookalikes that must
stay unread or be read no further (dates, amounts, counts, a chamber in brackets that is no
chamber's name).
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


# The Handelingen by the sitting's day instead of the vergaderjaar: the day gives it
# (Prinsjesdag, the third Tuesday of September, opens the next).
BY_DATE = [
    ("Handelingen Tweede Kamer 14 mei 2020, nr. 72, item 9", ["h-tk-20192020-72-9"]),
    ("Handelingen II 3 oktober 2019, nr. 8, item 12", ["h-tk-20192020-8-12"]),
    # Prinsjesdag 2019 was 17 September: that day's sitting is of the new vergaderjaar.
    ("Hand. TK 17 september 2019, nr. 1, item 2", ["h-tk-20192020-1-2"]),
    ("Hand. TK 16 september 2019, nr. 104, item 2", ["h-tk-20182019-104-2"]),
    ("Handelingen Eerste Kamer 9 juni 2021, nr. 44, item 7, p. 3", ["h-ek-20202021-44-7"]),
    ("zie Handelingen II 1 september 2020, nr. 99, item 4 (debat)", ["h-tk-20192020-99-4"]),
    ("Handelingen  II  2 februari 2022,  nr. 43,  item 11", ["h-tk-20212022-43-11"]),
    ("Handelingen II 2 februari 2022, nr. 43, item 2.", ["h-tk-20212022-43-2"]),
]

# The chamber in brackets after the citation.
CHAMBER_AFTER = [
    ("Handelingen 2019-2020, nr. 74, item 5 (Tweede Kamer)", ["h-tk-20192020-74-5"]),
    ("Handelingen 2020/21, nr. 12, item 3 (EK)", ["h-ek-20202021-12-3"]),
    ("Handelingen 2020-2021, nr. 12, item 3 ( Eerste Kamer )", ["h-ek-20202021-12-3"]),
    ("Handelingen II 2020/21, nr. 12, item 3 (Tweede Kamer).", ["h-tk-20202021-12-3"]),
    ("Handelingen 2020/21, nr. 12, item 3 (tweede kamer), p. 4", ["h-tk-20202021-12-3"]),
    (
        "Handelingen 2021/22, nr. 5, item 2 en nr. 6, item 1 (TK)",
        ["h-tk-20212022-5-2", "h-tk-20212022-6-1"],
    ),
    ("handelingen 12 mei 2020, nr. 5, item 3 (Tweede Kamer)", ["h-tk-20192020-5-3"]),
]

# What is no chamber after a Handelingen: read no further than without it (no identifier where
# the chamber is not known), and two chambers that differ are not one's.
NO_CHAMBER_AFTER = [
    ("Handelingen 2020/21, nr. 12, item 3 (Kamer)", "Handelingen 2020/21, nr. 12, item 3"),
    ("Handelingen 2020/21, nr. 12, item 3 (TK 2020)", "Handelingen 2020/21, nr. 12, item 3"),
    ("Handelingen 2020/21, nr. 12, item 3 (Staten)", "Handelingen 2020/21, nr. 12, item 3"),
    (
        "Handelingen II 2020/21, nr. 12, item 3 (Eerste Kamer)",
        "Handelingen II 2020/21, nr. 12, item 3",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BY_DATE + CHAMBER_AFTER)
def test_handelingen_notations(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "span"), NO_CHAMBER_AFTER)
def test_no_chamber_after(text: str, span: str) -> None:
    matches = kamerstuk.find(text)
    assert [m.text for m in matches] == [span]
    chambers = {m.citation.to_dict().get("chamber") for m in matches}
    assert "I" not in chambers or "(Eerste Kamer)" not in text


def test_date_vergaderjaar_at_prinsjesdag() -> None:
    """The day before Prinsjesdag is the old vergaderjaar's, Prinsjesdag the new one's."""
    before = list(kamerstuk.find("Handelingen II 20 september 2021, nr. 110, item 1"))
    on = list(kamerstuk.find("Handelingen II 21 september 2021, nr. 1, item 1"))
    assert [m.citation.identifier for m in before + on] == [
        "h-tk-20202021-110-1",
        "h-tk-20212022-1-1",
    ]


# A register under a dossier alone on its line with its title on the next, and the list of
# moties under a heading that ends in the dossier in brackets; with the lookalikes beside them.
LISTS = [
    (
        "Lijst van ingekomen stukken\n36 200 VII\nBegroting BZK 2023\n\n"
        "nr. 45 Brief van de minister over X\nnr. 46 Verslag houdende een lijst van vragen",
        ["dossier 36200", "kst-36200-VII-45", "kst-36200-VII-46"],
    ),
    (
        "36 200-VII:\nVaststelling begroting BZK\n- nr. 45 Brief regering\n- nr. 46 Motie Bushoff",
        ["dossier 36200", "kst-36200-VII-45", "kst-36200-VII-46"],
    ),
    (
        "1. 35 925\nWijziging van de Wet X\nnr. 12 Nota van wijziging",
        ["dossier 35925", "kst-35925-12"],
    ),
    (
        "35 570 XV\nBegroting SZW 2021.\nnr. 12 Brief van de minister",
        ["dossier 35570", "kst-35570-XV-12"],
    ),
    (
        "Stemmingen over de moties ingediend bij het notaoverleg over Jeugdzorg (31 839)\n"
        "- de motie-Westerveld over wachtlijsten (nr. 801);\n"
        "- de motie-Peters over gemeenten (nr. 802);\n- de motie-Kwint over X (nr. 803).",
        ["dossier 31839", "kst-31839-801", "kst-31839-802", "kst-31839-803"],
    ),
    (
        "Stemming over amendementen op het wetsvoorstel (36 123):\n- het amendement-Van Dijk (nr. 8);",
        ["dossier 36123", "kst-36123-8"],
    ),
    (
        "Stemmingen over moties (35 570-XV)\n- de motie-Van Kent c.s. (nr. 21);",
        ["dossier 35570", "kst-35570-XV-21"],
    ),
    # Lookalikes: no paper's kind under the title, a title in lower case or a sentence between,
    # a heading that names no moties, an item that is no motie, a bracket that is no dossier.
    # (a figure above "Totaal" is no heading: docs/citations.md, round 10)
    ("12 345\nTotaal\nnr. 3 Hoofdstraat", []),
    ("35 570 XV\nbegroting SZW\nnr. 12 brief", []),
    ("35 570 XV Begroting\nDe minister schreef\nnr. 12 Brief", ["dossier 35570"]),
    ("Tel. 070 318\nAfdeling Post\nnr. 12 Kerkstraat", []),
    ("2020\nKavels\nnr. 12 Hoofdstraat 4", []),
    ("Debat over de begroting (35 570 XV)\n- de motie-Van Kent (nr. 21);", ["dossier 35570"]),
    (
        "Stemmingen over moties (35 570 XV)\n- de woning aan de Kerkstraat (nr. 21);",
        ["dossier 35570"],
    ),
    ("Moties over de subsidie (€ 35 570)\n- de motie-Van Kent (nr. 21);", []),
    ("Stemmingen over moties (2019)\n- de motie-Van Kent (nr. 21);", []),
    (
        "Stemmingen over moties (35 570 XV) van vorige week\n- de motie-Van Kent (nr. 21);",
        ["dossier 35570"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists_under_a_dossier(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


# A budget fund's dossier and letter after its name, a bill's Rijkswet number after a comma in
# its bracket, and the bills of an agenda line after its colon; with the lookalikes.
AGENDA = [
    ("Het Gemeentefonds (35 570 B)", ["dossier 35570"]),
    (
        "Het Provinciefonds (35 570 C) en het Deltafonds (35 570 J)",
        ["dossier 35570", "dossier 35570"],
    ),
    ("het BES-fonds (36 200 H) groeit", ["dossier 36200"]),
    ("Verdrag (Trb. 2017, 96) (34 893, R2098)", ["trb-2017-96", "dossier 34893"]),
    ("Goedkeuring van het Verdrag (34 893,R 2098)", ["dossier 34893"]),
    ("de goedkeuringswet (34893, R2098) is aangenomen", ["dossier 34893"]),
    (
        "Agenda Eerste Kamer 12 mei 2020: 35 227 Wet verplichte ggz (reparatie); 35 282 Wet open overheid",
        ["dossier 35227", "dossier 35282"],
    ),
    (
        "Agenda: 35 227 Wet verplichte ggz; 35 282 Wet open overheid",
        ["dossier 35227", "dossier 35282"],
    ),
    (
        "Op de agenda: 35 300 VII Vaststelling van de begrotingsstaten; 35 570 B Begroting Gemeentefonds",
        ["dossier 35300", "dossier 35570"],
    ),
    ("AGENDA plenaire vergadering 3 juni 2021: 35 788 Regels over X", ["dossier 35788"]),
    # Lookalikes.
    ("het pensioenfonds (12 500 deelnemers)", []),
    ("het fonds van de heer A (35 570 B) is leeg", []),
    ("Kavel (12 345 B) is verkocht", []),
    ("Postcode (1234 AB)", []),
    ("Bedrag (12 345, R 12345)", []),
    ("Agenda: 10 000 Wetten zijn gewijzigd", []),
    ("De agenda telt: 35 227 Wetten", []),
    ("Uitslag: 35 227 Wet verplichte ggz", []),
    ("Agenda\n1. Opening\n2. Wet X: 35 227 Wet verplichte ggz", []),
    ("Agenda: 3 juni 2021; 12 345 euro voor de Wet X", []),
]


@pytest.mark.parametrize(("text", "expected"), AGENDA)
def test_agenda_and_funds(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


# The Eerste Kamer's register: a letter and its paper's kind on each line under the dossier.
LETTER_LINES = [
    (
        "35 300 XV Vaststelling van de begrotingsstaten van SZW\nB Voorlopig verslag\n"
        "C Memorie van antwoord",
        ["dossier 35300", "kst-35300-XV-B", "kst-35300-XV-C"],
    ),
    (
        "35 300 XV Vaststelling begroting\nA Gewijzigd voorstel van wet\n\nB Voorlopig verslag\n"
        "D Nader voorlopig verslag\nE Nadere memorie van antwoord\nF Eindverslag",
        [
            "dossier 35300",
            "kst-35300-XV-A",
            "kst-35300-XV-B",
            "kst-35300-XV-D",
            "kst-35300-XV-E",
            "kst-35300-XV-F",
        ],
    ),
    (
        "Stukken:\n35 925 Wet X\n- B Voorlopig verslag\n- C Memorie van antwoord",
        ["dossier 35925", "kst-35925-B", "kst-35925-C"],
    ),
    (
        "2. 36 123 Wet X\n\nM Eindverslag\nN Brief van de minister\nO Motie van het lid Z",
        ["dossier 36123", "kst-36123-M", "kst-36123-N", "kst-36123-O"],
    ),
    # (under a head word's line, not a heading, the letters are not looked for: left unread)
    (
        "Kamerstuk 36 123\n\nM Eindverslag\nN Brief van de minister",
        ["dossier 36123"],
    ),
    # Lookalikes: no dossier above, a sentence between, no paper's kind, a word after it.
    ("Blok\nC Memorie van antwoord", []),
    ("Uitslag\nB Voorlopig verslag", []),
    ("35 300 XV Vaststelling\nDe minister schreef\nB Voorlopig verslag", ["dossier 35300"]),
    ("35 300 XV Vaststelling\nB Voorlopig verslagen zijn er", ["dossier 35300"]),
    ("35 300 XV Vaststelling\nB-verslag\nC Memories", ["dossier 35300"]),
    # (the count above is no heading since round 10, the line under it is no paper's)
    ("Tabel 3\n12 345 Totaal\nB Verslaglegging", []),
]


@pytest.mark.parametrize(("text", "expected"), LETTER_LINES)
def test_eerste_kamer_register(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


def test_register_letter_span_is_the_letter() -> None:
    text = "35 925 Wet X\n- B Voorlopig verslag"
    last = list(kamerstuk.find(text))[-1]
    assert (last.text, last.start) == ("B", text.index("B V"))


# An Eerste Kamer letter after a slash, after a head word.
SLASHED_LETTER = [
    ("Zie (EK 35 300 XV / B) over dit punt.", ["kst-35300-XV-B"]),
    ("EK 35 300 XV/B", ["kst-35300-XV-B"]),
    ("Kamerstukken I 2019/20, 35 300 XV / C, p. 3", ["kst-35300-XV-C"]),
    ("Kamerstukken I 36 123 / AB", ["kst-36123-AB"]),
    ("Kamerstukken I 36 123 / 29 544, B", ["kst-36123-B"]),
    # Lookalikes: a year or a number after the slash, a word, no head word.
    ("EK 35 300 / 2019", []),
    ("EK 35 300 / Bijlage", []),
    ("Zie 35 300 XV / B", []),
    ("Artikel 12 / B", []),
]


@pytest.mark.parametrize(("text", "expected"), SLASHED_LETTER)
def test_slashed_letter(text: str, expected: list[str]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hand. II 2-3, 6 september 1948",
        "HAND TWEEDE KAMER, 2-3 6\nsep 1948",
        "Handelingen II 45-6 van 12 mei 2020",
        # A later debate after one placed by its day alone is not placed by it (as "nr. 8 van
        # 7 januari 1998 en nr. 4" is not): written "Handelingen, nr. 4, p. 7", it read nothing.
        "Handelingen, 8-9 7 januari 1998 en 4-7",
    ],
)
def test_a_compact_handelingen_by_day_takes_its_vergaderjaar_and_reads_back(text: str) -> None:
    # The compact form ("2-3") took no vergaderjaar from its day, where the form format()
    # writes ("..., nr. 2 van 6 september 1948, p. 3") does: read back, the two differed (the
    # grammar fuzz, seed 20261208).
    for match in kamerstuk.find(text):
        assert [m.citation for m in kamerstuk.find(str(match.citation))] == [match.citation]
        if match.citation.date is not None:
            assert getattr(match.citation, "vergaderjaar", None) is not None
