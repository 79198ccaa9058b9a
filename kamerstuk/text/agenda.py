"""Spelling damage in the bill number that ends an agenda line ("Wijziging van de Wet X -
33 l44"), which has no citation-shaped comma to show it: OCR letters for its digits.

An agenda line's number is read after its dash (grammar.lark's AGENDA_DASH) only where it is
digits. The dash shows the damaged one: a hyphen in the pass of :data:`kamerstuk.text.compact.DASH`
(an alternative of that pattern, :data:`AFTER_HYPHEN`, tried only after a word and a space),
an en or em dash in a pass of its own run only where the text has one (:func:`wide_dashes`).
Only a number with an OCR letter in it is taken: a number of digits the proposers read as it
is, and a line that ends in anything else ("- 2O19 en verder") is passed by.

>>> text = "Agenda\\nWijziging van de Wet X \\u2013 33 l44\\n"
>>> [dash] = wide_dashes(text, 0, len(text))
>>> [(e.start, e.end, e.text) for e in agenda_edits(text, dash)]
[(35, 38, '144')]
"""

from __future__ import annotations

import re

from .digits import folded, marks
from .edit import Edit

__all__ = ["AFTER_HYPHEN", "WIDE_DASH", "agenda_edits", "wide_dashes"]

_SUPERSCRIPT_CLASS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
# What may stand before the dash: a word, a closing bracket or quote, then a space, and
# perhaps the markers of an emphasis that takes the dash in ("*- 33 I44*").
_BEFORE = "|".join(rf"(?<=[\w)\"\u201d][^\S\n][*_]{{{n}}}{{dash}})" for n in range(3))
# After the dash, up to the end of the line: spaces (a line break perhaps), markers, the
# dossier with an OCR letter in it (the lookahead sees one before the dossier's end), a
# suffix perhaps, markers and footnote marks.
_AFTER = (
    r"(?=(?:[^\S\n]+\n?|\n)[^\S\n]*[*_]{0,3}(?=[0-9]{0,2}[^\S\n]{0,3}[0-9]{0,3}[OolI])"
    r"(?P<agenda>[1-9Il][0-9OolI][^\S\n]{0,3}[0-9OolI]{3})(?![0-9OolI])"
    rf"(?:(?:[^\S\n]|-)+(?:[IVX]+|[A-Z]))?[*_{_SUPERSCRIPT_CLASS}]*[^\S\n]*(?:\n|$))"
)
#: The alternative of kamerstuk.text.compact.DASH for the hyphen of an agenda line (after the
#: hyphen itself).
AFTER_HYPHEN = "(?:" + _BEFORE.replace("{dash}", "-") + ")" + _AFTER
#: An agenda line's en or em dash before a number with an OCR letter in it.
WIDE_DASH = re.compile(
    "[\u2013\u2014](?:" + _BEFORE.replace("{dash}", "[\u2013\u2014]") + ")" + _AFTER
)


def wide_dashes(text: str, low: int, high: int) -> list[re.Match[str]]:
    """The en and em dashes of agenda lines in ``text[low:high]`` whose number has an OCR
    letter in it; no pass at all where the text has neither dash (str.find runs at memory
    speed, a pass of re does not)."""
    if text.find("\u2013", low, high) < 0 and text.find("\u2014", low, high) < 0:
        return []
    return list(WIDE_DASH.finditer(text, low, high))


def agenda_edits(text: str, dash: re.Match[str]) -> list[Edit]:
    """The repairs of the agenda line's number after ``dash`` (a match of :data:`WIDE_DASH`, or
    of kamerstuk.text.compact.DASH by its ``agenda`` group): its OCR letters read as digits,
    the markers around it."""
    start, stop = dash.span("agenda")
    found = list(folded(text, start, stop))
    found.extend(marks(text, dash.start(), stop))
    found.sort(key=lambda e: e.start)
    return found
