"""Citations of EU law: a document of EUR-Lex by its CELEX number, and the EU's Official Journal
(the Publicatieblad), as :mod:`kamerstuk.model.registers` holds the other registers beside KOOP's.

>>> CELEX.parse("32016R0679").url
'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679'
>>> Publicatieblad(series="L", year=2016, number="119").format()
'PbEU 2016, L 119'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from .errors import InvalidValue
from .register_fields import (
    to_celex_number,
    to_celex_type,
    to_pb_number,
    to_sector,
    to_series,
    to_year4,
)
from .registers import EURLEX, Links, Register
from .values import MONTH_NAMES

__all__ = ["CELEX", "Publicatieblad"]


_CELEX = re.compile(
    r"(?P<sector>[0-9A-Z])(?P<year>[0-9]{4})(?P<type>[A-Z]{1,2})(?P<number>[0-9]{1,6}(?:\([0-9]{1,3}\))*)"
    r"(?:-(?P<date>[0-9]{8}))?"
)


@attrs.frozen(kw_only=True)
class CELEX(Register):
    """A document of EUR-Lex by its CELEX number: ``32016R0679`` is sector 3 (legislation), year
    2016, type R (regulation), number 0679. A consolidated version (sector 0) carries its day:
    ``02016R0679-20160504`` (``date``). Sector and type are checked by :func:`kamerstuk.validate`.

    >>> c = CELEX.parse("celex:32016R0679")
    >>> c.sector, c.year, c.type, c.number
    ('3', 2016, 'R', '0679')
    """

    kind: ClassVar[str] = "celex"

    sector: str = attrs.field(converter=to_sector)
    year: int = attrs.field(converter=to_year4)
    type: str = attrs.field(converter=to_celex_type)
    number: str = attrs.field(converter=to_celex_number)

    @classmethod
    def parse(cls, text: str) -> CELEX:
        """``32016R0679``, with ``CELEX:`` before it or not; ``02016R0679-20160504``."""
        written = re.sub(r"(?i)^celex\s*:?\s*", "", text.strip()).upper()
        found = _CELEX.fullmatch(written)
        if found is None:
            raise InvalidValue(
                f"CELEX number {text!r}: expected a sector, a year, a type and a number,"
                " such as 32016R0679"
            )
        day = found.group("date")
        date = f"{day[:4]}-{day[4:6]}-{day[6:]}" if day else None
        return cls(
            sector=found.group("sector"),
            year=found.group("year"),
            type=found.group("type"),
            number=found.group("number"),
            date=date,
        )

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> CELEX:
        return cls.parse(values["identifier"])

    @property
    def identifier_text(self) -> str:
        day = f"-{self.date:%Y%m%d}" if self.date is not None else ""
        return f"{self.sector}{self.year}{self.type}{self.number}{day}"

    def text(self) -> str:
        return f"CELEX {self.identifier_text}"

    def links(self) -> Links:
        celex = self.identifier_text
        return celex, f"{EURLEX}CELEX:{celex}", None


#: The day the Publicatieblad van de Europese Gemeenschappen became the Publicatieblad van de
#: Europese Unie (Aanwijzing voor de regelgeving 3.46: PbEG before, PbEU since).
_PBEU_SINCE = (2003, 2, 1)


@attrs.frozen(kw_only=True)
class Publicatieblad(Register):
    """The Official Journal of the EU: series L or C, year and issue number (``PbEU 2016, L
    119``), a ``page`` in it; since October 2023 acts are published one by one and numbered per
    year instead (``PbEU L 2023/2854``: ``act`` True).

    >>> p = Publicatieblad(series="L", year=2016, number="119", page="1")
    >>> p.format(), p.url
    ('PbEU 2016, L 119, p. 1', 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:L:2016:119:TOC')
    """

    kind: ClassVar[str] = "publicatieblad"
    PAGED: ClassVar[bool] = True

    series: str = attrs.field(converter=to_series)
    year: int = attrs.field(converter=to_year4)
    number: str = attrs.field(converter=to_pb_number)
    act: bool = False

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> Publicatieblad:
        fields = {k: values.get(k) for k in ("series", "year", "number", "page", "date")}
        act = f"OJ:{fields['series']}_" in (values.get("url") or "")
        return cls(act=act, **{k: v for k, v in fields.items() if v is not None})

    @property
    def journal(self) -> str:
        """``PbEG`` before 1 February 2003, ``PbEU`` since (Aanwijzing 3.46)."""
        when = (
            (self.date.year, self.date.month, self.date.day) if self.date else (self.year, 12, 31)
        )
        return "PbEU" if when >= _PBEU_SINCE else "PbEG"

    def text(self) -> str:
        if self.act:
            head = f"{self.journal} {self.series} {self.year}/{self.number}"
        else:
            head = f"{self.journal} {self.year}, {self.series} {self.number}"
        if self.date is not None:
            d = self.date
            head += f" van {d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
        return head + (f", p. {self.page}" if self.page else "")

    def links(self) -> Links:
        if self.act:
            url = f"{EURLEX}OJ:{self.series}_{self.year}{int(self.number):05d}"
        else:
            url = f"{EURLEX}OJ:{self.series}:{self.year}:{int(self.number):03d}:TOC"
        why = (
            "an issue of the Official Journal has no identifier of its own;"
            " its acts have CELEX numbers"
        )
        return None, url, why
