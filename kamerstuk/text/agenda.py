"""Spelling damage in the bill number that ends an agenda line ("Wijziging van de Wet X -
33 l44"), which has no citation-shaped comma to show it: OCR letters for its digits.

An agenda line's number is read after its dash (grammar.lark's AGENDA_DASH) only where it is
digits. The dash shows the damaged one: a hyphen in the pass of
:data:`kamerstuk.text.compact.DASH` (an alternative of that pattern, :data:`AFTER_HYPHEN`,
tried only after a space: no pass of its own), an en or em dash where str.find finds one
(:func:`wide_dashes`). Only a number with an OCR letter in it at the end of its line, after a
word or a closing bracket, is taken (:func:`is_agenda`): a number of digits the proposers
read as it is, and "- 2O19 en verder" is passed by.

>>> text = "Agenda\\nWijziging van de Wet X \\u2013 33 l44\\n"
>>> [dash] = wide_dashes(text, 0, len(text))
>>> [(e.start, e.end, e.text) for e in agenda_edits(text, dash)]
[(35, 38, '144')]
"""

from __future__ import annotations

import re

from .digits import folded, marks, ocr_letters
from .edit import Edit

__all__ = ["AFTER_HYPHEN", "WIDE_DASH", "agenda_edits", "is_agenda", "wide_dashes"]

_SUPERSCRIPT_CLASS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
# Spaces of the width PDF text puts (a class of its own: "[^\S\n]" is slower to test in re).
_W = "[ \\t\\u00a0\\u2009\\u202f]"
#: After an agenda line's dash, up to the end of its line: spaces (a line break perhaps),
#: markers, the dossier (OCR letters perhaps: :func:`is_agenda` asks for one), a suffix
#: perhaps, markers and footnote marks. Possessive where it can be: every hyphen after a space
#: of every text is tried (most fail at the character after the spaces).
AFTER_HYPHEN = (
    rf"(?={_W}*+\n?+{_W}*+[*_]{{0,3}}+(?P<agenda>[1-9Il][0-9OolI]{_W}{{0,3}}+[0-9OolI]{{3}})"
    rf"(?![0-9OolI])(?:(?:{_W}|-)+(?:[IVX]+|[A-Z]))?[*_{_SUPERSCRIPT_CLASS}]*{_W}*(?:\n|$))"
)
#: An agenda line's en or em dash (matched at each one str.find finds).
WIDE_DASH = re.compile("[\u2013\u2014]" + AFTER_HYPHEN)
# What stands before the dash: a word or a closing bracket or quote, a space, perhaps the
# markers of an emphasis that takes the dash in ("*- 33 I44*").
_BEFORE = re.compile(r"[\w)\"\u201d][ \t\u00a0\u2009\u202f][*_]{0,3}$")
_OPENS = frozenset(" \t\u00a0\u2009\u202f*_")


def is_agenda(dash: re.Match[str]) -> bool:
    """True when ``dash`` (a match of :data:`WIDE_DASH`, or of compact's DASH by its
    ``agenda`` group) ends an agenda line's title and its number has an OCR letter in it."""
    at = dash.start()
    return bool(ocr_letters(dash.group("agenda"))) and (
        _BEFORE.search(dash.string, max(0, at - 5), at) is not None
    )


def wide_dashes(text: str, low: int, high: int) -> list[re.Match[str]]:
    """The en and em dashes of agenda lines in ``text[low:high]`` whose number has an OCR
    letter in it; no pass of re (str.find runs at memory speed), and most dashes, in a
    vergaderjaar ("2019\u20132020"), are passed by at the character before them."""
    found = []
    for char in ("\u2013", "\u2014"):
        at = text.find(char, low, high)
        while at >= 0:
            if text[at - 1 : at] in _OPENS:
                dash = WIDE_DASH.match(text, at, high)
                if dash is not None and is_agenda(dash):
                    found.append(dash)
            at = text.find(char, at + 1, high)
    return sorted(found, key=re.Match.start)


def agenda_edits(text: str, dash: re.Match[str]) -> list[Edit]:
    """The repairs of the agenda line's number after ``dash`` (see :func:`is_agenda`): its OCR
    letters read as digits, the markers around it."""
    start, stop = dash.span("agenda")
    found = list(folded(text, start, stop))
    found.extend(marks(text, dash.start(), stop))
    found.sort(key=lambda e: e.start)
    return found
