"""A pandas column has holes: None and NaN are empty text to find() and validate(), and
parse(..., errors="none") gives None instead of raising, so that .map() and .apply() go on."""

from __future__ import annotations

import math
from typing import Any

import pytest

import kamerstuk


class NAType:
    """Stands in for pandas.NA (the missing value of pandas' string columns)."""

    __module__ = "pandas._libs.missing"

    def __bool__(self) -> bool:
        raise TypeError("boolean value of NA is ambiguous")


MISSING = [None, float("nan"), math.nan, NAType()]


@pytest.mark.parametrize("missing", MISSING, ids=repr)
def test_find_and_validate_read_a_missing_value_as_empty_text(missing: Any) -> None:
    # df["text"].map(kamerstuk.find) once failed on NaN: "expects text as a str, got float".
    assert list(kamerstuk.find(missing)) == []
    assert kamerstuk.validate(missing) == []


@pytest.mark.parametrize("missing", MISSING, ids=repr)
def test_parse_of_a_missing_value_is_an_empty_citation(missing: Any) -> None:
    with pytest.raises(kamerstuk.ParseError, match="empty text"):
        kamerstuk.parse(missing)
    assert kamerstuk.parse(missing, errors="none") is None
    assert kamerstuk.parse_all(missing, errors="none") == []


# fmt: off
@pytest.mark.parametrize(("text", "expected"), [
    ("Stb. 2019, 123", "stb-2019-123"),
    ("onzin", None),
    ("Kamerstuk 33694, nr.", None),
    ("Kamerstuk 33783, nrs. 31 en 32", None),  # two documents: parse() names one
    ("", None),
])
def test_parse_errors_none_gives_none_for_what_is_no_citation(
    text: str, expected: str | None
) -> None:
    # s.apply(kamerstuk.parse) once died on the first bad row.
    citation = kamerstuk.parse(text, errors="none")
    assert (citation.identifier if citation is not None else None) == expected
# fmt: on


def test_parse_all_errors_none() -> None:
    assert kamerstuk.parse_all("onzin", errors="none") == []
    assert len(kamerstuk.parse_all("Kamerstuk 33783, nrs. 31 en 32", errors="none")) == 2


@pytest.mark.parametrize("function", [kamerstuk.parse, kamerstuk.parse_all])
def test_errors_must_be_raise_or_none(function: Any) -> None:
    with pytest.raises(ValueError, match="errors="):
        function("Stb. 2019, 123", errors="ignore")


@pytest.mark.parametrize("value", [123, b"Stb. 2019, 123", ["Stb. 2019, 123"]], ids=repr)
def test_other_types_are_still_type_errors(value: Any) -> None:
    with pytest.raises(TypeError):
        list(kamerstuk.find(value))
    with pytest.raises(TypeError):
        kamerstuk.validate(value)
    with pytest.raises(TypeError):
        kamerstuk.parse(value, errors="none")
