"""Numbers the word before them names as something other than a parliamentary paper.

A number written without a head word ("33694-49", "25 424, nr. 650") is proposed as a dossier by
its shape (:mod:`kamerstuk.text.anchors`); a careful legal editor reads the word before it
first. ``artikel`` or ``art.`` before a number makes it an article's ("artikel 12345-13"),
``Ons kenmerk`` or ``Uw referentie`` a letter's own reference, ``rolnummer`` a court's, and so
on: such a number is no dossier, whatever its shape. A bare ``Kenmerk`` is not among them: KOOP's
metadata field of that name lists dossiers (docs/citations.md, "Not read (yet)").

The word is recognised as the matrix damages it (tests/matrix_lookalikes.py): in any case, with
markdown markers or a footnote mark on it, hyphenated over a line, split by a space, and, when it
is long enough to stay unmistakable (seven letters or more), with one letter misread or dropped.

>>> text = "Zie artikel 12345-13 en Kamerstuk 35300-13."
>>> named_otherwise(text, text.index("12345")), named_otherwise(text, text.index("35300"))
(True, False)
>>> named_otherwise("uw kenmcrk 31066-4", 11), named_otherwise("*Arti kel* 31066-4", 11)
(True, True)
"""

from __future__ import annotations

import re

__all__ = ["named_otherwise"]

# The words, without dots and spaces, in lower case. Short ones are abbreviations, read only as
# written; the long ones also with one letter misread or dropped.
_WORDS = frozenset(
    {
        # an article of an act or a regulation
        "art", "artt", "artikel", "artikelen", "artikelnummer",
        # a letter's own reference (a bare "Kenmerk" may be KOOP's field of dossiers)
        "onskenmerk", "uwkenmerk", "onzereferentie", "uwreferentie", "referentie", "ref",
        "referentienummer", "kenmerknummer",
        # a court's, a prosecutor's, an administration's number
        "rolnummer", "rolnr", "zaaknummer", "zaaknr", "parketnummer", "parketnr",
        "procedurenummer", "registratienummer", "projectnummer", "factuurnummer",
        "klantnummer", "relatienummer", "polisnummer", "ordernummer", "postbus",
        "huisnummer", "telefoonnummer", "tel", "fax",
    }
)  # fmt: skip
_FUZZY = frozenset(word for word in _WORDS if len(word) >= 7)
_SHORTEST, _LONGEST = min(map(len, _WORDS)), max(map(len, _WORDS)) + 1
# How far before the number the word is looked for: the longest word, split and marked up.
_REACH = 40
# Markers, footnote marks and escapes that conversion leaves on a word; a line's hyphenation.
_NOISE = re.compile(r"[*_\\\u00b9\u00b2\u00b3\u2070\u2074-\u2079]|-[^\S\n]*\n[^\S\n]*")
# The last word or two before the number, perhaps with a dot, a colon or a bracket after them.
_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?P<first>[^\W\d_]{1,16})[^\S\n]+)?(?P<last>[^\W\d_]{1,24})\.?"
    r"[^\S\n]*:?[^\S\n]*\(?\s*$"
)


def named_otherwise(text: str, start: int) -> bool:
    """True when the word right before the number at ``text[start]`` names it as something
    other than a dossier: an article, a letter's reference, a court's or a project's number."""
    window = _NOISE.sub("", text[max(0, start - _REACH) : start])
    before = _BEFORE.search(window)
    if before is None:
        return False
    last = before.group("last").lower()
    first = (before.group("first") or "").lower()
    return _names(last) or (bool(first) and _names(first + last))


def _names(word: str) -> bool:
    """True when ``word`` is one of the words, or a long one with one letter misread or
    dropped (OCR's damage)."""
    if not _SHORTEST <= len(word) <= _LONGEST:
        return False
    if word in _WORDS:
        return True
    return any(_one_off(word, known) for known in _FUZZY if abs(len(known) - len(word)) <= 1)


def _one_off(word: str, known: str) -> bool:
    """True when ``word`` is ``known`` with one letter replaced or dropped."""
    if len(word) == len(known):
        return sum(a != b for a, b in zip(word, known, strict=True)) == 1
    if len(word) + 1 == len(known):
        return any(known[:i] + known[i + 1 :] == word for i in range(len(known)))
    return False
