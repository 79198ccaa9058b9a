"""Numbers the word before them names as something other than a parliamentary paper.

A number written without a head word ("33694-49", "25 424, nr. 650") is proposed as a dossier by
its shape (:mod:`kamerstuk.text.anchors`); a careful legal editor reads the word before it
first. ``artikel`` or ``art.`` before a number makes it an article's ("artikel 12345-13"),
``Ons kenmerk`` or ``Uw referentie`` a letter's own reference, ``rolnummer`` a court's, and so
on: such a number is no dossier, whatever its shape. A bare ``Kenmerk`` is not among them: KOOP's
metadata field of that name lists dossiers (docs/citations.md, "Not read (yet)").

The words that say a number is a count ("Totaal aantal woningen - 25 300") are here too
(:func:`count_words`, asked by :func:`kamerstuk.text.leads.counted` and ``titled``).

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

import functools
import itertools
from typing import NamedTuple

from .layout import SUPERSCRIPT_CLASS, SUPERSCRIPTS
from .lazy_patterns import LazyPattern

__all__ = ["count_words", "named_otherwise"]


class _Vocabulary(NamedTuple):
    """Words, and the long ones (seven letters or more) with one letter dropped or replaced
    by "?" (a misread letter: any letter there), looked up instead of compared one by one."""

    words: frozenset[str]
    damaged: frozenset[str]


def _vocabulary(words: set[str]) -> _Vocabulary:
    long = [w for w in words if len(w) >= 7]
    dropped = [w[:i] + w[i + 1 :] for w in long for i in range(len(w))]
    replaced = [w[:i] + "?" + w[i + 1 :] for w in long for i in range(len(w))]
    return _Vocabulary(frozenset(words), frozenset(dropped + replaced))


# Words that name a number as no dossier, without dots and spaces, in lower case; the long
# ones also with one letter misread or dropped (see _near).
_WORDS = _vocabulary(
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
_SERIES = _vocabulary(
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
_PARLIAMENT = _vocabulary(
    {
        "kamerstuk", "kamerstukken", "kamerstukdossier", "dossier", "stuk", "onder", "volg",
        "wetsvoorstel", "motie", "amendement", "document", "publicatie", "bijlage", "agenda",
        "vraag", "kamervraag", "handelingen", "aanhangsel", "amendements", "stukken", "dossiers",
    }
)  # fmt: skip
# Words that name a number a count ("Aantal inwoners (12 500)", "Totaal - 25 300"); the nouns
# of what is counted are also the last words of bills' and motions' titles ("gedupeerde
# studenten (35788, letter O)"), so only the words that say "a count" do so alone (_TOTALS).
_TOTAL_WORDS = {
    "aantal", "totaal", "bedrag", "som", "euro", "gulden", "kosten", "gemiddeld", "maximaal",
    "minimaal",
}  # fmt: skip
_TOTALS = _vocabulary(_TOTAL_WORDS)
_COUNTS = _vocabulary(
    _TOTAL_WORDS
    | {
        "inwoners", "personen", "mensen", "leden", "stuks", "banen", "woningen", "huishoudens",
        "deelnemers", "leerlingen", "studenten",
    }
)  # fmt: skip
_LETTER_RUN = LazyPattern(r"[^\W\d_]+")
# The words for a number a compound ends in.
_ENDS = ("nummer", "nr")
# How far before the number the word is looked for: two words, split and marked up.
_REACH = 48
# Markers, footnote marks and escapes that conversion leaves on a word; a line's hyphenation.
_NOISE = LazyPattern(rf"[*_\\{SUPERSCRIPT_CLASS}]|-[^\S\n]*\n[^\S\n]*")
# What may stand between the word and the number, and what a word may end in besides a letter
# (a dot, OCR's "nr," and "ne@", a marker or a footnote mark): a look at the characters right
# before the number passes most numbers by before the window is read.
_BETWEEN = frozenset(" \t\n\u00a0\u2009\u202f(:")
# What may join the word before to the last one: a hyphen over a line, markers, a footnote mark.
_JOINING = frozenset("-*_\\" + SUPERSCRIPTS)
_BETWEEN_WORDS = frozenset({"(", ":", "(:"})
_WORD_ENDS = frozenset(".,@*_\\" + SUPERSCRIPTS)
# A marker, footnote mark, escape or hyphenated line in the window: the rare case that needs
# _NOISE's edit.
_MARKED = LazyPattern(rf"[*_\\{SUPERSCRIPT_CLASS}]|-[^\S\n]*\n")
# What ends the text before the number, read backwards (the text is reversed, so that re
# matches at the number instead of searching the window): perhaps a bracket, a colon, a number
# keyword ("nr.", "nummer", "no.", OCR's "mr." and "rn."), then the last word (perhaps with a
# dot or a hyphen in it) and perhaps the word before it.
_LETTERS = r"[^\W\d_]"
_BACKWARDS = LazyPattern(
    rf"\s*(?:\(\s*)?(?::\s*)?(?:[.,]?(?P<nr>(?i:s?rn|s?on|s?remmun|rm|nr|@en|rir))(?!{_LETTERS})\s*)?\.?"
    rf"(?P<last>{_LETTERS}{{1,24}}(?:-{_LETTERS}{{1,16}})?)(?!{_LETTERS})"
    rf"(?:\s+(?P<first>{_LETTERS}{{1,16}})(?!{_LETTERS}))?"
)
# The number keywords themselves are never the word that names the number.
_KEYWORDS = frozenset({"nr", "nrs", "no", "nos", "nummer", "nummers", "mr", "rn", "rir"})
# OCR's two letters for one letter, in a word that names a number ("rolnurnmer").
_SHAPES = (("rn", "m"), ("ri", "n"), ("li", "h"), ("cl", "d"), ("vv", "w"))


def named_otherwise(text: str, start: int) -> bool:
    """True when the word right before the number at ``text[start]`` names it as something
    other than a dossier: an article, a letter's reference, a court's or a project's number."""
    at = start - 1
    while at >= 0 and text[at] in _BETWEEN:
        at -= 1
    end = text[at] if at >= 0 else ""
    if not end or not (end.isalpha() or end in _WORD_ENDS):
        return False  # most dossiers without a head word: after ";", "-", a digit
    if end == "," and text[at - 2 : at].lower() != "nr":
        return False  # a list's or a vergaderjaar's comma; OCR's "nr," is a keyword
    low = max(0, start - _REACH)
    # The common case, a plain word (after a plain word) before the number, by str methods:
    # the last three tokens of the window (the one before them may be cut by its edge).
    tokens = text[low:start].rsplit(None, 3)
    if len(tokens) == 4 or (low and tokens and not text[low - 1].isspace()):
        del tokens[0]
    if tokens and tokens[-1] in _BETWEEN_WORDS:
        del tokens[-1]
    last = tokens[-1].lstrip("(").lower() if tokens else ""
    if last.isalpha() and last not in _KEYWORDS:
        if len(tokens) == 1 or tokens[-1][0] == "(":
            return _named_by(last, "", False)
        first = tokens[-2].lower()
        if first.isalpha():
            return _named_by(last, first, False)
        if not first[-1].isalpha() and first[-1] not in _JOINING:
            return _named_by(last, "", False)  # none: "(...), Kamerstuk 31 125", "3 Kamerstuk"
    window = text[low:start]
    if _MARKED.search(window):
        window = _NOISE.sub("", window)
    before = _BACKWARDS.match(window[::-1])
    if before is None:
        return False
    first = (before.group("first") or "")[::-1].lower()
    return _named_by(before.group("last")[::-1].lower(), first, bool(before.group("nr")))


@functools.lru_cache(maxsize=4096)
def _named_by(last: str, first: str, nr: bool) -> bool:
    """What :func:`named_otherwise` decides from the words before the number, in lower case:
    the words before numbers are few, and most recur, so each pair is looked at once."""
    if last in _KEYWORDS:
        return False
    words = [last]
    if first:
        joined = first + last
        if _parliaments(joined):
            return False  # a word split by OCR ("KAME RSTUKNUMMER"): parliament's
        words.append(joined)
    if nr:  # "Circulaire nr.", "project nr.", "Meldings nummer"
        return any(
            _near(word, _SERIES) or any(_near(w, _SERIES) for w in _unshaped(word)) or _names(word)
            for word in words
        )
    return any(_names(word) for word in words)


def count_words(line: str, nouns: bool = True) -> bool:
    """True when ``line`` has a word that names a number a count (with ``nouns``, also a noun
    of what is counted: "inwoners", "woningen"), also as text damages it (markup, a footnote
    number glued to it, split by a space, one letter of a long word misread or dropped).

    >>> count_words("Totaal aantal woningen"), count_words("61Huishoudcns"), count_words("Wet")
    (True, True, False)
    >>> count_words("Huishoudens", nouns=False), count_words("Aantal huishoudens", nouns=False)
    (False, True)
    """
    known = _COUNTS if nouns else _TOTALS
    words = _LETTER_RUN.findall(_NOISE.sub("", line).lower())
    if any(_near(word, known) for word in words):
        return True
    return any(_near(one + two, known) for one, two in itertools.pairwise(words))


def _names(word: str) -> bool:
    """True when ``word`` names a number as no dossier: one of the words, or a word for a
    number whose first part is no parliament's ("rolnummer", "projectnummer", "BSN-nummer");
    also with one letter misread or dropped ("projectnummcr", "Besluitur."), or with OCR's two
    letters for one ("rolnurnmer", "refereritie").

    >>> _names("rolnurnmer"), _names("refereritie"), _names("kamerstuk")
    (True, True, False)
    """
    return _names_as_read(word) or any(_names_as_read(w) for w in _unshaped(word))


def _unshaped(word: str) -> list[str]:
    """``word`` with one of OCR's pairs of letters for one letter ("rn" for m) read as that
    letter, each in turn ("ordernurnmer": "ordemurnmer", "ordernumnmer", "ordernurnmer" with
    its second "rn" as m, "ordernummer")."""
    found = []
    for pair, letter in _SHAPES:
        at = word.find(pair)
        while at >= 0:
            found.append(word[:at] + letter + word[at + 2 :])
            at = word.find(pair, at + 1)
    return found


def _names_as_read(word: str) -> bool:
    if _near(word, _WORDS):
        return True
    for end in _ENDS:
        if word.endswith(end) and len(word) > len(end):
            return not _near(word[: -len(end)].rstrip("-"), _PARLIAMENT)
        # OCR's damage to the end: only after the first part of a series' word.
        for cut in (len(end), len(end) - 1):
            damaged = len(word) > cut and _one_off(word[len(word) - cut :], end)
            if damaged and _near(word[: len(word) - cut].rstrip("-"), _SERIES):
                return True
    return False


def _parliaments(word: str) -> bool:
    """True when ``word`` is a word for one of parliament's numbers ("kamerstuknummer")."""
    return any(
        word.endswith(end) and _near(word[: -len(end)].rstrip("-"), _PARLIAMENT) for end in _ENDS
    )


def _near(word: str, known: _Vocabulary) -> bool:
    """True when ``word`` is one of ``known``, or one of seven letters or more with one letter
    misread or dropped.

    >>> _near("projcct", _SERIES), _near("projet", _SERIES), _near("prjct", _SERIES)
    (True, True, False)
    """
    if word in known.words:
        return True
    if len(word) < 6:
        return False
    damaged = known.damaged
    if word in damaged:
        return True
    return any(word[:i] + "?" + word[i + 1 :] in damaged for i in range(len(word)))


def _one_off(word: str, known: str) -> bool:
    """True when ``word`` is ``known`` with one letter replaced or dropped."""
    if len(word) == len(known):
        return sum(a != b for a, b in zip(word, known, strict=True)) == 1
    if len(word) + 1 == len(known):
        return any(known[:i] + known[i + 1 :] == word for i in range(len(known)))
    return False
