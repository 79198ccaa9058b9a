"""parse() and parse_all(): every notation of the foundation issue, errors, bad input."""

from __future__ import annotations

import pickle
import re
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kamerstuk
from kamerstuk import ParseError, parse, parse_all
from kamerstuk.model.citations import DICT_KEYS

from support import DATA, read_jsonl

NOTATIONS = read_jsonl(DATA / "notations.jsonl")


def _fields(citation: kamerstuk.Citation, expected: dict[str, Any]) -> dict[str, Any]:
    got = citation.to_dict()
    return {key: got[key] for key in expected}


@pytest.mark.parametrize(
    "row", [r for r in NOTATIONS if r["expected"]], ids=lambda r: r["text"][:60]
)
def test_every_notation_gives_its_fields(row: dict[str, Any]) -> None:
    citations = parse_all(row["text"])
    assert len(citations) == len(row["expected"])
    assert [_fields(c, e) for c, e in zip(citations, row["expected"], strict=True)] == row[
        "expected"
    ]


@pytest.mark.parametrize(
    "text", [r["text"] for r in NOTATIONS if not r["expected"]], ids=lambda t: t[:40] or "empty"
)
def test_non_citations_are_parse_errors(text: str) -> None:
    with pytest.raises(ParseError):
        parse(text)


# One case a line: text, the field to look at, its value.
@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Kamerstukken II 2019/20, 35 300 VIII, nr. 5, p. 3", "identifier", "kst-35300-VIII-5"),
        ("Kamerstukken II\u00a02019/20, 35\u202f300\u2009VIII, nr.\u00a05", "suffix", "VIII"),
        ("KAMERSTUKKEN II 2019/20, 35300, NR. 5", "ondernummer", "5"),
        ("kamerstuk 33694, nr. 20", "identifier", "kst-33694-20"),
        ("Kamerstuk 33694, nr. 20, p. 3—5", "page", "3-5"),
        ("Kamerstuk 33694, nr. 20, blz. 17, 19-22", "page", "17, 19-22"),
        ("Kamerstuk 33694, nr. 20, pagina 4 e.v.", "page", "4 e.v."),
        ("Kamerstuk 33694, nr. 20 van 3 okt. 2019", "date", "2019-10-03"),
        ("Kamerstukken Eerste Kamer 2014/15, 33802, C", "chamber", "I"),
        ("Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 31", "chamber", "II"),
        ("kamerstukken ii 2019/20, 35 300, nr. 5", "chamber", "II"),
        ("Eerste Kamer 2019-2020, 35 300, A", "identifier", "kst-35300-A"),
        ("Kamerstukken VV 2014/15, 33802, nr. 3", "chamber", "VV"),
        ("Kamerstukken II 2019-20, 35300, nr. 3", "vergaderjaar", "2019-2020"),
        ("Kamerstukken II 20192020, 35300, nr. 3", "vergaderjaar", "2019-2020"),
        ("Kamerstukken I 2008/09, 31 700 VI, D, p. 4", "ondernummer", "D"),
        ("Kamerstuk 36 200 A, nr. 4", "suffix", "A"),
        ("Kamerstuk 31700-IXB, nr. 4", "suffix", "IXB"),
        ("Kamerstuk 34417-(R2068)-7", "suffix", "R2068"),
        ("Kamerstuk 34417-(R2068)-7", "ondernummer", "7"),
        ("Kamerstuk 21501-07", "suffix", "07"),
        ("Kamerstuk 21501-20", "suffix", "20"),
        ("Kamerstukken II 2021/22, 21 501-20", "ondernummer", None),
        ("21501-20-1151", "ondernummer", "1151"),
        ("Kamerstuk 31728, 30914, nr. 5", "dossier", "31728"),
        ("Kamerstukken 31 793 en 32 851, nr. 5", "identifier", "kst-31793-5"),
        ("Handelingen I 23 juni 2009, 36–1624", "page", "1624"),
        ("Handelingen I 23 juni 2009, 36–1624", "number", "36"),
        ("Aanhangsel van de Handelingen II 2019/20, nr. 76", "identifier", "ah-tk-20192020-76"),
        ("Staatscourant 2019, nr. 12345", "identifier", "stcrt-2019-12345"),
        ("Gemeenteblad 2023, 174296", "identifier", "gmb-2023-174296"),
        ("Prb. 2017, 1003", "kind", "provinciaal_blad"),
        ("Waterschapsblad 2013, 1000", "kind", "waterschapsblad"),
        ("Bgr. 2024, 715", "kind", "blad_gemeenschappelijke_regeling"),
        ("Kamervragen 2019Z12345", "identifier", "kv-tk-2019Z12345"),
        ("ah-tk-20222023-3649", "number", "3649"),
        ("blg-1183891", "kind", "bijlage"),
        ("(Kamerstukken 1993/94-1996/97, 23761)", "vergaderjaar", "1993-1994/1996-1997"),
        ("Kst. II 2019/20, 35 300, nr. 5", "identifier", "kst-35300-5"),
        ("Bijl. Hand. II 1978/79, 15 300, nr. 5", "identifier", "kst-15300-5"),
        ("Bijlagen Handelingen II 1975/76, 13 872, nr. 3, p. 4", "page", "4"),
        ("Kamerst. 33694, nr. 20", "identifier", "kst-33694-20"),
        ("Hand. II 2019/20, nr. 45, item 6", "identifier", "h-tk-20192020-45-6"),
        ("Handelingen II 2019/20, 45, item 6", "identifier", "h-tk-20192020-45-6"),
        ("Aanh. Hand. II 2019/20, nr. 1234", "identifier", "ah-tk-20192020-1234"),
        ("Aanhangsel Handelingen II, 2019/20, 1234", "identifier", "ah-tk-20192020-1234"),
        ("Kamerstuk 33694-49 d.d. 03-10-2019", "date", "2019-10-03"),
        ("Kamerstuk 33694, nr. 20, blz. 3 t/m 5", "page", "3 t/m 5"),
    ],
)
def test_notation_field(text: str, key: str, value: object) -> None:
    assert parse(text).to_dict()[key] == value


# fmt: off
@pytest.mark.parametrize(
    ("text", "identifiers"),
    [
        ("Kamerstuk 33783, nrs. 31 en 32", ["kst-33783-31", "kst-33783-32"]),
        ("Kamerstuk 33783, nrs. 1 t/m 3", ["kst-33783-1", "kst-33783-2", "kst-33783-3"]),
        ("Kamerstuk 33783, nr. 4, p. 2-3; nr. 9, p. 11", ["kst-33783-4", "kst-33783-9"]),
        (
            "36200-VII-14; 35925-12; 21501-08-801",
            ["kst-36200-VII-14", "kst-35925-12", "kst-21501-08-801"],
        ),
        (
            "Kamerstukken I 2021/22, 35 925, B; Kamerstukken II 2021/22, 35 925, nr. 4",
            ["kst-35925-B", "kst-35925-4"],
        ),
        ("Trb. 2009, 217 en Trb. 2010, 162", ["trb-2009-217", "trb-2010-162"]),
        ("Stb. 2019, 123 en 2020, 45", ["stb-2019-123", "stb-2020-45"]),
        ("Stb. 2019, 123, 124 en 125", ["stb-2019-123", "stb-2019-124", "stb-2019-125"]),
        ("Handelingen II 2019/20, nr. 45, items 6 en 7", ["h-tk-20192020-45-6", "h-tk-20192020-45-7"]),
        (
            "Aanhangsel Handelingen II 2019/20, nr. 12 en 13",
            ["ah-tk-20192020-12", "ah-tk-20192020-13"],
        ),
        ("Kamerstukken 2023Z14813 en 2023Z14774", ["kv-tk-2023Z14813", "kv-tk-2023Z14774"]),
    ],
)
def test_lists_name_one_document_each(text: str, identifiers: list[str]) -> None:
    assert [c.identifier for c in parse_all(text)] == identifiers
# fmt: on


def test_parse_of_a_list_names_the_companion() -> None:
    with pytest.raises(ParseError, match=r"parse_all"):
        parse("Kamerstuk 33783, nrs. 31 en 32")


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        ("Kamerstuk 33694, nr.", "stops short", 21),
        ("Kamerstukken II 2019/21, 35300", "second year must follow", 1),
        ("Kamerstuk 33694, nr. 0", "numbering starts at 1", 1),
        ("Kamerstuk 33694, nr. 5 van 31 februari 2020", "no such day", 1),
        ("Kamerstuk 33694; artikel 4", "unexpected", 16),
        ("Stb. 2019", "stops short", 10),
        ("", "empty", 1),
        ("   ", "empty", 1),
        ("Kamerstuk 33783, nrs. 1-90", "at most 50", 1),
        ("(ah-ek-19951995-1)", "vergaderjaar", 8),
    ],
)
def test_errors_say_what_and_where(text: str, message: str, column: int) -> None:
    with pytest.raises(ParseError, match=message) as caught:
        parse(text)
    assert caught.value.column == column
    assert caught.value.line == 1
    assert isinstance(caught.value, ValueError)


def test_error_shows_the_text_with_a_caret() -> None:
    with pytest.raises(ParseError) as caught:
        parse("Kamerstuk 33694; artikel 4")
    lines = str(caught.value).splitlines()
    assert lines[1].strip() == "Kamerstuk 33694; artikel 4"
    assert lines[2].index("^") == lines[1].index(";")
    assert caught.value.expected  # says what it wanted instead


def test_error_on_a_later_line_counts_lines() -> None:
    with pytest.raises(ParseError) as caught:
        parse("Kamerstukken II\n2023/24, 36 410,\nnr. x")
    assert (caught.value.line, caught.value.column) == (3, 5)


# None is a missing value (empty text, no citation): tests/test_missing.py.
@pytest.mark.parametrize("value", [33694, b"Kamerstuk 33694, nr. 20", ["Kamerstuk"]])
def test_non_str_input_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="str"):
        parse(value)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "text",
    [
        "Kamerstuk 33694, nr. 20\x00",
        "\x07\x08Kamerstuk",
        "Kamerstuk \ud800 33694",
        "Kamerstuk 33694, nr. 20 \udfff",
    ],
)
def test_control_characters_and_lone_surrogates_get_a_clear_error(text: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(text)
    str(caught.value).encode("utf-8")  # the message itself is printable


def test_ten_megabytes_fail_fast_and_linear() -> None:
    big = "Kamerstuk 33694, nr. 20 " + "x" * 10_000_000
    started = time.perf_counter()
    with pytest.raises(ParseError):
        parse(big)
    # Generous bound: the parser stops at the first bad character instead of reading 10 MB.
    assert time.perf_counter() - started < 2.0


def test_to_dict_has_exactly_the_contract_keys() -> None:
    for row in NOTATIONS:
        for citation in parse_all(row["text"]) if row["expected"] else []:
            assert tuple(citation.to_dict()) == DICT_KEYS


def test_citations_are_values_equal_hashable_and_picklable() -> None:
    one = parse("Kamerstukken II 2019/20, 35 300 VIII, nr. 5, p. 3")
    two = parse("Kamerstukken II 2019-2020, 35300-VIII, nr. 5, pag. 3")
    assert one == two
    assert hash(one) == hash(two)
    assert pickle.loads(pickle.dumps(one)) == one
    assert len({one, two}) == 1


def test_citations_are_frozen() -> None:
    citation = parse("Stb. 2019, 123")
    with pytest.raises(AttributeError):
        citation.page = "3"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "ambiguous"),
    [
        ("Kamerstuk 36 200 A", True),
        ("Kamerstukken II 2022/23, 36 200 A", False),
        ("Kamerstuk 36 200 A, nr. 1", False),
        ("Kamerstuk 36 200, A", False),
    ],
)
def test_ambiguous_letter_is_said_not_guessed(text: str, ambiguous: bool) -> None:
    citation = parse(text)
    assert isinstance(citation, kamerstuk.Kamerstuk)
    assert citation.ambiguous is ambiguous


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_any_text_is_a_citation_or_a_parse_error(text: str) -> None:
    error: ParseError | None = None
    try:
        citations = parse_all(text)
    except ParseError as err:  # the only exception a str may cause
        error = err
    if error is None:
        assert citations
    else:
        assert 0 <= error.offset <= len(text)
        assert error.line >= 1


# Headings and some documents write citations in capitals: they name the same documents.
# fmt: off
@pytest.mark.parametrize(
    "row", [r for r in NOTATIONS if r["expected"] and "-" not in r["text"].split()[0]], ids=lambda r: r["text"][:60]
)
def test_citations_in_capitals_name_the_same_documents(row: dict[str, Any]) -> None:
    if re.fullmatch(r"[a-z]+(-[a-z]+)*-\d.*", row["text"]):
        pytest.skip("KOOP identifiers are lower case by definition")
    assert [c.identifier for c in parse_all(row["text"].upper())] == [
        c.identifier for c in parse_all(row["text"])
    ]
# fmt: on


# fmt: off
@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("Stb. 2019, 123.", "stb-2019-123"),
        ("Kamerstuk 33694, nr. 20).", "kst-33694-20"),
        ("Kamerstuk 33694, nr. 20»", "kst-33694-20"),
        ("Kamerstuk 33694, nr. 20,", "kst-33694-20"),
        ("Handelingen II 2019/20, nr. 45, item 6;\n", "h-tk-20192020-45-6"),
        ("(Kamerstuk 33694, nr. 20)", "kst-33694-20"),
    ],
)
def test_parse_leaves_trailing_punctuation_it_does_not_own(text: str, identifier: str) -> None:
    assert parse(text).identifier == identifier
# fmt: on


@pytest.mark.parametrize(
    "text",
    ["Zie Kamerstuk 33694, nr. 20", "Kamerstuk 33694, nr. 20 is de brief"],
)
def test_parse_points_to_find_for_running_text(text: str) -> None:
    with pytest.raises(ParseError, match=r"use kamerstuk\.find\(\)"):
        parse(text)


@pytest.mark.parametrize("text", ["Kamerstuk 33694, nr..", "Kamerstuk 33694, nr."])
def test_a_citation_cut_short_is_no_running_text(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(text)
    assert "find()" not in str(info.value)


def test_a_back_reference_alone_is_no_citation() -> None:
    with pytest.raises(ParseError, match="back-reference"):
        parse("t.a.p., p. 7")


@pytest.mark.parametrize(
    "text",
    [
        "Aanhangsel Handelingen, vergaderjaar 2022\u2013608, nr. 377",
        "Kamerstukken II 2019/21, 35300, nr. 3",
        "Handelingen II, 31 februari 2019, nr. 45, item 6",
        "ah-tk-17066907-3649",
    ],
)
def test_an_impossible_value_read_again_says_the_same_where_and_why(text: str) -> None:
    # The token values and identifiers are kept per spelling with their failures
    # (errors.kept): a second reading's error must be a new one, located as the first.
    errors = []
    for _ in range(2):
        with pytest.raises(ParseError) as info:
            parse(text)
        errors.append(info.value)
    assert errors[0] is not errors[1]
    assert (str(errors[0]), errors[0].offset) == (str(errors[1]), errors[1].offset)
    assert errors[0].__cause__ is not errors[1].__cause__
