"""What the tokens of one citation say: its parts, read in one pass, and the lists in it.

The grammar has already decided which token plays which part; this module files each token's
value under the part the keyword before it names (``nr.`` numbers, ``item`` numbers, ``p.``
pages) and expands lists and ranges.

>>> from kamerstuk.grammar.engine import Lexeme
>>> tokens = [Lexeme("NRKW", "nrs.", 0, 4), Lexeme("NUM", "3", 5, 6), Lexeme("DASH", "-", 6, 7),
...           Lexeme("NUM", "5", 7, 8)]
>>> list(expand(read(tokens).lists["nr"]))
['3', '4', '5']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ..model.errors import InvalidValue, kept
from ..model.values import Chamber, Vergaderjaar, dutch_date

if TYPE_CHECKING:
    from lark import Token  # the engine's tokens are Lexemes, Lark's own parser's Tokens

__all__ = ["MAX_RANGE", "Parts", "by_year", "chamber", "expand", "read", "segments", "squash"]

#: The most documents one range ("nrs. 1-3") may expand to; longer ranges are not lists of papers.
MAX_RANGE = 50

# The keyword tokens that say what the numbers after them are.
_CONTEXT = {
    "NRKW": "nr",
    "STUK_NRKW": "nr",
    "SESSION_NRKW": "nr",
    "REGISTER_NRKW": "nr",
    "TITLE_NRKW": "nr",
    "LISTED_NRKW": "nr",
    "NAMED_NRKW": "nr",
    "VERGKW": "nr",
    "ITEMKW": "item",
    "PAGEKW": "page",
    "DATEKW": "date",
    "YEAR": "nr",
    "LETTER_KW": "nr",
    "WAS": "nr",
}
_LIST_TOKENS = frozenset({"NUM", "LETTER", "COMMA", "EN", "DASH"})
# The tokens that start another run of documents in one citation (:func:`segments`).
_SPLITS = frozenset({"MORE", "HMORE", "HCOMPACT_SEP", "HVJ_MORE", "KVJ_MORE"})
# Eerste Kamer letters, which run in ranges as numbers do ("A-C", "AA t/m AC").
_LETTERS = re.compile(r"[A-Z]{1,2}")
_DOSSIER_TOKENS = frozenset(
    {"DOSSIER", "DOSSIER5", "ROMAN_DOSSIER", "ROMAN_NAMED", "HEADING_DOSSIER", "ROMAN_HEADING"}
) | {"TITLED_DOSSIER"}
# What read() does with each kind of token; the kinds not named here (head words, marks) say
# nothing it files.
(_LIST, _KEYWORD, _DOSSIER, _SEG, _CHAMBER, _VJ, _BARE) = range(7)
(_SLASHNUM, _HERDRUK, _PAGES, _DATE, _MORE, _VJ_AGAIN, _ALSO_SEG) = range(7, 14)
_ACTIONS = {
    **dict.fromkeys(_LIST_TOKENS, _LIST),
    **dict.fromkeys(_CONTEXT, _KEYWORD),
    **dict.fromkeys(_DOSSIER_TOKENS, _DOSSIER),
    **dict.fromkeys(("SEG", "CHAPTER", "FORMULA_CHAPTER"), _SEG),
    **dict.fromkeys(("CHAMBER", "CHAMBER_HEAD"), _CHAMBER),
    "VJ": _VJ,
    **dict.fromkeys(
        (
            "BARE_ONDNR",
            "STUK_NUM",
            "STUK_LETTER",
            "SLASH_LETTER",
            "ROMAN_LETTER",
            "CONT_LETTER",
            "PAREN_LETTER",
            "HEADING_LETTER",
            "DASH_ONDNR",
            "DASH_LETTER",
        ),
        _BARE,
    ),
    "SLASHNUM": _SLASHNUM,
    "HERDRUK": _HERDRUK,
    "PAGES": _PAGES,
    "DATE": _DATE,
    **dict.fromkeys(("MORE", "HVJ_MORE", "KVJ_MORE"), _MORE),
    "VJ_AGAIN": _VJ_AGAIN,
    "ALSO_SEG": _ALSO_SEG,
}
_SPACE = re.compile(r"[\s\u00a0\u2009\u202f]+")
_OCR_ROMAN = re.compile(r"(?=[IVXl1]*[IVX])(?=[IVX]*[l1])[IVXl1]+[AB]?")
_SEG_NOISE = re.compile(r"[\s\u00a0\u2009\u202f\-\u2013\u2014\u2212.,()]|(?i:hoofdstuk)")
# (and the brackets of one written after the citation: "(Tweede Kamer)")
_CHAMBER_NOISE = re.compile(r"(?i)^van de | der staten-generaal$|^\( ?| ?\)$")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
# The chambers in English (translations and academic writing).
_ENGLISH_CHAMBERS = {
    "second chamber": "II",
    "house of representatives": "II",
    "lower house": "II",
    "first chamber": "I",
    "senate": "I",
    "upper house": "I",
}
# Two two-digit years: "91/92", "05-06".
_TWO_DIGITS = re.compile(r"([0-9]{2}) ?[/\-\u2013\u2014\u2212] ?([0-9]{2})")
# Two-digit vergaderjaren from 1950-1951 and until 2029-2030 (:func:`century`).
_TWO_DIGITS_FROM = 50
_TWO_DIGITS_UNTIL = 30
# "t/m" and "tot en met" are EN tokens too; they run a range, as a dash does ("t-m" and "t–m":
# a dash for the slash, as conversion and OCR write it).
_THROUGH = frozenset({"t/m", "t-m", "t\u2013m", "t\u2014m", "t\u2212m", "tot en met"})


@attrs.define
class Parts:
    """What one citation's tokens say, gathered in one pass."""

    chamber: Chamber | None = None
    vergaderjaar: Vergaderjaar | None = None
    dossiers: list[tuple[str, list[str]]] = attrs.Factory(list)
    lists: dict[str, list[Token]] = attrs.Factory(dict)
    page: str | None = None
    date: Any = None
    bare: str | None = None
    # The two below are rare: empty and shared until a token gives one (no list or set made).
    #: Stukken named after the compact reference's own: "34 012-1/2/3" gives 2 and 3.
    slashed: tuple[str, ...] = ()
    #: Letters marked "herdruk" (a reprint, KOOP's variant h1).
    reprints: frozenset[str] = frozenset()
    #: Where a MORE token ("..., en nr. 9") starts another run of stukken, if one does.
    more: int | None = None
    #: A second chapter of the dossier ("35 300 VII en VIII": VIII).
    also: str | None = None


def squash(text: str) -> str:
    """``text`` with every run of spaces one space: ``"35\\u00a0 300"`` -> ``"35 300"``."""
    if text.isalnum():  # "33694": no space to squash (the common case, cheaper than the regex)
        return str(text)
    return _SPACE.sub(" ", text).strip()


def seg_text(token: str) -> str:
    """'-VIII' -> 'VIII', ' (R1975)' -> 'R1975', ' hoofdstuk VIII' -> 'VIII'."""
    rest = token[1:]
    if (
        token[:1] in ("-", " ")
        and rest.isascii()
        and (rest.isdigit() or (rest.isalpha() and rest.isupper() and "HOOFDSTUK" not in rest))
    ):
        return rest  # "-49", "-VIII", " VIII": the common forms, nothing else to take out
    seg = _SEG_NOISE.sub("", token)
    # OCR's l or 1 for I in a chapter ("VIl", "V11", "lXB"), as the grammar's SEG takes it.
    return seg.replace("l", "I").replace("1", "I") if _OCR_ROMAN.fullmatch(seg) else seg


@kept(maxsize=256)
def chamber(token: str) -> Chamber:
    """The chamber a CHAMBER token names ("van de Tweede Kamer" is II, "Senate" I). Kept per
    spelling: a text names its chambers and vergaderjaren again and again, and they are values."""
    name = _CHAMBER_NOISE.sub("", squash(token))
    return Chamber.of(_ENGLISH_CHAMBERS.get(name.lower(), name))


@kept(maxsize=1024)
def vergaderjaar(token: str) -> Vergaderjaar:
    """The vergaderjaar a VJ token names, kept per spelling (as :func:`chamber`); two two-digit
    years ("91/92", as older bibliographies write) by :func:`century`."""
    text = squash(token)
    short = _TWO_DIGITS.fullmatch(text)
    if short is not None:
        text = f"{century(int(short.group(1))) + int(short.group(1))}/{short.group(2)}"
    return Vergaderjaar.parse(text)


def century(year: int) -> int:
    """The century of a vergaderjaar's first year written in two digits: 50-99 are 1950-1999,
    00-29 are 2000-2029; 30-49 are left unread (a century apart, neither reading is sure:
    docs/citations.md, "How ambiguity was decided").

    >>> century(91), century(5)
    (1900, 2000)
    """
    if year >= _TWO_DIGITS_FROM:
        return 1900
    if year < _TWO_DIGITS_UNTIL:
        return 2000
    raise InvalidValue(f"vergaderjaar {year:02d}: 19{year:02d} or 20{year:02d}, not told apart")


def read(tokens: Sequence[Token]) -> Parts:
    """One pass over a citation's tokens; numbers are filed under the keyword before them."""
    parts = Parts()
    context = "head"
    for tok in tokens:
        # One look-up per token: head words and marks, which say nothing here, cost no more.
        action = _ACTIONS.get(tok.type)
        if action is None:
            continue
        if action == _LIST:
            bucket = parts.lists.setdefault(context, [])
            if bucket or tok.type in ("NUM", "LETTER") or context == "bare":
                bucket.append(tok)
        elif action == _KEYWORD:
            context = _CONTEXT[tok.type]
        elif action == _DOSSIER:
            parts.dossiers.append((squash(tok), []))
        elif action == _SEG:
            parts.dossiers[-1][1].append(seg_text(tok))
        elif action == _CHAMBER:
            parts.chamber = chamber(str(tok))
        elif action == _VJ:
            parts.vergaderjaar = vergaderjaar(str(tok))
        elif action == _BARE:
            parts.bare = tok.lstrip(",-/\u2013").strip(" \u00a0\u2009\u202f\t\r\n()")
            # "35 300, B en C": the letters after a bare stuk are its list ("bare").
            context = "bare"
            parts.lists["bare"] = []
        else:
            _rare(parts, action, tok, context)
    return parts


def _rare(parts: Parts, action: int, tok: Token, context: str) -> None:
    """What :func:`read` does with the tokens most citations do not have."""
    if action == _SLASHNUM:
        parts.slashed = (*parts.slashed, tok[1:])
    elif action == _HERDRUK:
        listed = parts.lists.get(context)
        reprint = str(listed[-1]) if listed else parts.bare
        if reprint is not None:
            parts.reprints = parts.reprints | {reprint}
    elif action == _PAGES:
        parts.page = squash(tok)
    elif action == _DATE:
        parts.date = date(str(tok))
    elif action == _MORE:
        if parts.more is None:
            parts.more = tok.start_pos
    elif action == _VJ_AGAIN:
        _again(parts, vergaderjaar(str(tok)))
    else:  # _ALSO_SEG
        parts.also = tok.replace("/", " ").split()[-1]


def _again(parts: Parts, written: Vergaderjaar) -> None:
    """The vergaderjaar written a second time ("TK 1991-1992, 1991-1992, ..."): the same one."""
    if written != parts.vergaderjaar:
        raise InvalidValue(f"vergaderjaren {parts.vergaderjaar} and {written}: two years")


def segments(tokens: list[Token]) -> list[list[Token]]:
    """The tokens split at each MORE ("nr. 7, p. 3, en nr. 9"; "; nr. 9" after Handelingen, and
    "45-6 en 46-3"): one run per document group."""
    out: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.type in _SPLITS:
            out.append([])
        else:
            out[-1].append(tok)
    return out


@kept(maxsize=1024)
def date(token: str) -> dt.date:
    """``3 oktober 2019``, ``03-10-2019`` or ``2019-10-03``; kept per spelling (a day is cited
    again and again, and a date is a value)."""
    numeric = _NUMERIC_DATE.fullmatch(token)
    iso = None if numeric else _ISO_DATE.fullmatch(token)
    if numeric or iso:
        day, month, year = (int(g) for g in numeric.groups()) if numeric else _ymd(iso)
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise InvalidValue(f"date {token}: no such day") from None
    day_text, month_text, year_text = squash(token).split(" ")
    return dutch_date(day_text, month_text, year_text)


def _ymd(iso: re.Match[str] | None) -> tuple[int, int, int]:
    assert iso is not None
    year, month, day = (int(g) for g in iso.groups())
    return day, month, year


_PART = re.compile(r"[IVX]{1,4}")


def _parts_at(tokens: list[Token], first: str | None) -> int:
    """Where an amendment's Roman parts end a list of stukken, after a number and a comma:
    "stuk nr. 14, I", "nr. 14, I en II" (parts, no stukken); the list's length where none do
    ("nrs. 1, I en 3" and "nrs. 20 en I" name stukken: unread_stuk reads the I).

    >>> from kamerstuk.grammar.lexer import Lexeme
    >>> [_parts_at([Lexeme(k, v, 0, 0) for k, v in t], None) for t in (
    ...     [("NUM", "14"), ("COMMA", ","), ("LETTER", "I")],
    ...     [("NUM", "1"), ("COMMA", ","), ("LETTER", "I"), ("EN", "en"), ("NUM", "3")])]
    [1, 5]
    """
    if not tokens or not _PART.fullmatch(tokens[-1]):  # the common case: no part at the end
        return len(tokens)
    at = len(tokens) - 1
    while at >= 2 and tokens[at - 1].type in ("COMMA", "EN") and _PART.fullmatch(tokens[at - 2]):
        at -= 2
    before = tokens[at - 2] if at >= 2 else first
    if at >= 1 and tokens[at - 1].type == "COMMA" and before is not None and before[0].isdigit():
        return at - 1
    return len(tokens)


def expand(tokens: list[Token], first: str | None = None) -> Iterator[str]:
    """The numbers of a list such as ``20, 21 en 25``, a range ``1-3`` or ``1 t/m 3``, or of
    Eerste Kamer letters (``A-C``); after ``first`` where it is given (a bare stuk's list).

    Only a dash, ``t/m`` and ``tot en met`` make a range: ``nummer 205, 318`` is two documents.
    """
    low: str | None = first
    through = False
    if first is not None:
        yield first
    for tok in tokens[: _parts_at(tokens, first)]:
        if tok.type in ("COMMA", "EN", "DASH"):
            through = tok.type == "DASH" or squash(str(tok)).lower() in _THROUGH
            continue
        value = str(tok)
        if through and low is not None:
            yield from _range(low, value)
        else:
            yield value
        low, through = value, False


def _range(low: str, high: str) -> Iterator[str]:
    letters = bool(_LETTERS.fullmatch(low) and _LETTERS.fullmatch(high))
    if letters:
        first, last = _letter_number(low), _letter_number(high)
    else:
        numbers = low.isdigit() and high.isdigit()
        first, last = (int(low), int(high)) if numbers else (0, 0)
    if not 0 < last - first <= MAX_RANGE:
        raise InvalidValue(f"range {low}-{high}: not a run of at most {MAX_RANGE} stukken")
    return (_letter(n) if letters else str(n) for n in range(first + 1, last + 1))


def _letter_number(letters: str) -> int:
    """The place of an Eerste Kamer letter in their order A ... Z, AA, AB ...: A 1, AA 27."""
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - ord("A") + 1
    return number


def _letter(number: int) -> str:
    """The Eerste Kamer letter at ``number`` (:func:`_letter_number` the other way)."""
    out = ""
    while number:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def by_year(
    tokens: list[Token], default: int | None = None
) -> Iterator[tuple[int | None, list[Token]]]:
    """The numbers of a gazette citation grouped by their year: the year before them, or the
    first one after them ("nummer 21, 2007"); without one, the year of the gazette's own date
    ("Staatscourant 88, 9 mei 1999"), else ``default`` (the year of the act before the gazette,
    "Wet van 12 mei 1994, Stb. 331"), else None. An explicit year wins over either date."""
    year: int | None = None
    dated: int | None = None
    numbers: list[Token] = []
    for token in tokens:
        kind = token.type
        if kind == "YEAR":
            if year is not None and numbers:
                yield year, _numbers_only(numbers)
                numbers = []
            # Numbers before the first year are that year's ("Stcrt. nr. 41277, 2011").
            year = int(token)
        elif kind == "DATE" and dated is None:
            dated = date(str(token)).year
        elif kind in _LIST_TOKENS and (numbers or kind == "NUM"):
            numbers.append(token)
    if numbers:
        if year is None:
            year = dated if dated is not None else default
        yield year, _numbers_only(numbers)


def _numbers_only(numbers: list[Token]) -> list[Token]:
    """A year's list without the separator before the next year ("123 en 2020, 45")."""
    while numbers and numbers[-1].type != "NUM":
        numbers.pop()
    return numbers
