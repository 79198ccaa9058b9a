"""From the grammar's tokens to citation models: the Lark Transformer of the citation grammar.

The grammar inlines its helper rules, so each citation rule (``kamerstuk``, ``handelingen`` ...)
receives the flat run of tokens it matched. The grammar has already decided what the text is and
which token plays which part; this module only turns the parts into values, and each item into
one :class:`Found` per document (a list names several), with the span it was read from.

>>> from kamerstuk.grammar.parsing import parse_found
>>> [f.citation.identifier for f in parse_found("Kamerstuk 33783, nrs. 31 en 32")]
['kst-33783-31', 'kst-33783-32']
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
from lark import Token, Transformer

from ..model._construct import fast_constructor
from ..model.bladen import BLADEN
from ..model.citations import Aanhangsel, Bijlage, Citation, Handelingen, Kamerstuk, Kamervragen
from ..model.errors import InvalidValue, ParseError
from ..model.found import Found
from ..model.values import Chamber, Dossier, Vergaderjaar, dutch_date, to_ondernummer, to_page

__all__ = ["CitationTransformer", "Found"]

#: Dossiers split in numbered sub-dossiers: "21501-20" is a sub-dossier, never stuk 20. Of the
#: 5.5 million KOOP identifiers (koop.md), 15,486 have such a part, all under 21501 (21501-02 to
#: 21501-38) bar a dozen one-off oddities; there is no kst-21501-N.
SUBDOSSIER_FAMILIES = frozenset({"21501"})

#: The most documents one range ("nrs. 1-3") may expand to; longer ranges are not lists of papers.
MAX_RANGE = 50

_BLAD_WORDS = {
    "stb": "stb",
    "staatsblad": "stb",
    "stcrt": "stcrt",
    "staatscourant": "stcrt",
    "trb": "trb",
    "tractatenblad": "trb",
    "gmb": "gmb",
    "gemeenteblad": "gmb",
    "prb": "prb",
    "provinciaal blad": "prb",
    "wsb": "wsb",
    "waterschapsblad": "wsb",
    "bgr": "bgr",
    "blad gemeenschappelijke regeling": "bgr",
}

# The keyword tokens that say what the numbers after them are.
_CONTEXT = {"NRKW": "nr", "ITEMKW": "item", "PAGEKW": "page", "DATEKW": "date", "YEAR": "nr"}
_LIST_TOKENS = frozenset({"NUM", "LETTER", "COMMA", "EN", "DASH"})
_SPACE = re.compile(r"[\s\u00a0\u2009\u202f]+")
_SEG_NOISE = re.compile(r"[\s\u00a0\u2009\u202f\-\u2013\u2014.()]|(?i:hoofdstuk)")
_CHAMBER_NOISE = re.compile(r"(?i)^van de | der staten-generaal$")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})")
_NOT_DIGIT = re.compile(r"\D")
_NUMBER_NOISE = re.compile(r"[\s\u00a0\u2009\u202f.\-]")
_STUK_NUMBER = re.compile(r"[1-9]\d*[a-z]?")
_FUND_LETTER = re.compile(r"[A-Z]")


@attrs.define
class _Parts:
    """What one citation's tokens say, gathered in one pass."""

    chamber: Chamber | None = None
    vergaderjaar: Vergaderjaar | None = None
    dossiers: list[tuple[str, list[str]]] = attrs.Factory(list)
    lists: dict[str, list[Token]] = attrs.Factory(dict)
    page: str | None = None
    date: Any = None
    bare: str | None = None


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _seg_text(token: str) -> str:
    """'-VIII' -> 'VIII', ' (R1975)' -> 'R1975', ' hoofdstuk VIII' -> 'VIII'."""
    return _SEG_NOISE.sub("", token)


def _chamber(token: str) -> Chamber:
    return Chamber.of(_CHAMBER_NOISE.sub("", _squash(token)))


def _read(tokens: list[Token]) -> _Parts:
    """One pass over a citation's tokens; numbers are filed under the keyword before them."""
    parts = _Parts()
    context = "head"
    for tok in tokens:
        kind = tok.type
        if kind in _LIST_TOKENS:
            bucket = parts.lists.setdefault(context, [])
            if bucket or kind in ("NUM", "LETTER"):
                bucket.append(tok)
        elif kind in _CONTEXT:
            context = _CONTEXT[kind]
        elif kind in ("CHAMBER", "CHAMBER_HEAD"):
            parts.chamber = _chamber(tok)
        elif kind == "VJ":
            parts.vergaderjaar = Vergaderjaar.parse(_squash(tok))
        elif kind == "DOSSIER":
            parts.dossiers.append((_squash(tok), []))
        elif kind == "SEG":
            parts.dossiers[-1][1].append(_seg_text(tok))
        elif kind == "BARE_ONDNR":
            parts.bare = tok.lstrip(",").strip(" \u00a0")
        elif kind == "PAGES":
            parts.page = _squash(tok)
        elif kind == "DATE":
            parts.date = _date(tok)
    return parts


def _date(token: str) -> dt.date:
    """``3 oktober 2019`` or ``03-10-2019``."""
    numeric = _NUMERIC_DATE.fullmatch(token)
    if numeric:
        day, month, year = (int(g) for g in numeric.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise InvalidValue(f"date {token}: no such day") from None
    day_text, month_text, year_text = _squash(token).split(" ")
    return dutch_date(day_text, month_text, year_text)


def _expand(tokens: list[Token]) -> Iterator[str]:
    """The numbers of a list such as ``20, 21 en 25``, a range ``1-3`` or ``1 t/m 3``."""
    low: str | None = None
    through = False
    for tok in tokens:
        if tok.type in ("COMMA", "EN", "DASH"):
            through = tok.type == "DASH" or str(tok).lower() not in ("en", "&")
            continue
        value = str(tok)
        if through and low is not None:
            yield from _range(low, value)
        else:
            yield value
        low, through = value, False


def _range(low: str, high: str) -> Iterator[str]:
    if not (low.isdigit() and high.isdigit()) or not 0 < int(high) - int(low) <= MAX_RANGE:
        raise InvalidValue(f"range {low}-{high}: not a run of at most {MAX_RANGE} numbers")
    return (str(n) for n in range(int(low) + 1, int(high) + 1))


def _by_year(tokens: list[Token]) -> Iterator[tuple[int, list[Token]]]:
    """The numbers of a gazette citation grouped by the year before them."""
    year: int | None = None
    numbers: list[Token] = []
    for token in tokens:
        if token.type == "YEAR":
            if year is not None and numbers:
                yield year, numbers
            year, numbers = int(token), []
        elif token.type in _LIST_TOKENS and (numbers or token.type == "NUM"):
            numbers.append(token)
    if year is not None and numbers:
        # A separator before the next year is not part of this year's list.
        while numbers and numbers[-1].type != "NUM":
            numbers.pop()
        yield year, numbers


def _span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].start_pos or 0, tokens[-1].end_pos or 0


_Item = TypeVar("_Item", bound=Callable[..., list[Found]])


def _located(method: _Item) -> _Item:
    """Give an impossible value found in an item the offset of that item, for ParseError."""

    @functools.wraps(method)
    def wrapper(self: Any, tokens: list[Token]) -> list[Found]:
        try:
            return method(self, tokens)
        except InvalidValue as err:
            err.offset = tokens[0].start_pos or 0  # type: ignore[attr-defined]
            raise
        except ParseError as err:
            # A malformed KOOP identifier: its offset counts from the identifier's first letter.
            err.item_offset = tokens[0].start_pos or 0  # type: ignore[attr-defined]
            raise

    return wrapper  # type: ignore[return-value]


class CitationTransformer(Transformer[Token, list[Found]]):
    """Turns the tokens of one ``sequence`` into a list of :class:`Found`."""

    def start(self, children: list[Any]) -> list[Found]:
        # [sequence], or [LPAR, sequence, RPAR].
        found: list[Found] = children[0] if len(children) == 1 else children[1]
        return found

    def sequence(self, children: list[Any]) -> list[Found]:
        if len(children) == 1:  # one citation, the common case: nothing to inherit
            found: list[Found] = children[0]
            return found
        out: list[Found] = []
        for child in children:
            if not isinstance(child, str):  # skip the ITEMSEP and CONTSEP tokens
                out.extend(_inherit(out, f) for f in child)
        return out

    @_located
    def kamerstuk(self, tokens: list[Token]) -> list[Found]:
        return _kamerstukken(Kamerstuk, tokens)

    @_located
    def bare_kamerstuk(self, tokens: list[Token]) -> list[Found]:
        return _kamerstukken(Kamerstuk, tokens)

    @_located
    def bijlage(self, tokens: list[Token]) -> list[Found]:
        return _kamerstukken(Bijlage, tokens)

    @_located
    def continuation(self, tokens: list[Token]) -> list[Found]:
        parts = _read(tokens)
        start, end = _span(tokens)
        numbers = [parts.bare] if parts.bare else _expand(parts.lists.get("nr", []))
        pending = (_Pending(ondernummer=n, page=parts.page, date=parts.date) for n in numbers)
        return [Found(p, start, end) for p in pending]

    @_located
    def handelingen(self, tokens: list[Token]) -> list[Found]:
        parts = _read(tokens)
        # The vergadernummer follows "nr." or, without it, the vergaderjaar ("2019/20, 45").
        numbers = parts.lists.get("nr") or parts.lists.get("head")
        number = str(numbers[0]) if numbers else None
        items: list[str | None] = list(_expand(parts.lists.get("item", []))) or [None]
        span = _span(tokens)
        return [
            Found(
                Handelingen(
                    chamber=parts.chamber,
                    vergaderjaar=parts.vergaderjaar,
                    number=number,
                    item=item,
                    page=parts.page,
                    date=parts.date,
                ),
                *span,
            )
            for item in items
        ]

    @_located
    def handelingen_oud(self, tokens: list[Token]) -> list[Found]:
        # "Handelingen I 23 juni 2009, 36-1624": vergadernummer 36, page 1624 (koop.md section 4).
        parts = _read(tokens)
        number, _, page = parts.lists["head"]
        citation = Handelingen(chamber=parts.chamber, number=number, page=page, date=parts.date)
        return [Found(citation, *_span(tokens))]

    @_located
    def aanhangsel(self, tokens: list[Token]) -> list[Found]:
        parts = _read(tokens)
        span = _span(tokens)
        return [
            Found(
                Aanhangsel(
                    chamber=parts.chamber,
                    vergaderjaar=parts.vergaderjaar,
                    number=n,
                    page=parts.page,
                    date=parts.date,
                ),
                *span,
            )
            for n in _expand(parts.lists.get("nr") or parts.lists["head"])
        ]

    @_located
    def kamervragen(self, tokens: list[Token]) -> list[Found]:
        zaken = [t for t in tokens if t.type == "ZAAK"]
        if len(zaken) == 1:
            return [Found(Kamervragen(number=str(zaken[0])), *_span(tokens))]
        # In a list each number gets its own span ("2023Z14813 en 2023Z14774"); the first keeps
        # the head word before it, as single citations do.
        spans = [_span([tokens[0], zaken[0]])] + [_span([z]) for z in zaken[1:]]
        return [Found(Kamervragen(number=str(z)), *s) for z, s in zip(zaken, spans, strict=True)]

    @_located
    def blad(self, tokens: list[Token]) -> list[Found]:
        parts = _read(tokens)
        cls = BLADEN[_BLAD_WORDS[_squash(tokens[0]).lower().rstrip(".")]]
        span = _span(tokens)
        return [
            Found(cls(year=year, number=n, page=parts.page), *span)
            for year, numbers in _by_year(tokens)
            for n in _expand(numbers)
        ]

    @_located
    def identifier(self, tokens: list[Token]) -> list[Found]:
        from ..model.identifiers import from_identifier

        return [Found(from_identifier(str(tokens[0])), *_span(tokens))]


@attrs.frozen(kw_only=True)
class _Pending(Citation):
    """A "; nr. 9" continuation: a Kamerstuk whose dossier comes from the item before it."""

    ondernummer: str | None = None


def _inherit(before: list[Found], found: Found) -> Found:
    """Complete a continuation with the dossier, chamber and year of the Kamerstuk before it."""
    citation = found.citation
    if not isinstance(citation, _Pending):
        return found
    previous = next(
        (f.citation for f in reversed(before) if isinstance(f.citation, Kamerstuk)), None
    )
    if previous is None:
        raise InvalidValue("'nr.' without a dossier before it")
    citation = attrs.evolve(
        previous, ondernummer=citation.ondernummer, page=citation.page, date=citation.date
    )
    return Found(citation, found.start, found.end)


def _stuk(number: str) -> str:
    """An ondernummer as KOOP writes it: "NR. 188B" in capitals is stuk 188b."""
    if number[0].isdigit() and number[-1].isupper():
        return number.lower()
    return str(number)


def _kamerstukken(cls: type[Kamerstuk] | type[Bijlage], tokens: list[Token]) -> list[Found]:
    parts = _read(tokens)
    # A stuk printed under several dossiers is filed under the first (koop.md 1.1, rule 4).
    number, segs = parts.dossiers[0]
    listed = parts.lists.get("nr", [])
    if parts.bare:
        ondernummers: list[str] = [parts.bare]
    elif len(listed) == 1:  # one number, the common case
        ondernummers = [_stuk(listed[0])]
    else:
        ondernummers = [_stuk(n) for n in _expand(listed)]
    ambiguous = False
    digits = _NOT_DIGIT.sub("", number)
    subdossier = digits in SUBDOSSIER_FAMILIES and len(segs) == 1 and len(segs[0]) == 2
    if not ondernummers and segs and not subdossier and _STUK_NUMBER.fullmatch(segs[-1]):
        # Compact "33694-49", "36200-XV-12": the last numeric part is the stuk; a leading zero
        # marks a sub-dossier instead ("21501-07").
        ondernummers, segs = [segs[-1]], segs[:-1]
    elif not ondernummers and segs and _FUND_LETTER.fullmatch(segs[-1]):
        # "36 200 A": dossier 36200-A, or Eerste Kamer stuk A of 36200 (design.md).
        ambiguous = parts.chamber is not Chamber.II
    # The grammar's DOSSIER is digits with at most a separator: normal form once it is gone.
    dossier = _NEW_DOSSIER(_NUMBER_NOISE.sub("", number), tuple(segs))
    page = to_page(parts.page)
    span = _span(tokens)
    if cls is not Kamerstuk:
        common = {"dossier": dossier, "chamber": parts.chamber, "page": page, "date": parts.date}
        common["vergaderjaar"] = parts.vergaderjaar
        if not ondernummers:
            return [Found(cls(**common), *span)]
        return [Found(cls(ondernummer=n, **common), *span) for n in ondernummers]
    # Every value is in normal form here (to_ondernummer still checks each number), so the
    # Kamerstuk is built without running its converters again: this is find()'s hot path.
    rest = (parts.chamber, parts.vergaderjaar, page, parts.date, ambiguous)
    if not ondernummers:
        return [Found(_NEW_KAMERSTUK(dossier, None, *rest), *span)]
    return [Found(_NEW_KAMERSTUK(dossier, to_ondernummer(n), *rest), *span) for n in ondernummers]


_NEW_DOSSIER = fast_constructor(Dossier, "number", "suffixes")
_NEW_KAMERSTUK = fast_constructor(
    Kamerstuk, "dossier", "ondernummer", "chamber", "vergaderjaar", "page", "date", "ambiguous"
)
