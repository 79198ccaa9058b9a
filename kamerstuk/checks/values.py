"""Checks on the values of one citation: what no real document can have, or hardly can.

Each check looks at one fact (a date against the vergaderjaar, a dossier number against the
dossiers that existed, a chamber against the form of the ondernummer ...) and says in plain words
what is wrong and why. The limits come from the real identifier list
(:mod:`kamerstuk.model.limits`).

>>> from kamerstuk import parse
>>> [code for code, _ in value_findings(parse("Handelingen II 2007/08, nr. 70, item 5"))]
['KS205']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from ..model.bladen import Blad
from ..model.citations import Aanhangsel, Bijlage, Citation, Handelingen, Kamerstuk, Kamervragen
from ..model.limits import limits
from ..model.values import MONTH_NAMES, Chamber, Dossier, Vergaderjaar
from .registers import register_findings

__all__ = ["Finding", "value_findings"]

#: A code and its message.
Finding = tuple[str, str]

# A letter dated shortly before Prinsjesdag is often published, and so numbered, in the new
# vergaderjaar (a budget letter signed on the Friday before): three weeks of grace before it.
_GRACE = dt.timedelta(days=21)
# Items began with the Handelingen of 1 January 2011 (Aanwijzing 3.43, toelichting).
_ITEMS_BEGAN = dt.date(2011, 1, 1)
_ITEMS_VERGADERJAAR = 2010


def value_findings(citation: Citation, today: dt.date | None = None) -> list[Finding]:
    """Every problem with the values of ``citation``, judged on ``today`` (default: today).

    >>> from kamerstuk import parse
    >>> value_findings(parse("Kamerstukken II 2019/20, 36200, A"))[0][0]
    'KS206'
    """
    day = today or dt.date.today()
    checks = (_future, _date_outside, _item_too_early, _chamber_form, _dossier, _numbers)
    out: list[Finding] = []
    for check in checks:
        out.extend(check(citation, day))
    out.extend(_ambiguous(citation))
    out.extend(register_findings(citation, day))
    return out


def _long_date(day: dt.date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _vergaderjaar(citation: Citation) -> Vergaderjaar | None:
    vj = getattr(citation, "vergaderjaar", None)
    return vj if isinstance(vj, Vergaderjaar) else None


def _future(c: Citation, today: dt.date) -> Iterator[Finding]:
    vj = _vergaderjaar(c)
    if vj is not None and vj.start_date > today:
        opens = _long_date(vj.start_date)
        yield "KS204", f"vergaderjaar {vj.short} has not begun: it opens on Prinsjesdag {opens}"
    if c.date is not None and c.date > today:
        yield "KS204", f"the date {_long_date(c.date)} is in the future"
    if isinstance(c, Blad) and c.year is not None and c.year > today.year:
        yield "KS204", f"the year {c.year} is in the future"
    if isinstance(c, Kamervragen) and c.number[:4].isdigit() and int(c.number[:4]) > today.year:
        yield "KS204", f"zaak number {c.number} is of {c.number[:4]}, a year in the future"


def _date_outside(c: Citation, today: dt.date) -> Iterator[Finding]:
    vj = _vergaderjaar(c)
    if vj is None or c.date is None or vj.start_date > today:
        return
    # A debate belongs to the vergaderjaar of its day, exactly; a paper may be dated a little
    # before the Prinsjesdag of the year it is published in.
    grace = dt.timedelta(0) if isinstance(c, Handelingen) else _GRACE
    if vj.start_date - grace <= c.date <= vj.end_date:
        return
    actual = Vergaderjaar.of(c.date).short
    yield (
        "KS203",
        f"the date {_long_date(c.date)} falls in vergaderjaar {actual}, not in the cited"
        f" {vj.short} ({_long_date(vj.start_date)} to {_long_date(vj.end_date)})",
    )


def _item_too_early(c: Citation, today: dt.date) -> Iterator[Finding]:
    if not isinstance(c, Handelingen) or c.item is None:
        return
    vj = c.vergaderjaar
    if (vj is not None and vj.start < _ITEMS_VERGADERJAAR) or (
        c.date is not None and c.date < _ITEMS_BEGAN
    ):
        when = vj.short if vj is not None and vj.start < _ITEMS_VERGADERJAAR else "that date"
        yield (
            "KS205",
            f"item {c.item}: Handelingen have items only since 1 January 2011 (vergaderjaar"
            f" 2010/11); for {when}, cite the page numbers instead",
        )


def _chamber_form(c: Citation, today: dt.date) -> Iterator[Finding]:
    if not isinstance(c, Kamerstuk | Bijlage) or not c.ondernummer:
        return
    nr = c.ondernummer
    if c.chamber is Chamber.II and nr.isalpha() and nr.isupper():
        yield (
            "KS206",
            f"{nr!r} is an Eerste Kamer letter, but the citation says II (Tweede Kamer), whose"
            " stukken are numbered; check the chamber or the ondernummer",
        )
    elif c.chamber is Chamber.I and nr.isdigit():
        yield (
            "KS207",
            f"nr. {nr} is a Tweede Kamer number, but the citation says I (Eerste Kamer), whose"
            " stukken carry letters (A, B, ... AA); check the chamber",
        )


def _dossier(c: Citation, today: dt.date) -> Iterator[Finding]:
    dossier = getattr(c, "dossier", None)
    if not isinstance(dossier, Dossier) or not dossier.number.isdigit():
        return
    number = int(dossier.number)
    data = limits()
    ceiling = data.dossier_ceiling(today)
    if number > ceiling:
        yield (
            "KS208",
            f"dossier {number} does not exist yet: the highest in KOOP's {data.snapshot_year}"
            f" identifier list is {data.dossier_max}, and about {data.growth} dossiers are"
            " opened a year",
        )
        return
    vj = _vergaderjaar(c)
    if vj is None or vj.start_date > today:
        return
    bound = data.dossier_bound(vj)
    if bound is not None and number >= bound:
        yield (
            "KS209",
            f"dossier {number} was opened after vergaderjaar {vj.short}: the dossiers of that"
            f" year are numbered below {bound}, the begroting that opened the next one",
        )


def _limit(highest: int) -> int:
    # The identifier list may miss the last few documents of a year: allow half as many again.
    return highest + max(10, highest // 2)


def _leading_number(text: str | None) -> int | None:
    match = re.match(r"\d+", text or "")
    return int(match.group()) if match else None


def _numbers(c: Citation, today: dt.date) -> Iterator[Finding]:
    data = limits()
    if isinstance(c, Blad):
        highest = None if c.year is None else data.blad_max(c.prefix, c.year)
        number = _leading_number(c.number)
        if highest is not None and number is not None and number > _limit(highest):
            yield "KS210", f"{c.format()}: the highest number of {c.year} is {highest}"
        return
    vj = _vergaderjaar(c)
    if vj is None or vj.is_range or not data.complete(vj):
        return
    if isinstance(c, Aanhangsel):
        highest = data.aanhangsel_max(c.chamber, vj)
        yield from _above(c.number, highest, f"Aanhangsel nr. {c.number}", c, vj)
    elif isinstance(c, Handelingen):
        for field, label in (("number", "nr."), ("item", "item")):
            value = getattr(c, field)
            highest = data.handelingen_max(c.chamber, vj, field)
            yield from _above(value, highest, f"Handelingen {label} {value}", c, vj)


def _above(
    value: str | None, highest: int | None, label: str, c: Citation, vj: Vergaderjaar
) -> Iterator[Finding]:
    number = _leading_number(value)
    if highest is None or number is None or number <= _limit(highest):
        return
    chamber = getattr(c, "chamber", None)
    whose = {Chamber.II: " of the Tweede Kamer", Chamber.I: " of the Eerste Kamer"}
    owner = whose.get(chamber, "") if isinstance(chamber, Chamber) else ""
    yield (
        "KS210",
        f"{label} is far above the highest{owner} in {vj.short} ({highest});"
        " check the number, the vergaderjaar and the chamber",
    )


def _ambiguous(c: Citation) -> Iterator[Finding]:
    if not isinstance(c, Kamerstuk) or not c.ambiguous or not c.dossier.suffixes:
        return
    *rest, letter = c.dossier.suffixes
    stuk = attrs.evolve(
        c, dossier=Dossier(c.dossier.number, tuple(rest)), ondernummer=letter, ambiguous=False
    )
    yield (
        "KS401",
        f"this can name dossier {c.dossier} (the whole dossier) or Eerste Kamer stuk {letter} of"
        f" dossier {stuk.dossier} ({stuk.identifier}); write 'nr.' before the ondernummer and"
        " the chamber (I or II) to say which",
    )
