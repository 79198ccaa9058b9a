"""Converters of the fields of :mod:`kamerstuk.model.registers`: each part of an identifier in
its normal form (upper case), or an :class:`~kamerstuk.InvalidValue` that says what was expected.

Named functions, one a field: attrs' mypy plugin reads converters of no other form.

>>> to_country("nl"), to_year4("2021")
('NL', 2021)
"""

from __future__ import annotations

import re

from .errors import InvalidValue

__all__ = [
    "shaped",
    "to_bwb_code",
    "to_celex_number",
    "to_celex_type",
    "to_country",
    "to_court",
    "to_cvdr_number",
    "to_document_number",
    "to_ecli_number",
    "to_pb_number",
    "to_sector",
    "to_series",
    "to_year4",
    "to_zaak_number",
]


def _upper(value: str | int) -> str:
    return str(value).strip().upper()


def shaped(value: str | int, pattern: str, what: str, example: str) -> str:
    """``value`` in upper case when it has the shape of ``pattern``, else an InvalidValue that
    says what was expected."""
    text = _upper(value)
    if not re.fullmatch(pattern, text):
        raise InvalidValue(f"{what} {value!r}: expected {example}")
    return text


# The converters of the fields (named functions: attrs' mypy plugin reads only those).
def to_zaak_number(value: str | int) -> str:
    return shaped(value, "20[0-9]{2}Z[0-9]{5}", "zaak number", "a year, Z and five digits")


def to_document_number(value: str | int) -> str:
    return shaped(value, "20[0-9]{2}D[0-9]{5}", "document number", "a year, D and five digits")


def to_country(value: str | int) -> str:
    return shaped(value, "[A-Z]{2}", "ECLI country code", "two letters")


def to_court(value: str | int) -> str:
    return shaped(value, "[A-Z0-9]{1,7}", "ECLI court code", "one to seven letters or digits")


def to_ecli_number(value: str | int) -> str:
    return shaped(
        value,
        r"(?=.{1,25}$)[A-Z0-9]+(?:\.[A-Z0-9]+)*",
        "ECLI number",
        "up to 25 letters, digits and dots",
    )


def to_bwb_code(value: str | int) -> str:
    return shaped(value, "BWB[A-Z][0-9]{7}", "BWB id", "BWB, a letter and seven digits")


def to_cvdr_number(value: str | int) -> str:
    return shaped(value, "[0-9]{1,8}", "CVDR number", "digits")


def to_sector(value: str | int) -> str:
    return shaped(value, "[0-9A-Z]", "CELEX sector", "a digit or a letter")


def to_celex_type(value: str | int) -> str:
    return shaped(value, "[A-Z]{1,2}", "CELEX type", "one or two letters")


def to_celex_number(value: str | int) -> str:
    return shaped(value, r"[0-9]{1,6}(?:\([0-9]{1,3}\))*", "CELEX number", "digits")


def to_series(value: str | int) -> str:
    return shaped(value, "[LC]", "Publicatieblad series", "L or C")


def to_pb_number(value: str | int) -> str:
    return shaped(value, "[0-9]{1,5}", "Publicatieblad number", "digits")


def to_year4(value: str | int) -> int:
    text = str(value).strip()
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise InvalidValue(f"year {value!r}: expected four digits such as 2021")
    return int(text)
