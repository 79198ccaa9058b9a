"""The numbers a piece of citation text states, so that a fix can be shown to keep them all.

A fix rewrites a citation in another notation: "33694-49" becomes "Kamerstukken 33694, nr. 49",
"2019-2020" becomes "2019/20", "03-10-2019" becomes "3 oktober 2019". The digits change, the
numbers they state do not. :func:`numbers` reads those numbers the same way from both texts:
a vergaderjaar as its two full years, a date as day, month and year, a dossier number written
with a space or dot ("22 443", "22.443") as one number, leading zeros left out. What the grammar
reads as a chamber ("Kamerstukken 11 2001/02": OCR of II) is no number. :func:`lost` is what
one text states that the other does not.

>>> sorted(numbers("Kamerstukken II 2019/20, 35 300 VIII, nr. 05, p. 3-4"))
['2019', '2020', '3', '35300', '4', '5']
>>> lost("TK 1991-1992, 1991-1992, 22 443, nr. 3", "Kamerstukken II 1991/92, 1991-1992, nr. 3")
['22443']
>>> lost("Kamerstuk 33694-49 d.d. 03-10-2019", "Kamerstukken 33694, nr. 49 van 3 oktober 2019")
[]
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from ..grammar import tables

__all__ = ["lost", "numbers"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "jan"),
            ("februari", "feb"),
            ("maart", "mrt"),
            ("april", "apr"),
            ("mei",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augustus", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SP = r"[\s\u00a0\u2009\u202f]"
_DASH = r"[/\-\u2010\u2011\u2012\u2013\u2014\u2212]"
# Longest shapes first: a date, a vergaderjaar, a grouped number, then any run of digits.
_PIECES = re.compile(
    rf"(?P<iso>(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d))"
    rf"|(?P<numeric>(?<!\d)\d{{1,2}}[\-/]\d{{1,2}}[\-/](?:19|20)\d\d(?!\d))"
    rf"|(?P<day>(?<!\d)\d{{1,2}}){_SP}+(?P<month>(?i:{_MONTH_NAMES}))"
    rf"\.?{_SP}+(?P<year>(?:1[89]|20)\d\d)(?!\d)"
    rf"|(?P<vj>(?<!\d)(?:1[89]|2[01])\d\d){_SP}*{_DASH}{_SP}*(?P<next>\d{{4}}|\d{{2}})(?!\d)"
    rf"|(?P<joined>(?<!\d)(?:1[89]|2[01])\d\d(?:1[89]|2[01])\d\d(?!\d))"
    rf"|(?P<grouped>(?<!\d)(?<!\d\.)[1-9]\d?(?:{_SP}|\.)\d{{3}}(?!\d|\.\d))"
    r"|(?P<digits>\d+)"
)


@functools.lru_cache(maxsize=1)
def _chamber() -> re.Pattern[str]:
    # The grammar's own chamber terminal, at the start of a word as the lexer tries it: a number
    # it reads as a chamber is not a number.
    return re.compile(rf"(?<![\w])(?:{tables.load().terminals['CHAMBER']})")


def numbers(text: str) -> Counter[str]:
    """The numbers ``text`` states, each as often as it states it (see the module's docstring)."""
    text = _chamber().sub(lambda m: " " * len(m.group()), text)
    found: Counter[str] = Counter()
    for piece in _PIECES.finditer(text):
        found.update(_values(piece))
    return found


def _values(piece: re.Match[str]) -> list[str]:
    kind, value = piece.lastgroup, piece.group()
    if kind == "iso":
        year, month, day = value.split("-")
        return [_plain(day), _plain(month), year]
    if kind == "numeric":
        day, month, year = re.split(r"[\-/]", value)
        return [_plain(day), _plain(month), year]
    if piece.group("month") is not None:
        month = str(_MONTHS[piece.group("month").lower()])
        return [_plain(piece.group("day")), month, piece.group("year")]
    if piece.group("vj") is not None:
        return _vergaderjaar(piece.group("vj"), piece.group("next"))
    if kind == "joined":
        return [value[:4], value[4:]]
    if kind == "grouped":
        return [_plain(re.sub(r"\D", "", value))]
    return [_plain(value)]


def _vergaderjaar(first: str, second: str) -> list[str]:
    """``2019/20``, ``2019-2020``: the two years in full; any other pair of numbers as written
    (a page range ``1990-1995`` states both)."""
    following = int(first) + 1
    if second in (str(following), f"{following % 100:02d}"):
        return [first, str(following)]
    return [first, _plain(second)]


def _plain(digits: str) -> str:
    return digits.lstrip("0") or "0"


def lost(before: str, after: str) -> list[str]:
    """The numbers ``before`` states that ``after`` does not (as often as they are missing),
    in order of value."""
    missing = numbers(before) - numbers(after)
    return sorted(missing.elements(), key=lambda n: (len(n), n))
