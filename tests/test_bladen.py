"""The bladen as legislation and local government write them (issue 18 item 2, issue 19).

Each form is a class with its lookalikes beside it: the issuer inside the citation, the number
before the year, the Staatscourant by number and date, a dated paper's own date after its
number, the year of a gazette given by the act before it (a date that is never part of the
gazette's span or fields), a section of a municipality's own blad. The cases are written for
these tests. ``key`` names a document by its identifier, or by its kind and fields without one.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerstuk import Citation, find, fix_text, parse, validate
from kamerstuk.model.bladen import (
    BladGemeenschappelijkeRegeling,
    DecentraalBlad,
    Gemeenteblad,
    ProvinciaalBlad,
    Staatsblad,
    Staatscourant,
    Waterschapsblad,
)
from kamerstuk.model.citations import DICT_KEYS
from kamerstuk.model.values import MONTH_NAMES

_SHOWN = ("number", "year", "issuer", "afdeling", "page", "date")


def key(citation: Citation) -> str:
    """The identifier (and the issuer, which it does not carry), else ``kind:field=value,...``."""
    fields = citation.to_dict()
    if citation.identifier:
        issuer = fields["issuer"]
        return citation.identifier + (f"@{issuer}" if issuer else "")
    return citation.kind + ":" + ",".join(f"{k}={fields[k]}" for k in _SHOWN if fields[k])


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, key(m.citation)) for m in find(text)]


# fmt: off
FORMS = [
    # The issuer inside the citation.
    ("Zie Provinciaal Blad van Overijssel 2008/112.", [("Provinciaal Blad van Overijssel 2008/112", "provinciaal_blad:number=112,year=2008,issuer=Overijssel")]),
    ("Gemeenteblad gemeente Breda, nr 31077, 4 april 2016", [("Gemeenteblad gemeente Breda, nr 31077, 4 april 2016", "gmb-2016-31077@Breda")]),
    ("(Gemeenteblad van Alkmaar 2019, 1234)", [("Gemeenteblad van Alkmaar 2019, 1234", "gmb-2019-1234@Alkmaar")]),
    ("het Gemeenteblad van de gemeente Súdwest-Fryslân 2021, 88 en", [("Gemeenteblad van de gemeente Súdwest-Fryslân 2021, 88", "gmb-2021-88@Súdwest-Fryslân")]),
    ("Gemeenteblad van 's-Hertogenbosch 2020, 55", [("Gemeenteblad van 's-Hertogenbosch 2020, 55", "gmb-2020-55@'s-Hertogenbosch")]),
    ("Gemeenteblad van Bergen op Zoom 2020, 7", [("Gemeenteblad van Bergen op Zoom 2020, 7", "gmb-2020-7@Bergen op Zoom")]),
    ("Waterschapsblad van Waterschap De Dommel 2023, 7934", [("Waterschapsblad van Waterschap De Dommel 2023, 7934", "wsb-2023-7934@Waterschap De Dommel")]),
    ("Prb. Noord-Holland 2019, 12 en 2020, 4", [("Prb. Noord-Holland 2019, 12 en 2020, 4", "prb-2019-12@Noord-Holland"), ("Prb. Noord-Holland 2019, 12 en 2020, 4", "prb-2020-4@Noord-Holland")]),
    ("Blad gemeenschappelijke regeling van Holland Rijnland 2014, 3", [("Blad gemeenschappelijke regeling van Holland Rijnland 2014, 3", "blad_gemeenschappelijke_regeling:number=3,year=2014,issuer=Holland Rijnland")]),
    # The number before the year.
    ("Provinciaal Blad van Zeeland, nummer 21, 2007", [("Provinciaal Blad van Zeeland, nummer 21, 2007", "provinciaal_blad:number=21,year=2007,issuer=Zeeland")]),
    ("Staatscourant nr 41277, 2011", [("Staatscourant nr 41277, 2011", "stcrt-2011-41277")]),
    ("Stb. nr. 330, 1987", [("Stb. nr. 330, 1987", "stb-1987-330")]),
    # The Staatscourant by number and date; a dated paper's own date after its number.
    ("Staatscourant 88, 9 mei 1999", [("Staatscourant 88, 9 mei 1999", "staatscourant:number=88,year=1999,date=1999-05-09")]),
    ("Staatscourant, nr. 41277, 3 mei 2011", [("Staatscourant, nr. 41277, 3 mei 2011", "stcrt-2011-41277")]),
    ("Staatscourant nr. 41277 van 3 mei 2011", [("Staatscourant nr. 41277 van 3 mei 2011", "stcrt-2011-41277")]),
    ("Staatscourant 2012, nr. 20431, 12 oktober 2012", [("Staatscourant 2012, nr. 20431, 12 oktober 2012", "stcrt-2012-20431")]),
    ("Stcrt. 14 april 2003, nr. 72", [("Stcrt. 14 april 2003, nr. 72", "staatscourant:number=72,year=2003,date=2003-04-14")]),
    ("Stb. 212, 8 juli 1963", [("Stb. 212, 8 juli 1963", "stb-1963-212")]),
    # A section of a municipality's own blad.
    ("Gemeenteblad afdeling 2, nr. 402", [("Gemeenteblad afdeling 2, nr. 402", "gemeenteblad:number=402,afdeling=2")]),
    ("Gemeenteblad 2006, afd. 3A, nr. 12", [("Gemeenteblad 2006, afd. 3A, nr. 12", "gemeenteblad:number=12,year=2006,afdeling=3A")]),
    # The year of a gazette from the act before it; the act's date stays out of the span.
    ("bij de wet van 1987, Stb. 330", [("Stb. 330", "stb-1987-330")]),
    ("de Wet van 12 mei 1994, Stb. 331, is", [("Stb. 331", "stb-1994-331")]),
    ("de Wet van 12 mei 1994 (Stb. 331) is", [("Stb. 331", "stb-1994-331")]),
    ("de Wet van 2 mei 1996, Stb. 1996, 248", [("Stb. 1996, 248", "stb-1996-248")]),
    ("het Besluit van 3 okt. 1994, Stb. 512", [("Stb. 512", "stb-1994-512")]),
    # A footnote mark glued to the head word (PDF text) stays out of the span too.
    ("de Wet van 12 mei 1994, 81Stb. 331", [("Stb. 331", "stb-1994-331")]),
    ("bij de wet van 1987, 4Stb. 330", [("Stb. 330", "stb-1987-330")]),
    ("de Wet van 12 mei 1994 (\u00b9\u00b2Stb. 331)", [("Stb. 331", "stb-1994-331")]),
    ("het Besluit van 03-10-1994 (Stb. 512)", [("Stb. 512", "stb-1994-512")]),
    ("Regeling van 22 december 2008, Stcrt. 2009, 123", [("Stcrt. 2009, 123", "stcrt-2009-123")]),
    ("Verordening van 3 maart 2016, Gemeenteblad van Breda 2016, 812", [("Gemeenteblad van Breda 2016, 812", "gmb-2016-812@Breda")]),
    ("besluiten van 2 mei 1958, Stb. 212, 8 juli 1963, Stb. 305 en 1 maart 1970, Stb. 88",
     [("Stb. 212", "stb-1958-212"), ("Stb. 305", "stb-1963-305"), ("Stb. 88", "stb-1970-88")]),
    ("regelingen van 2 mei 2008, Stcrt. 2008, 212, 8 juli 2009, Stcrt. 2009, 305",
     [("Stcrt. 2008, 212", "stcrt-2008-212"), ("Stcrt. 2009, 305", "stcrt-2009-305")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[t[:40] for t, _ in FORMS])
def test_bladen_as_legislation_and_local_government_write_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "artikel 2 van de Wet van 1987",
        "de wet van 1987 regelt de Stb. niet",
        "Gemeenteblad van Alkmaar",
        "in het Gemeenteblad van Alkmaar van 2019 staat",
        "Gemeenteblad van Alkmaar 2019",
        "het Provinciaal Blad van Zeeland, nummer 21",
        "nummer 21, 2007",
        "Stb. 212 is",
        "de Staatscourant van 9 mei 1999",
        "Staatscourant 2011, 3 mei 2011",
        "Gemeenteblad 2019, 12 maart 2019",
        "een bedrag van € 1.987, Stb. niet van toepassing",
        "de Wet van 12 mei 1994, 81 Stb. niet",  # a number apart from the head word
        "de Wet van 12 mei 1994, 81Stb.",
        "op 12 mei 1994, 331 deelnemers",
        "afdeling 2, nr. 402 van de gemeente",
        "Gemeenteblad, afdeling Publicaties",
    ],
)
def test_lookalikes_stay_prose(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "de Wet van 12 mei 1994, Stb. 331",
        "bij de wet van 1987, Stb. 330",
        "het Besluit van 3 juni 2001 (Stb. 250)",
        "de Wet van 2 mei 1996, Stb. 1996, 248",
        "Regeling van 22 december 2008, Stcrt. 2009, 123",
    ],
)
def test_an_acts_date_is_never_the_gazettes(text: str) -> None:
    # The span starts at the gazette's head word and no field holds the act's date.
    (match,) = find(text)
    assert re.match(r"St(b|crt)\. ", match.text)
    assert match.citation.date is None


def test_an_explicit_year_wins_over_the_acts_date() -> None:
    citation = parse("22 december 2008, Stcrt. 2009, 123")
    assert isinstance(citation, Staatscourant)
    assert (citation.year, citation.date, citation.identifier) == (2009, None, "stcrt-2009-123")


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # Already in style: nothing moves (the fix used to put the act's date after the gazette).
        ("de Wet van 2 mei 1996, Stb. 1996, 248.", "de Wet van 2 mei 1996, Stb. 1996, 248."),
        # The year goes into the gazette's citation; the act's date stays where it was written.
        ("de Wet van 12 mei 1994, Stb. 331.", "de Wet van 12 mei 1994, Stb. 1994, 331."),
        ("Wet van 12 mei 1994 (Stb. 331)", "Wet van 12 mei 1994 (Stb. 1994, 331)"),
        ("Regeling van 22 december 2008, Stcrt. 2009, 123.", "Regeling van 22 december 2008, Stcrt. 2009, 123."),
    ],
)  # fmt: skip
def test_fixes_leave_the_acts_date_alone(text: str, fixed: str) -> None:
    assert fix_text(text).text == fixed
    assert fix_text(fixed).text == fixed  # a second fix changes nothing


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[t[:40] for t, _ in FORMS])
def test_fixes_keep_every_number_and_the_documents(
    text: str, expected: list[tuple[str, str]]
) -> None:
    fixed = fix_text(text).text
    assert [key(m.citation) for m in find(fixed)] == [k for _, k in expected]
    for m in find(text):
        for number in re.findall(r"[0-9]+", m.text):
            assert re.search(rf"(?<![0-9]){number}(?![0-9])", fixed), number


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[t[:40] for t, _ in FORMS])
def test_every_form_reads_back_from_its_canonical_text(
    text: str, expected: list[tuple[str, str]]
) -> None:
    for m in find(text):
        for style in ("aanwijzingen", "kort"):
            assert parse(m.citation.format(style)) == m.citation


ISSUERS = st.sampled_from(
    ["Breda", "Overijssel", "'s-Hertogenbosch", "Bergen op Zoom", "Alphen aan den Rijn",
     "Súdwest-Fryslân", "Waterschap De Dommel", "Hoogheemraadschap van Rijnland", "De Bilt"]
)  # fmt: skip
DECENTRAL = st.sampled_from(
    [Gemeenteblad, ProvinciaalBlad, Waterschapsblad, BladGemeenschappelijkeRegeling]
)


@st.composite
def decentral_bladen(draw: st.DrawFn) -> DecentraalBlad:
    cls = draw(DECENTRAL)
    afdeling = draw(st.none() | st.from_regex(r"[1-9][0-9]?[A-Z]?", fullmatch=True))
    year = draw(
        st.integers(1951, 2030) if afdeling is None else st.none() | st.integers(1951, 2030)
    )
    return cls(
        year=year,
        number=str(draw(st.integers(1, 999999))),
        issuer=draw(st.none() | ISSUERS),
        afdeling=afdeling,
        page=draw(st.none() | st.integers(1, 99).map(str)),
        # A date only with a year: without one, the date's year would be read as the blad's.
        date=draw(st.none() | st.dates(dt.date(1951, 1, 1), dt.date(2030, 12, 31)))
        if year is not None
        else None,
    )


@settings(max_examples=300, deadline=None)
@given(decentral_bladen())
def test_decentral_bladen_read_back_from_their_canonical_text(citation: DecentraalBlad) -> None:
    assert parse(citation.format()) == citation


@settings(max_examples=200, deadline=None)
@given(
    # Four digits from 1800 to 2099 right after the head word are its year ("Staatscourant
    # 2011, 3 mei 2011" has no number).
    st.integers(1, 99999).filter(lambda n: not 1800 <= n <= 2099).map(str),
    st.dates(dt.date(1951, 1, 1), dt.date(2030, 12, 31)),
    st.none() | st.integers(1, 99).map(str),
)
def test_the_staatscourant_by_number_and_date(number: str, day: dt.date, page: str | None) -> None:
    # The year is the date's: a daily issue before July 2009, a publication's own date after.
    citation = Staatscourant(year=day.year, number=number, date=day, page=page)
    written = f"Staatscourant {number}, {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    pinpoint = f", p. {page}" if page else ""
    assert parse(written + pinpoint) == citation
    assert parse(citation.format()) == citation


@pytest.mark.parametrize(
    ("citation", "reason"),
    [
        (ProvinciaalBlad(year=2008, number="112", issuer="Overijssel"), "from 2013 on"),
        (BladGemeenschappelijkeRegeling(year=2014, number="3"), "from 2015 on"),
        (Gemeenteblad(year=2006, number="12", afdeling="3a"), "afdeling 3A"),
        (Gemeenteblad(number="402", afdeling="2"), "the year is needed"),
        (Staatsblad(number="5"), "the year is needed"),
    ],
)
def test_bladen_without_an_identifier_say_why(citation: Citation, reason: str) -> None:
    assert citation.identifier is None
    assert reason in (citation.to_dict()["identifier"] or kamerstuk_reason(citation))


def kamerstuk_reason(citation: Citation) -> str:
    from kamerstuk.model.identifiers import identifier_reason

    return identifier_reason(citation) or ""


def test_the_issuer_and_section_are_fields_of_the_table() -> None:
    row = parse("Gemeenteblad van Alkmaar 2006, afd. 3a, nr. 12").to_dict()
    assert list(row) == list(DICT_KEYS)
    assert (row["issuer"], row["afdeling"], row["year"], row["identifier"]) == (
        "Alkmaar",
        "3A",
        2006,
        None,
    )
    assert parse("Stb. 2019, 1").to_dict()["issuer"] is None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Provinciaal Blad van Overijssel 2008, 112", "Provinciaal Blad van Zeeland 2008, 112"),
        ("Gemeenteblad 2006, afd. 1, nr. 12", "Gemeenteblad 2006, afd. 2, nr. 12"),
    ],
)
def test_issuer_and_section_tell_documents_apart(one: str, other: str) -> None:
    assert parse(one) != parse(other)


def test_the_checks_read_the_new_forms_without_errors() -> None:
    for text, _ in FORMS:
        problems = validate(text, today=dt.date(2026, 1, 1), style=None)
        assert [p for p in problems if p.severity == "error"] == [], text
