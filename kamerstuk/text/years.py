"""Years near a citation's comma that a scan or conversion damaged: a space inside a year
("Stb. 20 03, 75", "Kamerstukken II 20 14-2015, 34 000", "2014-20 15") and OCR letters in the
year of a date before a gazette's head word ("de Wet van 14 mei l998, Stb. 537"), found where
kamerstuk.text.spelling has found a citation at its comma.

>>> text = "Kamerstukken II 20 14-2015, 34 000"
>>> [(e.start, e.end, e.text) for e in split_years(text, 0, text.index(","))]
[(18, 19, '')]
>>> runs_to(2019, "20"), runs_to(2019, "2021")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .digits import folded, ocr_letters
from .edit import SPELLING, Edit

__all__ = ["date_year", "runs_to", "split_years"]

# The year of a date right before a comma, perhaps with OCR letters or a space in it.
_YEAR_AT_COMMA = re.compile(r"(?<![0-9OolI])(?:[12Il][0-9OolI]{3}|(?:1[89]|20)[^\S\n][0-9]{2})$")
# A year with a space inside it, before or after the year it runs to: "20 14-2015",
# "2014-20 15".
_SPLIT_YEAR = re.compile(
    r"(?<![0-9])(?P<a>(?:1[89]|20)[0-9]?)(?P<s>[^\S\n])(?P<b>[0-9]{1,2})(?![0-9])"
    r"(?=[^\S\n]?[\-/\u2013\u2014][^\S\n]?(?P<next>[0-9]{2,4})(?![0-9])|[^\S\n]*(?P<end>$))"
)
_SPLIT_NEXT_YEAR = re.compile(
    r"(?<![0-9])(?P<year>(?:1[89]|20)[0-9]{2})[^\S\n]?[\-/\u2013\u2014][^\S\n]?"
    r"(?P<a>[0-9]{1,3})(?P<s>[^\S\n])(?P<b>[0-9]{1,3})(?![0-9])"
)


def date_year(text: str, comma: int) -> list[Edit]:
    """The year of the date before a gazette's head word ("de Wet van 14 mei l998, Stb. 537",
    "22 juli 20 02, Stb. 82"): its OCR letters read as digits, a space inside it cut."""
    year = _YEAR_AT_COMMA.search(text, max(0, comma - 6), comma)
    if year is None:
        return []
    if ocr_letters(year.group()):
        return list(folded(text, year.start(), comma))
    return list(split_years(text, year.start(), comma))


def split_years(original: str, head: int, comma: int) -> Iterator[Edit]:
    """A year split by a space next to the year it runs to: the space cut."""
    for m in _SPLIT_YEAR.finditer(original, head, comma):
        year = m.group("a") + m.group("b")
        # Before its comma a year stands alone ("Stb. 20 03, 75", "22 januari 19 92, nr."); in a
        # vergaderjaar the next year says it is one.
        if len(year) == 4 and (m.group("end") is not None or runs_to(int(year), m.group("next"))):
            yield Edit(m.start("s"), m.end("s"), "", SPELLING)
    for m in _SPLIT_NEXT_YEAR.finditer(original, head, comma):
        following = m.group("a") + m.group("b")
        if len(following) in (2, 4) and runs_to(int(m.group("year")), following):
            yield Edit(m.start("s"), m.end("s"), "", SPELLING)


def runs_to(year: int, following: str) -> bool:
    """True when ``following`` (2 or 4 digits) is the year after ``year``."""
    modulo = 100 if len(following) == 2 else 10000
    return int(following) % modulo == (year + 1) % modulo
