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

from .tables import column_cells

__all__ = ["starts"]

_SP = r"[\s\u00a0\u2009\u202f]"
# "TK 2010-2011, 32500": a chamber heads a citation only before a vergaderjaar and a dossier.
_YEAR_NEXT = (
    rf"(?={_SP}*,?{_SP}*(?i:vergaderjaar|zitting)?{_SP}*\d{{4}}{_SP}*[/\-\u2013]{_SP}*\d{{2,4}}"
    rf"(?!\d){_SP}*,?{_SP}*[1-9])"
)
# "EK 34300 VII, E", "TK 32500, nr. 3": or before a dossier and its stuk.
_STUK_NEXT = (
    rf"(?={_SP}+[1-9]\d[\s.]?\d{{3}}(?!\d)[^\n;]{{0,10}}?"
    rf"(?:,{_SP}*(?:letter{_SP}+)?[A-Z]{{1,2}}(?![\w])|(?i:nrs?)\b))"
)

# Head words. Each pattern opens with a case-sensitive literal, which re finds at memchr speed,
# so the first letter of a word is left out of the pattern and checked in Python ("Kk" + "amerst").
_HEADS: list[tuple[str, str]] = [
    (r"amer(?:st[ue]k|st\.|brie[fv]|vra(?:ag|gen))", "Kk"),
    (r"Kst\.", ""),
    (r"ets(?:voorstel|ontwerp)", "Ww"),
    (r"Hand\.", ""),
    (r"Aanh\.", ""),
    # Words in capitals, one pattern for all: each pattern is a pass over the whole text.
    (rf"A(?:MERST|NDELINGEN|NHANGSELS?{_SP}+(?:DER{_SP}+)?HANDELINGEN)", "KHA"),
    (r"andelingen", "Hh"),
    (rf"anhangsels?(?:{_SP}+(?:van|bij|der)(?:{_SP}+de)?)?{_SP}+[Hh]andelingen", "Aa"),
    # "Bijlage (2) bij" an annex, "Bijl. Hand." / "Bijlagen Handelingen" old Kamerstukken.
    (
        rf"ijl(?:age{_SP}+(?:\d+{_SP}+)?(?:behorende{_SP}+)?bij"
        rf"|(?:agen|\.){_SP}*(?:bij de{_SP}+)?Hand)",
        "Bb",
    ),
    (r"St(?:b|crt|aatsblad|aatscourant)(?![a-z])", ""),
    (r"Tr(?:b|actatenblad)(?![a-z])", ""),
    (r"G(?:mb(?![a-z])|emeenteblad)", ""),
    (r"Pr(?:b(?![a-z])|ovinciaal [Bb]lad|ovincieblad)", ""),
    (r"W(?:sb(?![a-z])|aterschapsblad)", ""),
    (r"B(?:gr(?![a-z])|lad gemeenschappelijke)", ""),
    (r"raagnummer", "Vv"),
    # "TK 2010-2011, 32500": the K is the literal to look for, the letter before it is checked.
    (rf"K(?<=[TE]K)(?:{_YEAR_NEXT}|{_STUK_NEXT})", "TE"),
    (rf"weede{_SP}+[Kk]amer{_YEAR_NEXT}", "Tt"),
    (rf"erste{_SP}+[Kk]amer{_YEAR_NEXT}", "Ee"),
]

# Every citation has a digit soon after its head word ("Aanhangsel van de Handelingen,
# vergaderjaar 2023" is the longest run seen); a head word without one is prose, not worth a parse.
_DIGIT_SOON = r"(?=[^\d]{0,60}\d)"

# A dossier number, read backwards from the part that follows it.
_DOSSIER_BEFORE = re.compile(rf"[1-9]\d{_SP}{{0,3}}\d{{3}}$")
_DOSSIER_SUFFIX_BEFORE = re.compile(
    rf"[1-9]\d{_SP}{{0,3}}\d{{3}}(?:{_SP}+(?:[IVX]+[AB]?|[A-M])|[\-\u2013](?:\d\d|[IVX]+[AB]?|[A-M]))?"
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
        # A head may follow a glued footnote number ("4Kamerstuk"), and a capital head a word
        # glued to it by PDF extraction ("ookAanhangsel"), but not a letter of the same word.
        if start and text[start - 1].isalpha():
            return start if text[start - 1].islower() and text[start].isupper() else None
        return start

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
    """ "25 424, nr. 650", "21 501-07, nr. 1395", "34 775 A, nr. 7"; and the Handelingen
    formula, the stuk before its dossier: "(stuk) nr. 14 (36 410)"."""
    at = match.start()
    window = text[max(0, at - _LOOKBACK) : at]
    number = _DOSSIER_SUFFIX_BEFORE.search(window)
    if number is not None and _plausible(number.group()):
        return _unglued(text, at - len(window) + number.start())
    stuk = _STUK_BEFORE.search(window)
    formula = _FORMULA.match(text, at)
    if formula is not None and not _plausible(formula.group("dossier")):
        return None
    if stuk is not None:  # "stuk nr. 12": the formula, or a short form of the dossier at hand
        return at - len(window) + stuk.start()
    if formula is not None or _SAME_DOSSIER.match(text, at):
        return _unglued(text, at)
    return None


def _before_letter(match: re.Match[str], text: str) -> int | None:
    """An Eerste Kamer letter after its dossier: "35 300-VI, letter Y", "CXLII, letter D",
    "35.526, BH", "35526 / 25295, CF" (five digits: "2019, A" is a year)."""
    at = match.start()
    window = text[max(0, at - 2 * _LOOKBACK) : at]
    number = _EK_DOSSIER_BEFORE.search(window)
    if number is None:
        return None
    if number.group("roman") is None and not _plausible(number.group()):
        return None
    return _unglued(text, at - len(window) + number.start())


def _agenda_line(match: re.Match[str], text: str) -> int | None:
    """The bill number that ends an agenda line: "Wijziging van de Gemeentewet - 36 123"."""
    return match.start() if _plausible(match.group("dossier")) else None


def _titled_in_parentheses(match: re.Match[str], text: str) -> int | None:
    """A spaced bill number in parentheses after the bill's title: "Wijziging van de Kieswet
    (35 165)"; amounts are written so too ("(12 500)"), so a title word must precede it."""
    at = match.start()
    line = text[max(0, at - 120) : at].rsplit("\n", 1)[-1]
    if not _TITLE_WORD.search(line) or not _plausible(match.group()):
        return None
    return at


def _heading(match: re.Match[str], text: str) -> int | None:
    """A Kamerstuk's heading at the start of a line: its dossier and title, "35 300 VII
    Vaststelling van ...", also as an item of a numbered agenda ("1. 35300 VIII")."""
    number = match.group("dossier")
    roman = number[0] in "CLX"
    return match.start("dossier") if roman or _plausible(number) else None


def _url(match: re.Match[str], text: str) -> int | None:
    """A link to a document: "https://zoek.officielebekendmakingen.nl/kst-35300-5.html"."""
    at = match.start()
    window = text[max(0, at - 16) : at]
    head = _URL_HEAD.search(window)
    start = at - len(window) + head.start() if head else at
    return None if start and text[start - 1] in _URL_GLUE else start


def _dated_blad(match: re.Match[str], text: str) -> int | None:
    """The act's date before its gazette number: "Wet van 12 mei 1994, Stb. 331"."""
    at = match.start()
    window = text[max(0, at - 24) : at]
    day = _DATE_BEFORE.search(window)
    return at - len(window) + day.start() if day else None


def _short_form(match: re.Match[str], text: str) -> int | None:
    """A back-reference, or the parenthesis around one: "(aldaar)"."""
    at = match.start()
    if at and text[at - 1].isalnum():
        return None
    return at - 1 if at and text[at - 1] == "(" else at


def _opening(match: re.Match[str], text: str) -> int | None:
    return match.start()


def _zaak(match: re.Match[str], text: str) -> int | None:
    """ "2019Z12345": the Z is rare, the four digits of the year are before it."""
    start = match.start() - 4
    if start < 0 or not re.match(r"20\d\d", text[start : start + 4]):
        return None
    return _unglued(text, start)


_MONTH = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# "nr. 14 (36 410)", "nrs. 14 en 15 (36 410-VII)", "nr. 27, was nr. 19 (35 925)", "nr. 9, I (...)".
_FORMULA = re.compile(
    rf"nrs?\.?{_SP}*\d{{1,4}}[a-z]?(?:{_SP}*(?:,|en|,{_SP}*was{_SP}+nrs?\.?){_SP}*\d{{1,4}}[a-z]?)*"
    rf"(?:,{_SP}*[IVX]{{1,4}})?{_SP}*\((?P<dossier>[1-9]\d[\s.]?\d{{3}})(?![\d])",
    re.IGNORECASE,
)
_STUK_BEFORE = re.compile(rf"(?<![\w])[Ss]tuk{_SP}+$")
# "nr. 12 van hetzelfde dossier", "nrs. 3 en 4 van dit wetsvoorstel".
_SAME_DOSSIER = re.compile(
    rf"nrs?\.?{_SP}*\d{{1,4}}[a-z]?(?:{_SP}*(?:,|en){_SP}*\d{{1,4}}[a-z]?)*{_SP}+van{_SP}+"
    rf"(?:hetzelfde|datzelfde|dit|dat|het{_SP}+onderhavige){_SP}+(?:dossier|wetsvoorstel|kamerstuk)",
    re.IGNORECASE,
)
_EK_DOSSIER = (
    rf"[1-9]\d[\s.\u00a0]?\d{{3}}"
    rf"(?:{_SP}+(?:[IVX]+[AB]?|[A-M])|[\-\u2013](?:\d\d|[IVX]+[AB]?|[A-M]))?"
)
_EK_DOSSIER_BEFORE = re.compile(
    rf"(?:(?P<roman>(?<![\w])(?:C[LXVI]+|XC[IVX]*|LXXX[IVX]*))"
    rf"|{_EK_DOSSIER}(?:{_SP}*/?{_SP}*{_EK_DOSSIER})*),?{_SP}*$"
)
_TITLE_WORD = re.compile(
    r"(?i:wet|wijziging|voorstel|goedkeuring|regeling|begroting|verdrag|besluit|slotwet)"
)
_URL_HEAD = re.compile(r"(?:https?://)?(?:(?:zoek|www)\.)?$")
# A link inside a longer address is part of that address, not a citation.
_URL_GLUE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/._")
_DATE_BEFORE = re.compile(
    rf"\d{{1,2}}{_SP}+(?i:{_MONTH}){_SP}+(?:1[89]|20)\d\d,?{_SP}*$|\d{{1,2}}-\d{{1,2}}-(?:19|20)\d\d,?{_SP}*$"
)


def _in_parentheses(match: re.Match[str], text: str) -> int | None:
    """A bill number alone in parentheses after its title: "(34556)", "(34417 (R2068))"; the
    grammar reads the parentheses, which make the lone number a dossier."""
    return match.start() if _plausible(match.group()) else None


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
        r"-(?:(?<=\d-)(?=[\s\u00a0]*(?:\d{1,4}(?!\d)|[RIVXA-M(]))|(?<=[a-z]-)(?=\d|(?:tk|ek|vv)-\d))",
        _after_dash,
    ),
    (r"\u2013(?<=\d\u2013)(?=[\s\u00a0]*(?:\d{1,4}(?!\d)|[RIVXA-M(]))", _after_dash),
    (r"nrs?\.?(?=[\s\u00a0]*\d)", _before_nr),
    (r"Nrs?\.?(?=[\s\u00a0]*\d)", _before_nr),
    (r"Z\d{5}(?![\w])", _zaak),
    (rf"\([1-9]\d{{4}}(?:\)|{_SP}*\(R\d{{3,4}}\)\))", _in_parentheses),
    # "(36 200 VIII)": spaced, a bill number in parentheses only with its suffix (amounts are
    # written "(12 500)" too).
    (rf"\([1-9]\d{_SP}\d{{3}}(?:{_SP}+|[\-\u2013])(?:[IVX]+[AB]?|\d\d)\)", _in_parentheses),
    (rf"\([1-9]\d{_SP}\d{{3}}\)", _titled_in_parentheses),
    # Eerste Kamer letters: "letter D" after its dossier, or ", BH" after five digits.
    (rf"(?i:letter)(?={_SP}+[A-Z]{{1,2}}(?![\w]))", _before_letter),
    (rf",(?<=[\dIVXLC],){_SP}*[A-Z]{{1,2}}(?![\w])", _before_letter),
    (
        r"[\-\u2013](?<=[\w)\"\u201d] [\-\u2013])(?=[ \t\u00a0]+(?P<dossier>[1-9]\d[ \u00a0]?\d{3})"
        r"(?:[ \u00a0\-]+(?:[IVX]+|[A-Z]))?[ \t\u00a0]*(?:\r?\n|$))",
        _agenda_line,
    ),
    (r"officielebekendmakingen\.nl/|repository\.overheid\.nl/frbr/", _url),
    (
        rf"(?:^|\n)(?:\d{{1,2}}\.[ \t]+)?"
        rf"(?P<dossier>[1-9]\d[ \u00a0.]?\d{{3}}|C[LXVI]+|XC[IVX]*|LXXX[IVX]*)"
        rf"(?=(?:{_SP}+(?:[IVX]+[AB]?|[A-M])(?![\w])|{_SP}*\({_SP}*R\d{{3,4}}{_SP}*\))?"
        rf"(?:[ \t\u00a0]+\r?\n?|\r?\n)[ \t\u00a0]*[A-Z][a-z])",
        _heading,
    ),
    # Back-references: "t.a.p.", "ibid.", "aldaar" and "idem" (the grammar decides which count).
    (r"(?:[tT]\.\s?a\.\s?p|[Ii]bid|[Aa]ldaar|[Ii]dem)(?![a-z])", _short_form),
    # The heading of an Eerste Kamer verslag: "(2021/2022 nr. 19)".
    (r"\((?=(?:1[89]|20)\d\d/(?:1[89]|20)\d\d nr\. \d{1,3}\))", _opening),
    (r"St(?:b|crt|aatsblad|aatscourant)(?![a-z])|Tr(?:b|actatenblad)(?![a-z])", _dated_blad),
]


@functools.cache
def _proposers() -> list[_Proposer]:
    # Compiled on first use: compiling them all costs more than the rest of `import kamerstuk`.
    heads = [(re.compile(pattern + _DIGIT_SOON), _head_tracer(lead)) for pattern, lead in _HEADS]
    return heads + [(re.compile(pattern), trace) for pattern, trace in _NUMBERS]


def starts(text: str) -> Iterator[int]:
    """Every place in ``text`` where a citation may start, ascending, each once."""
    streams = [_proposals(pattern, trace, text) for pattern, trace in _proposers()]
    if "|" in text:  # `in` is cheap; tables are rare
        streams.append(iter(sorted(column_cells(text))))
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
