"""The spelling repairs before an Eerste Kamer letter ("35 300 VI, D", "CXLII, letter D",
"35526 / 25295, CF"), shown by the comma before the letter (:mod:`kamerstuk.text.spelling`):
OCR letters in the dossier numbers ("2l450 / 35143, C", where the first dossier is the one
the paper is filed under), and the markdown markers around the citation ("_EK 36 722, CF_",
"**CLI**, letter D"). Footnote marks glued to a dossier are cut by the layout rules.

An Eerste Kamer letter after its dossier without a comma ("Kamerstuk I 32 752 BH") shows
itself by its chamber "I" before the dossier and the capitals after it (:data:`BARE_LETTER`, a
pass that opens with its literal "I"): from there the head word is looked for as from a comma
(:mod:`kamerstuk.text.lookback`), misread ("Kamcrstuk"), split ("Kam erstuk") or in another
case, and the dossier's OCR letters and the markers are repaired as above. A chamber in lower
case ("kamerstuk i 24.189 GJ") is not looked for: a pass for every "i" of a text costs more
than that damage on damage is worth.

>>> text = "Zie 2l450 / 35143, C."
>>> [(e.start, e.end, e.text) for e in letter_edits(text, text.index(","), text.index(",") + 3)]
[(4, 9, '21450')]
>>> text = "Zie Kamcrstuk I 24.l89 GJ."
>>> [letter] = bare_letters(text, 0, len(text))
>>> [(e.start, e.end, e.text) for e in bare_letter_edits(text, letter)]
[(4, 13, 'Kamerstuk'), (19, 22, '189')]
"""

from __future__ import annotations

import re

from .digits import folded, marks, ocr_letters
from .edit import MARKUP, SPELLING, Edit
from .layout import SUPERSCRIPT_CLASS
from .lookback import NO_HEAD, head_before, quick

__all__ = ["BARE_LETTER", "bare_letter_edits", "bare_letters", "letter_edits"]

_NUMBER = r"[1-9Il][0-9OolI](?:[^\S\n]{1,3}|\.)?[0-9OolI]{3}"
# An Eerste Kamer dossier before its letter: a number (perhaps with a suffix, and perhaps after
# another and a slash: the paper is filed under the first, whose OCR letters must be read too,
# as markers around either number would hide it: "**2I.265** / 26306, Z") or a Roman one, with
# a footnote mark or markdown markers perhaps.
_EK_DOSSIER_BEFORE = re.compile(
    rf"(?:(?<![0-9OolI])(?:{_NUMBER}[{SUPERSCRIPT_CLASS}*_]{{0,3}}[^\S\n]*/[^\S\n]*[*_]{{0,3}})?"
    rf"{_NUMBER}[{SUPERSCRIPT_CLASS}]*"
    r"(?:[ \-](?:[IVX]+[AB]?|[A-M]))?|(?<![^\W_])(?:C[LXVI]+|XC[IVX]*|LXXX[IVX]*))"
    rf"[{SUPERSCRIPT_CLASS}*_]*$"
)
# The chamber "I" of an Eerste Kamer letter without a comma, a space after it and none of a
# word's letters before it (most "I"s of a text, a word's first letter, fail at the space),
# then its dossier (OCR letters perhaps, markers, a footnote mark, a line break before it) and
# the letter or two.
BARE_LETTER = re.compile(
    r"I[ \t\n\u00a0\u2009\u202f](?<![^\W_]I.)[^\S\n]{0,2}\n?[^\S\n]*[*_]{0,3}"
    rf"(?P<dossier>{_NUMBER})(?![0-9OolI])[{SUPERSCRIPT_CLASS}*_]*"
    r"[^\S\n]{1,3}[*_]{0,3}(?P<letter>[A-Z]{1,2})(?![^\W_])"
)
# How far before its comma the dossier is looked for ("12 345 / 12 345 VIIA").
_REACH = 36
# The chamber that heads a dossier and its letter ("EK 34300 VII, E"), in any case.
_CHAMBER_BEFORE = re.compile(r"(?<![\w])(?i:ek)[*_]{0,3}[^\S\n]{1,3}$")


def letter_edits(text: str, comma: int, end: int) -> list[Edit]:
    """The repairs of the Eerste Kamer citation whose letter's comma is at ``comma`` and whose
    letter ends at ``end``: the dossiers' OCR letters, the markers in and around it."""
    window = text[max(0, comma - _REACH) : end + 3]
    if (
        window.isascii()
        and "*" not in window
        and "_" not in window
        and "ek " not in window
        and not ocr_letters(window)
    ):
        return []  # the common case: nothing to repair
    dossier = _EK_DOSSIER_BEFORE.search(text, max(0, comma - _REACH), comma)
    if dossier is None:
        return []
    found: list[Edit] = []
    begin = dossier.start()
    chamber = _CHAMBER_BEFORE.search(text, max(0, begin - 8), begin)
    if chamber is not None:
        begin = chamber.start()
        written = text[begin : begin + 2]
        if written != written.upper():  # "ek 36 722, CF": the chamber in capitals
            found.append(Edit(begin, begin + 2, written.upper(), SPELLING))
    found.extend(marks(text, begin, comma))
    opening = _opening(text, begin)
    if opening is not None:
        # The markers that close it: after the dossier ("**CLI**, letter D") or after the
        # letter ("_EK 36 722, CF_", "_Kamerstukken I 2008/09, 31 700 VI, D_").
        marker = text[slice(*opening)]
        for place in (dossier.start() + len(dossier.group().rstrip("*_")), end):
            if _closes(text, place, marker):
                found.append(Edit(opening[0], opening[1], "", MARKUP))
                found.append(Edit(place, place + len(marker), "", MARKUP))
                break
    if ocr_letters(dossier.group()):
        found.extend(folded(text, dossier.start(), comma))
    found.sort(key=lambda e: e.start)
    return found


def bare_letters(text: str, low: int, high: int) -> list[re.Match[str]]:
    """The Eerste Kamer letters without a comma in ``text[low:high]`` (:data:`BARE_LETTER`)."""
    return list(BARE_LETTER.finditer(text, low, high))


def bare_letter_edits(text: str, letter: re.Match[str]) -> list[Edit]:
    """The repairs of the Eerste Kamer citation without a comma that ``letter`` (a match of
    :data:`BARE_LETTER`) ends: its head word, the dossier's OCR letters, the markers. Nothing
    where no head word stands before the chamber: "Bijlage I 12 345 AB" is no citation."""
    start, stop = letter.span("dossier")
    begin = quick(text, stop)
    if begin == NO_HEAD:
        return []
    window = text[begin or 0 : letter.end() + 3]
    if (
        begin is not None
        and window.isascii()
        and "*" not in window
        and "_" not in window
        and not ocr_letters(window)
    ):
        return []  # the common case: the proposers read it as written
    found: list[Edit] = []
    if begin is None:
        begin = head_before(text, stop, found)
        if begin == NO_HEAD:
            return []
    if ocr_letters(text[start:stop]):
        found.extend(folded(text, start, stop))
    found.extend(marks(text, begin, letter.end()))
    found.sort(key=lambda e: e.start)
    return found


def _opening(text: str, begin: int) -> tuple[int, int] | None:
    """The run of markers that opens the citation whose dossier (or chamber) starts at
    ``begin``: the last one before it on its line, when it opens a word (a head word's,
    perhaps: "_Kamerstukken I 2008/09, 31 700 VI, D_")."""
    line = max(text.rfind("\n", max(0, begin - 2 * _REACH), begin) + 1, begin - 2 * _REACH, 0)
    at = max(text.rfind("*", line, begin), text.rfind("_", line, begin))
    if at < 0:
        return None
    low, high = at, at + 1
    while low > line and text[low - 1] == text[at]:
        low -= 1
    while text[high] == text[at]:  # (a run ends before ``begin``, at the latest)
        high += 1
    opens = not low or text[low - 1].isspace() or text[low - 1] in "(["
    return (low, high) if opens and high - low <= 3 and not text[high].isspace() else None


def _closes(text: str, at: int, marker: str) -> bool:
    """True when ``marker`` stands at ``at`` and closes a word: no marker or letter after it."""
    stop = at + len(marker)
    return text[at:stop] == marker and (
        stop == len(text) or not (text[stop].isalnum() or text[stop] in "*_")
    )
