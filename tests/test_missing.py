"""One behaviour for bad input, everywhere (docs/api.md, "Bad input").

- None and NaN (and the other missing values of a pandas column: pandas.NA, NaT) are empty
  text for every function that takes a text: what reads text gives nothing, what must name one
  document (parse, from_identifier, resolve) raises the ParseError it raises for "".
- A ``str`` where many texts are expected is a TypeError that says to pass a list.
- Any other type is a TypeError that names the function.
"""

from __future__ import annotations

import decimal
import math
from collections.abc import Callable
from typing import Any

import pytest

import kamerstuk
from kamerstuk.model.fields import is_missing

pd = pytest.importorskip("pandas", reason="the frame extra (pandas, pyarrow) is not installed")
np = pytest.importorskip("numpy", reason="the frame extra (pandas, pyarrow) is not installed")

from kamerstuk.frame import citations_frame  # noqa: E402
from kamerstuk.frame.table import batches  # noqa: E402


class NAType:
    """Stands in for pandas.NA without pandas: comparing it gives itself, which has no truth."""

    def __eq__(self, other: object) -> Any:
        return self

    def __ne__(self, other: object) -> Any:
        return self

    def __bool__(self) -> bool:
        raise TypeError("boolean value of NA is ambiguous")

    __hash__ = object.__hash__


MISSING = [
    None, float("nan"), math.nan, decimal.Decimal("NaN"), NAType(),
    np.float64("nan"), np.datetime64("NaT"), pd.NA, pd.NaT,
]  # fmt: skip

# Fixed ids: every pytest-xdist worker must name the cases alike (repr shows an address).
MISSING_IDS = [
    "None",
    "nan",
    "math.nan",
    "Decimal-NaN",
    "NA-standin",
    "numpy-nan",
    "numpy-NaT",
    "pandas.NA",
    "pandas.NaT",
]

#: A resolver that never reaches the network: an input that is no citation is refused before.
OFFLINE: dict[str, Any] = {"offline": True, "cache": False, "progress": False}


def _resolve(x: Any) -> Any:
    return kamerstuk.resolve(x, offline=True, cache=False)


def _resolve_all(xs: Any) -> Any:
    return kamerstuk.resolve_all(xs, **OFFLINE)


def _empty_parse_error(outcome: Any) -> bool:
    return isinstance(outcome, kamerstuk.ParseError) and "empty text" in outcome.message


# What each function gives for a missing value: the value, or the error it raises for "".
# fmt: off
CASES: list[tuple[str, Callable[[Any], Any], Callable[[Any], bool]]] = [
    ("find", lambda x: list(kamerstuk.find(x)), lambda out: out == []),
    ("validate", kamerstuk.validate, lambda out: out == []),
    ("fix_text", kamerstuk.fix_text, lambda out: (out.text, out.applied) == ("", ())),
    ("annotate", kamerstuk.annotate, lambda out: out == ""),
    ("annotate markdown", lambda x: kamerstuk.annotate(x, format="markdown"), lambda out: out == ""),
    ("annotate_html", kamerstuk.annotate_html, lambda out: out == ""),
    ("find_many", lambda x: list(kamerstuk.find_many([x], jobs=1)), lambda out: out == [[]]),
    ("citations_frame", lambda x: len(citations_frame([x])), lambda out: out == 0),
    ("parse", kamerstuk.parse, _empty_parse_error),
    ("parse errors=none", lambda x: kamerstuk.parse(x, errors="none"), lambda out: out is None),
    ("parse_all errors=none", lambda x: kamerstuk.parse_all(x, errors="none"), lambda out: out == []),
    ("from_identifier", kamerstuk.from_identifier, _empty_parse_error),
    ("resolve", _resolve, _empty_parse_error),
    ("resolve_all", lambda x: _resolve_all([x])[0].error, _empty_parse_error),
]
# fmt: on


def _outcome(function: Callable[[Any], Any], value: Any) -> Any:
    try:
        return function(value)
    except kamerstuk.KamerstukError as err:
        return err


@pytest.mark.parametrize(("name", "function", "expected"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("missing", MISSING, ids=MISSING_IDS)
def test_a_missing_value_is_empty_text_everywhere(
    name: str, function: Callable[[Any], Any], expected: Callable[[Any], bool], missing: Any
) -> None:
    # Before: annotate(None) and fix_text(None) raised a bare TypeError from inside the package,
    # resolve(None) an AttributeError, find(numpy NaT) a TypeError.
    assert is_missing(missing)
    outcome = _outcome(function, missing)
    assert expected(outcome), outcome
    # The same as for "" (the empty text it stands for).
    empty = _outcome(function, "")
    assert expected(empty), empty


# fmt: off
MANY: list[tuple[str, Callable[[Any], Any]]] = [
    ("find_many", lambda x: list(kamerstuk.find_many(x, jobs=1))),
    ("find_many contexts", lambda x: list(kamerstuk.find_many(["a"], jobs=1, contexts=x))),
    ("citations_frame", citations_frame),
    ("citations_frame contexts", lambda x: citations_frame(["a"], contexts=x)),
    ("batches", lambda x: list(batches(x))),
    ("resolve_all", _resolve_all),
]
# fmt: on


@pytest.mark.parametrize(("name", "function"), MANY, ids=[m[0] for m in MANY])
@pytest.mark.parametrize("value", ["Stb. 2019, 1", b"Stb. 2019, 1"], ids=["str", "bytes"])
def test_one_string_where_many_texts_go_is_a_type_error_that_says_to_pass_a_list(
    name: str, function: Callable[[Any], Any], value: Any
) -> None:
    # Before: each character was read as a text (19 empty results, 14 ParseErrors, 0 rows).
    with pytest.raises(TypeError, match=r"not one (str|bytes): pass a list"):
        function(value)


@pytest.mark.parametrize(("name", "function"), MANY, ids=[m[0] for m in MANY])
def test_no_iterable_at_all_is_a_type_error_that_says_what_goes_there(
    name: str, function: Callable[[Any], Any]
) -> None:
    with pytest.raises(TypeError, match=r"takes many .*\(a list, a pandas Series, any iterable\)"):
        function(12)


# fmt: off
ONE: list[tuple[str, Callable[[Any], Any]]] = [
    ("find()", lambda x: list(kamerstuk.find(x))),
    ("validate()", kamerstuk.validate),
    ("fix_text()", kamerstuk.fix_text),
    ("annotate()", kamerstuk.annotate),
    ("annotate_html()", kamerstuk.annotate_html),
    ("parse()", kamerstuk.parse),
    ("parse_all()", kamerstuk.parse_all),
    ("from_identifier()", kamerstuk.from_identifier),
    ("resolve()", _resolve),
]
# fmt: on


@pytest.mark.parametrize(("name", "function"), ONE, ids=[o[0] for o in ONE])
@pytest.mark.parametrize("value", [123, b"Stb. 2019, 123", ["Stb. 2019, 123"]], ids=repr)
def test_another_type_is_a_type_error_naming_the_function(
    name: str, function: Callable[[Any], Any], value: Any
) -> None:
    with pytest.raises(TypeError) as info:
        function(value)
    assert str(info.value).startswith(f"{name} expects text as a str"), info.value


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


# fmt: off
@pytest.mark.parametrize(("value", "missing"), [
    (None, True), (float("nan"), True), (np.nan, True), (decimal.Decimal("NaN"), True),
    (pd.NA, True), (pd.NaT, True), (np.datetime64("NaT"), True), (NAType(), True),
    ("", False), ("nan", False), ("None", False), (0, False), (0.0, False), (False, False),
    (b"", False), ([], False), ([None], False), (np.array([np.nan]), False),
    (np.array([np.nan, 1.0]), False), (pd.Series([None]), False), (object(), False),
], ids=lambda v: type(v).__name__)
def test_one_rule_of_what_is_missing(value: Any, missing: bool) -> None:
    # One rule for find/parse/validate (model.fields) and the tables and contexts
    # (text.contexts, text.many, frame): the two once differed (numpy NaT, Decimal NaN).
    from kamerstuk.frame import convert
    from kamerstuk.text import contexts, many

    assert is_missing(value) is missing
    assert contexts.is_missing is many.is_missing is vars(convert)["is_missing"] is is_missing
# fmt: on
