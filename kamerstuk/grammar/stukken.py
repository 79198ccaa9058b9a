"""Kamerstukken and bijlagen from the tokens the grammar matched: dossier, stukken, pinpoints.

One citation may name several stukken of one dossier ("nrs. 31 en 32", "34 012-1/2/3",
"nr. 7, p. 3, en nr. 9", "letter M, was letter B"); each becomes one :class:`Found` with the
span of the whole citation.

>>> from kamerstuk.grammar.parsing import parse_found
>>> [f.citation.identifier for f in parse_found("Kamerstuk 33694, nr. 7, p. 3, en nr. 9")]
['kst-33694-7', 'kst-33694-9']
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

import attrs

from ..model._construct import fast_constructor
from ..model.citations import Bijlage, Kamerstuk
from ..model.errors import InvalidValue
from ..model.found import Found
from ..model.values import SUBDOSSIER_FAMILIES, Chamber, Dossier, to_ondernummer, to_page
from .tokens import Parts, expand, read, segments

if TYPE_CHECKING:
    from lark import Token  # the engine's tokens are Lexemes, Lark's own parser's Tokens

__all__ = [
    "SUBDOSSIER_FAMILIES",
    "kamerstukken",
    "koop_stuk",
    "letter_after_part",
    "stray_letter",
    "under_chamber_i",
]


_NOT_DIGIT = re.compile(r"\D")
_NUMBER_NOISE = re.compile(r"[\s\u00a0\u2009\u202f.\-]")
_STUK_NUMBER = re.compile(r"[1-9]\d*[a-z]?")
_FUND_LETTER = re.compile(r"[A-Z]")
# A fund's letter (SEG's A to M) that is no Roman number: after a chapter, a stuk's.
_LETTER_AFTER = re.compile(r"[A-HJ-M]")
# Tokens that say where to look but are not part of the citation's text: the dash before an
# agenda line's bill number and the bars of a table cell.
_MARKERS = frozenset({"AGENDA_DASH", "PIPE"})
# KOOP's version suffix of a reprinted paper (docs/koop.md §1).
_REPRINT = "h1"

_NEW_DOSSIER = fast_constructor(Dossier, "number", "suffixes")
_NEW_FOUND = fast_constructor(Found, "citation", "start", "end")
_NEW_KAMERSTUK = fast_constructor(
    Kamerstuk, "dossier", "ondernummer", "chamber", "vergaderjaar", "page", "date", "ambiguous"
)


def kamerstukken(cls: type[Kamerstuk] | type[Bijlage], tokens: list[Token]) -> list[Found]:
    """Every stuk the tokens of one Kamerstuk (or Bijlage) citation name."""
    # The span leaves out the marks around an agenda line's or a table cell's number.
    first = 1 if tokens[0].type in _MARKERS else 0
    last = -2 if tokens[-1].type in _MARKERS else -1
    span = (tokens[first].start_pos or 0, tokens[last].end_pos or 0)
    parts = read(tokens)
    if parts.more is None:  # one run of stukken, the common case
        return _stukken(cls, parts, span)
    head, *more = segments(tokens)
    parts = read(head)
    found = _stukken(cls, parts, span)
    for segment in more:
        # "..., en nr. 9, p. 5": another stuk of the same dossier, with its own pinpoint.
        # "...; 2006/07, nr. 7" and "; I 2006/07, C": of its own vergaderjaar and chamber.
        extra = read(segment)
        base = found[0].citation
        assert isinstance(base, (Kamerstuk, Bijlage))
        chamber = extra.chamber or base.chamber
        found += [Found(_another(base, n, extra, chamber), *span) for n in _ondernummers(extra)]
    return found


def _another(
    base: Kamerstuk | Bijlage, number: str, extra: Parts, chamber: Chamber | None
) -> Kamerstuk | Bijlage:
    """The stuk ``number`` of ``base``'s dossier, with the pinpoint, vergaderjaar and chamber
    of its own run (a letter under the Tweede Kamer is none: it has no letter stukken)."""
    if chamber is Chamber.II and not number[:1].isdigit():
        raise InvalidValue(f"letter {number!r} under the Tweede Kamer: it has no letter stukken")
    return attrs.evolve(
        base,
        ondernummer=number,
        page=extra.page,
        date=extra.date,
        chamber=chamber,
        vergaderjaar=extra.vergaderjaar or base.vergaderjaar,
    )


def koop_stuk(number: str) -> str:
    """An ondernummer as KOOP writes it: "NR. 188B" in capitals is stuk 188b."""
    if number[0].isdigit() and number[-1].isupper():
        return number.lower()
    return str(number)


def _ondernummers(parts: Parts) -> list[str]:
    if parts.bare:
        more = parts.lists.get("bare")
        return list(expand(more, parts.bare)) if more else [parts.bare]
    listed = parts.lists.get("nr")
    if not listed:  # none: a compact reference ("33694-49") or a whole dossier
        return []
    if len(listed) == 1:  # one number, the common case
        return [koop_stuk(listed[0])]
    return [koop_stuk(n) for n in expand(listed)]


def _stukken(
    cls: type[Kamerstuk] | type[Bijlage], parts: Parts, span: tuple[int, int]
) -> list[Found]:
    # A stuk printed under several dossiers is filed under the first (docs/koop.md §1.1, rule 4).
    number, segs = parts.dossiers[0]
    ondernummers = _ondernummers(parts)
    ambiguous = False
    # "33694" is already in normal form; "33 694" and "33.694" lose their separator.
    plain = number if number.isdigit() else _NUMBER_NOISE.sub("", number)
    subdossier = len(segs) == 1 and len(segs[0]) == 2 and _digits(number) in SUBDOSSIER_FAMILIES
    if not ondernummers and segs and not subdossier and _stuk_number(segs[-1]):
        # Compact "33694-49", "36200-XV-12": the last numeric part is the stuk; a leading zero
        # marks a sub-dossier instead ("21501-07"). "34 012-1/2/3" names three.
        ondernummers, segs = [segs[-1], *parts.slashed], segs[:-1]
    elif not ondernummers and len(segs) > 1 and letter_after_part(segs):
        # "35300-VI-D", "35 300 VI D": no fund stands under a chapter (a fund is a chapter of
        # its own, "35 300 A"), so a letter after one is an Eerste Kamer stuk (kst-31700-VI-D).
        # A Roman "I" there is unread_stuk's to decide (the letter I, or OCR's 1?).
        ondernummers, segs = [segs[-1]], segs[:-1]
    elif not ondernummers and segs and _FUND_LETTER.fullmatch(segs[-1]):
        if len(segs) == 1 and parts.chamber is Chamber.I and _LETTER_AFTER.fullmatch(segs[0]):
            # "EK 35 447 E", "Kamerstukken I 2019/20, 35 447 E": under the Eerste Kamer a letter
            # that is no Roman I is its stuk (KOOP files 13,739 kst-NNNNN-E, a fund's own dossier
            # is rare); "35 300 I" or "V" is a budget's chapter as often.
            ondernummers, segs = [segs[0]], []
            if parts.also is not None and len(parts.also) == 1:  # "EK 35 447 H en I"
                ondernummers.append(parts.also)
        else:
            # "36 200 A": dossier 36200-A, or Eerste Kamer stuk A of 36200 (docs/koop.md §1.1).
            ambiguous = parts.chamber is not Chamber.II
    elif _letter_run(parts.chamber, segs, ondernummers):
        # "EK 35 447 H, I en J": the first of a run of letters, not a fund H (kst-35447-H).
        ondernummers, segs = [segs[0], *ondernummers], []
    if ondernummers and len(segs) > 1 and segs[-1] in ("A", "B") and segs[-2] in ("II", "IX"):
        # "35 300 IX B, nr. 2", "35 300-IX-B, nr. 2": chapter IXB, as KOOP files it (IIA, IIB,
        # IXA, IXB; no identifier has IX and then B as parts of their own); the models'
        # converter does the same (this path builds them without it).
        segs = [*segs[:-2], segs[-2] + segs[-1]]
    if plain[0] in "CLX" and any(n[0].isdigit() for n in ondernummers):
        # "CX; nr. 4": a Roman dossier's stukken are letters (the models refuse the others).
        raise InvalidValue(f"a number of Roman dossier {plain}: its stukken are letters")
    # The grammar's DOSSIER is digits with at most a separator: normal form once it is gone.
    dossier = _NEW_DOSSIER(plain, tuple(segs))
    page = to_page(parts.page) if parts.page is not None else None
    if cls is not Kamerstuk:
        common = {"dossier": dossier, "chamber": parts.chamber, "page": page, "date": parts.date}
        common["vergaderjaar"] = parts.vergaderjaar
        if not ondernummers:
            return [Found(cls(**common), *span)]
        return [Found(cls(ondernummer=n, **common), *span) for n in ondernummers]
    # Every value is in normal form here (to_ondernummer still checks each number), so the
    # Kamerstuk is built without running its converters again: this is find()'s hot path.
    rest = (parts.chamber, parts.vergaderjaar, page, parts.date, ambiguous)
    start, end = span
    if not ondernummers:
        found = [_NEW_FOUND(_NEW_KAMERSTUK(dossier, None, *rest), start, end)]
        if parts.also is not None:  # "35 300 VII en VIII": both chapters
            other = _NEW_DOSSIER(plain, (*segs[:-1], parts.also))
            found.append(_NEW_FOUND(_NEW_KAMERSTUK(other, None, *rest), start, end))
        return found
    if len(ondernummers) == 1 and not parts.reprints:  # one stuk, the common case
        return [
            _NEW_FOUND(_NEW_KAMERSTUK(dossier, to_ondernummer(ondernummers[0]), *rest), start, end)
        ]
    built = [_NEW_KAMERSTUK(dossier, to_ondernummer(n), *rest) for n in ondernummers]
    if parts.reprints:
        built = [_reprint(c) if c.ondernummer in parts.reprints else c for c in built]
    return [_NEW_FOUND(c, start, end) for c in built]


def letter_after_part(suffixes: list[str] | tuple[str, ...]) -> bool:
    """True where a dossier's last part is a letter after another part, which a citation in
    words names as an Eerste Kamer stuk ("35300-VI-D" is kst-35300-VI-D): no fund stands under a
    chapter, and none of KOOP's identifiers has one.

    >>> letter_after_part(("VI", "D")), letter_after_part(("A",)), letter_after_part(("VI", "I"))
    (True, False, False)
    """
    return len(suffixes) > 1 and _LETTER_AFTER.fullmatch(suffixes[-1]) is not None


def _letter_run(chamber: Chamber | None, segs: list[str], stukken: list[str]) -> bool:
    """True where a fund's letter opens a run of Eerste Kamer letters: under chamber I, two
    letters or more after it, each the next ("35 447 H, I en J"). A fund's own letters follow
    no such order ("35 570 B, A"), and a run of two ("35 570 A, B") stays a fund's stuk.

    >>> _letter_run(Chamber.I, ["H"], ["I", "J"]), _letter_run(Chamber.I, ["A"], ["B"])
    (True, False)
    """
    if chamber is not Chamber.I or len(segs) != 1 or len(stukken) < 2:
        return False
    run = [segs[0], *stukken]
    if not all(len(x) == 1 and x.isupper() for x in run):
        return False
    return all(ord(b) - ord(a) == 1 for a, b in itertools.pairwise(run))


def stray_letter(sep: str, before: list[Found], after: list[Found], pending: type) -> bool:
    """True where "en" joins a letter and its pinpoint (``after``, a continuation: its citation
    a ``pending``) to a Kamerstuk whose stuk is a number (the last of ``before``): in "nr. 5,
    p. 2 en A, p. 4" the A is an annex's or a table's; after a letter ("C, p. 2 en D, p. 4") it
    is the next stuk."""
    previous = before[-1].citation if before else None
    if ";" in sep or not isinstance(previous, Kamerstuk) or not after:
        return False
    if type(after[0].citation) is not pending:
        return False
    letter = getattr(after[0].citation, "ondernummer", None) or "0"
    return letter[0].isalpha() and not (previous.ondernummer or "0")[0].isalpha()


def _stuk_number(seg: str) -> bool:
    """True where a dossier's last part may be a stuk's number: "49", "12a"; not "07", "VIII"."""
    if seg.isascii() and seg.isdigit():  # "49", the commonest: no pattern to run
        return seg[0] != "0"
    return _STUK_NUMBER.fullmatch(seg) is not None


def _digits(number: str) -> str:
    return number if number.isdigit() else _NOT_DIGIT.sub("", number)


def _reprint(citation: Kamerstuk) -> Kamerstuk:
    return attrs.evolve(citation, variant=_REPRINT)


def under_chamber_i(citation: Kamerstuk) -> Kamerstuk:
    """``citation`` as it reads under the Eerste Kamer: a whole dossier with one letter after
    it that is no Roman number is that letter's stuk, as "Kamerstukken I 35 447 E" reads (a
    list's later item that takes chamber I from the item before it reads as that one would).

    >>> under_chamber_i(Kamerstuk(dossier="35447-E", chamber="I")).identifier
    'kst-35447-E'
    """
    suffixes = citation.dossier.suffixes
    if citation.ondernummer or len(suffixes) != 1 or not _LETTER_AFTER.fullmatch(suffixes[0]):
        return citation
    dossier = _NEW_DOSSIER(citation.dossier.number, ())
    return attrs.evolve(citation, dossier=dossier, ondernummer=suffixes[0], ambiguous=False)
