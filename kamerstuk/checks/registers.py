"""Checks on the citations of the registers beside KOOP's: the codes an ECLI, a BWB id or a
CELEX number is made of, and years no document can have yet.

The models take any part of the right shape (:mod:`kamerstuk.model.registers`); whether a country,
a court, a BWB type or a CELEX sector and type exists is checked here, against the lists of
:mod:`kamerstuk.model.register_codes`. Those lists grow, so an unknown code is a warning; a
CELEX sector EUR-Lex does not have, or a year in the future, is an error.

>>> import datetime as dt
>>> from kamerstuk.model.registers import ECLI
>>> [code for code, _ in register_findings(ECLI.parse("ECLI:NL:XYZ:2030:1"), dt.date(2026, 1, 1))]
['KS204', 'KS212']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..model.citations import Citation
from ..model.eu import CELEX, Publicatieblad
from ..model.register_codes import CELEX_SECTORS, CELEX_TYPES, ECLI_COUNTRIES, ECLI_COURTS
from ..model.registers import BWB, ECLI, Register

__all__ = ["register_findings"]

#: The types of BWB id: R for regelingen (laws and regulations), V for verdragen (treaties).
_BWB_TYPES = {"R": "regelingen", "V": "verdragen"}


def register_findings(c: Citation, today: dt.date) -> Iterator[tuple[str, str]]:
    """The problems of a citation of a register beside KOOP's; none for any other citation."""
    if not isinstance(c, Register):
        return
    year = getattr(c, "year", None)
    if isinstance(year, int) and year > today.year:
        yield "KS204", f"{c.format()} is of {year}, a year in the future"
    if isinstance(c, ECLI):
        yield from _ecli(c)
    elif isinstance(c, BWB):
        yield from _bwb(c)
    elif isinstance(c, CELEX):
        yield from _celex(c)
    elif isinstance(c, Publicatieblad):
        yield from _publicatieblad(c)


def _ecli(c: ECLI) -> Iterator[tuple[str, str]]:
    if c.country not in ECLI_COUNTRIES:
        yield (
            "KS211",
            f"{c.format()}: {c.country} is not a country code of the ECLI (the EU member states,"
            " with EL for Greece; EU for the EU's courts, CE for the ECHR, EP for the EPO)",
        )
        return
    courts = ECLI_COURTS.get(c.country)
    if courts is not None and c.issuer not in courts:
        where = "the Rechtspraak's list of instanties" if c.country == "NL" else "the ECLI"
        yield (
            "KS212",
            f"{c.format()}: {c.issuer} is not a court code of {c.country} in {where};"
            " check the court",
        )


def _bwb(c: BWB) -> Iterator[tuple[str, str]]:
    letter = c.code[3]
    if letter not in _BWB_TYPES:
        kinds = ", ".join(f"BWB{k} ({v})" for k, v in _BWB_TYPES.items())
        yield "KS213", f"{c.code}: BWB ids begin with {kinds}, not BWB{letter}"


def _celex(c: CELEX) -> Iterator[tuple[str, str]]:
    if c.sector not in CELEX_SECTORS:
        yield (
            "KS214",
            f"{c.format()}: {c.sector} is not a sector of EUR-Lex (0 to 9, C and E)",
        )
        return
    types = CELEX_TYPES.get(c.sector)
    if types is not None and c.type not in types:
        yield (
            "KS215",
            f"{c.format()}: {c.type} is not a document type of sector {c.sector}"
            f" ({CELEX_SECTORS[c.sector]}); check the letters after the year",
        )


def _publicatieblad(c: Publicatieblad) -> Iterator[tuple[str, str]]:
    if c.date is not None and c.date.year != c.year:
        yield (
            "KS216",
            f"{c.format()}: the date is of {c.date.year}, the issue is cited as of {c.year}",
        )
