"""Converters for the plain fields of the models: numbers and codes as text, years, ISO dates,
and what counts as no text at all.

Each takes what a caller passes and returns the normal form, or raises
:class:`~kamerstuk.InvalidValue` saying why the value cannot be one. Only ASCII digits are
numbers: a field that goes into a KOOP identifier is ASCII.

>>> to_part(" 188b "), to_year("2019"), to_date("2019-10-03")
('188b', 2019, datetime.date(2019, 10, 3))
"""

from __future__ import annotations

import datetime as dt

from .errors import InvalidValue

__all__ = [
    "ASCII_ONLY",
    "is_missing",
    "iterable_of_texts",
    "text_of",
    "to_date",
    "to_part",
    "to_required_part",
    "to_stripped",
    "to_text",
    "to_year",
]

#: Why a value with a digit that is not 0-9 (fullwidth, Arabic-Indic, mathematical) is refused.
ASCII_ONLY = "only ASCII digits are numbers (0-9)"


def is_missing(value: object) -> bool:
    """True for a missing value, which every text-taking function reads as empty text: None, a
    value unequal to itself (float and Decimal NaN, numpy's NaN and NaT, pandas.NaT), and a value
    whose equality with itself has no truth value (pandas.NA). The one rule of the package:
    find(), validate(), parse(), the tables and the contexts of a corpus all ask here.

    A ``str`` is never missing (not even "nan"), nor is a container (a list, an array): those are
    not texts, and the caller's ``TypeError`` says so.

    >>> [is_missing(v) for v in (None, float("nan"), "", "nan", 0, [])]
    [True, True, False, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, (str, bytes, int)) or hasattr(value, "__len__"):
        return False  # the common cases, and containers, whose == is elementwise or whole
    try:
        unequal = value != value
    except Exception:  # a comparison that fails is no missing value, just no text
        return False
    try:
        return bool(unequal)
    except TypeError:
        return True  # pandas.NA: comparing it gives NA, whose truth value is undefined
    except Exception:
        return False


def text_of(value: object, who: str) -> str:
    """``value`` as the text a public function reads: a ``str`` as it is, a missing value
    (:func:`is_missing`) as empty text, anything else a ``TypeError`` naming ``who``.

    >>> text_of(None, "find()"), text_of("Stb. 2019, 1", "find()")
    ('', 'Stb. 2019, 1')
    >>> text_of(12, "find()")
    Traceback (most recent call last):
    ...
    TypeError: find() expects text as a str (or None or NaN, read as empty text), got int
    """
    if isinstance(value, str):
        return value
    if is_missing(value):
        return ""
    raise TypeError(
        f"{who} expects text as a str (or None or NaN, read as empty text),"
        f" got {type(value).__name__}"
    )


def iterable_of_texts(values: object, who: str, what: str = "texts") -> None:
    """Refuse, with a ``TypeError`` that says what to pass, a single ``str`` (or bytes) where
    ``who`` takes many ``what`` (it would read one character at a time), and a value that is no
    iterable at all.

    >>> iterable_of_texts(["Stb. 2019, 1"], "find_many()")
    >>> iterable_of_texts("Stb. 2019, 1", "find_many()")
    Traceback (most recent call last):
    ...
    TypeError: find_many() takes many texts, not one str: pass a list, as in find_many([...])
    """
    if isinstance(values, (str, bytes)):
        kind, example = type(values).__name__, f"{who[:-1]}[...])"
        raise TypeError(f"{who} takes many {what}, not one {kind}: pass a list, as in {example}")
    if not hasattr(values, "__iter__"):
        raise TypeError(
            f"{who} takes many {what} (a list, a pandas Series, any iterable),"
            f" not {type(values).__name__}"
        )


def to_text(value: str | int | None) -> str | None:
    """Converter: text without surrounding spaces, or None for nothing.

    >>> to_text(" 45 "), to_text("  "), to_text(7)
    ('45', None, '7')
    """
    return None if value is None else str(value).strip() or None


def to_part(value: str | int | None) -> str | None:
    """Converter: a number or code that goes into an identifier (``45``, ``188b``, ``h1``),
    without surrounding spaces, or None for nothing; only ASCII is taken, so that only the
    digits 0-9 are numbers.

    >>> to_part(" 45 "), to_part(None)
    ('45', None)
    """
    text = to_text(value)
    if text is not None and not text.isascii():
        raise InvalidValue(f"{value!r}: {ASCII_ONLY}, and identifiers are ASCII")
    return text


def to_required_part(value: str | int) -> str:
    """Converter: :func:`to_part` for a field that is always there.

    >>> to_required_part(" 2019Z12345 ")
    '2019Z12345'
    """
    text = to_stripped(value)
    if not text.isascii():
        raise InvalidValue(f"{value!r}: {ASCII_ONLY}, and identifiers are ASCII")
    return text


def to_year(value: str | int) -> int:
    """Converter: a year as a number, from ``2019`` or ``"2019"`` (ASCII digits only).

    >>> to_year("2019")
    2019
    """
    if isinstance(value, str) and not value.strip().isascii():
        raise InvalidValue(f"year {value!r}: {ASCII_ONLY}")
    return int(value)


def to_stripped(value: str | int) -> str:
    """Converter: text without surrounding spaces (a field that is always there).

    >>> to_stripped(" 123 ")
    '123'
    """
    return str(value).strip()


def to_date(value: dt.date | str | None) -> dt.date | None:
    """Converter: a date, an ISO ``YYYY-MM-DD`` string, or None."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidValue(f"date {value!r}: not an ISO date YYYY-MM-DD") from None
