"""Citations to KOOP identifiers and to their zoek.officielebekendmakingen.nl URLs.

Pure and offline. :func:`identifier_of` gives the identifier a citation fixes and
:func:`identifier_reason` says in plain English why a citation fixes none; the other way,
:func:`from_identifier` (in :mod:`kamerstuk.model.identifier_parser`) reads an identifier back.

>>> c = from_identifier("kst-35300-VIII-5")
>>> url_of(c)
'https://zoek.officielebekendmakingen.nl/kst-35300-VIII-5.html'
>>> from kamerstuk.model.citations import Handelingen
>>> identifier_reason(Handelingen(chamber="II", vergaderjaar="2007/08", number=70, page=4867))
'Handelingen before 2010-2011 are filed by page ranges the citation lacks: resolve to find out'
"""

from __future__ import annotations

import datetime as dt
import functools

from .bladen import Blad, DecentraalBlad
from .citations import (
    WRITERS,
    Aanhangsel,
    Agenda,
    Bijlage,
    Citation,
    Handelingen,
    Kamerstuk,
    Kamervragen,
    NietDossierstuk,
)
from .identifier_parser import KV_NUMBER, MAX_SUFFIXES, from_identifier
from .registers import Register
from .values import Chamber

__all__ = [
    "ZOEK",
    "from_identifier",
    "identifier_of",
    "identifier_reason",
    "issue_numbered",
    "links_of",
    "url_of",
]

ZOEK = "https://zoek.officielebekendmakingen.nl"


def identifier_of(c: Citation) -> str | None:
    """The KOOP identifier a citation fixes, or None (then :func:`identifier_reason` says why).

    >>> identifier_of(Kamerstuk(dossier="35300-VIII", ondernummer="5"))
    'kst-35300-VIII-5'
    >>> identifier_of(Kamerstuk(dossier="35300-VIII")) is None
    True
    """
    return _identify(c)[0]


def identifier_reason(c: Citation) -> str | None:
    """Why a citation has no KOOP identifier, in plain English; None when it has one.

    >>> identifier_reason(Kamerstuk(dossier="35300"))
    'a whole dossier has no identifier of its own (its page is the dossier URL)'
    """
    return _identify(c)[1]


def url_of(c: Citation) -> str | None:
    """The zoek.officielebekendmakingen.nl page: the document's, else a whole dossier's, else None.

    >>> url_of(Kamerstuk(dossier="35300-VIII"))
    'https://zoek.officielebekendmakingen.nl/dossier/35300-VIII'
    """
    return links_of(c)[1]


def links_of(c: Citation) -> tuple[str | None, str | None, str | None]:
    """The identifier, the URL and why there is no identifier (None where there is one) of a
    citation together, the identifier worked out once (what ``to_dict()`` gives for every match
    of a table).

    >>> links_of(Kamerstuk(dossier="35300-VIII", ondernummer="5"))[:2]
    ('kst-35300-VIII-5', 'https://zoek.officielebekendmakingen.nl/kst-35300-VIII-5.html')
    >>> links_of(Kamerstuk(dossier="35300-VIII"))[1:]
    ('https://zoek.officielebekendmakingen.nl/dossier/35300-VIII', 'a whole dossier has no \
identifier of its own (its page is the dossier URL)')
    """
    if isinstance(c, Register):  # a register beside KOOP's: its own identifier and site
        return c.links()
    identifier, reason = _identify(c)
    if identifier is not None:
        return identifier, f"{ZOEK}/{identifier}.html", None
    if isinstance(c, Kamerstuk) and c.ondernummer is None:
        return None, f"{ZOEK}/dossier/{c.dossier}", reason
    return None, None, reason


Found = tuple[str | None, str | None]


def _ok(base: str, variant: str | None) -> Found:
    """The identifier with its variant: ``-n1`` after a dash, ``_2`` as it is."""
    if variant is None:
        return base, None
    return (base + variant if variant[0] == "_" else f"{base}-{variant}"), None


def _no(reason: str) -> Found:
    return None, reason


WRITERS["identifier"] = identifier_of
WRITERS["url"] = url_of
WRITERS["links"] = links_of


@functools.singledispatch
def _identify(c: Citation) -> Found:
    return _no(f"KOOP has no identifier scheme for a {c.kind} citation")


@_identify.register
def _(c: Register) -> Found:
    identifier, _, reason = c.links()
    return identifier, reason


@_identify.register
def _(c: Kamerstuk) -> Found:
    if c.dossier.is_rijkswet and not c.rijkswet_in_id:
        return _no(
            "KOOP files most Rijkswet stukken without the R-number (kst-34417-7) and a few"
            " with it (kst-33183-R1975-11): resolve to find out"
        )
    if len(c.dossier.suffixes) > MAX_SUFFIXES:
        return _no("KOOP files no stuk under more than one dossier suffix: resolve to find out")
    if c.legacy:
        vj = c.vergaderjaar
        if vj is None or vj.is_range:
            return _no("a legacy Kamerstuk identifier needs its one vergaderjaar")
        tail = f"-{c.ondernummer}" if c.ondernummer else ""
        return _ok(f"kst-{vj.compact}-{c.dossier}{tail}", c.variant)
    if c.ondernummer is None and c.dossier.suffixes and c.ambiguous:
        *head, letter = c.dossier.suffixes
        other = "-".join((c.dossier.number, *head))
        return _no(f"ambiguous: the whole dossier {c.dossier}, or stuk {letter} of dossier {other}")
    if c.ondernummer is None:
        return _no("a whole dossier has no identifier of its own (its page is the dossier URL)")
    return _ok(f"kst-{c.dossier}-{c.ondernummer}", c.variant)


#: The first day of the Staatscourant numbered per publication, as KOOP identifies it today.
STCRT_PER_PUBLICATION = dt.date(2009, 7, 1)


def issue_numbered(c: Blad) -> bool:
    """True for a Staatscourant cited by the number of a daily issue: by a date before July 2009,
    or by a year before 2008 (KOOP has no plain stcrt-YYYY-N before 2008).

    >>> from kamerstuk.model.bladen import Staatscourant
    >>> issue_numbered(Staatscourant(year=2003, number="72"))
    True
    >>> Staatscourant(year=2019, number="1").identifier
    'stcrt-2019-1'
    """
    if c.date is not None:
        return c.date < STCRT_PER_PUBLICATION
    return c.year is not None and c.year < 2008


def _chamber_vj(c: Handelingen | Aanhangsel) -> tuple[str, str] | str:
    """The chamber code and 8-digit vergaderjaar, or the reason they are not known."""
    if c.chamber is None:
        return f"the chamber (I or II) of the {c.kind} is needed"
    if c.vergaderjaar is None or c.vergaderjaar.is_range:
        return f"the one vergaderjaar of the {c.kind} is needed"
    return c.chamber.code, c.vergaderjaar.compact


@_identify.register
def _(c: Handelingen) -> Found:
    if c.legacy and c.chamber is None and c.vergaderjaar is None and c.number:
        return _ok(f"h-{c.number}", c.variant)
    where = _chamber_vj(c)
    if isinstance(where, str):
        return _no(where)
    head = f"h-{where[0]}-{where[1]}"
    if c.legacy:
        tail = "-".join(x for x in (c.number, c.page, c.item) if x is not None)
        return _ok(f"{head}-{tail}", c.variant) if tail else _no("no pages to name it by")
    if c.vergaderjaar is not None and c.vergaderjaar.start < 2010:
        return _no(
            "Handelingen before 2010-2011 are filed by page ranges the citation lacks:"
            " resolve to find out"
        )
    if c.number is None or c.item is None:
        return _no("since 2010-2011 Handelingen are filed per item: the nr. and item are needed")
    return _ok(f"{head}-{c.number}-{c.item}", c.variant)


@_identify.register
def _(c: Aanhangsel) -> Found:
    if c.legacy and c.number:
        return _ok(f"ah-{c.number}", c.variant)
    where = _chamber_vj(c)
    if isinstance(where, str):
        return _no(where)
    if c.chamber is Chamber.VV or c.number is None:
        return _no("an Aanhangsel is identified by chamber (I or II), vergaderjaar and nr.")
    return _ok(f"ah-{where[0]}-{where[1]}-{c.number}", c.variant)


@_identify.register
def _(c: Kamervragen) -> Found:
    if c.legacy:
        return _ok(f"kv-{c.number}", c.variant)
    if c.chamber is Chamber.I:
        return _ok(f"kv-ek-{c.number}", c.variant)
    if c.chamber is Chamber.VV or not KV_NUMBER.fullmatch(c.number):
        return _no("Kamervragen of the Tweede Kamer are identified by a zaak number (2019Z12345)")
    return _ok(f"kv-tk-{c.number}", c.variant)


@_identify.register
def _(c: Bijlage) -> Found:
    if c.legacy and c.dossier is not None and c.ondernummer is not None:
        return _ok(f"blg-{c.dossier}-{c.ondernummer}", c.variant)
    if c.number is None:
        return _no("a bijlage has its own blg number, which the citation does not give")
    return _ok(f"blg-{c.number}", c.variant)


#: What kind of body numbered a decentral blad before KOOP published it, by prefix.
_ISSUERS = {
    "gmb": "municipality",
    "prb": "province",
    "wsb": "water board",
    "bgr": "joint arrangement",
}


@_identify.register
def _(c: Blad) -> Found:
    if c.year is None:
        return _no("a gazette is numbered per year: the year is needed")
    if isinstance(c, DecentraalBlad) and c.afdeling is not None:
        return _no(
            f"a section (afdeling {c.afdeling}) of a municipality's own blad: KOOP never"
            " published those"
        )
    if c.first_year is not None and c.year < c.first_year:
        return _no(
            f"KOOP publishes the {c.kind.replace('_', ' ')} from {c.first_year} on; before, each"
            f" {_ISSUERS.get(c.prefix, 'issuer')} numbered its own"
        )
    base = f"{c.prefix}-{c.year}-{c.number}"
    if c.glued and c.variant:
        return base + c.variant, None
    if c.item is None and c.prefix == "stcrt" and issue_numbered(c):
        return _no(
            "before July 2009 a Staatscourant number is an issue of the paper, and KOOP"
            " identifies each announcement in it (stcrt-2003-72-p10-SC39463): resolve to find out"
        )
    if c.item is None:
        return _ok(base, c.variant)
    page = f"-p{c.page}" if c.page is not None else ""
    variant = f"-{c.variant}" if c.variant else ""
    return f"{base}{page}{variant}-{c.item}", None


@_identify.register
def _(c: Agenda) -> Found:
    if c.number is not None:
        return _ok(f"ag-{c.number}", c.variant)
    if c.chamber is None or c.date is None:
        return _no("an agenda is identified by chamber and date")
    d = c.date
    day = f"{d.day:02d}-{d.month:02d}-{d.year:04d}" if c.legacy else d.isoformat()
    return _ok(f"ag-{c.chamber.code}-{day}", c.variant)


@_identify.register
def _(c: NietDossierstuk) -> Found:
    code = f"{c.chamber.code}-" if c.chamber else ""
    return _ok(f"nds-{code}{c.number}", c.variant)
