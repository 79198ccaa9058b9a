"""From the grammar's tokens to citation models: the transformer of the citation grammar.

The grammar inlines its helper rules, so each citation rule (``kamerstuk``, ``handelingen`` ...)
receives the flat run of tokens it matched. The grammar has already decided what the text is and
which token plays which part; this module only turns the parts into values, and each item into
one :class:`Found` per document (a list names several), with the span it was read from.

>>> from kamerstuk.grammar.parsing import parse_found
>>> [f.citation.identifier for f in parse_found("Kamerstuk 33783, nrs. 31 en 32")]
['kst-33783-31', 'kst-33783-32']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ..model._construct import fast_constructor
from ..model.bladen import BLAD_HEADS, BLADEN, DecentraalBlad
from ..model.citations import Bijlage, Citation, Kamerstuk, Kamervragen
from ..model.errors import InvalidValue, ParseError
from ..model.found import Found
from ..model.identifier_parser import from_identifier
from ..model.values import SUFFIX_IN_WORDS, Dossier
from . import minutes, register_items
from .continuations import Pending, Range, inherit, through
from .gazettes import act_year, group_pages
from .lexer import Lexeme
from .short import ShortForm
from .stukken import kamerstukken, koop_stuk, letter_after_part, stray_letter
from .tokens import by_year, expand, read, squash

if TYPE_CHECKING:
    from lark import Token  # the engine's tokens are Lexemes, Lark's own parser's Tokens

__all__ = ["CitationTransformer", "Found", "ShortForm"]

# The head words of the gazettes (grammar.lark: the national ones by year, the Staatscourant, the
# decentral bladen).
_BLAD_HEADS = frozenset({"BLAD_WORD", "STCRT_WORD", "LOCAL_WORD"})
# "afd. 3A" -> "3A".
_AFDELING_WORD = re.compile(r"^[,\s]*(?i:afdeling|afd\.?)\s*")
# The document a URL names: a dossier page, or the identifier in its path (docs/koop.md §2).
_URL_DOSSIER = re.compile(r"/dossier/([0-9][^/?#]*)/?$")
# A chamber's page of a bill: its dossier, a budget's chapter after it in the Eerste Kamer's slug
# ("eerstekamer.nl/wetsvoorstel/36200_vii_vaststelling...": 36200-VII), or after a dash in the
# Tweede Kamer's query ("qry=wetsvoorstel%3A36200-VII").
_URL_BILL = re.compile(
    r"eerstekamer\.nl/wetsvoorstel/([0-9]+)(?:_([ivxl]{1,6})(?=_|/|$))?"
    r"|qry=wetsvoorstel(?:%3[Aa]|:)([0-9]+(?:-[A-Za-z0-9]+)?)"
)
_URL_ID = re.compile(
    r"officielebekendmakingen\.nl/(?:dossier/)?([^/.]+)|officielepublicaties/[a-z\-]+/[^/]+/([^/]+)"
)

_INNER_WORD = re.compile(r"[a-zA-Z]+")
_NEW_KAMERVRAGEN = fast_constructor(Kamervragen, "number")

_Item = TypeVar("_Item", bound=Callable[..., list[Found]])


def _span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].start_pos or 0, tokens[-1].end_pos or 0


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


class CitationTransformer:
    """Turns the tokens of one ``sequence`` into a list of :class:`Found`: a method per rule,
    called with the rule's tokens (and values) as it is reduced, by the engine or by Lark's own
    parser (an inline transformer needs only the methods, so Lark is not imported for it)."""

    def start(self, children: list[Any]) -> list[Found]:
        # [sequence], or [LPAR, sequence, RPAR].
        if len(children) == 1:
            found: list[Found] = children[0]
            return found
        return _marked(children[1])

    def sequence(self, children: list[Any]) -> list[Found]:
        if len(children) == 1:  # one citation, the common case: nothing to inherit
            found: list[Found] = children[0]
            return found
        out: list[Found] = []
        for i, item in enumerate(children):  # (a citation's children[i - 1]: its separator)
            if type(item) is _Whole:
                out.extend(item)
            elif type(item) is Range:
                out.extend(through(out, item[0]))
            elif type(item) is _Asked and not (out and type(out[-1].citation) is Kamervragen):
                raise InvalidValue("askers' questions after no written questions")
            elif not (isinstance(item, str) or stray_letter(children[i - 1], out, item, Pending)):
                out.extend(inherit(out, f) for f in item)
        return out

    def range_end(self, tokens: list[Token]) -> list[Found]:
        parts = read(tokens)
        end = str(tokens[0]).split()[-1].lstrip("-\u2013")
        return Range([Found(Pending(ondernummer=end, page=parts.page), *_span(tokens))])

    def range_to(self, tokens: list[Token]) -> list[Found]:
        # The end with its dossier: a whole Kamerstuk, whose dossier through() checks.
        end = kamerstukken(Kamerstuk, tokens[1:])[-1]
        return Range([Found(end.citation, *_span(tokens[1:]))])

    @_located
    def kamerstuk(self, tokens: list[Token]) -> list[Found]:
        found = kamerstukken(Kamerstuk, tokens)
        return _Whole(found) if tokens[0].type == "KST_WORD" else found  # a head of its own

    # A bare dossier reference, the Handelingen formula, and a Kamerstuk printed in the
    # Handelingen's Bijlagen read as any Kamerstuk does.
    bare_kamerstuk = kamerstuk
    stuk_nr = kamerstuk

    # An agenda line's bill number, a table cell and a heading: the grammar read the mark that
    # makes a lone number a dossier.
    @_located
    def agenda_kamerstuk(self, tokens: list[Token]) -> list[Found]:
        return _marked(kamerstukken(Kamerstuk, tokens))

    table_cell = agenda_kamerstuk
    heading_kamerstuk = agenda_kamerstuk

    @_located
    def kenmerk_kamerstuk(self, tokens: list[Token]) -> list[Found]:
        # Each dossier of KOOP's "Kenmerk" field on its own, with its own span; the pages
        # after them are the Handelingen item's, no part of any dossier.
        dossiers = [t for t in tokens if t.type == "DOSSIER5"]
        return [f for t in dossiers for f in _marked(kamerstukken(Kamerstuk, [t]))]

    @_located
    def handelingen_verslag(self, tokens: list[Token]) -> list[Found]:
        return minutes.verslag(tokens)

    @_located
    def handelingen_kamerstuk(self, tokens: list[Token]) -> list[Found]:
        return minutes.debated(tokens, kamerstukken(Kamerstuk, tokens))

    @_located
    def bijlage(self, tokens: list[Token]) -> list[Found]:
        return kamerstukken(Bijlage, tokens)

    @_located
    def continuation(self, tokens: list[Token]) -> list[Found]:
        parts = read(tokens)
        start, end = _span(tokens)
        numbers = [parts.bare] if parts.bare else expand(parts.lists.get("nr", []))
        dashed = tokens[0].type == "DASH_ONDNR"
        pending = (
            Pending(ondernummer=n, page=parts.page, date=parts.date, dashed=dashed) for n in numbers
        )
        return [Found(p, start, end) for p in pending]

    @_located
    def handelingen(self, tokens: list[Token]) -> list[Found]:
        return minutes.handelingen(tokens)

    @_located
    def handelingen_oud(self, tokens: list[Token]) -> list[Found]:
        return minutes.oud(tokens)

    @_located
    def handelingen_compact(self, tokens: list[Token]) -> list[Found]:
        return minutes.compact(tokens)

    @_located
    def aanhangsel(self, tokens: list[Token]) -> list[Found]:
        return minutes.aanhangsels(tokens)

    @_located
    def kamervragen(self, tokens: list[Token]) -> list[Found]:
        zaken = [t for t in tokens if t.type == "ZAAK"]
        if len(tokens) == 1:  # a ZAAK token is ASCII without spaces: the number's normal form
            return [Found(_NEW_KAMERVRAGEN(str(zaken[0])), *_span(tokens))]
        parts = read(tokens)
        extra = {"page": parts.page, "date": parts.date}
        if len(zaken) == 1:
            return [Found(Kamervragen(number=str(zaken[0]), **extra), *_span(tokens))]
        # In a list each number gets its own span ("2023Z14813 en 2023Z14774"); the first keeps
        # the head word before it, as single citations do.
        spans = [_span([tokens[0], zaken[0]])] + [_span([z]) for z in zaken[1:]]
        return [
            Found(Kamervragen(number=str(z), **extra), *s)
            for z, s in zip(zaken, spans, strict=True)
        ]

    def more_questions(self, tokens: list[Token]) -> list[Found]:
        return _Asked(self.kamervragen(tokens))

    @_located
    def kamervragen_oud(self, tokens: list[Token]) -> list[Found]:
        # "nr. 2060702480": KOOP identifies these questions as kv-2060702480, without a chamber.
        return [Found(from_identifier(f"kv-{tokens[-1]}"), *_span(tokens))]

    @_located
    def blad(self, tokens: list[Token]) -> list[Found]:
        # The act's date before the gazette ("Wet van 12 mei 1994, Stb. 331") is the act's, not
        # the gazette's: it may give the year, but no field keeps it and the span starts after it.
        at = 0 if tokens[0].type in _BLAD_HEADS else _head_at(tokens)
        own = tokens[at:] if at else tokens
        if any(t.type in _BLAD_RETYPED for t in own):  # "nr. 2019/12345", "12 345"
            own = [_retyped(t) for t in own]
        if any(t.type == "BLAD_COUNT" for t in own):  # "15 500 woningen": a count
            raise InvalidValue(f"{squash(own[0])}: a count where its number stands")
        word = own[0]
        cls = BLADEN[BLAD_HEADS[squash(word).lower().rstrip(".")]]
        parts = read(own)
        fields: dict[str, Any] = {"page": parts.page, "date": parts.date}
        if issubclass(cls, DecentraalBlad):
            fields.update(_decentral(own))
        elif any(t.type == "AFDELING" for t in own):
            raise InvalidValue(f"{squash(word)} has no sections (only a municipality's own blad)")
        span = word.start_pos or 0, tokens[-1].end_pos or 0
        groups = list(by_year(own, act_year(tokens[:at]) if at else None))
        pages = group_pages(own)
        if len(groups) < 2 or len(pages) != len(groups):  # one page, all numbers'
            pages = [parts.page] * len(groups)
        return [
            Found(cls(year=year, number=n, **{**fields, "page": page}), *span)
            for (year, numbers), page in zip(groups, pages, strict=True)
            for n in expand(numbers)
        ]

    @_located
    def identifier(self, tokens: list[Token]) -> list[Found]:
        citation = from_identifier(str(tokens[0]))
        if len(tokens) > 1:  # "kst-33694-20, p. 3"
            parts = read(tokens[1:])
            citation = _pinpointed(citation, parts.page, parts.date)
        return _Whole([Found(citation, *_span(tokens))])

    @_located
    def url(self, tokens: list[Token]) -> list[Found]:
        citation = _linked(str(tokens[0]))
        if len(tokens) > 1:  # ".../dossier/35300, p. 3", as format() writes a whole dossier
            parts = read(tokens[1:])
            citation = _pinpointed(citation, parts.page, parts.date)
        return _Whole([Found(citation, *_span(tokens))])

    @_located
    def short_form(self, tokens: list[Token]) -> list[Found]:
        parts = read(tokens)
        short = ShortForm(refers="citation", page=parts.page, date=parts.date)
        start, end = _span(tokens)
        if tokens[0].type == "SHORT_WEAK_PAREN":  # "(aldaar)": the span is the word, as always
            word = _INNER_WORD.search(tokens[0])
            assert word is not None
            start, end = start + word.start(), start + word.end()
        return [Found(short, start, end)]

    @_located
    def short_stuk(self, tokens: list[Token]) -> list[Found]:
        parts = read(tokens)
        same = next((t for t in tokens if t.type == "SAME_DOSSIER"), None)
        # "van dit wetsvoorstel" names the document being read; "van hetzelfde dossier" the one
        # just cited; "stuk nr. 12" either.
        this = same is not None and not squash(same).lower().split()[1].endswith("zelfde")
        span = _span(tokens)
        if tokens[0].type == "REGISTER_LETTER":  # "- B Voorlopig verslag": the letter alone
            letter = tokens[0].lstrip(" \t-\u2013\u2022*")
            numbers, span = [letter], (span[1] - len(letter), span[1])
        else:
            numbers = list(expand(parts.lists["nr"]))
        return [
            Found(
                ShortForm(
                    refers="dossier",
                    ondernummer=koop_stuk(n),  # "stuk nr. 3L" as "nr. 3L" reads: 3l
                    this_document=this,
                    page=parts.page,
                ),
                *span,
            )
            for n in numbers
        ]


# A gazette's year after "nr." read as its year, a number in groups of three as one number.
_BLAD_RETYPED = {"BLAD_NRYEAR": "YEAR", "BLAD_GROUPED": "NUM"}


def _retyped(token: Token) -> Token:
    """``token`` as the terminal :func:`by_year` reads ("12 345" as NUM 12345)."""
    kind = _BLAD_RETYPED.get(token.type)
    if kind is None:
        return token
    digits = "".join(c for c in token if c.isdigit())
    start, end = token.start_pos or 0, token.end_pos or 0
    return Lexeme(kind, digits, start, end)  # type: ignore[return-value]


def _head_at(tokens: list[Token]) -> int:
    """Where the gazette's head word is among a citation's tokens (after the act's date)."""
    return next(i for i, t in enumerate(tokens) if t.type in _BLAD_HEADS)


def _decentral(tokens: list[Token]) -> dict[str, str]:
    """The issuer and section a decentral blad's tokens name ("van Breda", "afd. 3A")."""
    fields = {}
    for token in tokens:
        if token.type == "ISSUER":
            fields["issuer"] = str(token)
        elif token.type == "AFDELING":
            fields["afdeling"] = _AFDELING_WORD.sub("", token)
    return fields


# The callbacks of the registers beside KOOP's (the last section of grammar.lark).
for _rule in register_items.RULES:
    setattr(CitationTransformer, _rule, _located(getattr(register_items, _rule)))


# A Found as the grammar made it, marked: its fields hold no converters or validators to rerun.
_NEW_MARKED = fast_constructor(Found, "citation", "start", "end", "marked")


def _marked(found: list[Found]) -> list[Found]:
    return [_NEW_MARKED(f.citation, f.start, f.end, True) for f in found]


def _pinpointed(citation: Citation, page: str | None, day: Any) -> Citation:
    """The document an identifier names, with the pinpoint and date written after it; refused
    where the identifier holds a page or a date itself ("h-tk-19961997-1012-1042" is pages
    1012-1042, "ag-tk-2010-04-02" a day): another one would name another document."""
    if (page is not None and citation.page is not None) or (
        day is not None and citation.date is not None
    ):
        raise InvalidValue(f"{citation.identifier} holds its page and date itself")
    pinned = attrs.evolve(
        citation,
        page=citation.page if page is None else page,
        date=citation.date if day is None else day,
    )
    if pinned.identifier != citation.identifier:
        raise InvalidValue(f"{citation.identifier}: a page or date would name another document")
    return pinned


def _linked_dossier(url: str) -> str | None:
    """The dossier a link names, as "36200-VII": a dossier page of officielebekendmakingen.nl or
    a chamber's page of a bill; None for a document's link."""
    dossier = _URL_DOSSIER.search(url)
    if dossier:
        return dossier.group(1)
    bill = _URL_BILL.search(url)
    if bill is None:
        return None
    if bill.group(3):
        return bill.group(3)
    return bill.group(1) + ("-" + bill.group(2).upper() if bill.group(2) else "")


def _linked(url: str) -> Citation:
    """The citation of the document a URL names (the grammar's URL terminal)."""
    number = _linked_dossier(url)
    if number is not None:
        named = Dossier.parse(number)
        odd = [s for s in named.suffixes if not SUFFIX_IN_WORDS.fullmatch(s)]
        # ".../dossier/7791-4)n", ".../dossier/0612", and ".../dossier/35300-VI-D", a stuk's
        # number (kst-35300-VI-D) where a dossier's stands: no dossier has it.
        if odd or named.number[0] == "0" or letter_after_part(named.suffixes):
            raise InvalidValue(f"dossier {number!r} in the link {url!r}")
        return Kamerstuk(dossier=named)
    found = _URL_ID.search(url)
    if found is None:
        raise InvalidValue(f"no document in the link {url!r}")
    return from_identifier(found.group(1) or found.group(2))


class _Whole(list[Found]):
    """A KOOP identifier or link, or a Kamerstuk with a head word of its own: in a list it takes
    no chamber or year from the one before (", nr. 3 en kst-33694-20", " en Kamerstuk 33694")."""


class _Asked(list[Found]):
    """Written questions by their askers after "en", the word "vragen" elided ("... en van het
    lid B (2023Z10673)"): questions only after questions (a motion's zaak may follow a Stb.)."""
