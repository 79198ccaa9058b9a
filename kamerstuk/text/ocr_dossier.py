"""A dossier after its head word that the grammar cannot read for a letter OCR put among its
digits: "Kamerstuk 36.I24", "KAMERSTUK 36.l24", "wetsvoorstel 34.2O2".

Where a comma, dash or bracket follows the dossier, the repair layer reads such a number
(:mod:`kamerstuk.text.spelling`); a dossier with nothing after it shows no citation to the
repair layer, yet its head word has been proposed and the grammar read from there. It got
stuck where it needs the dossier, at a number it cannot read. That is decided after the
grammar, from where it got stuck (:class:`~kamerstuk.grammar.engine.Stuck`), so text where
every reading goes well pays nothing:

- stuck where the grammar can take a dossier (``DOSSIER`` among what it expects);
- there, a dossier's five digits (two and three, perhaps with a dot or a space between), of
  which one or two are O, o, l or I and the rest digits, ending where a word would;
- those letters read as the digits they stand for (O and o as 0, l and I as 1), the grammar
  reads the text so repaired and decides the citation (its dossier, suffix, what follows).

Anything else (a letter glued to the number, "36.12a"; three letters for digits; a number of
another length) is left unread, as a miss is better than a wrong read. The repair is a
same-length substitution, made in a copy of the citation's window only, so the spans the
grammar gives are those of the text; what follows the dossier is then read as after any
other (:func:`~kamerstuk.text.unread_stuk.settled`: "Kamerstuk 36.I24, nr. l" is stuk 1).

>>> from kamerstuk.grammar.parsing import engine
>>> text = "Zie Kamerstuk 36.I24."
>>> failure = []
>>> engine().longest(text, 4, len(text), failure) is None
True
>>> found, end = reread(text, 4, failure)
>>> [(f.citation.dossier.number, text[f.start : f.end]) for f in found], failure
([('36124', 'Kamerstuk 36.I24')], [])
>>> reread("Zie Kamerstuk 36.12a.", 4, [engine().Stuck(14, ["DOSSIER"])])
([], 4)
"""

from __future__ import annotations

import re

from ..grammar.parsing import engine
from ..model.found import Found
from .digits import as_digits
from .ocr_separators import SIGNS, titled
from .ocr_separators import reread as separators
from .unread_stuk import WINDOW, repaired_copy, settled

__all__ = ["reread"]

# What the grammar takes for a dossier's number.
_DOSSIER = "DOSSIER"
# A digit, or a letter OCR puts for one.
_D = "[0-9OolI]"
# A dossier's number with OCR letters perhaps among its digits: two and three, perhaps a dot or
# spaces between ("36.I24", "34 2O2", "3612O"); its first is no 0. It ends where a word would.
_NUMBER = re.compile(rf"[1-9Il]{_D}(?:\.|[^\S\n]{{1,3}})?{_D}{{3}}(?![^\W_])")
# At most this many letters for digits: more and the number is a word or a code.
_MOST_LETTERS = 2
# A KOOP identifier whose parts after the prefix are numbers alone (a blad's year and number,
# a Bijlage's number), with a letter OCR puts for a digit among them, each part with a digit
# ("stcrt-2O2O-2345l", "blg-9l3l74"). A Kamerstuk's parts may be letters of their own
# ("kst-CXXIV-G", "kst-35300-12a"): not read so.
_NUMBERED_ID = re.compile(
    r"(?i:stb|stcrt|trb|gmb|prb|wsb|bgr|blg)-(?=[0-9OolI\-]*[OolI])"
    r"(?P<numbers>[0-9OolI]*[0-9][0-9OolI]*(?:-[0-9OolI]*[0-9][0-9OolI]*)*)(?![^\W_]|-)"
)
# The first letters of those identifiers' prefixes, to pass by any other start at once.
_ID_OPENS = frozenset("sStTgGpPwWbB")
# The first letters of the gazettes' full titles (ocr_separators.titled).
_TITLES = frozenset("sStT")
# Markdown's markers of emphasis and bold.
_MARKERS = frozenset("*_")
# The characters a stuck place may open a dossier's number with, to tell most places at once.
_OPENS = frozenset("123456789Il")


def reread(text: str, start: int, failure: list[Exception]) -> tuple[list[Found], int]:
    """The reading at ``start`` of ``text`` with OCR's letters in the dossier where the grammar
    got stuck (``failure``, its last error, from the reading at ``start``) read as digits, and
    ``failure`` emptied; no reading (``[]``, ``start``) where it is not stuck so, or the text
    so repaired reads no further than the number."""
    stuck = failure[-1]
    at = getattr(stuck, "offset", -1)
    if text[start : start + 1] in _ID_OPENS:  # "stcrt-2O2O-2345l": a numbered identifier
        found, end = _identifier(text, start)
        if found:
            failure.clear()
            return found, end
    if start <= at < len(text) and text[at] in SIGNS:  # "Stb. 2019. 511" (ocr_separators.py)
        return separators(text, start, failure)
    if text[start : start + 1] in _TITLES:  # "Staatsblad van ... Nederlanden: jaargang 1956"
        found, end = titled(text, start, failure)
        if found:
            return found, end
    if at < start or at >= len(text) or text[at] not in _OPENS:
        return [], start  # the common case: stuck at a word, a sign, or an error of a value
    repair = _repaired(text, at)
    if repair is None or _DOSSIER not in getattr(stuck, "expected", ()):
        return [], start
    probe, low = repaired_copy(text, start, min(len(text), start + WINDOW), repair)
    read = engine().longest(probe, start - low, len(probe))
    if read is None or read[1] < repair[1] - low or not read[0]:
        return [], start
    if probe[read[1] : read[1] + 1] in _MARKERS:
        read = _past_markers(probe, start - low, read)
    # What follows the dossier is read as after any other ("Kamerstuk 36.I24, nr. l").
    found, end = settled(probe, start - low, list(read[0]), read[1])
    if not found:
        return [], start
    failure.clear()
    return [Found(f.citation, f.start + low, f.end + low, f.marked) for f in found], end + low


def _identifier(text: str, start: int) -> tuple[list[Found], int]:
    """The reading at ``start`` of a KOOP identifier of numbers alone (a blad's, a Bijlage's)
    with OCR's letters in its numbers read as digits ("stcrt-2O2O-2345l", "blg-9l3l74"); none
    where there is no such identifier or the grammar does not read it so repaired."""
    number = _NUMBERED_ID.match(text, start)
    if number is None:
        return [], start
    written = number.group("numbers")
    if any(sum(c in "OolI" for c in part) > _MOST_LETTERS for part in written.split("-")):
        return [], start  # a word or a code, not a number OCR misread
    repair = (number.start("numbers"), number.end(), as_digits(written))
    probe, low = repaired_copy(text, start, min(len(text), start + WINDOW), repair)
    read = engine().longest(probe, start - low, len(probe))
    if read is None or read[1] < repair[1] - low or not read[0]:
        return [], start
    return [Found(f.citation, f.start + low, f.end + low, f.marked) for f in read[0]], read[1] + low


def _past_markers(probe: str, start: int, read: tuple[list[Found], int]) -> tuple[list[Found], int]:
    """The citation ``read`` at ``start`` read on past the markers it stops at. Emphasis around
    a number with an OCR letter in it is left in the text by the markup's repair, to which the
    letter is no digit ("Kamerstuk **35.45O**-IV"), and the grammar stops before the closing
    markers: it reads the text again without them, spans in ``probe``."""
    end = read[1]
    stop = end
    while stop < len(probe) and probe[stop] in _MARKERS:
        stop += 1
    without = probe[:end] + probe[stop:]
    again = engine().longest(without, start, len(without))
    if again is None or again[1] <= end:
        return read  # nothing after the markers: "*wetsvoorstel 2634I*;"
    cut = stop - end

    def moved(at: int) -> int:
        return at + cut if at > end else at

    found = [Found(f.citation, moved(f.start), moved(f.end), f.marked) for f in again[0]]
    return found, moved(again[1])


def _repaired(text: str, at: int) -> tuple[int, int, str] | None:
    """The dossier's number at ``at`` with its OCR letters read as digits: its span and the
    digits; None where there is no such number, none of its letters OCR's or too many.

    >>> _repaired("Kamerstuk 3I.910 hier", 10)
    (10, 16, '31.910')
    >>> _repaired("Kamerstuk 36.124 hier", 10) is None
    True
    """
    number = _NUMBER.match(text, at)
    if number is None:
        return None
    written = number.group()
    digits = as_digits(written)
    letters = sum(a != b for a, b in zip(written, digits, strict=True))
    if not 0 < letters <= _MOST_LETTERS:
        return None
    return at, number.end(), digits
