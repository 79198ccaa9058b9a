"""The models' construction: the fast constructor builds what attrs builds, for every kind."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given

import kamerstuk
from kamerstuk.model._construct import fast_constructor
from kamerstuk.model.citations import DICT_KEYS, FIELD_KEYS, WRITERS

from strategies import CITATIONS

# One citation of every kind, with every field set to a value already in normal form.
# fmt: off
EXAMPLES: list[kamerstuk.Citation] = [
    kamerstuk.Kamerstuk(dossier="35300-VIII", ondernummer="5", chamber="II", vergaderjaar="2019/20", page="3", date="2019-10-03", ambiguous=False),
    kamerstuk.Bijlage(number="1183891"),
    kamerstuk.Handelingen(chamber="II", vergaderjaar="2019/20", number="45", item="6"),
    kamerstuk.Aanhangsel(chamber="I", vergaderjaar="2022/23", number="12"),
    kamerstuk.Kamervragen(number="2019Z12345"),
    kamerstuk.Staatsblad(year=2019, number="123"),
    kamerstuk.Staatscourant(year=2019, number="12345"),
    kamerstuk.Tractatenblad(year=2008, number="175"),
    kamerstuk.Gemeenteblad(year=2023, number="174296"),
    kamerstuk.ProvinciaalBlad(year=2017, number="1003"),
    kamerstuk.Waterschapsblad(year=2013, number="1000"),
    kamerstuk.BladGemeenschappelijkeRegeling(year=2024, number="715"),
    kamerstuk.Agenda(chamber="EK", date="1995-02-01"),
    kamerstuk.NietDossierstuk(chamber="TK", number="2013D38756"),
]
# fmt: on


def _fields(value: Any) -> dict[str, Any]:
    return {f.name: getattr(value, f.name) for f in attrs.fields(type(value))}


@pytest.mark.parametrize("citation", EXAMPLES, ids=lambda c: c.kind)
def test_fast_constructor_builds_what_attrs_builds(citation: kamerstuk.Citation) -> None:
    names = [f.name for f in attrs.fields(type(citation))]
    fields = _fields(citation)
    built = fast_constructor(type(citation), *names)(*(fields[n] for n in names))
    assert type(built) is type(citation)
    assert built == citation
    assert _fields(built) == fields
    assert hash(built) == hash(citation)


@pytest.mark.parametrize("citation", EXAMPLES, ids=lambda c: c.kind)
def test_fast_constructor_gives_the_defaults_of_the_fields_left_out(
    citation: kamerstuk.Citation,
) -> None:
    # Only the fields without a default are passed; attrs fills the rest in both cases.
    required = [f.name for f in attrs.fields(type(citation)) if f.default is attrs.NOTHING]
    fields = _fields(citation)
    built = fast_constructor(type(citation), *required)(*(fields[n] for n in required))
    assert built == type(citation)(**{n: fields[n] for n in required})


def test_the_models_write_themselves_through_the_registry() -> None:
    # kamerstuk.model fills the registry on import; a citation never imports its writers.
    assert set(WRITERS) == {"identifier", "url", "links", "format"}
    assert kamerstuk.Staatsblad(year=2019, number="123").format("kort") == "Stb. 2019, 123"


def _as_written(value: object) -> object:
    """What the contract says to_dict() gives for a field's value (design.md)."""
    if isinstance(value, kamerstuk.Chamber):
        return value.value
    if isinstance(value, kamerstuk.Dossier):
        return value.number
    if isinstance(value, kamerstuk.Vergaderjaar):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@given(CITATIONS)
def test_to_dict_gives_every_key_the_citation_has_and_its_links(
    citation: kamerstuk.Citation,
) -> None:
    out = citation.to_dict()
    assert tuple(out) == DICT_KEYS
    assert out["kind"] == citation.kind
    assert (out["identifier"], out["url"]) == (citation.identifier, citation.url)
    # A reason exactly where there is no identifier.
    assert (out["why_no_identifier"] is None) == (citation.identifier is not None)
    for key in FIELD_KEYS:
        assert out[key] == _as_written(getattr(citation, key, None)), key


# fmt: off
# One case a line: identifiers in the order they sort (kind first, then the fields as numbers).
IN_ORDER = [
    "ah-tk-20192020-9",
    "ah-tk-20192020-10",
    "h-tk-20192020-9-1",
    "h-tk-20192020-10-1",
    "h-tk-20192020-10-2",
    "kst-9999-1",
    "kst-33694-9",
    "kst-33694-10",
    "kst-33694-10a",
    "kst-33694-A",
    "kst-35300-VIII-5",
    "kst-35300-XVII-1",
    "stb-2019-9",
    "stb-2019-123",
    "stb-2020-1",
]
# fmt: on


def test_citations_sort_by_kind_then_fields_as_numbers() -> None:
    citations = [kamerstuk.from_identifier(i) for i in IN_ORDER]
    shuffled = citations[::-1][3:] + citations[::-1][:3]
    assert [c.identifier for c in sorted(shuffled)] == IN_ORDER


@given(CITATIONS, CITATIONS, CITATIONS)
def test_citations_are_totally_ordered(a: kamerstuk.Citation, b: Any, c: Any) -> None:
    assert [a < b, a == b, b < a].count(True) == 1
    assert (a <= b) == (a < b or a == b)
    assert (a > b) == (b < a)
    if a <= b and b <= c:
        assert a <= c


def test_a_citation_does_not_order_against_other_things() -> None:
    with pytest.raises(TypeError):
        _ = kamerstuk.parse("Stb. 2019, 1") < "stb-2019-1"  # type: ignore[operator]


def test_match_shows_in_a_notebook_as_its_text_and_link() -> None:
    match = next(kamerstuk.find("Zie <b>Stb. 2019, 123</b>."))
    shown = match._repr_html_()
    assert "Stb. 2019, 123" in shown
    assert 'href="https://zoek.officielebekendmakingen.nl/stb-2019-123.html"' in shown
    shown = kamerstuk.Match(kamerstuk.parse("Stb. 2019, 1"), 0, 8, "<script>")._repr_html_()
    assert "<script>" not in shown
    assert "&lt;script&gt;" in shown


# fmt: off
@pytest.mark.parametrize(("value", "shown"), [
    (kamerstuk.Vergaderjaar(2019), "Vergaderjaar('2019-2020')"),
    (kamerstuk.Vergaderjaar.parse("1993/94-1996/97"), "Vergaderjaar('1993-1994/1996-1997')"),
])
def test_vergaderjaar_repr_is_how_to_make_it(value: kamerstuk.Vergaderjaar, shown: str) -> None:
    assert repr(value) == shown
    assert eval(shown, {"Vergaderjaar": kamerstuk.Vergaderjaar}) == value
# fmt: on


# fmt: off
@pytest.mark.parametrize(("text", "why"), [
    ("Handelingen II 2007/08, nr. 70, p. 4867", "Handelingen before 2010-2011"),
    ("Stcrt. 2003, 72", "before July 2009 a Staatscourant number is an issue"),
    ("Aanhangsel Handelingen 2019/20, nr. 1234", "the chamber (I or II)"),
    ("Kamerstukken II 2019/20, 35 300", "a whole dossier has no identifier"),
    ("Kamerstukken II 2013/14, 33 183 (R1975), nr. 3", "Rijkswet stukken"),
    ("Bijlage bij Kamerstukken II 2019/20, 35 300, nr. 5", "a bijlage has its own blg number"),
    ("Stb. 2019, 123", None),
])
def test_to_dict_says_why_there_is_no_identifier(text: str, why: str | None) -> None:
    # The reason was only inside the NoIdentifier a resolver raised; a table had empty cells.
    out = kamerstuk.parse(text).to_dict()
    assert list(out)[list(out).index("url") + 1] == "why_no_identifier"
    if why is None:
        assert out["why_no_identifier"] is None
        assert out["identifier"] is not None
    else:
        assert why in out["why_no_identifier"]
        assert out["identifier"] is None
# fmt: on
