"""The registers beside KOOP's: zaak and document numbers, ECLI, BWB, CVDR, CELEX, Publicatieblad.

Their notations, canonical texts, identifiers, URLs and to_dict() keys; lookalikes that stay
unread; which kinds find() reads; zaak numbers that are Kamervragen by the words before them; the
values the models refuse and the problems validate() reports.
"""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import pytest

import kamerstuk
from kamerstuk.model.kinds import DEFAULT_KINDS, KINDS, REGISTERS, kinds_of

# fmt: off
NOTATIONS = [
    # (as written, kind, format(), identifier, url, some to_dict() fields)
    ("2023Z17310", "zaak", "2023Z17310", "2023Z17310",
     "https://www.tweedekamer.nl/kamerstukken/detail?id=2023Z17310", {"number": "2023Z17310", "year": 2023}),
    ("zaaknummer 2023Z17310", "zaak", "2023Z17310", "2023Z17310", None, {"year": 2023}),
    ("2023D41872", "document", "2023D41872", "2023D41872",
     "https://www.tweedekamer.nl/kamerstukken/detail?id=2023D41872&did=2023D41872", {"year": 2023}),
    ("documentnummer 2023D41872", "document", "2023D41872", "2023D41872", None, {}),
    ("ECLI:NL:RVS:2021:1234", "ecli", "ECLI:NL:RVS:2021:1234", "ECLI:NL:RVS:2021:1234",
     "https://deeplink.rechtspraak.nl/uitspraak?id=ECLI:NL:RVS:2021:1234",
     {"country": "NL", "issuer": "RVS", "year": 2021, "number": "1234"}),
    ("ECLI:BE:CASS:1999:ARR.19990427.9", "ecli", "ECLI:BE:CASS:1999:ARR.19990427.9",
     "ECLI:BE:CASS:1999:ARR.19990427.9", None, {"country": "BE", "number": "ARR.19990427.9"}),
    ("EU:T:2012:426", "ecli", "ECLI:EU:T:2012:426", "ECLI:EU:T:2012:426",
     "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=ecli:ECLI:EU:T:2012:426", {"issuer": "T"}),
    ("ECLI:CE:ECHR:2011:0614JUD002197407", "ecli", "ECLI:CE:ECHR:2011:0614JUD002197407",
     "ECLI:CE:ECHR:2011:0614JUD002197407", None, {"country": "CE", "issuer": "ECHR"}),
    ("https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2019:123", "ecli",
     "ECLI:NL:HR:2019:123", "ECLI:NL:HR:2019:123", None, {}),
    ("BWBV0001234", "bwb", "BWBV0001234", "BWBV0001234", "https://wetten.overheid.nl/BWBV0001234",
     {"article": None}),
    ("jci1.31:c:BWBR0005537&hoofdstuk=3&artikel=3:40&z=2020-01-01&g=2020-01-01", "bwb",
     "jci1.3:c:BWBR0005537&hoofdstuk=3&artikel=3:40&z=2020-01-01&g=2020-01-01", "BWBR0005537",
     "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&hoofdstuk=3&artikel=3:40&z=2020-01-01&g=2020-01-01",
     {"article": "3:40", "date": "2020-01-01"}),
    ("https://wetten.overheid.nl/BWBR0001854/2020-01-01", "bwb", "jci1.3:c:BWBR0001854&g=2020-01-01",
     "BWBR0001854", None, {"date": "2020-01-01", "article": None}),
    ("http://wetten.overheid.nl/BWBR0001854/2020-01-01/0/Artikel7", "bwb",
     "jci1.3:c:BWBR0001854&artikel=7&g=2020-01-01", "BWBR0001854", None, {"article": "7"}),
    ("wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel=7", "bwb", "jci1.3:c:BWBR0001854&artikel=7",
     "BWBR0001854", None, {"article": "7", "date": None}),
    ("CVDR101405_1", "cvdr", "CVDR101405/1", "CVDR101405_1",
     "https://lokaleregelgeving.overheid.nl/CVDR101405/1", {"number": "101405"}),
    ("http://lokaleregelgeving.overheid.nl/CVDR401319", "cvdr", "CVDR401319", "CVDR401319",
     "https://lokaleregelgeving.overheid.nl/CVDR401319", {}),
    ("celex 32012A0424(01)", "celex", "CELEX 32012A0424(01)", "32012A0424(01)",
     "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32012A0424(01)",
     {"type": "A", "number": "0424(01)", "year": 2012}),
    ("Celex-nummer: 52020PC0825", "celex", "CELEX 52020PC0825", "52020PC0825", None, {"type": "PC"}),
    ("31995L0046", "celex", "CELEX 31995L0046", "31995L0046", None, {"type": "L", "year": 1995}),
    ("https://eur-lex.europa.eu/legal-content/NL/ALL/?uri=celex%3A32019D0001", "celex",
     "CELEX 32019D0001", "32019D0001", None, {"type": "D"}),
    ("PbEU 2008, L 54", "publicatieblad", "PbEU 2008, L 54", None,
     "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:L:2008:054:TOC",
     {"series": "L", "year": 2008, "number": "54", "page": None}),
    ("PbEG 2003, L 12 van 17 januari 2003", "publicatieblad", "PbEG 2003, L 12 van 17 januari 2003",
     None, None, {"date": "2003-01-17"}),
    ("PB C 48 van 24.2.2005, blz. 1", "publicatieblad", "PbEU 2005, C 48 van 24 februari 2005, p. 1",
     None, None, {"series": "C", "page": "1"}),
    ("Publicatieblad van de Europese Gemeenschappen 1998, L 95", "publicatieblad",
     "PbEG 1998, L 95", None, None, {"year": 1998}),
    ("PB L, 2023/2854, 20.12.2023", "publicatieblad", "PbEU L 2023/2854 van 20 december 2023", None,
     "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:L_202302854", {"number": "2854"}),
]
# fmt: on


@pytest.mark.parametrize(("text", "kind", "canon", "ident", "url", "fields"), NOTATIONS)
def test_each_notation_reads_as_its_register_writes_it(
    text: str, kind: str, canon: str, ident: str | None, url: str | None, fields: dict[str, Any]
) -> None:
    citation = kamerstuk.parse(text)
    assert (citation.kind, citation.format(), citation.identifier) == (kind, canon, ident)
    if url is not None:
        assert citation.url == url
    got = citation.to_dict()
    assert {k: got[k] for k in fields} == fields
    assert list(got) == list(kamerstuk.model.citations.DICT_KEYS)


@pytest.mark.parametrize("text", [row[0] for row in NOTATIONS])
def test_the_canonical_text_reads_back_as_the_same_citation(text: str) -> None:
    citation = kamerstuk.parse(text)
    assert kamerstuk.parse(citation.format()) == citation
    assert kamerstuk.parse(citation.format("kort")) == citation
    assert pickle.loads(pickle.dumps(citation)) == citation


@pytest.mark.parametrize("text", [row[0] for row in NOTATIONS])
def test_find_reads_each_in_a_sentence_with_its_exact_span(text: str) -> None:
    sentence = f"Zie ook ({text}); zo blijkt."
    matches = list(kamerstuk.find(sentence, kinds="all"))
    assert [(m.text, m.citation) for m in matches] == [(text, kamerstuk.parse(text))]


# fmt: off
LOOKALIKES = [
    "Het BWB en de ECLI-standaard zijn openbaar.",
    "ECLI: de Europese identificatiecode voor uitspraken.",
    "De code X32016R0679 en 32016R06791 en 32016R0679X.",
    "Bel 070-32016 of +31 32016R; bedrag 3.2016 R 0679.",
    "artikelnummer 12016R0679 en 42016R0679 en 32316R0679",
    "het kenmerk BWBR-0004770 en BWBR 0004770",
    "Pb van de provincie, PB's en PBL 2016 L 119",
    "OJ Simpson en de OJ-zaak",
    "CVDR-nummer onbekend; CVDRS1234",
    "Celexnummers volgen nog.",
    "zaaknummer 2023Z1731 en 2023Z173100 en 1999X12345",
    "Zie EU: C: 2015: 235 en EU:X:2015:235",
    "het document 2023D4187 en 2023D418720",
    "https://example.org/ECLI:NL:HR:2019:1x en eur-lex.europa.eu/eli/reg/2016/679/oj",
]
# fmt: on


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_stay_unread(text: str) -> None:
    assert [m.text for m in kamerstuk.find(text, kinds="all")] == []


# fmt: off
MARKED_UP = [
    # (as converted text has it, what find() reads): emphasis around the identifier or link as
    # a whole, or around the head word, is markup; the span leaves the markers around it out.
    ("Zie _ECLI:NL:HR:2019:123_.", "ECLI:NL:HR:2019:123"),
    ("Zie (*ECLI:NL:RBAMS:2020:45*).", "ECLI:NL:RBAMS:2020:45"),
    ("Zie __BWBR0004770__ hier.", "BWBR0004770"),
    ("( _CVDR340102/5_ )", "CVDR340102/5"),
    ("Zie _https://lokaleregelgeving.overheid.nl/CVDR589734_.",
     "https://lokaleregelgeving.overheid.nl/CVDR589734"),
    ("- _https://wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel=3_;",
     "https://wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel=3"),
    ("Zie _2023D41872_.", "2023D41872"),
    ("Zie _32016R0679_ en verder.", "32016R0679"),
    ("Zie _CELEX_ 62002CJ1974.", "CELEX_ 62002CJ1974"),
    ("Zie *celex*:32016R0679.", "celex*:32016R0679"),
    ("Zie _PbEU_ 2016, L 119/1.", "PbEU_ 2016, L 119/1"),
    ("Zie *PB* L 119 van 4.5.2016, blz. 1.", "PB* L 119 van 4.5.2016, blz. 1"),
    ("Zie PbEU 2016, L **119**/1.", "PbEU 2016, L **119**/1"),
]
# fmt: on


@pytest.mark.parametrize(("text", "read"), MARKED_UP)
def test_markup_around_an_identifier_or_its_head_word_is_read_through(text: str, read: str) -> None:
    assert [m.text for m in kamerstuk.find(text, kinds="all")] == [read]


# fmt: off
OCR_DAMAGED = [
    # (as OCR left it, the Publicatieblad it cites): letters for digits, a year split by a space.
    ("Zie PbEU 2O16, L ll9/1.", "PbEU 2016, L 119, p. 1"),
    ("Zie PbEU 20 16, L 119/1.", "PbEU 2016, L 119, p. 1"),
    ("Zie Pb. EG 2OO1, C 5O/3.", "PbEG 2001, C 50, p. 3"),
    ("Zie PB L l19 van 4.5.2016, blz. 1.", "PbEU 2016, L 119 van 4 mei 2016, p. 1"),
    ("Zie _PB_ C **29O** van 5.5.2018, blz. 42.", "PbEU 2018, C 290 van 5 mei 2018, p. 42"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), OCR_DAMAGED)
def test_the_publicatieblad_is_read_through_ocr_damage(text: str, expected: str) -> None:
    assert [str(m.citation) for m in kamerstuk.find(text, kinds="all")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In 2O16, L 5 en C 12 van de code.",  # no head word before it
        "Het lood (Pb) 2O16, L 5 en PBL 2O16, L 5",
        "PbEU 2O16 en verder, L 5",
    ],
)
def test_ocr_letters_without_the_publicatieblad_around_them_stay(text: str) -> None:
    assert [m.text for m in kamerstuk.find(text, kinds="all")] == []


@pytest.mark.parametrize(
    "text",
    [
        # Glued to a word by "_" or a digit: a file name or a longer code, not an identifier.
        "het bestand rapport_BWBR0004770 en data_ECLI:NL:HR:2019:123_v2",
        "zie bijlage_CVDR340102.pdf en x_32016R0679_",
        "code _X32016R0679_ en _BWB0004770_",
    ],
)
def test_an_identifier_glued_into_a_name_stays_unread_with_markers_around(text: str) -> None:
    assert [m.text for m in kamerstuk.find(text, kinds="all")] == []


def test_the_registers_are_read_only_when_asked_for() -> None:
    text = "Zie Kamerstuk 33694, nr. 20, ECLI:NL:HR:2019:123, BWBR0004770 en 2023D41872."
    assert [m.citation.kind for m in kamerstuk.find(text)] == ["kamerstuk"]
    assert [m.citation.kind for m in kamerstuk.find(text, kinds="all")] == [
        "kamerstuk",
        "ecli",
        "bwb",
        "document",
    ]
    assert [m.citation.kind for m in kamerstuk.find(text, kinds="ecli,bwb")] == ["ecli", "bwb"]
    assert [m.citation.kind for m in kamerstuk.find(text, kinds=["registers"])] == [
        "ecli",
        "bwb",
        "document",
    ]


# fmt: off
SELECTIONS = [
    (None, DEFAULT_KINDS),
    ("all", frozenset(KINDS)),
    ("registers", frozenset(REGISTERS)),
    ("ECLI, celex", frozenset({"ecli", "celex"})),
    (["default", "bwb"], DEFAULT_KINDS | {"bwb"}),
    ("provinciaal-blad", frozenset({"provinciaal_blad"})),
]
# fmt: on


@pytest.mark.parametrize(("selection", "kinds"), SELECTIONS)
def test_kinds_are_named_one_by_one_or_in_groups(selection: Any, kinds: frozenset[str]) -> None:
    assert kinds_of(selection) == kinds


def test_an_unknown_kind_is_a_value_error_that_lists_the_kinds() -> None:
    with pytest.raises(ValueError, match="unknown kind 'eclii': choose from all, default"):
        list(kamerstuk.find("ECLI:NL:HR:2019:1", kinds="eclii"))
    with pytest.raises(ValueError, match="unknown kind"):
        kamerstuk.validate("Stb. 2019, 1", kinds=["staatsblad", "wet"])


def test_every_kind_of_citation_is_named() -> None:
    kinds = {
        cls.kind
        for name in kamerstuk.__all__
        if isinstance(cls := getattr(kamerstuk, name), type) and issubclass(cls, kamerstuk.Citation)
    }
    assert kinds - {"citation", "blad"} == set(KINDS)


# fmt: off
ZAKEN = [
    # A zaak number is Kamervragen where the words right before it say so.
    ("Kamervragen 2019Z12345 en 2019Z12346", ["kamervragen", "kamervragen"]),
    ("Kamervragen 2019Z12345, 2019Z12346 en 2019Z12347", ["kamervragen"] * 3),
    ("de schriftelijke vragen (2019Z12345) van het lid", ["kamervragen"]),
    ("vragen 2019Z12345", ["kamervragen"]),
    ("(vraagnummer\n2023Z17840)", ["kamervragen"]),
    ("Zie Kamerstukken 2023Z14813 en 2023Z14774.", ["kamervragen", "kamervragen"]),
    ("kv-tk-2019Z12345", ["kamervragen"]),
    ("2019Z12345", ["zaak"]),
    ("zaken 2012Z14476 en 2012Z14380", ["zaak", "zaak"]),
    ("zaaknummer 2023Z17310", ["zaak"]),
    ("af te voeren: 2012Z14476; 2012Z14380; 31288-309", ["zaak", "zaak", "kamerstuk"]),
    ("Antwoord op vragen van het lid X over Y (2019Z12345)", ["kamervragen"]),  # askers (round 8)
]
# fmt: on


@pytest.mark.parametrize(("text", "kinds"), ZAKEN)
def test_a_zaak_number_is_kamervragen_where_the_text_says_so(text: str, kinds: list[str]) -> None:
    assert [m.citation.kind for m in kamerstuk.find(text)] == kinds


# fmt: off
REFUSED = [
    (lambda: kamerstuk.Zaaknummer(number="2019Z1234"), "zaak number '2019Z1234': expected a year, Z and five digits"),
    (lambda: kamerstuk.Documentnummer(number="2019Z12345"), "expected a year, D and five digits"),
    (lambda: kamerstuk.ECLI.parse("ECLI:NL:HR:2019"), "expected five parts"),
    (lambda: kamerstuk.ECLI(country="NLD", issuer="HR", year=2019, number="1"), "ECLI country code 'NLD'"),
    (lambda: kamerstuk.ECLI(country="NL", issuer="HR", year=19, number="1"), "year 19: expected four digits"),
    (lambda: kamerstuk.ECLI(country="NL", issuer="HR", year=2019, number="1" * 26), "up to 25"),
    (lambda: kamerstuk.BWB(code="BWBR000477"), "BWB id 'BWBR000477'"),
    (lambda: kamerstuk.BWB.parse("jci1.3:c:BWBR0004770&artikel"), "expected name=value"),
    (lambda: kamerstuk.CVDR.parse("CVDR"), "expected CVDR and digits"),
    (lambda: kamerstuk.CELEX.parse("3201R0679"), "expected a sector, a year, a type"),
    (lambda: kamerstuk.Publicatieblad(series="X", year=2016, number="119"), "L or C"),
]
# fmt: on


@pytest.mark.parametrize(("make", "message"), REFUSED)
def test_impossible_values_are_refused_saying_why(make: Any, message: str) -> None:
    with pytest.raises(kamerstuk.InvalidValue, match=message.replace("(", r"\(")):
        make()


# fmt: off
PROBLEMS = [
    ("ECLI:NL:HR:2019:123", []),
    ("ECLI:NL:RBDHA:2020:1234 en ECLI:EU:C:2014:317", []),
    ("ECLI:EL:AP:2019:1", []),
    ("ECLI:DE:BGH:2016:180216URISTR1.15.0", []),
    ("ECLI:GR:AP:2019:1", ["KS211"]),
    ("ECLI:NL:RBX:2019:1", ["KS212"]),
    ("ECLI:EU:Q:2019:1", ["KS212"]),
    ("ECLI:NL:HR:2030:1", ["KS204"]),
    ("ECLI:NL:HR:19:1", ["KS200"]),
    ("ECLI:NL:HR:2019", ["KS200"]),
    ("BWBR0004770 en BWBV0001234", []),
    ("BWBW0004770", ["KS213"]),
    ("BWBR00047700", ["KS200"]),
    ("CELEX 32016R0679 en CELEX 62014CJ0362 en CELEX 02016R0679-20160504", []),
    ("CELEX:A2016R0679", ["KS214"]),
    ("CELEX 62014R0679", ["KS215"]),
    ("PbEU 2016, L 119 van 4.5.2016", []),
    ("PbEU 2016, L 119 van 4.5.2015", ["KS216"]),
    ("2031Z12345 en 2031D12345", ["KS204", "KS204"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "codes"), PROBLEMS)
def test_validate_checks_the_parts_of_each_register(text: str, codes: list[str]) -> None:
    found = kamerstuk.validate(text, style=None, today=dt.date(2026, 6, 1), kinds="all")
    assert [p.code for p in found] == codes
    assert all(p.message for p in found)


def test_validate_leaves_the_registers_alone_by_default() -> None:
    assert kamerstuk.validate("ECLI:GR:AP:2030:1 en BWBW0004770", style=None) == []


def test_a_back_reference_after_a_register_refers_to_it() -> None:
    text = "Kamerstuk 33694, nr. 20; ECLI:NL:HR:2019:1, r.o. 3; t.a.p."
    everything = [(m.text, m.citation.kind) for m in kamerstuk.find(text, kinds="all")]
    assert everything[-1] == ("t.a.p.", "ecli")
    # A ruling has no pages to point at: "t.a.p., p. 7" after it names nothing, and is left out
    # rather than taken for a page of the Kamerstuk before it.
    paged = text + ", p. 7"
    assert [m.citation.kind for m in kamerstuk.find(paged, kinds="all")] == ["kamerstuk", "ecli"]
    # Without the registers the ECLI is not read, yet it stands between: t.a.p. is the
    # ruling's, not the Kamerstuk's, and is left out (text/intervening.py).
    assert [m.citation.kind for m in kamerstuk.find(text)] == ["kamerstuk"]
    assert [m.text for m in kamerstuk.find(text, kinds=["kamerstuk", "ecli"])][-1] == "t.a.p."


@pytest.mark.parametrize("text", ["ECLI:NL:HR:2019:1", "2023D41872", "PbEU 2016, L 119"])
def test_resolve_refuses_a_register_before_any_request(text: str) -> None:
    # No session, no network: the refusal comes first, and says where the register has it.
    with pytest.raises(kamerstuk.NoIdentifier, match=r"cannot resolve .* at KOOP"):
        kamerstuk.resolve(text)


def test_a_table_of_register_citations_turns_back_into_equal_citations() -> None:
    frame = pytest.importorskip("kamerstuk.frame", reason="the frame extra (pandas, pyarrow)")
    citations = [kamerstuk.parse(row[0]) for row in NOTATIONS]
    table = frame.to_frame(citations)
    assert {"country", "issuer", "article", "series", "type"} <= set(table.columns)
    assert frame.from_frame(table) == citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zie 2078Z15548. Idem, p. 88.", ["2078Z15548"]),  # a zaak has no pages: t.a.p. names none
        ("PbEU 2016, L 119/1; t.a.p., p. 3", ["PbEU 2016, L 119, p. 1", "PbEU 2016, L 119, p. 3"]),
    ],
)
def test_a_pinpoint_goes_only_to_a_register_with_pages(text: str, expected: list[str]) -> None:
    assert [m.citation.format() for m in kamerstuk.find(text, kinds="all")] == expected
