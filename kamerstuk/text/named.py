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

# Words that name a number as no dossier, without dots and spaces, in lower case; the long
# ones also with one letter misread or dropped (see _near).
_WORDS = frozenset(
    {
        # an article of an act or a regulation
        "art", "artt", "artikel", "artikelen",
        # a letter's own reference (a bare "Kenmerk" may be KOOP's field of dossiers)
        "onskenmerk", "uwkenmerk", "onzereferentie", "uwreferentie", "referentie", "ref",
        "onzeref", "uwref",
        # a court's, an address's, a telephone's
        "rolnr", "zaaknr", "parketnr", "postbus", "tel", "fax",
    }
)  # fmt: skip
# Series of other issuers: documents whose own number follows "nr." ("Circulaire nr. 31066-4",
# "project nr."), and the first parts of words for their numbers ("projectnummer", "rolnr.").
_SERIES = frozenset(
    {
        "besluit", "raadsbesluit", "collegebesluit", "raadsvoorstel", "collegevoorstel",
        "beschikking", "verordening", "circulaire", "aanwijzing", "vergunning", "uitspraak",
        "vonnis", "arrest", "factuur", "offerte", "overeenkomst", "contract", "aanvraag",
        "melding", "meldings", "zaak", "project", "polis", "order", "bestel", "inkoop", "klant",
        "relatie", "registratie", "referentie", "kenmerk", "procedure", "parket", "rol",
        "telefoon", "huis", "bsn", "kvk", "btw", "artikel", "art",
    }
)  # fmt: skip
# First parts of words for a number that name parliament's ("volgnummer", "dossiernummer").
_PARLIAMENT = frozenset(
    {
        "kamerstuk", "kamerstukken", "kamerstukdossier", "dossier", "stuk", "onder", "volg",
        "wetsvoorstel", "motie", "amendement", "document", "publicatie", "bijlage", "agenda",
        "vraag", "kamervraag", "handelingen", "aanhangsel",
    }
)  # fmt: skip
# The words for a number a compound ends in, and the number keywords (with OCR's "mr." and "rn.").
_ENDS = ("nummer", "nr")
_KEYWORD = r"(?i:nrs?|nos?|nummers?|mr|rn|ne@)(?![^\W\d_])"
# How far before the number the word is looked for: two words, split and marked up.
_REACH = 48
# Markers, footnote marks and escapes that conversion leaves on a word; a line's hyphenation.
_NOISE = re.compile(r"[*_\\\u00b9\u00b2\u00b3\u2070\u2074-\u2079]|-[^\S\n]*\n[^\S\n]*")
# The last word or two before the number (perhaps with a dot, a colon or a bracket after them),
# and a number keyword between them and the number.
_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?!{_KEYWORD})(?P<first>[^\W\d_]{{1,16}})\s+)?"
    rf"(?!{_KEYWORD})(?P<last>[^\W\d_]{{1,24}}(?:-[^\W\d_]{{1,16}})?)\.?"
    rf"(?:\s*(?P<nr>{_KEYWORD})[.,]?)?[^\S\n]*:?\s*\(?\s*$"
)


def named_otherwise(text: str, start: int) -> bool:
    """True when the word right before the number at ``text[start]`` names it as something
    other than a dossier: an article, a letter's reference, a court's or a project's number."""
    window = _NOISE.sub("", text[max(0, start - _REACH) : start])
    before = _BEFORE.search(window)
    if before is None:
        return False
    last = before.group("last").lower()
    words = [last]
    if before.group("first"):
        joined = before.group("first").lower() + last
        if _parliaments(joined):
            return False  # a word split by OCR ("KAME RSTUKNUMMER"): parliament's
        words.append(joined)
    if before.group("nr"):  # "Circulaire nr.", "project nr.", "Meldings nummer"
        return any(_near(word, _SERIES) or _names(word) for word in words)
    return any(_names(word) for word in words)


def _names(word: str) -> bool:
    """True when ``word`` names a number as no dossier: one of the words, or a word for a
    number whose first part is no parliament's ("rolnummer", "projectnummer", "BSN-nummer");
    also with one letter misread or dropped ("projectnummcr", "Besluitur.")."""
    if _near(word, _WORDS):
        return True
    for end in _ENDS:
        if word.endswith(end) and len(word) > len(end):
            return not _near(word[: -len(end)].rstrip("-"), _PARLIAMENT)
        # OCR's damage to the end: only after the first part of a series' word.
        for cut in (len(end), len(end) - 1):
            if len(word) > cut and _one_off(word[len(word) - cut :], end):
                if _near(word[: len(word) - cut].rstrip("-"), _SERIES):
                    return True
    return False


def _parliaments(word: str) -> bool:
    """True when ``word`` is a word for one of parliament's numbers ("kamerstuknummer")."""
    return any(
        word.endswith(end) and _near(word[: -len(end)].rstrip("-"), _PARLIAMENT) for end in _ENDS
    )


def _near(word: str, known: frozenset[str]) -> bool:
    """True when ``word`` is one of ``known``, or one of seven letters or more with one letter
    misread or dropped."""
    if word in known:
        return True
    return len(word) >= 6 and any(
        len(k) >= 7 and abs(len(k) - len(word)) <= 1 and _one_off(word, k) for k in known
    )


def _one_off(word: str, known: str) -> bool:
    """True when ``word`` is ``known`` with one letter replaced or dropped."""
    if len(word) == len(known):
        return sum(a != b for a, b in zip(word, known, strict=True)) == 1
    if len(word) + 1 == len(known):
        return any(known[:i] + known[i + 1 :] == word for i in range(len(known)))
    return False
