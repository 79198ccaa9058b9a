"""Spelling damage in a citation of the EU's Publicatieblad, repaired as the gazettes' is: a
letter OCR put for a digit of its year or number, a space inside its year.

The Publicatieblad has two shapes, each found from a comma that :mod:`kamerstuk.text.spelling`
stops at: the year before a comma and the series after it ("PbEU 2O16, L ll9/1", "PbEU 20 16,
L 119/1"), and the series, number and the EU's date before one ("PB L l19 van 4.5.2016, blz.
1"). The head word ("PbEU", "PB", "Pb. EG", "OJ") must stand before the numbers: elsewhere
"2O16, L 5" is left as it is.

>>> [(e.start, e.end, e.text) for e in publicatieblad_edits("PbEU 2O16, L ll9/1", 9)]
[(5, 9, '2016'), (13, 16, '119')]
"""

from __future__ import annotations

import re

from .digits import as_digits
from .edit import SPELLING, Edit
from .layout import SUPERSCRIPT_CLASS

__all__ = ["publicatieblad_edits"]

# The head word, perhaps with a footnote number glued to it ("4PbEU", "PbEU⁶¹").
_HEAD = (
    r"(?<![^\W\d_])(?:OJ|(?i:pb(?:[^\S\n]?\.?[^\S\n]?(?:eu|eg|eeg))?)\.?)"
    rf"[{SUPERSCRIPT_CLASS}]*"
)
# Between the parts: spaces and at most one line break, perhaps markdown markers at the edges
# of the parts ("_PbEU_ 2O16", "L **ll9**/1"); _GAP may be empty.
_SPACE = r"(?:[^\S\n]|\n(?![^\S\n]*\n))"
_SP = rf"[*_]{{0,3}}{_SPACE}+[*_]{{0,3}}"
_GAP = rf"[*_]{{0,3}}{_SPACE}*[*_]{{0,3}}"
# A number that has a digit, perhaps with letters OCR put for others.
_NUMBER = r"(?=[0-9OolI]*[0-9])[0-9OolI]{1,4}(?![\w])"
# A year of 19xx or 20xx, OCR letters perhaps in it, perhaps split by a space ("20 16").
_YEAR = r"[12Il][0-9OolI][^\S\n]?[0-9OolI]{2}"
# "PbEU 2O16" right before the comma, and ", L ll9" right after it.
_YEAR_BEFORE = re.compile(rf"{_HEAD}{_SP}(?P<year>{_YEAR})[*_]{{0,3}}$")
_SERIES_AFTER = re.compile(rf",{_GAP}[LC]{_SP}(?P<number>{_NUMBER})")
# "PB L l19 van 4.5.2O16" right before the comma.
_DATED_BEFORE = re.compile(
    rf"{_HEAD}{_SP}[LC]{_SP}(?P<number>{_NUMBER}){_SP}(?i:van){_SP}"
    rf"[0-3]?[0-9]\.[01]?[0-9]\.(?P<year>{_YEAR})[*_]{{0,3}}$"
)
# How far before its comma the head word may stand: "Pb. EG 2016" and "PB C 123 van 31.12.2016",
# with markers and spaces.
_REACH = 48


def publicatieblad_edits(text: str, comma: int) -> list[Edit]:
    """The repairs of the Publicatieblad citation around ``comma``; none where there is none
    or nothing is damaged."""
    low = max(0, comma - _REACH)
    window = text[low:comma]
    if not ("Pb" in window or "PB" in window or "pb" in window or "OJ" in window):
        return []  # no head word of the Publicatieblad: most commas
    dated = _DATED_BEFORE.search(text, low, comma)
    if dated is not None:
        return [*_digits(dated, "number"), *_year(dated)]
    before = _YEAR_BEFORE.search(text, low, comma)
    after = _SERIES_AFTER.match(text, comma)
    if before is None or after is None:
        return []
    return [*_year(before), *_digits(after, "number")]


def _year(match: re.Match[str]) -> list[Edit]:
    """The year of ``match`` with its OCR letters as digits and without a space inside; none
    where it is no year of 19xx or 20xx so."""
    written = match.group("year")
    year = as_digits("".join(written.split()))
    if year == written or not year.startswith(("19", "20")):
        return []
    return [Edit(match.start("year"), match.end("year"), year, SPELLING)]


def _digits(match: re.Match[str], group: str) -> list[Edit]:
    written = match.group(group)
    digits = as_digits(written)
    return (
        [] if digits == written else [Edit(match.start(group), match.end(group), digits, SPELLING)]
    )
