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
import math

from .errors import InvalidValue

__all__ = [
    "ASCII_ONLY",
    "is_missing",
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
    """True for None and NaN, the missing values of a pandas column (``pandas.NA`` too), which
    find() and validate() read as empty text.

    >>> is_missing(None), is_missing(float("nan")), is_missing(""), is_missing(0)
    (True, True, False, False)
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    kind = type(value)
    return kind.__name__ in ("NAType", "NaTType") and kind.__module__.startswith("pandas")


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
