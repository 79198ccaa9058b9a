"""Reading KOOP identifiers: ``kst-35300-VIII-5`` to the citation it names.

Pure and offline. :func:`from_identifier` reads every identifier form KOOP publishes
(docs/koop.md §1) and round-trips byte for byte with
:func:`kamerstuk.model.identifiers.identifier_of`. No grammar here: identifiers are a machine
format, split on their dashes at 300,000 a second.

>>> c = from_identifier("kst-35300-VIII-5")
>>> str(c.dossier), c.ondernummer
('35300-VIII', '5')
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import NoReturn, TypeVar

from ._construct import fast_constructor
from .bladen import BLADEN
from .citations import (
    Aanhangsel,
    Agenda,
    Bijlage,
    Citation,
    Handelingen,
    Kamerstuk,
    Kamervragen,
    NietDossierstuk,
)
from .errors import InvalidValue, ParseError, kept
from .fields import text_of
from .identifier_case import by_role, needs_case
from .values import MONTHS, Chamber, Dossier, Vergaderjaar, to_ondernummer

__all__ = ["KV_NUMBER", "MAX_SUFFIXES", "from_identifier"]

#: The most dossier suffixes a KOOP identifier has: one (kst-35300-VIII-5, kst-21501-07-1400),
#: in every one of the 5.5 million identifiers of 2025.
MAX_SUFFIXES = 1

#: Where every published document has its page: ``{ZOEK}/{identifier}.html``.

_CHAMBERS = {"tk": Chamber.II, "ek": Chamber.I, "vv": Chamber.VV}
# Version suffixes after the last dash (docs/koop.md §1): herdruk, nieuw, verbeterblad, bijlage.
_VARIANT = re.compile(r"[hnvb]\d{1,2}")
_DOSSIER_NUMBER = re.compile(r"\d+|[IVXLCDM]+")
_PART = re.compile(r"[A-Za-z0-9]+")
_ROMAN = re.compile(r"[IVXL]+")
# Zaak numbers (2019Z12345) and the odd ones KOOP also has (2011Z2249, 201707014, 2018z12433).
#: A Kamervragen number as KOOP writes it (2019Z12345, and older all-digit numbers).
KV_NUMBER = re.compile(r"\d[0-9A-Za-z]*")
_AH_NUMBER = re.compile(r"\d+[a-z]?|AH\d+")
_BLAD_NUMBER = re.compile(r"\d+[A-Za-z]?|[A-Za-z]")
_GLUED = re.compile(r"(\d+)(v\d)")
_STCRT_ITEM = re.compile(r"(?:SC|CAO)\d+[A-Z]?")
_TRB_MONTHS = frozenset(MONTHS)
# The chambers of questions and their answers (kv, ah): no kv-vv or ah-vv exists.
_HOUSES = {"tk": Chamber.II, "ek": Chamber.I}

Parser = Callable[[str, list[str], str | None], Citation]
T = TypeVar("T")


def from_identifier(s: str | float | None) -> Citation:
    """The citation a KOOP identifier names; ``from_identifier(s).identifier == s``.

    Read in any case: ``KST-33694-20`` and ``kst-cxxiv-g`` (a link) are ``kst-33694-20`` and
    ``kst-CXXIV-G`` (:mod:`kamerstuk.model.identifier_case` says which part gets which case).

    >>> from_identifier("h-tk-20192020-45-6")
    Handelingen(page=None, date=None, variant=None, chamber=<Chamber.II: 'II'>, \
vergaderjaar=Vergaderjaar('2019-2020'), number='45', item='6', legacy=False)
    >>> from_identifier("stb-2021-250-n1").variant
    'n1'
    """
    return _read(text_of(s, "from_identifier()"))


@kept(maxsize=4096)
def _read(s: str) -> Citation:
    """:func:`from_identifier` of a str, kept per identifier with its failures (text repeats
    one: KOOP prints a document's identifier on each of its pages)."""
    if not s:
        raise ParseError("empty text is not a KOOP identifier", s, 0, ("an identifier",))
    parts = s.split("-")
    if needs_case(s, parts[0]) and s.isascii():
        # Written in capitals, or in small letters only (a link): each part as its role has it;
        # errors still quote ``s`` as given, at the same offsets.
        parts = by_role(parts)
    parser = _PARSERS.get(parts[0])
    if parser is None:
        _fail(s, parts, 0, f"unknown prefix {_written(s, parts, 0)!r}", *_PARSERS)
    if not s.isascii():
        bad = next(i for i, ch in enumerate(s) if not ch.isascii())
        message = f"not a valid {parts[0]} identifier: a non-ASCII character {s[bad]!r}"
        raise ParseError(message, s, bad, ("ASCII letters, digits and '-'",))
    last = parts[-1]
    # Most identifiers end in a digit: test cheaply before looking for a variant.
    variant = _pop_variant(parts) if last[:1] in "hnvb" or "_" in last else None
    try:
        return parser(s, parts, variant)
    except InvalidValue as err:
        # Checks above should catch everything first; this keeps the one-exception promise.
        raise ParseError(str(err), s, 0) from None


def _pop_variant(parts: list[str]) -> str | None:
    """Remove and return a version suffix: ``n1`` (after a dash) or ``_2`` (old Handelingen)."""
    last = parts[-1]
    if len(parts) > 2 and last[:1] in "hnvb" and _VARIANT.fullmatch(last):
        return parts.pop()
    base, underscore, tail = last.partition("_")
    if underscore and base and tail.isdigit():
        parts[-1] = base
        return underscore + tail
    return None


def _offset(parts: list[str], i: int) -> int:
    """Where part ``i`` starts (the end of the text when it is missing)."""
    head = len("-".join(parts[:i]))
    return head + 1 if 0 < i < len(parts) else head


def _written(s: str, parts: list[str], i: int) -> str:
    """Part ``i`` as the caller wrote it (the parts may be in the case of their roles)."""
    start = _offset(parts, i)
    return s[start : start + len(parts[i])]


def _fail(s: str, parts: list[str], i: int, message: str, *expected: str) -> NoReturn:
    kind = f"{parts[0]} identifier" if parts[0] in _PARSERS else "KOOP identifier"
    raise ParseError(f"not a valid {kind}: {message}", s, _offset(parts, i), expected)


def _need(s: str, parts: list[str], i: int, value: T | None, what: str) -> T:
    """``value`` when it is truthy, else fail at part ``i``; ``what`` names what belongs there."""
    if value:
        return value
    if i < len(parts):
        found = repr(_written(s, parts, i)) if parts[i] else "an empty part"
        _fail(s, parts, i, f"{found} where {what} should be", what)
    _fail(s, parts, i, f"it ends where {what} should follow", what)


def _at(parts: list[str], i: int) -> str:
    """Part ``i``, or "" when the identifier ends before it."""
    return parts[i] if i < len(parts) else ""


def _count(s: str, parts: list[str], *allowed: int) -> None:
    """Fail unless the identifier has one of the ``allowed`` numbers of parts."""
    if len(parts) not in allowed:
        too_many = len(parts) > max(allowed)
        i = max(allowed) if too_many else len(parts)
        what = "nothing more" if too_many else "another '-' part"
        _fail(s, parts, i, f"too {'many' if too_many else 'few'} '-' parts", what)


@functools.lru_cache(maxsize=256)
def _vergaderjaar(text: str) -> Vergaderjaar | None:
    """The vergaderjaar written ``20192020``, or None when it is not one."""
    if len(text) != 8 or not text.isdigit() or int(text[4:]) != int(text[:4]) + 1:
        return None
    try:
        return Vergaderjaar(int(text[:4]))
    except InvalidValue:
        return None


def _vj(s: str, parts: list[str], i: int) -> Vergaderjaar:
    return _need(s, parts, i, _vergaderjaar(_at(parts, i)), "a vergaderjaar such as 20192020")


def _chamber(s: str, parts: list[str], i: int, among: dict[str, Chamber] = _CHAMBERS) -> Chamber:
    what = "a chamber: tk, ek or vv" if among is _CHAMBERS else "a chamber: tk or ek"
    return _need(s, parts, i, among.get(_at(parts, i)), what)


@functools.lru_cache(maxsize=4096)
def _dossier(number: str, suffixes: tuple[str, ...]) -> Dossier:
    # Dossiers repeat across stukken; a cache spares the converters (the speed target).
    return Dossier(number, suffixes)


def _is_ondernummer(text: str) -> bool:
    if text.isdigit():
        return text[0] != "0"
    try:
        return to_ondernummer(text) == text
    except InvalidValue:
        return False


def _kst(s: str, parts: list[str], variant: str | None) -> Citation:
    """``kst-{dossier}[-{suffix}…]-{ondernummer}``; legacy ``kst-{vj}-{dossier}…`` (1994-2010)."""
    first = _at(parts, 1)
    if len(parts) == 3 and first.isdigit() and len(first) != 8 and _is_ondernummer(parts[2]):
        return _new_kst(_dossier(first, ()), parts[2], variant, False)  # the common case, fast
    if len(parts) == 2 and first.isdigit() and len(first) > 5:
        _fail(s, parts, 1, "a bare document number (kst-1138049) names no dossier", "a dossier")
    vj = _vj(s, parts, 1) if len(first) == 8 and first.isdigit() else None
    at = 2 if vj else 1
    _need(s, parts, at, _DOSSIER_NUMBER.fullmatch(_at(parts, at)), "a dossier number such as 34700")
    rest = parts[at + 1 :]
    ondernummer = rest.pop() if rest and _is_ondernummer(rest[-1]) else None
    # Only a legacy identifier names a whole dossier, ending in the dossier or a budget chapter.
    if ondernummer is None and not (vj and (not rest or _ROMAN.fullmatch(rest[-1]))):
        _need(s, parts, len(parts) - bool(rest), None, "an ondernummer such as 19, 188b or A")
    for i, part in enumerate(rest, at + 1):
        _need(s, parts, i, _PART.fullmatch(part), "a dossier suffix such as VIII")
    if len(rest) > MAX_SUFFIXES:
        message = "KOOP files no stuk under more than one dossier suffix (kst-35300-VIII-5)"
        _fail(s, parts, at + 1 + MAX_SUFFIXES, message, "an ondernummer")
    dossier, rijkswet = _dossier(parts[at], tuple(rest)), _has_rijkswet(rest)
    if vj is None:
        return _new_kst(dossier, ondernummer, variant, rijkswet)
    return _new_kst_legacy(dossier, ondernummer, variant, rijkswet, vj, True)


def _has_rijkswet(suffixes: list[str]) -> bool:
    # The same test as Dossier.is_rijkswet (R followed by digits), without a regex per suffix.
    return any(x[:1] == "R" and x[1:].isdigit() for x in suffixes)


def _blg(s: str, parts: list[str], variant: str | None) -> Citation:
    """``blg-{number}``; legacy ``blg-{dossier}-{ondernummer}``."""
    _count(s, parts, 2, 3)
    _need(s, parts, 1, parts[1].isdigit(), "a bijlage number such as 929493")
    if len(parts) == 2:
        return _new_blg(parts[1], variant)
    _need(s, parts, 2, _is_ondernummer(parts[2]), "an ondernummer such as 10B")
    dossier = _dossier(parts[1], ())
    return Bijlage(dossier=dossier, ondernummer=parts[2], variant=variant, legacy=True)


def _h(s: str, parts: list[str], variant: str | None) -> Citation:
    """``h-{chamber}-{vj}-{number}-{item}`` since 2010-2011; older: page ranges; ``h-{number}``."""
    if len(parts) == 2 and _need(s, parts, 1, parts[1].isdigit(), "a number or a chamber"):
        return Handelingen(number=parts[1], variant=variant, legacy=True)
    chamber, vj = _chamber(s, parts, 1), _vj(s, parts, 2)
    # A meeting of the Verenigde Vergadering has "VV" for a number (h-vv-19971998-VV-1-6).
    vv = _at(parts, 3) == "VV"
    for i in range(3 + vv, len(parts)):
        _need(s, parts, i, parts[i].isdigit(), "a number")
    if vj.start >= 2010:  # one publication per debate item since then (docs/koop.md §1.2)
        _count(s, parts, 5)
        return _new_h(chamber, vj, parts[3], parts[4], variant)
    _count(s, parts, *((6,) if vv else (5, 6, 7)))
    number, page, item = ("VV", f"{parts[4]}-{parts[5]}", None) if vv else _pages(vj, parts[3:])
    return _new_h_legacy(chamber, vj, number, item, variant, page, True)


def _pages(vj: Vergaderjaar, nums: list[str]) -> tuple[str | None, str, str | None]:
    """The best reading of an old Handelingen tail as (vergadernummer, page range, part).

    The forms (docs/koop.md §1.2) are ``{vnr}-{p1}-{p2}[-{k}]`` (1994-1996), ``{p1}-{p2}[-{k}]``
    and, in 2009-2010, also ``{vnr}-{p}``. Whatever the reading, the identifier round-trips.
    """
    if len(nums) == 4:
        return nums[0], f"{nums[1]}-{nums[2]}", nums[3]
    first, second, *last = (int(n) for n in nums)
    if last:
        if second > last[0]:  # a page range, then a part number
            return None, f"{nums[0]}-{nums[1]}", nums[2]
        return nums[0], f"{nums[1]}-{nums[2]}", None
    # In 2009-2010 a vergadernummer-page pair is far apart; a page range rarely spans 50 pages.
    if first <= second and (vj.start < 2009 or second - first <= 50):
        return None, f"{nums[0]}-{nums[1]}", None
    return nums[0], nums[1], None


def _ah(s: str, parts: list[str], variant: str | None) -> Citation:
    """``ah-{chamber}-{vj}-{number}``; legacy ``ah-{number}``."""
    if len(parts) == 2 and _need(s, parts, 1, parts[1].isdigit(), "a number or a chamber"):
        return Aanhangsel(number=parts[1], variant=variant, legacy=True)
    _count(s, parts, 4)
    chamber, vj = _chamber(s, parts, 1, _HOUSES), _vj(s, parts, 2)
    _need(s, parts, 3, _AH_NUMBER.fullmatch(parts[3]), "an aanhangsel number such as 1234")
    return _new_ah(chamber, vj, parts[3], variant)


def _kv(s: str, parts: list[str], variant: str | None) -> Citation:
    """``kv-tk-{zaak}``, ``kv-ek-{number}``; legacy ``kv-{number}``."""
    if len(parts) == 2 and _need(s, parts, 1, KV_NUMBER.fullmatch(parts[1]), "a chamber"):
        return Kamervragen(number=parts[1], chamber=None, variant=variant, legacy=True)
    chamber = _chamber(s, parts, 1, _HOUSES)
    _count(s, parts, 3)
    _need(s, parts, 2, KV_NUMBER.fullmatch(parts[2]), "a zaak number such as 2019Z12345")
    return _new_kv(parts[2], chamber, variant)


def _nds(s: str, parts: list[str], variant: str | None) -> Citation:
    """``nds-tk-{document number}``; legacy ``nds-{number}``."""
    _count(s, parts, 2, 3)
    chamber = _chamber(s, parts, 1) if len(parts) == 3 else None
    _need(s, parts, len(parts) - 1, _PART.fullmatch(parts[-1]), "a number")
    return NietDossierstuk(number=parts[-1], chamber=chamber, variant=variant)


def _ag(s: str, parts: list[str], variant: str | None) -> Citation:
    """``ag-{chamber}-{YYYY}-{MM}-{DD}``; legacy ``ag-tk-{DD}-{MM}-{YYYY}``, ``ag-{number}``."""
    if len(parts) == 2 and _need(s, parts, 1, parts[1].isdigit(), "a number or a chamber"):
        return Agenda(number=parts[1], variant=variant)
    _count(s, parts, 5)
    chamber, legacy = _chamber(s, parts, 1), len(parts[4]) == 4
    y, m, d = (4, 3, 2) if legacy else (2, 3, 4)
    for i, width in ((y, 4), (m, 2), (d, 2)):
        _need(s, parts, i, len(parts[i]) == width and parts[i].isdigit(), f"{width} digits")
    try:
        day = dt.date(int(parts[y]), int(parts[m]), int(parts[d]))
    except ValueError as err:
        _fail(s, parts, 2, f"no such date ({err})", "a date YYYY-MM-DD")
    return Agenda(chamber=chamber, date=day, variant=variant, legacy=legacy)


#: The years of a blad's citation: a year outside them ("stb-1000-0") could not be written as
#: a citation that reads back.
_BLAD_YEARS = (1800, 2099)
#: The first year of KOOP's plain Staatscourant identifiers (stcrt-2008-1484; docs/koop.md §1).
_STCRT_PLAIN = 2008


def _blad(s: str, parts: list[str], variant: str | None) -> Citation:
    """``{prefix}-{year}-{number}``; old stcrt items ``stcrt-1994-5-p0-SC1741``."""
    year, number = _at(parts, 1), _at(parts, 2)
    cls = BLADEN[parts[0]]
    # The years a citation of a blad can be written with and read back (grammar.lark's YEAR).
    good_year = len(year) == 4 and year.isdigit() and _BLAD_YEARS[0] <= int(year) <= _BLAD_YEARS[1]
    # A decentral blad has KOOP identifiers from the year KOOP began to publish it.
    if good_year and cls.first_year is not None and int(year) < cls.first_year:
        kind = cls.kind.replace("_", " ")
        _fail(s, parts, 1, f"KOOP publishes the {kind} from {cls.first_year} on", "a later year")
    # Before 2008 KOOP identifies the announcements in a Staatscourant, never a whole issue.
    if cls.prefix == "stcrt" and good_year and int(year) < _STCRT_PLAIN and len(parts) == 3:
        message = f"before {_STCRT_PLAIN} KOOP identifies each announcement in an issue"
        _fail(s, parts, 3, message, "an announcement such as -p10-SC39463")
    if len(parts) == 3 and good_year and number.isdigit():
        return _NEW_BLAD[parts[0]](int(year), number, variant)  # 90 % of all ids: fast
    _need(s, parts, 1, good_year, "a year from 1800 to 2099, such as 2019")
    if variant is None and (glued := _GLUED.fullmatch(number)) and len(parts) == 3:
        return cls(year=int(year), number=glued[1], variant=glued[2], glued=True)
    ok = _BLAD_NUMBER.fullmatch(number) or (cls.prefix == "trb" and number in _TRB_MONTHS)
    _need(s, parts, 2, ok, "a number such as 123")
    if len(parts) == 3:
        return cls(year=int(year), number=number, variant=variant)
    _need(s, parts, 3, cls.prefix == "stcrt", "nothing more")
    page, variant = _stcrt_item(s, parts, variant)
    return cls(year=int(year), number=number, page=page, item=parts[-1], variant=variant)


def _stcrt_item(s: str, parts: list[str], variant: str | None) -> tuple[str | None, str | None]:
    """The page and variant of ``…[-p{page}][-{variant}]-{item}`` (Staatscourant 1994-1998)."""
    _count(s, parts, 4, 5, 6)
    last = len(parts) - 1
    _need(s, parts, last, _STCRT_ITEM.fullmatch(parts[last]), "an item such as SC1741")
    # KOOP writes the variant of an item before the item (p9-v1-SC2926), so none may follow it.
    if variant is not None:
        message = "KOOP writes the variant before the item (p9-v1-SC2926)"
        _fail(s, parts, last + 1, message, "the item last")
    i, page = 3, None
    if parts[i][:1] == "p" and parts[i][1:].isdigit():
        i, page = 4, parts[i][1:]
    if i < last:
        _need(s, parts, i, _VARIANT.fullmatch(parts[i]), "a variant such as v1")
        i, variant = i + 1, parts[i]
    _need(s, parts, i, i == last, "an item such as SC1741")
    return page, variant


# Fast constructors for the hot paths (see fast_constructor); their arguments are in normal form.
_KST = ("dossier", "ondernummer", "variant", "rijkswet_in_id")
_new_kst = fast_constructor(Kamerstuk, *_KST)
_new_kst_legacy = fast_constructor(Kamerstuk, *_KST, "vergaderjaar", "legacy")
_new_blg = fast_constructor(Bijlage, "number", "variant")
_new_h = fast_constructor(Handelingen, "chamber", "vergaderjaar", "number", "item", "variant")
_new_h_legacy = fast_constructor(
    Handelingen, "chamber", "vergaderjaar", "number", "item", "variant", "page", "legacy"
)
_new_ah = fast_constructor(Aanhangsel, "chamber", "vergaderjaar", "number", "variant")
_new_kv = fast_constructor(Kamervragen, "number", "chamber", "variant")
_NEW_BLAD = {
    prefix: fast_constructor(cls, "year", "number", "variant") for prefix, cls in BLADEN.items()
}

_PARSERS: dict[str, Parser] = {
    "kst": _kst,
    "blg": _blg,
    "h": _h,
    "ah": _ah,
    "kv": _kv,
    "nds": _nds,
    "ag": _ag,
    **dict.fromkeys(BLADEN, _blad),
}
