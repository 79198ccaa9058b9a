"""The comma before an Eerste Kamer letter that OCR read as a full stop, semicolon or colon
("CII. letter P", "27 311: letter V", "CLVII; letter N"), repaired beside the comma-led repairs
of :mod:`kamerstuk.text.spelling`, which have no comma to look from here (asked by
:func:`kamerstuk.text.headings.with_headings`).

"letter" and a capital or two after it name the stuk; the sign before it, after a dossier's
digit or a Roman dossier's numeral (a footnote mark or markdown markers perhaps between), is
read as the comma the letter's notation has, and the proposer of that comma then asks for the
dossier before it as for any letter (:mod:`kamerstuk.text.anchors`): "Zie hoofdstuk 3. letter
A" reads no more than "Zie hoofdstuk 3, letter A" does.

One pass of re over the text, opening with its literal "letter" (which re skips to as fast as
``str.find``): about 0.5 ms on 0.75 MB of text without citations. The word in capitals
("CII. LETTER P") would cost a pass of its own and is left: damage on damage.

>>> [(e.start, e.end, e.text) for e in field_edits("Zie (CII. letter P).", 0, 20)]
[(8, 9, ',')]
>>> [(e.start, e.end, e.text) for e in field_edits("Zie (27 311: letter V).", 0, 23)]
[(11, 12, ',')]
>>> field_edits("Zie de letter A en de letter B.", 0, 31)
[]
"""

from __future__ import annotations

import re

from .edit import SPELLING, Edit

__all__ = ["field_edits"]

# "letter" after a sign, and one or two capitals that end a word after it; the sign's place is
# read from the lookbehinds (one for each width of what stands between: nothing, a space).
_LETTER = re.compile(
    r"letter(?:(?<=[.;:]letter)|(?<=[.;:][^\S\n]letter))[^\S\n]+[A-Z]{1,2}(?![^\W_])"
)
# What stands before the sign: a dossier's digit or a Roman numeral, perhaps a footnote mark or
# markdown markers after it.
_BEFORE = re.compile(r"[0-9IVXLC][*_\u00b9\u00b2\u00b3\u2070-\u2079]{0,3}$")
# How far before the sign what stands before it is looked at.
_BACK = 4


def field_edits(original: str, start: int, end: int) -> list[Edit]:
    """The signs OCR read for an Eerste Kamer letter's comma in ``original[start:end]``, each
    as an edit to a comma, in order."""
    found: list[Edit] = []
    # (The sign stands up to two characters before "letter", which may start past ``end``.)
    for m in _LETTER.finditer(original, max(0, start), min(len(original), end + 2)):
        at = m.start()
        sign = at - 1 if original[at - 1] in ".;:" else at - 2
        if start <= sign < end and _BEFORE.search(original, max(0, sign - _BACK), sign):
            found.append(Edit(sign, sign + 1, ",", SPELLING))
    return found
