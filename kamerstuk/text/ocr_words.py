"""OCR's misreadings of a citation's small words, repaired where a citation-shaped comma shows
one (:mod:`kamerstuk.text.spelling`): the keywords ("m." and "n r." for "nr.", "biz." for
"blz.", "ltem" for "item"), the chamber ("H" or "U" for "II", "tk" and "ii" in lower case) and
a full stop for the comma before "nr.". The Algemene Rekenkamer's scanned letters have them all.

>>> text = "Handelingen H 2019/20, nr. 45"
>>> [(e.start, e.end, e.text) for e in chamber_edits(text, 0, text.index(","))]
[(12, 13, 'II')]
"""

from __future__ import annotations

import re

from .edit import SPELLING, Edit

__all__ = [
    "MISREAD",
    "MISREAD_HEAD",
    "NO_HEAD",
    "OCR_WORD",
    "chamber_edits",
    "chamber_head",
    "dot_for_comma",
]

#: What :func:`chamber_head` gives where no chamber heads a citation (lookback.NO_HEAD).
NO_HEAD = -1
#: Keywords as OCR misreads them, beyond one letter off "nr": "m." (rn read as m), "n r.",
#: "rir." (n read as ri),
#: "ltem", "biz."/"bIz." (l read as i), and the plural "blzn." that the grammar reads as "blz.".
MISREAD = {"m": "nr", "n r": "nr", "rir": "nr", "ltem": "item", "biz": "blz", "blzn": "blz"}
#: A gazette's word OCR misread, as the comma's word after an act's date may be ("27 juli 2020,
#: Slb. 598"; :data:`MISREAD` is for keywords only): what it stands for.
MISREAD_HEAD = {"slb": "stb"}
#: Those of them that two or three letters do not take, as a pattern's alternatives.
OCR_WORD = r"m(?=[^\S\n]?\.)|n[^\S\n]r(?=[^\S\n]?\.)|ltem|blzn(?=\.)"
# OCR's "H" or "U" for "II" after a parliamentary head word, before a vergaderjaar, or "II"
# split by a space ("I I"; before a comma and "Zitting" too: "Kamerstukken I I, Zitting 1957-"),
# also on the line after the head word ("Kamerstukken\nI I 2019/20").
_OCR_CHAMBER = re.compile(
    r"(?<![^\W_])(?i:handelingen|kamerstukken|kamerstuk|hand\.|kst\.)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
    r"(?P<chamber>[HU]|I[^\S\n]I)(?:(?<=I[^\S\n]I),)?[^\S\n]+(?:(?i:zitting|vergaderjaar)[^\S\n]+)?"
    r"[12][0-9OolI]{3}[^\S\n]?[/\-\u2013\u2014]"
)
# A chamber in lower case between a Handelingen's head word and the day of its vergadering:
# the grammar reads "ii" and "i" only before a vergaderjaar or a dossier.
_LOWER_CHAMBER = re.compile(
    r"(?<![^\W_])(?i:handelingen|hand\.|aanhangsel)[^\S\n]+(?P<chamber>ii|i)[^\S\n]+"
    r"[0-9]{1,2}[^\S\n]+(?i:januari|februari|maart|april|mei|juni|juli|augustus|september"
    r"|oktober|november|december)(?![^\W_])"
)
# "tk" or "ek" in lower case heading a citation before its vergaderjaar ("zie tk 2003/04,").
_LOWER_HEAD = re.compile(
    r"(?<![^\W_])(?P<chamber>tk|ek)[^\S\n]+[12][0-9]{3}[^\S\n]?[/\-\u2013\u2014][^\S\n]?"
    r"[0-9]{2,4}[^\S\n]?$"
)
# "Kamer" misread as "Karner" (rn for m) in a chamber that heads a citation before its
# vergaderjaar ("Tweede Karner, vergaderjaar 2018-2019,").
_KARNER = re.compile(
    r"(?<![^\W_])(?i:tweede|eerste)[^\S\n]{1,3}(?P<kamer>(?i:karner))(?:[^\S\n]*,)?[^\S\n]*"
    r"(?:(?i:vergaderjaar|zitting)[^\S\n]+)?[12Il][0-9OolI]{3}[^\S\n]?[/\-\u2013\u2014]"
    r"[^\S\n]?[0-9OolI]{2,4}[^\S\n]?$"
)
_YEAR_REST = re.compile(r"[0-9OolI]{2,4}[^\S\n]?")  # the vergaderjaar's second year
_DOT_NR = re.compile(
    r"(?:[^\S\n]{1,2}[IVX]+[AB]?)?(?:(?P<dot>[.;:])[^\S\n]nr\.[^\S\n]?[0-9]"
    # (a semicolon or colon before a capital "Nr.": no sentence opens after either)
    r"|(?P<colon>[;:])[^\S\n](?:Nr|NR)\.?[^\S\n]?[0-9]"
    # (a vergadering's number before its item: "nr. 83. item 9")
    r"|(?P<item>[.:])[^\S\n]item[^\S\n][0-9])"
)
# The signs for a comma _DOT_NR reads, looked for first by str methods.
_SIGNS = (". nr.", "; nr.", ": nr.", ". item", ": item", "; Nr", ": Nr", "; NR", ": NR")
# How far before its comma such a chamber is looked for.
_REACH = 40


def chamber_edits(text: str, begin: int, comma: int) -> list[Edit]:
    """OCR's "H" or "U" for the chamber "II" between a Handelingen's or Kamerstukken's head
    word (from ``begin``) and its vergaderjaar ("Handelingen H 2019/20, nr. 45"), or "ii" in
    lower case before the sitting's day: read as "II". Elsewhere ("Handelingen H. de Vries")
    an H is an initial."""
    chamber = _OCR_CHAMBER.search(text, begin, comma)
    if chamber is not None:
        return [Edit(chamber.start("chamber"), chamber.end("chamber"), "II", SPELLING)]
    chamber = _LOWER_CHAMBER.search(text, begin, comma)  # "handelingen ii 26 december 2008"
    if chamber is not None:
        written = chamber.group("chamber").upper()
        return [Edit(chamber.start("chamber"), chamber.end("chamber"), written, SPELLING)]
    return []


def chamber_head(text: str, comma: int, found: list[Edit]) -> int:
    """Where the citation starts whose vergaderjaar ends at ``comma`` where the look back for
    a head word stops at its chamber: OCR's "U" for "II" after the head word ("Handelingen U
    2019/20,"), "tk"/"ek" in lower case or "Tweede Karner" heading it (the edit appended to
    ``found``);
    :data:`NO_HEAD` when there is none.

    >>> chamber_head("zie tk 2003/04, 28.122", 14, [])
    4
    """
    low = max(0, comma - _REACH)
    chamber = _OCR_CHAMBER.search(text, low, comma)
    if chamber is not None and _YEAR_REST.fullmatch(text, chamber.end(), comma):
        return chamber.start()
    lower = _LOWER_HEAD.search(text, low, comma)
    if lower is not None:
        at = lower.start()
        found.append(Edit(at, at + 2, text[at : at + 2].upper(), SPELLING))
        return at
    karner = _KARNER.search(text, max(0, comma - 64), comma)
    if karner is None:
        return NO_HEAD
    written = "KAMER" if karner.group("kamer").isupper() else karner.group("kamer")[:2] + "mer"
    found.append(Edit(karner.start("kamer"), karner.end("kamer"), written, SPELLING))
    return karner.start()


def dot_for_comma(text: str, at: int) -> list[Edit]:
    """OCR's full stop, semicolon or colon for the comma between a dossier (and its chapter)
    and "nr." at ``at`` ("31066. nr. 4", "35 300 VII; nr. 5"), or the full stop between a
    vergadering's number and its item ("nr. 83. item 9"): a comma. A capital after it ("35
    300. Nr. 5 ...") opens a sentence, and stays."""
    after = text[at : at + 12]
    # (Each sign opens with one of these: most windows have none, told by three looks.)
    if "." not in after and ";" not in after and ":" not in after:
        return []
    if not any(sign in after for sign in _SIGNS):
        return []  # the common case, by str methods
    dot = _DOT_NR.match(text, at)
    if dot is None:
        return []
    sign = "dot" if dot.group("dot") else "colon" if dot.group("colon") else "item"
    return [Edit(dot.start(sign), dot.end(sign), ",", SPELLING)]
