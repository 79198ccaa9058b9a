"""The numbers of a citation as OCR and conversion leave them: letters OCR puts for digits ("2O19",
"l2", "25.49I"), and markdown markers in and around the citation. Shared by the spelling
repairs that a citation-shaped comma triggers (:mod:`kamerstuk.text.spelling`) and those that a
dossier number without one triggers (:mod:`kamerstuk.text.compact`).

>>> ocr_letters("2O19"), ocr_letters("II 2019")
(True, False)
>>> [(e.start, e.end, e.text) for e in folded("nr. l2, 2O19", 0, 12)]
[(4, 6, '12'), (8, 12, '2019')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .edit import MARKUP, SPELLING, Edit
from .emphasis import markers
from .layout import SUPERSCRIPTS

__all__ = ["as_digits", "folded", "marks", "ocr_letters"]

# A letter OCR puts for a digit, next to a digit: searched for from the digits (fewer than the
# "o"s and "l"s of the words around a citation), in a string of its own (the lookbehind would
# see before a search's start).
_OCR_NEAR_DIGIT = re.compile(
    r"[0-9](?:(?<=[OolI][0-9])|(?=[OolI])|(?<=[^0-9][1-9][0-9])[^\S\n](?=[Ool]{3}(?![^\W_])))"
    r"|-[lI]-[0-9]"
)
# A number with a letter OCR puts for a digit in it: "2O19", "3O0", "l2"; also after a zaak
# number's Z ("2017ZO2595").
_OCR_NUMBER = re.compile(
    r"(?<![^\W\dZ_])(?=[0-9OolI]*[0-9])[0-9OolI]*[OolI][0-9OolI]*"
    # (a footnote mark may follow: "232O⁸"; a capitalised word glued on by PDF text too)
    rf"(?:(?![^\W\d_{SUPERSCRIPTS}])|(?=[A-Z][a-z])"
    # (or a Roman chapter glued on, as older notations write it: "25.84lVIII")
    r"|(?<=[0-9]l)(?=[IVX]+(?![^\W\d_])))"
    # A compact Handelingen's item alone between its dashes, after a number of up to three
    # digits ("23-I-29", vergadering 23, item 1): a dossier has five ("35300-I-5": chapter I).
    r"|(?:(?<=[^0-9][0-9]-)|(?<=[^0-9][0-9]{2}-)|(?<=[^0-9][0-9]{3}-))[lI](?=-[0-9])"
    # A typeset dossier's last three digits all letters, after its first two ("34 OOO"): no I,
    # which may be a chapter's Roman numeral.
    r"|(?<=[^0-9OolI][1-9][0-9l][^\S\n])[Ool]{3}(?![^\W_])"
)
_AS_DIGITS = str.maketrans("OolI", "0011")
# How far past its end a citation's markers are looked for.
_AHEAD = 40


def marks(text: str, begin: int, comma: int) -> list[Edit]:
    """The markdown markers in a citation (from ``begin``, its head or
    dossier, to a little past ``comma``)."""
    low, high = max(0, begin - 3), min(len(text), comma + _AHEAD)
    found = []
    if text.find("*", low, high) >= 0 or text.find("_", low, high) >= 0:
        found.extend(markers(text, low, high))
        # A run that opens the citation's first word, however damaged ("_Kam ervragen").
        if begin and text[begin - 1] in "*_":
            run = begin - 1
            while run > low and text[run - 1] == text[begin - 1]:
                run -= 1
            opens = not run or text[run - 1].isspace() or text[run - 1] in "(["
            if opens and all(e.start != run for e in found):
                found.append(Edit(run, begin, "", MARKUP))
            closing = _closing(text, text[run:begin], begin, high) if opens else None
            if closing is not None and all(e.start != closing.start for e in found):
                found.append(closing)
    # (Footnote marks are cut by the layout rules, wherever they are glued.)
    return found


def _closing(text: str, marker: str, begin: int, high: int) -> Edit | None:
    """The run of ``marker`` after ``begin`` (before ``high``) that closes a word, which closes
    the run that opens the citation ("*Aanhangsel Hand elingen* Tweede Kamer"); None when the
    first such run is another ("*Stb*. en **18**") or there is none."""
    at = text.find(marker, begin, high)
    if at < 0 or text[at - 1].isspace():
        return None
    stop = at + len(marker)
    if text[stop : stop + 1] in ("*", "_") or (stop < len(text) and text[stop].isalnum()):
        return None
    return Edit(at, stop, "", MARKUP)


def as_digits(written: str) -> str:
    """``written`` with the letters OCR puts for digits (O, o, l, I) read as those digits; the
    caller has decided that they stand in a number.

    >>> as_digits("2O1l"), as_digits("3I.9lO")
    ('2011', '31.910')
    """
    return written.translate(_AS_DIGITS)


def folded(original: str, start: int, end: int) -> Iterator[Edit]:
    """The numbers in ``original[start:end]`` with letters OCR put for digits, as digits."""
    for m in _OCR_NUMBER.finditer(original, start, end):
        yield Edit(m.start(), m.end(), as_digits(m.group()), SPELLING)


def ocr_letters(numbers: str) -> bool:
    """True when a letter OCR puts for a digit stands next to a digit in ``numbers``; quick
    where there is none (most text: ``in`` runs at memory speed; the "I" of a chamber "II"
    is looked at alone)."""
    if "O" in numbers or "o" in numbers or "l" in numbers:
        return _OCR_NEAR_DIGIT.search(numbers) is not None
    at = numbers.find("I")
    while at >= 0:
        if numbers[at - 1 : at].isdigit() or numbers[at + 1 : at + 2].isdigit():
            return True
        if numbers[at - 1 : at + 2] == "-I-" and numbers[at + 2 : at + 3].isdigit():
            return True  # an item alone between dashes ("23-I-29")
        at = numbers.find("I", at + 1)
    return False
