"""A Kamerstuk's KOOP identifier whose dossier OCR or a typist damaged: a space inside it
("kst-35 570-XV-4.html", as a printed link broken by justification) or a letter for one of its
digits ("kst-3557O-XV-4", O for 0, l or I for 1).

The grammar reads no such identifier (its token stops at the space; the model rejects the
letter), so the scan asks here where it read nothing at a "kst-" (or a link) it proposed: the
dossier's five characters are read as the digits they stand for, in a copy of the citation, and
the grammar reads the identifier (or the link to it) so repaired and decides what it is. Only
the dossier is repaired, and only a whole one: five digits with one space (two and three, as
dossiers are printed) or with one or two letters among three digits or more, then a dash. A
Kamerstuk's other parts may be letters of their own ("kst-CXXIV-G", "kst-35300-12a"): they are
not touched.

>>> text = "zie kst-35 570-XV-4.html"
>>> [(text[f.start : f.end], f.citation.identifier) for f in kst_reread(text, 4)[0]]
[('kst-35 570-XV-4', 'kst-35570-XV-4')]
>>> kst_reread("zie kst-35 57a-XV-4", 4)
([], 4)
>>> text = "https://zoek.officielebekendmakingen.nl/kst-3557O-XV-4.html"
>>> [(text[f.start : f.end] == text, f.citation.identifier) for f in kst_reread(text, 0)[0]]
[(True, 'kst-35570-XV-4')]
"""

from __future__ import annotations

import re

from ..grammar.parsing import engine
from ..model.found import Found
from .digits import as_digits

__all__ = ["OPENS", "kst_reread"]

#: How a damaged identifier's reading opens: the identifier, or a link to it.
OPENS = frozenset(("kst-", "KST-", "Kst-", "http", "zoek", "www.", "offi"))
# A link to a document on officielebekendmakingen.nl, up to its identifier.
_LINK = re.compile(
    r"(?:https?://)?(?:(?:zoek|www)\.)?officielebekendmakingen\.nl/(?:dossier/[0-9]+/)?(?=(?i:kst)-)"
)

# The dossier of a "kst-" identifier: two characters, perhaps one space, three characters, a
# dash; digits, or the letters OCR puts for them.
_DAMAGED = re.compile(
    r"(?i:kst)-(?P<dossier>[1-9Il][0-9OolI](?P<space>[^\S\n])?[0-9OolI]{3})(?=-[0-9A-Za-z])"
)
# At most this many letters for digits: more and the part is a word or a code.
_MOST_LETTERS = 2
# How far past the identifier the copy reaches: the rest of a long identifier or link.
_REACH = 80


def kst_reread(text: str, start: int) -> tuple[list[Found], int]:
    """The reading at ``start`` of a "kst-" identifier with its dossier repaired; ``([],
    start)`` where there is none, nothing in it to repair, or the grammar does not read it."""
    link = _LINK.match(text, start)
    damaged = _DAMAGED.match(text, start if link is None else link.end())
    if damaged is None:
        return [], start
    written = damaged.group("dossier")
    digits = as_digits(written.replace(" ", "").replace("\u00a0", ""))
    letters = sum(not c.isdigit() for c in written if not c.isspace())
    if letters > _MOST_LETTERS or (letters == 0 and damaged.group("space") is None):
        return [], start
    at, after = damaged.span("dossier")
    stop = min(len(text), after + _REACH)
    probe = text[start:at] + digits + text[after:stop]
    read = engine().longest(probe, 0, len(probe))
    if read is None or not read[0] or read[1] <= at - start + len(digits):
        return [], start
    shift = (after - at) - len(digits)  # the space taken out

    def placed(offset: int) -> int:
        # An offset in the copy, as an offset in the text.
        return start + offset + (shift if offset > at - start else 0)

    found = [Found(f.citation, placed(f.start), placed(f.end), f.marked) for f in read[0]]
    return found, placed(read[1])
