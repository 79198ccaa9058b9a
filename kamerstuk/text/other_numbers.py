"""Numbers the grammar reads as a dossier that a reader reads as something else: an amount of
things ("het wetsvoorstel 35 000 woningen", "de Kamerstuk 12 345 euro"), a house number after
its street ("Hoofdstraat 12 345, nr. 3"), a number and a code ("(12 345, R 12)").

The grammar decides what a citation is; this only says that a reading it made is not taken,
where the words around it show the number is no dossier (as :func:`~.extract._bare_number`
does for a lone number without a head word). Only a reading of one Kamerstuk is looked at,
and only its neighbouring words: cheap next to the reading itself.

>>> from kamerstuk.grammar.parsing import engine
>>> def read(text):
...     found, _ = engine().longest(text, 0, len(text))
...     return other_number(text, found)
>>> read("wetsvoorstel 35 000 woningen"), read("wetsvoorstel 35 000 wordt behandeld")
(True, False)
"""

from __future__ import annotations

import re

from ..model.citations import Kamerstuk
from ..model.found import Found
from .named import count_words

__all__ = ["other_number"]

# The word after a number, on its line: what a count counts ("woningen", "euro").
_NEXT_WORD = re.compile(r"[^\S\n]{1,3}([^\W\d_]{2,})")
# A street's name before a number, as the Dutch write addresses ("Hoofdstraat 12", "Lange
# Voorhout 8" is not caught: its last word is no street word): a capitalised compound ending
# in a street word, right before the number on its line. "weg" alone is the adverb ("away").
_STREET = re.compile(
    r"(?<![^\W\d_])[A-Z][a-z]+(?:straat|weg|laan|plein|gracht|kade|singel|dijk|dreef|steeg"
    r"|markt|plantsoen|hof|pad|wal|baan)[^\S\n]{1,3}$"
)
# A number after a letter on its line ("R 12"): the letter is no stuk.
_NUMBER_AFTER = re.compile(r"[^\S\n]?[0-9]")
# How far back the street's name is looked for: a long compound and its spaces.
_STREET_REACH = 40


def other_number(text: str, found: list[Found]) -> bool:
    """True when the one Kamerstuk of ``found`` is a number a reader reads as another thing:
    a dossier alone before a noun of what is counted ("35 000 woningen", "12 345 euro"), or
    a number right after a street's name, which is its house number ("Hoofdstraat 12 345,
    nr. 3": neither "12 345" nor its "nr. 3" cite anything); a number without a head word
    before a letter and a number ("(12 345, R 12)": no Eerste Kamer letter R).

    >>> from kamerstuk.model.citations import Kamerstuk
    >>> from kamerstuk.model.values import Dossier
    >>> one = [Found(Kamerstuk(dossier=Dossier("35000")), 0, 6)]
    >>> other_number("35 000 woningen", one), other_number("35 000 en verder", one)
    (True, False)
    """
    if len(found) != 1:
        return False
    first = found[0]
    citation = first.citation
    if not isinstance(citation, Kamerstuk):
        return False
    if text[first.start : first.start + 1].isdigit():  # no head word: the number alone
        if _after_street(text, first.start):
            return True
        # "(12 345, R 12)": a letter before a number on its line is no Eerste Kamer stuk of a
        # number without a head word (after one it stands: "Kamerstukken I ..., 35526, CF 12").
        letter = citation.ondernummer
        if letter and letter.isalpha() and _NUMBER_AFTER.match(text, first.end):
            return True
    # A chamber or vergaderjaar says the number is a dossier whatever follows it.
    if citation.ondernummer or citation.dossier.suffixes or citation.vergaderjaar:
        return False
    if citation.chamber:
        return False
    word = _NEXT_WORD.match(text, first.end)
    return word is not None and count_words(word.group(1), nouns=True)


def _after_street(text: str, start: int) -> bool:
    """True when a street's name ends right before ``start`` ("Hoofdstraat 12 345")."""
    low = max(0, start - _STREET_REACH)
    return _STREET.search(text[low:start]) is not None
