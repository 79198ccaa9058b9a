"""Where a citation may start: a fast scan that proposes, never decides.

Each proposer is a pattern that starts with a literal or a rare character, because Python's
``re`` skips ahead quickly to such a start and crawls through text where a pattern may begin
almost anywhere. Number-led shapes ("33694-49", "25 424, nr. 650", "2019Z12345", "kst-33694-20")
are found by their rare middle ("-4", "nr.", "Z1") and then traced back to where they begin.
The grammar then reads (or rejects) the citation at each proposed start.

>>> list(starts("Zie Kamerstuk 33694, nr. 20 en de motie 29911-226."))
[4, 14, 40]

(14 is the dossier number traced back from "nr."; find() skips it, being inside the citation
that starts at 4.)
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import re
from collections.abc import Callable, Iterator

__all__ = ["starts"]

_SP = r"[\s\u00a0\u2009\u202f]"
# "TK 2010-2011, 32500": a chamber heads a citation only before a vergaderjaar and a dossier.
_YEAR_NEXT = (
    rf"(?={_SP}*,?{_SP}*(?i:vergaderjaar|zitting)?{_SP}*[0-9]{{4}}{_SP}*[/\-\u2013]{_SP}*[0-9]{{2,4}}"
    rf"(?!\d){_SP}*,?{_SP}*[1-9])"
)

# Head words. Each pattern opens with a case-sensitive literal, which re finds at memchr speed,
# so the first letter of a word is left out of the pattern and checked in Python ("Kk" + "amerst").
_HEADS: list[tuple[str, str]] = [
    (r"amer(?:st[ue]k|st\.|brie[fv]|vra(?:ag|gen))", "Kk"),
    (r"Kst\.", ""),
    (r"etsvoorstel", "Ww"),
    (r"Hand\.", ""),
    (r"Aanh\.", ""),
    # Words in capitals, one pattern for all: each pattern is a pass over the whole text.
    (rf"A(?:MERST|NDELINGEN|NHANGSEL{_SP}+HANDELINGEN)", "KHA"),
    (r"andelingen", "Hh"),
    (rf"anhangsel(?:{_SP}+(?:van|bij)(?:{_SP}+de)?)?{_SP}+[Hh]andelingen", "Aa"),
    # "Bijlage (2) bij" an annex, "Bijl. Hand." / "Bijlagen Handelingen" old Kamerstukken.
    (
        rf"ijl(?:age{_SP}+(?:[0-9]+{_SP}+)?(?:behorende{_SP}+)?bij"
        rf"|(?:agen|\.){_SP}*(?:bij de{_SP}+)?Hand)",
        "Bb",
    ),
    (r"St(?:b|crt|aatsblad|aatscourant)(?![a-z])", ""),
    (r"Tr(?:b|actatenblad)(?![a-z])", ""),
    (r"G(?:mb(?![a-z])|emeenteblad)", ""),
    (r"Pr(?:b(?![a-z])|ovinciaal blad)", ""),
    (r"W(?:sb(?![a-z])|aterschapsblad)", ""),
    (r"B(?:gr(?![a-z])|lad gemeenschappelijke)", ""),
    (r"raagnummer", "Vv"),
    # "TK 2010-2011, 32500": the K is the literal to look for, the letter before it is checked.
    (rf"K(?<=[TE]K){_YEAR_NEXT}", "TE"),
    (rf"weede{_SP}+[Kk]amer{_YEAR_NEXT}", "Tt"),
    (rf"erste{_SP}+[Kk]amer{_YEAR_NEXT}", "Ee"),
]

# Every citation has a digit soon after its head word ("Aanhangsel van de Handelingen,
# vergaderjaar 2023" is the longest run seen); a head word without one is prose, not worth a parse.
_DIGIT_SOON = r"(?=[^0-9]{0,60}[0-9])"

# A dossier number, read backwards from the part that follows it.
_DOSSIER_BEFORE = re.compile(rf"[1-9][0-9]{_SP}{{0,3}}[0-9]{{3}}$")
_DOSSIER_SUFFIX_BEFORE = re.compile(
    rf"[1-9][0-9]{_SP}{{0,3}}[0-9]{{3}}(?:{_SP}+(?:[IVX]+[AB]?|[A-M])|[\-\u2013](?:[0-9][0-9]|[IVX]+[AB]?|[A-M]))?"
    rf",?{_SP}*$"
)
_IDENTIFIER_PREFIX = re.compile(
    r"(?:kst|h-tk|h-ek|h-vv|ah-tk|ah-ek|kv-tk|kv-ek|stb|stcrt|trb|gmb|prb|wsb|bgr|blg|nds-tk)$"
)
# Characters that glue a number to the word before it: then it is part of something else.
_GLUE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/.,_")
_LOOKBACK = 24


def _head_tracer(lead: str) -> Callable[[re.Match[str], str], int | None]:
    """Where a head word starts: at the match, or one back for the left-out first letter."""

    def trace(match: re.Match[str], text: str) -> int | None:
        start = match.start()
        if lead:
            start -= 1
            if start < 0 or text[start] not in lead:
                return None
        # A head may follow a glued footnote number ("4Kamerstuk") but not a letter.
        return None if start and text[start - 1].isalpha() else start

    return trace


def _after_dash(match: re.Match[str], text: str) -> int | None:
    """ "33694-49", "36200-XV-12", "34417-(R2068)", and identifiers such as "kst-33694-20"."""
    dash = match.start()
    window = text[max(0, dash - _LOOKBACK) : dash]
    ident = _IDENTIFIER_PREFIX.search(window)
    if ident is not None:
        start = dash - len(window) + ident.start()
        if start == 0 or text[start - 1] not in _GLUE:
            return start
    number = _DOSSIER_BEFORE.search(window)
    if number is None or not _plausible(number.group()):
        return None
    return _unglued(text, dash - len(window) + number.start())


def _before_nr(match: re.Match[str], text: str) -> int | None:
    """ "25 424, nr. 650", "21 501-07, nr. 1395", "34 775 A, nr. 7"."""
    at = match.start()
    window = text[max(0, at - _LOOKBACK) : at]
    number = _DOSSIER_SUFFIX_BEFORE.search(window)
    if number is None or not _plausible(number.group()):
        return None
    return _unglued(text, at - len(window) + number.start())


def _zaak(match: re.Match[str], text: str) -> int | None:
    """ "2019Z12345": the Z is rare, the four digits of the year are before it."""
    start = match.start() - 4
    if start < 0 or not re.match(r"20[0-9][0-9]", text[start : start + 4]):
        return None
    return _unglued(text, start)


def _in_parentheses(match: re.Match[str], text: str) -> int | None:
    """A bill number alone in parentheses after its title: "(34556)", "(34417 (R2068))"."""
    return match.start() + 1 if _plausible(match.group()) else None


def _plausible(number: str) -> bool:
    """A number written without a head word is taken for a dossier only where one can exist:
    below the highest dossier number there can be by now (from the shipped KOOP data)."""
    digits = "".join(ch for ch in number[:8] if ch.isdigit())[:5]
    return int(digits) <= _dossier_ceiling()


@functools.cache
def _dossier_ceiling() -> int:
    from ..model.limits import limits

    return limits().dossier_ceiling(dt.date.today())


def _unglued(text: str, start: int) -> int | None:
    return None if start and text[start - 1] in _GLUE else start


_Proposer = tuple[re.Pattern[str], Callable[[re.Match[str], str], int | None]]
_NUMBERS: list[tuple[str, Callable[[re.Match[str], str], int | None]]] = [
    # The dash of "33694-49" follows a digit, that of "kst-33694-20" a letter; the lookbehind
    # keeps the many other hyphens of running text from reaching Python at all.
    # After the dash of a compact reference comes a part of at most four digits ("-49",
    # "-07-1398"), a suffix or an R-number; five digits ("33694-33694") are something else.
    (
        r"-(?:(?<=[0-9]-)(?=[\s\u00a0]*(?:[0-9]{1,4}(?!\d)|[RIVXA-M(]))|(?<=[a-z]-)(?=[0-9]|(?:tk|ek|vv)-[0-9]))",
        _after_dash,
    ),
    (r"\u2013(?<=[0-9]\u2013)(?=[\s\u00a0]*(?:[0-9]{1,4}(?!\d)|[RIVXA-M(]))", _after_dash),
    (r"nrs?\.?(?=[\s\u00a0]*[0-9])", _before_nr),
    (r"Nrs?\.?(?=[\s\u00a0]*[0-9])", _before_nr),
    (r"Z[0-9]{5}(?![\w])", _zaak),
    (rf"\([1-9][0-9]{{4}}(?:\)|{_SP}*\(R[0-9]{{3,4}}\)\))", _in_parentheses),
    # "(36 200 VIII)": spaced, a bill number in parentheses only with its suffix (amounts are
    # written "(12 500)" too).
    (
        rf"\([1-9][0-9]{_SP}[0-9]{{3}}(?:{_SP}+|[\-\u2013])(?:[IVX]+[AB]?|[0-9][0-9])\)",
        _in_parentheses,
    ),
]


@functools.cache
def _proposers() -> list[_Proposer]:
    # Compiled on first use: compiling them all costs more than the rest of `import kamerstuk`.
    heads = [(re.compile(pattern + _DIGIT_SOON), _head_tracer(lead)) for pattern, lead in _HEADS]
    return heads + [(re.compile(pattern), trace) for pattern, trace in _NUMBERS]


def starts(text: str) -> Iterator[int]:
    """Every place in ``text`` where a citation may start, ascending, each once."""
    streams = [_proposals(pattern, trace, text) for pattern, trace in _proposers()]
    last = -1
    for start in heapq.merge(*streams):
        if start != last:
            yield start
            last = start


def _proposals(
    pattern: re.Pattern[str], trace: Callable[[re.Match[str], str], int | None], text: str
) -> Iterator[int]:
    # Traced starts of one proposer can come out of order only by a few characters (a number
    # traced back from its dash); sorting per proposer keeps the merge correct.
    found = [s for s in (trace(m, text) for m in pattern.finditer(text)) if s is not None]
    found.sort()
    return iter(found)
