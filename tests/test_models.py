"""The models' construction: the fast constructor builds what attrs builds, for every kind."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import kamerstuk
from kamerstuk.model._construct import fast_constructor
from kamerstuk.model.citations import WRITERS

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
    assert set(WRITERS) == {"identifier", "url", "format"}
    assert kamerstuk.Staatsblad(year=2019, number="123").format("kort") == "Stb. 2019, 123"
