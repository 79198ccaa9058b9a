"""Spelling damage in a compact reference, which has no citation-shaped comma to show it:
"kamerstuk 25515-20O", "21328-I3", "Kamerstuk 3481O-IIA-49", "Kamcrstuk 32287-4".

The comma of :mod:`kamerstuk.text.spelling` shows most citations; a compact reference is shown
by the dash after its dossier number instead (five digits, perhaps with a space or a dot in
them, and OCR letters for some). From the dossier the repair looks back for a head word as the
comma's does (:mod:`kamerstuk.text.lookback`) where its numbers have OCR letters or markdown
markers to repair: the head word is put in the case the proposers know, the OCR letters are
read as digits ("21328-I3" is "21328-13": the shape is a citation's, with a head word or
without), the markers cut. A dash after anything else (a year, a date, a word) is passed by,
and so is a compact reference with nothing in its numbers to repair: the proposers read it
from its dossier.

>>> text = "Zie Kamcrstuk 25515-20O."
>>> [(e.start, e.end, e.text) for m in DASH.finditer(text) for e in compact_edits(text, m)]
[(4, 13, 'Kamerstuk'), (20, 23, '200')]
"""

from __future__ import annotations

import re

from .digits import folded, marks, ocr_letters
from .edit import MARKUP, Edit
from .layout import SUPERSCRIPT_CLASS
from .lookback import NO_HEAD, head_before, quick
from .possessive import possessive

__all__ = ["DASH", "compact_dashes", "compact_edits"]

# The dash after a dossier number and before a number (perhaps after a suffix): a pass of its
# own, which opens with the dash itself (a literal, which re skips to quickly); its first
# lookbehind is failed at once by most dashes of running text ("Staten-Generaal"), the next
# by a year's ("2019-2020") and a date's ("12-05-2019").
# The last lookarounds pass only a dash with something to repair by it: an OCR letter or a
# marker in the dossier before it (one glued to a digit-like sign, so "II 33694-4" is none) or
# in the number after it, or a marker a little after it; Python looks closer.
_NEAR_BEFORE = "|".join(
    [f"(?<=[OolI*_][0-9OolI .]{{{n}}}-)" for n in range(5)]
    + [f"(?<=[OolI*_][0-9OolI][0-9OolI .]{{{n - 1}}}-)" for n in range(5, 8)]
)
# (The word before the first marker, without going back over it.)
_UP_TO_MARKER = possessive(r"[^\s,;*_]{0,12}")
DASH = re.compile(
    r"-(?<=[0-9OolI]-)(?:(?<=[0-9OolI]{5}-)|(?<=[\s.][0-9OolI]{3}-))"
    r"(?=(?:(?:[IVX]+[AB]?|[A-M]|[0-9]{2})-)?[*_]{0,3}[0-9OolI]{0,3}[0-9])"
    rf"(?:{_NEAR_BEFORE}"
    r"|(?=(?:(?:[IVX]+[AB]?|[A-M]|[0-9]{2})-)?(?:[0-9]{1,4}/)?"
    r"(?:[0-9]{1,3}[OolI]|[OolI][0-9OolI]{0,3}[0-9])"
    rf"|{_UP_TO_MARKER}[*_]))"
)
# The dossier before the dash: five digits (OCR letters for some), a space or three or a dot
# after the first two ("32 752-4", "34.202-12"), glued to no word or number before it.
_DOSSIER_BEFORE = re.compile(
    r"(?<![^\W_]|[.,/\-])[1-9Il][0-9OolI](?:[^\S\n]{1,3}|\.)?[0-9OolI]{3}$"
)
# How far before its dash a dossier is looked for ("12   345").
_DOSSIER_REACH = 9
# What follows the dossier in a compact reference: a suffix perhaps, and a dash and the
# number, in which OCR may have put letters for digits ("-20O", "-XVI-1I", "-IIA-l57").
_AFTER = re.compile(
    r"-(?:(?:[IVX]+[AB]?|[A-M]|[0-9]{2})-)?[*_]{0,3}"
    rf"(?P<number>(?=[0-9OolI]*[0-9])[0-9OolI]{{1,4}})(?![^\W\d_{SUPERSCRIPT_CLASS}])"
    # (the second stuk of "32931-50/51", OCR letters perhaps in it too: "50/5l" is not a stuk
    # "5l", whose letter would be its suffix, but 51)
    rf"(?:/(?=[0-9OolI]*[0-9])[0-9OolI]{{1,4}}(?![^\W\d_{SUPERSCRIPT_CLASS}]))?"
)
# A comma after the reference that the comma's repairs take ("21 501-20, nr. 5").
_COMMA_AFTER = re.compile(r"-[0-9A-Z]{1,4}[^\S\n]*,[^\S\n]*[*_]{0,3}(?:nrs?\b|nos?\b|nummer)", re.I)


def compact_dashes(text: str, low: int, high: int) -> list[re.Match[str]]:
    """The dashes of compact references in ``text[low:high]`` that have something to repair
    near them: OCR letters by a digit, markdown markers (most have neither, and are passed
    by with string methods)."""
    found = []
    for dash in DASH.finditer(text, low, high):
        at = dash.start()
        window = text[max(0, at - _DOSSIER_REACH - 3) : at + 12]
        if ocr_letters(window) or "*" in window or "_" in window:
            found.append(dash)
    return found


def compact_edits(text: str, dash: re.Match[str]) -> list[Edit]:
    """The repairs a compact reference's dash (a match of :data:`DASH`) shows: the head word
    before its dossier, the OCR letters in its numbers, the markdown markers in it."""
    end = dash.start()
    dossier = _DOSSIER_BEFORE.search(text, max(0, end - _DOSSIER_REACH), end)
    if dossier is None:
        return []  # a year ("2019-2020"), a date, a word: the common case
    after = _AFTER.match(text, end)
    if after is None or _taken(text, dossier.start(), end):
        return []
    start, tail = dossier.start(), after.end()
    found: list[Edit] = []
    begin = quick(text, end)
    if begin is None:
        begin = head_before(text, end, found)
    if ocr_letters(text[start:tail]):
        found.extend(folded(text, start, tail))
    found.extend(marks(text, start if begin == NO_HEAD else begin, tail))
    found.extend(_around(text, after.start("number"), after.end("number")))
    found.sort(key=lambda e: e.start)
    return found


def _around(text: str, start: int, end: int) -> list[Edit]:
    """The markers around the number at ``text[start:end]`` ("-**l7**"), which the layout
    rules do not take for a number's when OCR put a letter at its edge."""
    low = start
    while low > start - 3 and text[low - 1 : low] in ("*", "_"):
        low -= 1
    marker = text[low:start]
    if not marker or text[end : end + len(marker)] != marker:
        return []
    return [Edit(low, start, "", MARKUP), Edit(end, end + len(marker), "", MARKUP)]


def _taken(text: str, start: int, end: int) -> bool:
    """True when a citation-shaped comma repairs the reference: one before it (after a
    vergaderjaar: "2019/20, 21 501-20") or one after it before a number ("21 501-20, nr. 5")."""
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0*_")
    return before.endswith(",") or _COMMA_AFTER.match(text, end) is not None
